#pragma once

#include <QPointer>
#include <QStyledItemDelegate>
#include "storyboarddocument.h"

namespace storyreel {

// A scene card: thumbnail (the model's DecorationRole), "Scene N · 4.0 s", the description and the
// image prompt. Grid mode stacks them under the picture (a contact sheet); list mode puts the
// picture left of the text. The texts come from the document, so the card always shows the edit
// the undo stack just made, whatever roles the model offers.
class SceneCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SceneCardDelegate(QObject *parent = nullptr);

    void setDocument(StoryboardDocument *document) { m_document = document; }
    void setListMode(bool list) { m_list = list; }
    bool listMode() const { return m_list; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Inline editing (double-click or F2 on a card): the description, edited where it is drawn, in a
    // line edit that keeps to the card (Qt's default editor widens with the text).
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    QPointer<StoryboardDocument> m_document;
    bool m_list = false;
};

}  // namespace storyreel
