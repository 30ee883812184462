# The producer's chat accounts (sign in, keychain, renewal, expiry, sign out, the Chats dialog's panel) against
# a local server speaking the platforms' token and identity endpoints: inside a private keyring session, and
# once with no keychain at all. Offscreen: the dialog needs no X server.
add_executable(chat_accounts_test ${CMAKE_CURRENT_LIST_DIR}/ChatAccountsTest.cpp)
target_include_directories(chat_accounts_test PRIVATE ${PROJECT_SOURCE_DIR}/tests/integration)
target_link_libraries(chat_accounts_test PRIVATE vitrine_app vitrine_studio Qt6::Test vitrine_warnings)
if(VITRINE_SANITIZE)
  target_sources(chat_accounts_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR}/KeepModulesMapped.cpp)
endif()
add_test(NAME chat_accounts_test
         COMMAND ${PROJECT_SOURCE_DIR}/tests/integration/run-with-keyring.sh $<TARGET_FILE:chat_accounts_test>)
add_test(NAME chat_accounts_no_keychain_test
         COMMAND env -u DISPLAY DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/vitrine-bus
                 $<TARGET_FILE:chat_accounts_test> saysWhenThereIsNoKeychain)
set_tests_properties(chat_accounts_test chat_accounts_no_keychain_test PROPERTIES
                     LABELS "gui;integration" TIMEOUT 180 ENVIRONMENT "${VITRINE_TEST_ENV};QT_QPA_PLATFORM=offscreen")
