# Rotation and re-issue against a second worker (issue "Trust", item 5): a second process or
# a second job of the same process never resumes, rolls back or repeats a rotation under way;
# a keychain that answers late never leaves a revoked password behind.
set(latchkey_rotation_fakes hostile/FakeApplicationPasswords.h unit/support/FakeHttpServer.cpp
                            unit/support/FakeHttpServer.h)
latchkey_add_test(tst_rotation_inprocess UNIT hostile/tst_rotation_inprocess.cpp
                  fleet/FakeSecretStore.h ${latchkey_rotation_fakes})
# latchkey-cli processes against the capturing fake, in a private keychain.
latchkey_add_test(tst_rotation_processes KEYCHAIN hostile/tst_rotation_processes.cpp
                  hostile/CliProcess.h ${latchkey_rotation_fakes})
add_dependencies(tst_rotation_processes latchkey-cli)
# The same race against the real WordPress test bed.
latchkey_add_test(tst_rotation_wordpress WORDPRESS_KEYCHAIN hostile/tst_rotation_wordpress.cpp
                  hostile/CliProcess.h)
add_dependencies(tst_rotation_wordpress latchkey-cli)
# The desktop app's Rotate dialog and start-up resume against cron's latchkey-cli.
latchkey_add_test(tst_rotation_gui KEYCHAIN hostile/tst_rotation_gui.cpp hostile/CliProcess.h
                  gui/GuiTestSupport.h ${latchkey_rotation_fakes})
target_link_libraries(tst_rotation_gui PRIVATE latchkey_gui)
add_dependencies(tst_rotation_gui latchkey-cli)
