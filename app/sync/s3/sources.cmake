# app/sync/s3: the S3 protocol (SigV4 signing, addressing, XML, the object and multipart operations).
target_sources(studio_core PRIVATE
  sync/s3/s3types.h
  sync/s3/sigv4.h sync/s3/sigv4.cpp
  sync/s3/s3address.h sync/s3/s3address.cpp
  sync/s3/s3xml.h sync/s3/s3xml.cpp
  sync/s3/s3errors.h sync/s3/s3errors.cpp
  sync/s3/s3client.h sync/s3/s3clientprivate.h sync/s3/s3client.cpp sync/s3/s3multipart.cpp
)
target_include_directories(studio_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sync/s3)
