# The first hour (issue 12): destinations by platform, go-live errors that lead to them, shortcuts that name
# their action and warn of a clash; in the real window on the demo show and in the real dialogs.
vitrine_add_gui_test(first_hour_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/FirstHourTest.cpp)
target_include_directories(first_hour_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
