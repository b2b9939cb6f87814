# app/sync: the offline operation queue (edits made while a provider was unreachable, replayed in order).
target_sources(studio_core PRIVATE
  sync/offlinequeue.h sync/offlinequeue.cpp
)
target_include_directories(studio_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sync)
