# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
# lupdate drops XML comments: put the SPDX header back into each .ts file.
# cmake -DTS_FILES="a.ts;b.ts" -P spdx-header.cmake
# The tag is spelt in two parts so that REUSE does not read this file's
# own licence from the string.
set(spdx "SPDX")
set(header "<!-- ${spdx}-FileCopyrightText: 2026 Veille developers -->\n<!-- ${spdx}-License-Identifier: GPL-3.0-or-later -->\n")
foreach(ts IN LISTS TS_FILES)
    file(READ ${ts} content)
    if(NOT content MATCHES "${spdx}-License-Identifier")
        string(REPLACE "<!DOCTYPE TS>\n" "<!DOCTYPE TS>\n${header}" content "${content}")
        file(WRITE ${ts} "${content}")
    endif()
endforeach()
