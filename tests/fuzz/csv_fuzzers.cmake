# CSV reader and product importer, Shopify products.json importer.
vitrine_add_fuzzer(csv SOURCES CsvFuzz.cpp)
vitrine_add_fuzzer(shopify_json SOURCES ShopifyJsonFuzz.cpp)
