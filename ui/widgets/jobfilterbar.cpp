#include "jobfilterbar.h"

#include "jobfilterproxy.h"
#include "jobtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace storyreel {
namespace {

constexpr int kAll = -1;

quint32 maskOf(std::initializer_list<JobStatus> statuses)
{
    quint32 mask = 0;
    for (JobStatus status : statuses)
        mask |= 1u << int(status);
    return mask;
}

}  // namespace

JobFilterBar::JobFilterBar(JobFilterProxy *proxy, QWidget *parent)
    : QWidget(parent),
      m_proxy(proxy),
      m_status(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_provider(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_hideFinished(new QCheckBox(tr("&Hide finished"), this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("jobFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // A status choice is a set of statuses, kept as a bit mask in the item data.
    m_status->setObjectName(QStringLiteral("jobStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setToolTip(tr("Only jobs in these states"));
    m_status->addItem(tr("All statuses"), 0u);
    m_status->addItem(tr("Active"), maskOf({JobStatus::Queued, JobStatus::Held, JobStatus::Running}));
    m_status->addItem(tr("Needs attention"), maskOf({JobStatus::Failed, JobStatus::Interrupted}));
    for (JobStatus status : {JobStatus::Queued, JobStatus::Running, JobStatus::Held, JobStatus::Succeeded,
                             JobStatus::Failed, JobStatus::Cancelled, JobStatus::Interrupted})
        m_status->addItem(jobtext::statusLabel(status), maskOf({status}));

    m_kind->setObjectName(QStringLiteral("jobKindFilter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->setToolTip(tr("Only jobs of this kind"));
    m_kind->addItem(tr("All kinds"), kAll);
    for (int kind = 0; kind <= int(JobKind::Download); ++kind)
        m_kind->addItem(jobtext::kindLabel(JobKind(kind)), kind);

    m_provider->setObjectName(QStringLiteral("jobProviderFilter"));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_provider->setToolTip(tr("Only jobs of this provider account, or the ones run on this computer"));
    setProviders({});

    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setPlaceholderText(tr("Search title, kind, stage, error (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_hideFinished->setObjectName(QStringLiteral("jobHideFinished"));
    m_hideFinished->setAccessibleName(tr("Hide finished jobs"));
    m_hideFinished->setToolTip(tr("Hide succeeded and cancelled jobs; failed jobs stay visible"));
    m_count->setObjectName(QStringLiteral("jobCount"));
    m_count->setAccessibleName(tr("Job count"));

    layout->addWidget(m_status);
    layout->addWidget(m_kind);
    layout->addWidget(m_provider);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_hideFinished);
    layout->addWidget(m_count);

    connect(m_status, &QComboBox::currentIndexChanged, this, &JobFilterBar::applyStatus);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &JobFilterBar::applyKind);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &JobFilterBar::applyProvider);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxy::setSearchText);
    connect(m_hideFinished, &QCheckBox::toggled, m_proxy, &JobFilterProxy::setHideFinished);
}

void JobFilterBar::setProviders(const QList<QPair<RowId, QString>> &accounts)
{
    const QVariant chosen = m_provider->currentData();
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("All providers"), qint64(kAll));
    m_provider->addItem(tr("Local"), qint64(0));
    for (const auto &[id, name] : accounts)
        m_provider->addItem(name, qint64(id));
    const int index = chosen.isValid() ? m_provider->findData(chosen) : 0;
    m_provider->setCurrentIndex(qMax(0, index));
    if (index < 0)
        applyProvider();  // the chosen account is gone
}

void JobFilterBar::setCounts(int shown, int total)
{
    const QLocale locale;
    m_count->setText(shown == total
                         ? tr("%Ln job(s)", nullptr, total)
                         : tr("Showing %1 of %Ln job(s)", nullptr, total).arg(locale.toString(shown)));
}

void JobFilterBar::applyStatus()
{
    const quint32 mask = m_status->currentData().toUInt();
    QSet<JobStatus> statuses;
    for (int status = 0; status <= int(JobStatus::Interrupted); ++status) {
        if (mask & (1u << status))
            statuses.insert(JobStatus(status));
    }
    m_proxy->setStatusFilter(statuses);
}

void JobFilterBar::applyKind()
{
    const int kind = m_kind->currentData().toInt();
    m_proxy->setKindFilter(kind == kAll ? std::nullopt : std::optional<JobKind>(JobKind(kind)));
}

void JobFilterBar::applyProvider()
{
    const qint64 id = m_provider->currentData().toLongLong();
    m_proxy->setProviderFilter(id == kAll ? std::nullopt : std::optional<RowId>(id));
}

}  // namespace storyreel
