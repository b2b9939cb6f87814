#include "lookstore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace storyreel {
namespace {

const QString kColumns = QStringLiteral(
    "id, account_id, remote_id, title, image_path, image_url, visibility, shared_with, is_sample, "
    "created_at, "
    "updated_at");

QString sharedWithJson(const QStringList &users)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(users)).toJson(QJsonDocument::Compact));
}

QStringList sharedWithFromJson(const QString &json)
{
    QStringList users;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        users << value.toString();
    return users;
}

Look lookFromRow(const QSqlQuery &query)
{
    Look look;
    look.id = query.value(0).toLongLong();
    look.accountId = query.value(1).toLongLong();
    look.remoteId = query.value(2).toString();
    look.title = query.value(3).toString();
    look.imagePath = query.value(4).toString();
    look.imageUrl = query.value(5).toString();
    look.visibility = fromText<Visibility>(query.value(6).toString()).value_or(Visibility::Private);
    look.sharedWith = sharedWithFromJson(query.value(7).toString());
    look.isSample = query.value(8).toBool();
    look.createdAt = sql::toDateTime(query.value(9));
    look.updatedAt = sql::toDateTime(query.value(10));
    return look;
}

Status insertProducts(QSqlDatabase db, RowId lookId, const QList<Product> &products)
{
    QSqlQuery query(db);
    const QString what = LookStore::tr("save products");
    if (Status status =
            sql::prepare(query,
                         QStringLiteral("INSERT INTO products(look_id, position, name, brand, category, "
                                        "image_path, price_cents, currency, url) "
                                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         what);
        !status)
        return status;
    int position = 1;
    for (const Product &product : products) {
        for (const QVariant &value :
             {QVariant(lookId), QVariant(position++), QVariant(product.name), QVariant(product.brand),
              QVariant(product.category), QVariant(product.imagePath), QVariant(product.priceCents),
              QVariant(product.currency), QVariant(product.url)})
            query.addBindValue(value.typeId() == QMetaType::QString ? sql::bindable(value.toString())
                                                                    : value);
        if (Status status = sql::exec(query, what); !status)
            return status;
    }
    return {};
}

// Products of the given looks (all looks when lookId is 0), grouped by look in position order.
Result<QHash<RowId, QList<Product>>> loadProducts(QSqlDatabase db, RowId lookId)
{
    QSqlQuery query(db);
    const QString select = QStringLiteral(
        "SELECT id, look_id, position, name, brand, category, image_path, price_cents, currency, url FROM "
        "products");
    Status status = lookId > 0
                        ? sql::run(query, select + QStringLiteral(" WHERE look_id = ? ORDER BY position"),
                                   LookStore::tr("load products"), lookId)
                        : sql::run(query, select + QStringLiteral(" ORDER BY look_id, position"),
                                   LookStore::tr("load products"));
    if (!status)
        return status.failure();
    QHash<RowId, QList<Product>> byLook;
    while (query.next()) {
        Product product;
        product.id = query.value(0).toLongLong();
        product.lookId = query.value(1).toLongLong();
        product.position = query.value(2).toInt();
        product.name = query.value(3).toString();
        product.brand = query.value(4).toString();
        product.category = query.value(5).toString();
        product.imagePath = query.value(6).toString();
        product.priceCents = query.value(7).toLongLong();
        product.currency = query.value(8).toString();
        product.url = query.value(9).toString();
        byLook[product.lookId] << product;
    }
    return byLook;
}

}  // namespace

Result<RowId> LookStore::create(const Look &look) const
{
    QSqlDatabase db = m_catalog.db();
    Transaction transaction(db);
    if (!transaction.began())
        return Failure{LookStore::tr("create look: %1").arg(transaction.beginError())};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    Status inserted =
        sql::run(query,
                 QStringLiteral(
                     "INSERT INTO looks(account_id, remote_id, title, image_path, image_url, visibility, "
                     "shared_with, is_sample, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 LookStore::tr("create look"), sql::nullableId(look.accountId),
                 sql::nullableText(look.remoteId), look.title, look.imagePath, look.imageUrl,
                 toText(look.visibility), sharedWithJson(look.sharedWith), look.isSample,
                 sql::fromDateTime(look.createdAt.isValid() ? look.createdAt : now), sql::fromDateTime(now));
    if (!inserted)
        return inserted.failure();
    const RowId id = query.lastInsertId().toLongLong();
    if (Status status = insertProducts(db, id, look.products); !status)
        return status.failure();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return id;
}

Status LookStore::update(const Look &look) const
{
    QSqlDatabase db = m_catalog.db();
    Transaction transaction(db);
    if (!transaction.began())
        return Failure{LookStore::tr("save look: %1").arg(transaction.beginError())};
    Status updated = sql::runOne(
        db,
        QStringLiteral(
            "UPDATE looks SET account_id = ?, remote_id = ?, title = ?, image_path = ?, image_url = ?, "
            "visibility = ?, shared_with = ?, is_sample = ?, updated_at = ? WHERE id = ?"),
        LookStore::tr("save look %1").arg(look.id), sql::nullableId(look.accountId),
        sql::nullableText(look.remoteId), look.title, look.imagePath, look.imageUrl, toText(look.visibility),
        sharedWithJson(look.sharedWith), look.isSample, sql::fromDateTime(QDateTime::currentDateTimeUtc()),
        look.id);
    if (!updated)
        return updated;
    QSqlQuery clear(db);
    if (Status status = sql::run(clear, QStringLiteral("DELETE FROM products WHERE look_id = ?"),
                                 LookStore::tr("save products"), look.id);
        !status)
        return status;
    if (Status status = insertProducts(db, look.id, look.products); !status)
        return status;
    return transaction.commit();
}

Status LookStore::remove(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("DELETE FROM looks WHERE id = ?"),
                       LookStore::tr("delete look %1").arg(id), id);
}

Result<Look> LookStore::load(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, QStringLiteral("SELECT %1 FROM looks WHERE id = ?").arg(kColumns),
                                 LookStore::tr("load look"), id);
        !status)
        return status.failure();
    if (!query.next())
        return Failure{LookStore::tr("look %1 does not exist").arg(id)};
    Look look = lookFromRow(query);
    Result<QHash<RowId, QList<Product>>> products = loadProducts(m_catalog.db(), id);
    if (!products)
        return products.failure();
    look.products = products->value(id);
    return look;
}

Result<QList<Look>> LookStore::list() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query, QStringLiteral("SELECT %1 FROM looks ORDER BY created_at DESC, id DESC").arg(kColumns),
            LookStore::tr("list looks"));
        !status)
        return status.failure();
    QList<Look> looks;
    while (query.next())
        looks << lookFromRow(query);
    Result<QHash<RowId, QList<Product>>> products = loadProducts(m_catalog.db(), 0);
    if (!products)
        return products.failure();
    for (Look &look : looks)
        look.products = products->value(look.id);
    return looks;
}

Result<int> LookStore::count() const
{
    return sql::countRows(m_catalog.db(), QStringLiteral("looks"));
}

Result<QList<LookSummary>> LookStore::summaries() const
{
    // Correlated counts walk the (look_id, ...) indexes of products and look_videos; the default
    // video is found through the partial unique index look_videos_one_default.
    QSqlQuery query(m_catalog.db());
    query.setForwardOnly(true);
    if (Status status = sql::run(
            query,
            QStringLiteral(
                "SELECT l.id, l.account_id, l.remote_id, l.title, l.image_path, l.image_url, l.visibility, "
                "l.is_sample, l.updated_at, "
                "(SELECT COUNT(*) FROM products p WHERE p.look_id = l.id), "
                "(SELECT COUNT(*) FROM look_videos c WHERE c.look_id = l.id), "
                "(SELECT COUNT(*) FROM look_videos o JOIN videos ov ON ov.id = o.video_id "
                "WHERE o.look_id = l.id AND ov.file_path <> ''), "
                "d.video_id, dv.status, dv.poster_path "
                "FROM looks l "
                "LEFT JOIN look_videos d ON d.look_id = l.id AND d.is_default = 1 "
                "LEFT JOIN videos dv ON dv.id = d.video_id "
                "ORDER BY l.created_at DESC, l.id DESC"),
            LookStore::tr("list look summaries"));
        !status)
        return status.failure();
    QList<LookSummary> looks;
    while (query.next()) {
        LookSummary look;
        look.id = query.value(0).toLongLong();
        look.accountId = query.value(1).toLongLong();
        look.remoteId = query.value(2).toString();
        look.title = query.value(3).toString();
        look.imagePath = query.value(4).toString();
        look.imageUrl = query.value(5).toString();
        look.visibility = fromText<Visibility>(query.value(6).toString()).value_or(Visibility::Private);
        look.isSample = query.value(7).toBool();
        look.updatedAt = sql::toDateTime(query.value(8));
        look.productCount = query.value(9).toInt();
        look.videoCount = query.value(10).toInt();
        look.offlineVideoCount = query.value(11).toInt();
        look.defaultVideoId = query.value(12).toLongLong();
        if (look.defaultVideoId != 0) {
            look.defaultStatus =
                fromText<VideoStatus>(query.value(13).toString()).value_or(VideoStatus::Pending);
            look.defaultPosterPath = query.value(14).toString();
        }
        looks << look;
    }
    return looks;
}

}  // namespace storyreel
