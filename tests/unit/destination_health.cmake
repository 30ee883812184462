# A destination's health: the reconnect policy (back-off, retry limit, refused keys) and the uplink check.
vitrine_add_qtest(destination_health_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/DestinationHealthTest.cpp LABELS unit LINK vitrine_output)
