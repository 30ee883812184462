#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace vitrine {

// Product images for the producer panel and the overlays, fetched lazily and kept on disk so that a prepared
// show runs offline.
//
// An image is a URL or a path (relative to the show's folder). A path is served as it is; an http(s) URL is
// fetched on first request (a few at a time) into a cache folder beside the show, named by a hash of the URL,
// and served from there afterwards, with or without network. A failed image (HTTP error, not an image, too
// big, unreachable) fails nothing: it is reported once, remembered for this run, and the caller shows a
// placeholder.
class ProductImageCache : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxConcurrentFetches = 3;
    static constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

    // `cacheDir` is created when the first image is stored; `showDir` resolves relative paths.
    ProductImageCache(const QString& cacheDir, const QString& showDir, QNetworkAccessManager* network,
                      QObject* parent = nullptr);
    ~ProductImageCache() override;

    // "<folder>/<name>.images" beside a show file "<folder>/<name>.vitrine".
    static QString cacheDirFor(const QString& showPath);
    QString cacheDir() const { return m_cacheDir; }

    // The local file of an image if it is there now (a local path, or a URL fetched before); else empty.
    QString localFile(const QString& image) const;
    // localFile(), and when it is empty fetches the image in the background: imageReady() or imageFailed()
    // follows. Asking again while it is on its way, or after it failed, fetches nothing more.
    QString request(const QString& image);
    bool hasFailed(const QString& image) const { return m_failed.contains(image); }

    // Fetches every image not yet on disk (the "Prepare offline" action); offlineProgress() as they land,
    // offlineFinished() when none is left to fetch, with how many images are on disk and how many failed.
    void prepareOffline(const QStringList& images);
    bool isPreparing() const { return m_prepareTotal > 0; }

Q_SIGNALS:
    void imageReady(const QString& image, const QString& localFile);
    void imageFailed(const QString& image, const QString& reason);
    void offlineProgress(int done, int total);
    void offlineFinished(int available, int failed);

private:
    QString cachedPath(const QString& url) const;
    void startFetches();
    void onReplyFinished(QNetworkReply* reply, const QString& image);
    void settle(const QString& image, const QString& localFile, const QString& failure);

    QString m_cacheDir;
    QString m_showDir;
    QNetworkAccessManager* m_network;
    QStringList m_queue;
    QSet<QString> m_queued;
    QHash<QNetworkReply*, QString> m_running;
    QSet<QString> m_failed;
    QSet<QString> m_preparing;
    int m_prepareTotal = 0;
    int m_prepareDone = 0;
    int m_prepareFailed = 0;
    int m_prepareAlreadyThere = 0;
};

} // namespace vitrine
