include(GoogleTest)
# bhu_add_test(NAME SOURCES... LIBS ... [GUI])
# A GUI test gets tests/support/gui_main.cpp, which defaults QT_QPA_PLATFORM to offscreen.
function(bhu_add_test name)
  cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} bhu::testsupport bhu::options GTest::gtest GTest::gmock)
  if(T_GUI)
    target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support/gui_main.cpp)
  else()
    target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support/core_main.cpp)
  endif()
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  gtest_discover_tests(${name}
    DISCOVERY_MODE PRE_TEST
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;BHU_BIN_DIR=${CMAKE_BINARY_DIR}/bin;BHU_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
               TIMEOUT 600)
endfunction()
