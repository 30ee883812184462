# The replay's remux (issue 15): a 1-hour 720p30 recording to MP4 with 61 chapters; wall time and peak RSS.
# `ctest -L bench -R replay_bench -V` (the recording is generated once into build/bench-cache).
add_test(NAME replay_bench
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/replay_bench.py --vitrine $<TARGET_FILE:vitrine>
                 --cache ${CMAKE_BINARY_DIR}/bench-cache)
set_tests_properties(replay_bench PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 3600
                     ENVIRONMENT "PYTHONUNBUFFERED=1")
