#include "accountservice.h"
#include "cloudservice.h"
#include "dialogs/accounteditor.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/newexplainerdialog.h"
#include "dialogs/newstoryboarddialog.h"
#include "dialogs/newvideodialog.h"
#include "dialogs/storageeditor.h"
#include "dialogs/storagesdialog.h"
#include "generationservice.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "library/conflictsdialog.h"
#include "library/generateforlookdialog.h"
#include "library/lookdetailspane.h"
#include "library/lookpickerdialog.h"
#include "library/sharelinkdialog.h"
#include "library/videopickerdialog.h"
#include "libraryservice.h"
#include "lookstore.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "player/comparedialog.h"
#include "player/playerdialog.h"
#include "player/reviewdialog.h"
#include "providerhub.h"
#include "sceneeditmodel.h"
#include "storyboarddocument.h"
#include "storyboards/refinedialog.h"
#include "storyboards/sceneeditor.h"
#include "storyboards/sceneview.h"
#include "storyboards/scriptdialog.h"
#include "storyboards/storyboardlistpane.h"
#include "studio.h"
#include "studioservices.h"
#include "testcatalog.h"
#include "theme.h"
#include "translations.h"
#include "videostore.h"
#include "widgets/imagedroparea.h"
#include "widgets/jobdetailspane.h"
#include "widgets/noticebar.h"
#include "workspaces/jobsworkspace.h"
#include "workspaces/libraryworkspace.h"
#include "workspaces/storyboardsworkspace.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace storyreel;

namespace {

// "QPushButton#newStoryboardButton in StoryboardListPane#storyboardListPane in …": enough to find it.
QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *at = widget; at && chain.size() < 5; at = at->parentWidget())
        chain << QStringLiteral("%1#%2").arg(QString::fromLatin1(at->metaObject()->className()),
                                             at->objectName());
    return chain.join(QStringLiteral(" in "));
}

// A widget's object name; a toolbar's button goes by its action's.
QString nameOf(const QWidget *widget)
{
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    if (const auto *button = qobject_cast<const QToolButton *>(widget); button && button->defaultAction())
        return button->defaultAction()->objectName();
    return describe(widget);
}

// What a person can reach with Tab or a click. The line edit inside a spin or combo box speaks for
// its owner, and a scroll area's viewport for the view.
bool isControl(const QWidget *widget)
{
    if (!widget->isVisible() || !(widget->focusPolicy() & (Qt::TabFocus | Qt::ClickFocus)))
        return false;
    const QWidget *parent = widget->parentWidget();
    if (widget->focusProxy() || qobject_cast<const QAbstractSpinBox *>(parent) ||
        qobject_cast<const QComboBox *>(parent))
        return false;
    const auto *area = qobject_cast<const QAbstractScrollArea *>(parent);
    return !(area && area->viewport() == widget);
}

// Every control in `root` that a screen reader could not name or describe, one line each.
QStringList unnamedControls(QWidget *root)
{
    QStringList offenders;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isControl(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        // A tab bar speaks through its tabs (the bar's own name is the current tab's).
        if (const auto *tabs = qobject_cast<const QTabBar *>(widget); tabs && accessible) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                QAccessibleInterface *page = accessible->child(tab);
                if (!page || page->text(QAccessible::Name).isEmpty() ||
                    page->text(QAccessible::Description).isEmpty())
                    offenders << QStringLiteral("tab %1 of %2 (no name or description)")
                                     .arg(tab)
                                     .arg(describe(widget));
            }
            continue;
        }
        QStringList missing;
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("name");
        if (!accessible || accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing << QStringLiteral("description");
        if (!missing.isEmpty())
            offenders
                << QStringLiteral("%1 (no %2)").arg(describe(widget), missing.join(QStringLiteral(", ")));
    }
    return offenders;
}

// Controls the mouse works but Tab never reaches, unless the keyboard has their action another way.
QStringList unreachableControls(QWidget *root)
{
    QStringList offenders;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() || (widget->focusPolicy() & Qt::TabFocus))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(widget) ||
                                 qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                 qobject_cast<QAbstractItemView *>(widget) ||
                                 qobject_cast<QAbstractSlider *>(widget);
        if (!interactive || widget->focusProxy())
            continue;
        // Qt's helpers: scroll bars (the views scroll with their keys), headers, a line edit's clear
        // button (Ctrl+A, Delete), a toolbar's overflow button. The exclusive rail: one Tab stop, arrows.
        const QWidget *parent = widget->parentWidget();
        if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget) ||
            qobject_cast<const QLineEdit *>(parent) || widget->objectName() == u"qt_toolbar_ext_button" ||
            widget->objectName().startsWith(QLatin1String("railButton")))
            continue;
        // A toolbar button whose action has a key, the player's scrubber (the player's arrow keys).
        if (const auto *button = qobject_cast<QToolButton *>(widget);
            button && button->defaultAction() && !button->defaultAction()->shortcut().isEmpty())
            continue;
        if (widget->objectName() == u"playerScrubber")
            continue;
        offenders << describe(widget);
    }
    return offenders;
}

// Pixels that changed enough to be seen (not a faint tint): the sum of the channel differences.
int visiblyChangedPixels(const QImage &before, const QImage &after)
{
    if (before.size() != after.size())
        return before.width() * before.height();
    const QImage a = before.convertToFormat(QImage::Format_RGB32);
    const QImage b = after.convertToFormat(QImage::Format_RGB32);
    int changed = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int difference = qAbs(qRed(lineA[x]) - qRed(lineB[x])) +
                                   qAbs(qGreen(lineA[x]) - qGreen(lineB[x])) +
                                   qAbs(qBlue(lineA[x]) - qBlue(lineB[x]));
            changed += difference >= 90 ? 1 : 0;
        }
    }
    return changed;
}

// Opens the focused widget's context menu as `open` does, and says whether a menu appeared.
bool contextMenuOpens(const std::function<void()> &open)
{
    bool shown = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&shown] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            shown = !menu->actions().isEmpty();
            menu->close();
        }
    });
    poll.start();
    open();
    QTest::qWait(100);  // a menu shown with popup() rather than exec() is closed here
    return shown;
}

}  // namespace

// Issue 9 item 3 in a real window: every control named and described, every item view speaking its
// items, focus visible in light and dark themes, Tab walking each workspace in reading order, and the
// keyboard reaching what the mouse reaches (context menus, Enter for double-click, moving scenes).
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::StudioServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    Video m_left;
    Video m_right;

    Video addVideo(const QString &title)
    {
        Video video;
        video.title = title;
        video.prompt = QStringLiteral("%1 on a windy rooftop").arg(title);
        video.kind = VideoKind::TextToVideo;
        video.status = VideoStatus::Succeeded;
        video.durationMs = 4000;
        video.createdAt = QDateTime::currentDateTimeUtc();
        Result<RowId> id = VideoStore(m_studio->catalog()).create(video);
        video.id = id ? *id : 0;
        return video;
    }

    void show(QWidget &widget)
    {
        widget.show();
        widget.activateWindow();  // Xvfb runs no window manager: nothing activates a window for us
        QVERIFY(QTest::qWaitForWindowActive(&widget));
    }

    void saveScreenshot(QWidget &widget, const QString &name)
    {
        QTest::qWait(150);
        const QString path = QDir(test::artifactsDir()).filePath(name);
        QVERIFY2(widget.grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    template <typename T = QWidget>
    T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }

    // Tab from `start` round the window; the names of the widgets visited, in order, until `start` again.
    QStringList tabWalk(QWidget *start)
    {
        QStringList visited = tabWalkOnce(start);
        if (visited.last().startsWith(QStringLiteral("LEFT")))
            visited = tabWalkOnce(start);  // another window took the activation: once more
        return visited;
    }

    QStringList tabWalkOnce(QWidget *start, int limit = 80)
    {
        giveFocus(start);
        QStringList visited{nameOf(start)};
        QWidget *previous = start;
        if (QApplication::focusWidget() != start)
            return visited << QStringLiteral("STUCK: %1 takes no focus").arg(describe(start));
        for (int press = 0; press < limit; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || now->window() != m_window.get())
                return visited << QStringLiteral("LEFT the window after %1").arg(describe(previous));
            if (now == previous) {
                visited << QStringLiteral("STUCK at %1").arg(describe(previous));
                return visited;
            }
            if (now == start)
                return visited;
            visited << nameOf(now);
            previous = now;
        }
        visited << QStringLiteral("NO WAY BACK to %1").arg(describe(start));
        return visited;
    }

    // Keyboard focus to `widget`, its window activated first: another test on the same X display may
    // have taken the activation (ctest -j2 under one xvfb-run).
    static bool giveFocus(QWidget *widget)
    {
        if (!widget->window()->isActiveWindow()) {
            widget->window()->activateWindow();
            if (!QTest::qWaitForWindowActive(widget->window()))
                return false;
        }
        widget->setFocus(Qt::TabFocusReason);
        QTest::qWait(60);
        return widget->hasFocus();
    }

    // Focus on `view`'s first item (current, not selected) against focus elsewhere: the ring shows.
    int itemFocusChange(QAbstractItemView *view, QWidget *elsewhere)
    {
        int changed = -2;
        for (int attempt = 0; attempt < 3 && changed == -2; ++attempt)
            changed = itemFocusChangeOnce(view, elsewhere);
        return changed;
    }

    // -2: the list re-read its rows meanwhile, or focus went elsewhere: try again.
    int itemFocusChangeOnce(QAbstractItemView *view, QWidget *elsewhere)
    {
        if (!view || !elsewhere || !view->model() || view->model()->rowCount() == 0)
            return -1;
        // Persistent: the lists re-read their rows on timers (an edit, a reload) while we wait.
        const QPersistentModelIndex first = view->model()->index(0, 0);
        view->selectionModel()->clearSelection();
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->scrollTo(first);
        if (!giveFocus(elsewhere))
            return -2;
        const QRect area = view->visualRect(first);
        const QImage without = view->viewport()->grab(area).toImage();
        if (!giveFocus(view) || !first.isValid() || view->visualRect(first) != area)
            return -2;
        return visiblyChangedPixels(without, view->viewport()->grab(area).toImage());
    }

    int widgetFocusChange(QWidget *widget, QWidget *elsewhere)
    {
        int changed = -3;
        for (int attempt = 0; attempt < 3 && changed == -3; ++attempt)
            changed = widgetFocusChangeOnce(widget, elsewhere);
        return changed;
    }

    // -3: focus went to another window meanwhile: try again.
    int widgetFocusChangeOnce(QWidget *widget, QWidget *elsewhere)
    {
        if (!widget || !elsewhere)
            return -1;
        // The ring may lie just outside the widget, drawn over it by the window: grab the window there.
        QWidget *canvas = widget->window();
        const QRect area = QRect(widget->mapTo(canvas, QPoint(0, 0)), widget->size()).adjusted(-4, -4, 4, 4);
        if (!giveFocus(elsewhere))
            return -3;
        const QImage without = canvas->grab(area).toImage();
        if (!giveFocus(widget))
            return -3;
        return visiblyChangedPixels(without, canvas->grab(area).toImage());
    }

    QDialog *makeDialog(const QString &name)
    {
        QWidget *parent = m_window.get();
        Scene scene;
        scene.description = QStringLiteral("A kettle starts to whistle");
        scene.imagePrompt = QStringLiteral("steam over a blue kettle, morning light");
        if (name == u"accounts")
            return new AccountsDialog(m_services->hub, m_services->accounts, parent);
        if (name == u"account editor")
            return new AccountEditor(m_services->hub, m_services->accounts, ProviderAccount{}, parent);
        if (name == u"cloud storage")
            return new StoragesDialog(*m_services->cloud, parent);
        if (name == u"storage editor")
            return new StorageEditor(*m_services->cloud, StorageAccount{}, parent);
        if (name == u"new video")
            return new NewVideoDialog(m_services->hub, m_services->generation, parent);
        if (name == u"new explainer")
            return new NewExplainerDialog(m_services->hub, m_services->generation, parent);
        if (name == u"new storyboard")
            return new NewStoryboardDialog(m_services->hub, m_services->generation, parent);
        if (name == u"script")
            return new ScriptDialog(parent);
        if (name == u"refine")
            return new RefineDialog(0, scene, 2, 3, parent);
        if (name == u"generate for look")
            return new GenerateForLookDialog(QStringLiteral("Harbour Evening"), scene.imagePrompt,
                                             QStringLiteral("Made on this computer."), parent);
        if (name == u"look picker")
            return new LookPickerDialog(m_studio->catalog(), parent);
        if (name == u"video picker")
            return new VideoPickerDialog(m_studio->catalog(), m_studio->location().root(), parent);
        if (name == u"compare")
            return new CompareDialog(m_studio->catalog(), m_studio->location(), m_left, m_right, parent);
        if (name == u"review")
            return new ReviewDialog(m_studio->catalog(), m_studio->location(), m_left, parent);
        if (name == u"share link")
            return new ShareLinkDialog(QStringLiteral("v3 · 16:9.mp4"), parent);
        if (name == u"conflicts")
            return new ConflictsDialog(m_services->library, parent);
        if (name == u"player")
            return new PlayerDialog(QDir(m_data.path()).filePath(QStringLiteral("missing.mp4")),
                                    QStringLiteral("v1 · 16:9"), parent);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen") ||
                     qEnvironmentVariableIsSet("DISPLAY"),
                 "GUI tests run in a real X display");
        installTranslations(*qApp);
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        QVERIFY(m_studio->ensureSampleProject().value());
        m_left = addVideo(QStringLiteral("Linen dress"));
        m_right = addVideo(QStringLiteral("Wool coat"));
        QVERIFY(m_left.id > 0 && m_right.id > 0);
        Result<QList<Look>> looks = LookStore(m_studio->catalog()).list();
        QVERIFY(looks && !looks->isEmpty());
        for (const Video &video : {m_left, m_right})
            QVERIFY(VideoStore(m_studio->catalog()).linkToLook(looks->first().id, video.id).ok());
        Job job;
        job.kind = JobKind::Render;
        job.status = JobStatus::Failed;
        job.title = QStringLiteral("Render Morning Ritual");
        job.error = QStringLiteral("The encoder stopped: disk full");
        QVERIFY(JobStore(m_studio->catalog()).create(job).ok());

        m_settings = std::make_unique<QSettings>(m_config.filePath(QStringLiteral("storyreel.ini")),
                                                 QSettings::IniFormat);
        m_services = std::make_unique<test::StudioServices>(*m_studio);
        m_window = std::make_unique<MainWindow>(*m_studio, *m_settings, m_services->queue.get());
        m_services->attachTo(*m_window);
        m_window->resize(1500, 940);
        show(*m_window);
        // A keyboard user's window: the first Tab marks it as driven by the keyboard.
        QTest::keyClick(m_window.get(), Qt::Key_Tab);
    }

    void init()
    {
        // A dialog of the previous test may have taken the activation: focus goes nowhere without it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void workspacesNameEveryControl_data()
    {
        QTest::addColumn<int>("workspace");
        QTest::addColumn<int>("libraryPage");
        QTest::newRow("storyboards") << int(MainWindow::Storyboards) << 0;
        QTest::newRow("library looks") << int(MainWindow::Library) << int(LibraryWorkspace::LooksPage);
        QTest::newRow("library videos") << int(MainWindow::Library) << int(LibraryWorkspace::VideosPage);
        QTest::newRow("jobs") << int(MainWindow::Jobs) << 0;
    }

    void workspacesNameEveryControl()
    {
        QFETCH(int, workspace);
        QFETCH(int, libraryPage);
        m_window->setWorkspace(workspace);
        m_window->libraryWorkspace()->setPage(libraryPage);
        if (workspace == MainWindow::Jobs) {
            QTableView *table = m_window->jobsWorkspace()->table();
            table->selectRow(0);  // the details pane shows its controls
        }
        QTest::qWait(50);
        const QStringList offenders = unnamedControls(m_window.get());
        for (const QString &offender : offenders)
            qInfo("unnamed: %s", qPrintable(offender));
        QVERIFY2(offenders.isEmpty(), "controls without a name or description (listed above)");
    }

    void workspacesLeaveNoControlOutOfTabReach_data() { workspacesNameEveryControl_data(); }

    void workspacesLeaveNoControlOutOfTabReach()
    {
        QFETCH(int, workspace);
        QFETCH(int, libraryPage);
        m_window->setWorkspace(workspace);
        m_window->libraryWorkspace()->setPage(libraryPage);
        QTest::qWait(50);
        const QStringList offenders = unreachableControls(m_window.get());
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // Controls that only show now and then: the title being renamed, a message's button, the dates.
    void occasionalControlsAreNamedToo()
    {
        m_window->setWorkspace(MainWindow::Storyboards);
        m_window->storyboardsWorkspace()->editor()->startRename();
        m_window->setWorkspace(MainWindow::Library);
        m_window->libraryWorkspace()->setPage(LibraryWorkspace::VideosPage);
        NoticeBar *notice = m_window->libraryWorkspace()->notice();
        notice->show(NoticeBar::Kind::Warning, QStringLiteral("Add a cloud storage first."));
        notice->addAction(QStringLiteral("Cloud Storage…"), [] {});
        find<QComboBox>("videoDateFilter")->setCurrentIndex(4);  // "Between…": the two dates show
        QStringList offenders = unnamedControls(m_window.get());
        m_window->setWorkspace(MainWindow::Storyboards);
        offenders += unnamedControls(m_window.get());
        for (const QString &offender : std::as_const(offenders))
            qInfo("unnamed: %s", qPrintable(offender));
        notice->dismiss();
        find<QComboBox>("videoDateFilter")->setCurrentIndex(0);
        QTest::keyClick(find("storyboardTitleEdit"), Qt::Key_Escape);
        find("storyboardList")->setFocus();  // the rename ends, the title stays
        QVERIFY2(offenders.isEmpty(), "controls without a name or description (listed above)");
    }

    void dialogsNameEveryControl_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char *name :
             {"accounts", "account editor", "cloud storage", "storage editor", "new video", "new explainer",
              "new storyboard", "script", "refine", "generate for look", "look picker", "video picker",
              "compare", "review", "share link", "conflicts", "player"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void dialogsNameEveryControl()
    {
        QFETCH(QString, dialog);
        std::unique_ptr<QDialog> window(makeDialog(dialog));
        QVERIFY(window);
        show(*window);
        if (auto *video = qobject_cast<NewVideoDialog *>(window.get()))
            video->setImageMode(true);  // the image row's controls too
        const QStringList offenders = unnamedControls(window.get());
        for (const QString &offender : offenders)
            qInfo("unnamed: %s", qPrintable(offender));
        QVERIFY2(offenders.isEmpty(), "controls without a name or description (listed above)");
    }

    void itemViewsSpeakTheirItems()
    {
        QStringList silent;
        for (int workspace = 0; workspace < MainWindow::WorkspaceCount; ++workspace) {
            m_window->setWorkspace(workspace);
            for (int page : {0, 1}) {
                m_window->libraryWorkspace()->setPage(page);
                for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
                    if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0 ||
                        qobject_cast<QHeaderView *>(view))
                        continue;
                    // Plain rows are read from their text; painted ones must say what the picture shows.
                    const bool painted =
                        view->itemDelegate()->metaObject() != &QStyledItemDelegate::staticMetaObject;
                    const QModelIndex first = view->model()->index(0, 0);
                    QString text = first.data(Qt::AccessibleTextRole).toString();
                    if (!painted && text.isEmpty())
                        text = first.data(Qt::DisplayRole).toString();
                    if (text.trimmed().isEmpty())
                        silent << describe(view);
                }
            }
        }
        silent.removeDuplicates();
        QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QLatin1Char('\n'))));
    }

    void focusIsVisible_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void focusIsVisible()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? ThemeMode::Dark : ThemeMode::Light);
        const auto cleanup = qScopeGuard([] { Theme::apply(ThemeMode::Light); });
        QStringList unseen;
        const auto expect = [&unseen](const char *what, int changed) {
            if (changed < 40)
                unseen << QStringLiteral("%1: %2 pixels changed").arg(QLatin1String(what)).arg(changed);
        };

        m_window->setWorkspace(MainWindow::Storyboards);
        StoryboardsWorkspace *boards = m_window->storyboardsWorkspace();
        QWidget *search = find("storyboardSearch");
        expect("rail button", widgetFocusChange(find("railButton1"), search));
        expect("storyboard row", itemFocusChange(boards->listPane()->view(), search));
        expect("scene card", itemFocusChange(boards->editor()->view(), search));
        boards->editor()->view()->setCurrentIndex(
            boards->editor()->model()->index(0, 0));  // the form edits it
        expect("push button", widgetFocusChange(find("newStoryboardButton"), search));
        expect("line edit", widgetFocusChange(search, find("newStoryboardButton")));
        expect("text box", widgetFocusChange(find("sceneDescription"), search));
        expect("spin box", widgetFocusChange(find("sceneDuration"), search));
        auto *toolBar = find<QToolBar>("sceneToolBar");
        expect("toolbar button",
               widgetFocusChange(toolBar->widgetForAction(find<QAction>("addScene")), search));
        boards->editor()->view()->setCurrentIndex(boards->editor()->model()->index(1, 0));
        boards->editor()->view()->setFocus(Qt::TabFocusReason);  // the picture shows the cards' focus
        saveScreenshot(*m_window, dark ? QStringLiteral("a11y-focus-storyboards-dark.png")
                                       : QStringLiteral("a11y-focus-storyboards.png"));

        m_window->setWorkspace(MainWindow::Library);
        LibraryWorkspace *library = m_window->libraryWorkspace();
        library->setPage(LibraryWorkspace::LooksPage);
        QWidget *filter = find("lookFilter");
        expect("look card", itemFocusChange(library->lookGrid(), filter));
        expect("video row", itemFocusChange(find<QListView>("lookVideoList"), filter));
        expect("tab bar", widgetFocusChange(find("libraryTabs"), filter));
        expect("product row", itemFocusChange(find<QAbstractItemView>("productList"), filter));
        library->lookGrid()->setFocus(Qt::TabFocusReason);
        saveScreenshot(*m_window, dark ? QStringLiteral("a11y-focus-library-dark.png")
                                       : QStringLiteral("a11y-focus-library.png"));
        library->setPage(LibraryWorkspace::VideosPage);
        QWidget *videoSearch = find("videoSearch");
        expect("video list row", itemFocusChange(find<QListView>("videoList"), videoSearch));
        expect("tool button", widgetFocusChange(find("videoFavoritesFilter"), videoSearch));
        expect("combo box", widgetFocusChange(find("videoSort"), videoSearch));

        m_window->setWorkspace(MainWindow::Jobs);
        QWidget *jobSearch = find("jobSearch");
        expect("job row", itemFocusChange(m_window->jobsWorkspace()->table(), jobSearch));
        expect("check box", widgetFocusChange(find("jobHideFinished"), jobSearch));
        m_window->jobsWorkspace()->table()->setFocus(Qt::TabFocusReason);
        saveScreenshot(*m_window, dark ? QStringLiteral("a11y-focus-jobs-dark.png")
                                       : QStringLiteral("a11y-focus-jobs.png"));

        std::unique_ptr<QDialog> video(makeDialog(QStringLiteral("new video")));
        show(*video);
        QTRY_COMPARE(QApplication::activeWindow(), video.get());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);  // a keyboard user's window
        static_cast<NewVideoDialog *>(video.get())->setImageMode(true);
        auto *drop = video->findChild<ImageDropArea *>();
        expect("image drop area",
               widgetFocusChange(drop, video->findChild<QWidget *>(QStringLiteral("videoPrompt"))));
        std::unique_ptr<QDialog> review(makeDialog(QStringLiteral("review")));
        show(*review);
        QTRY_COMPARE(QApplication::activeWindow(), review.get());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *note = review->findChild<QLineEdit *>();
        expect("player", widgetFocusChange(review->findChild<QWidget *>(QStringLiteral("player")), note));
        QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(QLatin1Char('\n'))));
    }

    void tabWalksEachWorkspaceInReadingOrder_data()
    {
        QTest::addColumn<int>("workspace");
        QTest::addColumn<int>("libraryPage");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("expected");  // in this order, others between them allowed
        const auto names = [](const char *list) { return QString::fromLatin1(list).split(u' '); };
        QTest::newRow("storyboards")
            << int(MainWindow::Storyboards) << 0 << QStringLiteral("storyboardSearch")
            << names(
                   "storyboardList newStoryboardButton deleteStoryboardButton addScene toggleListView "
                   "sceneGrid "
                   "sceneDescription sceneImagePrompt sceneDuration versionList exportFormat railButton*");
        QTest::newRow("library looks")
            << int(MainWindow::Library) << int(LibraryWorkspace::LooksPage) << QStringLiteral("libraryTabs")
            << names(
                   "refreshFromCloud syncLooks importMedia lookFilter lookGrid productList generateForLook "
                   "lookOffline lookVideoList reviewVideo unlinkVideo railButton*");
        QTest::newRow("library videos")
            << int(MainWindow::Library) << int(LibraryWorkspace::VideosPage) << QStringLiteral("libraryTabs")
            << names(
                   "importMedia videoSearch videoFavoritesFilter videoSort videoStatusFilter videoDateFilter "
                   "videoList railButton*");
        QTest::newRow("jobs")
            << int(MainWindow::Jobs) << 0 << QStringLiteral("jobStatusFilter")
            << names(
                   "jobSearch jobHideFinished retryJobs removeJobs jobTable jobParams jobEvents "
                   "railButton*");
    }

    void tabWalksEachWorkspaceInReadingOrder()
    {
        QFETCH(int, workspace);
        QFETCH(int, libraryPage);
        QFETCH(QString, start);
        QFETCH(QStringList, expected);
        m_window->setWorkspace(workspace);
        m_window->libraryWorkspace()->setPage(libraryPage);
        // Something selected, so the controls acting on a selection are enabled (Tab skips disabled ones).
        if (workspace == MainWindow::Jobs)
            m_window->jobsWorkspace()->table()->selectRow(0);
        if (workspace == MainWindow::Storyboards) {
            SceneEditor *editor = m_window->storyboardsWorkspace()->editor();
            editor->view()->setCurrentIndex(editor->model()->index(0, 0));
        }
        if (workspace == MainWindow::Library) {
            QListView *videos = m_window->libraryWorkspace()->detailsPane()->videoList();
            videos->setCurrentIndex(videos->model()->index(0, 0));
        }
        QTest::qWait(50);
        QWidget *first = m_window->findChild<QWidget *>(start);
        QVERIFY(first);
        const QStringList visited = tabWalk(first);
        const QString walk = visited.join(QStringLiteral(" → "));
        QVERIFY2(!walk.contains(QStringLiteral("STUCK")) && !walk.contains(QStringLiteral("NO WAY BACK")) &&
                     !walk.contains(QStringLiteral("LEFT the window")),
                 qPrintable(walk));
        qsizetype at = 0;
        for (const QString &name : std::as_const(expected)) {
            // "railButton*": the rail is one stop (its checked button); arrows move inside it.
            qsizetype found = -1;
            for (qsizetype i = at; i < visited.size() && found < 0; ++i) {
                if (name.endsWith(u'*') ? visited.at(i).startsWith(name.chopped(1)) : visited.at(i) == name)
                    found = i;
            }
            QVERIFY2(found >= 0,
                     qPrintable(QStringLiteral("%1 not after %2 in: %3").arg(name, visited.value(at), walk)));
            at = found;
        }
    }

    void contextMenusOpenFromTheKeyboard_data()
    {
        QTest::addColumn<int>("workspace");
        QTest::addColumn<int>("libraryPage");
        QTest::addColumn<QString>("view");
        QTest::newRow("scenes") << int(MainWindow::Storyboards) << 0 << QStringLiteral("sceneGrid");
        QTest::newRow("look videos") << int(MainWindow::Library) << 0 << QStringLiteral("lookVideoList");
        QTest::newRow("all videos") << int(MainWindow::Library) << 1 << QStringLiteral("videoList");
        QTest::newRow("jobs") << int(MainWindow::Jobs) << 0 << QStringLiteral("jobTable");
    }

    void contextMenusOpenFromTheKeyboard()
    {
        QFETCH(int, workspace);
        QFETCH(int, libraryPage);
        QFETCH(QString, view);
        m_window->setWorkspace(workspace);
        m_window->libraryWorkspace()->setPage(libraryPage);
        auto *list = m_window->findChild<QAbstractItemView *>(view);
        QVERIFY(list && list->isVisible());
        list->setCurrentIndex(list->model()->index(0, 0));
        list->setFocus(Qt::TabFocusReason);
        QVERIFY(contextMenuOpens([list] { QTest::keyClick(list, Qt::Key_F10, Qt::ShiftModifier); }));
        // The Menu key reaches a widget as this event (the platform turns the key into it).
        QVERIFY(contextMenuOpens([list] {
            const QPoint at = list->visualRect(list->currentIndex()).center();
            QContextMenuEvent event(QContextMenuEvent::Keyboard, at, list->mapToGlobal(at));
            QApplication::sendEvent(list, &event);
        }));
    }

    void enterDoesWhatDoubleClickDoes()
    {
        m_window->setWorkspace(MainWindow::Storyboards);
        SceneEditor *editor = m_window->storyboardsWorkspace()->editor();
        QListView *boards = m_window->storyboardsWorkspace()->listPane()->view();
        boards->setFocus(Qt::TabFocusReason);
        QTest::keyClick(boards, Qt::Key_Return);
        QVERIFY2(editor->view()->hasFocus(), "Return on a storyboard opens it: focus in its scenes");

        editor->view()->setCurrentIndex(editor->model()->index(0, 0));
        QTest::keyClick(editor->view(), Qt::Key_Return);
        auto *inline_ = editor->view()->findChild<QLineEdit *>();
        QVERIFY2(inline_ && inline_->isVisible(), "Return on a scene edits it, like a double-click");
        QTest::keyClick(inline_, Qt::Key_Escape);

        m_window->setWorkspace(MainWindow::Jobs);
        QTableView *jobs = m_window->jobsWorkspace()->table();
        jobs->setFocus(Qt::TabFocusReason);
        jobs->selectRow(0);
        QTest::keyClick(jobs, Qt::Key_Return);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && m_window->jobsWorkspace()->detailsPane()->isAncestorOf(focus),
                 "Return on a job shows its details");

        m_window->setWorkspace(MainWindow::Library);
        m_window->libraryWorkspace()->setPage(LibraryWorkspace::LooksPage);
        QListView *looks = m_window->libraryWorkspace()->lookGrid();
        looks->setFocus(Qt::TabFocusReason);
        QTest::keyClick(looks, Qt::Key_Return);
        focus = QApplication::focusWidget();
        QVERIFY2(focus && m_window->libraryWorkspace()->detailsPane()->isAncestorOf(focus),
                 "Return on a look opens its details");
    }

    void scenesMoveWithTheKeyboard()
    {
        m_window->setWorkspace(MainWindow::Storyboards);
        SceneEditor *editor = m_window->storyboardsWorkspace()->editor();
        const QString first = editor->document()->scenes().at(0).description;
        editor->view()->setFocus(Qt::TabFocusReason);
        editor->view()->setCurrentIndex(editor->model()->index(0, 0));
        QTest::keyClick(editor->view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(editor->document()->scenes().at(1).description, first);
        QCOMPARE(editor->currentRow(), 1);
        QTest::keyClick(editor->view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(editor->document()->scenes().at(0).description, first);

        // Copy and paste stand in for dragging a scene (to another storyboard, or as a copy).
        const int count = editor->document()->sceneCount();
        QTest::keyClick(editor->view(), Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(editor->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(editor->document()->sceneCount(), count + 1);
        QCOMPARE(editor->document()->scenes().at(0).description, first);
        QCOMPARE(editor->document()->scenes().at(1).description, first);
        editor->document()->undoStack()->undo();
        QCOMPARE(editor->document()->sceneCount(), count);
    }

    void railMovesWithArrows()
    {
        m_window->setWorkspace(MainWindow::Storyboards);
        QWidget *rail = find("railButton0");
        QVERIFY(giveFocus(rail));
        QTest::keyClick(rail, Qt::Key_Down);
        QCOMPARE(m_window->workspace(), int(MainWindow::Library));
        QVERIFY(find("railButton1")->hasFocus());
        QTest::keyClick(find("railButton1"), Qt::Key_Up);
        QCOMPARE(m_window->workspace(), int(MainWindow::Storyboards));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
