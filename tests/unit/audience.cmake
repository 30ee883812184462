# The live dashboard's figures (issue 15): concurrent viewers per platform against local servers speaking the
# YouTube Data API, Twitch Helix and the Facebook Graph API (requests checked, offline, malformed, refused
# token), the figures over time and the weakest one against the show's targets, and targets in show files.
vitrine_add_qtest(audience_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/AudienceTest.cpp LABELS unit LINK vitrine_audience)
target_include_directories(audience_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
