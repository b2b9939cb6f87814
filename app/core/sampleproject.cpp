#include "sampleproject.h"

#include "catalog.h"
#include "lookstore.h"
#include "mediastore.h"
#include "storyboardstore.h"
#include "transaction.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSvgRenderer>

namespace storyreel {
namespace {

const QString kResourceDir = QStringLiteral(":/storyreel/sample/");

Result<QJsonObject> readDescription()
{
    QFile file(kResourceDir + QStringLiteral("sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Failure{SampleProject::tr("the sample project is missing from this build")};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Failure{
            SampleProject::tr("the sample project description is broken: %1").arg(error.errorString())};
    return document.object();
}

}  // namespace

Result<QString> SampleProject::renderImage(const QString &svgName) const
{
    QSvgRenderer renderer(kResourceDir + svgName);
    if (!renderer.isValid())
        return Failure{tr("the sample image %1 cannot be read").arg(svgName)};
    QImage image(renderer.defaultSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Failure{tr("cannot encode the sample image %1").arg(svgName)};
    return m_media.addBytes(png, QStringLiteral("png"));
}

Result<bool> SampleProject::ensureCreated() const
{
    if (!m_catalog.metaValue(QString::fromLatin1(kCreatedMetaKey)).isEmpty())
        return false;
    Result<QJsonObject> description = readDescription();
    if (!description)
        return description.failure();

    // Images first: a catalog row is committed only after the file it points at is complete.
    const QJsonObject boardJson = description->value(QStringLiteral("storyboard")).toObject();
    Storyboard board;
    board.title = boardJson.value(QStringLiteral("title")).toString();
    board.prompt = boardJson.value(QStringLiteral("prompt")).toString();
    board.style = boardJson.value(QStringLiteral("style")).toString();
    board.aspect = fromText<Aspect>(boardJson.value(QStringLiteral("aspect")).toString())
                       .value_or(Aspect::Landscape16x9);
    board.isSample = true;
    for (const QJsonValue &value : boardJson.value(QStringLiteral("scenes")).toArray()) {
        const QJsonObject sceneJson = value.toObject();
        Scene scene;
        scene.description = sceneJson.value(QStringLiteral("description")).toString();
        scene.imagePrompt = sceneJson.value(QStringLiteral("imagePrompt")).toString();
        scene.durationMs = sceneJson.value(QStringLiteral("durationMs")).toInteger(5000);
        if (const QString image = sceneJson.value(QStringLiteral("image")).toString(); !image.isEmpty()) {
            Result<QString> path = renderImage(image);
            if (!path)
                return path.failure();
            scene.imagePath = *path;
        }
        board.scenes << scene;
    }

    QList<Look> looks;
    for (const QJsonValue &value : description->value(QStringLiteral("looks")).toArray()) {
        const QJsonObject lookJson = value.toObject();
        Look look;
        look.title = lookJson.value(QStringLiteral("title")).toString();
        look.visibility = fromText<Visibility>(lookJson.value(QStringLiteral("visibility")).toString())
                              .value_or(Visibility::Private);
        look.isSample = true;
        Result<QString> path = renderImage(lookJson.value(QStringLiteral("image")).toString());
        if (!path)
            return path.failure();
        look.imagePath = *path;
        for (const QJsonValue &productValue : lookJson.value(QStringLiteral("products")).toArray()) {
            const QJsonObject productJson = productValue.toObject();
            Product product;
            product.name = productJson.value(QStringLiteral("name")).toString();
            product.brand = productJson.value(QStringLiteral("brand")).toString();
            product.category = productJson.value(QStringLiteral("category")).toString();
            product.priceCents = productJson.value(QStringLiteral("priceCents")).toInteger();
            product.currency = productJson.value(QStringLiteral("currency")).toString();
            look.products << product;
        }
        looks << look;
    }

    // All rows and the "created once" marker in one transaction: all of the sample or none of it.
    Transaction transaction(m_catalog.db());
    if (!transaction.began())
        return Failure{tr("cannot create the sample project: %1").arg(transaction.beginError())};
    for (const Look &look : std::as_const(looks)) {
        if (Result<RowId> id = LookStore(m_catalog).create(look); !id)
            return id.failure();
    }
    if (Result<RowId> id = StoryboardStore(m_catalog).create(board); !id)
        return id.failure();
    if (Status marked = m_catalog.setMetaValue(QString::fromLatin1(kCreatedMetaKey),
                                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !marked)
        return marked.failure();
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return true;
}

}  // namespace storyreel
