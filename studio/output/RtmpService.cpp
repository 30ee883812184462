#include "output/RtmpService.h"

#include <obs-module.h>
#include <obs.h>

#include <QCoreApplication>
#include <QUrl>

#include <string>

namespace vitrine {
namespace {

struct RtmpServiceData {
    std::string server;
    std::string key;
};

void updateService(void* data, obs_data_t* settings)
{
    auto* service = static_cast<RtmpServiceData*>(data);
    service->server = obs_data_get_string(settings, "server");
    service->key = obs_data_get_string(settings, "key");
}

void* createService(obs_data_t* settings, obs_service_t*)
{
    auto* service = new RtmpServiceData;
    updateService(service, settings);
    return service;
}

void destroyService(void* data)
{
    delete static_cast<RtmpServiceData*>(data);
}

const char* serviceName(void*)
{
    return "Vitrine RTMP";
}

const char* serviceUrl(void* data)
{
    return static_cast<RtmpServiceData*>(data)->server.c_str();
}

const char* serviceKey(void* data)
{
    return static_cast<RtmpServiceData*>(data)->key.c_str();
}

const char* serviceOutputType(void*)
{
    return "rtmp_output";
}

obs_properties_t* serviceProperties(void*)
{
    obs_properties_t* props = obs_properties_create();
    obs_properties_add_text(props, "server", "Server", OBS_TEXT_DEFAULT);
    obs_properties_add_text(props, "key", "Stream key", OBS_TEXT_PASSWORD);
    return props;
}

} // namespace

void ensureRtmpServiceKind()
{
    if (obs_service_get_display_name(kRtmpServiceId))
        return;
    obs_service_info info{};
    info.id = kRtmpServiceId;
    info.get_name = serviceName;
    info.create = createService;
    info.destroy = destroyService;
    info.update = updateService;
    info.get_properties = serviceProperties;
    info.get_url = serviceUrl;
    info.get_key = serviceKey;
    info.get_output_type = serviceOutputType;
    obs_register_service(&info);
}

QString redactStreamUrl(const QString& url)
{
    // The path's last segment is the stream key, a secret: show at most scheme, host and port.
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QStringLiteral("…");
    const QString port = parsed.port() > 0 ? QStringLiteral(":%1").arg(parsed.port()) : QString();
    return parsed.scheme() + QStringLiteral("://") + parsed.host() + port + QStringLiteral("/…");
}

bool parseRtmpUrl(const QString& url, RtmpTarget* target, QString* error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"rtmp" && scheme != u"rtmps") || parsed.host().isEmpty()) {
        *error = QCoreApplication::translate("vitrine::RtmpService",
                                             "malformed stream URL “%1”: expected rtmp://HOST[:PORT]/APP/KEY")
                     .arg(redactStreamUrl(url));
        return false;
    }
    QString path = parsed.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype lastSlash = path.lastIndexOf(u'/');
    if (lastSlash <= 0) {
        *error = QCoreApplication::translate("vitrine::RtmpService",
                                             "stream URL “%1” has no application and key: expected "
                                             "rtmp://HOST[:PORT]/APP/KEY")
                     .arg(redactStreamUrl(url));
        return false;
    }
    QUrl server = parsed;
    server.setPath(path.left(lastSlash));
    server.setQuery(QString());
    target->server = server.toString();
    target->key = path.mid(lastSlash + 1);
    if (parsed.hasQuery())
        target->key += u'?' + parsed.query();
    return true;
}

bool parseRtmpServer(const QString& url, const QString& key, RtmpTarget* target, QString* error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    QString path = parsed.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!parsed.isValid() || (scheme != u"rtmp" && scheme != u"rtmps") || parsed.host().isEmpty() ||
        path.isEmpty()) {
        *error = QCoreApplication::translate("vitrine::RtmpService",
                                             "malformed stream server “%1”: expected rtmp://HOST[:PORT]/APP")
                     .arg(url);
        return false;
    }
    QUrl server = parsed;
    server.setPath(path);
    target->server = server.toString();
    target->key = key;
    return true;
}

} // namespace vitrine
