# Answer and moderate from the chat dock (issue 14): Reply… sends to the platform a message came from, what
# a platform cannot do is greyed out with its reason, a refused token says to sign in again.
vitrine_add_gui_test(chat_reply_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ChatReplyTest.cpp)
target_include_directories(chat_reply_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
