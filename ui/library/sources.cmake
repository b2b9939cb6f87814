# The Library workspace's parts: look cards, video rows, the look details, the all-videos browser
# with its filters, pickers, import and conflicts, and the cloud actions.
target_sources(studio_ui PRIVATE
  library/badge.h library/badge.cpp
  library/shortcutbutton.h library/shortcutbutton.cpp
  library/videotext.h library/videotext.cpp
  library/lookcarddelegate.h library/lookcarddelegate.cpp
  library/videorowdelegate.h library/videorowdelegate.cpp
  library/lookdetailspane.h library/lookdetailspane.cpp
  library/videofilterbar.h library/videofilterbar.cpp
  library/videosbrowser.h library/videosbrowser.cpp
  library/lookpickerdialog.h library/lookpickerdialog.cpp
  library/videopickerdialog.h library/videopickerdialog.cpp
  library/generateforlookdialog.h library/generateforlookdialog.cpp
  library/conflictsdialog.h library/conflictsdialog.cpp
  library/importrunner.h library/importrunner.cpp
  library/cloudactions.h library/cloudactions.cpp
  library/sharelinkdialog.h library/sharelinkdialog.cpp
  widgets/noticebar.h widgets/noticebar.cpp
  widgets/startupreport.h widgets/startupreport.cpp
)
