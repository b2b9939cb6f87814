# Keyboard shortcuts: the registry of every command with a key, and Help › Keyboard Shortcuts.
target_sources(studio_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/shortcutregistry.h ${CMAKE_CURRENT_LIST_DIR}/shortcutregistry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shortcutcatalog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keyrecorder.h ${CMAKE_CURRENT_LIST_DIR}/keyrecorder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.h ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.cpp
)
