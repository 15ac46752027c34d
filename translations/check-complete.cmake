# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translatable string in the sources has no translation in the
# catalogue TS_FILE: lupdate refreshes a copy of it, then no message may be
# unfinished.
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -DTS_FILE=veille_fr.ts -DLANGUAGE=french -P check-complete.cmake
string(SUBSTRING ${LANGUAGE} 0 1 initial)
string(TOUPPER ${initial} initial)
string(SUBSTRING ${LANGUAGE} 1 -1 rest)
set(language_name "${initial}${rest}")
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${SOURCE_DIR}/translations/${TS_FILE} ${WORK_DIR}/${TS_FILE} COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none
                        ${SOURCE_DIR}/src ${SOURCE_DIR}/ui -ts ${WORK_DIR}/${TS_FILE}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
file(STRINGS ${WORK_DIR}/${TS_FILE} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} ${language_name} translation(s) missing in ${TS_FILE}: run the update_translations target and translate them")
endif()
message(STATUS "every string has a ${language_name} translation")
