# app/credentials: secrets in the OS keychain (QtKeychain) behind CredentialStore.
target_sources(studio_core PRIVATE
  credentials/credentialstore.h
  credentials/keychaincredentialstore.h credentials/keychaincredentialstore.cpp
  credentials/memorycredentialstore.h credentials/memorycredentialstore.cpp
)
