# Files of core/sync (owned by that layer's work)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/syncplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncplanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncbatch.h
    ${CMAKE_CURRENT_LIST_DIR}/syncbatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/writepacer.h
    ${CMAKE_CURRENT_LIST_DIR}/writepacer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncrunlock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncsession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/needsmappinghold.h
    ${CMAKE_CURRENT_LIST_DIR}/needsmappinghold.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncscheduler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncscheduler.h
    ${CMAKE_CURRENT_LIST_DIR}/syncservice.h
    ${CMAKE_CURRENT_LIST_DIR}/synclogline.h
    ${CMAKE_CURRENT_LIST_DIR}/synclogline.cpp
)
