# Two canvases from the window (issue 13): a destination ticked "Vertical 9:16" turns the vertical canvas on and
# streams 720×1280 beside a landscape one (nginx-rtmp, ffprobe).
vitrine_add_gui_test(vertical_canvas_window_test SOURCES VerticalCanvasWindowTest.cpp)
target_include_directories(vertical_canvas_window_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
target_compile_definitions(vertical_canvas_window_test PRIVATE
                           VITRINE_SCREENSHOT_DIR="${PROJECT_BINARY_DIR}/screenshots")
