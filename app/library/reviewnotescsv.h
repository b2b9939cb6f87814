#pragma once

#include "records.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace storyreel {

// Review notes as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
// quotes doubled), UTF-8. Header "time,seconds,note"; time as h:mm:ss.mmm, seconds with three
// decimals; rows by position, then by id.
QString reviewNoteCsvTime(qint64 positionMs);
QString csvField(const QString &value);
QByteArray reviewNotesCsv(const QList<ReviewNote> &notes);
// Writes atomically (QSaveFile): on failure the file is untouched and the message says why.
Status writeReviewNotesCsv(const QString &path, const QList<ReviewNote> &notes);

}  // namespace storyreel
