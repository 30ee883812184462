# The replay from the window (issue 15): the offer to finish a replay a crash cut short, Review… in the status
# bar, Show ▸ Review a replay… through the file dialog. Real libobs on the demo show, an ffmpeg-made MKV.
vitrine_add_gui_test(window_replay_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/WindowReplayTest.cpp)
set_tests_properties(window_replay_test PROPERTIES RUN_SERIAL TRUE)
