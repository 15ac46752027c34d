# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DCORE_DIR=src/core -P CheckCoreLayers.cmake
# Fails when a file in src/core includes a folder that is not below its own.
# The layers, bottom first; folders on one line are siblings and do not
# include each other:
set(layers
    "text|util"
    "db"
    "articles|ner"
    "entities|passages"
    "import|search"
    "models|feeds|watches")

if(NOT CORE_DIR)
    message(FATAL_ERROR "CORE_DIR is not set")
endif()

set(level 0)
foreach(layer IN LISTS layers)
    string(REPLACE "|" ";" folders "${layer}")
    foreach(folder IN LISTS folders)
        set(level_${folder} ${level})
    endforeach()
    math(EXPR level "${level} + 1")
endforeach()

set(violations "")
file(GLOB_RECURSE sources RELATIVE "${CORE_DIR}" "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
foreach(source IN LISTS sources)
    get_filename_component(folder "${source}" DIRECTORY)
    if(NOT DEFINED level_${folder})
        list(APPEND violations "${source}: the folder '${folder}' is in no layer of cmake/CheckCoreLayers.cmake")
        continue()
    endif()
    file(STRINGS "${CORE_DIR}/${source}" includes REGEX "^#include [<\"]")
    foreach(line IN LISTS includes)
        if(line MATCHES "^#include \"([^\"/]+)/[^\"]+\"")
            set(target "${CMAKE_MATCH_1}")
            if(target STREQUAL folder)
                continue()
            endif()
            if(NOT DEFINED level_${target})
                list(APPEND violations "${source}: includes the unknown folder '${target}' (${line})")
            elseif(NOT level_${target} LESS level_${folder})
                list(APPEND violations "${source}: ${folder}/ may not include ${target}/ (${line})")
            endif()
        elseif(line MATCHES "^#include \"")
            list(APPEND violations "${source}: write core includes with their folder (${line})")
        elseif(line MATCHES "^#include <Q(Widget|Dialog|Action|MainWindow|Menu|LineEdit|Label|Application)>")
            list(APPEND violations "${source}: core has no Widgets (${line})")
        endif()
    endforeach()
endforeach()

if(violations)
    list(JOIN violations "\n" report)
    message(FATAL_ERROR "Include order broken:\n${report}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files in src/core keep the layer order")
