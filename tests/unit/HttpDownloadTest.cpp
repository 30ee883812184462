// The one HTTP download the catalogue readers share: body as it arrives, error pages kept out, each way of
// failing classified, silence bounded by the timeout, abort() quiet.
#include "show/import/HttpDownload.h"
#include "LocalHttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

using namespace vitrine;
using namespace std::chrono_literals;

class HttpDownloadTest : public QObject {
    Q_OBJECT

private:
    LocalHttpServer m_server;
    QNetworkAccessManager m_network;

    struct Outcome {
        QByteArray body;
        int finished = 0;
    };

    // Runs one download to its end (or 10 s) and collects what it said.
    Outcome run(HttpDownload& download, const QUrl& url)
    {
        Outcome outcome;
        connect(&download, &HttpDownload::bodyReceived, this,
                [&outcome](const QByteArray& bytes) { outcome.body += bytes; });
        connect(&download, &HttpDownload::finished, this, [&outcome] { ++outcome.finished; });
        download.start(&m_network, url);
        static_cast<void>(
            QTest::qWaitFor([&outcome] { return outcome.finished > 0; }, 10'000)); // checked by the caller
        QTest::qWait(20); // a second finished() would be a bug
        disconnect(&download, nullptr, this, nullptr);
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_server.listen());
    }

    void deliversTheBody()
    {
        const QByteArray body(200'000, 'x');
        m_server.serve(QStringLiteral("/feed.xml"), {200, body, "application/xml"});
        HttpDownload download;
        const Outcome outcome = run(download, QUrl(m_server.url(QStringLiteral("/feed.xml"))));
        QCOMPARE(outcome.finished, 1);
        QCOMPARE(download.failure(), HttpDownload::Failure::None);
        QCOMPARE(download.httpStatus(), 200);
        QCOMPARE(outcome.body, body);
        QVERIFY(!download.isRunning());
        QCOMPARE(download.hostLabel(), QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
    }

    void errorStatusKeepsTheErrorPageOut()
    {
        m_server.serve(QStringLiteral("/gone"), {410, "<html>gone</html>", "text/html"});
        HttpDownload download;
        const Outcome outcome = run(download, QUrl(m_server.url(QStringLiteral("/gone"))));
        QCOMPARE(outcome.finished, 1);
        QCOMPARE(download.failure(), HttpDownload::Failure::HttpStatus);
        QCOMPARE(download.httpStatus(), 410);
        QCOMPARE(download.httpReason(), QStringLiteral("Error"));
        QVERIFY(outcome.body.isEmpty());
    }

    void silenceIsATimeout()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        HttpDownload download;
        download.setTimeout(300ms);
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome =
            run(download, QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(silent.serverPort())));
        QCOMPARE(outcome.finished, 1);
        QCOMPARE(download.failure(), HttpDownload::Failure::Timeout);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void refusedIsANetworkFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpDownload download;
        const Outcome outcome = run(download, QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(port)));
        QCOMPARE(outcome.finished, 1);
        QCOMPARE(download.failure(), HttpDownload::Failure::Network);
        QVERIFY(!download.errorString().isEmpty());
    }

    void abortFromTheBodyHandlerSaysNothingMore()
    {
        m_server.serve(QStringLiteral("/big"), {200, QByteArray(500'000, 'y'), "application/xml"});
        HttpDownload download;
        int finished = 0;
        int chunks = 0;
        connect(&download, &HttpDownload::bodyReceived, this, [&] {
            ++chunks;
            download.abort();
        });
        connect(&download, &HttpDownload::finished, this, [&finished] { ++finished; });
        download.start(&m_network, QUrl(m_server.url(QStringLiteral("/big"))));
        QVERIFY(QTest::qWaitFor([&chunks] { return chunks > 0; }, 10'000));
        QTest::qWait(200);
        QCOMPARE(chunks, 1);
        QCOMPARE(finished, 0);
        QVERIFY(!download.isRunning());
    }
};

QTEST_GUILESS_MAIN(HttpDownloadTest)
#include "HttpDownloadTest.moc"
