#pragma once

#include "chat/ChatConnectorFactory.h"

#include <QString>

namespace vitrine {

// What a presenter pastes to add a chat: the address of a channel or a live, as the browser shows it, or an
// old-style "platform:target" spec. Pure parsing, no network: a YouTube video, channel or @handle is stored
// as "youtube:video=ID", "youtube:channel=UC…" or "youtube:handle=NAME" and its live chat is looked up when
// the chat connects (YouTubeLiveChatResolver), so a channel's chat follows its current live.
//   twitch.tv/NAME (www., m.)                      → twitch:name
//   youtube.com/watch?v=ID, youtu.be/ID,
//   youtube.com/live/ID, youtube.com/embed/ID      → youtube:video=ID
//   youtube.com/channel/UC…                        → youtube:channel=UC…
//   youtube.com/@handle, youtube.com/@handle/live  → youtube:handle=handle
//   facebook.com/PAGE/videos/ID,
//   facebook.com/watch/live/?v=ID                  → facebook:ID
// fb.watch short links need Facebook to expand them, so they are refused with a reason.
struct ChatUrl {
    // True when the text reads as a web address (with or without http://) rather than a spec.
    static bool looksLikeUrl(const QString& text);
    // A pasted address or spec → the spec to store. False with a translated reason.
    static bool parse(const QString& text, ChatSpec* spec, QString* error);
    // A friendly, translated line for a list: "Twitch — channel maisonmoulin", "YouTube — @maison's live"…
    static QString describe(const ChatSpec& spec);
    // The platform's name as users know it: Twitch, YouTube, Facebook, custom feed.
    static QString platformName(ChatPlatform platform);
};

} // namespace vitrine
