# Integration tests against the real WordPress test bed (the "wordpress" CTest fixture).
latchkey_add_test(tst_wordpress_api WORDPRESS integration/tst_wordpress_api.cpp)
latchkey_add_test(tst_connection_check WORDPRESS integration/tst_connection_check.cpp)
# It switches fault-injecting must-use plugins on and off in the shared sites: nothing else may
# talk to them meanwhile.
set_tests_properties(tst_connection_check PROPERTIES RUN_SERIAL TRUE)
# A real gnome-keyring in a private D-Bus session, and a session with no secret service at all.
latchkey_add_test(tst_keychain KEYCHAIN integration/tst_keychain.cpp)
latchkey_add_test(tst_keychain_unavailable NO_KEYCHAIN integration/tst_keychain_unavailable.cpp)
latchkey_add_test(tst_cli_session WORDPRESS_KEYCHAIN integration/tst_cli_session.cpp)
add_dependencies(tst_cli_session latchkey-cli)
# A keychain that is locked (over D-Bus), and a CLI run with no session bus to reach.
latchkey_add_test(tst_keychain_locked KEYCHAIN integration/tst_keychain_locked.cpp)
latchkey_add_test(tst_cli_keychain WORDPRESS_KEYCHAIN integration/tst_cli_keychain.cpp)
add_dependencies(tst_cli_keychain latchkey-cli)
