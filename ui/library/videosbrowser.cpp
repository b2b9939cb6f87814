#include "videosbrowser.h"

#include "cloudactions.h"
#include "shortcutbutton.h"
#include "shortcuts/shortcutregistry.h"
#include "videofilterbar.h"
#include "videolistmodel.h"
#include "videorowdelegate.h"
#include "widgets/taborder.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace storyreel {

VideosBrowser::VideosBrowser(const Catalog &catalog, const QString &dataRoot, QWidget *parent)
    : QWidget(parent),
      m_filters(new VideoFilterBar(catalog, this)),
      m_videos(new VideoListModel(catalog, dataRoot, VideoRowDelegate::kPosterSize, this)),
      m_count(new QLabel(this)),
      m_list(new QListView(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("videosBrowser"));
    m_count->setObjectName(QStringLiteral("videoCount"));
    m_list->setObjectName(QStringLiteral("videoList"));
    m_list->setAccessibleName(tr("All videos"));
    m_list->setAccessibleDescription(
        tr("Return reviews the selected video; the context menu (Menu key or Shift+F10) has every action"));
    m_list->setModel(m_videos);
    m_list->setItemDelegate(new VideoRowDelegate(m_list));
    // Uniform rows let the view place 100,000 rows without asking each one its size.
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_empty->setObjectName(QStringLiteral("videosEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_review = addShortcutButton(this, tr("Review"), QStringLiteral("reviewVideo"),
                                 QStringLiteral("library.review"));
    m_favorite = addShortcutButton(this, tr("Favourite"), QStringLiteral("favoriteVideo"),
                                   QStringLiteral("library.favorite"));
    m_offline = addShortcutButton(this, tr("Make Available Offline"), QStringLiteral("videoOffline"),
                                  QStringLiteral("library.offline"));
    m_link = addShortcutButton(this, tr("Link to Look…"), QStringLiteral("linkToLook"),
                               QStringLiteral("library.linkToLook"));
    m_cloud = new CloudActions(this);
    auto *search = new QAction(tr("Search"), this);
    search->setObjectName(QStringLiteral("searchVideos"));
    ShortcutRegistry::instance().bind(search, QStringLiteral("edit.find"));
    search->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(search, &QAction::triggered, m_filters, &VideoFilterBar::focusSearch);
    QWidget::addAction(search);

    auto *header = new QHBoxLayout;
    header->addWidget(m_count);
    header->addStretch(1);
    for (QPushButton *button : {m_review, m_favorite, m_offline, m_link})
        header->addWidget(button);
    header->addSpacing(12);
    for (QPushButton *button : m_cloud->buttons())
        header->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 12);
    layout->addWidget(m_filters);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    // Reading order: the filters, the buttons above the list, the list.
    QList<QWidget *> order = taborder::controlsIn(m_filters);
    order << m_review << m_favorite << m_offline << m_link;
    for (QPushButton *button : m_cloud->buttons())
        order << button;
    taborder::chain(order << m_list);

    connect(m_filters, &VideoFilterBar::queryChanged, this, [this](const VideoQuery &query) {
        m_videos->setQuery(query);
        if (!m_videos->lastError().isEmpty())
            Q_EMIT errorOccurred(tr("Cannot read the videos: %1").arg(m_videos->lastError()));
        updateCount();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VideosBrowser::updateActions);
    connect(m_videos, &QAbstractItemModel::modelReset, this, &VideosBrowser::updateActions);
    // Rows read again in place (a cloud state changed) can change what the selection allows.
    connect(m_videos, &QAbstractItemModel::dataChanged, this, &VideosBrowser::updateActions);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT reviewRequested(index.data(VideoListModel::IdRole).toLongLong());
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (const QList<RowId> ids = selectedVideos(); !ids.isEmpty())
            Q_EMIT reviewRequested(ids.first());
    });
    connect(m_favorite, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        // Several selected: favourite all unless all already are.
        bool allFavorite = true;
        for (const QModelIndex &row : rows)
            allFavorite = allFavorite && row.data(VideoListModel::FavoriteRole).toBool();
        for (const QModelIndex &row : rows)
            Q_EMIT favoriteRequested(row.data(VideoListModel::IdRole).toLongLong(), !allFavorite);
    });
    connect(m_offline, &QPushButton::clicked, this, [this] {
        QList<qint64> missing;
        for (const QModelIndex &row : m_list->selectionModel()->selectedRows()) {
            if (!row.data(VideoListModel::OfflineRole).toBool())
                missing.append(row.data(VideoListModel::IdRole).toLongLong());
        }
        if (!missing.isEmpty())
            Q_EMIT offlineRequested(missing);
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        if (const QList<RowId> ids = selectedVideos(); !ids.isEmpty())
            Q_EMIT linkToLookRequested(ids);
    });
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (QPushButton *button : {m_review, m_favorite, m_offline, m_link}) {
            QAction *item = menu.addAction(button->text(), button, &QPushButton::click);
            item->setEnabled(button->isEnabled());
        }
        menu.addSeparator();
        m_cloud->addTo(&menu);
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    reload();
}

void VideosBrowser::reload()
{
    m_filters->reloadAccounts();
    m_videos->setQuery(m_filters->query());
    if (!m_videos->lastError().isEmpty())
        Q_EMIT errorOccurred(tr("Cannot read the videos: %1").arg(m_videos->lastError()));
    updateCount();
}

void VideosBrowser::refreshVideos(const QList<qint64> &videoIds)
{
    // The model re-reads a few rows in place, and resets once for a large batch.
    m_videos->refreshVideos(QList<RowId>(videoIds.begin(), videoIds.end()));
    updateActions();
}

QList<RowId> VideosBrowser::selectedVideos() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<RowId> ids;
    for (const QModelIndex &row : rows)
        ids.append(row.data(VideoListModel::IdRole).toLongLong());
    return ids;
}

void VideosBrowser::setEditingEnabled(bool enabled)
{
    m_editing = enabled;
    updateActions();
}

void VideosBrowser::updateCount()
{
    const int rows = m_videos->rowCount();
    m_count->setText(
        tr("%n video(s)", nullptr, rows).replace(QString::number(rows), QLocale().toString(rows)));
    const bool empty = rows == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    const VideoQuery query = m_filters->query();
    const bool filtered = !query.text.isEmpty() || query.status || query.kind || query.accountId ||
                          query.lookId || query.favoritesOnly || query.offlineOnly || query.from.isValid();
    m_empty->setText(filtered ? tr("No video matches these filters.")
                              : tr("No videos yet. Generate one, render a storyboard, or drop video files "
                                   "here to import them."));
    updateActions();
}

void VideosBrowser::updateActions()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    bool allFavorite = !rows.isEmpty();
    bool anyMissing = false;
    for (const QModelIndex &row : rows) {
        allFavorite = allFavorite && row.data(VideoListModel::FavoriteRole).toBool();
        anyMissing = anyMissing || !row.data(VideoListModel::OfflineRole).toBool();
    }
    m_review->setEnabled(rows.size() >= 1);
    m_favorite->setEnabled(!rows.isEmpty() && m_editing);
    m_favorite->setText(allFavorite ? tr("Unfavourite") : tr("Favourite"));
    m_offline->setEnabled(anyMissing && m_editing);
    m_link->setEnabled(!rows.isEmpty());
    m_cloud->setSelection(rows);
}

}  // namespace storyreel
