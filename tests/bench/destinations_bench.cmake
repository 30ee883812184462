# Several destinations on one encoder, and landscape + vertical (issue 13): CPU per minute and lagged frames for
# 1, 3 and 5 destinations and for two canvases. `ctest -L bench -R destinations_bench -V`.
add_test(NAME destinations_bench
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/destinations_bench.py --vitrine $<TARGET_FILE:vitrine>)
set_tests_properties(destinations_bench PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 1200
                     ENVIRONMENT "PYTHONUNBUFFERED=1")
