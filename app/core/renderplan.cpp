#include "renderplan.h"

#include "catalog.h"
#include "datalocation.h"
#include "storyboardstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace storyreel {
namespace {

struct RenderPlan
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::RenderPlan)
};

}  // namespace

Result<Storyboard> findStoryboard(const Catalog &catalog, const QString &idOrTitle)
{
    const StoryboardStore store(catalog);
    QString key = idOrTitle.trimmed();
    if (key.startsWith(QLatin1Char('#')))
        key.remove(0, 1);
    bool isNumber = false;
    const RowId id = key.toLongLong(&isNumber);
    if (isNumber) {
        Result<Storyboard> board = store.load(id);
        if (board)
            return board;
    }
    Result<QList<Storyboard>> all = store.list();
    if (!all)
        return all.failure();
    QList<Storyboard> matches;
    QStringList known;
    for (const Storyboard &board : *all) {
        known << QStringLiteral("#%1 %2").arg(board.id).arg(board.title);
        if (board.title.compare(idOrTitle.trimmed(), Qt::CaseInsensitive) == 0)
            matches << board;
    }
    if (matches.size() == 1)
        return store.load(matches.first().id);
    if (matches.size() > 1)
        return Failure{RenderPlan::tr("several storyboards are called \"%1\"; use an id: %2")
                           .arg(idOrTitle, known.join(QStringLiteral(", "))),
                       FailureKind::BadInput};
    return Failure{
        RenderPlan::tr("no storyboard \"%1\"; the catalog has: %2")
            .arg(idOrTitle, known.isEmpty() ? RenderPlan::tr("none") : known.join(QStringLiteral(", "))),
        FailureKind::BadInput};
}

QList<RenderScene> renderScenesFor(const Storyboard &storyboard, const DataLocation &location)
{
    QList<RenderScene> scenes;
    for (const Scene &scene : storyboard.scenes)
        scenes << RenderScene{location.absolute(scene.imagePath), scene.description, scene.durationMs};
    return scenes;
}

QString renderFileName(const Storyboard &storyboard)
{
    static const QRegularExpression kNotWord(QStringLiteral("[^a-z0-9]+"));
    QString slug = storyboard.title.toLower().replace(kNotWord, QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (slug.isEmpty())
        slug = QStringLiteral("storyboard-%1").arg(storyboard.id);
    return slug + QStringLiteral(".mp4");
}

}  // namespace storyreel
