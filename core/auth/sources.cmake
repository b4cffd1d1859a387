# Files of core/auth (owned by that layer's work)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/secretstore.h
    ${CMAKE_CURRENT_LIST_DIR}/secretkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/secretkeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.h
    ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envsecretstore.h
    ${CMAKE_CURRENT_LIST_DIR}/envsecretstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/layeredsecretstore.h
    ${CMAKE_CURRENT_LIST_DIR}/layeredsecretstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretstorefactory.h
    ${CMAKE_CURRENT_LIST_DIR}/secretstorefactory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tokenexpiry.h
    ${CMAKE_CURRENT_LIST_DIR}/tokenexpiry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretbatch.h
    ${CMAKE_CURRENT_LIST_DIR}/secretbatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretstorerelay.h
    ${CMAKE_CURRENT_LIST_DIR}/secretstorerelay.cpp
)
