#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QTreeWidget;

namespace storyreel {

class Studio;
class LookListModel;

// The Library workspace: a grid of looks with their images; the selected look's products beside it.
class LibraryWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryWorkspace(Studio &studio, QWidget *parent = nullptr);

    void reload();
    LookListModel *lookModel() const { return m_looks; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void showLook(int row);

    LookListModel *m_looks;
    QListView *m_grid;
    QLabel *m_title;
    QLabel *m_details;
    QTreeWidget *m_products;
    QLabel *m_empty;
};

}  // namespace storyreel
