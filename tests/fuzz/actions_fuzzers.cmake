# The rehearsal script parser (--actions, issue 6): Qt Core only, compiled in directly like the chat parsers.
#   cmake --build build-fuzz --target actions_fuzz
#   mkdir -p /tmp/actions && build-fuzz/tests/fuzz/actions_fuzz -runs=1000000 /tmp/actions tests/fuzz/corpus/actions
# It lives in runtime/ since the live-show runtime, and checks overlay kinds and flash-sale prices since the overlays.
add_executable(actions_fuzz ActionScriptFuzz.cpp ${PROJECT_SOURCE_DIR}/studio/runtime/ActionScript.cpp
                            ${PROJECT_SOURCE_DIR}/overlays/OverlayKind.cpp ${PROJECT_SOURCE_DIR}/studio/show/Money.cpp)
target_include_directories(actions_fuzz PRIVATE ${PROJECT_SOURCE_DIR}/studio ${PROJECT_SOURCE_DIR}/overlays)
target_compile_options(actions_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_options(actions_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(actions_fuzz PRIVATE Qt6::Core)
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/corpus/actions)
add_test(NAME actions_fuzz COMMAND actions_fuzz -runs=20000 -max_len=65536 ${CMAKE_CURRENT_BINARY_DIR}/corpus/actions
                                   ${CMAKE_CURRENT_SOURCE_DIR}/corpus/actions)
set_tests_properties(actions_fuzz PROPERTIES LABELS fuzz)
