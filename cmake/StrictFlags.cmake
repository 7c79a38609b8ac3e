# One INTERFACE target carries the project's strict flags; every target links it.
add_library(latchkey_strict INTERFACE)
target_compile_definitions(latchkey_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS)
target_compile_options(latchkey_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
if(LATCHKEY_WERROR)
    target_compile_options(latchkey_strict INTERFACE -Werror)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt's logging macros (qCDebug(category) << …) use an empty variadic argument list.
    target_compile_options(latchkey_strict INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()
