# The presenter view (issue 16), in English and in French: the pinned product, stock in words, the promo
# countdown, the run-of-show behind/ahead of plan, the next question, claims and the producer's notes, read
# from its labels over the demo show and a fake chat; screenshots in build/screenshots/en|fr.
vitrine_add_gui_test(presenter_view_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/PresenterViewTest.cpp)
target_include_directories(presenter_view_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
target_compile_definitions(presenter_view_test PRIVATE VITRINE_QM_DIR="${PROJECT_BINARY_DIR}/app"
                           VITRINE_SCREENSHOT_DIR="${PROJECT_BINARY_DIR}/screenshots")
add_dependencies(presenter_view_test vitrine) # the French .qm files are built with the program
set_tests_properties(presenter_view_test PROPERTIES ENVIRONMENT "${VITRINE_TEST_ENV};VITRINE_TEST_LANGUAGE=en")
add_test(NAME presenter_view_test_fr COMMAND ${VITRINE_TEST_SUPPORT_DIR}/with-xvfb.sh $<TARGET_FILE:presenter_view_test>)
set_tests_properties(presenter_view_test_fr PROPERTIES LABELS gui TIMEOUT 120
                     ENVIRONMENT "${VITRINE_TEST_ENV};VITRINE_TEST_LANGUAGE=fr")
