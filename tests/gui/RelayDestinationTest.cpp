// Relay mode in the Destinations dialog (issue 13): a destination marked as the brand's relay server lists
// the platforms behind it as greyed rows under it (names only: the studio streams to the relay alone); they
// are saved in the show (optional fields), come back on reopening, follow edits and go with the relay.
#include "dialogs/DestinationsDialog.h"
#include "show/ShowStore.h"

#include "LiveTestPeers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

QStringList rowTexts(const QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

QPushButton* button(QWidget* dialog, const QString& text)
{
    for (auto* candidate : dialog->findChildren<QPushButton*>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

} // namespace

class RelayDestinationTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void relayListsItsPlatformsGreyedUnderIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("relay.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ShowStore store;
        QString error;
        QVERIFY2(store.open(path, &error, false), qPrintable(error));
        MemoryKeyStore keys;
        {
            DestinationsDialog dialog(&store, &keys);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.addDestination();
            QComboBox* platform = dialog.platformBox();
            platform->setCurrentIndex(
                platform->findData(QStringLiteral("custom"), DestinationsDialog::kPlatformRole));
            dialog.nameEdit()->clear();
            QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Brand relay"));
            QTest::keyClicks(dialog.serverEdit(), QStringLiteral("rtmp://relay.example:1935/landscape"));
            QTest::keyClicks(dialog.keyEdit(), QStringLiteral("studio"));
            // Not a relay yet: no platforms field, no extra rows.
            QVERIFY(!dialog.relayBox()->isChecked());
            QVERIFY(!dialog.relayTargetsEdit()->isVisible());
            QCOMPARE(dialog.list()->count(), 1);

            dialog.relayBox()->click();
            QVERIFY(dialog.relayTargetsEdit()->isVisible());
            QTest::keyClicks(dialog.relayTargetsEdit(), QStringLiteral("YouTube, Facebook"));
            QCOMPARE(rowTexts(dialog.list()),
                     (QStringList{QStringLiteral("Brand relay"), QStringLiteral("    ↳ YouTube"),
                                  QStringLiteral("    ↳ Facebook")}));
            for (int row : {1, 2}) {
                const QListWidgetItem* item = dialog.list()->item(row);
                QVERIFY2(!(item->flags() & Qt::ItemIsEnabled), "a relay's platform is greyed");
                QVERIFY(!(item->flags() & Qt::ItemIsSelectable));
                QVERIFY(item->toolTip().contains(QStringLiteral("Brand relay")));
                QCOMPARE(dialog.indexAt(row), -1); // not a destination
            }
            QCOMPARE(dialog.list()->item(1)->data(DestinationsDialog::kRelayTargetRole).toString(),
                     QStringLiteral("YouTube"));
            QVERIFY(dialog.list()->item(0)->flags() & Qt::ItemIsEnabled);
            QCOMPARE(dialog.list()->currentRow(), 0); // the relay stays the one edited

            // A destination added after the relay comes below its platforms, and is the one edited.
            dialog.addDestination();
            platform->setCurrentIndex(
                platform->findData(QStringLiteral("twitch"), DestinationsDialog::kPlatformRole));
            QTest::keyClicks(dialog.keyEdit(), QStringLiteral("twitch-key"));
            QCOMPARE(dialog.list()->count(), 4);
            QCOMPARE(dialog.list()->currentRow(), 3);
            QCOMPARE(dialog.indexAt(3), 1);
            QCOMPARE(dialog.rowOf(1), 3);
            QCOMPARE(dialog.list()->item(3)->text(), QStringLiteral("Twitch"));
            QVERIFY(!dialog.relayBox()->isChecked());
            QVERIFY(!dialog.relayTargetsEdit()->isVisible());

            // Back on the relay: its platforms in the field.
            dialog.list()->setCurrentRow(0);
            QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Brand relay"));
            QVERIFY(dialog.relayBox()->isChecked());
            QCOMPARE(dialog.relayTargetsEdit()->text(), QStringLiteral("YouTube, Facebook"));
            dialog.accept();
            QTRY_VERIFY(!dialog.isVisible());
        }
        const QList<Destination> saved = store.document().destinations;
        QCOMPARE(saved.size(), 2);
        QVERIFY(saved.at(0).relay);
        QCOMPARE(saved.at(0).relayTargets,
                 (QStringList{QStringLiteral("YouTube"), QStringLiteral("Facebook")}));
        QCOMPARE(saved.at(0).server, QStringLiteral("rtmp://relay.example:1935/landscape"));
        QCOMPARE(keys.keys.value(saved.at(0).keyRef), QStringLiteral("studio"));
        QVERIFY(!saved.at(1).relay);
        QVERIFY(saved.at(1).relayTargets.isEmpty());

        // Reopened: the rows come back from the show; a platform added shows at once; the relay's removal
        // takes its platforms with it.
        DestinationsDialog again(&store, &keys);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE(rowTexts(again.list()),
                     (QStringList{QStringLiteral("Brand relay"), QStringLiteral("    ↳ YouTube"),
                                  QStringLiteral("    ↳ Facebook"), QStringLiteral("Twitch")}));
        QCOMPARE(again.list()->currentRow(), 0);
        again.relayTargetsEdit()->end(false);
        QTest::keyClicks(again.relayTargetsEdit(), QStringLiteral(", Twitch"));
        QCOMPARE(again.list()->count(), 5);
        QCOMPARE(again.list()->item(3)->text(), QStringLiteral("    ↳ Twitch"));
        // Unticked: no longer a relay, the rows go (and come back when ticked again).
        again.relayBox()->click();
        QCOMPARE(rowTexts(again.list()),
                 (QStringList{QStringLiteral("Brand relay"), QStringLiteral("Twitch")}));
        QVERIFY(!again.relayTargetsEdit()->isVisible());
        again.relayBox()->click();
        QCOMPARE(again.list()->count(), 5);
        QPushButton* remove = button(&again, QStringLiteral("Remove"));
        QVERIFY(remove);
        remove->click();
        QCOMPARE(rowTexts(again.list()), QStringList{QStringLiteral("Twitch")});
        QCOMPARE(again.nameEdit()->text(), QStringLiteral("Twitch"));
        QCOMPARE(again.list()->currentRow(), 0);
        again.accept();
        QTRY_COMPARE(store.document().destinations.size(), 1);
        QCOMPARE(store.document().destinations.first().name, QStringLiteral("Twitch"));
        store.closeCleanly();
    }
};

QTEST_MAIN(RelayDestinationTest)
#include "RelayDestinationTest.moc"
