# Sign-in for the chats: OAuth 2 authorization code + PKCE against a fake authorization server on loopback,
# token refresh (and a refused one); tokens in a real Secret Service keychain (gnome-keyring on a private
# D-Bus session), and the clear error when there is no keychain at all.
vitrine_add_qtest(oauth_sign_in_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/OAuthSignInTest.cpp LABELS integration)

# Run only through the two tests below: inside a keyring session, and with no keychain at all.
add_executable(token_store_test ${CMAKE_CURRENT_LIST_DIR}/TokenStoreTest.cpp)
target_link_libraries(token_store_test PRIVATE vitrine_studio Qt6::Test vitrine_warnings)
add_test(NAME token_store_keyring_test
         COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-with-keyring.sh $<TARGET_FILE:token_store_test>
                 storesInTheKeychainOnly accountKeepsItsSignInInTheKeychain)
add_test(NAME token_store_no_keychain_test
         COMMAND env -u DISPLAY DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/vitrine-bus
                 $<TARGET_FILE:token_store_test> saysWhenThereIsNoKeychain)
set_tests_properties(token_store_keyring_test token_store_no_keychain_test PROPERTIES
                     LABELS integration TIMEOUT 120 ENVIRONMENT "${VITRINE_TEST_ENV}")
