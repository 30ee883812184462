#pragma once

#include "base/VideoSettings.h"
#include "show/Destination.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace vitrine {

// One streaming platform from OBS Studio's list of services (rtmp-services' services.json): its RTMP(S)
// ingest servers, where to get a stream key, and the encoder limits it recommends.
struct StreamingService {
    struct Server {
        QString name; // "Primary YouTube ingest server"
        QString url;  // rtmp[s]://host[:port]/app
        bool operator==(const Server&) const = default;
    };
    QString name; // "YouTube - RTMPS"
    QStringList altNames;
    bool common = false; // one of the few OBS lists first
    QList<Server> servers;
    QString streamKeyLink;
    int maxVideoKbps = 0; // 0: no recommendation
    int maxAudioKbps = 0;
    int keyframeIntervalSeconds = 0;
    // Lower video caps for some sizes and frame rates (Facebook: 4000 kbps at 1280×720, 30 fps).
    struct BitrateCap {
        QSize size; // landscape; a vertical canvas of the same dimensions takes the same cap
        int fps = 0;
        int maxKbps = 0;
        bool operator==(const BitrateCap&) const = default;
    };
    QList<BitrateCap> bitrateMatrix;

    // The video cap for a canvas of this size and frame rate: the matrix's when it lists it, else the
    // service's maximum; 0 when it has none.
    int maxVideoBitrateKbps(QSize canvas, double fps) const;

    // The platform key (show/Platform.h) its name names: youtube, facebook, twitch… or custom.
    QString platform() const;
};

// The platforms a destination can stream to, read from OBS's own list rather than kept by hand. Only what
// this studio can send is kept: RTMP and RTMPS servers (HLS, SRT, WHIP and FTL ingests are left out).
class ServiceCatalog {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ServiceCatalog)

public:
    // OBS Studio's list, where the obs-studio package installs it.
    static QString defaultPath();
    // The installed list, read once per process; empty when it is missing (destinations then take a custom
    // server only).
    static const ServiceCatalog& installed();

    static ServiceCatalog load(const QString& path, QString* error);
    static ServiceCatalog fromJson(const QByteArray& json, QString* error);

    const QList<StreamingService>& services() const { return m_services; }
    // Common services first (OBS's order), then the others by name.
    QList<StreamingService> sortedForPicking() const;
    // By name or former name ("YouTube / YouTube Gaming"); null when unknown.
    const StreamingService* find(const QString& name) const;
    // The service a destination on this platform (show/Platform.h key) streams through: OBS's common one
    // first ("YouTube - RTMPS" for youtube); null when the list has none.
    const StreamingService* forPlatform(QStringView platformKey) const;
    // The service one of whose servers is this URL; null when none.
    const StreamingService* forServer(const QString& url) const;
    bool isEmpty() const { return m_services.isEmpty(); }
    // The service a destination streams through: the one it names, else the one its server belongs to; null
    // for a custom server.
    const StreamingService* forDestination(const Destination& destination) const;

    // The encoder settings a destination's service takes, from the show's: video and audio bitrates at most
    // the service's caps (for this canvas size and frame rate), a keyframe at least as often as it asks.
    struct EncoderFit {
        EncoderSettings settings;
        QStringList changes; // what was lowered and why, for people; empty when the show's settings suit it
    };
    EncoderFit fit(const Destination& destination, const EncoderSettings& encoders, QSize canvas,
                   double fps) const;

private:
    QList<StreamingService> m_services;
};

} // namespace vitrine
