#include "storyboarddocument.h"

#include "storyboardcommands.h"
#include "storyboardstore.h"

#include <QLoggingCategory>
#include <QUndoStack>

#include <algorithm>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcDocument, "storyreel.storyboards.document")

// Sorted, unique, in range.
QList<int> validRows(const QList<int> &rows, int count)
{
    QList<int> result;
    for (int row : rows)
        if (row >= 0 && row < count && !result.contains(row))
            result << row;
    std::sort(result.begin(), result.end());
    return result;
}

// Any edit of content withdraws the approval (seed 003).
void withdrawApproval(Storyboard &board)
{
    board.approved = false;
    board.approvedAt = {};
}

// Consecutive ascending runs of rows: (first, count).
QList<QPair<int, int>> runs(const QList<int> &rows)
{
    QList<QPair<int, int>> result;
    for (int row : rows) {
        if (!result.isEmpty() && result.last().first + result.last().second == row)
            ++result.last().second;
        else
            result.append({row, 1});
    }
    return result;
}

}  // namespace

StoryboardDocument::StoryboardDocument(const Catalog &catalog, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_undo(new QUndoStack(this))
{}

StoryboardDocument::~StoryboardDocument() = default;

Status StoryboardDocument::open(RowId id)
{
    Storyboard board;
    if (id > 0) {
        Result<Storyboard> loaded = StoryboardStore(m_catalog).load(id);
        if (!loaded)
            return loaded.failure();
        board = std::move(loaded).value();
    }
    m_undo->clear();
    m_board = std::move(board);
    Q_EMIT scenesReset();
    Q_EMIT storyboardChanged();
    return {};
}

void StoryboardDocument::replace(const Storyboard &board, bool scenesChangedShape)
{
    SceneChange change;
    change.kind = scenesChangedShape ? SceneChange::Kind::Reset : SceneChange::Kind::Rows;
    for (int row = 0; !scenesChangedShape && row < board.scenes.size(); ++row)
        change.rows << row;
    apply(board, change);
}

void StoryboardDocument::apply(const Storyboard &board, const SceneChange &change)
{
    m_board = board;
    for (int i = 0; i < m_board.scenes.size(); ++i) {
        m_board.scenes[i].position = i + 1;
        m_board.scenes[i].storyboardId = m_board.id;
    }
    StoryboardStore store(m_catalog);
    if (Status saved = store.update(m_board); !saved) {
        qCWarning(lcDocument) << "cannot save storyboard" << m_board.id << saved.error();
        Q_EMIT saveFailed(saved.error());
    } else if (Result<QList<Scene>> stored = store.scenes(m_board.id);
               stored && stored->size() == m_board.scenes.size()) {
        // The store rewrites the scene rows: take their new ids so callers see the catalog's.
        for (int i = 0; i < m_board.scenes.size(); ++i)
            m_board.scenes[i].id = stored->at(i).id;
    }
    switch (change.kind) {
        case SceneChange::Kind::Board:
            break;
        case SceneChange::Kind::Rows:
            for (int row : change.rows)
                Q_EMIT sceneChanged(row);
            break;
        case SceneChange::Kind::Insert:
            for (const auto &[row, count] : runs(change.rows))
                Q_EMIT scenesInserted(row, count);
            break;
        case SceneChange::Kind::Remove: {
            const QList<QPair<int, int>> ranges = runs(change.rows);
            for (auto it = ranges.crbegin(); it != ranges.crend(); ++it)
                Q_EMIT scenesRemoved(it->first, it->second);
            break;
        }
        case SceneChange::Kind::Reset:
            Q_EMIT scenesReset();
            if (!change.movedTo.isEmpty())
                Q_EMIT scenesMoved(change.movedTo);
            break;
    }
    Q_EMIT storyboardChanged();
}

void StoryboardDocument::pushEdit(Storyboard after, const SceneChange &change, const QString &text,
                                  int mergeField, int mergeRow)
{
    withdrawApproval(after);
    m_undo->push(new StoryboardCommand(*this, m_board, std::move(after), change, text, mergeField, mergeRow));
}

void StoryboardDocument::setTitle(const QString &title)
{
    if (m_board.id <= 0 || title == m_board.title || title.trimmed().isEmpty())
        return;
    Storyboard after = m_board;
    after.title = title;
    pushEdit(std::move(after), SceneChange{}, tr("Rename storyboard"), 100, -1);
}

void StoryboardDocument::setSceneText(int row, Field field, const QString &text)
{
    if (row < 0 || row >= sceneCount() || (field != Field::Description && field != Field::ImagePrompt))
        return;
    Storyboard after = m_board;
    QString &target =
        field == Field::Description ? after.scenes[row].description : after.scenes[row].imagePrompt;
    if (target == text)
        return;
    target = text;
    pushEdit(std::move(after), SceneChange{SceneChange::Kind::Rows, {row}, {}},
             field == Field::Description ? tr("Edit description of scene %1").arg(row + 1)
                                         : tr("Edit image prompt of scene %1").arg(row + 1),
             int(field), row);
}

void StoryboardDocument::setDurations(const QList<int> &rows, qint64 durationMs)
{
    const QList<int> valid = validRows(rows, sceneCount());
    if (valid.isEmpty() || durationMs <= 0)
        return;
    Storyboard after = m_board;
    bool changed = false;
    for (int row : valid) {
        changed = changed || after.scenes[row].durationMs != durationMs;
        after.scenes[row].durationMs = durationMs;
    }
    if (!changed)
        return;
    pushEdit(std::move(after), SceneChange{SceneChange::Kind::Rows, valid, {}},
             valid.size() == 1 ? tr("Change duration of scene %1").arg(valid.first() + 1)
                               : tr("Change duration of %n scenes", nullptr, int(valid.size())),
             int(Field::Duration), valid.size() == 1 ? valid.first() : -2);
}

void StoryboardDocument::setImage(int row, const QString &mediaPath)
{
    if (row < 0 || row >= sceneCount() || m_board.scenes.at(row).imagePath == mediaPath)
        return;
    Storyboard after = m_board;
    after.scenes[row].imagePath = mediaPath;
    pushEdit(std::move(after), SceneChange{SceneChange::Kind::Rows, {row}, {}},
             tr("Change image of scene %1").arg(row + 1), -1, -1);
}

void StoryboardDocument::insertScenes(int row, const QList<Scene> &scenes)
{
    if (m_board.id <= 0 || row < 0 || row > sceneCount() || scenes.isEmpty())
        return;
    Storyboard after = m_board;
    SceneChange change{SceneChange::Kind::Insert, {}, {}};
    for (int i = 0; i < scenes.size(); ++i) {
        Scene scene = scenes.at(i);
        scene.id = 0;
        after.scenes.insert(row + i, scene);
        change.rows << row + i;
    }
    pushEdit(std::move(after), change, tr("Add %n scene(s)", nullptr, int(scenes.size())), -1, -1);
}

void StoryboardDocument::removeScenes(const QList<int> &rows)
{
    const QList<int> valid = validRows(rows, sceneCount());
    if (valid.isEmpty())
        return;
    Storyboard after = m_board;
    for (auto it = valid.crbegin(); it != valid.crend(); ++it)
        after.scenes.removeAt(*it);
    pushEdit(std::move(after), SceneChange{SceneChange::Kind::Remove, valid, {}},
             tr("Delete %n scene(s)", nullptr, int(valid.size())), -1, -1);
}

void StoryboardDocument::duplicateScenes(const QList<int> &rows)
{
    const QList<int> valid = validRows(rows, sceneCount());
    if (valid.isEmpty())
        return;
    Storyboard after = m_board;
    SceneChange change{SceneChange::Kind::Insert, {}, {}};
    for (int k = 0; k < valid.size(); ++k) {
        const int at = valid.at(k) + k + 1;  // right after the original, which earlier copies shifted by k
        Scene copy = m_board.scenes.at(valid.at(k));
        copy.id = 0;
        after.scenes.insert(at, copy);
        change.rows << at;
    }
    pushEdit(std::move(after), change, tr("Duplicate %n scene(s)", nullptr, int(valid.size())), -1, -1);
}

void StoryboardDocument::moveScenes(const QList<int> &rows, int before)
{
    const QList<int> moved = validRows(rows, sceneCount());
    if (moved.isEmpty() || before < 0 || before > sceneCount())
        return;
    QList<Scene> rest;
    int insertAt = 0;
    for (int row = 0; row < sceneCount(); ++row) {
        if (moved.contains(row))
            continue;
        if (row < before)
            ++insertAt;
        rest << m_board.scenes.at(row);
    }
    SceneChange change{SceneChange::Kind::Reset, {}, {}};
    QList<Scene> reordered = rest.mid(0, insertAt);
    for (int row : moved) {
        change.movedTo << int(reordered.size());
        reordered << m_board.scenes.at(row);
    }
    reordered << rest.mid(insertAt);
    if (change.movedTo == moved)
        return;  // dropped where they already are
    Storyboard after = m_board;
    after.scenes = reordered;
    pushEdit(std::move(after), change, tr("Move %n scene(s)", nullptr, int(moved.size())), -1, -1);
}

void StoryboardDocument::approve()
{
    if (m_board.id <= 0 || m_board.approved)
        return;
    Storyboard after = m_board;
    after.approved = true;
    after.approvedAt = QDateTime::currentDateTimeUtc();
    m_undo->push(new StoryboardCommand(*this, m_board, std::move(after), SceneChange{}, tr("Approve")));
}

Status StoryboardDocument::applyRefinement(int row, const Scene &refined)
{
    if (row < 0 || row >= sceneCount())
        return Failure{tr("There is no scene %1 to refine.").arg(row + 1), FailureKind::BadInput};
    if (refinementsLeft() <= 0)
        return Failure{tr("This storyboard has used all %1 refinements; edit the scene by hand instead.")
                           .arg(kMaxRefinements),
                       FailureKind::BadInput};
    Storyboard after = m_board;
    Scene &scene = after.scenes[row];
    scene.description = refined.description;
    scene.imagePrompt = refined.imagePrompt;
    if (!refined.imagePath.isEmpty())
        scene.imagePath = refined.imagePath;
    ++after.refinementCount;
    withdrawApproval(after);
    m_undo->push(new StoryboardCommand(*this, m_board, std::move(after),
                                       SceneChange{SceneChange::Kind::Rows, {row}, {}},
                                       tr("Refine scene %1").arg(row + 1), -1, -1, true));
    return {};
}

}  // namespace storyreel
