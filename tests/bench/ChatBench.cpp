// Chat benchmark: three in-process connectors paced by the clock deliver RATE messages/s in total for SECONDS
// into a ChatHub (spooling to disk) with the ChatDock shown; a 1 ms timer probes how late the GUI event loop
// runs. With --claims P, P % of the messages claim the demo show's pinned grinder ("SOLD A1 2"…) and the
// claim book records them: how long after the platform sent it each claim is recorded. Prints one line of
// figures; never fails on them (exit 1 only when it could not run).
#include "FakeChatConnector.h"
#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "chat/TwitchConnector.h"
#include "docks/ChatDock.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace vitrine;
using vitrine::test::FakeChatConnector;

namespace {

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 countLines(const QString& path, qint64* bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    *bytes = file.size();
    qint64 lines = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        lines += chunk.count('\n');
    }
    return lines;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

const QStringList kTexts{
    QStringLiteral("Bonjour à tous !"),
    QStringLiteral("c'est combien le moulin ?"),
    QStringLiteral("je prends"),
    QStringLiteral("+1"),
    QStringLiteral("how much is shipping to Belgium?"),
    QStringLiteral("trop beau ce modèle, la finition est superbe et le bois a l'air vraiment solide"),
    QStringLiteral("sold!"),
    QStringLiteral("Livraison en combien de temps ?"),
    QStringLiteral("I'll take two"),
    QStringLiteral("lol"),
    QStringLiteral("Kappa Kappa Kappa"),
    QStringLiteral("est-ce qu'il existe en noir ?"),
};
const QStringList kClaims{QStringLiteral("SOLD A1"), QStringLiteral("je prends A1 2"),
                          QStringLiteral("sold a1 x3 noir"), QStringLiteral("SOLD")};

// Every claimEvery-th message claims (0: none); the others chat.
QString textFor(qint64 n, qint64 claimEvery)
{
    if (claimEvery > 0 && n % claimEvery == 0)
        return kClaims.at(int((n / claimEvery) % kClaims.size()));
    return kTexts.at(int(n % kTexts.size()));
}

const QStringList kColors{QStringLiteral("#FF4500"), QStringLiteral("#1E90FF"), QStringLiteral("#2E8B57"),
                          QString(), QStringLiteral("#DAA520")};

// --wire: a Twitch IRC-over-WebSocket server on its own thread, so the connectors parse real frames. It
// welcomes each client, and once all have joined delivers PRIVMSG lines with tags, paced by the clock, one
// frame per client per tick (Twitch batches lines the same way).
class IrcFeed : public QObject {
public:
    IrcFeed(int clients, int rate, qint64 total, qint64 claimEvery)
        : m_expected(clients), m_rate(rate), m_total(total), m_claimEvery(claimEvery)
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(5);
        connect(&m_tick, &QTimer::timeout, this, &IrcFeed::deliver);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString& text) {
                    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
                        if (line.startsWith(QStringLiteral("JOIN #")))
                            join(socket, line.mid(6).trimmed());
                    }
                });
            }
        });
    }
    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0; }
    std::atomic<qint64> sent{0};

private:
    void join(QWebSocket* socket, const QString& channel)
    {
        socket->sendTextMessage(
            QStringLiteral(":tmi.twitch.tv 001 justinfan1 :Welcome, GLHF!\r\n:justinfan1!justinfan1@"
                           "justinfan1.tmi.twitch.tv JOIN #") +
            channel + QStringLiteral("\r\n"));
        m_clients.append({socket, channel});
        if (m_clients.size() == m_expected) {
            m_clock.start();
            m_tick.start();
        }
    }
    void deliver()
    {
        const qint64 due = std::min(m_total, m_clock.elapsed() * m_rate / 1000);
        QList<QString> frames(m_clients.size());
        qint64 n = sent.load();
        for (; n < due; ++n) {
            const qsizetype client = qsizetype(n % m_clients.size());
            const qint64 user = n % 997;
            frames[client] +=
                QStringLiteral("@badge-info=;badges=subscriber/12;color=%1;display-name=Viewer%2;emotes=;"
                               "id=msg-%3;mod=0;subscriber=1;tmi-sent-ts=%4;user-id=%2 :viewer%2!viewer%2@"
                               "viewer%2.tmi.twitch.tv PRIVMSG #%5 :%6\r\n")
                    .arg(kColors.at(int(n % kColors.size())).isEmpty() ? QString()
                                                                       : kColors.at(int(n % kColors.size())))
                    .arg(user)
                    .arg(n)
                    .arg(QDateTime::currentMSecsSinceEpoch())
                    .arg(m_clients.at(client).second, textFor(n, m_claimEvery));
        }
        sent.store(n);
        for (qsizetype i = 0; i < m_clients.size(); ++i) {
            if (!frames.at(i).isEmpty())
                m_clients.at(i).first->sendTextMessage(frames.at(i));
        }
        if (n >= m_total)
            m_tick.stop();
    }

    // Children, so moveToThread takes them along.
    QWebSocketServer m_server{QStringLiteral("chat-bench"), QWebSocketServer::NonSecureMode, this};
    QList<std::pair<QWebSocket*, QString>> m_clients;
    int m_expected;
    int m_rate;
    qint64 m_total;
    qint64 m_claimEvery;
    QElapsedTimer m_clock;
    QTimer m_tick{this};
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long to deliver."), QStringLiteral("S"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Messages per second in total."),
                      QStringLiteral("R"), QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("wire"), QStringLiteral("Three Twitch connectors against a local IRC-over-"
                                                "WebSocket server on its own thread.")});
    parser.addOption({QStringLiteral("claims"),
                      QStringLiteral("Percent of the messages that claim the pinned product (0–100)."),
                      QStringLiteral("P"), QStringLiteral("0")});
    parser.addHelpOption();
    parser.process(app);
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    if (seconds <= 0 || rate <= 0) {
        std::fprintf(stderr, "chat_bench: --seconds and --rate must be positive\n");
        return 1;
    }

    QTemporaryDir dir;
    const QString spoolPath = dir.filePath(QStringLiteral("chat.jsonl"));
    ChatHub hub;
    QString error;
    if (!hub.openSpool(spoolPath, &error)) {
        std::fprintf(stderr, "chat_bench: %s\n", qPrintable(error));
        return 1;
    }
    Product grinder;
    grinder.sku = QStringLiteral("GRD-C40");
    grinder.title = QStringLiteral("Moulin Comandante");
    hub.buyIntent()->setCatalogue({grinder});
    hub.buyIntent()->setPinnedSku(grinder.sku);
    const bool wire = parser.isSet(QStringLiteral("wire"));
    const qint64 total = qint64(rate) * seconds;
    const int claimPercent = std::clamp(parser.value(QStringLiteral("claims")).toInt(), 0, 100);
    const qint64 claimEvery = claimPercent > 0 ? std::max<qint64>(1, 100 / claimPercent) : 0;

    // The demo show with its grinder (claim code A1) pinned, and a claim book reading the merged chat.
    const QString showPath = dir.filePath(QStringLiteral("demo.vitrine"));
    QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), showPath);
    QFile::setPermissions(showPath, QFile::ReadOwner | QFile::WriteOwner);
    ShowStore store;
    if (!store.open(showPath, &error, false)) {
        std::fprintf(stderr, "chat_bench: %s\n", qPrintable(error));
        return 1;
    }
    EventLog events; // not written: the benchmark measures the chat, not the disk
    LiveState live(&store.document(), &events);
    ClaimBook claims;
    std::vector<double> claimLatency;
    claimLatency.reserve(size_t(total / std::max<qint64>(claimEvery, 1)) + 1);
    if (claimEvery > 0) {
        hub.attachShow(&store, &live, nullptr);
        live.requestPin(QStringLiteral("MOUL-ART-01"));
        hub.setClaimBook(&claims);
        // From the message's arrival (its connector read it off the wire) to the claim being recorded.
        QObject::connect(&claims, &ClaimBook::claimRecorded, [&](const Claim& claim) {
            claimLatency.push_back(
                double(QDateTime::currentMSecsSinceEpoch() - claim.at.toMSecsSinceEpoch()));
        });
    }
    QList<FakeChatConnector*> connectors;
    QThread feedThread;
    IrcFeed* feed = nullptr;
    if (wire) {
        feed = new IrcFeed(3, rate, total, claimEvery);
        feed->moveToThread(&feedThread);
        QObject::connect(&feedThread, &QThread::finished, feed, &QObject::deleteLater);
        feedThread.start();
        quint16 port = 0;
        QMetaObject::invokeMethod(
            feed, [feed, &port] { port = feed->listen(); }, Qt::BlockingQueuedConnection);
        if (port == 0) {
            std::fprintf(stderr, "chat_bench: cannot listen on 127.0.0.1\n");
            return 1;
        }
        const QUrl endpoint(QStringLiteral("ws://127.0.0.1:%1").arg(port));
        for (const QString& channel :
             {QStringLiteral("maison"), QStringLiteral("atelier"), QStringLiteral("cafe")})
            hub.addConnector(new TwitchConnector(channel, {}, {}, endpoint));
    } else {
        connectors = {new FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison")),
                      new FakeChatConnector(ChatPlatform::YouTube, QStringLiteral("live-chat-1")),
                      new FakeChatConnector(ChatPlatform::Facebook, QStringLiteral("video-1"))};
        for (FakeChatConnector* connector : connectors)
            hub.addConnector(connector);
    }
    hub.startAll();

    ChatDock dock(&hub);
    dock.resize(480, 900);
    dock.show();
    for (int i = 0; i < 50; ++i)
        app.processEvents();

    // Paced by the clock: each tick, every connector emits what its share of the rate owes by now.
    qint64 sent = 0;
    QElapsedTimer clock;
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(5);
    QObject::connect(&producer, &QTimer::timeout, [&] {
        if (wire) {
            sent = feed->sent.load();
            return;
        }
        const qint64 due = std::min(total, clock.elapsed() * rate / 1000);
        while (sent < due) {
            FakeChatConnector* connector = connectors.at(int(sent % connectors.size()));
            ChatMessage message = connector->make(
                QString::number(sent), QStringLiteral("viewer%1").arg(sent % 997), textFor(sent, claimEvery));
            message.author.color = kColors.at(int(sent % kColors.size()));
            if (sent % 13 == 0)
                message.author.badges = {QStringLiteral("subscriber/12")};
            if (sent % 101 == 0) {
                message.kind = ChatMessageKind::Paid;
                message.paidAmount = QStringLiteral("€2.00");
            }
            connector->emitMessage(message);
            ++sent;
        }
        if (sent >= total)
            producer.stop();
    });

    // The probe: a 1 ms timer; how late each tick comes is how long the event loop was busy.
    std::vector<double> lateness;
    lateness.reserve(size_t(seconds) * 1000);
    double worstAtSeconds = 0;
    double worst = 0;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double elapsedMs = double(probeClock.nsecsElapsed()) / 1e6;
        probeClock.restart();
        lateness.push_back(std::max(0.0, elapsedMs - 1.0));
        if (lateness.back() > worst) {
            worst = lateness.back();
            worstAtSeconds = double(clock.elapsed()) / 1000.0;
        }
    });

    const double cpuBefore = cpuSeconds();
    clock.start();
    probeClock.start();
    producer.start();
    probe.start();
    QTimer::singleShot(seconds * 1000 + 1500, &app, &QCoreApplication::quit); // let the last batch land
    app.exec();
    probe.stop();

    const double cpuUsed = cpuSeconds() - cpuBefore;
    if (wire) {
        sent = feed->sent.load();
        feedThread.quit();
        feedThread.wait();
    }
    hub.stopAll(); // flushes the spool
    qint64 spoolBytes = 0;
    const qint64 spoolLines = countLines(spoolPath, &spoolBytes);
    const int viewRows = dock.findChild<QListView*>(QStringLiteral("chatView"))->model()->rowCount();
    std::printf("chat_bench: rate=%d/s seconds=%d connectors=%lld (%s)\n", rate, seconds,
                static_cast<long long>(hub.connectors().size()),
                wire ? "Twitch IRC over a local WebSocket server" : "in-process");
    std::printf(
        "messages_sent=%lld messages_merged=%lld spool_lines=%lld messages_lost=%lld "
        "gui_latency_p50_ms=%.2f gui_latency_p99_ms=%.2f gui_latency_max_ms=%.2f worst_at_s=%.1f "
        "ticks_over_16ms=%lld probe_ticks=%zu "
        "cpu_seconds=%.2f "
        "peak_rss_kib=%lld view_rows=%d view_limit=%d spool_bytes=%lld buy_intents=%d questions=%d\n",
        static_cast<long long>(sent), static_cast<long long>(hub.receivedCount()),
        static_cast<long long>(spoolLines), static_cast<long long>(sent - spoolLines),
        percentile(lateness, 0.50), percentile(lateness, 0.99), percentile(lateness, 1.0), worstAtSeconds,
        static_cast<long long>(
            std::count_if(lateness.begin(), lateness.end(), [](double l) { return l > 16; })),
        lateness.size(), cpuUsed, static_cast<long long>(peakRssKib()), viewRows, hub.viewLimit(),
        static_cast<long long>(spoolBytes), hub.buyIntent()->count(grinder.sku), hub.questions()->size());
    if (claimEvery > 0)
        // The ordinary texts claim too ("je prends", "sold!"): more claims are recorded than injected.
        std::printf("claims_percent=%d claims_injected=%lld claims_recorded=%lld claim_latency_p50_ms=%.1f "
                    "claim_latency_p99_ms=%.1f claim_latency_max_ms=%.1f (target p99 < 50 ms)\n",
                    claimPercent, static_cast<long long>((sent + claimEvery - 1) / claimEvery),
                    static_cast<long long>(claims.claims().size()), percentile(claimLatency, 0.50),
                    percentile(claimLatency, 0.99), percentile(claimLatency, 1.0));
    return 0;
}
