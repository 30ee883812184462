# Installation and the Debian package (the studio is an installable desktop application).
add_test(NAME integration_install
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/test_install.py --build-dir ${PROJECT_BINARY_DIR})
set_tests_properties(integration_install PROPERTIES LABELS integration RUN_SERIAL TRUE TIMEOUT 600)
