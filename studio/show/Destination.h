#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vitrine {

// Where a show streams. The stream key is never here: it lives in the OS keychain under keyRef.
struct Destination {
    QString name;     // "YouTube — chaîne Maison Moulin"
    QString platform; // a key of the platform table (show/Platform.h): youtube, facebook, twitch… or custom
    QString server;   // rtmp[s]://host[:port]/app
    QString keyRef;   // keychain entry holding the key
    bool vertical = false;
    bool enabled = true;
    QString service; // the streaming service of OBS's list ("YouTube - RTMPS"); empty: a custom server
    // A relay: the brand's fan-out server (nginx-rtmp, SRS), which pushes the stream on to the platforms
    // named in relayTargets ("YouTube", "Facebook"). The studio streams to the relay only; the names are a
    // reminder.
    bool relay = false;
    QStringList relayTargets;

    QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("name"), name},         {QStringLiteral("platform"), platform},
                         {QStringLiteral("server"), server},     {QStringLiteral("keyRef"), keyRef},
                         {QStringLiteral("vertical"), vertical}, {QStringLiteral("enabled"), enabled}};
        if (!service.isEmpty()) // optional: needs no new format version
            json.insert(QStringLiteral("service"), service);
        if (relay) // optional too: a show without relays is written as before
            json.insert(QStringLiteral("relay"), true);
        if (!relayTargets.isEmpty())
            json.insert(QStringLiteral("relayTargets"), QJsonArray::fromStringList(relayTargets));
        return json;
    }
    static Destination fromJson(const QJsonObject& json)
    {
        QStringList targets;
        for (const QJsonValue& target : json.value(QStringLiteral("relayTargets")).toArray())
            if (const QString name = target.toString().trimmed(); !name.isEmpty())
                targets << name;
        return {json.value(QStringLiteral("name")).toString(),
                json.value(QStringLiteral("platform")).toString(),
                json.value(QStringLiteral("server")).toString(),
                json.value(QStringLiteral("keyRef")).toString(),
                json.value(QStringLiteral("vertical")).toBool(),
                json.value(QStringLiteral("enabled")).toBool(true),
                json.value(QStringLiteral("service")).toString(),
                json.value(QStringLiteral("relay")).toBool(),
                targets};
    }
    bool operator==(const Destination&) const = default;
};

} // namespace vitrine
