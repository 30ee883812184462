# The claims panel (issue 14): claims per product, lists, waitlist, ambiguous, completing a variant,
# confirmations in chat, CSV export; over the demo show and fake chats.
vitrine_add_gui_test(claims_dock_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ClaimsDockTest.cpp)
target_include_directories(claims_dock_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
