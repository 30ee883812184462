// Imports a generated 100,000-product Google Merchant RSS feed and prints wall time and peak memory.
// Targets (issue 6): under 5 s and under 300 MB. It prints; it never fails on the figures.
//
//   merchant_feed_bench [--products N] [--keep DIR]

#include "show/import/MerchantFeedImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace vitrine;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

// One product in five is a group of three sizes, so the feed has more items than products, as real
// fashion feeds do. Descriptions are CDATA HTML with entities; a third of the items are on sale, half of
// those inside their window.
struct FeedShape {
    int products = 0;
    int items = 0;
};

FeedShape writeFeed(QFile& file, int productCount)
{
    FeedShape shape;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    const auto flush = [&] {
        file.write(buffer);
        buffer.clear();
    };
    buffer += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n"
              "<title>Vitrine bench shop</title>\n<link>https://shop.example.com</link>\n"
              "<description>Generated feed</description>\n";
    const auto writeItem = [&](const QByteArray& id, const QByteArray& group, const QByteArray& size, int n) {
        const QByteArray number = QByteArray::number(n);
        buffer += "<item>\n<g:id>" + id + "</g:id>\n";
        if (!group.isEmpty())
            buffer += "<g:item_group_id>" + group + "</g:item_group_id>\n";
        buffer +=
            "<g:title><![CDATA[Moulin &agrave; caf&eacute; n&deg;" + number +
            "]]></g:title>\n"
            "<g:description><![CDATA[<p>Un moulin <strong>conique</strong> en acier&nbsp;inoxydable, "
            "r&eacute;glage microm&eacute;trique.</p><ul><li>40 crans</li><li>Silencieux &amp; pr&eacute;cis"
            "</li><li>Garantie 5&nbsp;ans</li></ul><p>R&eacute;f&eacute;rence " +
            number +
            "</p>]]></g:description>\n"
            "<g:link>https://shop.example.com/products/moulin-" +
            number + "</g:link>\n<g:image_link>https://cdn.example.com/p/" + number +
            "-1.jpg</g:image_link>\n<g:additional_image_link>https://cdn.example.com/p/" + number +
            "-2.jpg</g:additional_image_link>\n<g:condition>new</g:condition>\n";
        buffer += n % 7 == 0 ? "<g:availability>out of stock</g:availability>\n"
                             : "<g:availability>in_stock</g:availability>\n";
        buffer += "<g:price>" + QByteArray::number(20 + n % 300) + ".90 EUR</g:price>\n";
        if (n % 3 == 0) {
            buffer += "<g:sale_price>" + QByteArray::number(10 + n % 10) + ".00 EUR</g:sale_price>\n";
            buffer += n % 2 == 0
                          ? "<g:sale_price_effective_date>2026-11-20T00:00+01:00/2026-11-30T23:59+01:00"
                            "</g:sale_price_effective_date>\n"
                          : "<g:sale_price_effective_date>2026-10-01T00:00+02:00/2026-10-05T23:59+02:00"
                            "</g:sale_price_effective_date>\n";
        }
        buffer +=
            "<g:brand>Mignon</g:brand>\n<g:gtin>37601234" + QByteArray::number(10000 + n % 90000) +
            "</g:gtin>\n<g:shipping><g:country>FR</g:country><g:price>4.90 EUR</g:price></g:shipping>\n";
        if (!size.isEmpty())
            buffer += "<g:size>" + size + "</g:size>\n<g:color>Noir</g:color>\n";
        buffer += "<g:quantity>" + QByteArray::number(n % 50) + "</g:quantity>\n</item>\n";
        ++shape.items;
        if (buffer.size() > (1 << 20) - 4096)
            flush();
    };
    for (int p = 0; p < productCount; ++p) {
        const QByteArray sku = "BENCH-" + QByteArray::number(p);
        if (p % 5 == 0) {
            for (const char* size : {"S", "M", "L"})
                writeItem(sku + '-' + size, sku, size, p);
        } else {
            writeItem(sku, {}, {}, p);
        }
        ++shape.products;
    }
    buffer += "</channel>\n</rss>\n";
    flush();
    return shape;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int productCount = 100'000;
    QString keepDir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--products")
            productCount = args[i + 1].toInt();
        else if (args[i] == u"--keep")
            keepDir = args[i + 1];
    }

    QTemporaryDir temp;
    const QString dir = keepDir.isEmpty() ? temp.path() : keepDir;
    const QString path = QDir(dir).filePath(QStringLiteral("merchant-feed-bench.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    const FeedShape shape = writeFeed(file, productCount);
    file.close();
    const long rssBefore = peakRssKib();

    // A fixed instant: half of the sale windows include it.
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    const ImportReport report = MerchantFeedImporter::importFile(path, now);
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const long rssPeak = peakRssKib();

    qsizetype variants = 0;
    for (const Product& product : report.products)
        variants += product.variants.size();
    std::printf("merchant_feed_bench: feed %s, %.1f MB, %d items for %d products\n", qPrintable(path),
                static_cast<double>(QFileInfo(path).size()) / 1e6, shape.items, shape.products);
    std::printf("imported products=%lld variants=%lld issues=%lld fatal=%d\n",
                static_cast<long long>(report.products.size()), static_cast<long long>(variants),
                static_cast<long long>(report.issues.size()), report.fatal ? 1 : 0);
    // CPU time beside wall time: on a shared machine the difference is other people's load.
    std::printf("import_seconds=%.2f cpu_seconds=%.2f peak_rss_kib=%ld rss_before_import_kib=%ld "
                "(targets: < 5 s, < 300 MB)\n",
                seconds, cpu, rssPeak, rssBefore);
    std::printf("%s\n", seconds < 5.0 && rssPeak < 300 * 1024 ? "within targets" : "OVER TARGET");
    return report.products.size() == shape.products && !report.fatal ? 0 : 1;
}
