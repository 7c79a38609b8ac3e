# GUI tests: the real widgets (latchkey_gui), offscreen, against the real WordPress test bed and
# a real keychain. Message boxes are answered through MessageBox::setNextAnswer.
latchkey_add_test(tst_gui_sitelistmodel UNIT gui/tst_sitelistmodel.cpp)
target_link_libraries(tst_gui_sitelistmodel PRIVATE latchkey_gui)

latchkey_add_test(tst_gui WORDPRESS_KEYCHAIN gui/tst_gui.cpp gui/GuiTestSupport.h)
target_link_libraries(tst_gui PRIVATE latchkey_gui)

latchkey_add_test(tst_gui_sitefilterproxy UNIT gui/tst_sitefilterproxy.cpp)
target_link_libraries(tst_gui_sitefilterproxy PRIVATE latchkey_gui)

latchkey_add_test(tst_gui_fleet WORDPRESS_KEYCHAIN gui/tst_gui_fleet.cpp gui/GuiTestSupport.h)
target_link_libraries(tst_gui_fleet PRIVATE latchkey_gui)

latchkey_add_test(tst_gui_auditmodels UNIT gui/tst_gui_auditmodels.cpp)
target_link_libraries(tst_gui_auditmodels PRIVATE latchkey_gui)

latchkey_add_test(tst_gui_audit WORDPRESS_KEYCHAIN gui/tst_gui_audit.cpp gui/GuiTestSupport.h)
target_link_libraries(tst_gui_audit PRIVATE latchkey_gui)

latchkey_add_test(tst_gui_rotate WORDPRESS_KEYCHAIN gui/tst_gui_rotate.cpp gui/GuiTestSupport.h)
target_link_libraries(tst_gui_rotate PRIVATE latchkey_gui)

# Screenshots for docs/user-guide.md: a driver that shows the real windows against the test bed
# (scripts/screenshots.sh runs it under Xvfb with a private keychain). Run here too, writing
# into the build directory, so that it cannot rot.
qt_add_executable(latchkey_screenshots gui/ScreenshotDriver.cpp gui/GuiTestSupport.h)
target_link_libraries(latchkey_screenshots PRIVATE latchkey_gui latchkey_translations
                                                   latchkey_testsupport latchkey_strict)
add_test(NAME gui_screenshots
         COMMAND ${PROJECT_SOURCE_DIR}/scripts/screenshots.sh ${CMAKE_BINARY_DIR}
                 ${CMAKE_BINARY_DIR}/screenshots)
set_tests_properties(gui_screenshots PROPERTIES
    ENVIRONMENT "LATCHKEY_TESTBED_ENV=${LATCHKEY_TESTBED_DIR}/env"
    FIXTURES_REQUIRED wordpress RESOURCE_LOCK wordpress LABELS integration TIMEOUT 300)

latchkey_add_test(tst_gui_about UNIT gui/tst_gui_about.cpp)
target_link_libraries(tst_gui_about PRIVATE latchkey_gui)

# The Test publish tab against a fake site that resets or refuses: it says what core says is
# left on the site.
latchkey_add_test(tst_gui_publish UNIT gui/tst_gui_publish.cpp unit/support/FakeHttpServer.cpp
                  unit/support/FakeHttpServer.h)
target_link_libraries(tst_gui_publish PRIVATE latchkey_gui)
target_include_directories(tst_gui_publish PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)

# A locked keychain (the real gnome-keyring, locked over D-Bus): keychain_unavailable with
# "Unlock keychain…", never saved as the site's problem; unlocked, the button retries.
latchkey_add_test(tst_gui_keychain WORDPRESS_KEYCHAIN gui/tst_gui_keychain.cpp
                  gui/GuiTestSupport.h)
target_link_libraries(tst_gui_keychain PRIVATE latchkey_gui)

# Latchkey's own passwords across entries on one WordPress (admin's and author1's): marked with
# the entry's name in the admin's list, the strong warning on revoke naming it.
latchkey_add_test(tst_gui_ownpasswords WORDPRESS_KEYCHAIN gui/tst_gui_ownpasswords.cpp
                  gui/GuiTestSupport.h)
target_link_libraries(tst_gui_ownpasswords PRIVATE latchkey_gui)
