# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translatable string in the sources has no French translation:
# lupdate refreshes a copy of veille_fr.ts, then no message may be unfinished.
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check-complete.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${SOURCE_DIR}/translations/veille_fr.ts ${WORK_DIR}/veille_fr.ts COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none
                        ${SOURCE_DIR}/src ${SOURCE_DIR}/ui -ts ${WORK_DIR}/veille_fr.ts
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
file(STRINGS ${WORK_DIR}/veille_fr.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} French translation(s) missing: run the update_translations target and translate them")
endif()
message(STATUS "every string has a French translation")
