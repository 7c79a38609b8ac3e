# The fleet simulator (many WordPress sites on loopback) for the benchmark (run-bench.sh) and
# the simulator tests in tests/fleet/.
add_library(latchkey_fleetsim STATIC bench/FleetSimulator.cpp bench/FleetSimulator.h)
target_include_directories(latchkey_fleetsim PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/bench)
target_link_libraries(latchkey_fleetsim PUBLIC Qt6::Core Qt6::Network PRIVATE latchkey_strict)
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
