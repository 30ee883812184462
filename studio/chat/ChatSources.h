#pragma once

#include "chat/ChatConnectorFactory.h"

#include <QStringList>

namespace vitrine {

class ChatHub;

// The chats the studio reads, as "PLATFORM:TARGET[@ENDPOINT]" specs kept in the user's settings (no secret:
// tokens come from the keychain or the environment).
struct ChatSources {
    QStringList specs;

    static ChatSources load();
    void save() const;

    // Connects every spec to the hub (connectors started). Specs that cannot connect are skipped and their
    // reasons returned, translated.
    QStringList connect(ChatHub& hub, const ChatCredentials& credentials) const;
};

} // namespace vitrine
