# Files of core/mapping (owned by that layer's work)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/episodepattern.h
    ${CMAKE_CURRENT_LIST_DIR}/episodepattern.cpp
    ${CMAKE_CURRENT_LIST_DIR}/traktseason.h
    ${CMAKE_CURRENT_LIST_DIR}/traktseason.cpp
    ${CMAKE_CURRENT_LIST_DIR}/breakpointmap.h
    ${CMAKE_CURRENT_LIST_DIR}/breakpointmap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mappingsource.h
    ${CMAKE_CURRENT_LIST_DIR}/mappingsource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importhelpers.h
    ${CMAKE_CURRENT_LIST_DIR}/mappingimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/mappingimporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/otakuimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/otakuimporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fribbsimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/fribbsimporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/anibridgeimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/anibridgeimporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resolvedid.h
    ${CMAKE_CURRENT_LIST_DIR}/episodemapper.h
    ${CMAKE_CURRENT_LIST_DIR}/episodemapper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/externallookup.h
    ${CMAKE_CURRENT_LIST_DIR}/idresolver.h
    ${CMAKE_CURRENT_LIST_DIR}/idresolver.cpp
)
