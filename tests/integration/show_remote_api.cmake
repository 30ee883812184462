# The producer remote on the running show (issue 16): obs-websocket 5's requests and events and the vitrine
# vendor's, on the demo show under Xvfb with nginx-rtmp on loopback; the public feed of the viewer widget.
vitrine_add_qtest(show_remote_api_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ShowRemoteApiTest.cpp
                  LABELS integration XVFB LINK vitrine_remote Qt6::Widgets)
# The same on a headless run: no program switcher, scenes cut, studio mode and transitions refused.
vitrine_add_qtest(show_remote_api_headless_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ShowRemoteApiHeadlessTest.cpp
                  LABELS integration XVFB LINK vitrine_remote)
