target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/error.h
    ${CMAKE_CURRENT_LIST_DIR}/error.cpp
    ${CMAKE_CURRENT_LIST_DIR}/result.h
)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/appinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/appinfo.cpp
)
