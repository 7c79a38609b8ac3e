# Browser approval (issue 6): the approval address and the latchkey:// callback parser, the
# single-instance handover and D-Bus activation, and the whole flow in a real browser.
latchkey_add_test(tst_approval_urls UNIT approval/tst_approval_urls.cpp)

if(TARGET latchkey_gui)
    # The second process of the single-instance handover, as app/gui/main.cpp runs it.
    qt_add_executable(approval_forward approval/approval_forward.cpp)
    target_link_libraries(approval_forward PRIVATE latchkey_gui latchkey_strict)
    set(approval_forward_env "LATCHKEY_APPROVAL_FORWARD=$<TARGET_FILE:approval_forward>")
    # The real binary: `latchkey latchkey://…` forwards to the running instance and exits.
    set(latchkey_gui_env "LATCHKEY_GUI=$<TARGET_FILE:latchkey>")

    latchkey_add_test(tst_approval_singleinstance UNIT approval/tst_approval_singleinstance.cpp)
    target_link_libraries(tst_approval_singleinstance PRIVATE latchkey_gui)
    add_dependencies(tst_approval_singleinstance approval_forward latchkey)
    set_property(TEST tst_approval_singleinstance APPEND PROPERTY ENVIRONMENT
                 ${approval_forward_env} ${latchkey_gui_env})

    if(TARGET Qt6::DBus)
        # A private session bus (the keychain wrapper provides one).
        latchkey_add_test(tst_approval_dbus KEYCHAIN approval/tst_approval_dbus.cpp)
        target_link_libraries(tst_approval_dbus PRIVATE latchkey_gui Qt6::DBus)
    endif()

    # Debian's chromium + playwright-core (tests/browser, installed by scripts/install-deps.sh)
    # against the WordPress test bed, with a real keychain. The second process is the real
    # `latchkey` binary, as the desktop runs it.
    # The hijack puts a capturing fake (A) in front of the real WordPress (B).
    latchkey_add_test(tst_approval_browser WORDPRESS_KEYCHAIN approval/tst_approval_browser.cpp
                      unit/support/FakeHttpServer.cpp unit/support/FakeHttpServer.h)
    target_include_directories(tst_approval_browser PRIVATE
                               ${CMAKE_CURRENT_SOURCE_DIR}/unit/support)
    target_link_libraries(tst_approval_browser PRIVATE latchkey_gui)
    add_dependencies(tst_approval_browser latchkey)
    set_property(TEST tst_approval_browser APPEND PROPERTY ENVIRONMENT
                 "LATCHKEY_APPROVAL_FORWARD=$<TARGET_FILE:latchkey>")

    # The real add-site dialog through the browser path, handed over by the real binary.
    latchkey_add_test(tst_approval_dialog WORDPRESS_KEYCHAIN approval/tst_approval_dialog.cpp
                      gui/GuiTestSupport.h)
    target_include_directories(tst_approval_dialog PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/gui)
    target_link_libraries(tst_approval_dialog PRIVATE latchkey_gui)
    add_dependencies(tst_approval_dialog latchkey)
    set_property(TEST tst_approval_dialog APPEND PROPERTY ENVIRONMENT ${latchkey_gui_env})
endif()
