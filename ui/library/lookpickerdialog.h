#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace storyreel {

class Catalog;
class LookListModel;

// Choose one look by typing part of its title (10,000 looks filter as you type).
class LookPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LookPickerDialog(const Catalog &catalog, QWidget *parent = nullptr);

    // Only looks made in the studio: a provider's look only takes videos made for it.
    void setLocalOnly(bool localOnly);

Q_SIGNALS:
    void lookChosen(qint64 lookId, const QString &title);

private:
    void accept() override;

    LookListModel *m_looks;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
};

}  // namespace storyreel
