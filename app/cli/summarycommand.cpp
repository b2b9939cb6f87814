#include "summarycommand.h"

#include "clirunner.h"
#include "lookstore.h"
#include "storyboardstore.h"
#include "studio.h"

#include <QDir>

namespace storyreel {
namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

}  // namespace

int printSummary(const Studio &studio, QTextStream &out)
{
    const DataLocation &location = studio.location();
    out << "Storyreel Studio " << STORYREEL_VERSION << "\n";
    out << "Data folder:   " << QDir::toNativeSeparators(location.root()) << " (" << location.origin()
        << ")\n";
    out << "Catalog:       " << QDir::toNativeSeparators(location.catalogPath()) << " (schema "
        << studio.catalog().schemaVersion() << ", SQLite " << studio.catalog().sqliteVersion() << ")\n";
    out << "Media store:   " << QDir::toNativeSeparators(location.mediaDir()) << "\n";
    out << "Sample project: " << (studio.sampleCreatedNow() ? "created now" : "created earlier") << "\n";

    const StoryboardStore boards(studio.catalog());
    Result<QList<Storyboard>> storyboards = boards.list();
    if (!storyboards) {
        out << "error: " << storyboards.error() << "\n";
        return ExitFailure;
    }
    out << "\nStoryboards (" << storyboards->size() << ")\n";
    for (const Storyboard &listed : *storyboards) {
        Result<Storyboard> board = boards.load(listed.id);
        if (!board)
            continue;
        out << "  #" << board->id << "  " << board->title << " - " << board->scenes.size() << " scenes, "
            << seconds(board->totalDurationMs()) << ", " << toText(board->aspect) << ", "
            << toText(board->status) << (board->approved ? ", approved" : "") << "\n";
    }

    Result<QList<Look>> looks = LookStore(studio.catalog()).list();
    if (!looks) {
        out << "error: " << looks.error() << "\n";
        return ExitFailure;
    }
    out << "\nLooks (" << looks->size() << ")\n";
    for (const Look &look : *looks) {
        out << "  #" << look.id << "  " << look.title << " - " << look.products.size() << " products, "
            << toText(look.visibility) << "\n";
    }
    out.flush();
    return ExitOk;
}

}  // namespace storyreel
