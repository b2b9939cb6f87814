#include "videopickerdialog.h"

#include "videolistmodel.h"
#include "videorowdelegate.h"
#include "widgets/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace storyreel {

VideoPickerDialog::VideoPickerDialog(const Catalog &catalog, const QString &dataRoot, QWidget *parent)
    : QDialog(parent),
      m_videos(new VideoListModel(catalog, dataRoot, VideoRowDelegate::kPosterSize, this)),
      m_search(new QLineEdit(this)),
      m_list(new QListView(this))
{
    setObjectName(QStringLiteral("videoPicker"));
    setWindowTitle(tr("Link a Video"));
    m_search->setPlaceholderText(tr("Search prompts and titles…"));
    m_search->setAccessibleName(tr("Search videos"));
    m_search->setClearButtonEnabled(true);
    m_list->setModel(m_videos);
    m_list->setItemDelegate(new VideoRowDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Videos"));
    m_list->setAccessibleDescription(tr("Return links the selected video"));
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Link the selected video to the look"));
    describeStandardButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, &VideoPickerDialog::search);
    connect(m_list, &QListView::activated, this, &VideoPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &VideoPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VideoPickerDialog::reject);
    search();
}

void VideoPickerDialog::search()
{
    VideoQuery query;
    query.text = m_search->text().trimmed();
    m_videos->setQuery(query);
    if (m_videos->rowCount() > 0)
        m_list->setCurrentIndex(m_videos->index(0));
}

void VideoPickerDialog::accept()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT videoChosen(current.data(VideoListModel::IdRole).toLongLong());
    QDialog::accept();
}

}  // namespace storyreel
