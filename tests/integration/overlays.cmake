# Overlays on air (issue 11): the pinned product's card and its QR code in the recording, read back by zbarimg,
# on a 16:9 and a 9:16 canvas.
vitrine_add_script_test(integration_overlay_card test_overlay_card.py LABELS integration)
# The layer on a running libobs: channel, paint and upload only on change, live stock, unpin, vertical canvas;
# prints pin → first frame with the card.
vitrine_add_qtest(overlay_layer_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/OverlayLayerTest.cpp LABELS integration XVFB
                  LINK vitrine_runtime)
