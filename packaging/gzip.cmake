# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later

# cmake -DGZIP=... -DINPUT=... -DOUTPUT=... -P gzip.cmake
# Compresses INPUT into OUTPUT as Debian asks: the best compression, and no
# name or time stamp inside (-n), so the same input gives the same bytes.
execute_process(COMMAND ${GZIP} -9 -n -c ${INPUT}
                OUTPUT_FILE ${OUTPUT}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "${GZIP} failed on ${INPUT}: ${result}")
endif()
