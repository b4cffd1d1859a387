# Files of core/auth (owned by that layer's work)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/secretstore.h
)
