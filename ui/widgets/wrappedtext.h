#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace storyreel {

// `text` laid out in at most `maxLines` lines of `width` pixels, the last one elided: card text
// in the scene and thumbnail delegates.
QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines);

}  // namespace storyreel
