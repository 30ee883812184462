# The live dashboard (issue 15): chat messages and viewer samples fed through a chat hub and the figures,
# then the charts' series points, the audience labels, the products table, the promo window and the weakest
# figure against the show's targets, flagged only while live.
vitrine_add_gui_test(live_dashboard_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/LiveDashboardDockTest.cpp)
target_include_directories(live_dashboard_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
