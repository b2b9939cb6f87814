# The player for offline review: PlayerWidget, review notes, compare.
target_sources(studio_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/posterview.h ${CMAKE_CURRENT_LIST_DIR}/posterview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/playercontrols.h ${CMAKE_CURRENT_LIST_DIR}/playercontrols.cpp
  ${CMAKE_CURRENT_LIST_DIR}/playerwidget.h ${CMAKE_CURRENT_LIST_DIR}/playerwidget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/playerkeys.cpp ${CMAKE_CURRENT_LIST_DIR}/playerevents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/playertransport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewnotecommand.h ${CMAKE_CURRENT_LIST_DIR}/reviewnotecommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewnotespanel.h ${CMAKE_CURRENT_LIST_DIR}/reviewnotespanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewdialog.h ${CMAKE_CURRENT_LIST_DIR}/reviewdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/comparedialog.h ${CMAKE_CURRENT_LIST_DIR}/comparedialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/playerdialog.h ${CMAKE_CURRENT_LIST_DIR}/playerdialog.cpp
)
target_link_libraries(studio_ui PUBLIC Qt6::Multimedia Qt6::MultimediaWidgets)
