# Source properties and the Sources dock on the demo show (issue 12): friendly camera fields with the pipeline
# under "Advanced", colour swatches, property names in French, the no-camera message, the right-click menu.
vitrine_add_gui_test(source_properties_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/SourcePropertiesTest.cpp)
target_compile_definitions(source_properties_test PRIVATE VITRINE_QM_DIR="${PROJECT_BINARY_DIR}/app")
add_dependencies(source_properties_test vitrine)
