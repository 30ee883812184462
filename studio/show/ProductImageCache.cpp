#include "show/ProductImageCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrl>

namespace vitrine {
namespace {

bool isRemote(const QString& image)
{
    return image.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive) ||
           image.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive);
}

// The formats shops serve, recognised by their first bytes: an HTML error page served with status 200 must
// not end up cached as a product image.
bool looksLikeImage(const QByteArray& head)
{
    return head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xFF\xD8\xFF") ||
           head.startsWith("GIF8") || (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") ||
           head.startsWith("BM") || head.mid(4, 8) == "ftypavif";
}

} // namespace

ProductImageCache::ProductImageCache(const QString& cacheDir, const QString& showDir,
                                     QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_cacheDir(cacheDir), m_showDir(showDir), m_network(network)
{
}

ProductImageCache::~ProductImageCache()
{
    const QList<QNetworkReply*> replies = m_running.keys();
    m_running.clear();
    for (QNetworkReply* reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString ProductImageCache::cacheDirFor(const QString& showPath)
{
    const QFileInfo show(showPath);
    return show.absoluteDir().filePath(show.completeBaseName() + QStringLiteral(".images"));
}

QString ProductImageCache::cachedPath(const QString& url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    QString suffix = QFileInfo(QUrl(url).path()).suffix().toLower();
    static const QStringList known{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                   QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("avif"),
                                   QStringLiteral("bmp")};
    if (!known.contains(suffix))
        suffix = QStringLiteral("img");
    return QDir(m_cacheDir).filePath(QString::fromLatin1(hash) + u'.' + suffix);
}

QString ProductImageCache::localFile(const QString& image) const
{
    if (image.isEmpty())
        return {};
    if (isRemote(image)) {
        const QString path = cachedPath(image);
        return QFileInfo::exists(path) ? path : QString();
    }
    const QString path = image.startsWith(QStringLiteral("file:")) ? QUrl(image).toLocalFile() : image;
    const QString resolved = QDir(m_showDir).absoluteFilePath(path);
    return QFileInfo(resolved).isFile() ? resolved : QString();
}

QString ProductImageCache::request(const QString& image)
{
    const QString local = localFile(image);
    if (!local.isEmpty() || image.isEmpty() || m_failed.contains(image) || m_queued.contains(image))
        return local;
    if (!isRemote(image)) {
        // Reported after the call returns: a view asking from its paint code must not be told from inside it.
        m_queued.insert(image);
        QMetaObject::invokeMethod(
            this, [this, image] { settle(image, {}, tr("%1: no such file").arg(image)); },
            Qt::QueuedConnection);
        return {};
    }
    m_queued.insert(image);
    m_queue << image;
    startFetches();
    return {};
}

void ProductImageCache::prepareOffline(const QStringList& images)
{
    QStringList wanted;
    int alreadyThere = 0;
    QSet<QString> seen;
    for (const QString& image : images) {
        if (image.isEmpty() || seen.contains(image))
            continue;
        seen.insert(image);
        if (!localFile(image).isEmpty())
            ++alreadyThere;
        else if (isRemote(image))
            wanted << image;
    }
    m_failed.clear(); // preparing is the moment to try again what failed earlier
    m_preparing = QSet<QString>(wanted.cbegin(), wanted.cend());
    m_prepareTotal = static_cast<int>(wanted.size());
    m_prepareDone = 0;
    m_prepareFailed = 0;
    m_prepareAlreadyThere = alreadyThere;
    if (wanted.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, alreadyThere] { Q_EMIT offlineFinished(alreadyThere, 0); }, Qt::QueuedConnection);
        return;
    }
    for (const QString& image : std::as_const(wanted))
        request(image);
}

void ProductImageCache::startFetches()
{
    while (m_running.size() < kMaxConcurrentFetches && !m_queue.isEmpty()) {
        const QString image = m_queue.takeFirst();
        if (!m_network) {
            settle(image, {}, tr("%1: no network").arg(image));
            continue;
        }
        QNetworkRequest request{QUrl(image)};
        request.setTransferTimeout(20'000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("VitrineStudio"));
        QNetworkReply* reply = m_network->get(request);
        m_running.insert(reply, image);
        connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
            if (received > kMaxImageBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, image] { onReplyFinished(reply, image); });
    }
}

void ProductImageCache::onReplyFinished(QNetworkReply* reply, const QString& image)
{
    if (!m_running.remove(reply))
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString failure;
    QByteArray bytes;
    if (status >= 300)
        failure = tr("%1: HTTP %2").arg(image).arg(status);
    else if (reply->error() != QNetworkReply::NoError)
        failure = tr("%1: %2").arg(image, reply->errorString());
    else if (bytes = reply->readAll(); bytes.size() > kMaxImageBytes)
        failure = tr("%1: larger than %2 MB").arg(image).arg(kMaxImageBytes / (1024 * 1024));
    else if (!looksLikeImage(bytes.left(16)))
        failure = tr("%1: not an image").arg(image);
    QString path;
    if (failure.isEmpty()) {
        path = cachedPath(image);
        QSaveFile file(path); // atomic: a half-written image is never served
        if (!QDir().mkpath(m_cacheDir) || !file.open(QIODevice::WriteOnly) ||
            file.write(bytes) != bytes.size() || !file.commit()) {
            failure = tr("cannot store %1 in %2: %3").arg(image, m_cacheDir, file.errorString());
            path.clear();
        }
    }
    settle(image, path, failure);
    startFetches();
}

void ProductImageCache::settle(const QString& image, const QString& localFile, const QString& failure)
{
    m_queued.remove(image);
    if (failure.isEmpty()) {
        Q_EMIT imageReady(image, localFile);
    } else {
        m_failed.insert(image);
        Q_EMIT imageFailed(image, failure);
    }
    if (!m_preparing.remove(image))
        return;
    ++m_prepareDone;
    if (!failure.isEmpty())
        ++m_prepareFailed;
    Q_EMIT offlineProgress(m_prepareDone, m_prepareTotal);
    if (m_preparing.isEmpty()) {
        const int available = m_prepareAlreadyThere + m_prepareTotal - m_prepareFailed;
        const int failed = m_prepareFailed;
        m_prepareTotal = 0;
        Q_EMIT offlineFinished(available, failed);
    }
}

} // namespace vitrine
