# Review notes export (the player's CSV); the rest of app/library is listed in library/sources.cmake.
target_sources(studio_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/reviewnotescsv.h ${CMAKE_CURRENT_LIST_DIR}/reviewnotescsv.cpp)
target_include_directories(studio_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
