# app/providers/http: the HTTP policy every dialect client goes through.
target_sources(studio_core PRIVATE
  providers/http/httpclient.h
)
