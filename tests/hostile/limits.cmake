# Limits (issue "Trust", items 7, 9, 10): a password in the wrong CSV column, a site that drips
# one byte at a time, and core dumps.
latchkey_add_test(tst_hostile_csv UNIT hostile/tst_hostile_csv.cpp)
# The real latchkey-cli against a dripping fake server (a keychain holds the imported
# passwords), and its process limits.
latchkey_add_test(tst_hostile_limits KEYCHAIN hostile/tst_hostile_limits.cpp
                  unit/support/FakeHttpServer.cpp unit/support/FakeHttpServer.h)
target_include_directories(tst_hostile_limits PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)
add_dependencies(tst_hostile_limits latchkey-cli)
