# Relay mode (issue 13): a destination marked as the brand's relay server lists the platforms behind it, greyed,
# in the Destinations dialog.
vitrine_add_gui_test(relay_destination_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/RelayDestinationTest.cpp)
target_include_directories(relay_destination_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
