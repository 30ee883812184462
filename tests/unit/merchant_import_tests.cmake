# Google Merchant Center feed import (RSS and Atom, files and http URLs served on 127.0.0.1).
vitrine_add_qtest(merchant_feed_import_test SOURCES MerchantFeedImportTest.cpp LABELS unit LINK vitrine_show)
