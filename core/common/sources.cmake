target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/error.h
    ${CMAKE_CURRENT_LIST_DIR}/error.cpp
    ${CMAKE_CURRENT_LIST_DIR}/result.h
)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/appinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/appinfo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/idparser.h
    ${CMAKE_CURRENT_LIST_DIR}/idparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timeformat.h
    ${CMAKE_CURRENT_LIST_DIR}/timeformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/translations.h
    ${CMAKE_CURRENT_LIST_DIR}/translations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/autostart.h
    ${CMAKE_CURRENT_LIST_DIR}/autostart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/singleinstance.h
    ${CMAKE_CURRENT_LIST_DIR}/singleinstance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingskeys.h
    ${CMAKE_CURRENT_LIST_DIR}/terminationwatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/terminationwatcher.cpp
)
