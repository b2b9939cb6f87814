#pragma once

#include <QListView>

namespace storyreel {

// The scene cards, as a contact sheet (IconMode grid) or a list. Drag and drop goes through the
// model's mime data: a drop calls the model's dropMimeData, which moves the dragged scenes (one undo
// command) or takes image files. The view never removes the dragged rows itself after the drag
// (QAbstractItemView would, for a MoveAction, and the scenes would vanish twice). From the keyboard:
// Return edits a card's description, Ctrl+C / Ctrl+V copy scenes and paste scenes or image files,
// and the context menu holds every scene action (moving scenes included).
class SceneView final : public QListView
{
    Q_OBJECT

public:
    explicit SceneView(QWidget *parent = nullptr);

    void setGridMode(bool grid);
    bool gridMode() const { return viewMode() == IconMode; }

    // Where a drop at `pos` (viewport coordinates) lands: (row, parent) for dropMimeData. Scenes
    // dropped on a card go before or after it (by which half); image files on a card go onto it;
    // anything on empty space goes to the end.
    std::pair<int, QModelIndex> dropTarget(const QMimeData *mime, QPoint pos) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

}  // namespace storyreel
