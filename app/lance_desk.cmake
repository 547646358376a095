# lance-desk: the app; only main.cpp, everything else lives in the libraries.
# Connector switches between the embedded engine and a server; a library of
# its own so the UI tests drive the same code the app runs.
add_library(lance_app STATIC ${CMAKE_CURRENT_LIST_DIR}/connector.h ${CMAKE_CURRENT_LIST_DIR}/connector.cpp)
target_include_directories(lance_app PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(lance_app PUBLIC lance_ui lance_client lance_engine lance_models Qt6::Widgets PRIVATE lance_warnings)
add_executable(lance-desk ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
target_link_libraries(lance-desk PRIVATE lance_app lance_warnings)
install(TARGETS lance-desk RUNTIME DESTINATION bin)

# Translations, compiled into the app under :/i18n. For now lance_en.ts
# holds the English plural forms only ("1 lead" / "2 leads"); other
# languages come as full .ts files next to it. lupdate reads every library's
# sources, not just main.cpp.
file(GLOB_RECURSE lance_translatable_sources CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.cpp)
qt_add_translations(lance-desk
  TS_FILES ${PROJECT_SOURCE_DIR}/translations/lance_en.ts
  SOURCES ${lance_translatable_sources}
  LUPDATE_OPTIONS -pluralonly -locations none)
