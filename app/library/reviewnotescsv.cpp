#include "reviewnotescsv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace storyreel {

QString reviewNoteCsvTime(qint64 positionMs)
{
    const qint64 ms = qMax<qint64>(0, positionMs);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000)
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString csvField(const QString &value)
{
    // RFC 4180 §2.6-2.7; a leading or trailing space is quoted too, as spreadsheets trim it otherwise.
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray reviewNotesCsv(const QList<ReviewNote> &notes)
{
    QList<ReviewNote> sorted = notes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ReviewNote &a, const ReviewNote &b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.id < b.id;
    });
    const QString crlf = QStringLiteral("\r\n");
    QString text = QStringLiteral("time,seconds,note") + crlf;
    for (const ReviewNote &note : std::as_const(sorted)) {
        const qint64 ms = qMax<qint64>(0, note.atMs);
        const QString seconds =
            QStringLiteral("%1.%2").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
        text += reviewNoteCsvTime(ms) + QLatin1Char(',') + seconds + QLatin1Char(',') + csvField(note.text) +
                crlf;
    }
    return text.toUtf8();
}

Status writeReviewNotesCsv(const QString &path, const QList<ReviewNote> &notes)
{
    const QString name = QFileInfo(path).fileName();
    if (path.isEmpty())
        return Status::failure(
            QCoreApplication::translate("ReviewNotesCsv", "Choose a file to export the notes to."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("ReviewNotesCsv", "Could not export the notes to %1: %2")
                .arg(path, file.errorString()));
    const QByteArray bytes = reviewNotesCsv(notes);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Status::failure(
            QCoreApplication::translate("ReviewNotesCsv", "Could not write %1: %2").arg(name, why));
    }
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("ReviewNotesCsv", "Could not save %1: %2")
                                   .arg(name, file.errorString()));
    return {};
}

}  // namespace storyreel
