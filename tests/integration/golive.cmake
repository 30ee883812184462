# KeyStore (issue 4, go-live): stream keys in a real Secret Service (gnome-keyring in a D-Bus session of the
# test's own, unlocked with a throw-away password), and the no-keychain path (a session bus that is not there).
vitrine_add_qtest(keystore_test SOURCES KeyStoreTest.cpp LABELS integration)
# As built: no keychain at all (never the developer's own session bus).
set_tests_properties(keystore_test PROPERTIES ENVIRONMENT
  "VITRINE_KEYCHAIN_TEST=none;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/vitrine-no-bus;${VITRINE_TEST_ENV}")
add_test(NAME keystore_test_secret_service
         COMMAND dbus-run-session -- sh -c
           "echo -n test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$0\" writesReadsAndRemovesAKey"
           $<TARGET_FILE:keystore_test>)
set_tests_properties(keystore_test_secret_service PROPERTIES LABELS integration TIMEOUT 120
  ENVIRONMENT "VITRINE_KEYCHAIN_TEST=secret-service;${VITRINE_TEST_ENV}")
