# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Translations of the device app, included from app/CMakeLists.txt once meedoen_app exists.
#
# The .qm files are built from the .ts files in this folder on every build and embedded as
# :/i18n/meedoen_<lang>.qm; a build never writes the .ts files. To pick up new or changed
# strings from app/ (C++ and the QML of app/scan) and qml/ (qsTr, QCoreApplication::translate),
# run explicitly:
#     cmake --build BUILD --target update_translations
# then translate the new entries (Qt Linguist, or by hand) before committing.
# Dutch is the source language of qsTr; the C++ contexts Database, Startup and Wire are
# written in English, so meedoen_nl.ts translates those and is loaded for Dutch too.
set(MEEDOEN_LANGUAGES nl en tr pl ar)
set(MEEDOEN_TS_FILES)
foreach(lang IN LISTS MEEDOEN_LANGUAGES)
    list(APPEND MEEDOEN_TS_FILES ${PROJECT_SOURCE_DIR}/assets/i18n/meedoen_${lang}.ts)
endforeach()

file(GLOB_RECURSE MEEDOEN_I18N_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h ${PROJECT_SOURCE_DIR}/app/*.qml
    ${PROJECT_SOURCE_DIR}/qml/*.qml)
list(SORT MEEDOEN_I18N_SOURCES)

qt_add_translations(meedoen_app
    TS_FILES ${MEEDOEN_TS_FILES}
    SOURCES ${MEEDOEN_I18N_SOURCES}
    RESOURCE_PREFIX /i18n
    # No line numbers: a moved string is no change. Strings that vanished from the code
    # are dropped from the files.
    LUPDATE_OPTIONS -locations none -no-obsolete -source-language nl_NL
    LRELEASE_OPTIONS -silent)

# For the ctest translations_current (tests/qml): the sources lupdate reads, and the .ts files.
string(REPLACE ";" "\n" _meedoen_i18n_list "${MEEDOEN_I18N_SOURCES}")
file(WRITE ${CMAKE_BINARY_DIR}/i18n/sources.lst "${_meedoen_i18n_list}\n")
set_property(GLOBAL PROPERTY MEEDOEN_TS_FILES "${MEEDOEN_TS_FILES}")
