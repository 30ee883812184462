// KeyStore against a real Secret Service (gnome-keyring in its own D-Bus session), and without any.
#include "output/KeyStore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace vitrine;

namespace {

struct ReadResult {
    bool done = false;
    QString key;
    QString error;
};

ReadResult readKey(KeyStore& store, const QString& keyRef)
{
    ReadResult result;
    store.readKey(keyRef, [&result](const QString& key, const QString& error) {
        result = {true, key, error};
    });
    if (!QTest::qWaitFor([&result] { return result.done; }, 20000))
        result = {true, QString(), QStringLiteral("timed out")};
    return result;
}

QString writeKey(KeyStore& store, const QString& keyRef, const QString& key)
{
    bool done = false;
    QString result;
    store.writeKey(keyRef, key, [&done, &result](const QString& error) {
        done = true;
        result = error;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return QStringLiteral("timed out");
    return result;
}

} // namespace

class KeyStoreTest : public QObject {
    Q_OBJECT

private:
    // A service name of the test's own, so it never touches the studio's entries.
    const QString m_service = QStringLiteral("vitrine-test-") + QUuid::createUuid().toString(QUuid::Id128);

private Q_SLOTS:
    // Needs a Secret Service: run under dbus-run-session with gnome-keyring unlocked (see golive.cmake).
    void writesReadsAndRemovesAKey()
    {
        if (qEnvironmentVariable("VITRINE_KEYCHAIN_TEST") != u"secret-service")
            QSKIP("needs a Secret Service (run through ctest)");
        KeyStore store(m_service);
        const QString key = QStringLiteral("live_8841_s3cr3t?param=ok");
        QCOMPARE(writeKey(store, QStringLiteral("youtube/main"), key), QString());
        const ReadResult read = readKey(store, QStringLiteral("youtube/main"));
        QCOMPARE(read.error, QString());
        QCOMPARE(read.key, key);

        // What another program reading the keychain sees: the same secret, under our service.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"),
                      QStringLiteral("youtube/main")});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), key);

        // A missing entry is a clear message, not a crash nor an empty key silently used.
        const ReadResult missing = readKey(store, QStringLiteral("nothing/here"));
        QVERIFY(missing.key.isEmpty());
        QVERIFY2(missing.error.contains(QStringLiteral("no stream key is stored")),
                 qPrintable(missing.error));

        bool removed = false;
        QString removeError = QStringLiteral("not called");
        store.removeKey(QStringLiteral("youtube/main"), [&](const QString& error) {
            removed = true;
            removeError = error;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QCOMPARE(removeError, QString());
        QVERIFY(!readKey(store, QStringLiteral("youtube/main")).error.isEmpty());
    }

    // With no session bus at all (as on a bare server), every call completes with a message.
    void withoutKeychainSaysSo()
    {
        if (qEnvironmentVariable("VITRINE_KEYCHAIN_TEST") != u"none")
            QSKIP("run with no session bus (through ctest)");
        KeyStore store(m_service);
        const QString writeError = writeKey(store, QStringLiteral("youtube/main"), QStringLiteral("k"));
        qInfo("write without keychain: %s", qPrintable(writeError));
        QVERIFY(!writeError.isEmpty());
        const ReadResult read = readKey(store, QStringLiteral("youtube/main"));
        qInfo("read without keychain: %s", qPrintable(read.error));
        QVERIFY(read.key.isEmpty());
        QVERIFY(!read.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(KeyStoreTest)
#include "KeyStoreTest.moc"
