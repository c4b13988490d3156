# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest translations_current: copies the .ts files, runs lupdate over the sources into the
# copies with the options of update_translations, and fails naming every message that is then
# unfinished (new in the code, or changed, and not yet translated).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copies)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name ${ts} NAME)
    file(COPY_FILE ${ts} ${WORK_DIR}/${name})
    list(APPEND copies ${WORK_DIR}/${name})
endforeach()
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete -source-language nl_NL
                        @${SOURCES_LIST} -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
set(failed FALSE)
foreach(copy IN LISTS copies)
    file(READ ${copy} text)
    # Each unfinished message, with its source, one per line of the report.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" hits "${text}")
    # Every unfinished one fails, also one the listing above cannot name (with another tag
    # between source and translation).
    string(REGEX MATCHALL "type=\"unfinished\"" all "${text}")
    list(LENGTH all unfinished)
    list(LENGTH hits named)
    if(unfinished GREATER named)
        get_filename_component(name ${copy} NAME)
        math(EXPR unnamed "${unfinished} - ${named}")
        message("${name}: ${unnamed} more message(s) not translated")
        set(failed TRUE)
    endif()
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${hit}")
        get_filename_component(name ${copy} NAME)
        message("${name}: not translated: ${source}")
        set(failed TRUE)
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "Messages in the code are missing from the .ts files or not translated. "
                        "Run: cmake --build BUILD --target update_translations, then translate them.")
endif()
