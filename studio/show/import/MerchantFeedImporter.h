#pragma once

#include "show/import/ImportReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QIODevice;
class QNetworkAccessManager;

namespace vitrine {

class HttpDownload;
class MerchantFeedParser;

// Reads a Google Merchant Center product feed (RSS 2.0 or Atom 1.0 with the g: namespace,
// http://base.google.com/ns/1.0) into an ImportReport.
//
// The feed is read as a stream (QXmlStreamReader fed in chunks), so a 100,000-product feed costs the
// products it yields, not a document tree. Items sharing a g:item_group_id become one product whose SKU
// is the group id, each item one of its variants (options "Size" and "Color" from g:size / g:color).
//
// Per-item problems (no g:id, a bad g:price, a duplicate id) skip that item and are reported with line and
// field; a feed that stops being well-formed XML or valid UTF-8 is fatal for the rest of the file but keeps
// the products read before (report.fatal is set and the last issue says where reading stopped).
//
// Sale prices: g:sale_price applies when now is inside g:sale_price_effective_date (or when no window is
// given); then the product's price is the sale price and its compare-at price the regular one. `now` is a
// parameter so imports are reproducible; an invalid QDateTime means the current time.
class MerchantFeedImporter : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{30'000};

    explicit MerchantFeedImporter(QObject* parent = nullptr);
    ~MerchantFeedImporter() override;

    // `source` names the feed in issues (a path or URL).
    static ImportReport importData(const QByteArray& xml, const QString& source, const QDateTime& now = {});
    // Reads the device to its end in chunks; the device must be open for reading.
    static ImportReport importDevice(QIODevice& device, const QString& source, const QDateTime& now = {});
    static ImportReport importFile(const QString& path, const QDateTime& now = {});

    // How long a fetch may go without receiving any data before it is abandoned (applies to the next
    // importUrl()).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Fetches and imports an http(s) URL, parsing the body as it arrives; a file: URL is read from disk.
    // finished() is emitted exactly once per call, never from inside this call. A call while a fetch is
    // running aborts that fetch first (it then emits nothing).
    void importUrl(const QUrl& url, QNetworkAccessManager* network, const QDateTime& now = {});
    // Abandons the running fetch without emitting finished().
    void abort();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const vitrine::ImportReport& report);

private:
    void onBodyReceived(const QByteArray& bytes);
    void onDownloadFinished();
    void finishLater(ImportReport report);

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    HttpDownload* m_download;
    std::unique_ptr<MerchantFeedParser> m_parser;
    quint64 m_generation = 0; // bumped by abort(), so a queued report of an abandoned call is dropped
};

} // namespace vitrine
