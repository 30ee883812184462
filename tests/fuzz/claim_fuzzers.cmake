# The claim parser (issue 14): arbitrary comments read as claims. It needs only Qt Core and the chat text
# folding, so the target compiles them in directly (carrying libFuzzer's coverage) and builds in a minute:
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz-claims -G Ninja -DVITRINE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build-fuzz-claims --target claim_parser_fuzz
#   mkdir -p /tmp/claims && build-fuzz-claims/tests/fuzz/claim_parser_fuzz -runs=1000000 /tmp/claims tests/fuzz/corpus/claim_parser
add_executable(claim_parser_fuzz ClaimParserFuzz.cpp ${PROJECT_SOURCE_DIR}/studio/chat/ClaimParser.cpp
                                 ${PROJECT_SOURCE_DIR}/studio/chat/ChatTextMatch.cpp)
target_include_directories(claim_parser_fuzz PRIVATE ${PROJECT_SOURCE_DIR}/studio)
target_compile_options(claim_parser_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_options(claim_parser_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(claim_parser_fuzz PRIVATE Qt6::Core)
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/corpus/claim_parser)
add_test(NAME claim_parser_fuzz COMMAND claim_parser_fuzz -runs=20000 -max_len=4096
                                        ${CMAKE_CURRENT_BINARY_DIR}/corpus/claim_parser
                                        ${CMAKE_CURRENT_SOURCE_DIR}/corpus/claim_parser)
set_tests_properties(claim_parser_fuzz PROPERTIES LABELS fuzz)
