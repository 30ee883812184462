# OBS's list of streaming services, as the destinations dialog reads it.
vitrine_add_qtest(service_catalog_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ServiceCatalogTest.cpp LABELS unit LINK vitrine_output)
