#include "videofilterbar.h"

#include "accountstore.h"
#include "lookpickerdialog.h"
#include "videoitem.h"
#include "widgets/taborder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace storyreel {
namespace {

enum DateChoice { AnyTime, Today, LastWeek, LastMonth, Custom };

QComboBox *comboWithName(QWidget *parent, const QString &accessibleName, const QString &description)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(description);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

}  // namespace

VideoFilterBar::VideoFilterBar(const Catalog &catalog, QWidget *parent)
    : QWidget(parent),
      m_catalog(catalog),
      m_search(new QLineEdit(this)),
      m_status(comboWithName(this, tr("Status"), tr("Only videos in this state"))),
      m_kind(comboWithName(this, tr("Kind"), tr("Only videos made this way"))),
      m_provider(
          comboWithName(this, tr("Provider"), tr("Only videos made by this account, or on this computer"))),
      m_look(new QPushButton(this)),
      m_date(comboWithName(this, tr("Date"), tr("Only videos made in this period"))),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_favorites(new QToolButton(this)),
      m_offline(new QToolButton(this)),
      m_sort(comboWithName(this, tr("Sort"), tr("The order of the list")))
{
    setObjectName(QStringLiteral("videoFilterBar"));
    m_search->setObjectName(QStringLiteral("videoSearch"));
    m_search->setPlaceholderText(tr("Search prompts and titles…"));
    m_search->setAccessibleName(tr("Search videos"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);

    m_status->setObjectName(QStringLiteral("videoStatusFilter"));
    m_status->addItem(tr("Any status"));
    for (VideoStatus status : {VideoStatus::Succeeded, VideoStatus::Running, VideoStatus::Pending,
                               VideoStatus::Failed, VideoStatus::Cancelled})
        m_status->addItem(videoitem::statusLabel(status), toText(status));
    m_kind->setObjectName(QStringLiteral("videoKindFilter"));
    m_kind->addItem(tr("Any kind"));
    for (VideoKind kind : {VideoKind::TextToVideo, VideoKind::ImageToVideo, VideoKind::Storyboard,
                           VideoKind::Explainer, VideoKind::Render, VideoKind::Import})
        m_kind->addItem(videoitem::kindLabel(kind), toText(kind));
    m_provider->setObjectName(QStringLiteral("videoProviderFilter"));
    // Account names can be long: the list shows them whole, the closed box elides.
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(14);
    reloadAccounts();

    m_look->setObjectName(QStringLiteral("videoLookFilter"));
    m_look->setText(tr("Any look"));
    m_look->setAccessibleName(tr("Look"));
    m_look->setToolTip(tr("Only videos linked to one look"));
    auto *lookMenu = new QMenu(m_look);
    lookMenu->addAction(tr("Choose a Look…"), this, &VideoFilterBar::chooseLook);
    lookMenu->addAction(tr("Any Look"), this, [this] { setLook(0, {}); });
    m_look->setMenu(lookMenu);

    m_date->setObjectName(QStringLiteral("videoDateFilter"));
    m_date->addItems({tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Between…")});
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("From date"));
    m_from->setToolTip(tr("The first day of the period"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setToolTip(tr("The last day of the period"));

    m_favorites->setObjectName(QStringLiteral("videoFavoritesFilter"));
    m_favorites->setText(tr("★ Favourites"));
    m_favorites->setCheckable(true);
    m_favorites->setAccessibleName(tr("Favourites only"));
    m_favorites->setToolTip(tr("Only the videos marked as favourites"));
    m_offline->setObjectName(QStringLiteral("videoOfflineFilter"));
    m_offline->setText(tr("Offline"));
    m_offline->setCheckable(true);
    m_offline->setAccessibleName(tr("Available offline only"));
    m_offline->setToolTip(tr("Only videos that play with no network"));

    m_sort->setObjectName(QStringLiteral("videoSort"));
    m_sort->addItem(tr("Newest first"), int(VideoQuery::Sort::Newest));
    m_sort->addItem(tr("Oldest first"), int(VideoQuery::Sort::Oldest));
    m_sort->addItem(tr("Title"), int(VideoQuery::Sort::Title));
    m_sort->addItem(tr("Longest first"), int(VideoQuery::Sort::Duration));

    // Two rows, so the window can stay narrow: what you type and how it is ordered, then the filters.
    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_favorites, m_offline, m_sort})
        first->addWidget(widget);
    auto *second = new QHBoxLayout;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_status, m_kind, m_provider, m_look, m_date, m_from, m_to})
        second->addWidget(widget);
    second->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);
    taborder::chain({m_search, m_favorites, m_offline, m_sort, m_status, m_kind, m_provider, m_look, m_date,
                     m_from, m_to});

    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, &VideoFilterBar::rebuild);
    for (QComboBox *combo : {m_status, m_kind, m_provider, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &VideoFilterBar::rebuild);
    connect(m_date, &QComboBox::currentIndexChanged, this, &VideoFilterBar::applyDateRange);
    connect(m_from, &QDateEdit::dateChanged, this, &VideoFilterBar::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &VideoFilterBar::rebuild);
    connect(m_favorites, &QToolButton::toggled, this, &VideoFilterBar::rebuild);
    connect(m_offline, &QToolButton::toggled, this, &VideoFilterBar::rebuild);
}

void VideoFilterBar::reloadAccounts()
{
    const QVariant current = m_provider->currentData();
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("Any provider"));
    m_provider->addItem(tr("Made on this computer"), qint64(0));
    if (Result<QList<ProviderAccount>> accounts = AccountStore(m_catalog).list()) {
        for (const ProviderAccount &account : *accounts)
            m_provider->addItem(account.name, qint64(account.id));
    }
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(current)));
}

void VideoFilterBar::setLook(RowId lookId, const QString &title)
{
    m_query.lookId = lookId > 0 ? std::optional<RowId>(lookId) : std::nullopt;
    m_look->setText(lookId > 0 ? tr("Look: %1").arg(title) : tr("Any look"));
    rebuild();
}

void VideoFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void VideoFilterBar::chooseLook()
{
    auto *picker = new LookPickerDialog(m_catalog, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &LookPickerDialog::lookChosen, this,
            [this](qint64 lookId, const QString &title) { setLook(lookId, title); });
    picker->open();
}

void VideoFilterBar::applyDateRange(int choice)
{
    m_from->setVisible(choice == Custom);
    m_to->setVisible(choice == Custom);
    rebuild();
}

void VideoFilterBar::rebuild()
{
    m_typing.stop();
    VideoQuery query;
    query.text = m_search->text().trimmed();
    if (const QVariant status = m_status->currentData(); status.isValid())
        query.status = fromText<VideoStatus>(status.toString());
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        query.kind = fromText<VideoKind>(kind.toString());
    if (const QVariant account = m_provider->currentData(); account.isValid())
        query.accountId = account.toLongLong();
    query.lookId = m_query.lookId;
    const QDate today = QDate::currentDate();
    switch (m_date->currentIndex()) {
        case Today:
            query.from = today;
            break;
        case LastWeek:
            query.from = today.addDays(-6);
            break;
        case LastMonth:
            query.from = today.addDays(-29);
            break;
        case Custom:
            query.from = qMin(m_from->date(), m_to->date());
            query.to = qMax(m_from->date(), m_to->date());
            break;
        default:
            break;
    }
    query.favoritesOnly = m_favorites->isChecked();
    query.offlineOnly = m_offline->isChecked();
    query.sort = VideoQuery::Sort(m_sort->currentData().toInt());
    m_query = query;
    Q_EMIT queryChanged(m_query);
}

}  // namespace storyreel
