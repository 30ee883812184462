# The merged chat: merge, dedupe, deletions, trim vs spool, questions, buy intent, highlight, moderation,
# post to chats, transcript export, and the list model's batched updates.
vitrine_add_qtest(chat_hub_test SOURCES ChatHubTest.cpp LABELS unit LINK vitrine_chat)
target_include_directories(chat_hub_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
