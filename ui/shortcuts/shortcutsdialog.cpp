#include "shortcutsdialog.h"

#include "keyrecorder.h"
#include "shortcutregistry.h"
#include "widgets/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyreel {
namespace {

constexpr int kIdRole = Qt::UserRole;
enum Column { CommandColumn, KeysColumn };

}  // namespace

ShortcutsDialog::ShortcutsDialog(ShortcutRegistry &registry, QWidget *parent)
    : QDialog(parent),
      m_registry(registry),
      m_filter(new QLineEdit(this)),
      m_tree(new QTreeWidget(this)),
      m_editorLabel(new QLabel(this)),
      m_recorder(new KeyRecorder(this)),
      m_clear(new QPushButton(tr("C&lear"), this)),
      m_reset(new QPushButton(tr("&Reset"), this)),
      m_conflict(new QLabel(this)),
      m_takeOver(new QPushButton(tr("&Take Over"), this)),
      m_resetAll(new QPushButton(tr("Reset &All"), this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(680, 620);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Type part of a command's name or a key"));
    m_filter->setToolTip(tr("Shows the commands whose name, category or key contains the text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setAccessibleName(tr("Commands and their keys"));
    m_tree->setToolTip(tr("Choose a command, then press its new key in the Key field below"));
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);

    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_recorder);
    m_editorLabel->setObjectName(QStringLiteral("shortcutCommand"));
    m_editorLabel->setWordWrap(true);
    QFont bold = m_editorLabel->font();
    bold.setBold(true);
    m_editorLabel->setFont(bold);
    m_recorder->setObjectName(QStringLiteral("shortcutRecorder"));
    m_recorder->setAccessibleName(tr("Key of the selected command"));
    m_clear->setObjectName(QStringLiteral("clearShortcut"));
    m_clear->setToolTip(tr("Leave the selected command without a key"));
    m_reset->setObjectName(QStringLiteral("resetShortcut"));
    m_reset->setToolTip(tr("Give the selected command its default keys again"));
    m_resetAll->setObjectName(QStringLiteral("resetAllShortcuts"));
    m_resetAll->setToolTip(tr("Give every command its default keys again"));
    for (QPushButton *button : {m_clear, m_reset, m_takeOver, m_resetAll})
        button->setAutoDefault(false);

    auto *conflictBox = new QFrame(this);
    conflictBox->setObjectName(QStringLiteral("shortcutConflictBox"));
    conflictBox->setFrameShape(QFrame::StyledPanel);
    auto *warningIcon = new QLabel(conflictBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_conflict->setObjectName(QStringLiteral("shortcutConflict"));
    m_conflict->setWordWrap(true);
    m_conflict->setParent(conflictBox);
    m_takeOver->setObjectName(QStringLiteral("takeOverShortcut"));
    m_takeOver->setParent(conflictBox);
    m_takeOver->setToolTip(tr("Move the key to the selected command; the other command loses it"));
    auto *conflictRow = new QHBoxLayout(conflictBox);
    conflictRow->addWidget(warningIcon, 0, Qt::AlignTop);
    conflictRow->addWidget(m_conflict, 1);
    conflictRow->addWidget(m_takeOver, 0, Qt::AlignVCenter);
    conflictBox->hide();

    auto *editor = new QGridLayout;
    editor->addWidget(m_editorLabel, 0, 0, 1, 4);
    editor->addWidget(keyLabel, 1, 0);
    editor->addWidget(m_recorder, 1, 1);
    editor->addWidget(m_clear, 1, 2);
    editor->addWidget(m_reset, 1, 3);
    editor->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resetAll, QDialogButtonBox::ResetRole);
    describeStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(editor);
    layout->addWidget(conflictBox);
    layout->addWidget(buttons);
    const QList<QWidget *> tabOrder{m_filter, m_tree, m_recorder, m_clear, m_reset, m_takeOver, m_resetAll};
    for (qsizetype at = 1; at < tabOrder.size(); ++at)
        setTabOrder(tabOrder.at(at - 1), tabOrder.at(at));

    fill();
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        clearConflict();
        showSelected();
    });
    // Enter on a command goes to its key, ready for the new one.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (!selectedId().isEmpty())
            m_recorder->setFocus(Qt::OtherFocusReason);
    });
    connect(m_recorder, &KeyRecorder::keyRecorded, this, [this](const QKeySequence &key) { assign({key}); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearConflict();
        m_registry.setKeys(selectedId(), {});
    });
    connect(m_reset, &QPushButton::clicked, this, [this] { assign(m_registry.defaultKeys(selectedId())); });
    connect(m_takeOver, &QPushButton::clicked, this, &ShortcutsDialog::takeOver);
    connect(m_resetAll, &QPushButton::clicked, this, [this] {
        clearConflict();
        m_registry.resetAll();
    });
    connect(&m_registry, &ShortcutRegistry::keysChanged, this, [this](const QString &id) {
        refreshRow(id);
        if (id == selectedId())
            showSelected();
    });
    if (QTreeWidgetItem *first =
            m_tree->topLevelItemCount() > 0 ? m_tree->topLevelItem(0)->child(0) : nullptr)
        m_tree->setCurrentItem(first);
    showSelected();
    m_tree->setFocus(Qt::OtherFocusReason);
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the filter goes on to the commands it left.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_tree->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ShortcutsDialog::fill()
{
    QHash<QString, QTreeWidgetItem *> categories;
    for (const ShortcutCommand &command : m_registry.commands()) {
        QTreeWidgetItem *&category = categories[QString::fromUtf8(command.category)];
        if (!category) {
            category = new QTreeWidgetItem(m_tree, {command.categoryText()});
            category->setFlags(Qt::ItemIsEnabled);
            QFont bold = category->font(CommandColumn);
            bold.setBold(true);
            category->setFont(CommandColumn, bold);
            category->setFirstColumnSpanned(true);
        }
        auto *row = new QTreeWidgetItem(category, {command.labelText()});
        row->setData(CommandColumn, kIdRole, command.id);
        refreshRow(command.id);
    }
    m_tree->expandAll();
}

QTreeWidgetItem *ShortcutsDialog::rowOf(const QString &id) const
{
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *category = m_tree->topLevelItem(top);
        for (int child = 0; child < category->childCount(); ++child) {
            if (category->child(child)->data(CommandColumn, kIdRole).toString() == id)
                return category->child(child);
        }
    }
    return nullptr;
}

void ShortcutsDialog::refreshRow(const QString &id)
{
    QTreeWidgetItem *row = rowOf(id);
    if (!row)
        return;
    const bool customized = m_registry.isCustomized(id);
    row->setText(KeysColumn, m_registry.keysText(id));
    QFont font = row->font(KeysColumn);
    font.setBold(customized);
    row->setFont(KeysColumn, font);
    QStringList defaults;
    for (const QKeySequence &key : m_registry.defaultKeys(id))
        defaults.append(key.toString(QKeySequence::NativeText));
    const QString defaultText = defaults.isEmpty() ? tr("none") : defaults.join(tr(", "));
    row->setToolTip(KeysColumn,
                    customized ? tr("Changed; the default is %1").arg(defaultText) : tr("The default keys"));
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *category = m_tree->topLevelItem(top);
        const bool wholeCategory = category->text(CommandColumn).contains(needle, Qt::CaseInsensitive);
        bool anyShown = false;
        for (int child = 0; child < category->childCount(); ++child) {
            QTreeWidgetItem *row = category->child(child);
            const bool shown = wholeCategory ||
                               row->text(CommandColumn).contains(needle, Qt::CaseInsensitive) ||
                               row->text(KeysColumn).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        category->setHidden(!anyShown);
    }
    // Keep a command selected while one is shown, so the Key field always says whose key it is.
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current || current->isHidden() || (current->parent() && current->parent()->isHidden())) {
        QTreeWidgetItem *firstShown = nullptr;
        for (int top = 0; top < m_tree->topLevelItemCount() && !firstShown; ++top) {
            QTreeWidgetItem *category = m_tree->topLevelItem(top);
            for (int child = 0; child < category->childCount() && !firstShown; ++child) {
                if (!category->isHidden() && !category->child(child)->isHidden())
                    firstShown = category->child(child);
            }
        }
        m_tree->setCurrentItem(firstShown);
        if (!firstShown)
            showSelected();
    }
}

bool ShortcutsDialog::select(const QString &id)
{
    QTreeWidgetItem *row = rowOf(id);
    if (!row)
        return false;
    if (row->isHidden() || row->parent()->isHidden())
        m_filter->clear();
    m_tree->setCurrentItem(row);
    m_tree->scrollToItem(row);
    return true;
}

QString ShortcutsDialog::selectedId() const
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    return current ? current->data(CommandColumn, kIdRole).toString() : QString();
}

int ShortcutsDialog::commandCount() const
{
    int count = 0;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top)
        count += m_tree->topLevelItem(top)->childCount();
    return count;
}

QString ShortcutsDialog::conflictText() const
{
    return m_conflict->parentWidget()->isVisible() ? m_conflict->text() : QString();
}

void ShortcutsDialog::showSelected()
{
    const QString id = selectedId();
    const ShortcutCommand *command = m_registry.command(id);
    m_recorder->setEnabled(command);
    m_clear->setEnabled(command && !m_registry.keys(id).isEmpty());
    m_reset->setEnabled(command && m_registry.isCustomized(id));
    if (!command) {
        m_editorLabel->setText(tr("Choose a command to change its keys."));
        m_recorder->clear();
        return;
    }
    m_editorLabel->setText(tr("%1 — %2").arg(command->categoryText(), command->labelText()));
    m_recorder->setText(m_registry.keysText(id));
    m_recorder->setAccessibleDescription(
        tr("Press a key combination to make it the key of %1").arg(command->labelText()));
}

void ShortcutsDialog::assign(const QList<QKeySequence> &keys)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QStringList taken;
    QStringList keyTexts;
    for (const QKeySequence &key : keys) {
        const QStringList others = m_registry.conflicts(id, key);
        if (others.isEmpty())
            continue;
        keyTexts.append(key.toString(QKeySequence::NativeText));
        for (const QString &other : others) {
            const ShortcutCommand *command = m_registry.command(other);
            const QString name = tr("“%1” (%2)").arg(command->labelText(), command->categoryText());
            if (!taken.contains(name))
                taken.append(name);
        }
    }
    if (taken.isEmpty()) {
        clearConflict();
        m_registry.setKeys(id, keys);
        return;
    }
    m_pending = keys;
    m_conflict->setText(tr("%1 is already the key of %2, which can be active at the same time. Press another "
                           "key, or Take Over to move it here.")
                            .arg(keyTexts.join(tr(", ")), taken.join(tr(", "))));
    m_conflict->parentWidget()->show();
    m_recorder->setText(m_registry.keysText(id));
}

void ShortcutsDialog::takeOver()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_pending.isEmpty())
        return;
    for (const QKeySequence &key : std::as_const(m_pending)) {
        for (const QString &other : m_registry.conflicts(id, key)) {
            QList<QKeySequence> remaining = m_registry.keys(other);
            remaining.removeAll(key);
            m_registry.setKeys(other, remaining);
        }
    }
    const QList<QKeySequence> keys = std::exchange(m_pending, {});
    clearConflict();
    m_registry.setKeys(id, keys);
    m_recorder->setFocus(Qt::OtherFocusReason);
}

void ShortcutsDialog::clearConflict()
{
    m_pending.clear();
    // Focus on Take Over would vanish with its box: back to the key field.
    if (m_takeOver->hasFocus())
        m_recorder->setFocus(Qt::OtherFocusReason);
    m_conflict->clear();
    m_conflict->parentWidget()->hide();
}

}  // namespace storyreel
