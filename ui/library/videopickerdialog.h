#pragma once

#include "ids.h"

#include <QDialog>
#include <QTimer>

class QLineEdit;
class QListView;

namespace storyreel {

class Catalog;
class VideoListModel;

// Choose a library video by searching its prompt or title; the list loads lazily, so it stays quick
// with 100,000 videos.
class VideoPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    VideoPickerDialog(const Catalog &catalog, const QString &dataRoot, QWidget *parent = nullptr);

Q_SIGNALS:
    void videoChosen(qint64 videoId);

private:
    void accept() override;
    void search();

    VideoListModel *m_videos;
    QLineEdit *m_search;
    QListView *m_list;
    QTimer m_typing;
};

}  // namespace storyreel
