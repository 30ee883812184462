# Merged chat under load (issue 5): 3 connectors delivering 2,000 messages/s in total for 60 s into the
# ChatHub with the chat dock shown under Xvfb. Prints messages lost, GUI event-loop latency, peak RSS, view
# and spool sizes. `chat_bench --seconds N --rate R` for other runs.
add_executable(chat_bench ${CMAKE_CURRENT_LIST_DIR}/ChatBench.cpp)
target_include_directories(chat_bench PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
target_compile_definitions(chat_bench PRIVATE VITRINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(chat_bench PRIVATE vitrine_app vitrine_warnings)
add_test(NAME chat_bench COMMAND ${VITRINE_TEST_SUPPORT_DIR}/with-xvfb.sh $<TARGET_FILE:chat_bench>)
set_tests_properties(chat_bench PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 300)
# The same load during a headless live of the anchor show to a local nginx-rtmp (both on this machine).
add_test(NAME chat_bench_live
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/chat_bench_live.py --vitrine $<TARGET_FILE:vitrine>
                 --chat-bench $<TARGET_FILE:chat_bench>)
set_tests_properties(chat_bench_live PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 400
                     ENVIRONMENT "PYTHONUNBUFFERED=1")
