#include "sceneview.h"

#include <QApplication>
#include <QClipboard>
#include <QDrag>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>

namespace storyreel {
namespace {

const QString kScenesMime = QStringLiteral("application/x-storyreel-scenes");

}  // namespace

SceneView::SceneView(QWidget *parent) : QListView(parent)
{
    setSelectionMode(ExtendedSelection);
    // Inline editing of the description on the card; the side form edits every field.
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setDropIndicatorShown(true);
    setUniformItemSizes(true);
    setMouseTracking(true);
    // The editor's scene actions (added to the view for their keys) are its context menu too: the
    // keyboard's way to every action, moving scenes included (the mouse drags them).
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setGridMode(true);
}

void SceneView::keyPressEvent(QKeyEvent *event)
{
    // Return edits the current card's description, as a double-click does.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && state() != EditingState &&
        currentIndex().isValid()) {
        edit(currentIndex());
        event->accept();
        return;
    }
    // The keyboard's drag and drop, through the clipboard and the model's own mime data: the selected
    // scenes copy out; copied scenes paste in before the current one, copied image files onto it.
    if (event->matches(QKeySequence::Copy) && model()) {
        if (QMimeData *mime = model()->mimeData(selectedIndexes()))
            QApplication::clipboard()->setMimeData(mime);
        return;
    }
    if (event->matches(QKeySequence::Paste) && model()) {
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        if (mime && model()->canDropMimeData(mime, Qt::CopyAction, -1, 0, currentIndex()))
            model()->dropMimeData(mime, Qt::CopyAction, -1, 0, currentIndex());
        return;
    }
    QListView::keyPressEvent(event);
}

void SceneView::setGridMode(bool grid)
{
    setViewMode(grid ? IconMode : ListMode);
    // setViewMode turns on free movement in icon mode; cards keep their order-defined places.
    setMovement(Static);
    setFlow(grid ? LeftToRight : TopToBottom);
    setWrapping(grid);
    setResizeMode(Adjust);
    setSpacing(grid ? 8 : 4);
    // setViewMode/setMovement(Static) switch dragging and the viewport's drops off: back on.
    setDragDropMode(DragDrop);
    setDragEnabled(true);
    viewport()->setAcceptDrops(true);
    setDefaultDropAction(Qt::MoveAction);
    doItemsLayout();
}

std::pair<int, QModelIndex> SceneView::dropTarget(const QMimeData *mime, QPoint pos) const
{
    const int count = model() ? model()->rowCount() : 0;
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {count, {}};
    if (!mime->hasFormat(kScenesMime) && mime->hasUrls())
        return {-1, index};  // image files onto this scene
    const QRect rect = visualRect(index);
    const bool after = gridMode() ? pos.x() > rect.center().x() : pos.y() > rect.center().y();
    return {index.row() + (after ? 1 : 0), {}};
}

void SceneView::startDrag(Qt::DropActions supportedActions)
{
    const QModelIndexList indexes = selectedIndexes();
    if (indexes.isEmpty() || !model())
        return;
    QMimeData *mime = model()->mimeData(indexes);
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const QModelIndex first = currentIndex().isValid() ? currentIndex() : indexes.first();
    QPixmap pixmap = viewport()->grab(visualRect(first)).scaledToWidth(160, Qt::SmoothTransformation);
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(pixmap.width() / 2, pixmap.height() / 2));
    // The result is ignored on purpose: our own drop already moved the rows in the model, and a
    // copy to another application leaves the storyboard as it is.
    drag->exec(supportedActions, Qt::MoveAction);
}

void SceneView::dragMoveEvent(QDragMoveEvent *event)
{
    QListView::dragMoveEvent(event);
    // Empty space after the last card is a valid target ("append at the end").
    if (!event->isAccepted() && model() && !indexAt(event->position().toPoint()).isValid() &&
        model()->canDropMimeData(event->mimeData(), event->dropAction(), model()->rowCount(), 0, {}))
        event->accept();
}

void SceneView::dropEvent(QDropEvent *event)
{
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    if (!model())
        return;
    const auto [row, parent] = dropTarget(event->mimeData(), event->position().toPoint());
    const Qt::DropAction action =
        event->source() == this
            ? Qt::MoveAction
            : (event->dropAction() == Qt::IgnoreAction ? Qt::CopyAction : event->dropAction());
    if (model()->dropMimeData(event->mimeData(), action, row, 0, parent)) {
        event->setDropAction(action);
        event->accept();
    } else {
        event->ignore();  // the model says why (SceneEditModel::dropRefused)
    }
}

}  // namespace storyreel
