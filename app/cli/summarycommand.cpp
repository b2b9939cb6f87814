#include "summarycommand.h"

#include "clirunner.h"
#include "lookstore.h"
#include "storyboardstore.h"
#include "studio.h"

#include <QCoreApplication>
#include <QDir>

namespace storyreel {
namespace {

struct SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::SummaryCommand)
};

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

}  // namespace

int printSummary(const Studio &studio, QTextStream &out)
{
    const DataLocation &location = studio.location();
    out << "Storyreel Studio " << STORYREEL_VERSION << "\n";
    // Labels in one column, whatever their length in the user's language.
    const auto field = [](const QString &label) { return label.leftJustified(14) + QLatin1Char(' '); };
    out << field(SummaryCommand::tr("Data folder:")) << QDir::toNativeSeparators(location.root()) << " ("
        << location.origin() << ")\n";
    out << field(SummaryCommand::tr("Catalog:"))
        << SummaryCommand::tr("%1 (schema %2, SQLite %3)")
               .arg(QDir::toNativeSeparators(location.catalogPath()),
                    QString::number(studio.catalog().schemaVersion()), studio.catalog().sqliteVersion())
        << "\n";
    out << field(SummaryCommand::tr("Media store:")) << QDir::toNativeSeparators(location.mediaDir()) << "\n";
    out << field(SummaryCommand::tr("Sample project:"))

        << (studio.sampleCreatedNow() ? SummaryCommand::tr("created now")
                                      : SummaryCommand::tr("created earlier"))
        << "\n";

    const StoryboardStore boards(studio.catalog());
    Result<QList<Storyboard>> storyboards = boards.list();
    if (!storyboards) {
        out << SummaryCommand::tr("error: %1").arg(storyboards.error()) << "\n";
        return ExitFailure;
    }
    out << "\n" << SummaryCommand::tr("Storyboards (%1)").arg(storyboards->size()) << "\n";
    for (const Storyboard &listed : *storyboards) {
        Result<Storyboard> board = boards.load(listed.id);
        if (!board)
            continue;
        out << "  #" << board->id << "  " << board->title << " - "
            << SummaryCommand::tr("%n scene(s)", nullptr, int(board->scenes.size())) << ", "
            << seconds(board->totalDurationMs()) << ", " << toText(board->aspect) << ", "
            << toText(board->status);
        if (board->approved)
            out << ", " << SummaryCommand::tr("approved");
        out << "\n";
    }

    Result<QList<Look>> looks = LookStore(studio.catalog()).list();
    if (!looks) {
        out << SummaryCommand::tr("error: %1").arg(looks.error()) << "\n";
        return ExitFailure;
    }
    out << "\n" << SummaryCommand::tr("Looks (%1)").arg(looks->size()) << "\n";
    for (const Look &look : *looks) {
        out << "  #" << look.id << "  " << look.title << " - "
            << SummaryCommand::tr("%n product(s)", nullptr, int(look.products.size())) << ", "
            << toText(look.visibility) << "\n";
    }
    out.flush();
    return ExitOk;
}

}  // namespace storyreel
