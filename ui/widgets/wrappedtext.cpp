#include "wrappedtext.h"

#include <QFontMetrics>
#include <QTextLayout>

namespace storyreel {

QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QFontMetrics metrics(font);
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool last = lines.size() == maxLines - 1;
        const QString piece =
            last ? text.mid(line.textStart()) : text.mid(line.textStart(), line.textLength());
        lines << (last ? metrics.elidedText(piece.simplified(), Qt::ElideRight, width) : piece.trimmed());
    }
    layout.endLayout();
    return lines;
}

}  // namespace storyreel
