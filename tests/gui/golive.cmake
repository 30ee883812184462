# Go-live bar, audio mixer, settings and theme (issue 4): libobs under Xvfb, a real nginx-rtmp on loopback.
vitrine_add_gui_test(golive_test SOURCES GoLiveTest.cpp)
target_include_directories(golive_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
