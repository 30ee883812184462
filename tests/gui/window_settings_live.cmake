# Settings → Video and Output applied to the next live from the window (issue 10): nginx-rtmp and ffprobe.
vitrine_add_gui_test(window_settings_live_test SOURCES WindowSettingsLiveTest.cpp)
target_include_directories(window_settings_live_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
