include(GoogleTest)
# bhu_add_test(NAME SOURCES... LIBS ... [LABELS unit|gui|fault|integration] [GUI])
# Labels select suites: the sanitizer build runs `ctest -L unit`.
# A GUI test gets tests/support/gui_main.cpp, which defaults QT_QPA_PLATFORM to offscreen.
function(bhu_add_test name)
  cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT T_LABELS)
    if(T_GUI)
      set(T_LABELS gui)
    else()
      set(T_LABELS unit)
    endif()
  endif()
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
               TIMEOUT 900 LABELS "${T_LABELS}")
endfunction()
