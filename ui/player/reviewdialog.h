#pragma once

#include "video.h"

#include <QDialog>

class QLabel;

namespace storyreel {

class Catalog;
class DataLocation;
class PlayerWidget;
class ReviewNotesPanel;

// Non-modal review of one video: the player and its timestamped notes side by side. A video without
// a local file shows its poster and says so; its notes still work.
class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(const Catalog &catalog, const DataLocation &location, const Video &video,
                 QWidget *parent = nullptr);

    // The same video after a change (e.g. its download finished): reloads the player if its file
    // changed; notes stay.
    void setVideo(const Video &video);
    const Video &video() const { return m_video; }
    PlayerWidget *player() const { return m_player; }
    ReviewNotesPanel *notesPanel() const { return m_notes; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void done(int result) override;

private:
    void loadVideo();

    const DataLocation &m_location;
    Video m_video;
    QLabel *m_title;
    QLabel *m_details;
    PlayerWidget *m_player;
    ReviewNotesPanel *m_notes;
};

}  // namespace storyreel
