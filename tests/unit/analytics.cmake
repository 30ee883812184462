# The show's figures (issue 15): a Shopify orders export (multi-row orders, a discount code, refunded, cancelled
# and pending orders, times with offsets, orders at the live's exact start and end, malformed rows) against an
# event log's live, promo and pin windows; the report's plots, HTML and PDF (offscreen Qt Gui, no display).
vitrine_add_qtest(show_figures_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/ShowFiguresTest.cpp LABELS unit
                  LINK vitrine_analytics)
set_property(TEST show_figures_test APPEND PROPERTY ENVIRONMENT QT_QPA_PLATFORM=offscreen)
