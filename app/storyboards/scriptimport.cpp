#include "scriptimport.h"

#include "storyboardstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace storyreel::script {
namespace {

struct ScriptImport
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::script::ScriptImport)
};

constexpr qint64 kMaxScriptBytes = 1024 * 1024;
constexpr int kTitleWords = 6;

int wordCount(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return int(text.split(whitespace, Qt::SkipEmptyParts).size());
}

}  // namespace

qint64 estimateDurationMs(const QString &text)
{
    const double seconds = double(wordCount(text)) / kWordsPerSecond;
    const double halves = std::round(seconds * 2.0);  // to the nearest half second
    return qBound(kMinDurationMs, qint64(halves * 500.0), kMaxDurationMs);
}

QString firstSentence(const QString &paragraph)
{
    // The end of a sentence: . ! ? (or …) followed by a space or the end, after at least one letter.
    static const QRegularExpression end(QStringLiteral("[.!?\\x{2026}]+(?=\\s|$)"));
    const QString text = paragraph.simplified();
    const QRegularExpressionMatch match = end.match(text);
    return match.hasMatch() ? text.left(match.capturedEnd()) : text;
}

QStringList paragraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t\\f\\v]*\\n"));
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList result;
    for (const QString &block : normalized.split(blankLine, Qt::SkipEmptyParts)) {
        const QString joined = block.simplified();  // single line breaks inside a paragraph -> spaces
        if (!joined.isEmpty())
            result << joined;
    }
    return result;
}

Result<QList<Scene>> scenesFromScript(const QString &text)
{
    const QStringList blocks = paragraphs(text);
    if (blocks.isEmpty())
        return Failure{ScriptImport::tr("The script is empty: write or paste at least one paragraph "
                                        "(one scene per paragraph, separated by blank lines)."),

                       FailureKind::BadInput};
    QList<Scene> scenes;
    for (const QString &block : blocks) {
        Scene scene;
        scene.position = int(scenes.size()) + 1;
        scene.description = block;
        scene.imagePrompt = firstSentence(block);
        scene.durationMs = estimateDurationMs(block);
        scenes << scene;
    }
    return scenes;
}

QString titleFromScript(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = text.simplified().split(whitespace, Qt::SkipEmptyParts);
    QString title = words.mid(0, kTitleWords).join(QLatin1Char(' '));
    while (!title.isEmpty() && QStringLiteral(".,;:!?-").contains(title.back()))
        title.chop(1);
    if (words.size() > kTitleWords)
        title += QChar(0x2026);
    return title.isEmpty() ? ScriptImport::tr("Untitled storyboard") : title;
}

Result<QString> readScriptFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{ScriptImport::tr("Cannot read %1: %2").arg(path, file.errorString()),
                       FailureKind::BadInput};
    if (file.size() > kMaxScriptBytes)
        return Failure{
            ScriptImport::tr("%1 is larger than 1 MiB; a script is plain text of a few pages.").arg(path),
            FailureKind::BadInput};
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return Failure{ScriptImport::tr("%1 is not a UTF-8 text file.").arg(path), FailureKind::BadInput};
    return text;
}

Result<RowId> createStoryboard(const Catalog &catalog, const QString &text, const QString &title,
                               Aspect aspect)
{
    Result<QList<Scene>> scenes = scenesFromScript(text);
    if (!scenes)
        return scenes.failure();
    Storyboard board;
    board.title = title.trimmed().isEmpty() ? titleFromScript(text) : title.trimmed();
    board.prompt = text.trimmed().left(4000);  // the script it came from, as a generated one keeps its prompt
    board.aspect = aspect;
    board.status = StoryboardStatus::Draft;
    board.scenes = std::move(scenes).value();
    return StoryboardStore(catalog).create(board);
}

}  // namespace storyreel::script
