// What the live benchmarks share: the stream key from the command line, their common options, and the render
// and process figures every one prints in the headless runner's keys.
#pragma once

#include "base/ProcessFigures.h"
#include "engine/Engine.h"
#include "output/KeyStore.h"
#include "output/OutputController.h"
#include "output/RtmpService.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <optional>

namespace vitrine::bench {

// The key comes from the command line here; the studio reads it from the keychain.
class FixedKeyStore : public KeyStore {
public:
    explicit FixedKeyStore(QString key) : m_key(std::move(key)) {}
    void readKey(const QString&, ReadCallback done) override { done(m_key, QString()); }
    void writeKey(const QString&, const QString&, WriteCallback done) override { done(QString()); }
    void removeKey(const QString&, WriteCallback done) override { done(QString()); }

private:
    QString m_key;
};

// --show FILE, --stream URL and --seconds S (60 by default).
inline void addLiveOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("show"), QStringLiteral("show file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("stream"), QStringLiteral("rtmp URL"), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("run length"), QStringLiteral("S"), QStringLiteral("60")});
}

// The --stream URL's server and key; nullopt after saying why on stderr.
inline std::optional<RtmpTarget> streamTarget(const QCommandLineParser& parser, const char* bench)
{
    RtmpTarget target;
    QString error;
    if (!parseRtmpUrl(parser.value(QStringLiteral("stream")), &target, &error)) {
        QTextStream(stderr) << bench << ": " << error << Qt::endl;
        return std::nullopt;
    }
    return target;
}

// Render and process figures from the moment the live went live.
class RunFigures {
public:
    void start(const Engine& engine)
    {
        m_render = engine.renderStats();
        m_cpu = processCpuSeconds();
        m_clock.start();
    }
    bool started() const { return m_clock.isValid(); }
    double elapsedSeconds() const { return static_cast<double>(m_clock.nsecsElapsed()) / 1e9; }

    // " frames_rendered=… avg_render_ms=…": the keys every live benchmark prints.
    QString keys(const Engine& engine, const OutputStats& stream) const
    {
        const RenderStats now = engine.renderStats();
        return QStringLiteral(" frames_rendered=%1 frames_lagged=%2 frames_skipped=%3 frames_dropped=%4 "
                              "bytes_sent=%5 run_cpu_seconds=%6 peak_rss_kib=%7 duration_seconds=%8 "
                              "avg_render_ms=%9")
            .arg(now.framesRendered - m_render.framesRendered)
            .arg(now.framesLagged - m_render.framesLagged)
            .arg(now.framesSkipped - m_render.framesSkipped)
            .arg(stream.framesDropped)
            .arg(stream.bytesSent)
            .arg(QString::number(processCpuSeconds() - m_cpu, 'f', 2))
            .arg(processPeakRssKib())
            .arg(QString::number(elapsedSeconds(), 'f', 2))
            .arg(QString::number(now.averageRenderMs, 'f', 2));
    }

private:
    RenderStats m_render;
    double m_cpu = 0.0;
    QElapsedTimer m_clock;
};

} // namespace vitrine::bench
