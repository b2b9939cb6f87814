#pragma once

#include "enums.h"

namespace storyreel {

// The display rule of a look (DESIGN.md "Display rule", seed 000 "Default Video Logic"): storefronts
// show the look's default video only once it has succeeded; until then they show the look's image.
inline bool showsDefaultVideo(bool isDefault, VideoStatus status)
{
    return isDefault && status == VideoStatus::Succeeded;
}

}  // namespace storyreel
