# The first hour of a new presenter (issue 12), in English and in French: menus, Help, docks that keep their
# widths, numbers in the language, a show in progress kept across a quit, and the screenshots of the window live
# and of the destinations and chats dialogs (build/screenshots/en|fr). nginx-rtmp on loopback.
vitrine_add_gui_test(window_tour_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/WindowTourTest.cpp)
target_include_directories(window_tour_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
target_compile_definitions(window_tour_test PRIVATE VITRINE_QM_DIR="${PROJECT_BINARY_DIR}/app"
                           VITRINE_SCREENSHOT_DIR="${PROJECT_BINARY_DIR}/screenshots")
add_dependencies(window_tour_test vitrine) # the French .qm files are built with the program
set_tests_properties(window_tour_test PROPERTIES ENVIRONMENT "${VITRINE_TEST_ENV};VITRINE_TEST_LANGUAGE=en")
add_test(NAME window_tour_test_fr COMMAND ${VITRINE_TEST_SUPPORT_DIR}/with-xvfb.sh $<TARGET_FILE:window_tour_test>)
set_tests_properties(window_tour_test_fr PROPERTIES LABELS gui RUN_SERIAL TRUE TIMEOUT 300
                     ENVIRONMENT "${VITRINE_TEST_ENV};VITRINE_TEST_LANGUAGE=fr")
