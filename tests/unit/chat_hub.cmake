# The merged chat: merge, dedupe, deletions, trim vs spool, questions, buy intent, highlight, moderation,
# post to chats, transcript export, and the list model's batched updates.
vitrine_add_qtest(chat_hub_test SOURCES ChatHubTest.cpp LABELS unit LINK vitrine_chat)
target_include_directories(chat_hub_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
# Catalogue-aware replies: price, variants, stock and delivery of the named or pinned product.
vitrine_add_qtest(reply_builder_test SOURCES ReplyBuilderTest.cpp LABELS unit LINK vitrine_chat)
target_compile_definitions(reply_builder_test PRIVATE VITRINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# Giveaways and polls across chats: entries and votes once per viewer and platform, the draw redone from the log.
vitrine_add_qtest(giveaway_poll_test SOURCES GiveawayPollTest.cpp LABELS unit LINK vitrine_chat)
target_include_directories(giveaway_poll_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
