# Screenshots of the studio window (studio mode, dark and — when the app has themes — light; single view),
# saved as PNGs under <build>/tests/integration/window_screens/, checked to show the demo scenes' pixels.
vitrine_add_qtest(window_screens_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/WindowScreensTest.cpp LABELS integration XVFB)
target_link_libraries(window_screens_test PRIVATE vitrine_app)
target_compile_definitions(window_screens_test PRIVATE
  VITRINE_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}/window_screens")
