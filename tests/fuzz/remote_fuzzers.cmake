# The remote server's readers of outside input (issue 16): obs-websocket 5 frames (envelope, Identify, Request,
# RequestBatch) and HTTP request heads. They need only Qt Core, so the target compiles them in directly
# (carrying libFuzzer's coverage and the sanitizers) and builds in a minute:
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz-remote -G Ninja -DVITRINE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build-fuzz-remote --target obs_ws_message_fuzz
#   mkdir -p /tmp/obsws && build-fuzz-remote/tests/fuzz/obs_ws_message_fuzz -runs=1000000 /tmp/obsws tests/fuzz/corpus/obs_ws_message
add_executable(obs_ws_message_fuzz ObsWsMessageFuzz.cpp ${PROJECT_SOURCE_DIR}/studio/remote/ObsWsMessage.cpp
                                   ${PROJECT_SOURCE_DIR}/studio/remote/HttpRequestHead.cpp)
target_include_directories(obs_ws_message_fuzz PRIVATE ${PROJECT_SOURCE_DIR}/studio)
target_compile_options(obs_ws_message_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_options(obs_ws_message_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(obs_ws_message_fuzz PRIVATE Qt6::Core)
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/corpus/obs_ws_message)
add_test(NAME obs_ws_message_fuzz COMMAND obs_ws_message_fuzz -runs=20000 -max_len=65536
                                          ${CMAKE_CURRENT_BINARY_DIR}/corpus/obs_ws_message
                                          ${CMAKE_CURRENT_SOURCE_DIR}/corpus/obs_ws_message)
set_tests_properties(obs_ws_message_fuzz PROPERTIES LABELS fuzz)
