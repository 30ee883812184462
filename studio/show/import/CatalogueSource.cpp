#include "show/import/CatalogueSource.h"

#include "show/ShowDocument.h"
#include "show/import/HttpDownload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

namespace vitrine {

bool isRemoteCatalogue(const QString& pathOrUrl)
{
    const QString text = pathOrUrl.trimmed();
    return text.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive);
}

QString localCataloguePath(const QString& pathOrUrl)
{
    const QString text = pathOrUrl.trimmed();
    if (text.startsWith(QStringLiteral("file:"), Qt::CaseInsensitive))
        return QUrl(text).toLocalFile();
    return text;
}

CatalogueDownload::CatalogueDownload(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network), m_http(new HttpDownload(this))
{
    // Streamed to disk as it arrives: a 100,000-product feed is not held in memory twice.
    connect(m_http, &HttpDownload::bodyReceived, this, [this](const QByteArray& bytes) {
        if (m_file)
            m_file->write(bytes);
    });
    connect(m_http, &HttpDownload::finished, this, &CatalogueDownload::onDownloadFinished);
}

CatalogueDownload::~CatalogueDownload()
{
    abort();
}

void CatalogueDownload::start(const QString& pathOrUrl)
{
    abort();
    m_file.reset();
    m_localPath.clear();
    if (!isRemoteCatalogue(pathOrUrl)) {
        m_localPath = localCataloguePath(pathOrUrl);
        m_sourceName = m_localPath;
        if (m_localPath.isEmpty())
            finishLater(false, tr("No catalogue file or URL given."));
        else if (!QFileInfo(m_localPath).isFile())
            finishLater(false, tr("%1: no such file").arg(QDir::toNativeSeparators(m_localPath)));
        else
            finishLater(true, {});
        return;
    }
    const QUrl url(pathOrUrl.trimmed(), QUrl::StrictMode);
    m_sourceName = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty() || !m_network) {
        finishLater(false, tr("%1: not a valid http(s) URL").arg(pathOrUrl.trimmed()));
        return;
    }
    // The importers detect the format by content first, then by extension: keep the URL's.
    const QString suffix = QFileInfo(url.path()).suffix();
    m_file = std::make_unique<QTemporaryFile>(QDir::temp().filePath(
        QStringLiteral("vitrine-catalogue-XXXXXX") + (suffix.isEmpty() ? QString() : u'.' + suffix)));
    if (!m_file->open()) {
        finishLater(false, tr("cannot create a temporary file: %1").arg(m_file->errorString()));
        return;
    }
    m_http->setTimeout(m_timeout);
    m_http->start(m_network, url);
}

void CatalogueDownload::abort()
{
    ++m_generation;
    m_http->abort();
}

bool CatalogueDownload::isRunning() const
{
    return m_http->isRunning();
}

void CatalogueDownload::onDownloadFinished()
{
    switch (m_http->failure()) {
    case HttpDownload::Failure::HttpStatus:
        finishLater(false, tr("%1: the server answered HTTP %2 %3")
                               .arg(m_sourceName)
                               .arg(m_http->httpStatus())
                               .arg(m_http->httpReason()));
        return;
    case HttpDownload::Failure::Timeout:
    case HttpDownload::Failure::Network:
        finishLater(false, tr("%1: %2").arg(m_sourceName, m_http->errorString()));
        return;
    case HttpDownload::Failure::None:
        break;
    }
    if (!m_file->flush()) {
        finishLater(false, tr("cannot write the download: %1").arg(m_file->errorString()));
        return;
    }
    m_localPath = m_file->fileName();
    finishLater(true, {});
}

void CatalogueDownload::finishLater(bool ok, const QString& error)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, ok, error] {
            if (generation == m_generation)
                Q_EMIT finished(ok, error);
        },
        Qt::QueuedConnection);
}

void renameImportSource(ImportReport* report, const QString& localPath, const QString& sourceName)
{
    if (localPath == sourceName)
        return;
    for (ImportIssue& issue : report->issues) {
        if (issue.file == localPath)
            issue.file = sourceName;
        issue.message.replace(localPath, sourceName);
    }
}

QThread* importInBackground(QObject* receiver, std::function<ImportReport()> work,
                            std::function<void(const ImportReport&)> done)
{
    QPointer<QObject> target(receiver);
    QThread* thread = QThread::create([target, work = std::move(work), done = std::move(done)] {
        ImportReport report = work();
        // Through the application object, and the receiver looked at only there, on its own thread: a dialog
        // closed meanwhile is simply not told (and never waited for).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [target, done, report = std::move(report)] {
                if (target)
                    done(report);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

void adoptCatalogueFeed(ShowDocument* show, const QString& source)
{
    if (isRemoteCatalogue(source))
        show->catalogueFeed.url = source.trimmed();
}

} // namespace vitrine
