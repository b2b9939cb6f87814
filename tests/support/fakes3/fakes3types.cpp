#include "fakes3types.h"

#include <QXmlStreamWriter>

namespace storyreel::fakes3 {

QByteArray Request::queryValue(const QByteArray &name) const
{
    for (const QByteArray &item : query.split('&')) {
        const qsizetype equals = item.indexOf('=');
        if (QByteArray::fromPercentEncoding(equals < 0 ? item : item.left(equals)) == name)
            return equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(item.mid(equals + 1));
    }
    return {};
}

bool Request::hasQueryItem(const QByteArray &name) const
{
    for (const QByteArray &item : query.split('&')) {
        const qsizetype equals = item.indexOf('=');
        if (QByteArray::fromPercentEncoding(equals < 0 ? item : item.left(equals)) == name)
            return true;
    }
    return false;
}

QByteArray Answer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void Answer::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

Answer errorAnswer(int status, const QString &code, const QString &message,
                   const QList<QPair<QString, QString>> &extra)
{
    Answer answer;
    answer.status = status;
    QXmlStreamWriter writer(&answer.body);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("Error"));
    writer.writeTextElement(QStringLiteral("Code"), code);
    writer.writeTextElement(QStringLiteral("Message"), message);
    for (const auto &[name, value] : extra)
        writer.writeTextElement(name, value);
    writer.writeTextElement(QStringLiteral("RequestId"), QStringLiteral("FAKE0REQUEST0ID"));
    writer.writeEndElement();
    writer.writeEndDocument();
    answer.addHeader("Content-Type", "application/xml");
    return answer;
}

}  // namespace storyreel::fakes3
