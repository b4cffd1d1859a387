# Files of core/app: the use-case layer both front ends call.
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/appactions.h
    ${CMAKE_CURRENT_LIST_DIR}/appactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statussnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/accounts.h
    ${CMAKE_CURRENT_LIST_DIR}/accounts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runreport.h
    ${CMAKE_CURRENT_LIST_DIR}/runreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runundo.h
    ${CMAKE_CURRENT_LIST_DIR}/runundo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runresult.h
    ${CMAKE_CURRENT_LIST_DIR}/runresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/titlelookup.h
    ${CMAKE_CURRENT_LIST_DIR}/titlelookup.cpp
)
