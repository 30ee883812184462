# Chat parsers (issue 5): IRC lines with IRCv3 tags and their Twitch meaning, YouTube liveChatMessages pages,
# SSE framing with Facebook comment and custom feed payloads; Twitch EventSub frames (issue 14). The parsers need only Qt Core, so the targets
# compile them in directly (carrying libFuzzer's coverage and the sanitizers) instead of linking the core
# library, and build in minutes from a fresh tree:
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz-chat -G Ninja -DVITRINE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build-fuzz-chat --target chat_irc_fuzz chat_youtube_fuzz chat_sse_fuzz chat_eventsub_fuzz
#   mkdir -p /tmp/irc && build-fuzz-chat/tests/fuzz/chat_irc_fuzz -runs=1000000 /tmp/irc tests/fuzz/corpus/chat_irc
set(VITRINE_CHAT_PARSER_SOURCES
    ${PROJECT_SOURCE_DIR}/studio/chat/ChatMessage.cpp
    ${PROJECT_SOURCE_DIR}/studio/chat/IrcMessage.cpp
    ${PROJECT_SOURCE_DIR}/studio/chat/TwitchEventSubFrame.cpp
    ${PROJECT_SOURCE_DIR}/studio/chat/YouTubeChatPage.cpp
    ${PROJECT_SOURCE_DIR}/studio/chat/SseParser.cpp
    ${PROJECT_SOURCE_DIR}/studio/chat/FacebookComment.cpp
    ${PROJECT_SOURCE_DIR}/studio/chat/CustomChatFrame.cpp
    ${PROJECT_SOURCE_DIR}/studio/show/Platform.cpp
    ${PROJECT_SOURCE_DIR}/studio/base/HtmlText.cpp)
# Compiled once for the four targets.
add_library(chat_parsers_fuzz_objects OBJECT ${VITRINE_CHAT_PARSER_SOURCES})
target_include_directories(chat_parsers_fuzz_objects PUBLIC ${PROJECT_SOURCE_DIR}/studio)
target_compile_options(chat_parsers_fuzz_objects PUBLIC -fsanitize=fuzzer,address,undefined)
target_link_libraries(chat_parsers_fuzz_objects PUBLIC Qt6::Core)
foreach(chat_fuzzer irc youtube sse eventsub)
  if(chat_fuzzer STREQUAL "irc")
    set(harness ChatIrcFuzz.cpp)
  elseif(chat_fuzzer STREQUAL "eventsub")
    set(harness ChatEventSubFuzz.cpp)
  elseif(chat_fuzzer STREQUAL "youtube")
    set(harness ChatYouTubeFuzz.cpp)
  else()
    set(harness ChatSseFuzz.cpp)
  endif()
  set(target chat_${chat_fuzzer}_fuzz)
  add_executable(${target} ${harness})
  target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(${target} PRIVATE chat_parsers_fuzz_objects)
  # libFuzzer adds what it finds to the first directory: a scratch one, so the seeds stay as they are.
  file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/corpus/chat_${chat_fuzzer})
  add_test(NAME ${target} COMMAND ${target} -runs=20000 -max_len=65536 ${CMAKE_CURRENT_BINARY_DIR}/corpus/chat_${chat_fuzzer}
                                  ${CMAKE_CURRENT_SOURCE_DIR}/corpus/chat_${chat_fuzzer})
  set_tests_properties(${target} PROPERTIES LABELS fuzz)
endforeach()
# Pasted chat addresses and the YouTube live chat lookup's answers (issue 12): these need the chat library
# (ChatSpec, the resolver's networking), so the target links it like the other fuzzers.
vitrine_add_fuzzer(chat_url SOURCES ChatUrlFuzz.cpp)
# Catalogue-aware replies (issue 14): any question text against the demo show's catalogue.
vitrine_add_fuzzer(reply_builder SOURCES ReplyBuilderFuzz.cpp)
target_compile_definitions(reply_builder_fuzz PRIVATE VITRINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
