#include "lookdetailspane.h"

#include "cloudactions.h"
#include "lookdisplay.h"
#include "looklistmodel.h"
#include "lookstore.h"
#include "lookvideosmodel.h"
#include "shortcutbutton.h"
#include "shortcuts/shortcutregistry.h"
#include "videoitem.h"
#include "videolistmodel.h"
#include "videorowdelegate.h"
#include "widgets/taborder.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyreel {
namespace {

QFont scaledBold(QFont font, int extraPoints)
{
    font.setPointSize(font.pointSize() + extraPoints);
    font.setBold(true);
    return font;
}

}  // namespace

LookDetailsPane::LookDetailsPane(const Catalog &catalog, const QString &dataRoot, QWidget *parent)
    : QWidget(parent),
      m_catalog(catalog),
      m_videos(new LookVideosModel(catalog, dataRoot, VideoRowDelegate::kPosterSize, this)),
      m_title(new QLabel(this)),
      m_details(new QLabel(this)),
      m_storefront(new QLabel(this)),
      m_products(new QTreeWidget(this)),
      m_videoList(new QListView(this)),
      m_noVideos(new QLabel(this))
{
    setObjectName(QStringLiteral("lookDetails"));
    m_title->setObjectName(QStringLiteral("lookTitle"));
    m_title->setFont(scaledBold(m_title->font(), 4));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleDescription(tr("The selected look"));
    m_details->setObjectName(QStringLiteral("lookSummary"));
    m_storefront->setObjectName(QStringLiteral("lookStorefront"));
    m_storefront->setWordWrap(true);

    m_products->setObjectName(QStringLiteral("productList"));
    m_products->setAccessibleName(tr("Products of the look"));
    m_products->setAccessibleDescription(tr("Name, brand, category and price of each product"));
    m_products->setHeaderLabels({tr("Product"), tr("Brand"), tr("Category"), tr("Price")});
    m_products->setRootIsDecorated(false);
    m_products->setAlternatingRowColors(true);
    m_products->header()->setStretchLastSection(false);
    m_products->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_products->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *videosHeading = new QLabel(tr("Videos"), this);
    videosHeading->setFont(scaledBold(videosHeading->font(), 1));
    m_videoList->setObjectName(QStringLiteral("lookVideoList"));
    m_videoList->setAccessibleName(tr("Videos of the look"));
    m_videoList->setAccessibleDescription(
        tr("Return reviews the selected video; the context menu (Menu key or Shift+F10) has every action"));
    m_videoList->setModel(m_videos);
    m_videoList->setItemDelegate(new VideoRowDelegate(m_videoList));
    m_videoList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_videoList->setUniformItemSizes(true);
    m_videoList->setAlternatingRowColors(true);
    m_videoList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_noVideos->setObjectName(QStringLiteral("lookNoVideos"));
    m_noVideos->setWordWrap(true);
    m_noVideos->setAlignment(Qt::AlignCenter);
    m_noVideos->setText(tr("No videos for this look yet. Generate one, or link a video from the library."));

    m_review = addShortcutButton(this, tr("Review"), QStringLiteral("reviewVideo"),
                                 QStringLiteral("library.review"));
    m_setDefault = addShortcutButton(this, tr("Set as Default"), QStringLiteral("setDefaultVideo"),
                                     QStringLiteral("library.setDefault"));
    m_compare = addShortcutButton(this, tr("Compare…"), QStringLiteral("compareVideos"),
                                  QStringLiteral("library.compare"));
    m_unlink = addShortcutButton(this, tr("Unlink…"), QStringLiteral("unlinkVideo"),
                                 QStringLiteral("library.unlink"));
    m_link = addShortcutButton(this, tr("Link Video…"), QStringLiteral("linkVideo"),
                               QStringLiteral("library.linkVideo"));
    m_generate = addShortcutButton(this, tr("Generate Video…"), QStringLiteral("generateForLook"),
                                   QStringLiteral("library.generate"));
    m_offline = addShortcutButton(this, tr("Make Available Offline"), QStringLiteral("lookOffline"),
                                  QStringLiteral("library.offline"));
    m_cloud = new CloudActions(this);

    auto *videoActions = new QHBoxLayout;
    for (QPushButton *button : {m_review, m_setDefault, m_compare, m_unlink})
        videoActions->addWidget(button);
    videoActions->addStretch(1);
    auto *cloudActions = new QHBoxLayout;
    for (QPushButton *button : m_cloud->buttons())
        cloudActions->addWidget(button);
    cloudActions->addStretch(1);
    auto *lookActions = new QHBoxLayout;
    for (QPushButton *button : {m_generate, m_link, m_offline})
        lookActions->addWidget(button);
    lookActions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_storefront);
    layout->addWidget(m_products);
    layout->addSpacing(6);
    layout->addWidget(videosHeading);
    layout->addLayout(lookActions);
    layout->addWidget(m_videoList, 1);
    layout->addWidget(m_noVideos, 1);
    layout->addLayout(videoActions);
    layout->addLayout(cloudActions);
    // Reading order: the look's own actions sit above its videos, the videos' below them.
    QList<QWidget *> order{m_products, m_generate,   m_link,    m_offline, m_videoList,
                           m_review,   m_setDefault, m_compare, m_unlink};
    for (QPushButton *button : m_cloud->buttons())
        order << button;
    taborder::chain(order);

    connect(m_videoList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LookDetailsPane::updateActions);
    connect(m_videoList, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT reviewRequested(index.data(VideoListModel::IdRole).toLongLong());
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (const QList<RowId> videos = selectedVideos(); !videos.isEmpty())
            Q_EMIT reviewRequested(videos.first());
    });
    connect(m_setDefault, &QPushButton::clicked, this, [this] {
        if (const QList<RowId> videos = selectedVideos(); videos.size() == 1)
            Q_EMIT setDefaultRequested(m_lookId, videos.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        QList<RowId> videos = selectedVideos();
        // One selected: compare it with the current default.
        if (const int row = m_videos->defaultRow(); videos.size() == 1 && row >= 0) {
            const RowId defaultId = m_videos->index(row).data(VideoListModel::IdRole).toLongLong();
            if (defaultId != videos.first())
                videos.prepend(defaultId);
        }
        if (videos.size() == 2)
            Q_EMIT compareRequested(videos.at(0), videos.at(1));
    });
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (const QList<RowId> videos = selectedVideos(); videos.size() == 1)
            Q_EMIT unlinkRequested(m_lookId, videos.first());
    });
    connect(m_videoList, &QListView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (QPushButton *button : {m_review, m_setDefault, m_compare, m_unlink}) {
            QAction *item = menu.addAction(button->text(), button, &QPushButton::click);
            item->setEnabled(button->isEnabled());
        }
        menu.addSeparator();
        m_cloud->addTo(&menu);
        menu.exec(m_videoList->viewport()->mapToGlobal(at));
    });
    connect(m_link, &QPushButton::clicked, this, [this] { Q_EMIT linkRequested(m_lookId); });
    connect(m_generate, &QPushButton::clicked, this, [this] { Q_EMIT generateRequested(m_lookId); });
    connect(m_offline, &QPushButton::clicked, this, [this] {
        QList<qint64> missing;
        for (int row = 0; row < m_videos->rowCount(); ++row) {
            const QModelIndex index = m_videos->index(row);
            if (!index.data(VideoListModel::OfflineRole).toBool())
                missing.append(index.data(VideoListModel::IdRole).toLongLong());
        }
        Q_EMIT offlineRequested(missing);
    });
    showLook(0);
}

void LookDetailsPane::showLook(RowId lookId)
{
    m_lookId = lookId;
    m_products->clear();
    if (lookId <= 0) {
        m_title->setText(tr("No look selected"));
        m_details->clear();
        m_storefront->clear();
        m_videos->setLook(0);
        m_remoteLook = false;
        updateActions();
        return;
    }
    Result<Look> look = LookStore(m_catalog).load(lookId);
    if (!look) {
        Q_EMIT errorOccurred(tr("Cannot read the look: %1").arg(look.error()));
        m_lookId = 0;
        return;
    }
    m_remoteLook = look->accountId > 0;
    m_title->setText(look->title);
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
    // As tall as its rows (up to six), so a look with one product leaves room for its videos.
    const int rows = qBound(1, int(look->products.size()), 6);
    m_products->setFixedHeight(m_products->header()->sizeHint().height() + 2 * m_products->frameWidth() +
                               rows * qMax(m_products->sizeHintForRow(0), fontMetrics().height() + 4));
    m_videos->setLook(lookId);
    m_details->setText(tr("%n product(s)", nullptr, int(look->products.size())) + QStringLiteral(" · ") +
                       tr("%n video(s)", nullptr, m_videos->rowCount()) + QStringLiteral(" · ") +
                       LookListModel::visibilityLabel(look->visibility) +
                       (m_remoteLook ? tr(" · from a provider account") : QString()));
    updateStorefrontLine();
    if (m_videos->rowCount() > 0)
        m_videoList->setCurrentIndex(m_videos->index(0));
    updateActions();
}

void LookDetailsPane::refresh()
{
    const QList<RowId> selected = selectedVideos();
    showLook(m_lookId);
    if (!selected.isEmpty())
        selectVideo(selected.first());
}

void LookDetailsPane::updateStorefrontLine()
{
    // The display rule (seed 000): the default video only once it has succeeded, else the image.
    if (const int row = m_videos->defaultRow(); row >= 0) {
        const QModelIndex index = m_videos->index(row);
        const auto status = fromText<VideoStatus>(index.data(VideoListModel::StatusRole).toString());
        if (status && showsDefaultVideo(true, *status)) {
            m_storefront->setText(tr("Storefront shows: the default video."));
        } else {
            m_storefront->setText(
                tr("Storefront shows: the look's image, until the default video is ready (%1).")
                    .arg(status ? videoitem::statusLabel(*status).toLower() : QString()));
        }
        return;
    }
    m_storefront->setText(m_videos->rowCount() > 0
                              ? tr("Storefront shows: the look's image — no default video chosen.")
                              : tr("Storefront shows: the look's image."));
}

QList<RowId> LookDetailsPane::selectedVideos() const
{
    QList<RowId> ids;
    QModelIndexList rows = m_videoList->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : rows)
        ids.append(index.data(VideoListModel::IdRole).toLongLong());
    return ids;
}

void LookDetailsPane::selectVideo(RowId videoId)
{
    for (int row = 0; row < m_videos->rowCount(); ++row) {
        if (m_videos->index(row).data(VideoListModel::IdRole).toLongLong() == videoId) {
            m_videoList->setCurrentIndex(m_videos->index(row));
            return;
        }
    }
}

void LookDetailsPane::setEditingEnabled(bool enabled)
{
    m_editing = enabled;
    updateActions();
}

void LookDetailsPane::updateActions()
{
    const bool hasLook = m_lookId > 0;
    const bool hasVideos = m_videos->rowCount() > 0;
    m_videoList->setVisible(hasLook && hasVideos);
    m_noVideos->setVisible(hasLook && !hasVideos);
    m_products->setVisible(hasLook);

    const QModelIndexList rows = m_videoList->selectionModel()->selectedRows();
    const QModelIndex one = rows.size() == 1 ? rows.first() : QModelIndex();
    const bool oneSucceeded =
        one.isValid() && one.data(VideoListModel::StatusRole).toString() == toText(VideoStatus::Succeeded);
    const bool oneIsDefault = one.isValid() && one.data(LookVideosModel::IsDefaultRole).toBool();
    int missing = 0;
    for (int row = 0; row < m_videos->rowCount(); ++row)
        missing += m_videos->index(row).data(VideoListModel::OfflineRole).toBool() ? 0 : 1;

    m_review->setEnabled(!rows.isEmpty());
    m_setDefault->setEnabled(oneSucceeded && !oneIsDefault && m_editing);
    m_setDefault->setToolTip(one.isValid() && !oneSucceeded
                                 ? tr("Only a finished video can be the default.")
                                 : ShortcutRegistry::instance().withKeys(
                                       tr("Make the selected video the one the storefront shows"),
                                       QStringLiteral("library.setDefault")));
    m_compare->setEnabled(rows.size() == 2 ||
                          (rows.size() == 1 && !oneIsDefault && m_videos->rowCount() > 1));
    m_unlink->setEnabled(rows.size() == 1 && m_editing);
    m_link->setEnabled(hasLook && !m_remoteLook && m_editing);
    m_link->setToolTip(
        m_remoteLook ? tr("Videos of a provider's look are made for it: generate one instead.")
                     : ShortcutRegistry::instance().withKeys(tr("Link a video from the library to this look"),
                                                             QStringLiteral("library.linkVideo")));
    m_generate->setEnabled(hasLook && m_editing);
    m_offline->setEnabled(hasLook && missing > 0 && m_editing);
    m_offline->setText(missing > 0 || !hasVideos ? tr("Make Available Offline") : tr("Available Offline"));
    m_cloud->setSelection(rows);
}

}  // namespace storyreel
