# The HTTP download the catalogue readers share (Merchant feeds, catalogue and stock feeds).
vitrine_add_qtest(http_download_test SOURCES HttpDownloadTest.cpp LocalHttpServer.h LABELS unit LINK vitrine_show)
