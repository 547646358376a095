# Run as a test: fails when any of our C++ files differs from .clang-format.
# cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<repo> -P CheckFormat.cmake
file(GLOB_RECURSE sources
  ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
  ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
  ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "Not formatted (run clang-format -i on these):\n${errors}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files match .clang-format")
