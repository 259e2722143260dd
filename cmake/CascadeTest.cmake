# One Qt Test executable per test file, registered with the environment every test needs.
#   cascade_add_test(NAME tst_candle_aggregator SOURCES tst_candle_aggregator.cpp LIBS cascade_analysis)
function(cascade_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
      CASCADE_REAL_FIXTURES="${CASCADE_REAL_FIXTURES}"
      CASCADE_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
  cascade_warnings(${T_NAME})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
      TIMEOUT ${T_TIMEOUT}
      LABELS "${T_LABELS}"
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=UTC;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
