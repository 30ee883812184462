# The core's layering (issue 10): each part includes and calls only the parts it links, and show and chat use
# no libobs (`nm -u` of their libraries has no obs_/gs_ symbol). The second test proves the check can fail: it
# pretends engine may not use libobs and expects the check to say so.
add_test(NAME layering_test
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_layering.py
                 --parts ${PROJECT_BINARY_DIR}/vitrine_parts.txt --source-dir ${PROJECT_SOURCE_DIR})
add_test(NAME layering_test_detects_libobs
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_layering.py
                 --parts ${PROJECT_BINARY_DIR}/vitrine_parts.txt --source-dir ${PROJECT_SOURCE_DIR}
                 --pretend-no-libobs engine --expect-violations)
set_tests_properties(layering_test layering_test_detects_libobs PROPERTIES LABELS unit TIMEOUT 120)
