# Overlay rendering: every kind painted on the demo show at 1280×720 and 1080×1920 and compared with the committed
# reference PNGs in tests/data/overlays/ (VITRINE_UPDATE_GOLDEN=1 rewrites them), plus what each painter must
# survive (long, right-to-left and emoji text, missing images, currencies, broken themes). No libobs; Qt Gui's
# offscreen platform gives the fonts without a display.
vitrine_add_qtest(overlay_render_test SOURCES OverlayRenderTest.cpp LABELS unit LINK vitrine_overlays)
set_property(TEST overlay_render_test APPEND PROPERTY ENVIRONMENT QT_QPA_PLATFORM=offscreen)
