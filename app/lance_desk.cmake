# lance-desk: the app; only main.cpp, everything else lives in the libraries.
add_executable(lance-desk ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
target_link_libraries(lance-desk PRIVATE lance_ui lance_client lance_engine lance_models Qt6::Widgets lance_warnings)
install(TARGETS lance-desk RUNTIME DESTINATION bin)
