#pragma once

#include "ids.h"
#include "storyboard.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace storyreel {

class Catalog;
class StoryboardListModel;

// The catalog's storyboards with a search box and New / Rename / Duplicate / Delete. Deleting keeps
// the whole storyboard (scenes included) in memory and offers "Undo" in a banner until the next
// deletion, so it can be restored (under a new id, with the same title, scenes and state).
class StoryboardListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit StoryboardListPane(const Catalog &catalog, QWidget *parent = nullptr);

    StoryboardListModel *model() const { return m_boards; }
    QListView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    RowId currentId() const;
    // Selects `id`, or the first one shown when it is not (0 when the list is empty).
    void select(RowId id);
    bool reload();

    // The actions, public for the menus and tests. Each returns the storyboard concerned (0 = none).
    RowId createEmpty();
    RowId duplicateCurrent();
    RowId deleteCurrent();
    RowId undoDelete();
    bool canUndoDelete() const { return m_deleted.has_value(); }

Q_SIGNALS:
    void currentChanged(RowId id);
    void renameRequested();
    // Return or a double-click on a storyboard: the user wants to work on its scenes.
    void openRequested();
    void errorOccurred(const QString &message);

private:
    void updateButtons();
    void showUndoBanner(const QString &message);

    const Catalog &m_catalog;
    StoryboardListModel *m_boards;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_view;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QWidget *m_undoBanner;
    QLabel *m_undoText;
    std::optional<Storyboard> m_deleted;
    RowId m_shown = -1;  // the id last announced by currentChanged
};

}  // namespace storyreel
