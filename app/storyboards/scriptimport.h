#pragma once

#include "enums.h"
#include "result.h"
#include "storyboard.h"

#include <QList>
#include <QString>

namespace storyreel {

class Catalog;

// A script (pasted or read from a text file) into scenes: one scene per paragraph (paragraphs are
// separated by blank lines; line breaks inside one are joined), the paragraph as the description, its
// first sentence as the image prompt, the duration estimated from the word count.
namespace script {

constexpr double kWordsPerSecond = 2.5;
constexpr qint64 kMinDurationMs = 2000;
constexpr qint64 kMaxDurationMs = 15000;

// Words / 2.5 per second, clamped to 2..15 s, rounded to half a second.
qint64 estimateDurationMs(const QString &text);
QString firstSentence(const QString &paragraph);
QStringList paragraphs(const QString &text);

// BadInput when the text holds no words.
Result<QList<Scene>> scenesFromScript(const QString &text);
// A title from the first few words of the script ("Dawn over the harbour…").
QString titleFromScript(const QString &text);
// Reads a UTF-8 text file (at most 1 MiB); BadInput when it cannot be read or is not text.
Result<QString> readScriptFile(const QString &path);

// Creates a local storyboard from the script in the catalog; an empty title takes the first words.
Result<RowId> createStoryboard(const Catalog &catalog, const QString &text, const QString &title = {},
                               Aspect aspect = Aspect::Landscape16x9);

}  // namespace script
}  // namespace storyreel
