# app/providers: the Provider interface, the remote job runner, shared polling and result import.
target_sources(studio_core PRIVATE
  providers/providerresult.h providers/providererror.cpp
  providers/provider.h
  providers/providerfactory.h providers/providerfactory.cpp
  providers/providerhub.h providers/providerhub.cpp
  providers/accountpoller.h providers/accountpoller.cpp
  providers/resultimport.h providers/resultimport.cpp
  providers/remotejob.h providers/remotejob.cpp
  providers/providerjobrunner.h providers/providerjobrunner.cpp
  providers/accountservice.h
  providers/generationservice.h
  providers/accountservice.cpp
  providers/generationservice.cpp
)
