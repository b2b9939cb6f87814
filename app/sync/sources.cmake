# app/sync: the offline operation queue (edits made while a provider was unreachable, replayed in order)
# and cloud storage (storages, uploads and downloads as jobs, share links); the S3 protocol is in s3/.
target_sources(studio_core PRIVATE
  sync/offlinequeue.h sync/offlinequeue.cpp
  sync/filedigest.h sync/filedigest.cpp
  sync/storageconnector.h sync/storageconnector.cpp
  sync/transferprogress.h sync/transferprogress.cpp
  sync/uploadtask.h sync/uploadtask.cpp sync/uploadmultipart.cpp
  sync/downloadtask.h sync/downloadtask.cpp
  sync/transferrunner.h sync/transferrunner.cpp
  sync/cloudservice.h sync/cloudprivate.h sync/cloudservice.cpp sync/cloudtransfers.cpp sync/cloudshare.cpp
)
target_include_directories(studio_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sync)
