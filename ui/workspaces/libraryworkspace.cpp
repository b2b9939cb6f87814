#include "libraryworkspace.h"

#include "looklistmodel.h"
#include "studio.h"
#include "widgets/thumbnaildelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyreel {
namespace {

constexpr QSize kLookThumbnail(176, 220);

}  // namespace

LibraryWorkspace::LibraryWorkspace(Studio &studio, QWidget *parent)
    : QWidget(parent),
      m_looks(new LookListModel(studio.catalog(), studio.location().root(), kLookThumbnail, this)),
      m_grid(new QListView(this)),
      m_title(new QLabel(this)),
      m_details(new QLabel(this)),
      m_products(new QTreeWidget(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("libraryWorkspace"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *gridPane = new QWidget(splitter);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(12, 12, 6, 12);
    auto *heading = new QLabel(tr("Looks"), gridPane);
    QFont headingFont = heading->font();
    headingFont.setPointSize(headingFont.pointSize() + 2);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    gridLayout->addWidget(heading);
    m_grid->setObjectName(QStringLiteral("lookGrid"));
    m_grid->setAccessibleName(tr("Looks"));
    m_grid->setModel(m_looks);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setItemDelegate(
        new ThumbnailDelegate(kLookThumbnail, Qt::DisplayRole, LookListModel::SubtitleRole, 1, m_grid));
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(6);
    m_grid->setMouseTracking(true);
    gridLayout->addWidget(m_grid, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No looks yet. Looks you create or sync from a provider will appear here."));
    gridLayout->addWidget(m_empty, 1);

    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(6, 12, 12, 12);
    QFont titleFont = m_title->font();
    titleFont.setPointSize(titleFont.pointSize() + 4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("lookTitle"));
    m_title->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("lookDetails"));
    m_products->setObjectName(QStringLiteral("productList"));
    m_products->setAccessibleName(tr("Products of the look"));
    m_products->setHeaderLabels({tr("Product"), tr("Brand"), tr("Category"), tr("Price")});
    m_products->setRootIsDecorated(false);
    m_products->setAlternatingRowColors(true);
    m_products->header()->setStretchLastSection(false);
    m_products->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_products->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_details);
    detailLayout->addWidget(m_products, 1);

    splitter->addWidget(gridPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showLook(current.row()); });
    reload();
}

void LibraryWorkspace::reload()
{
    const int current = m_grid->currentIndex().row();
    if (!m_looks->reload())
        Q_EMIT errorOccurred(tr("Cannot read the looks: %1").arg(m_looks->lastError()));
    const bool empty = m_looks->rowCount() == 0;
    m_grid->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty)
        m_grid->setCurrentIndex(m_looks->index(qBound(0, current, m_looks->rowCount() - 1)));
    else
        showLook(-1);
}

void LibraryWorkspace::showLook(int row)
{
    const Look *look = m_looks->lookAt(row);
    m_products->clear();
    m_title->setText(look ? look->title : QString());
    m_details->setText(look ? m_looks->index(row).data(LookListModel::SubtitleRole).toString() : QString());
    if (!look)
        return;
    const QLocale locale;
    for (const Product &product : look->products) {
        // The ISO code, not a symbol: "$" alone does not say which dollar.
        const QString price =
            product.priceCents > 0
                ? QStringLiteral("%1 %2").arg(locale.toString(double(product.priceCents) / 100.0, 'f', 2),
                                              product.currency)
                : QString();
        new QTreeWidgetItem(m_products, {product.name, product.brand, product.category, price});
    }
}

}  // namespace storyreel
