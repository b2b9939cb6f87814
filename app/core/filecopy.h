#pragma once

#include "result.h"

#include <QString>

namespace storyreel {

// Copies a file's bytes into `to` (created or truncated): a reflink where the file system shares
// blocks copy-on-write (btrfs, XFS), else copy_file_range in the kernel, else a streamed copy. Never a
// hard link: the copy must stay independent of the original (a user's export edited in place must not
// change the cached one). Not fsynced; write into a PartialFile and commit it.
Status copyFileContents(const QString &from, const QString &to);

}  // namespace storyreel
