# Bulk operations for agencies (core/fleet): units, the fleet simulator, the real WordPress.
latchkey_add_test(tst_fleet_units UNIT fleet/tst_fleet_units.cpp fleet/FakeSecretStore.h)
latchkey_add_test(tst_fleet_simulator UNIT fleet/tst_fleet_simulator.cpp fleet/FakeSecretStore.h)
target_link_libraries(tst_fleet_simulator PRIVATE latchkey_fleetsim)
latchkey_add_test(tst_fleet_wordpress WORDPRESS_KEYCHAIN fleet/tst_fleet_wordpress.cpp)
add_dependencies(tst_fleet_wordpress latchkey-cli)
latchkey_add_test(tst_fleet_no_keychain NO_KEYCHAIN fleet/tst_fleet_no_keychain.cpp)
add_dependencies(tst_fleet_no_keychain latchkey-cli)
# Ctrl-C / SIGTERM of latchkey-cli's fleet commands, against the simulator (a keychain holds
# the imported passwords).
latchkey_add_test(tst_cli_interrupt KEYCHAIN fleet/tst_cli_interrupt.cpp)
target_link_libraries(tst_cli_interrupt PRIVATE latchkey_fleetsim)
add_dependencies(tst_cli_interrupt latchkey-cli)
latchkey_add_test(tst_bulk_activity UNIT fleet/tst_bulk_activity.cpp)
