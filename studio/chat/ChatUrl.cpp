#include "chat/ChatUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace vitrine {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::ChatUrl", text);
}

bool fail(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return false;
}

bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

const QString kVideoId = QStringLiteral("[A-Za-z0-9_-]{11}");
const QString kChannelId = QStringLiteral("UC[A-Za-z0-9_-]{22}");
const QString kHandle = QStringLiteral("[A-Za-z0-9._-]{3,30}");
const QString kTwitchName = QStringLiteral("[A-Za-z0-9_]{1,25}");
const QString kFacebookId = QStringLiteral("[0-9]{5,25}");

ChatSpec make(ChatPlatform platform, const QString& target)
{
    ChatSpec spec;
    spec.platform = platform;
    spec.target = target;
    return spec;
}

bool parseTwitch(const QStringList& path, const QString& url, ChatSpec* spec, QString* error)
{
    static const QStringList notChannels = {
        QStringLiteral("directory"), QStringLiteral("videos"),   QStringLiteral("search"),
        QStringLiteral("settings"),  QStringLiteral("p"),        QStringLiteral("downloads"),
        QStringLiteral("jobs"),      QStringLiteral("messages"), QStringLiteral("subscriptions")};
    const QString name = path.value(0);
    if (name.isEmpty() || !matches(kTwitchName, name) || notChannels.contains(name.toLower()))
        return fail(error, tr("“%1” is not a Twitch channel address; paste twitch.tv/CHANNEL").arg(url));
    *spec = make(ChatPlatform::Twitch, name.toLower());
    return true;
}

bool youTubeVideo(const QString& id, const QString& url, ChatSpec* spec, QString* error)
{
    if (!matches(kVideoId, id))
        return fail(error, tr("“%1” does not hold a YouTube video id").arg(url));
    *spec = make(ChatPlatform::YouTube, QStringLiteral("video=") + id);
    return true;
}

bool parseYouTube(const QUrl& address, const QStringList& path, const QString& url, ChatSpec* spec,
                  QString* error)
{
    const QString first = path.value(0);
    if (first == QLatin1String("watch"))
        return youTubeVideo(QUrlQuery(address).queryItemValue(QStringLiteral("v")), url, spec, error);
    if (first == QLatin1String("live") || first == QLatin1String("embed") || first == QLatin1String("shorts"))
        return youTubeVideo(path.value(1), url, spec, error);
    if (first == QLatin1String("channel")) {
        if (!matches(kChannelId, path.value(1)))
            return fail(
                error, tr("“%1” does not hold a YouTube channel id (UC followed by 22 characters)").arg(url));
        *spec = make(ChatPlatform::YouTube, QStringLiteral("channel=") + path.value(1));
        return true;
    }
    if (first.startsWith(QLatin1Char('@'))) {
        const QString handle = first.mid(1);
        if (!matches(kHandle, handle))
            return fail(error, tr("“%1” is not a YouTube handle").arg(first));
        *spec = make(ChatPlatform::YouTube, QStringLiteral("handle=") + handle);
        return true;
    }
    if (first == QLatin1String("c") || first == QLatin1String("user"))
        return fail(error, tr("“%1” is an old-style YouTube channel address; open the channel and paste its "
                              "@handle address (youtube.com/@NAME) instead")
                               .arg(url));
    return fail(error, tr("“%1” is not a YouTube live, video or channel address").arg(url));
}

bool parseFacebook(const QUrl& address, const QStringList& path, const QString& url, ChatSpec* spec,
                   QString* error)
{
    QString id;
    const qsizetype videos = path.indexOf(QStringLiteral("videos"));
    if (videos >= 0) {
        // facebook.com/PAGE/videos/ID or facebook.com/PAGE/videos/TITLE/ID: the id is the last number.
        for (qsizetype i = path.size() - 1; i > videos && id.isEmpty(); --i)
            if (matches(kFacebookId, path.at(i)))
                id = path.at(i);
    } else if (path.value(0) == QLatin1String("watch") || path.value(0) == QLatin1String("video.php")) {
        id = QUrlQuery(address).queryItemValue(QStringLiteral("v"));
    }
    if (!matches(kFacebookId, id))
        return fail(error, tr("“%1” is not a Facebook live video address; paste facebook.com/PAGE/videos/ID "
                              "or facebook.com/watch/live/?v=ID")
                               .arg(url));
    *spec = make(ChatPlatform::Facebook, id);
    return true;
}

} // namespace

bool ChatUrl::looksLikeUrl(const QString& text)
{
    static const QRegularExpression address(
        QStringLiteral("^(https?://)?([a-z0-9-]+\\.)+[a-z]{2,}(:[0-9]+)?([/?#]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return address.match(text.trimmed()).hasMatch();
}

bool ChatUrl::parse(const QString& text, ChatSpec* spec, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(error, tr("paste the address of a YouTube, Twitch or Facebook live or channel"));
    if (!looksLikeUrl(trimmed))
        return ChatSpec::parse(trimmed, spec, error);
    const QUrl address = QUrl::fromUserInput(trimmed);
    QString host = address.host().toLower();
    for (const QLatin1String prefix :
         {QLatin1String("www."), QLatin1String("m."), QLatin1String("mobile."), QLatin1String("web.")})
        if (host.startsWith(prefix))
            host = host.mid(prefix.size());
    const QStringList path = address.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (host == QLatin1String("twitch.tv"))
        return parseTwitch(path, trimmed, spec, error);
    if (host == QLatin1String("youtu.be"))
        return youTubeVideo(path.value(0), trimmed, spec, error);
    if (host == QLatin1String("youtube.com"))
        return parseYouTube(address, path, trimmed, spec, error);
    if (host == QLatin1String("fb.watch"))
        return fail(error, tr("fb.watch short links cannot be read without asking Facebook; open “%1” in a "
                              "browser and paste the facebook.com address it leads to")
                               .arg(trimmed));
    if (host == QLatin1String("facebook.com") || host == QLatin1String("fb.com"))
        return parseFacebook(address, path, trimmed, spec, error);
    return fail(error, tr("“%1” is not a YouTube, Twitch or Facebook address").arg(trimmed));
}

QString ChatUrl::platformName(ChatPlatform platform)
{
    // A custom feed is a chat of the brand's own, not the "your site" destination the platform table names.
    return platform == ChatPlatform::Custom ? tr("Custom feed") : chatPlatformInfo(platform).name();
}

QString ChatUrl::describe(const ChatSpec& spec)
{
    const QString platform = platformName(spec.platform);
    const QString target = spec.target;
    QString what;
    switch (spec.platform) {
    case ChatPlatform::Twitch:
        what = tr("channel %1").arg(target);
        break;
    case ChatPlatform::YouTube:
        if (target.startsWith(QLatin1String("video=")))
            what = tr("live video %1").arg(target.mid(6));
        else if (target.startsWith(QLatin1String("channel=")))
            what = tr("current live of channel %1").arg(target.mid(8));
        else if (target.startsWith(QLatin1String("handle=")))
            what = tr("current live of @%1").arg(target.mid(7));
        else if (target == QLatin1String("mine"))
            what = tr("current live of the signed-in channel");
        else if (target.startsWith(QLatin1String("broadcast=")))
            what = tr("broadcast %1").arg(target.mid(10));
        else
            what = tr("live chat %1").arg(target);
        break;
    case ChatPlatform::Facebook:
        what = tr("live video %1").arg(target);
        break;
    case ChatPlatform::Custom:
        what = spec.endpoint.isEmpty()
                   ? target
                   : tr("%1 at %2").arg(target, spec.endpoint.toDisplayString(QUrl::RemoveUserInfo));
        break;
    }
    if (!spec.endpoint.isEmpty() && spec.platform != ChatPlatform::Custom)
        what = tr("%1 at %2").arg(what, spec.endpoint.toDisplayString(QUrl::RemoveUserInfo));
    return tr("%1 — %2").arg(platform, what);
}

} // namespace vitrine
