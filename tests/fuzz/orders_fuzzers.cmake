# The show's figures (issue 15): a Shopify orders export and an event log read from arbitrary bytes.
vitrine_add_fuzzer(orders SOURCES OrdersFuzz.cpp)
