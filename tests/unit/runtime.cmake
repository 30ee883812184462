# The live-show runtime's rules (issue 10), linked with the runtime part only.
vitrine_add_qtest(run_settings_test SOURCES RunSettingsTest.cpp LABELS unit LINK vitrine_runtime)

# Limits set once hold for good: the window only assembles (app/MainWindow.cpp under 400 lines).
add_test(NAME main_window_size_test
         COMMAND ${CMAKE_COMMAND} -DFILE=${PROJECT_SOURCE_DIR}/app/MainWindow.cpp -DMAX_LINES=399
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/check_line_count.cmake)
set_tests_properties(main_window_size_test PROPERTIES LABELS unit)
