#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace storyreel {

class KeyRecorder;
class ShortcutRegistry;

// Help › Keyboard Shortcuts: every command of the registry by category, a filter, and the selected
// command's keys to change (press a new key), clear or reset; Reset All. A key another command uses where
// both can be active is refused with a warning, and Take Over moves it here. Changes apply at once; the
// registry tells MainWindow to save them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(ShortcutRegistry &registry, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    KeyRecorder *recorder() const { return m_recorder; }
    // Selects a command's row (showing it if the filter hid it); false for an unknown id.
    bool select(const QString &id);
    QString selectedId() const;
    // The commands listed (not counting the category rows); the filter hides rows but keeps them listed.
    int commandCount() const;
    // The warning about a refused key; empty when there is none.
    QString conflictText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void applyFilter(const QString &text);
    void showSelected();
    void refreshRow(const QString &id);
    QTreeWidgetItem *rowOf(const QString &id) const;
    // Gives the selected command these keys, or explains what they would take from another command.
    void assign(const QList<QKeySequence> &keys);
    void takeOver();
    void clearConflict();

    ShortcutRegistry &m_registry;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_editorLabel;
    KeyRecorder *m_recorder;
    QPushButton *m_clear;
    QPushButton *m_reset;
    QLabel *m_conflict;
    QPushButton *m_takeOver;
    QPushButton *m_resetAll;
    QList<QKeySequence> m_pending;  // refused keys Take Over would assign
};

}  // namespace storyreel
