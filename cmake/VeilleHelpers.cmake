# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Compile options every Veille target shares: strict string casts, warnings.
function(veille_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x050F00)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(VEILLE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    if(VEILLE_SANITIZE)
        # No recovery: a UBSan report aborts, so the test that met it fails.
        set(flags -fsanitize=address,undefined -fno-sanitize-recover=undefined
                  -fno-omit-frame-pointer)
        target_compile_options(${target} PRIVATE ${flags})
        target_link_options(${target} PRIVATE ${flags})
    endif()
endfunction()

# The sanitizer runtime settings a test runs with under VEILLE_SANITIZE:
# leaks and UBSan reports fail the test, with a stack. Processes a test
# starts (veille-cli, passagewriter) inherit them.
function(veille_sanitizer_environment out)
    set(env "")
    if(VEILLE_SANITIZE)
        set(lsan_supp ${CMAKE_SOURCE_DIR}/tests/sanitizers/lsan.supp)
        set(env
            ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
            LSAN_OPTIONS=suppressions=${lsan_supp}:print_suppressions=1)
    endif()
    set(${out} ${env} PARENT_SCOPE)
endfunction()

# veille_add_test(NAME tst_foo SOURCES a.cpp LIBS veille_core [GUI] [BACKENDS])
# A test runs isolated: offscreen platform, C locale-independent, its own
# QStandardPaths test mode (set inside the test), and no access to the
# user's configuration.
function(veille_add_test)
    cmake_parse_arguments(ARG "GUI;BACKENDS" "NAME" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} Qt::Test)
    target_compile_definitions(${ARG_NAME} PRIVATE
        VEILLE_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
        VEILLE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        VEILLE_SHARED_CORPUS_DIR="${CMAKE_SOURCE_DIR}/../shared/corpus")
    veille_target_defaults(${ARG_NAME})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    veille_sanitizer_environment(sanitizer_env)
    set(env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 ${sanitizer_env} ${ARG_ENVIRONMENT})
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
    # BACKENDS: the same suite again on a team server (support/testbackend),
    # a real PostgreSQL started by the test; it skips where there is none.
    if(ARG_BACKENDS)
        target_link_libraries(${ARG_NAME} PRIVATE veille_testsupport)
        add_test(NAME ${ARG_NAME}-postgresql COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}-postgresql PROPERTIES
            ENVIRONMENT "${env};VEILLE_TEST_BACKEND=postgresql" TIMEOUT 300)
    endif()
endfunction()
