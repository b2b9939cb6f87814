# app/providers/http: the HTTP policy every dialect client goes through.
target_sources(studio_core PRIVATE
  providers/http/httpclient.h providers/http/httpclient.cpp
  providers/http/httpexchange.h providers/http/httpexchange.cpp providers/http/httpexchangedownload.cpp
  providers/http/httperrors.h providers/http/httperrors.cpp
  providers/http/retrypolicy.h providers/http/retrypolicy.cpp
  providers/http/ratelimiter.h providers/http/ratelimiter.cpp
)
