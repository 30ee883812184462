// Stream keys live only in the keychain (issue 13): a recognisable key planted in a real Secret Service
// (gnome-keyring in a private D-Bus session, run-with-keyring.sh) for a destination of a copy of the demo
// show; a separate window process (this executable with --window-child: the real MainWindow, set up as
// app/main.cpp does, with every log category on) goes live with it to a real nginx-rtmp on loopback, under a
// private HOME, XDG_CONFIG_HOME and XDG_DATA_HOME. The ingest must receive the key (nginx records under its
// name), and the key must appear in no file written under HOME or the show's folder, not in the process's
// output, not in /proc/PID/cmdline or /proc/PID/environ, and not in what it prints when it aborts (Vitrine
// writes no crash report of its own: the crash marker beside the show holds the live state, checked with the
// other files).
#include "LiveTestPeers.h"
#include "MainWindow.h"
#include "Theme.h"
#include "output/Broadcast.h"
#include "output/KeyStore.h"
#include "runtime/LiveShow.h"
#include "show/ShowDocument.h"
#include "widgets/GoLiveBar.h"

#include <QApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <csignal>
#include <cstdio>

using namespace vitrine;

namespace {

const QString kKey = QStringLiteral("sk_live_LEAKCHECK_7q9z");
const QString kKeyRef = QStringLiteral("destination/leak-check");
const char* const kChildFlag = "--window-child";
const QByteArray kLiveLine = "keyleak: live\n";

// The forms a key could be written in: as text (UTF-8, UTF-16 as QString holds it) or base64 (QSettings' and
// JSON's way with bytes).
QList<QByteArray> keyForms()
{
    const QByteArray utf8 = kKey.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(kKey.utf16()), kKey.size() * 2);
    return {utf8, utf16, utf8.toBase64(QByteArray::OmitTrailingEquals)};
}

bool holdsKey(const QByteArray& bytes)
{
    for (const QByteArray& form : keyForms())
        if (bytes.contains(form))
            return true;
    return false;
}

// Every regular file under folder holding the key (read whole, as bytes).
QStringList filesHoldingKey(const QString& folder, int* walked)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
            continue; // sockets and fifos (the keyring's, D-Bus's) hold no file contents
        ++*walked;
        if (holdsKey(file.readAll()))
            found << path;
    }
    return found;
}

// The window process: as app/main.cpp opens a show (names, theme), then Start live once the program draws.
int windowChild(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("vitrine"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vitrine"));
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    applyTheme(app, savedTheme());
    // Every log category on (libobs's info included): the key must not be in the most verbose log either.
    MainWindow window;
    if (!window.openShow(QString::fromLocal8Bit(argv[2])))
        return 2;
    window.resize(1280, 800);
    window.show();
    auto* poll = new QTimer(&window);
    bool clicked = false;
    QObject::connect(poll, &QTimer::timeout, &window, [&window, &clicked, poll] {
        auto* bar = window.findChild<GoLiveBar*>();
        if (!clicked && bar && window.firstProgramFrameMs() >= 0) {
            clicked = true;
            bar->liveButton()->click();
        }
        if (clicked && window.liveShow()->broadcast().isLive()) {
            std::fwrite(kLiveLine.constData(), 1, static_cast<size_t>(kLiveLine.size()), stdout);
            std::fflush(stdout);
            poll->stop();
        }
    });
    poll->start(100);
    return QApplication::exec(); // until the test aborts it
}

} // namespace

class KeyLeakTest : public QObject {
    Q_OBJECT

private:
    QString m_home = qEnvironmentVariable("VITRINE_TEST_HOME");

private Q_SLOTS:
    void initTestCase()
    {
        // The key goes to the keychain of a private session, in a private HOME: never the developer's.
        QVERIFY2(!m_home.isEmpty(),
                 "run under tests/integration/run-with-keyring.sh (private HOME and keyring)");
        QCOMPARE(QDir::homePath(), m_home);
        QVERIFY(qEnvironmentVariable("XDG_CONFIG_HOME").startsWith(m_home));
        QVERIFY(qEnvironmentVariable("XDG_DATA_HOME").startsWith(m_home));
    }

    void keyStaysInTheKeychainWhileLiveAndAfterACrash()
    {
        Nginx nginx;
        QVERIFY2(nginx.start(), "nginx-rtmp starts");
        QTemporaryDir showDir;   // the show's folder (autosave, event log, crash marker): walked too
        QTemporaryDir outputDir; // the child's output and working folder (a core dump would be its memory)
        QVERIFY(showDir.isValid() && outputDir.isValid());
        const QString showPath = showDir.filePath(QStringLiteral("leak.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), showPath));
        QFile::setPermissions(showPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                    showDir.filePath(QStringLiteral("grinder.png")));
        QString error;
        std::optional<ShowDocument> document = ShowDocument::load(showPath, &error);
        QVERIFY2(document, qPrintable(error));
        document->destinations = {Destination{QStringLiteral("Leak check"), QStringLiteral("custom"),
                                              QStringLiteral("rtmp://127.0.0.1:%1/live").arg(nginx.port),
                                              kKeyRef}};
        QVERIFY2(document->save(showPath, &error), qPrintable(error));

        // Planted in the real keychain, under the studio's own service, as the Destinations dialog does.
        KeyStore keychain;
        QString written = QStringLiteral("(no answer)");
        keychain.writeKey(kKeyRef, kKey, [&written](const QString& failure) { written = failure; });
        QTRY_VERIFY_WITH_TIMEOUT(written != u"(no answer)", 20000);
        QVERIFY2(written.isEmpty(), qPrintable(written));

        QProcess child;
        child.setWorkingDirectory(outputDir.path());
        child.setStandardOutputFile(outputDir.filePath(QStringLiteral("stdout.txt")));
        child.setStandardErrorFile(outputDir.filePath(QStringLiteral("stderr.txt")));
        // No core file: it would be the process's memory, where the key rightly is while live.
        child.setChildProcessModifier([] {
            const rlimit none{0, 0};
            setrlimit(RLIMIT_CORE, &none);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), showPath});
        QVERIFY(child.waitForStarted(10000));
        const qint64 pid = child.processId();
        auto readOutput = [&outputDir](const char* name) {
            QFile file(outputDir.filePath(QString::fromLatin1(name)));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        auto describe = [&] {
            return QStringLiteral("\n--- window stderr (end):\n%1\n--- nginx log:\n%2")
                .arg(QString::fromUtf8(readOutput("stderr.txt").right(3000)), QString::fromUtf8([&nginx] {
                         QFile log(nginx.dir.filePath(QStringLiteral("error.log")));
                         return log.open(QIODevice::ReadOnly) ? log.readAll().right(2000) : QByteArray();
                     }()));
        };

        // Live with the key: the ingest records under its name, so the key did leave the keychain for it.
        QTRY_VERIFY2_WITH_TIMEOUT(readOutput("stdout.txt").contains(kLiveLine) ||
                                      child.state() == QProcess::NotRunning,
                                  qPrintable(describe()), 60000);
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the window ended") + describe()));
        QVERIFY2(readOutput("stdout.txt").contains(kLiveLine), qPrintable(describe()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            QFileInfo(nginx.recording(kKey)).size() > 100000,
            qPrintable(QStringLiteral("the ingest did not receive the key's stream") + describe()), 20000);
        QTest::qWait(2000); // a few seconds live: figures, autosave and logs written

        // The process's command line and environment, as every user of the machine can read the first.
        for (const char* part : {"cmdline", "environ"}) {
            QFile proc(QStringLiteral("/proc/%1/%2").arg(pid).arg(QString::fromLatin1(part)));
            QVERIFY2(proc.open(QIODevice::ReadOnly), part);
            const QByteArray bytes = proc.readAll();
            QVERIFY2(!bytes.isEmpty(), part);
            QVERIFY2(!holdsKey(bytes), qPrintable(QStringLiteral("the key is in /proc/PID/%1").arg(part)));
        }

        // A crash while live: abort it, as a failed assertion in a library would.
        QVERIFY(::kill(static_cast<pid_t>(pid), SIGABRT) == 0);
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray out = readOutput("stdout.txt");
        const QByteArray err = readOutput("stderr.txt");
        QVERIFY2(!err.isEmpty(), "with every log category on, the window printed something");
        QVERIFY2(!holdsKey(out), "the key is in the window's standard output");
        QVERIFY2(!holdsKey(err), "the key is in the window's standard error (logs or crash output)");

        // Every file written under the private HOME (settings, data, cache, runtime), the show's folder
        // (autosave, event log, crash marker) and the process's working folder.
        int walked = 0;
        QStringList leaks;
        for (const QString& folder : {m_home, showDir.path(), outputDir.path()})
            leaks << filesHoldingKey(folder, &walked);
        qInfo("walked %d files; window wrote %lld bytes of output", walked,
              static_cast<long long>(out.size() + err.size()));
        QVERIFY2(leaks.isEmpty(),
                 qPrintable(QStringLiteral("the key is in: ") + leaks.join(QStringLiteral(", "))));
        QVERIFY(walked >= 3); // the show, its picture, the window's output at least

        // The walk finds the key where it is, in each form: it cannot pass by looking for nothing.
        QTemporaryDir control;
        QDir().mkpath(control.filePath(QStringLiteral("deep/.hidden")));
        QFile planted(control.filePath(QStringLiteral("deep/.hidden/settings.conf")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(QByteArray("[General]\nx=@ByteArray(") + keyForms().at(2) + ")\n");
        planted.close();
        int controlWalked = 0;
        QCOMPARE(filesHoldingKey(control.path(), &controlWalked), QStringList{planted.fileName()});
        for (const QByteArray& form : keyForms())
            QVERIFY(holdsKey(QByteArray("before ") + form + " after"));
    }
};

int main(int argc, char** argv)
{
    if (argc > 2 && qstrcmp(argv[1], kChildFlag) == 0)
        return windowChild(argc, argv);
    QApplication app(argc, argv);
    KeyLeakTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "KeyLeakTest.moc"
