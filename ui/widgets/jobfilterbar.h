#pragma once

#include "ids.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace storyreel {

class JobFilterProxy;

// The Jobs workspace's filter row: status, kind and provider choices, a search field and "Hide
// finished". Drives the proxy directly; the proxy re-filters only for real changes.
class JobFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit JobFilterBar(JobFilterProxy *proxy, QWidget *parent = nullptr);

    // Provider accounts (id, name) offered besides "All providers" and "Local"; keeps the choice.
    void setProviders(const QList<QPair<RowId, QString>> &accounts);
    // "Showing N of M jobs".
    void setCounts(int shown, int total);
    QLineEdit *searchField() const { return m_search; }

private:
    void applyStatus();
    void applyKind();
    void applyProvider();

    JobFilterProxy *m_proxy;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_provider;
    QLineEdit *m_search;
    QCheckBox *m_hideFinished;
    QLabel *m_count;
};

}  // namespace storyreel
