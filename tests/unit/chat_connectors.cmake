# Chat connectors (issue 5): the parsers without networking, then each connector against a local server
# on 127.0.0.1 speaking the platform's wire protocol (IRC over WebSocket, HTTP JSON pages, SSE).
vitrine_add_qtest(chat_parsers_test SOURCES ChatParsersTest.cpp LABELS unit LINK vitrine_chat)
vitrine_add_qtest(chat_connectors_test SOURCES ChatConnectorsTest.cpp LABELS unit LINK vitrine_chat)
