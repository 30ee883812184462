// libFuzzer target: arbitrary bytes as a Google Merchant feed. The importer must never crash, hang or leak,
// and a well-formed feed must give the same result whether its bytes arrive at once or in pieces (as
// from the network).

#include "show/import/MerchantFeedImporter.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace vitrine;

namespace {

// Hands out at most `step` bytes per read, like a slow socket.
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(const QByteArray& data, qint64 step) : m_data(data), m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_step, m_data.size() - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, static_cast<std::size_t>(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "merchant_feed_fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // translate() wants an application object
    if (size == 0)
        return 0;
    // The first byte picks the chunk size for the streamed pass; the rest is the feed.
    const qint64 step = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

    const ImportReport whole = MerchantFeedImporter::importData(bytes, QStringLiteral("fuzz"), now);
    TrickleDevice device(bytes, step);
    const ImportReport streamed = MerchantFeedImporter::importDevice(device, QStringLiteral("fuzz"), now);
    // A well-formed feed must read the same however it is cut. Broken ones are only checked for crashes:
    // QXmlStreamReader misses some errors that straddle two chunks (a "]]>" in character data split by
    // the cut), so the streamed pass may stop later than the whole one.
    if (whole.fatal || streamed.fatal)
        return 0;
    if (!(whole.products == streamed.products) || whole.issues != streamed.issues) {
        // Say how they differ before failing: that is what a person reproducing the crash needs.
        for (const ImportReport* report : {&whole, &streamed}) {
            std::fprintf(stderr, "%s: %lld products, fatal=%d\n", report == &whole ? "whole" : "streamed",
                         static_cast<long long>(report->products.size()), report->fatal ? 1 : 0);
            for (const ImportIssue& issue : report->issues)
                std::fprintf(stderr, "  %s\n", qPrintable(issue.toString()));
        }
        std::abort();
    }
    return 0;
}
