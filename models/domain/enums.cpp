#include "enums.h"

#include <array>
#include <utility>

namespace storyreel {
namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<Dialect, 5> kDialects{{{Dialect::Local, "local"},
                                       {Dialect::AiStudio, "aistudio"},
                                       {Dialect::AsyncVideos, "asyncvideos"},
                                       {Dialect::Storyboard, "storyboard"},
                                       {Dialect::T2m, "t2m"}}};
constexpr Table<Visibility, 3> kVisibilities{
    {{Visibility::Private, "private"}, {Visibility::Public, "public"}, {Visibility::Shared, "shared"}}};
constexpr Table<VideoStatus, 5> kVideoStatuses{{{VideoStatus::Pending, "pending"},
                                                {VideoStatus::Running, "running"},
                                                {VideoStatus::Succeeded, "succeeded"},
                                                {VideoStatus::Failed, "failed"},
                                                {VideoStatus::Cancelled, "cancelled"}}};
constexpr Table<VideoKind, 6> kVideoKinds{{{VideoKind::TextToVideo, "text"},
                                           {VideoKind::ImageToVideo, "image"},
                                           {VideoKind::Storyboard, "storyboard"},
                                           {VideoKind::Explainer, "explainer"},
                                           {VideoKind::Render, "render"},
                                           {VideoKind::Import, "import"}}};
constexpr Table<StoryboardStatus, 7> kStoryboardStatuses{{{StoryboardStatus::Draft, "draft"},
                                                          {StoryboardStatus::Pending, "pending"},
                                                          {StoryboardStatus::Generating, "generating"},
                                                          {StoryboardStatus::Ready, "storyboard_ready"},
                                                          {StoryboardStatus::Rendering, "rendering"},
                                                          {StoryboardStatus::Completed, "completed"},
                                                          {StoryboardStatus::Failed, "failed"}}};
constexpr Table<Aspect, 3> kAspects{
    {{Aspect::Landscape16x9, "16:9"}, {Aspect::Portrait9x16, "9:16"}, {Aspect::Square1x1, "1:1"}}};
constexpr Table<JobStatus, 7> kJobStatuses{{{JobStatus::Queued, "queued"},
                                            {JobStatus::Held, "held"},
                                            {JobStatus::Running, "running"},
                                            {JobStatus::Succeeded, "succeeded"},
                                            {JobStatus::Failed, "failed"},
                                            {JobStatus::Cancelled, "cancelled"},
                                            {JobStatus::Interrupted, "interrupted"}}};
constexpr Table<JobKind, 10> kJobKinds{{{JobKind::GenerateText, "generate-text"},
                                        {JobKind::GenerateImage, "generate-image"},
                                        {JobKind::GenerateStoryboard, "generate-storyboard"},
                                        {JobKind::GenerateExplainer, "generate-explainer"},
                                        {JobKind::Refine, "refine"},
                                        {JobKind::Render, "render"},
                                        {JobKind::Export, "export"},
                                        {JobKind::ThumbnailBatch, "thumbnail-batch"},
                                        {JobKind::Upload, "upload"},
                                        {JobKind::Download, "download"}}};
constexpr Table<JobPriority, 3> kPriorities{
    {{JobPriority::Low, "low"}, {JobPriority::Normal, "normal"}, {JobPriority::High, "high"}}};
constexpr Table<LedgerKind, 3> kLedgerKinds{
    {{LedgerKind::Charge, "charge"}, {LedgerKind::Refund, "refund"}, {LedgerKind::Credit, "credit"}}};
constexpr Table<PendingOpState, 4> kPendingOpStates{{{PendingOpState::Pending, "pending"},
                                                     {PendingOpState::Done, "done"},
                                                     {PendingOpState::Conflict, "conflict"},
                                                     {PendingOpState::Failed, "failed"}}};
constexpr Table<CloudState, 5> kCloudStates{{{CloudState::LocalOnly, "local"},
                                             {CloudState::Uploading, "uploading"},
                                             {CloudState::InCloud, "in-cloud"},
                                             {CloudState::CloudOnly, "cloud-only"},
                                             {CloudState::Downloading, "downloading"}}};

template <typename E, std::size_t N>
QString textOf(const Table<E, N> &table, E value)
{
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N> &table, QStringView text)
{
    for (const auto &[candidate, name] : table) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

}  // namespace

QString toText(Dialect value)
{
    return textOf(kDialects, value);
}
QString toText(Visibility value)
{
    return textOf(kVisibilities, value);
}
QString toText(VideoStatus value)
{
    return textOf(kVideoStatuses, value);
}
QString toText(VideoKind value)
{
    return textOf(kVideoKinds, value);
}
QString toText(StoryboardStatus value)
{
    return textOf(kStoryboardStatuses, value);
}
QString toText(Aspect value)
{
    return textOf(kAspects, value);
}
QString toText(JobStatus value)
{
    return textOf(kJobStatuses, value);
}
QString toText(JobKind value)
{
    return textOf(kJobKinds, value);
}
QString toText(JobPriority value)
{
    return textOf(kPriorities, value);
}
QString toText(LedgerKind value)
{
    return textOf(kLedgerKinds, value);
}
QString toText(PendingOpState value)
{
    return textOf(kPendingOpStates, value);
}

QString toText(CloudState value)
{
    return textOf(kCloudStates, value);
}

template <>
std::optional<Dialect> fromText<Dialect>(QStringView text)
{
    return valueOf(kDialects, text);
}
template <>
std::optional<Visibility> fromText<Visibility>(QStringView text)
{
    return valueOf(kVisibilities, text);
}
template <>
std::optional<VideoStatus> fromText<VideoStatus>(QStringView text)
{
    return valueOf(kVideoStatuses, text);
}
template <>
std::optional<VideoKind> fromText<VideoKind>(QStringView text)
{
    return valueOf(kVideoKinds, text);
}
template <>
std::optional<StoryboardStatus> fromText<StoryboardStatus>(QStringView text)
{
    return valueOf(kStoryboardStatuses, text);
}
template <>
std::optional<Aspect> fromText<Aspect>(QStringView text)
{
    return valueOf(kAspects, text);
}
template <>
std::optional<JobStatus> fromText<JobStatus>(QStringView text)
{
    return valueOf(kJobStatuses, text);
}
template <>
std::optional<JobKind> fromText<JobKind>(QStringView text)
{
    return valueOf(kJobKinds, text);
}
template <>
std::optional<JobPriority> fromText<JobPriority>(QStringView text)
{
    return valueOf(kPriorities, text);
}
template <>
std::optional<LedgerKind> fromText<LedgerKind>(QStringView text)
{
    return valueOf(kLedgerKinds, text);
}
template <>
std::optional<PendingOpState> fromText<PendingOpState>(QStringView text)
{
    return valueOf(kPendingOpStates, text);
}

template <>
std::optional<CloudState> fromText<CloudState>(QStringView text)
{
    return valueOf(kCloudStates, text);
}

bool isTerminal(JobStatus status)
{
    return status == JobStatus::Succeeded || status == JobStatus::Failed || status == JobStatus::Cancelled;
}

}  // namespace storyreel
