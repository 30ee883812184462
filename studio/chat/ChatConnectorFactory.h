#pragma once

#include "chat/ChatMessage.h"

#include <QString>
#include <QUrl>

namespace vitrine {

class ChatConnector;

// "PLATFORM:TARGET[@ENDPOINT]", e.g. twitch:maisonmoulin, youtube:LIVE_CHAT_ID@http://127.0.0.1:8080,
// facebook:LIVE_VIDEO_ID, custom:shop@ws://127.0.0.1:9000/chat. The endpoint replaces the platform's base
// URL (custom feeds need one). YouTube targets may also be video=ID, channel=UC…, handle=NAME or
// broadcast=ID, looked up when the chat connects. A pasted web address is read by ChatUrl.
struct ChatSpec {
    ChatPlatform platform = ChatPlatform::Custom;
    QString target;
    QUrl endpoint; // empty: the platform's own

    // False with a translated, user-facing reason.
    static bool parse(const QString& text, ChatSpec* result, QString* error);
    QString toString() const; // "platform:target", never the endpoint's credentials
};

// Tokens for the connectors. They come from the keychain or the environment, never from a flag or a file.
struct ChatCredentials {
    QString twitchToken;    // VITRINE_TWITCH_TOKEN (empty: anonymous, read only)
    QString twitchLogin;    // VITRINE_TWITCH_LOGIN (the token's account; defaults to the channel)
    QString twitchClientId; // VITRINE_TWITCH_CLIENT_ID (the application's, for Helix: moderation; no secret)
    QString youtubeToken;   // VITRINE_YOUTUBE_TOKEN (OAuth bearer)
    QString youtubeApiKey;  // VITRINE_YOUTUBE_API_KEY
    QString facebookToken;  // VITRINE_FACEBOOK_TOKEN

    static ChatCredentials fromEnvironment();
    // Every non-empty secret, for scrubbing logs.
    QStringList secrets() const;
};

// Creates the connector for a spec; nullptr with a translated reason when a credential it needs is missing.
ChatConnector* createChatConnector(const ChatSpec& spec, const ChatCredentials& credentials, QObject* parent,
                                   QString* error);

} // namespace vitrine
