#include "welcomedialog.h"

#include "dialogs/accountsdialog.h"
#include "dialogs/storagesdialog.h"
#include "mainwindow.h"
#include "shortcuts/shortcutregistry.h"
#include "storyboardlistmodel.h"
#include "storyboards/storyboardlistpane.h"
#include "workspaces/storyboardsworkspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace storyreel {
namespace {

const QString kShownKey = QStringLiteral("welcome/shown");
const QString kShowAtStartupKey = QStringLiteral("welcome/showAtStartup");

// The rail's colours: the workspace icons are drawn for its dark background, in both themes.
const QColor kRailColor(0x20, 0x22, 0x2b);
const QColor kRailText(0xc9, 0xcd, 0xd8);

const char *const kPrimaryStyle =
    "QPushButton { background: #e86a3c; color: white; border: 2px solid #e86a3c; border-radius: 6px;"
    " padding: 6px 16px; font-weight: 600; }"
    "QPushButton:hover { background: #d45a2e; border-color: #d45a2e; }"
    "QPushButton:focus { border-color: #ffb454; }"
    "QPushButton:disabled { background: #c9ccd4; border-color: #c9ccd4; color: #f4f5f8; }";

// A workspace icon on a dark rounded tile, as the navigation rail shows it.
QPixmap railTile(const QString &iconPath, int size, qreal ratio)
{
    QPixmap tile(QSize(size, size) * ratio);
    tile.setDevicePixelRatio(ratio);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath rounded;
    rounded.addRoundedRect(QRectF(0, 0, size, size), 10, 10);
    painter.fillPath(rounded, kRailColor);
    const int icon = size * 3 / 5;
    const int margin = (size - icon) / 2;
    QIcon(iconPath).paint(&painter, QRect(margin, margin, icon, icon));
    return tile;
}

// The sample storyboard's id in the window's list, 0 when the user deleted it.
RowId sampleStoryboard(const StoryboardListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(StoryboardListModel::IsSampleRole).toBool())
            return index.data(StoryboardListModel::IdRole).toLongLong();
    }
    return 0;
}

}  // namespace

WelcomeDialog::WelcomeDialog(MainWindow &window, QSettings &settings)
    : QDialog(&window),
      m_window(window),
      m_settings(settings),
      m_addAccount(new QPushButton(tr("Add a &Provider Account…"), this)),
      m_addStorage(new QPushButton(tr("Add Cloud S&torage…"), this)),
      m_openSample(new QPushButton(tr("&Open the Sample Project"), this)),
      m_close(nullptr),
      m_showAtStartup(new QCheckBox(tr("&Show this at startup"), this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Storyreel Studio"));
    setAccessibleName(tr("Welcome to Storyreel Studio"));
    setAccessibleDescription(tr("The three workspaces and the first steps"));
    setMinimumWidth(640);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(28, 20, 28, 12);
    body->setSpacing(14);
    // The keys the user has now (Help › Keyboard Shortcuts may have changed them).
    const auto shortcut = [](int workspace) {
        static const char *const ids[] = {"view.storyboards", "view.library", "view.jobs"};
        return ShortcutRegistry::instance().keysText(QString::fromLatin1(ids[workspace - 1]));
    };
    body->addWidget(
        buildWorkspaceRow(QStringLiteral(":/storyreel/icons/storyboards.svg"), tr("Storyboards"), shortcut(1),
                          tr("Write the scenes of a video, render them into one and export it to share.")));
    body->addWidget(buildWorkspaceRow(
        QStringLiteral(":/storyreel/icons/library.svg"), tr("Library"), shortcut(2),
        tr("Your looks and their videos: choose each look's default video and keep copies to play "
           "offline.")));
    body->addWidget(buildWorkspaceRow(
        QStringLiteral(":/storyreel/icons/jobs.svg"), tr("Jobs"), shortcut(3),
        tr("Every generation, render, export and upload with its progress and cost; cancel or retry "
           "it here.")));

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    body->addWidget(line);
    auto *start = new QLabel(tr("<b>Get started</b><br>A provider account generates videos and storyboards; "
                                "a cloud storage keeps copies of your media and shares links to them. "
                                "Both can wait: the sample project works without them."),
                             this);
    start->setObjectName(QStringLiteral("welcomeGetStarted"));
    start->setWordWrap(true);
    body->addWidget(start);

    m_addAccount->setObjectName(QStringLiteral("welcomeAddAccount"));
    m_addAccount->setAccessibleName(tr("Add a provider account"));
    m_addStorage->setObjectName(QStringLiteral("welcomeAddStorage"));
    m_addStorage->setAccessibleName(tr("Add cloud storage"));
    m_openSample->setObjectName(QStringLiteral("welcomeOpenSample"));
    m_openSample->setAccessibleName(tr("Open the sample project"));
    m_openSample->setStyleSheet(QString::fromLatin1(kPrimaryStyle));
    for (QPushButton *action : {m_addAccount, m_addStorage, m_openSample})
        action->setMinimumHeight(34);  // the three first steps line up
    for (QPushButton *action : {m_addAccount, m_addStorage})
        action->setMinimumWidth(action->sizeHint().width() + 16);  // room around the text, as the primary
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_addAccount);
    actions->addWidget(m_addStorage);
    actions->addStretch(1);
    actions->addWidget(m_openSample);
    body->addLayout(actions);
    m_note->setObjectName(QStringLiteral("welcomeNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    body->addWidget(m_note);

    m_showAtStartup->setObjectName(QStringLiteral("welcomeShowAtStartup"));
    m_showAtStartup->setAccessibleName(tr("Show the welcome at startup"));
    m_showAtStartup->setAccessibleDescription(
        tr("When ticked, this welcome opens each time Storyreel Studio starts; it is always in Help."));
    m_showAtStartup->setChecked(m_settings.value(kShowAtStartupKey, false).toBool());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("welcomeClose"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(
        tr("Close the welcome; Help ▸ Welcome to Storyreel Studio opens it again"));
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(28, 0, 28, 18);
    footer->addWidget(m_showAtStartup);
    footer->addStretch(1);
    footer->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildBanner());
    layout->addLayout(body);
    layout->addLayout(footer);
    // Tab goes through the first steps in reading order, then the footer.
    setTabOrder(m_addAccount, m_addStorage);
    setTabOrder(m_addStorage, m_openSample);
    setTabOrder(m_openSample, m_showAtStartup);
    setTabOrder(m_showAtStartup, m_close);

    connect(m_addAccount, &QPushButton::clicked, this, &WelcomeDialog::addProviderAccount);
    connect(m_addStorage, &QPushButton::clicked, this, &WelcomeDialog::addCloudStorage);
    connect(m_openSample, &QPushButton::clicked, this, &WelcomeDialog::openSampleProject);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showAtStartup, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setValue(kShowAtStartupKey, on); });
    updateActions();
}

WelcomeDialog::~WelcomeDialog() = default;

QWidget *WelcomeDialog::buildBanner()
{
    auto *banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("welcomeBanner"));
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, kRailColor);
    palette.setColor(QPalette::WindowText, kRailText);
    banner->setPalette(palette);

    auto *logo = new QLabel(banner);
    logo->setPixmap(QIcon(QStringLiteral(":/storyreel/icons/storyreel.svg")).pixmap(56, 56));
    logo->setAccessibleName(tr("Storyreel Studio logo"));
    auto *title = new QLabel(tr("Welcome to Storyreel Studio"), banner);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setStyleSheet(QStringLiteral("color: white;"));
    auto *subtitle =
        new QLabel(tr("Storyboards, looks and AI video jobs in one window, in three workspaces:"), banner);
    subtitle->setWordWrap(true);
    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(title);
    text->addWidget(subtitle);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(18);
    layout->addWidget(logo, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return banner;
}

QWidget *WelcomeDialog::buildWorkspaceRow(const QString &iconPath, const QString &name,
                                          const QString &shortcut, const QString &description)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("welcomeWorkspace%1").arg(name));
    row->setAccessibleName(name);
    row->setAccessibleDescription(description);
    auto *icon = new QLabel(row);
    icon->setPixmap(railTile(iconPath, 48, devicePixelRatioF()));
    icon->setAccessibleName(tr("%1 icon").arg(name));
    auto *heading = new QLabel(row);
    heading->setText(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()));
    auto *key = new QLabel(shortcut, row);
    key->setForegroundRole(QPalette::PlaceholderText);  // quieter than the name, in either theme
    auto *headingRow = new QHBoxLayout;
    headingRow->setSpacing(10);
    headingRow->addWidget(heading);
    headingRow->addWidget(key);
    headingRow->addStretch(1);
    auto *text = new QLabel(description, row);
    text->setWordWrap(true);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addLayout(headingRow);
    column->addWidget(text);
    column->addStretch(1);  // a one-line description stays under its name, not halfway down the icon
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(column, 1);
    return row;
}

bool WelcomeDialog::isDueAtStartup(const QSettings &settings)
{
    return !settings.value(kShownKey, false).toBool() || settings.value(kShowAtStartupKey, false).toBool();
}

bool WelcomeDialog::showAtStartup() const
{
    return m_showAtStartup->isChecked();
}

void WelcomeDialog::setReason(QPushButton *button, bool enabled, const QString &why)
{
    button->setEnabled(enabled);
    button->setToolTip(why);
    button->setAccessibleDescription(why);
}

void WelcomeDialog::updateActions()
{
    setReason(m_addAccount, m_window.hasProviderServices(),
              m_window.hasProviderServices()
                  ? tr("Opens Settings ▸ Accounts with a new account to fill in: a provider's address and "
                       "your token")
                  : tr("Provider accounts cannot be added in this window: it was opened without the "
                       "provider services"));
    setReason(m_addStorage, m_window.cloudService() != nullptr,
              m_window.cloudService()
                  ? tr("Opens Settings ▸ Cloud Storage with a new S3-compatible bucket to fill in")
                  : tr("Cloud storage cannot be added in this window: it was opened without the cloud "
                       "service"));
    const bool sample = sampleStoryboard(*m_window.storyboardsWorkspace()->storyboardModel()) != 0;
    setReason(
        m_openSample, sample,
        sample ? tr("Shows the sample storyboard in Storyboards") : tr("The sample storyboard was deleted"));
    if (!sample) {
        m_note->setText(
            tr("The sample storyboard is gone: it was deleted, and the studio creates it only "
               "once. Start your own with File ▸ New Storyboard from Script…"));
        m_note->setAccessibleName(m_note->text());
    }
    m_note->setVisible(!sample);
    // Enter opens the sample; with no sample to open, Enter closes.
    m_openSample->setDefault(sample);
    m_close->setDefault(!sample);
}

AccountEditor *WelcomeDialog::addProviderAccount()
{
    AccountsDialog *accounts = m_window.showAccounts();
    return accounts ? accounts->addAccount() : nullptr;
}

StorageEditor *WelcomeDialog::addCloudStorage()
{
    StoragesDialog *storages = m_window.showStorages();
    return storages ? storages->addStorage() : nullptr;
}

bool WelcomeDialog::openSampleProject()
{
    StoryboardsWorkspace *boards = m_window.storyboardsWorkspace();
    RowId sample = sampleStoryboard(*boards->storyboardModel());
    if (!sample) {
        boards->reload();  // the catalog may have changed behind the list (the command line)
        sample = sampleStoryboard(*boards->storyboardModel());
    }
    if (!sample) {
        updateActions();
        return false;
    }
    m_window.setWorkspace(MainWindow::Storyboards);
    boards->listPane()->searchField()->clear();  // a search could hide it
    boards->selectStoryboard(sample);
    accept();
    return true;
}

void WelcomeDialog::showEvent(QShowEvent *event)
{
    m_settings.setValue(kShownKey, true);
    updateActions();
    if (m_openSample->isEnabled())
        m_openSample->setFocus();
    QDialog::showEvent(event);
}

}  // namespace storyreel
