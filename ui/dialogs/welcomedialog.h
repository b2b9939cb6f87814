#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;

namespace storyreel {

class AccountEditor;
class MainWindow;
class StorageEditor;

// Help ▸ Welcome to Storyreel Studio: the three workspaces in a line or two each, and the first steps
// (a provider account, a cloud storage, the sample storyboard). It opens by itself on the first start
// and later only while "Show this at startup" is ticked. Non-modal; a child of the window it acts on.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(MainWindow &window, QSettings &settings);
    ~WelcomeDialog() override;

    // Whether the welcome opens by itself at this start: never shown yet, or the user asked for it.
    static bool isDueAtStartup(const QSettings &settings);
    bool showAtStartup() const;
    // Enables the buttons for what the window can do now (services set, the sample storyboard there).
    void updateActions();

public Q_SLOTS:
    // The buttons' work. Each returns what it opened (for tests): nullptr without the service.
    AccountEditor *addProviderAccount();
    StorageEditor *addCloudStorage();
    // Shows the sample storyboard in Storyboards and closes the welcome; false (and says why) when the
    // user deleted it: the studio creates the sample only once per catalog.
    bool openSampleProject();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildBanner();
    QWidget *buildWorkspaceRow(const QString &iconPath, const QString &name, const QString &shortcut,
                               const QString &description);
    static void setReason(QPushButton *button, bool enabled, const QString &why);

    MainWindow &m_window;
    QSettings &m_settings;
    QPushButton *m_addAccount;
    QPushButton *m_addStorage;
    QPushButton *m_openSample;
    QPushButton *m_close;
    QCheckBox *m_showAtStartup;
    QLabel *m_note;  // why the sample cannot open, when it cannot
};

}  // namespace storyreel
