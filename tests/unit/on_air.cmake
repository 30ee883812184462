# On air (issue 11): flash sales, overlay switches, the new rehearsal actions and the ticker's sales, without
# libobs.
vitrine_add_qtest(on_air_state_test SOURCES OnAirStateTest.cpp LABELS unit LINK vitrine_runtime)
