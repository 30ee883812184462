#pragma once

// Peers of the go-live tests: a real nginx-rtmp on a free loopback port, ffprobe, keys held in memory (the
// keychain itself is tested on its own, KeyStoreTest) and answering the next message box.

#include "output/KeyStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace vitrine {

inline int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when server goes: nothing listens there
}

// Keys held in memory: the keychain itself is tested on its own (KeyStoreTest).
class MemoryKeyStore : public KeyStore {
public:
    using KeyStore::KeyStore;
    QHash<QString, QString> keys;
    void writeKey(const QString& keyRef, const QString& key, WriteCallback done) override
    {
        QTimer::singleShot(10, this, [this, keyRef, key, done] {
            keys.insert(keyRef, key);
            done(QString());
        });
    }
    void readKey(const QString& keyRef, ReadCallback done) override
    {
        // Asynchronous like the real keychain.
        QTimer::singleShot(10, this, [this, keyRef, done] {
            if (keys.contains(keyRef))
                done(keys.value(keyRef), QString());
            else
                done(QString(), QStringLiteral("no stream key is stored in the system keychain"));
        });
    }
};

// nginx with the RTMP module on a free loopback port, recording what it receives (as vitrine_testkit.py).
class Nginx {
public:
    QTemporaryDir dir;
    int port = freePort();
    QProcess process;

    QString recordDir() const { return dir.filePath(QStringLiteral("record")); }
    QString recording(const QString& key) const { return recordDir() + u'/' + key + QStringLiteral(".flv"); }

    bool start()
    {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        QDir().mkpath(recordDir());
        QFile::setPermissions(recordDir(), QFileDevice::Permissions(0x7777));
        QFile conf(dir.filePath(QStringLiteral("nginx.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        conf.write(
            QStringLiteral("load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;\n"
                           "daemon off;\nmaster_process on;\nworker_processes 1;\n"
                           "pid %1/nginx.pid;\nerror_log %1/error.log info;\n"
                           "events { worker_connections 64; }\n"
                           "rtmp { server { listen 127.0.0.1:%2;\n"
                           "  application live { live on; record all; record_path %3; record_unique off; }\n"
                           "} }\n")
                .arg(dir.path())
                .arg(port)
                .arg(recordDir())
                .toUtf8());
        conf.close();
        process.start(QStringLiteral("nginx"),
                      {QStringLiteral("-c"), conf.fileName(), QStringLiteral("-p"), dir.path(),
                       QStringLiteral("-e"), dir.filePath(QStringLiteral("error.log"))});
        if (!process.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
            if (probe.waitForConnected(100))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    ~Nginx()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(2000);
        }
    }
};

inline QStringList probeCodecs(const QString& path)
{
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                 QStringLiteral("stream=codec_name"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                 path});
    probe.waitForFinished(30000);
    return QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// ffprobe's JSON about a file's streams and format.
inline QJsonObject probeJson(const QString& path)
{
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"), QStringLiteral("json"),
                 QStringLiteral("-show_streams"), QStringLiteral("-show_format"), path});
    probe.waitForFinished(30000);
    return QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
}

inline void answerNextMessageBox(QMessageBox::StandardButton button, bool* answered = nullptr)
{
    QTimer::singleShot(300, [button, answered] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            if (answered)
                *answered = true;
            box->button(button)->click();
        }
    });
}

} // namespace vitrine
