#pragma once

#include "job.h"
#include "jobrunner.h"
#include "mediainfo.h"
#include "provider.h"
#include "result.h"

#include <QList>
#include <QString>

namespace storyreel {

class Catalog;
class MediaStore;

// A downloaded result file once checked and moved into the media store.
struct StoredFile
{
    RemoteFile file;
    QString mediaPath;  // relative to the data folder; empty when the file was optional and unusable
    MediaInfo info;     // videos only
};

// Checks a downloaded file (a video must probe with a video stream, an image must decode) and adds it
// to the media store; the download is removed either way. Blocking: call it off the GUI thread.
Result<StoredFile> storeDownloadedFile(const MediaStore &media, const RemoteFile &file,
                                       const QString &downloadPath);

// Records what a finished remote job produced in the catalog: a library video (linked to its look
// when the job was for one), or a storyboard with its scene images; a Download job's files go into
// the existing video row named by its params' "videoId". Idempotent for a job that is
// imported twice (a restart between import and finish): the row of the first import is reused.
// A poster frame of a stored video, added to the media store as JPEG (for results that came without
// a thumbnail). Blocking.
Result<StoredFile> storePosterFrame(const MediaStore &media, const StoredFile &video);

Result<JobOutput> importRemoteResult(const Catalog &catalog, const MediaStore &media, const Job &job,
                                     const RemoteResult &result, const QList<StoredFile> &files);

}  // namespace storyreel
