# Google Merchant feed import (issue 6): arbitrary bytes, whole and streamed in pieces.
# The importer's own sources are compiled into the target so that they, not only the harness, carry
# libFuzzer's coverage counters and the sanitizers (vitrine_studio itself is built without them); the
# linker then takes these objects instead of the library's copies.
set(VITRINE_MERCHANT_FUZZ_SOURCES
    ${PROJECT_SOURCE_DIR}/studio/show/import/MerchantFeedImporter.cpp
    ${PROJECT_SOURCE_DIR}/studio/show/import/MerchantFeedImporter.h
    ${PROJECT_SOURCE_DIR}/studio/base/HtmlText.cpp
    ${PROJECT_SOURCE_DIR}/studio/show/import/ImportReport.cpp
    ${PROJECT_SOURCE_DIR}/studio/show/Money.cpp)
vitrine_add_fuzzer(merchant_feed SOURCES MerchantFeedFuzz.cpp ${VITRINE_MERCHANT_FUZZ_SOURCES})
