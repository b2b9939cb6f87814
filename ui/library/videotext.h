#pragma once

#include "enums.h"
#include "video.h"

#include <QColor>
#include <QString>

// How the library's views draw video facts; the words for statuses, kinds and visibility come from
// the item models (videoitem::statusLabel, LookListModel::visibilityLabel), so lists and badges agree.
namespace storyreel::videotext {

// The badge colour of a status; readable with white text on light and dark themes.
QColor statusColor(VideoStatus status);
// The badge colour of a cloud state (see videoitem::cloudLabel for its words).
QColor cloudColor(CloudState state);
// A sentence saying what a cloud state means and what can be done about it (the badge's tooltip).
QString cloudDescription(CloudState state);
// What to call a video: its title, else the start of its prompt, else "Untitled video".
QString title(const Video &video);
// "0:08", "1:02:03".
QString duration(qint64 ms);

}  // namespace storyreel::videotext
