#include "output/ServiceCatalog.h"

#include "show/Platform.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vitrine {

int StreamingService::maxVideoBitrateKbps(QSize canvas, double fps) const
{
    const QSize landscape = canvas.width() >= canvas.height() ? canvas : canvas.transposed();
    for (const BitrateCap& cap : bitrateMatrix)
        if (cap.size == landscape && qRound(fps) == cap.fps)
            return maxVideoKbps > 0 ? std::min(cap.maxKbps, maxVideoKbps) : cap.maxKbps;
    return maxVideoKbps;
}

QString StreamingService::platform() const
{
    return Platform::forServiceName(name).key;
}

QString ServiceCatalog::defaultPath()
{
    return QStringLiteral(VITRINE_OBS_DATA_DIR "/obs-plugins/rtmp-services/services.json");
}

const ServiceCatalog& ServiceCatalog::installed()
{
    static const ServiceCatalog catalog = [] {
        QString error;
        return load(defaultPath(), &error);
    }();
    return catalog;
}

ServiceCatalog ServiceCatalog::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the list of streaming services %1: %2").arg(path, file.errorString());
        return {};
    }
    return fromJson(file.readAll(), error);
}

ServiceCatalog ServiceCatalog::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || !document.object().value(QStringLiteral("services")).isArray()) {
        *error =
            parseError.error != QJsonParseError::NoError
                ? tr("the list of streaming services is not valid JSON: %1").arg(parseError.errorString())
                : tr("the list of streaming services has no \"services\" array");
        return {};
    }
    ServiceCatalog catalog;
    for (const QJsonValue& value : document.object().value(QStringLiteral("services")).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonObject recommended = object.value(QStringLiteral("recommended")).toObject();
        const QString output = recommended.value(QStringLiteral("output")).toString();
        if (!output.isEmpty() && output != u"rtmp_output")
            continue; // FTL and other outputs this studio does not have
        StreamingService service;
        service.name = object.value(QStringLiteral("name")).toString().trimmed();
        for (const QJsonValue& alt : object.value(QStringLiteral("alt_names")).toArray())
            service.altNames << alt.toString();
        service.common = object.value(QStringLiteral("common")).toBool();
        service.streamKeyLink = object.value(QStringLiteral("stream_key_link")).toString();
        service.maxVideoKbps = recommended.value(QStringLiteral("max video bitrate")).toInt();
        service.maxAudioKbps = recommended.value(QStringLiteral("max audio bitrate")).toInt();
        for (const QJsonValue& entry : recommended.value(QStringLiteral("bitrate matrix")).toArray()) {
            const QJsonObject cap = entry.toObject();
            const QStringList size = cap.value(QStringLiteral("res")).toString().split(u'x');
            const QSize landscape(size.value(0).toInt(), size.value(1).toInt());
            const int maxKbps = cap.value(QStringLiteral("max bitrate")).toInt();
            if (!landscape.isEmpty() && maxKbps > 0)
                service.bitrateMatrix.append({landscape, cap.value(QStringLiteral("fps")).toInt(), maxKbps});
        }
        service.keyframeIntervalSeconds = recommended.value(QStringLiteral("keyint")).toInt();
        for (const QJsonValue& server : object.value(QStringLiteral("servers")).toArray()) {
            const QString url = server.toObject().value(QStringLiteral("url")).toString().trimmed();
            if (url.startsWith(QStringLiteral("rtmp://"), Qt::CaseInsensitive) ||
                url.startsWith(QStringLiteral("rtmps://"), Qt::CaseInsensitive))
                service.servers.append({server.toObject().value(QStringLiteral("name")).toString(), url});
        }
        if (!service.name.isEmpty() && !service.servers.isEmpty())
            catalog.m_services.append(service);
    }
    if (catalog.m_services.isEmpty())
        *error = tr("the list of streaming services has no RTMP service");
    return catalog;
}

QList<StreamingService> ServiceCatalog::sortedForPicking() const
{
    QList<StreamingService> sorted = m_services;
    std::stable_sort(sorted.begin(), sorted.end(), [](const StreamingService& a, const StreamingService& b) {
        if (a.common != b.common)
            return a.common;
        return !a.common && QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return sorted;
}

const StreamingService* ServiceCatalog::find(const QString& name) const
{
    for (const StreamingService& service : m_services)
        if (service.name == name || service.altNames.contains(name))
            return &service;
    return nullptr;
}

const StreamingService* ServiceCatalog::forDestination(const Destination& destination) const
{
    const StreamingService* service = find(destination.service);
    return service ? service : forServer(destination.server);
}

ServiceCatalog::EncoderFit ServiceCatalog::fit(const Destination& destination,
                                               const EncoderSettings& encoders, QSize canvas,
                                               double fps) const
{
    EncoderFit fitted{encoders, {}};
    const StreamingService* service = forDestination(destination);
    if (!service)
        return fitted;
    const int maxVideo = service->maxVideoBitrateKbps(canvas, fps);
    if (maxVideo > 0 && encoders.videoBitrateKbps > maxVideo) {
        fitted.settings.videoBitrateKbps = maxVideo;
        fitted.changes << tr("%1 takes at most %2 kbps of video at %3×%4; the show streams %5 kbps")
                              .arg(service->name)
                              .arg(maxVideo)
                              .arg(canvas.width())
                              .arg(canvas.height())
                              .arg(encoders.videoBitrateKbps);
    }
    if (service->maxAudioKbps > 0 && encoders.audioBitrateKbps > service->maxAudioKbps) {
        fitted.settings.audioBitrateKbps = service->maxAudioKbps;
        fitted.changes << tr("%1 takes at most %2 kbps of audio; the show streams %3 kbps")
                              .arg(service->name)
                              .arg(service->maxAudioKbps)
                              .arg(encoders.audioBitrateKbps);
    }
    if (service->keyframeIntervalSeconds > 0 &&
        encoders.keyframeIntervalSeconds > service->keyframeIntervalSeconds) {
        fitted.settings.keyframeIntervalSeconds = service->keyframeIntervalSeconds;
        fitted.changes << tr("%1 wants a keyframe at least every %2 s; the show sends one every %3 s")
                              .arg(service->name)
                              .arg(service->keyframeIntervalSeconds)
                              .arg(encoders.keyframeIntervalSeconds);
    }
    return fitted;
}

const StreamingService* ServiceCatalog::forPlatform(QStringView platformKey) const
{
    const StreamingService* found = nullptr;
    for (const StreamingService& service : m_services) {
        if (service.platform() != platformKey || (found && found->common))
            continue;
        if (!found || service.common)
            found = &service;
    }
    return found;
}

const StreamingService* ServiceCatalog::forServer(const QString& url) const
{
    for (const StreamingService& service : m_services)
        for (const StreamingService::Server& server : service.servers)
            if (server.url == url)
                return &service;
    return nullptr;
}

} // namespace vitrine
