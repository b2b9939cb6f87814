#include "sharelinkdialog.h"

#include "widgets/dialogbuttons.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace storyreel {

ShareLinkDialog::ShareLinkDialog(const QString &what, QWidget *parent)
    : QDialog(parent), m_lengths(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("shareLinkDialog"));
    setWindowTitle(tr("Copy Share Link"));
    auto *intro = new QLabel(tr("Anyone with the link can download “%1” until the link expires; it cannot "
                                "be withdrawn sooner.")
                                 .arg(what),
                             this);
    intro->setWordWrap(true);

    auto *group = new QGroupBox(tr("Link expires after"), this);
    auto *choices = new QVBoxLayout(group);
    const struct
    {
        QString label;
        const char *name;
        qint64 seconds;
    } lengths[] = {{tr("1 &hour"), "expiresHour", kHour},
                   {tr("1 &day"), "expiresDay", kDay},
                   {tr("&7 days"), "expiresWeek", kWeek}};
    for (const auto &length : lengths) {
        auto *choice = new QRadioButton(length.label, group);
        choice->setObjectName(QString::fromLatin1(length.name));
        choice->setAccessibleName(QString(length.label).remove(QLatin1Char('&')));
        choice->setToolTip(tr("The link stops working %1 after it is made")
                               .arg(QString(length.label).remove(QLatin1Char('&'))));
        m_lengths->addButton(choice, int(length.seconds / kHour));  // ids in hours: they fit an int
        choices->addWidget(choice);
    }
    setExpiresSeconds(kDay);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *copy = buttons->button(QDialogButtonBox::Ok);
    copy->setText(tr("&Copy Link"));
    copy->setObjectName(QStringLiteral("copyLink"));
    copy->setToolTip(tr("Make the link and copy it to the clipboard"));
    describeStandardButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(group);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareLinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShareLinkDialog::reject);
}

qint64 ShareLinkDialog::expiresSeconds() const
{
    return qint64(m_lengths->checkedId()) * kHour;
}

void ShareLinkDialog::setExpiresSeconds(qint64 seconds)
{
    if (QAbstractButton *choice = m_lengths->button(int(seconds / kHour)); choice && seconds % kHour == 0)
        choice->setChecked(true);
}

void ShareLinkDialog::accept()
{
    Q_EMIT chosen(expiresSeconds());
    QDialog::accept();
}

}  // namespace storyreel
