# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later

# cmake -DMETAINFO=... -DSOURCE_DIR=... -P check-screenshots.cmake
# Every screenshot the AppStream metainfo names must be a PNG of this
# repository (its URL ends with the file's path in the repository), under
# 300 KB, of the size the <image> element says.
file(READ ${METAINFO} metainfo)
string(REGEX MATCHALL "<image[^>]*>[^<]*</image>" images "${metainfo}")
if(NOT images)
    message(FATAL_ERROR "${METAINFO} names no screenshot")
endif()
foreach(image IN LISTS images)
    if(NOT image MATCHES "width=\"([0-9]+)\" height=\"([0-9]+)\">https://[^<]*/(packaging/screenshots/[^<]+\\.png)<")
        message(FATAL_ERROR "not a screenshot of packaging/screenshots with its size: ${image}")
    endif()
    set(width ${CMAKE_MATCH_1})
    set(height ${CMAKE_MATCH_2})
    set(png ${SOURCE_DIR}/${CMAKE_MATCH_3})
    if(NOT EXISTS ${png})
        message(FATAL_ERROR "${png} is missing")
    endif()
    file(SIZE ${png} size)
    if(size GREATER 307200)
        message(FATAL_ERROR "${png} has ${size} bytes; keep it under 300 KB")
    endif()
    # The PNG header: the width and height are the big-endian words at 16 and 20.
    file(READ ${png} header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 pngWidth)
    string(SUBSTRING "${header}" 40 8 pngHeight)
    math(EXPR pngWidth "0x${pngWidth}")
    math(EXPR pngHeight "0x${pngHeight}")
    if(NOT pngWidth EQUAL width OR NOT pngHeight EQUAL height)
        message(FATAL_ERROR "${png} is ${pngWidth}x${pngHeight}, the metainfo says ${width}x${height}")
    endif()
    message(STATUS "${png}: ${width}x${height}, ${size} bytes")
endforeach()
