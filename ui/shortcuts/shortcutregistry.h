#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QKeyEvent;
class QSettings;
class QShortcut;
class QWidget;

namespace storyreel {

// One command that can have keys: a stable id ("library.upload"), where it is listed, what it is called,
// its default keys and the scopes where its keys work (see ShortcutRegistry::scopesOverlap).
// Category and label are untranslated source texts (context "storyreel::ShortcutCatalog"): they are
// translated when shown, so a language change needs nothing here.
struct ShortcutCommand
{
    QString id;
    const char *category = "";
    const char *label = "";
    QList<QKeySequence> defaults;
    QStringList scopes;

    QString categoryText() const;
    QString labelText() const;
};

// Every command with a key, the user's keys for them, and the actions and shortcuts that carry them.
// One per process: panes made deep inside workspaces (and made again later) bind their actions here, and
// a change reaches every bound action at once. MainWindow loads the user's keys from its QSettings (group
// "shortcuts", only the commands whose keys differ from the default) and saves each edit there.
class ShortcutRegistry final : public QObject
{
    Q_OBJECT

public:
    static ShortcutRegistry &instance();

    const QList<ShortcutCommand> &commands() const { return m_commands; }
    const ShortcutCommand *command(const QString &id) const;
    QList<QKeySequence> keys(const QString &id) const;
    QList<QKeySequence> defaultKeys(const QString &id) const;
    bool isCustomized(const QString &id) const { return m_overrides.contains(id); }
    // The keys in the platform's words ("Ctrl+U", "⌘U"), several separated by commas; empty when none.
    QString keysText(const QString &id) const;
    // "Upload the video (Ctrl+U)", or the text alone when the command has no key.
    QString withKeys(const QString &text, const QString &id) const;

    // Edits by the user: bound actions follow, and edited() tells MainWindow to save.
    void setKeys(const QString &id, const QList<QKeySequence> &keys);
    void reset(const QString &id);
    void resetAll();
    // The other commands that already use `key` where both could be active at once.
    QStringList conflicts(const QString &id, const QKeySequence &key) const;
    // Whether keys of commands in these scopes can be active at the same time (one scope is inside the
    // other, e.g. the whole window and a pane of it). Sibling panes may reuse a key.
    static bool scopesOverlap(const QString &a, const QString &b);

    // Replaces the user's keys with those in `settings` (defaults for everything not there).
    void load(QSettings &settings);
    // Writes one command's keys to `settings` (removes the entry when they are the default).
    void save(QSettings &settings, const QString &id) const;

    // The action gets the command's keys now and whenever they change; with a tip, its tooltip is the tip
    // followed by the keys. The action's "shortcutId" property names the command.
    void bind(QAction *action, const QString &id, const QString &tip = {});
    void bind(QShortcut *shortcut, const QString &id);
    // A widget whose tooltip names the keys of a command that is carried by another object.
    void bindToolTip(QWidget *widget, const QString &id, const QString &tip);

    // For widgets that read keys themselves (the player): the command of `scope` whose key is this one
    // key press, or an empty string.
    QString match(const QString &scope, int key, Qt::KeyboardModifiers modifiers) const;
    // Whether the key press is one of the command's keys.
    bool matches(const QString &id, const QKeyEvent *event) const;

    static constexpr const char *kSettingsGroup = "shortcuts";
    static constexpr const char *kIdProperty = "shortcutId";

Q_SIGNALS:
    // Emitted when a command's keys changed: an edit, a reset or loading other settings.
    void keysChanged(const QString &id);
    // Emitted after the user's edit, reset or reset-all changed a command's keys (not after load()).
    void edited(const QString &id);

private:
    ShortcutRegistry();
    void change(const QString &id, const QList<QKeySequence> &keys, bool byUser);

    QList<ShortcutCommand> m_commands;
    QHash<QString, int> m_index;                      // id → position in m_commands
    QHash<QString, QList<QKeySequence>> m_overrides;  // only the commands whose keys are not the default
};

// The built-in commands, in the order the shortcuts dialog lists them (shortcutcatalog.cpp).
QList<ShortcutCommand> builtInShortcuts();
// The scope a scope sits in ("jobs.table" is inside "jobs", a pane inside "window"); empty for a window.
QString parentShortcutScope(const QString &scope);
// "Jobs (Ctrl+3)" with the user's key: where messages send people to follow a job they started.
QString jobsWithKeys();

}  // namespace storyreel
