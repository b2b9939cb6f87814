# app/storyboards: the storyboard editor's core (document + undo commands, scene model, script import,
# .storyreel files). No widgets.
target_sources(studio_core PRIVATE
  storyboards/storyboarddocument.h storyboards/storyboarddocument.cpp
  storyboards/storyboardcommands.h storyboards/storyboardcommands.cpp
  storyboards/sceneeditmodel.h storyboards/sceneeditmodel.cpp
  storyboards/scriptimport.h storyboards/scriptimport.cpp
  storyboards/storyreelfile.h storyboards/storyreelfile.cpp
  storyboards/localstoryboard.h storyboards/localstoryboard.cpp
)
# Render, export, bundle, export-for-drag, refine and create-from-prompt (jobs and providers).
target_sources(studio_core PRIVATE
  storyboards/storyboardactions.h storyboards/storyboardactions.cpp storyboards/storyboardactionsremote.cpp
)
