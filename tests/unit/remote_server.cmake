# The producer remote's transport (issue 16): the obs-websocket 5 server with Qt WebSocket clients and the
# reference client obs-websocket-js (Node, from tests/remote's npm ci; skipped only without node), the pages,
# the public feed (SSE), limits and TLS. Loopback only, free ports.
vitrine_add_qtest(remote_server_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/RemoteServerTest.cpp LABELS unit
                  LINK vitrine_remote)
set_tests_properties(remote_server_test PROPERTIES TIMEOUT 180)
