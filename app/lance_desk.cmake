# lance-desk: the app; only main.cpp, everything else lives in the libraries.
# Connector switches between the embedded engine and a server; a library of
# its own so the UI tests drive the same code the app runs.
add_library(lance_app STATIC ${CMAKE_CURRENT_LIST_DIR}/connector.h ${CMAKE_CURRENT_LIST_DIR}/connector.cpp)
target_include_directories(lance_app PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(lance_app PUBLIC lance_ui lance_client lance_engine lance_models Qt6::Widgets PRIVATE lance_warnings)
add_executable(lance-desk ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
target_link_libraries(lance-desk PRIVATE lance_app lance_warnings)
# An app bundle on macOS and a GUI program (no console window) on Windows;
# both are ignored on Linux. Set before install(), which needs to know it is
# a bundle. installer/packaging.cmake deploys Qt next to it there.
set_target_properties(lance-desk PROPERTIES MACOSX_BUNDLE ON WIN32_EXECUTABLE ON)
install(TARGETS lance-desk RUNTIME DESTINATION bin BUNDLE DESTINATION .)

# Translations, compiled in under :/i18n by lance_i18n (app/i18n), which
# also loads them: main.cpp and the UI tests link it. lance_en.ts holds the
# English plural forms only ("1 lead" / "2 leads"); de, fr and es are full.
# qt_add_translations (Qt 6.4) takes one set of lupdate options per target,
# so its steps are spelled out: lupdate twice under two target names, one
# lrelease and one resource for all four. `update_translations` runs both
# lupdates; tests/lint checks that nothing is left to translate.
# lupdate reads every library's sources, not just main.cpp.
file(GLOB_RECURSE lance_translatable_sources CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.cpp)
set(lance_ts_dir ${PROJECT_SOURCE_DIR}/translations)
set(lance_plural_ts ${lance_ts_dir}/lance_en.ts)
set(lance_full_ts ${lance_ts_dir}/lance_de.ts ${lance_ts_dir}/lance_fr.ts ${lance_ts_dir}/lance_es.ts)
add_library(lance_i18n STATIC ${CMAKE_CURRENT_LIST_DIR}/i18n/i18n.h ${CMAKE_CURRENT_LIST_DIR}/i18n/i18n.cpp)
target_include_directories(lance_i18n PUBLIC ${CMAKE_CURRENT_LIST_DIR}/i18n)
target_link_libraries(lance_i18n PUBLIC Qt6::Core PRIVATE lance_warnings)
target_link_libraries(lance_app PUBLIC lance_i18n)
qt_add_lupdate(lance-desk TS_FILES ${lance_plural_ts} SOURCES ${lance_translatable_sources}
  OPTIONS -pluralonly -locations none)
qt_add_lupdate(lance_i18n TS_FILES ${lance_full_ts} SOURCES ${lance_translatable_sources}
  OPTIONS -locations none)
qt_add_lrelease(lance_i18n TS_FILES ${lance_plural_ts} ${lance_full_ts}
  QM_FILES_OUTPUT_VARIABLE lance_qm_files)
qt_add_resources(lance_i18n lance_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${lance_qm_files})
# For the translation check (tests/lint): the same files and options.
set_target_properties(lance_i18n PROPERTIES
  LANCE_TRANSLATABLE_SOURCES "${lance_translatable_sources}"
  LANCE_PLURAL_TS "${lance_plural_ts}" LANCE_FULL_TS "${lance_full_ts}")
