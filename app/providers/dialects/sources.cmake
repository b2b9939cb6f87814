# app/providers/dialects: one client per seed API dialect.
target_sources(studio_core PRIVATE
)
# aistudio + asyncvideos clients, the aistudio catalog mirror and the strict JSON reads they share.
target_sources(studio_core PRIVATE
  providers/dialects/jsonread.h providers/dialects/jsonread.cpp
  providers/dialects/aistudioclient.h providers/dialects/aistudioclient.cpp
  providers/dialects/asyncvideosclient.h providers/dialects/asyncvideosclient.cpp
  providers/dialects/aistudiomirror.h providers/dialects/aistudiomirror.cpp
)
# storyboard + t2m clients.
target_sources(studio_core PRIVATE
  providers/dialects/storyboardclient.h providers/dialects/storyboardclient.cpp
  providers/dialects/t2mclient.h providers/dialects/t2mclient.cpp
)
