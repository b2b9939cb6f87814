# app/library: the look library's services (default videos, links, favourites, offline copies, media
# import). No widgets. (reviewnotescsv.* has its own list in reviewnotes.cmake.)
target_sources(studio_core PRIVATE
  library/libraryservice.h library/libraryservice.cpp library/libraryremote.cpp library/librarysync.cpp
  library/mediaimport.h library/mediaimport.cpp
  cli/librarycommands.h cli/librarycommands.cpp
)
target_include_directories(studio_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/library)
