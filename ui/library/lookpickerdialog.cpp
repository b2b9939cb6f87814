#include "lookpickerdialog.h"

#include "looklistmodel.h"
#include "widgets/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace storyreel {
namespace {

// Title filter, and optionally only local looks.
class LookFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setLocalOnly(bool localOnly)
    {
        m_localOnly = localOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_localOnly) {
            const auto *looks = static_cast<const LookListModel *>(sourceModel());
            if (const LookSummary *look = looks->lookAt(row); look && look->accountId > 0)
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_localOnly = false;
};

}  // namespace

LookPickerDialog::LookPickerDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent),
      m_looks(new LookListModel(catalog, QString(), QSize(1, 1), this)),
      m_filter(new LookFilter(this)),
      m_search(new QLineEdit(this)),
      m_list(new QListView(this))
{
    setObjectName(QStringLiteral("lookPicker"));
    setWindowTitle(tr("Choose a Look"));
    m_filter->setSourceModel(m_looks);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::DisplayRole);
    m_search->setPlaceholderText(tr("Type part of the look's title"));
    m_search->setAccessibleName(tr("Search looks"));
    m_search->setClearButtonEnabled(true);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Looks"));
    m_list->setAccessibleDescription(tr("Return chooses the selected look"));
    // Titles only: the picker must not decode thousands of pictures.
    m_list->setIconSize(QSize(0, 0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Use the selected look"));
    describeStandardButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list, &QListView::activated, this, &LookPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &LookPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LookPickerDialog::reject);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

void LookPickerDialog::setLocalOnly(bool localOnly)
{
    static_cast<LookFilter *>(m_filter)->setLocalOnly(localOnly);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

void LookPickerDialog::accept()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT lookChosen(current.data(LookListModel::IdRole).toLongLong(),
                      current.data(Qt::DisplayRole).toString());
    QDialog::accept();
}

}  // namespace storyreel
