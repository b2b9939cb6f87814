#pragma once

#include "video.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace storyreel {

class Catalog;
class DataLocation;
class PlayerWidget;

// Two videos of a look side by side to choose the default: Play Both / Pause Both (Space), seeks
// kept in step while Sync is on, and "Make Default" under each. It calls no service: the owner
// connects defaultChosen to the library and reports back with setCurrentDefault().
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Catalog &catalog, const DataLocation &location, const Video &left, const Video &right,
                  QWidget *parent = nullptr);

    // Marks the side showing `videoId` as the look's default (0 or another id: neither).
    void setCurrentDefault(qint64 videoId);
    qint64 currentDefault() const { return m_currentDefault; }
    void playBoth();
    void pauseBoth();
    void togglePlayBoth();
    void setSynced(bool synced);
    bool isSynced() const;

    PlayerWidget *leftPlayer() const { return m_players[0]; }
    PlayerWidget *rightPlayer() const { return m_players[1]; }
    QPushButton *makeDefaultButton(int side) const { return m_makeDefault[side]; }
    QPushButton *playBothButton() const { return m_playBoth; }

Q_SIGNALS:
    // Emitted when "Make Default" was pressed under a video.
    void defaultChosen(qint64 videoId);

protected:
    void done(int result) override;

private:
    QWidget *buildSide(int side);
    void followSeek(int fromSide, qint64 positionMs);
    void refreshPlayBoth();
    void refreshDefaultMarks();

    const Catalog &m_catalog;
    const DataLocation &m_location;
    Video m_videos[2];
    PlayerWidget *m_players[2] = {};
    QPushButton *m_makeDefault[2] = {};
    QLabel *m_badges[2] = {};
    QPushButton *m_playBoth = nullptr;
    QCheckBox *m_sync = nullptr;
    qint64 m_currentDefault = 0;
};

}  // namespace storyreel
