# Chat connectors (issue 5): the parsers without networking, then each connector against a local server
# on 127.0.0.1 speaking the platform's wire protocol (IRC over WebSocket, HTTP JSON pages, SSE).
vitrine_add_qtest(chat_parsers_test SOURCES ChatParsersTest.cpp LABELS unit LINK vitrine_chat)
vitrine_add_qtest(chat_connectors_test SOURCES ChatConnectorsTest.cpp LABELS unit LINK vitrine_chat)
# Twitch EventSub (issue 14): recorded-style frames shared by the parser and connector tests.
target_include_directories(chat_parsers_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
target_include_directories(chat_connectors_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
# Pasted YouTube addresses (issue 12): the live chat lookup against a local server speaking the Data API.
vitrine_add_qtest(youtube_live_chat_resolver_test SOURCES YouTubeLiveChatResolverTest.cpp LocalHttpServer.h LABELS unit
                  LINK vitrine_chat)
# Answer and moderate (issue 14): posts, deletions, time-outs and bans against local servers speaking the
# YouTube Data API, Twitch Helix and the Facebook Graph API; capabilities per credential; refused tokens.
vitrine_add_qtest(chat_actions_test SOURCES ChatActionsTest.cpp LABELS unit LINK vitrine_chat)
target_include_directories(chat_actions_test PRIVATE ${VITRINE_TEST_SUPPORT_DIR})
