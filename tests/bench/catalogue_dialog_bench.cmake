# The import dialog with a 100,000-product Merchant feed (issue 6): the window must stay responsive while the
# feed is read. Prints the read time and the longest GUI event-loop stall. `catalogue_dialog_bench N` for
# another size.
add_executable(catalogue_dialog_bench ${CMAKE_CURRENT_LIST_DIR}/CatalogueDialogBench.cpp)
target_link_libraries(catalogue_dialog_bench PRIVATE vitrine_app vitrine_warnings)
add_test(NAME catalogue_dialog_bench
         COMMAND ${VITRINE_TEST_SUPPORT_DIR}/with-xvfb.sh $<TARGET_FILE:catalogue_dialog_bench>)
set_tests_properties(catalogue_dialog_bench PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 300)
