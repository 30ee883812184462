# The studio window on the demo show: sources and scenes docks, transitions, undo, editing in preview.
vitrine_add_gui_test(window_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/WindowTest.cpp)
target_include_directories(window_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
# The camera and microphone layer (QMediaDevices) through its interface; no devices on test machines.
vitrine_add_qtest(device_catalog_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/DeviceCatalogTest.cpp LABELS unit)
set_property(TEST window_test APPEND PROPERTY ENVIRONMENT "VITRINE_SCREENSHOT_DIR=${PROJECT_BINARY_DIR}/screenshots")
