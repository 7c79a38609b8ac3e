# Issue "Trust", items 1, 3 and 10: a password goes only to the origin its user named.
# Fakes where a server must misbehave on demand (redirects, Link headers, index claims, a proxy).
latchkey_add_test(tst_hostile_transport UNIT hostile/tst_hostile_transport.cpp
                  unit/support/FakeHttpServer.cpp unit/support/FakeHttpServer.h)
target_include_directories(tst_hostile_transport PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit)

# latchkey-cli (private keychain) against a hostile front server and the real WordPress behind
# php -S servers that record a hash of every Authorization header they receive.
latchkey_add_test(tst_hostile_origin WORDPRESS_KEYCHAIN hostile/tst_hostile_origin.cpp
                  diagnosis/DiagSupport.cpp diagnosis/DiagSupport.h
                  unit/support/FakeHttpServer.cpp unit/support/FakeHttpServer.h)
target_include_directories(tst_hostile_origin PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit
                                                      ${CMAKE_CURRENT_SOURCE_DIR}/diagnosis)
add_dependencies(tst_hostile_origin latchkey-cli)

# The Add Site dialog shows a cross-origin proposal beside the address named, and asks.
# (Source in tests/gui, registered here with the rest of this family.)
latchkey_add_test(tst_gui_origin WORDPRESS_KEYCHAIN gui/tst_gui_origin.cpp gui/GuiTestSupport.h
                  diagnosis/DiagSupport.cpp diagnosis/DiagSupport.h
                  unit/support/FakeHttpServer.cpp unit/support/FakeHttpServer.h)
target_include_directories(tst_gui_origin PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit
                                                  ${CMAKE_CURRENT_SOURCE_DIR}/diagnosis)
target_link_libraries(tst_gui_origin PRIVATE latchkey_gui)
