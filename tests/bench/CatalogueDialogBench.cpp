// Reads a generated Merchant feed of N products (100,000 by default) through the import dialog, as a producer
// would, and prints how long the read took and the longest time the GUI event loop was blocked meanwhile.

#include "dialogs/CatalogueImportDialog.h"
#include "show/ShowStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace vitrine;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100'000;
    QTemporaryDir dir;
    const QString feedPath = dir.filePath(QStringLiteral("feed.xml"));
    {
        QFile feed(feedPath);
        if (!feed.open(QIODevice::WriteOnly))
            return 2;
        feed.write("<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">"
                   "<channel><title>Bench</title>\n");
        for (int i = 0; i < count; ++i)
            feed.write(QStringLiteral("<item><g:id>SKU-%1</g:id><g:title>Product %1</g:title>"
                                      "<g:description><![CDATA[<p>A <b>fine</b> product &amp; more</p>]]>"
                                      "</g:description><g:link>https://shop.example/p/%1</g:link>"
                                      "<g:image_link>https://cdn.example/%1.jpg</g:image_link>"
                                      "<g:availability>in stock</g:availability><g:price>%2.90 EUR</g:price>"
                                      "<g:quantity>%3</g:quantity></item>\n")
                           .arg(i)
                           .arg(10 + i % 90)
                           .arg(i % 40)
                           .toUtf8());
        feed.write("</channel></rss>\n");
    }
    ShowDocument show;
    show.title = QStringLiteral("Bench");
    const QString showPath = dir.filePath(QStringLiteral("bench.vitrine"));
    QString error;
    ShowStore store;
    if (!show.save(showPath, &error) || !store.open(showPath, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    CatalogueImportDialog dialog(&store, nullptr);
    dialog.show();
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
    QElapsedTimer total;
    QObject::connect(&dialog, &CatalogueImportDialog::stepChanged, [&](CatalogueImportDialog::Step step) {
        if (step != CatalogueImportDialog::Step::Review && step != CatalogueImportDialog::Step::Source)
            return;
        const qint64 readMs = total.elapsed();
        // The review itself is built on the GUI thread: let it paint before stopping the clock.
        QTimer::singleShot(100, [&, readMs] {
            std::printf("products %d read_ms %lld longest_gui_stall_ms %lld review: %s\n", count,
                        static_cast<long long>(readMs), static_cast<long long>(longestStall),
                        qPrintable(dialog.findChild<QLabel*>(QStringLiteral("reviewHeadline"))->text()));
            app.quit();
        });
    });
    QTimer::singleShot(200, [&] {
        sinceTick.start();
        ticker.start(10);
        total.start();
        dialog.setSource(feedPath);
        dialog.readSource();
    });
    return app.exec();
}
