#include "cloudstatesql.h"

namespace storyreel::store {

QString cloudStateSubquery(const QString &where)
{
    return QStringLiteral(
               "(SELECT CASE WHEN j.status IN ('queued', 'held', 'running') THEN j.kind WHEN c.state = "
               "'stored' THEN 'stored' ELSE '' END FROM cloud_objects c LEFT JOIN jobs j ON j.id = "
               "c.job_id WHERE %1 ORDER BY CASE WHEN j.status IN ('queued', 'held', 'running') THEN 0 "
               "WHEN c.state = 'stored' THEN 1 ELSE 2 END LIMIT 1)")
        .arg(where);
}

CloudState cloudStateFrom(const QString &transferOrStored, bool hasFile)
{
    if (transferOrStored == QLatin1String("upload"))
        return CloudState::Uploading;
    if (transferOrStored == QLatin1String("download"))
        return CloudState::Downloading;
    if (transferOrStored == QLatin1String("stored"))
        return hasFile ? CloudState::InCloud : CloudState::CloudOnly;
    return CloudState::LocalOnly;
}

}  // namespace storyreel::store
