# The Chats dialog (issue 12): pasted YouTube, Twitch and Facebook addresses become friendly rows, unreadable
# ones a clear reason; through the chat dock the pasted live is saved as its spec and connected.
vitrine_add_gui_test(chat_sources_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ChatSourcesTest.cpp)
