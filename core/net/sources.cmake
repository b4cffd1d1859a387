# Files of core/net (owned by that layer's work)
target_sources(tsuzuki_core PRIVATE
)
