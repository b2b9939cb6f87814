#include "shortcutregistry.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QSettings>
#include <QShortcut>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace storyreel {

Q_LOGGING_CATEGORY(lcShortcuts, "storyreel.ui.shortcuts")

namespace {

constexpr const char *kCatalogContext = "storyreel::ShortcutCatalog";

QList<QKeySequence> withoutEmpty(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> result;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !result.contains(key))
            result.append(key);
    }
    return result;
}

QKeySequence pressed(int key, Qt::KeyboardModifiers modifiers)
{
    // A key on the keypad is the same command as the key elsewhere.
    return QKeySequence(QKeyCombination(modifiers & ~Qt::KeypadModifier, Qt::Key(key)));
}

}  // namespace

QString ShortcutCommand::categoryText() const
{
    return QCoreApplication::translate(kCatalogContext, category);
}

QString ShortcutCommand::labelText() const
{
    return QCoreApplication::translate(kCatalogContext, label);
}

ShortcutRegistry &ShortcutRegistry::instance()
{
    static ShortcutRegistry registry;
    return registry;
}

ShortcutRegistry::ShortcutRegistry() : m_commands(builtInShortcuts())
{
    for (int row = 0; row < m_commands.size(); ++row) {
        ShortcutCommand &command = m_commands[row];
        command.defaults = withoutEmpty(command.defaults);
        Q_ASSERT_X(!m_index.contains(command.id), "ShortcutRegistry", "a command id is used twice");
        m_index.insert(command.id, row);
    }
}

const ShortcutCommand *ShortcutRegistry::command(const QString &id) const
{
    const auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : &m_commands.at(*found);
}

QList<QKeySequence> ShortcutRegistry::defaultKeys(const QString &id) const
{
    const ShortcutCommand *found = command(id);
    return found ? found->defaults : QList<QKeySequence>();
}

QList<QKeySequence> ShortcutRegistry::keys(const QString &id) const
{
    const auto custom = m_overrides.constFind(id);
    return custom != m_overrides.constEnd() ? *custom : defaultKeys(id);
}

QString ShortcutRegistry::keysText(const QString &id) const
{
    QStringList texts;
    for (const QKeySequence &key : keys(id))
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(tr(", "));
}

QString ShortcutRegistry::withKeys(const QString &text, const QString &id) const
{
    const QString keyText = keysText(id);
    return keyText.isEmpty() ? text : tr("%1 (%2)").arg(text, keyText);
}

QString jobsWithKeys()
{
    return ShortcutRegistry::instance().withKeys(ShortcutRegistry::tr("Jobs"), QStringLiteral("view.jobs"));
}

void ShortcutRegistry::change(const QString &id, const QList<QKeySequence> &keys, bool byUser)
{
    const QList<QKeySequence> before = this->keys(id);
    const QList<QKeySequence> after = withoutEmpty(keys);
    if (after == defaultKeys(id))
        m_overrides.remove(id);
    else
        m_overrides.insert(id, after);
    if (after == before)
        return;
    Q_EMIT keysChanged(id);
    if (byUser)
        Q_EMIT edited(id);
}

void ShortcutRegistry::setKeys(const QString &id, const QList<QKeySequence> &keys)
{
    if (!command(id)) {
        qCWarning(lcShortcuts) << "no shortcut command" << id;
        return;
    }
    change(id, keys, true);
}

void ShortcutRegistry::reset(const QString &id)
{
    setKeys(id, defaultKeys(id));
}

void ShortcutRegistry::resetAll()
{
    const QStringList customized = m_overrides.keys();
    for (const QString &id : customized)
        reset(id);
}

bool ShortcutRegistry::scopesOverlap(const QString &a, const QString &b)
{
    for (QString scope = a; !scope.isEmpty(); scope = parentShortcutScope(scope)) {
        if (scope == b)
            return true;
    }
    for (QString scope = b; !scope.isEmpty(); scope = parentShortcutScope(scope)) {
        if (scope == a)
            return true;
    }
    return false;
}

QStringList ShortcutRegistry::conflicts(const QString &id, const QKeySequence &key) const
{
    QStringList found;
    const ShortcutCommand *mine = command(id);
    if (!mine || key.isEmpty())
        return found;
    for (const ShortcutCommand &other : m_commands) {
        if (other.id == id || !keys(other.id).contains(key))
            continue;
        const bool together =
            std::any_of(mine->scopes.cbegin(), mine->scopes.cend(), [&other](const QString &a) {
                return std::any_of(other.scopes.cbegin(), other.scopes.cend(),
                                   [&a](const QString &b) { return scopesOverlap(a, b); });
            });
        if (together)
            found.append(other.id);
    }
    return found;
}

void ShortcutRegistry::load(QSettings &settings)
{
    settings.beginGroup(QLatin1String(kSettingsGroup));
    QHash<QString, QList<QKeySequence>> loaded;
    for (const ShortcutCommand &command : std::as_const(m_commands)) {
        if (!settings.contains(command.id))
            continue;
        // A hand-edited INI value with commas reads back as a list.
        const QVariant value = settings.value(command.id);
        const QString text = value.typeId() == QMetaType::QStringList
                                 ? value.toStringList().join(QLatin1Char(','))
                                 : value.toString();
        const QList<QKeySequence> keys =
            withoutEmpty(QKeySequence::listFromString(text, QKeySequence::PortableText));
        if (keys != command.defaults)
            loaded.insert(command.id, keys);
    }
    settings.endGroup();
    const QHash<QString, QList<QKeySequence>> before = std::exchange(m_overrides, loaded);
    for (const ShortcutCommand &command : std::as_const(m_commands)) {
        if (before.value(command.id, command.defaults) != keys(command.id))
            Q_EMIT keysChanged(command.id);
    }
}

void ShortcutRegistry::save(QSettings &settings, const QString &id) const
{
    settings.beginGroup(QLatin1String(kSettingsGroup));
    if (isCustomized(id))
        settings.setValue(id, QKeySequence::listToString(keys(id), QKeySequence::PortableText));
    else
        settings.remove(id);
    settings.endGroup();
}

void ShortcutRegistry::bind(QAction *action, const QString &id, const QString &tip)
{
    if (!command(id))
        qCWarning(lcShortcuts) << "no shortcut command" << id << "for" << action->text();
    action->setProperty(kIdProperty, id);
    const auto apply = [this, action, id, tip] {
        action->setShortcuts(keys(id));
        if (!tip.isEmpty())
            action->setToolTip(withKeys(tip, id));
    };
    apply();
    connect(this, &ShortcutRegistry::keysChanged, action, [apply, id](const QString &changed) {
        if (changed == id)
            apply();
    });
}

void ShortcutRegistry::bind(QShortcut *shortcut, const QString &id)
{
    if (!command(id))
        qCWarning(lcShortcuts) << "no shortcut command" << id;
    shortcut->setProperty(kIdProperty, id);
    shortcut->setKeys(keys(id));
    connect(this, &ShortcutRegistry::keysChanged, shortcut, [this, shortcut, id](const QString &changed) {
        if (changed == id)
            shortcut->setKeys(keys(id));
    });
}

void ShortcutRegistry::bindToolTip(QWidget *widget, const QString &id, const QString &tip)
{
    widget->setToolTip(withKeys(tip, id));
    connect(this, &ShortcutRegistry::keysChanged, widget, [this, widget, id, tip](const QString &changed) {
        if (changed == id)
            widget->setToolTip(withKeys(tip, id));
    });
}

QString ShortcutRegistry::match(const QString &scope, int key, Qt::KeyboardModifiers modifiers) const
{
    const QKeySequence sequence = pressed(key, modifiers);
    for (const ShortcutCommand &command : m_commands) {
        if (command.scopes.contains(scope) && keys(command.id).contains(sequence))
            return command.id;
    }
    return {};
}

bool ShortcutRegistry::matches(const QString &id, const QKeyEvent *event) const
{
    return keys(id).contains(pressed(event->key(), event->modifiers()));
}

}  // namespace storyreel
