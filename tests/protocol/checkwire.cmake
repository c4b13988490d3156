# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DROOT=<tree> -P checkwire.cmake
#
# Only app/protocol spells the wire. Fails when a string literal anywhere else in app/ or
# server/ is a mutation kind ("hours-verify"), an outcome status ("refused"), a refusal
# reason ("site-not-allowed"), a change op ("upsert") or an envelope key ("mutationId"):
# code names them through the protocol's enums (Wire::toKey(Wire::Reason::SiteNotAllowed)).
# The words are read from the protocol's own key tables, so a new kind is checked the day it
# is added. Left out, because the same word is also a name of its own elsewhere: the entity
# keys (tables, roles, CSV columns: "person", "decision"), the device kinds (the app's modes:
# "kiosk"), the sign-up states (owned by app/core, which the wire reuses: "confirmed") and
# "full" (the catalogue's role). Comments are not read.
cmake_minimum_required(VERSION 3.25)

function(keys_of table sources out)
    set(found "")
    foreach(source IN LISTS sources)
        file(READ "${source}" text)
        string(REGEX MATCH "${table}[^=]*= *\\{[^}]*\\}" block "${text}")
        if(block)
            string(REGEX MATCHALL "u\"[a-z-]+\"" words "${block}")
            string(REGEX REPLACE "u\"([a-z-]+)\"" "\\1" words "${words}")
            list(APPEND found ${words})
        endif()
    endforeach()
    set(${out} ${found} PARENT_SCOPE)
endfunction()

file(GLOB protocol "${ROOT}/app/protocol/*.cpp")
file(GLOB core "${ROOT}/app/core/*.cpp")
keys_of(kKindKeys "${protocol}" kinds)
keys_of(kStatusKeys "${protocol}" statuses)
keys_of(kReasonKeys "${protocol}" reasons)
keys_of(kOpKeys "${protocol}" ops)
keys_of(kEntityKeys "${protocol}" entities)
keys_of(kDeviceKindKeys "${protocol}" devices)
keys_of(stateKeys "${core}" states)
foreach(list IN ITEMS kinds statuses reasons ops entities)
    if(NOT ${list})
        message(FATAL_ERROR "app/protocol: no ${list} table found (renamed? update checkwire.cmake)")
    endif()
endforeach()
set(vocabulary ${kinds} ${statuses} ${reasons} ${ops} mutationId mutations outcomes hasMore)
list(REMOVE_DUPLICATES vocabulary)
list(REMOVE_ITEM vocabulary ${entities} ${devices} ${states} full)

file(GLOB_RECURSE files "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/server/*.h" "${ROOT}/server/*.cpp")
list(FILTER files EXCLUDE REGEX "/app/(protocol|core)/")
set(problems 0)
foreach(file IN LISTS files)
    file(RELATIVE_PATH shown "${ROOT}" "${file}")
    # One list item per line, line numbers kept: ; [ ] would split or join items.
    file(READ "${file}" text)
    string(REPLACE ";" " " text "${text}")
    string(REPLACE "[" " " text "${text}")
    string(REPLACE "]" " " text "${text}")
    string(REPLACE "\\" " " text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(NOT line MATCHES "\"[a-zA-Z-]+\"")
            continue()
        endif()
        string(REGEX REPLACE "^[ \t]*//.*" "" code "${line}")
        string(FIND "${code}" " //" comment)
        if(comment GREATER -1)
            string(SUBSTRING "${code}" 0 ${comment} before)
            string(REGEX MATCHALL "\"" quotes "${before}")
            list(LENGTH quotes count)
            math(EXPR odd "${count} % 2")
            if(odd EQUAL 0)
                set(code "${before}")
            endif()
        endif()
        string(REGEX MATCHALL "\"[a-zA-Z-]+\"" literals "${code}")
        foreach(literal IN LISTS literals)
            string(REPLACE "\"" "" word "${literal}")
            if(word IN_LIST vocabulary)
                message(SEND_ERROR "${shown}:${number}: \"${word}\" is the wire's word: name it through app/protocol")
                math(EXPR problems "${problems} + 1")
            endif()
        endforeach()
    endforeach()
endforeach()
list(LENGTH vocabulary count)
if(problems GREATER 0)
    message(FATAL_ERROR "${problems} wire word(s) spelled outside app/protocol")
endif()
message(STATUS "${count} wire words, spelled in app/protocol only")
