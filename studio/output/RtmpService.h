#pragma once

#include <QString>

namespace vitrine {

// The id of Vitrine's own libobs service kind: it hands a server URL and a stream key to rtmp_output,
// as OBS's rtmp_custom does, without loading rtmp-services (which calls home on load).
inline constexpr const char* kRtmpServiceId = "vitrine_rtmp";

// Registers the kind with libobs unless it already is (it lives as long as libobs: registered again after a
// restart). Output code calls it before creating a service, so the engine knows nothing of outputs.
void ensureRtmpServiceKind();

struct RtmpTarget {
    QString server; // rtmp[s]://host[:port]/app
    QString key;    // may be empty
};

// The URL with its stream key hidden, for messages and logs.
QString redactStreamUrl(const QString& url);

// Splits rtmp[s]://HOST[:PORT]/APP/KEY into server and key. Returns false with a message when malformed.
[[nodiscard]] bool parseRtmpUrl(const QString& url, RtmpTarget* target, QString* error);
// rtmp[s]://HOST[:PORT]/APP as a server whose key comes from elsewhere (the environment, the keychain).
[[nodiscard]] bool parseRtmpServer(const QString& url, const QString& key, RtmpTarget* target,
                                   QString* error);

} // namespace vitrine
