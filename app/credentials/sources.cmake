# app/credentials: secrets in the OS keychain (QtKeychain) behind CredentialStore.
target_sources(studio_core PRIVATE
  credentials/credentialstore.h
)
