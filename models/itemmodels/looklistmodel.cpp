#include "looklistmodel.h"

#include "lookdisplay.h"
#include "lookstore.h"

namespace storyreel {
namespace {

bool showsVideo(const LookSummary &look)
{
    return showsDefaultVideo(look.defaultVideoId != 0, look.defaultStatus);
}

// The picture the display rule picks: the default video's poster once it has succeeded, else the
// look's own image; empty when there is neither (the model then draws a card).
QString picturePath(const LookSummary &look)
{
    if (showsVideo(look) && !look.defaultPosterPath.isEmpty())
        return look.defaultPosterPath;
    return look.imagePath;
}

LookListModel::OfflineState offlineState(const LookSummary &look)
{
    if (look.offlineVideoCount <= 0)
        return LookListModel::NoneOffline;
    return look.offlineVideoCount >= look.videoCount ? LookListModel::AllOffline : LookListModel::SomeOffline;
}

}  // namespace

LookListModel::LookListModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                             QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_thumbnails(dataRoot, thumbnailSize)
{
    reload();
}

bool LookListModel::reload()
{
    Result<QList<LookSummary>> looks = LookStore(m_catalog).summaries();
    if (!looks) {
        m_lastError = looks.error();
        return false;
    }
    beginResetModel();
    m_looks = std::move(looks).value();
    m_rows.clear();
    m_rows.reserve(m_looks.size());
    for (int row = 0; row < m_looks.size(); ++row)
        m_rows.insert(m_looks.at(row).id, row);
    endResetModel();
    m_lastError.clear();
    return true;
}

int LookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_looks.size());
}

QString LookListModel::visibilityLabel(Visibility visibility)
{
    switch (visibility) {
        case Visibility::Private:
            return tr("Private");
        case Visibility::Public:
            return tr("Public");
        case Visibility::Shared:
            return tr("Shared");
    }
    return {};
}

QVariant LookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LookSummary &look = m_looks.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return look.title;
        case Qt::DecorationRole: {
            // Decoded here, for the rows a view paints, never up front for all looks.
            if (showsVideo(look)) {
                if (QImage poster = m_thumbnails.image(look.defaultPosterPath); !poster.isNull())
                    return poster;
            }
            QImage image = m_thumbnails.image(look.imagePath);
            return image.isNull() ? m_thumbnails.card(look.title, int(look.id)) : image;
        }
        case SubtitleRole:
        case Qt::ToolTipRole:
            return tr("%n product(s)", nullptr, look.productCount) + QStringLiteral(" · ") +
                   tr("%n video(s)", nullptr, look.videoCount) + QStringLiteral(" · ") +
                   visibilityLabel(look.visibility);
        case Qt::AccessibleTextRole:
            return tr("Look %1 with %n product(s)", nullptr, look.productCount).arg(look.title);
        case IdRole:
            return look.id;
        case ProductCountRole:
            return look.productCount;
        case VisibilityRole:
            return toText(look.visibility);
        case VideoCountRole:
            return look.videoCount;
        case DefaultVideoIdRole:
            return look.defaultVideoId;
        case ShowsVideoRole:
            return showsVideo(look);
        case OfflineRole:
            return int(offlineState(look));
        case PosterPathRole:
            return picturePath(look);
        default:
            return {};
    }
}

QHash<int, QByteArray> LookListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "lookId");
    names.insert(SubtitleRole, "subtitle");
    names.insert(ProductCountRole, "productCount");
    names.insert(VisibilityRole, "visibility");
    names.insert(VideoCountRole, "videoCount");
    names.insert(DefaultVideoIdRole, "defaultVideoId");
    names.insert(ShowsVideoRole, "showsVideo");
    names.insert(OfflineRole, "offline");
    names.insert(PosterPathRole, "posterPath");
    return names;
}

const LookSummary *LookListModel::lookAt(int row) const
{
    return row >= 0 && row < m_looks.size() ? &m_looks.at(row) : nullptr;
}

int LookListModel::rowOf(RowId id) const
{
    return m_rows.value(id, -1);
}

}  // namespace storyreel
