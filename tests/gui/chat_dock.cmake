# The chat dock driven as the host would, over a fake connector: messages appear and are followed,
# following pauses when scrolled up, filters and search, questions, highlight, hide, moderation menu.
vitrine_add_gui_test(chat_dock_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ChatDockTest.cpp)
target_include_directories(chat_dock_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
