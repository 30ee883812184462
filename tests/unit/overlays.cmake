# Overlays (issue 11): the product card painter and its QR code, drawn into a QImage without libobs; Qt Gui's
# offscreen platform gives the fonts without a display.
vitrine_add_qtest(product_card_test SOURCES ProductCardTest.cpp LABELS unit LINK vitrine_overlays)
set_property(TEST product_card_test APPEND PROPERTY ENVIRONMENT QT_QPA_PLATFORM=offscreen)
