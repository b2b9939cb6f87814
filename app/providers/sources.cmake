# app/providers: the Provider interface, the remote job runner, shared polling and result import.
target_sources(studio_core PRIVATE
  providers/providerresult.h providers/providererror.cpp
  providers/provider.h
)
