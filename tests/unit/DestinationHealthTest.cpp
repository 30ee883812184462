#include "output/LiveFigures.h"
#include "output/ReconnectPolicy.h"

#include <QTest>

#include <obs.h>

using namespace vitrine;

class DestinationHealthTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lossWhileLiveIsRetriedWithGrowingDelaysThenGivenUp()
    {
        ReconnectSettings settings;
        settings.maxRetries = 5;
        settings.maxDelayMs = 8000;
        ReconnectPolicy policy(settings);
        // From 2 s, ×1.5, ±20 %, capped at 8 s.
        const QList<double> centres = {2000, 3000, 4500, 6750, 8000};
        for (double centre : centres) {
            const ReconnectPolicy::Decision decision = policy.onStopped(OBS_OUTPUT_DISCONNECTED, true);
            QCOMPARE(decision.verdict, ReconnectPolicy::Verdict::Retry);
            QVERIFY2(decision.delayMs >= centre * 0.8 - 1 &&
                         decision.delayMs <= std::min(8000.0, centre * 1.2 + 1),
                     qPrintable(QStringLiteral("%1 ms for %2").arg(decision.delayMs).arg(centre)));
        }
        QCOMPARE(policy.attempts(), 5);
        // A failed try (the server still down) counts like the loss did; the limit ends it.
        QCOMPARE(policy.onStopped(OBS_OUTPUT_CONNECT_FAILED, true).verdict, ReconnectPolicy::Verdict::GiveUp);
    }

    void backOnAirStartsAgainFromTheFirstDelay()
    {
        ReconnectPolicy policy;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(policy.onStopped(OBS_OUTPUT_CONNECT_FAILED, true).verdict,
                     ReconnectPolicy::Verdict::Retry);
        policy.onConnected();
        QCOMPARE(policy.attempts(), 0);
        const ReconnectPolicy::Decision decision = policy.onStopped(OBS_OUTPUT_DISCONNECTED, true);
        QCOMPARE(decision.verdict, ReconnectPolicy::Verdict::Retry);
        QVERIFY2(decision.delayMs <= 2400, qPrintable(QString::number(decision.delayMs)));
    }

    void aRefusedKeyIsNeverRetriedForever()
    {
        // At the first connection: the key is wrong, said at once.
        ReconnectPolicy first;
        QCOMPARE(first.onStopped(OBS_OUTPUT_INVALID_STREAM, false).verdict,
                 ReconnectPolicy::Verdict::KeyRejected);
        // While reconnecting, the server may still hold the old session: a couple of tries, then rejected,
        // well before the retry limit.
        ReconnectSettings settings;
        settings.maxRetries = 50;
        ReconnectPolicy later(settings);
        int tries = 0;
        while (later.onStopped(OBS_OUTPUT_INVALID_STREAM, true).verdict == ReconnectPolicy::Verdict::Retry)
            ++tries;
        QCOMPARE(tries, settings.maxKeyRefusals);
    }

    void whatARetryCannotMendEndsAtOnce()
    {
        ReconnectPolicy policy;
        // Unreachable at the start: the user hears it now, not after a minute of tries.
        QCOMPARE(policy.onStopped(OBS_OUTPUT_CONNECT_FAILED, false).verdict, ReconnectPolicy::Verdict::Fatal);
        for (int code :
             {OBS_OUTPUT_BAD_PATH, OBS_OUTPUT_UNSUPPORTED, OBS_OUTPUT_NO_SPACE, OBS_OUTPUT_ENCODE_ERROR})
            QCOMPARE(policy.onStopped(code, true).verdict, ReconnectPolicy::Verdict::Fatal);
        QCOMPARE(policy.attempts(), 0);
    }

    void uplinkWarnsOnlyWhenShortForSeveralSecondsInARow()
    {
        UplinkCheck check;
        // Three destinations at 2660 kb/s each: 7980 expected.
        for (int second = 0; second < 20; ++second)
            QVERIFY(!check.feed(7980, 7900, 0.05)); // carried
        for (int second = 1; second < UplinkCheck::kSamples; ++second)
            QVERIFY(!check.feed(7980, 5000, 0.1)); // short, but not for long yet
        QVERIFY(check.feed(7980, 5000, 0.1));
        QVERIFY(!check.feed(7980, 7950, 0.0)); // carried again: the warning goes
        // The network pushing back counts even when the bytes still go out.
        for (int second = 1; second < UplinkCheck::kSamples; ++second)
            QVERIFY(!check.feed(2660, 2650, 0.8));
        QVERIFY(check.feed(2660, 2650, 0.8));
        // Nothing on air: nothing to carry.
        QVERIFY(!check.feed(0, 0, 0.0));
    }
};

QTEST_GUILESS_MAIN(DestinationHealthTest)
#include "DestinationHealthTest.moc"
