target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logging.h
    ${CMAKE_CURRENT_LIST_DIR}/logging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/redact.h
    ${CMAKE_CURRENT_LIST_DIR}/redact.cpp
)
