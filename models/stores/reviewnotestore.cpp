#include "reviewnotestore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "storeutil.h"

#include <QSqlQuery>

namespace storyreel {

Result<RowId> ReviewNoteStore::add(const ReviewNote &note) const
{
    QSqlDatabase db = m_catalog.db();
    const QString what = ReviewNoteStore::tr("add a note to video %1").arg(note.videoId);
    if (Status video = store::requireRow(db, QStringLiteral("videos"), note.videoId,
                                         ReviewNoteStore::tr("video %1 does not exist"));
        !video)
        return Failure{QStringLiteral("%1: %2").arg(what, video.error())};
    if (note.atMs < 0)
        return Failure{
            ReviewNoteStore::tr("%1: the position %2 ms is before the start").arg(what).arg(note.atMs)};
    const QDateTime createdAt = note.createdAt.isValid() ? note.createdAt : QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    if (Status status = sql::run(
            query,
            QStringLiteral("INSERT INTO review_notes(video_id, at_ms, text, created_at) VALUES(?, ?, ?, ?)"),
            what, note.videoId, note.atMs, note.text, sql::fromDateTime(createdAt));
        !status)
        return status.failure();
    return query.lastInsertId().toLongLong();
}

Status ReviewNoteStore::updateText(RowId id, const QString &text) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("UPDATE review_notes SET text = ? WHERE id = ?"),
                       ReviewNoteStore::tr("save note %1").arg(id), text, id);
}

Status ReviewNoteStore::remove(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("DELETE FROM review_notes WHERE id = ?"),
                       ReviewNoteStore::tr("delete note %1").arg(id), id);
}

Result<QList<ReviewNote>> ReviewNoteStore::forVideo(RowId videoId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status video = store::requireRow(db, QStringLiteral("videos"), videoId,
                                         ReviewNoteStore::tr("video %1 does not exist"));
        !video)
        return video.failure();
    QSqlQuery query(db);
    if (Status status =
            sql::run(query,
                     QStringLiteral("SELECT id, video_id, at_ms, text, created_at FROM review_notes "
                                    "WHERE video_id = ? ORDER BY at_ms, id"),
                     ReviewNoteStore::tr("load notes of video %1").arg(videoId), videoId);
        !status)
        return status.failure();
    QList<ReviewNote> notes;
    while (query.next()) {
        ReviewNote note;
        note.id = query.value(0).toLongLong();
        note.videoId = query.value(1).toLongLong();
        note.atMs = query.value(2).toLongLong();
        note.text = query.value(3).toString();
        note.createdAt = sql::toDateTime(query.value(4));
        notes << note;
    }
    return notes;
}

}  // namespace storyreel
