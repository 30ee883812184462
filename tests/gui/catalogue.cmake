# The catalogue import dialog driven as a producer would: column mapping with a live preview, review, import or
# cancel, precise errors; a Merchant feed read from a local HTTP server.
vitrine_add_gui_test(catalogue_import_dialog_test SOURCES CatalogueImportDialogTest.cpp
                     ${PROJECT_SOURCE_DIR}/tests/unit/LocalHttpServer.h)
vitrine_add_gui_test(products_dock_live_test SOURCES ProductsDockLiveTest.cpp
                     ${PROJECT_SOURCE_DIR}/tests/unit/LocalHttpServer.h)
