# Show › Show details…: title, hosts, brands, campaign, audience locale, replay page and delivery reach the show.
vitrine_add_gui_test(show_details_dialog_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ShowDetailsDialogTest.cpp)
