# Catalogue during the live: the import review text, stock refresh from the feed, product images cached for
# offline shows. The HTTP peers are QTcpServers the tests start on 127.0.0.1.
vitrine_add_qtest(import_summary_test SOURCES ImportSummaryTest.cpp LABELS unit LINK vitrine_show)
vitrine_add_qtest(stock_refresher_test SOURCES StockRefresherTest.cpp LocalHttpServer.h LABELS unit LINK vitrine_show)
vitrine_add_qtest(product_image_cache_test SOURCES ProductImageCacheTest.cpp LocalHttpServer.h LABELS unit LINK vitrine_show)
