# app/providers/dialects: one client per seed API dialect, the strict JSON reads and the small pieces
# they share, and the aistudio catalog mirror.
target_sources(studio_core PRIVATE
  providers/dialects/jsonread.h providers/dialects/jsonread.cpp
  providers/dialects/dialectsupport.h providers/dialects/dialectsupport.cpp
  providers/dialects/aistudioclient.h providers/dialects/aistudioclient.cpp
  providers/dialects/asyncvideosclient.h providers/dialects/asyncvideosclient.cpp
  providers/dialects/aistudiomirror.h providers/dialects/aistudiomirror.cpp
  providers/dialects/storyboardclient.h providers/dialects/storyboardclient.cpp
  providers/dialects/t2mclient.h providers/dialects/t2mclient.cpp
)
