#include "reviewnotespanel.h"

#include "playerwidget.h"
#include "reviewnotecommand.h"
#include "reviewnotescsv.h"
#include "reviewnotestore.h"
#include "shortcuts/shortcutregistry.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QUndoStack>
#include <QVBoxLayout>

namespace storyreel {

namespace {

enum Role { NoteIdRole = Qt::UserRole + 1, NoteTextRole, EditedTextRole };

// Edits only the note's text (the row shows time and text); the edit comes back as EditedTextRole
// for the panel to save with undo.
class NoteTextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setAccessibleName(ReviewNotesPanel::tr("Note text"));
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QLineEdit *>(editor)->setText(index.data(NoteTextRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), EditedTextRole);
    }
};

}  // namespace

ReviewNotesPanel::ReviewNotesPanel(const Catalog &catalog, RowId videoId, PlayerWidget *player,
                                   QWidget *parent)
    : QWidget(parent),
      m_catalog(catalog),
      m_videoId(videoId),
      m_player(player),
      m_text(new QLineEdit(this)),
      m_at(new QLabel(this)),
      m_add(new QPushButton(tr("Add Note at Playhead"), this)),
      m_list(new QListWidget(this)),
      m_edit(new QPushButton(tr("Edit"), this)),
      m_delete(new QPushButton(tr("Delete"), this)),
      m_export(new QPushButton(tr("Export Notes as CSV…"), this)),
      m_status(new QLabel(this)),
      m_undo(new QUndoStack(this)),
      m_addAction(new QAction(tr("Add Note at Playhead"), this))
{
    setObjectName(QStringLiteral("reviewNotes"));
    auto *heading = new QLabel(tr("Review notes"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_text->setPlaceholderText(tr("Type a note: the video pauses where you start"));
    m_text->setAccessibleName(tr("New note"));
    m_text->setToolTip(tr("Typing pauses the video; Return or Ctrl+Return adds the note at that moment."));
    m_text->setClearButtonEnabled(true);
    m_at->setObjectName(QStringLiteral("noteAt"));
    m_at->setAccessibleName(tr("Note position"));
    m_add->setAccessibleName(tr("Add Note at Playhead"));
    m_add->setToolTip(tr("Pauses and adds the note at the playhead (N; Ctrl+Return in the text field)"));
    ShortcutRegistry &shortcuts = ShortcutRegistry::instance();
    shortcuts.bind(m_addAction, QStringLiteral("review.addNote"));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_list->setAccessibleName(tr("Notes by time"));
    m_list->setToolTip(tr("Select a note to jump there; double-click or F2 edits, Del deletes"));
    m_list->setAccessibleDescription(m_list->toolTip());  // item views take no description from a tooltip
    m_list->setItemDelegate(new NoteTextDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(false);
    m_edit->setToolTip(tr("Edit the selected note's text (F2 or double-click)"));
    m_delete->setToolTip(tr("Delete the selected note (Del; Ctrl+Z brings it back)"));
    m_export->setToolTip(tr("Save the notes as a CSV file: time, seconds, note"));
    m_status->setObjectName(QStringLiteral("notesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleDescription(tr("What happened to the notes last"));
    for (QPushButton *button : {m_add, m_edit, m_delete, m_export})
        button->setAutoDefault(false);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    shortcuts.bind(undo, QStringLiteral("edit.undo"));
    shortcuts.bind(redo, QStringLiteral("edit.redo"));
    auto *deleteAction = new QAction(tr("Delete Note"), m_list);
    shortcuts.bind(deleteAction, QStringLiteral("review.deleteNote"));
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_windowActions << action;
    }
    m_windowActions << m_addAction;
    addActions(m_windowActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_text);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_at, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    layout->addWidget(m_list, 1);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addWidget(m_delete);
    editRow->addStretch(1);
    editRow->addWidget(m_export);
    layout->addLayout(editRow);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &ReviewNotesPanel::addNoteAtPlayhead);
    connect(m_addAction, &QAction::triggered, this, &ReviewNotesPanel::addNoteAtPlayhead);
    connect(m_text, &QLineEdit::returnPressed, this, &ReviewNotesPanel::addNoteAtPlayhead);
    auto *typedNote = new QShortcut(m_text);
    typedNote->setContext(Qt::WidgetShortcut);
    shortcuts.bind(typedNote, QStringLiteral("review.addTypedNote"));
    connect(typedNote, &QShortcut::activated, this, &ReviewNotesPanel::addNoteAtPlayhead);
    connect(m_text, &QLineEdit::textEdited, this, &ReviewNotesPanel::onTextEdited);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            onTextEdited(text);
    });
    connect(m_list, &QListWidget::itemChanged, this, &ReviewNotesPanel::onItemEdited);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        refreshActions();
        if (item && !m_reloading)
            seekToNote(item->data(NoteIdRole).toLongLong());
    });
    for (auto signal : {&QListWidget::itemClicked, &QListWidget::itemActivated})
        connect(m_list, signal, this,
                [this](QListWidgetItem *item) { seekToNote(item->data(NoteIdRole).toLongLong()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_delete, &QPushButton::clicked, this, &ReviewNotesPanel::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &ReviewNotesPanel::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &ReviewNotesPanel::openExportDialog);
    if (m_player)
        connect(m_player, &PlayerWidget::positionChanged, this, [this] {
            if (m_pendingAt < 0)
                m_at->setText(tr("At %1").arg(positionText(m_player->position())));
        });

    m_at->setText(tr("At %1").arg(positionText(0)));
    reload();
}

ReviewNotesPanel::~ReviewNotesPanel()
{
    // The commands point back at the panel: they go first.
    m_undo->clear();
}

QString ReviewNotesPanel::positionText(qint64 ms)
{
    const qint64 value = qMax<qint64>(0, ms);
    const qint64 seconds = value / 1000;
    const QString tenths = QLocale().decimalPoint() + QString::number(value % 1000 / 100);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
                   .arg(seconds / 3600)
                   .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(seconds % 60, 2, 10, QLatin1Char('0')) +
               tenths;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')) + tenths;
}

void ReviewNotesPanel::setVideoTitle(const QString &title)
{
    m_videoTitle = title;
}

QString ReviewNotesPanel::statusText() const
{
    return m_status->text();
}

void ReviewNotesPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

std::function<void(const Status &)> ReviewNotesPanel::appliedCallback()
{
    return [this](const Status &status) {
        reload();
        if (!status)
            showStatus(status.error(), true);
    };
}

std::shared_ptr<NoteRef> ReviewNotesPanel::refFor(RowId noteId)
{
    for (const std::shared_ptr<NoteRef> &ref : std::as_const(m_refs)) {
        if (ref->id == noteId)
            return ref;
    }
    auto ref = std::make_shared<NoteRef>(NoteRef{noteId});
    m_refs << ref;
    return ref;
}

const ReviewNote *ReviewNotesPanel::noteById(RowId noteId) const
{
    for (const ReviewNote &note : m_notes) {
        if (note.id == noteId)
            return &note;
    }
    return nullptr;
}

void ReviewNotesPanel::reload()
{
    const RowId current = m_list->currentItem() ? m_list->currentItem()->data(NoteIdRole).toLongLong() : 0;
    Result<QList<ReviewNote>> notes = ReviewNoteStore(m_catalog).forVideo(m_videoId);
    if (!notes)
        showStatus(tr("The notes could not be loaded: %1").arg(notes.error()), true);
    m_notes = notes ? *notes : QList<ReviewNote>();
    // Forget handles of notes that are gone for good (not reachable by undo).
    m_refs.removeIf([](const std::shared_ptr<NoteRef> &ref) { return ref.use_count() == 1; });

    m_reloading = true;
    m_list->clear();
    for (const ReviewNote &note : std::as_const(m_notes)) {
        const QString oneLine = QString(note.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(positionText(note.atMs), oneLine));
        item->setData(NoteIdRole, note.id);
        item->setData(NoteTextRole, note.text);
        item->setToolTip(note.text);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->addItem(item);
        if (note.id == current)
            m_list->setCurrentItem(item);
    }
    m_reloading = false;
    const QString hint = tr("No notes yet. Press N, or type above, to note the moment on screen.");
    if (m_notes.isEmpty() && notes)
        showStatus(hint, false);
    else if (statusText() == hint)
        showStatus(QString(), false);
    refreshActions();
    Q_EMIT notesChanged();
}

void ReviewNotesPanel::refreshActions()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_export->setEnabled(!m_notes.isEmpty());
}

void ReviewNotesPanel::onTextEdited(const QString &text)
{
    if (text.isEmpty()) {
        m_pendingAt = -1;
        m_at->setText(tr("At %1").arg(positionText(m_player ? m_player->position() : 0)));
        return;
    }
    if (m_pendingAt >= 0 || !m_player)
        return;
    // The note is about what was on screen when typing began: hold that picture and moment.
    m_player->pause();
    m_pendingAt = m_player->position();
    m_at->setText(tr("At %1 (paused)").arg(positionText(m_pendingAt)));
}

void ReviewNotesPanel::addNoteAtPlayhead()
{
    if (m_player)
        m_player->pause();
    const QString text = m_text->text().trimmed();
    const qint64 at = m_pendingAt >= 0 ? m_pendingAt : (m_player ? m_player->position() : 0);
    if (text.isEmpty()) {
        // N with nothing typed: keep the moment and let the note be written.
        m_pendingAt = at;
        m_at->setText(tr("At %1 (paused)").arg(positionText(at)));
        m_text->setFocus(Qt::ShortcutFocusReason);
        showStatus(tr("Type the note, then press Return."), false);
        return;
    }
    if (addNote(at, text)) {
        m_text->clear();
        m_pendingAt = -1;
    }
}

Status ReviewNotesPanel::addNote(qint64 atMs, const QString &text)
{
    ReviewNote note;
    note.videoId = m_videoId;
    note.atMs = qMax<qint64>(0, atMs);
    note.text = text;
    note.createdAt = QDateTime::currentDateTimeUtc();
    Result<RowId> id = ReviewNoteStore(m_catalog).add(note);
    if (!id) {
        showStatus(tr("The note could not be saved: %1").arg(id.error()), true);
        return id.failure();
    }
    note.id = *id;
    m_undo->push(
        new NoteCommand(m_catalog, NoteCommand::Kind::Add, refFor(*id), note, {}, appliedCallback()));
    reload();
    showStatus(tr("Note added at %1.").arg(positionText(note.atMs)), false);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(NoteIdRole).toLongLong() == *id) {
            m_reloading = true;  // selecting the new note must not move the playhead
            m_list->setCurrentRow(row);
            m_reloading = false;
        }
    }
    return {};
}

Status ReviewNotesPanel::editNote(RowId noteId, const QString &text)
{
    const ReviewNote *note = noteById(noteId);
    if (!note)
        return Status::failure(tr("That note no longer exists."));
    if (note->text == text)
        return {};
    const ReviewNote before = *note;
    if (Status saved = ReviewNoteStore(m_catalog).updateText(noteId, text); !saved) {
        showStatus(tr("The note could not be saved: %1").arg(saved.error()), true);
        reload();
        return saved;
    }
    m_undo->push(
        new NoteCommand(m_catalog, NoteCommand::Kind::Edit, refFor(noteId), before, text, appliedCallback()));
    reload();
    showStatus(tr("Note saved."), false);
    return {};
}

Status ReviewNotesPanel::deleteNote(RowId noteId)
{
    const ReviewNote *note = noteById(noteId);
    if (!note)
        return Status::failure(tr("That note no longer exists."));
    const ReviewNote before = *note;
    if (Status removed = ReviewNoteStore(m_catalog).remove(noteId); !removed) {
        showStatus(tr("The note could not be deleted: %1").arg(removed.error()), true);
        return removed;
    }
    std::shared_ptr<NoteRef> ref = refFor(noteId);
    ref->id = 0;
    m_undo->push(new NoteCommand(m_catalog, NoteCommand::Kind::Delete, ref, before, {}, appliedCallback()));
    reload();
    showStatus(tr("Note deleted. Undo (Ctrl+Z) brings it back."), false);
    return {};
}

void ReviewNotesPanel::deleteSelected()
{
    if (QListWidgetItem *item = m_list->currentItem())
        (void)deleteNote(item->data(NoteIdRole).toLongLong());
}

void ReviewNotesPanel::onItemEdited(QListWidgetItem *item)
{
    if (m_reloading || !item->data(EditedTextRole).isValid())
        return;
    const QString text = item->data(EditedTextRole).toString().trimmed();
    const RowId id = item->data(NoteIdRole).toLongLong();
    // Saving reloads the list (deleting this item), so it happens once the edit has finished.
    QMetaObject::invokeMethod(
        this,
        [this, id, text] {
            if (text.isEmpty())
                (void)deleteNote(id);
            else
                (void)editNote(id, text);
        },
        Qt::QueuedConnection);
}

void ReviewNotesPanel::seekToNote(RowId noteId)
{
    const ReviewNote *note = noteById(noteId);
    if (!note || !m_player)
        return;
    // Paused on the note's moment: the picture the note is about.
    m_player->pause();
    m_player->seek(note->atMs);
}

Status ReviewNotesPanel::exportCsv(const QString &path)
{
    Result<QList<ReviewNote>> notes = ReviewNoteStore(m_catalog).forVideo(m_videoId);
    Status written = notes ? writeReviewNotesCsv(path, *notes) : Status(notes.failure());
    if (written)
        showStatus(
            tr("Exported %n note(s) to %1.", nullptr, int(notes->size())).arg(QFileInfo(path).fileName()),
            false);
    else
        showStatus(tr("The notes were not exported. %1").arg(written.error()), true);
    return written;
}

QFileDialog *ReviewNotesPanel::openExportDialog()
{
    QString name = m_videoTitle.isEmpty() ? tr("Review notes") : tr("%1 review notes").arg(m_videoTitle);
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog =
        new QFileDialog(this, tr("Export Notes as CSV"), QDir(folder).filePath(name + QStringLiteral(".csv")),
                        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportNotesDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { (void)exportCsv(path); });
    dialog->open();
    return dialog;
}

}  // namespace storyreel
