# One INTERFACE target carries the language level, the strict Qt defines and the warnings,
# so every library, executable and test gets the same rules (qBittorrent's CommonConfig).
add_library(tsuzuki_common INTERFACE)
add_library(Tsuzuki::Common ALIAS tsuzuki_common)

target_compile_features(tsuzuki_common INTERFACE cxx_std_20)
target_compile_definitions(tsuzuki_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TSUZUKI_VERSION="${PROJECT_VERSION}"
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(tsuzuki_common INTERFACE
        -Wall -Wextra -Wpedantic -Wcast-align -Wnon-virtual-dtor -Woverloaded-virtual
        -Wshadow=local -Wformat=2 -Wimplicit-fallthrough)
    if(TSUZUKI_WERROR)
        target_compile_options(tsuzuki_common INTERFACE -Werror)
    endif()
endif()
