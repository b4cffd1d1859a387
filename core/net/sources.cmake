# Files of core/net (owned by that layer's work)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/serviceconfig.h
    ${CMAKE_CURRENT_LIST_DIR}/serviceconfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httperror.h
    ${CMAKE_CURRENT_LIST_DIR}/httperror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ratelimiter.h
    ${CMAKE_CURRENT_LIST_DIR}/ratelimiter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/oneshotbody.h
    ${CMAKE_CURRENT_LIST_DIR}/oneshotbody.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httpclient.h
    ${CMAKE_CURRENT_LIST_DIR}/responselimits.h
    ${CMAKE_CURRENT_LIST_DIR}/httpclient.cpp
)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/anilisttypes.h
    ${CMAKE_CURRENT_LIST_DIR}/anilistprogress.h
    ${CMAKE_CURRENT_LIST_DIR}/anilistprogress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/anilistclient.h
    ${CMAKE_CURRENT_LIST_DIR}/anilistclient.cpp
)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/trakttypes.h
    ${CMAKE_CURRENT_LIST_DIR}/trakttypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/traktauth.h
    ${CMAKE_CURRENT_LIST_DIR}/traktauth.cpp
)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/traktclient.h
    ${CMAKE_CURRENT_LIST_DIR}/traktclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/traktclientlists.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trakterrors.h
    ${CMAKE_CURRENT_LIST_DIR}/trakterrors.cpp
)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/tmdbclient.h
    ${CMAKE_CURRENT_LIST_DIR}/tmdbclient.cpp
)
target_sources(tsuzuki_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/services.h
    ${CMAKE_CURRENT_LIST_DIR}/services.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tokensource.h
    ${CMAKE_CURRENT_LIST_DIR}/traktauthrelay.h
    ${CMAKE_CURRENT_LIST_DIR}/traktauthrelay.cpp
)
