# Stream keys never leave the keychain (issue 13): a key planted in a real Secret Service (run-with-keyring.sh:
# private D-Bus session, gnome-keyring, HOME and XDG folders) goes live from a separate window process to a
# real nginx-rtmp on loopback; the key must be in no file written, no output, not in /proc/PID/cmdline|environ,
# nor in what the window prints when it aborts.
add_executable(key_leak_test ${CMAKE_CURRENT_LIST_DIR}/KeyLeakTest.cpp)
if(VITRINE_SANITIZE)
  target_sources(key_leak_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR}/KeepModulesMapped.cpp)
endif()
target_link_libraries(key_leak_test PRIVATE vitrine_app vitrine_studio Qt6::Test X11::X11 vitrine_warnings)
target_include_directories(key_leak_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
target_compile_definitions(key_leak_test PRIVATE VITRINE_TEST_DATA_DIR="${VITRINE_TEST_DATA_DIR}"
                           VITRINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_test(NAME key_leak_test
         COMMAND ${PROJECT_SOURCE_DIR}/tests/integration/run-with-keyring.sh
                 ${VITRINE_TEST_SUPPORT_DIR}/with-xvfb.sh $<TARGET_FILE:key_leak_test>)
set_tests_properties(key_leak_test PROPERTIES LABELS gui RUN_SERIAL TRUE TIMEOUT 300
                     ENVIRONMENT "${VITRINE_TEST_ENV}")
