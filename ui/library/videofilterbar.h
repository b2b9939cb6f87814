#pragma once

#include "videoquery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace storyreel {

class Catalog;

// The all-videos filters: text search over prompts (debounced), status, kind, provider, look, date,
// favourites, offline, and the sort order. Emits the whole query whenever one of them changes.
class VideoFilterBar final : public QWidget
{
    Q_OBJECT

public:
    VideoFilterBar(const Catalog &catalog, QWidget *parent = nullptr);

    VideoQuery query() const { return m_query; }
    // Re-reads the provider accounts (after Settings ▸ Accounts changed them).
    void reloadAccounts();
    void setLook(RowId lookId, const QString &title);
    void focusSearch();

Q_SIGNALS:
    // The filters changed; already debounced for typing.
    void queryChanged(const storyreel::VideoQuery &query);

private:
    void rebuild();
    void chooseLook();
    void applyDateRange(int choice);

    const Catalog &m_catalog;
    VideoQuery m_query;
    QTimer m_typing;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_provider;
    QPushButton *m_look;
    QComboBox *m_date;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_favorites;
    QToolButton *m_offline;
    QComboBox *m_sort;
};

}  // namespace storyreel
