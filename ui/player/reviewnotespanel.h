#pragma once

#include "ids.h"
#include "records.h"
#include "result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QFileDialog;
class QUndoStack;

namespace storyreel {

class Catalog;
class PlayerWidget;
struct NoteRef;

// The timestamped notes of one video beside its player: add at the playhead (N, or Ctrl+Return in
// the text field; typing pauses the video and keeps the moment), jump by selecting a note, edit
// (double-click, F2), delete (Del), undo/redo (Ctrl+Z, Ctrl+Shift+Z) and export as CSV. Notes are
// saved in the catalog at once.
class ReviewNotesPanel final : public QWidget
{
    Q_OBJECT

public:
    ReviewNotesPanel(const Catalog &catalog, RowId videoId, PlayerWidget *player, QWidget *parent = nullptr);
    ~ReviewNotesPanel() override;

    // Pauses and adds a note with the field's text at the moment typing began (else the playhead).
    void addNoteAtPlayhead();
    Status addNote(qint64 atMs, const QString &text);
    Status editNote(RowId noteId, const QString &text);
    Status deleteNote(RowId noteId);
    void seekToNote(RowId noteId);
    // Writes the notes as CSV; the panel shows the outcome.
    Status exportCsv(const QString &path);
    // Opens the (non-modal) save dialog; its accept writes the file.
    QFileDialog *openExportDialog();

    // The default name of the CSV export.
    void setVideoTitle(const QString &title);
    // Add Note (N), Undo and Redo: the dialog adds them to itself so they work wherever focus is.
    QList<QAction *> windowActions() const { return m_windowActions; }
    QAction *addNoteAction() const { return m_addAction; }

    QList<ReviewNote> notes() const { return m_notes; }
    QListWidget *list() const { return m_list; }
    QLineEdit *textField() const { return m_text; }
    QUndoStack *undoStack() const { return m_undo; }
    QString statusText() const;
    // "0:12.4" (hours when needed), as the list shows positions.
    static QString positionText(qint64 ms);

Q_SIGNALS:
    void notesChanged();

private:
    void reload();
    void showStatus(const QString &text, bool error);
    void onTextEdited(const QString &text);
    void onItemEdited(QListWidgetItem *item);
    void deleteSelected();
    void refreshActions();
    std::shared_ptr<NoteRef> refFor(RowId noteId);
    // What an undo or redo does after changing the catalog: reload, and say what failed.
    std::function<void(const Status &)> appliedCallback();
    const ReviewNote *noteById(RowId noteId) const;

    const Catalog &m_catalog;
    RowId m_videoId;
    PlayerWidget *m_player;
    QList<ReviewNote> m_notes;
    QList<std::shared_ptr<NoteRef>> m_refs;
    QLineEdit *m_text;
    QLabel *m_at;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_export;
    QLabel *m_status;
    QUndoStack *m_undo;
    QAction *m_addAction;
    QList<QAction *> m_windowActions;
    QString m_videoTitle;
    qint64 m_pendingAt = -1;  // where typing began; -1: none
    bool m_reloading = false;
};

}  // namespace storyreel
