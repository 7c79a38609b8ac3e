# Issue 4, one-click diagnosis: problem texts and reports (unit), and every failure cause
# produced by a real faulty server (the WordPress test bed behind nginx, fault switches, fakes).
latchkey_add_test(tst_diag_unit UNIT diagnosis/tst_diag_unit.cpp)
latchkey_add_test(tst_diag_faults WORDPRESS diagnosis/tst_diag_faults.cpp
                  diagnosis/DiagSupport.cpp diagnosis/DiagSupport.h)
set_tests_properties(tst_diag_faults PROPERTIES TIMEOUT 600)
latchkey_add_test(tst_diag_cli WORDPRESS_KEYCHAIN diagnosis/tst_diag_cli.cpp
                  diagnosis/DiagSupport.cpp diagnosis/DiagSupport.h)
add_dependencies(tst_diag_cli latchkey-cli)
# In a private network namespace (root: unshare -n) with only loopback and 192.0.2.77 on it, so
# no DNS query or other packet can leave the machine; on a D-Bus session with no Secret Service.
qt_add_executable(tst_diag_isolated diagnosis/tst_diag_isolated.cpp
                  diagnosis/DiagSupport.cpp diagnosis/DiagSupport.h)
target_link_libraries(tst_diag_isolated PRIVATE latchkey_testsupport latchkey_core Qt6::Test
                                                latchkey_strict)
add_dependencies(tst_diag_isolated latchkey-cli)
set(LATCHKEY_DIAG_ISOLATE
    "ip link set lo up && ip addr add 192.0.2.77/32 dev lo && exec \"$0\" \"$1\"")
add_test(NAME tst_diag_isolated
         COMMAND unshare --net sh -c ${LATCHKEY_DIAG_ISOLATE}
                 ${LATCHKEY_WITHOUT_KEYCHAIN} $<TARGET_FILE:tst_diag_isolated>)
set_tests_properties(tst_diag_isolated PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LATCHKEY_CLI=$<TARGET_FILE:latchkey-cli>;LATCHKEY_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    TIMEOUT 300 LABELS integration)
