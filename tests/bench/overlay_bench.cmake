# The overlays' cost during a live (overlays issue): the anchor show streamed to a local nginx-rtmp with the
# overlay layer idle, with the card + promo countdown + social-proof ticker on air, and with the layer's output
# channel cleared; then pin → first composited frame showing the card over 100 pins. Prints CPU-seconds per
# minute, lagged frames, the ratios and the pin latency in frames: `ctest -L bench -R overlay_bench -V`, or
# overlay_bench.py --seconds N --runs N by hand.
add_executable(overlay_bench ${CMAKE_CURRENT_LIST_DIR}/OverlayBench.cpp)
target_link_libraries(overlay_bench PRIVATE vitrine_runtime vitrine_warnings X11::X11)
add_test(NAME overlay_bench
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/overlay_bench.py --harness $<TARGET_FILE:overlay_bench>
                 --source-dir ${PROJECT_SOURCE_DIR})
set_tests_properties(overlay_bench PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 1200
                     ENVIRONMENT "PYTHONUNBUFFERED=1")
