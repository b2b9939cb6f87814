#include "storyboardstore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

const QString kColumns = QStringLiteral(
    "id, account_id, remote_id, title, prompt, style, aspect, status, approved, approved_at, "
    "refinement_count, "
    "is_sample, created_at, updated_at");

Storyboard storyboardFromRow(const QSqlQuery &query)
{
    Storyboard board;
    board.id = query.value(0).toLongLong();
    board.accountId = query.value(1).toLongLong();
    board.remoteId = query.value(2).toString();
    board.title = query.value(3).toString();
    board.prompt = query.value(4).toString();
    board.style = query.value(5).toString();
    board.aspect = fromText<Aspect>(query.value(6).toString()).value_or(Aspect::Landscape16x9);
    board.status = fromText<StoryboardStatus>(query.value(7).toString()).value_or(StoryboardStatus::Draft);
    board.approved = query.value(8).toBool();
    board.approvedAt = sql::toDateTime(query.value(9));
    board.refinementCount = query.value(10).toInt();
    board.isSample = query.value(11).toBool();
    board.createdAt = sql::toDateTime(query.value(12));
    board.updatedAt = sql::toDateTime(query.value(13));
    return board;
}

// Scenes are written in list order with positions 1..n, whatever positions the caller left in them.
Status insertScenes(QSqlDatabase db, RowId storyboardId, const QList<Scene> &scenes)
{
    QSqlQuery query(db);
    const QString what = StoryboardStore::tr("save scenes");
    if (Status status =
            sql::prepare(query,
                         QStringLiteral("INSERT INTO scenes(storyboard_id, position, description, "
                                        "image_prompt, duration_ms, image_path) VALUES(?, ?, ?, ?, ?, ?)"),
                         what);
        !status)
        return status;
    int position = 1;
    for (const Scene &scene : scenes) {
        query.addBindValue(storyboardId);
        query.addBindValue(position++);
        query.addBindValue(sql::bindable(scene.description));
        query.addBindValue(sql::bindable(scene.imagePrompt));
        query.addBindValue(scene.durationMs);
        query.addBindValue(sql::bindable(scene.imagePath));
        if (Status status = sql::exec(query, what); !status)
            return status;
    }
    return {};
}

}  // namespace

Result<RowId> StoryboardStore::create(const Storyboard &board) const
{
    QSqlDatabase db = m_catalog.db();
    Transaction transaction(db);
    if (!transaction.began())
        return Failure{StoryboardStore::tr("create storyboard: %1").arg(transaction.beginError())};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    Status inserted = sql::run(
        query,
        QStringLiteral(
            "INSERT INTO storyboards(account_id, remote_id, title, prompt, style, aspect, status, approved, "
            "approved_at, refinement_count, is_sample, created_at, updated_at) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        StoryboardStore::tr("create storyboard"), sql::nullableId(board.accountId),
        sql::nullableText(board.remoteId), board.title, board.prompt, board.style, toText(board.aspect),
        toText(board.status), board.approved, sql::fromDateTime(board.approvedAt), board.refinementCount,
        board.isSample, sql::fromDateTime(board.createdAt.isValid() ? board.createdAt : now),
        sql::fromDateTime(now));
    if (!inserted)
        return inserted.failure();
    const RowId id = query.lastInsertId().toLongLong();
    if (Status status = insertScenes(db, id, board.scenes); !status)
        return status.failure();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return id;
}

Status StoryboardStore::update(const Storyboard &board) const
{
    QSqlDatabase db = m_catalog.db();
    Transaction transaction(db);
    if (!transaction.began())
        return Failure{StoryboardStore::tr("save storyboard: %1").arg(transaction.beginError())};
    Status updated = sql::runOne(
        db,
        QStringLiteral(
            "UPDATE storyboards SET account_id = ?, remote_id = ?, title = ?, prompt = ?, style = ?, "
            "aspect = ?, status = ?, approved = ?, approved_at = ?, refinement_count = ?, is_sample = ?, "
            "updated_at = ? WHERE id = ?"),
        StoryboardStore::tr("save storyboard %1").arg(board.id), sql::nullableId(board.accountId),
        sql::nullableText(board.remoteId), board.title, board.prompt, board.style, toText(board.aspect),
        toText(board.status), board.approved, sql::fromDateTime(board.approvedAt), board.refinementCount,
        board.isSample, sql::fromDateTime(QDateTime::currentDateTimeUtc()), board.id);
    if (!updated)
        return updated;
    QSqlQuery clear(db);
    if (Status status = sql::run(clear, QStringLiteral("DELETE FROM scenes WHERE storyboard_id = ?"),
                                 StoryboardStore::tr("save scenes"), board.id);
        !status)
        return status;
    if (Status status = insertScenes(db, board.id, board.scenes); !status)
        return status;
    return transaction.commit();
}

Status StoryboardStore::remove(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("DELETE FROM storyboards WHERE id = ?"),
                       StoryboardStore::tr("delete storyboard %1").arg(id), id);
}

Result<Storyboard> StoryboardStore::load(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, QStringLiteral("SELECT %1 FROM storyboards WHERE id = ?").arg(kColumns),
                     StoryboardStore::tr("load storyboard"), id);
        !status)
        return status.failure();
    if (!query.next())
        return Failure{StoryboardStore::tr("storyboard %1 does not exist").arg(id)};
    Storyboard board = storyboardFromRow(query);
    Result<QList<Scene>> loaded = scenes(id);
    if (!loaded)
        return loaded.failure();
    board.scenes = std::move(loaded).value();
    return board;
}

Result<QList<Storyboard>> StoryboardStore::list() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query,
            QStringLiteral("SELECT %1 FROM storyboards ORDER BY updated_at DESC, id DESC").arg(kColumns),
            StoryboardStore::tr("list storyboards"));
        !status)
        return status.failure();
    QList<Storyboard> boards;
    while (query.next())
        boards << storyboardFromRow(query);
    return boards;
}

Result<QList<Scene>> StoryboardStore::scenes(RowId storyboardId) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query,
                     QStringLiteral("SELECT id, storyboard_id, position, description, image_prompt, "
                                    "duration_ms, image_path FROM scenes WHERE storyboard_id = ? "
                                    "ORDER BY position"),
                     StoryboardStore::tr("load scenes"), storyboardId);
        !status)
        return status.failure();
    QList<Scene> result;
    while (query.next()) {
        Scene scene;
        scene.id = query.value(0).toLongLong();
        scene.storyboardId = query.value(1).toLongLong();
        scene.position = query.value(2).toInt();
        scene.description = query.value(3).toString();
        scene.imagePrompt = query.value(4).toString();
        scene.durationMs = query.value(5).toLongLong();
        scene.imagePath = query.value(6).toString();
        result << scene;
    }
    return result;
}

Result<int> StoryboardStore::count() const
{
    return sql::countRows(m_catalog.db(), QStringLiteral("storyboards"));
}

}  // namespace storyreel
