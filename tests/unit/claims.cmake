# Comment-to-claim (issue 14): the parser on French and English comments (codes, quantities, variants, typos,
# emoji, what is not a claim), and the claim book (stock in arrival order, waitlist, needsVariant, ambiguous,
# unknown stock, event log, CSV).
vitrine_add_qtest(claim_parser_test SOURCES ClaimParserTest.cpp LABELS unit LINK vitrine_chat)
vitrine_add_qtest(claim_book_test SOURCES ClaimBookTest.cpp LABELS unit LINK vitrine_chat)
