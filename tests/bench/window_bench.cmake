# The window's cost during a live vs the headless runner (issue 4): `ctest -L bench -R window_bench -V`.
add_executable(window_bench WindowBench.cpp)
target_link_libraries(window_bench PRIVATE vitrine_app vitrine_warnings)
add_test(NAME window_bench
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/window_bench.py --vitrine $<TARGET_FILE:vitrine>
                 --harness $<TARGET_FILE:window_bench>)
set_tests_properties(window_bench PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 1200
                     ENVIRONMENT "PYTHONUNBUFFERED=1")
