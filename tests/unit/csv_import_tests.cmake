# CSV and Shopify products.json importers, and the HTML-to-text helper they share with the Merchant feed.
vitrine_add_qtest(html_text_test SOURCES HtmlTextTest.cpp LABELS unit LINK vitrine_base)
vitrine_add_qtest(csv_import_test SOURCES CsvImportTest.cpp LABELS unit LINK vitrine_show)
vitrine_add_qtest(shopify_json_import_test SOURCES ShopifyJsonImportTest.cpp LABELS unit LINK vitrine_show)
