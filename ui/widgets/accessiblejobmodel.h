#pragma once

#include <QIdentityProxyModel>

namespace storyreel {

// The job table as a screen reader hears it. The table's own text is the catalog's stable words
// ("running", "render"), which the row delegate paints over with translated badges: here the cells
// speak the translated status and kind and the progress in words, and every cell's description is its
// job (title, status and any error), so moving along a row keeps the context.
class AccessibleJobModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override;
};

}  // namespace storyreel
