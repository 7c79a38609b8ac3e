# The fleet simulator (many WordPress sites on loopback) for the benchmark (run-bench.sh) and
# the simulator tests in tests/fleet/.
add_library(latchkey_fleetsim STATIC bench/FleetSimulator.cpp bench/FleetSimulator.h)
target_include_directories(latchkey_fleetsim PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/bench)
target_link_libraries(latchkey_fleetsim PUBLIC Qt6::Core Qt6::Network
                                         PRIVATE latchkey_core latchkey_strict)
qt_add_resources(latchkey_fleetsim fleet_fixtures
    PREFIX /fleet
    BASE bench/fixtures
    FILES bench/fixtures/index.json bench/fixtures/me.json bench/fixtures/users.json)

qt_add_executable(fleet-simulator bench/fleet-simulator.cpp)
target_link_libraries(fleet-simulator PRIVATE latchkey_fleetsim latchkey_strict)

# A smoke run of the benchmark's tools: not the benchmark (that is run-bench.sh), only proof
# that the simulator starts, answers and counts.
add_test(NAME bench_simulator_smoke
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/bench/smoke-simulator.sh $<TARGET_FILE:fleet-simulator>)
set_tests_properties(bench_simulator_smoke PROPERTIES LABELS unit TIMEOUT 60)

# The GUI benchmark (issue 5): start-up, keychain reads, memory and event-loop stalls of the
# real main window with thousands of sites. The benchmark is run-gui-bench.sh; this smoke run
# on a small fleet only proves that it still runs and that start-up reads no secret.
qt_add_executable(latchkey-gui-bench bench/gui-bench.cpp)
target_link_libraries(latchkey-gui-bench PRIVATE latchkey_gui latchkey_strict)
add_test(NAME bench_gui_smoke
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/bench/run-gui-bench.sh --smoke
                 $<TARGET_FILE_DIR:latchkey-gui-bench> 200 50)
set_tests_properties(bench_gui_smoke PROPERTIES
    LABELS integration TIMEOUT 180
    ENVIRONMENT "LATCHKEY_CLI=$<TARGET_FILE:latchkey-cli>;LATCHKEY_FLEET_SIMULATOR=$<TARGET_FILE:fleet-simulator>")
