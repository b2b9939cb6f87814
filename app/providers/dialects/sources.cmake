# app/providers/dialects: one client per seed API dialect.
target_sources(studio_core PRIVATE
)
