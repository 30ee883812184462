#pragma once

#include "show/import/ImportReport.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTemporaryFile;
class QThread;

namespace vitrine {

class HttpDownload;
struct ShowDocument;

// Whether the text names an http(s) URL (anything else is a local path or a file: URL).
bool isRemoteCatalogue(const QString& pathOrUrl);
// A local path for a path or a file: URL.
QString localCataloguePath(const QString& pathOrUrl);
// The one rule, for the import dialog and the command line alike: a catalogue imported from the shop's
// http(s) address becomes the show's stock feed (the latest such import wins; its refresh settings stay); a
// file changes nothing.
void adoptCatalogueFeed(ShowDocument* show, const QString& source);

// Puts a catalogue where the importers can read it: an http(s) URL is downloaded into a temporary file
// (kept as long as this object, so a preview and the import read the same bytes); a local path is used as it
// is. finished() is emitted exactly once per start(), never from inside it.
class CatalogueDownload : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{30'000};

    explicit CatalogueDownload(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~CatalogueDownload() override;

    // How long the server may stay silent before the download is abandoned.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start(const QString& pathOrUrl);
    // Abandons a running download without emitting finished().
    void abort();
    bool isRunning() const;

    // After finished(true): the file to import, and the name messages should use for it.
    QString localPath() const { return m_localPath; }
    QString sourceName() const { return m_sourceName; }

Q_SIGNALS:
    void finished(bool ok, const QString& error);

private:
    void onDownloadFinished();
    void finishLater(bool ok, const QString& error);

    QNetworkAccessManager* m_network;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    HttpDownload* m_http;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_localPath;
    QString m_sourceName;
    quint64 m_generation = 0;
};

// Issues of a downloaded catalogue name the temporary file: name the URL instead.
void renameImportSource(ImportReport* report, const QString& localPath, const QString& sourceName);

// Runs `work` on a worker thread (a large feed takes seconds) and hands its report to `done` on the GUI
// thread, unless `receiver` is gone by then: closing a dialog does not wait for the read it started. Returns
// the thread, which deletes itself when done.
QThread* importInBackground(QObject* receiver, std::function<ImportReport()> work,
                            std::function<void(const ImportReport&)> done);

} // namespace vitrine
