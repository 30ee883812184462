# Claim codes: what viewers write in chat to claim a product ("SOLD A1 2"): rules, assignment, the show file.
vitrine_add_qtest(claim_code_test SOURCES ClaimCodeTest.cpp LABELS unit LINK vitrine_show)
