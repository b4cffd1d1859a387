# Files of core/sync (owned by that layer's work)
target_sources(tsuzuki_core PRIVATE
)
