#include "looklistmodel.h"

#include "lookstore.h"

namespace storyreel {

LookListModel::LookListModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                             QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_thumbnails(dataRoot, thumbnailSize)
{
    reload();
}

bool LookListModel::reload()
{
    Result<QList<Look>> looks = LookStore(m_catalog).list();
    if (!looks) {
        m_lastError = looks.error();
        return false;
    }
    beginResetModel();
    m_looks = std::move(looks).value();
    endResetModel();
    m_lastError.clear();
    return true;
}

int LookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_looks.size());
}

QVariant LookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Look &look = m_looks.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return look.title;
        case Qt::DecorationRole: {
            QImage image = m_thumbnails.image(look.imagePath);
            return image.isNull() ? m_thumbnails.card(look.title, int(look.id)) : image;
        }
        case SubtitleRole:
        case Qt::ToolTipRole:
            return tr("%n product(s) · %1", nullptr, int(look.products.size())).arg(toText(look.visibility));
        case Qt::AccessibleTextRole:
            return tr("Look %1 with %n product(s)", nullptr, int(look.products.size())).arg(look.title);
        case IdRole:
            return look.id;
        case ProductCountRole:
            return int(look.products.size());
        case VisibilityRole:
            return toText(look.visibility);
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
    return names;
}

const Look *LookListModel::lookAt(int row) const
{
    return row >= 0 && row < m_looks.size() ? &m_looks.at(row) : nullptr;
}

}  // namespace storyreel
