# The replay review window: player with chapter markers, product chapters that jump there, clips, bad input.
vitrine_add_gui_test(replay_review_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ReplayReviewTest.cpp)
