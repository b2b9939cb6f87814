#pragma once

#include <optional>
#include <QString>
#include <QStringView>

// Status and kind enums of the domain (DESIGN.md "The catalog" and "Jobs"). Each has a stable text form
// used in the catalog and the CLI; user-visible labels are translated in ui/, not here.
namespace storyreel {

enum class Dialect { Local, AiStudio, AsyncVideos, Storyboard, T2m };
enum class Visibility { Private, Public, Shared };
enum class VideoStatus { Pending, Running, Succeeded, Failed, Cancelled };
enum class VideoKind { TextToVideo, ImageToVideo, Storyboard, Explainer, Render, Import };
enum class StoryboardStatus { Draft, Pending, Generating, Ready, Rendering, Completed, Failed };
enum class Aspect { Landscape16x9, Portrait9x16, Square1x1 };

// Queued -> Running -> Succeeded | Failed | Cancelled; Running found at start-up -> Interrupted;
// Held is a queued job the user parked.
enum class JobStatus { Queued, Held, Running, Succeeded, Failed, Cancelled, Interrupted };
enum class JobKind {
    GenerateText,
    GenerateImage,
    GenerateStoryboard,
    GenerateExplainer,
    Refine,
    Render,
    Export,
    ThumbnailBatch,
    Upload,
    Download
};
enum class JobPriority { Low = 0, Normal = 1, High = 2 };
enum class LedgerKind { Charge, Refund, Credit };
enum class PendingOpState { Pending, Done, Conflict, Failed };
// Where a video's file is in relation to the cloud storage, as the library shows it.
enum class CloudState {
    LocalOnly,    // on this machine only (or no storage configured)
    Uploading,    // an upload job is queued or running
    InCloud,      // in the bucket and on this machine
    CloudOnly,    // in the bucket; the file is not on this machine
    Downloading,  // a download job is queued or running
};

QString toText(Dialect value);
QString toText(Visibility value);
QString toText(VideoStatus value);
QString toText(VideoKind value);
QString toText(StoryboardStatus value);
QString toText(Aspect value);
QString toText(JobStatus value);
QString toText(JobKind value);
QString toText(JobPriority value);
QString toText(LedgerKind value);
QString toText(PendingOpState value);
QString toText(CloudState value);

// Parsers return nothing for an unknown text; callers decide whether that is an error.
template <typename E>
std::optional<E> fromText(QStringView text);

bool isTerminal(JobStatus status);

}  // namespace storyreel
