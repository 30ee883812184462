# The replay's timeline (chapters, products on screen, promo windows) from an event log; manifest and WebVTT.
vitrine_add_qtest(replay_timeline_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ReplayTimelineTest.cpp LABELS unit)
