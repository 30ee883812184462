# The producer remote's public feed (issue 16): 200 SSE clients on /feed while the demo show streams to a local
# nginx-rtmp; pin → last client, and the studio's added CPU. `ctest -L bench -R remote_feed_bench -V`.
add_test(NAME remote_feed_bench
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/remote_feed_bench.py --vitrine $<TARGET_FILE:vitrine>)
set_tests_properties(remote_feed_bench PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 600
                     ENVIRONMENT "PYTHONUNBUFFERED=1")
