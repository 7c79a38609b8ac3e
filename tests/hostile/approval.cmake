# Browser approval and the launcher (issue "Trust", items 2, 4, 6 and 8).
if(TARGET latchkey_gui)
    # A site names another WordPress's approval page; a callback for another site; "Cannot
    # Authorize Application"; a callback nobody waits for; a failure after the approval (the
    # panel names the travelled password). Capturing fakes for A and B.
    latchkey_add_test(tst_hostile_approval UNIT hostile/tst_hostile_approval.cpp
                      unit/support/FakeHttpServer.cpp unit/support/FakeHttpServer.h)
    target_include_directories(tst_hostile_approval PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/support)
    target_link_libraries(tst_hostile_approval PRIVATE latchkey_gui)

    # argv wiped at once (the real binary, /proc/<pid>/cmdline); the single-instance folder's
    # rules and the peer's user id.
    latchkey_add_test(tst_hostile_launcher UNIT hostile/tst_hostile_launcher.cpp)
    target_link_libraries(tst_hostile_launcher PRIVATE latchkey_gui)
    add_dependencies(tst_hostile_launcher latchkey)
    set_property(TEST tst_hostile_launcher APPEND PROPERTY ENVIRONMENT
                 "LATCHKEY_GUI=$<TARGET_FILE:latchkey>")
endif()
