// The first hour of a presenter without a manual (issue 12), in the real window on the demo show and the real
// dialogs under Xvfb: destinations picked by platform (TikTok LIVE and Instagram Live as server and key),
// named by that choice, refused without a key; a live that cannot start says which destination and opens the
// Destinations dialog; shortcuts listed under fixed names, with the live's own, and a clash asked about.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "dialogs/DestinationsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "docks/ProductsDock.h"
#include "output/Broadcast.h"
#include "runtime/LiveShow.h"
#include "scene/SceneEditor.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "widgets/GoLiveBar.h"
#include "widgets/GoLiveToolBar.h"

#include "LiveTestPeers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace vitrine;

namespace {

// Calls `handle` with the next modal widget named `name` once it shows (polling, as a user would wait for
// it).
void onNextModal(const QString& name, std::function<void(QWidget*)> handle)
{
    auto* poll = new QTimer;
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, handle = std::move(handle)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != name || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        handle(modal);
    });
    poll->start();
}

int rowOf(const QComboBox* box, const QString& platform)
{
    for (int i = 0; i < box->count(); ++i)
        if (box->itemData(i).toString().isEmpty() &&
            box->itemData(i, DestinationsDialog::kPlatformRole).toString() == platform)
            return i;
    return box->findData(platform, DestinationsDialog::kPlatformRole);
}

} // namespace

class FirstHourTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString copyDemo(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path);
        return path;
    }
    GoLiveBar* goLiveBar() const { return m_window->findChild<GoLiveToolBar*>()->goLiveBar(); }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                            m_dir.filePath(QStringLiteral("grinder.png"))));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openShow(copyDemo(QStringLiteral("window.vitrine"))));
        m_window->resize(1400, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window->liveShow()->store().closeCleanly();
        m_window.reset();
    }

    void destinationsOfferThePlatformsFirst()
    {
        ShowStore store;
        QString error;
        QVERIFY2(store.open(copyDemo(QStringLiteral("platforms.vitrine")), &error), qPrintable(error));
        MemoryKeyStore keys;
        DestinationsDialog dialog(&store, &keys);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addDestination();
        QComboBox* platform = dialog.platformBox();

        // The platforms first, in the order presenters look for them, under their names (not their ids).
        const QStringList expected{QStringLiteral("youtube"),   QStringLiteral("facebook"),
                                   QStringLiteral("instagram"), QStringLiteral("tiktok"),
                                   QStringLiteral("twitch"),    QStringLiteral("linkedin"),
                                   QStringLiteral("custom")};
        QStringList keysShown;
        QStringList namesShown;
        for (int i = 0; i < platform->count(); ++i) {
            keysShown << platform->itemData(i, DestinationsDialog::kPlatformRole).toString();
            namesShown << platform->itemText(i);
        }
        QCOMPARE(keysShown, expected);
        QCOMPARE(namesShown.mid(0, 4),
                 (QStringList{QStringLiteral("YouTube"), QStringLiteral("Facebook Live"),
                              QStringLiteral("Instagram Live"), QStringLiteral("TikTok LIVE")}));
        QVERIFY(!namesShown.contains(QStringLiteral("custom")));
        // OBS's other services only when asked for.
        QCOMPARE(platform->findData(QStringLiteral("Restream.io")), -1);
        dialog.allServicesBox()->setChecked(true);
        QVERIFY(platform->findData(QStringLiteral("Restream.io")) >
                rowOf(platform, QStringLiteral("custom")));
        QCOMPARE(platform->currentIndex(), 0); // the choice stays
        dialog.allServicesBox()->setChecked(false);
        QCOMPARE(platform->findData(QStringLiteral("Restream.io")), -1);

        // A new destination starts on YouTube through OBS's service, named after it.
        QCOMPARE(platform->currentData().toString(), QStringLiteral("YouTube - RTMPS"));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("YouTube"));
        QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("YouTube — key missing"));
        QVERIFY(dialog.serverBox()->isVisible());
        QVERIFY(dialog.serverEdit()->text().startsWith(QStringLiteral("rtmps://a.rtmps.youtube.com")));

        // TikTok LIVE: server and key typed, from TikTok LIVE Producer; the unnamed destination follows.
        platform->setCurrentIndex(rowOf(platform, QStringLiteral("tiktok")));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("TikTok LIVE"));
        QVERIFY(!dialog.serverBox()->isVisible());
        QVERIFY(dialog.serverEdit()->text().isEmpty()); // YouTube's server is not TikTok's
        QVERIFY2(dialog.adviceLabel()->text().contains(QStringLiteral("TikTok LIVE Producer")),
                 qPrintable(dialog.adviceLabel()->text()));

        // A name the user typed stays when the platform changes.
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Boutique Moulin"));
        platform->setCurrentIndex(rowOf(platform, QStringLiteral("instagram")));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Boutique Moulin"));
        QVERIFY(dialog.adviceLabel()->text().contains(QStringLiteral("Live Producer")));
        QTest::keyClicks(dialog.serverEdit(), QStringLiteral("rtmps://live-upload.instagram.com:443/rtmp/"));

        // No key: the row says so and OK is refused, on the key.
        QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("Boutique Moulin — key missing"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("no stream key")),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.focusWidget(), dialog.keyEdit());
        QTest::qWait(100);
        QVERIFY(store.document().destinations.isEmpty());

        QTest::keyClicks(dialog.keyEdit(), QStringLiteral("IGLive-5521"));
        QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("Boutique Moulin"));
        dialog.accept();
        QTRY_COMPARE(store.document().destinations.size(), 1);
        const Destination saved = store.document().destinations.first();
        QCOMPARE(saved.name, QStringLiteral("Boutique Moulin"));
        QCOMPARE(saved.platform, QStringLiteral("instagram"));
        QVERIFY(saved.service.isEmpty());
        QCOMPARE(keys.keys.value(saved.keyRef), QStringLiteral("IGLive-5521"));

        // Reopened with a second destination whose key the keychain does not have: that row says so.
        store.update([](ShowDocument& show) {
            show.destinations.append(Destination{QStringLiteral("Twitch"), QStringLiteral("twitch"),
                                                 QStringLiteral("rtmp://127.0.0.1:1/app"),
                                                 QStringLiteral("destination/not-in-the-keychain")});
        });
        DestinationsDialog again(&store, &keys);
        again.show();
        QCOMPARE(again.platformBox()->currentText(), QStringLiteral("Instagram Live"));
        QTRY_COMPARE(again.list()->item(1)->text(), QStringLiteral("Twitch — key missing"));
        QCOMPARE(again.list()->item(0)->text(), QStringLiteral("Boutique Moulin"));
        again.accept();
        QVERIFY(again.isVisible());
        QCOMPARE(again.list()->currentRow(), 1); // shown where the key is missing
        QVERIFY(again.statusLabel()->text().contains(QStringLiteral("“Twitch”")));
        again.reject();
        store.closeCleanly();
    }

    void cannotGoLiveOpensTheDestinations()
    {
        // The demo show has no destination: the live's shortcut says so and offers the dialog.
        QVERIFY(m_window->liveShow()->store().document().destinations.isEmpty());
        QAction* live = m_window->actions()->action(QStringLiteral("live.toggle"));
        QVERIFY(live);
        live->trigger();
        QTRY_VERIFY(goLiveBar()->cannotGoLiveBox() && goLiveBar()->cannotGoLiveBox()->isVisible());
        QMessageBox* box = goLiveBar()->cannotGoLiveBox();
        QCOMPARE(box->windowTitle(), QStringLiteral("Cannot go live"));
        QVERIFY2(box->text().contains(QStringLiteral("No destination")), qPrintable(box->text()));
        bool opened = false;
        onNextModal(QStringLiteral("destinationsDialog"), [&opened](QWidget* dialog) {
            opened = true;
            static_cast<QDialog*>(dialog)->reject();
        });
        auto* open = box->findChild<QPushButton*>(QStringLiteral("openDestinations"));
        QVERIFY(open);
        open->click();
        QTRY_VERIFY(opened);
        QTRY_VERIFY(!goLiveBar()->cannotGoLiveBox());

        // A destination whose key the keychain does not give: the failure names it, never its keychain entry.
        m_window->liveShow()->store().update([](ShowDocument& show) {
            show.destinations = {Destination{QStringLiteral("Boutique TikTok"), QStringLiteral("tiktok"),
                                             QStringLiteral("rtmp://127.0.0.1:%1/live").arg(freePort()),
                                             QStringLiteral("destination/first-hour-test")}};
        });
        live->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            goLiveBar()->cannotGoLiveBox() && goLiveBar()->cannotGoLiveBox()->isVisible(), 30000);
        const QString text = goLiveBar()->cannotGoLiveBox()->text();
        qInfo("cannot go live: %s", qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“Boutique TikTok”")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("destination/")), qPrintable(text));
        QCOMPARE(m_window->liveShow()->broadcast().state(), Broadcast::State::Offline);
        goLiveBar()->cannotGoLiveBox()->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!goLiveBar()->cannotGoLiveBox());
        m_window->liveShow()->store().update([](ShowDocument& show) { show.destinations.clear(); });
    }

    void shortcutsHaveFixedNamesAndTheLivesOwn()
    {
        ActionRegistry* actions = m_window->actions();
        QString error;
        QVERIFY2(m_window->sceneEditor()->requestAddScene(QStringLiteral("First hour"), &error),
                 qPrintable(error));
        // The undo action's text follows the stack; its name in the shortcut list does not.
        QVERIFY(actions->action(QStringLiteral("edit.undo"))->text().size() > QStringLiteral("&Undo").size());
        QCOMPARE(actions->label(QStringLiteral("edit.undo")), QStringLiteral("Undo"));
        QCOMPARE(actions->label(QStringLiteral("edit.redo")), QStringLiteral("Redo"));
        m_window->sceneEditor()->undoStack()->undo();

        const QHash<QString, QKeySequence> lives{
            {QStringLiteral("live.toggle"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
            {QStringLiteral("recording.toggle"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
            {QStringLiteral("products.promo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
            {QStringLiteral("products.next"), QKeySequence(Qt::CTRL | Qt::Key_N)},
            {QStringLiteral("chat.nextQuestion"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)}};
        for (auto it = lives.constBegin(); it != lives.constEnd(); ++it)
            QCOMPARE(actions->shortcut(it.key()), it.value());
        // No two actions share a default.
        QHash<QString, QString> seen;
        for (const QString& id : actions->ids()) {
            const QString keys = actions->shortcut(id).toString();
            QVERIFY2(keys.isEmpty() || !seen.contains(keys),
                     qPrintable(QStringLiteral("%1: %2 and %3").arg(keys, id, seen.value(keys))));
            seen.insert(keys, id);
        }

        // The promo shortcut starts the demo's promo code, and stops it.
        LiveState& liveState = m_window->liveShow()->live();
        QVERIFY(liveState.runningPromo().isEmpty());
        actions->action(QStringLiteral("products.promo"))->trigger();
        QVERIFY(!liveState.runningPromo().isEmpty());
        actions->action(QStringLiteral("products.promo"))->trigger();
        QVERIFY(liveState.runningPromo().isEmpty());
    }

    void aTakenShortcutIsAskedAbout()
    {
        ActionRegistry* actions = m_window->actions();
        SettingsDialog dialog({}, {}, m_window.get());
        dialog.setActionRegistry(actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* record = dialog.findChild<QKeySequenceEdit*>(QStringLiteral("shortcut:recording.toggle"));
        auto* pin = dialog.findChild<QKeySequenceEdit*>(QStringLiteral("shortcut:products.pin"));
        QVERIFY(record && pin);

        // Ctrl+P is Pin's: the user is told, and Cancel keeps both as they were.
        QString asked;
        onNextModal(QStringLiteral("shortcutClash"), [&asked](QWidget* modal) {
            auto* box = static_cast<QMessageBox*>(modal);
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(record, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 5000);
        QVERIFY2(asked.contains(QStringLiteral("“Pin the selected product”")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("“Start/stop recording”")), qPrintable(asked));
        QCOMPARE(record->keySequence(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QCOMPARE(pin->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_P));

        // Reassign: Pin loses it, recording gets it, once OK is pressed.
        asked.clear();
        onNextModal(QStringLiteral("shortcutClash"), [&asked](QWidget* modal) {
            auto* box = static_cast<QMessageBox*>(modal);
            asked = box->text();
            box->findChild<QPushButton*>(QStringLiteral("reassignShortcut"))->click();
        });
        QTest::keyClick(record, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 5000);
        QCOMPARE(record->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(pin->keySequence().isEmpty());
        QCOMPARE(actions->shortcut(QStringLiteral("products.pin")), QKeySequence(Qt::CTRL | Qt::Key_P));
        dialog.accept();
        QCOMPARE(actions->shortcut(QStringLiteral("recording.toggle")), QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(actions->shortcut(QStringLiteral("products.pin")).isEmpty());
        // The Pin button's tooltip no longer promises Ctrl+P.
        auto* pinButton =
            m_window->findChild<ProductsDock*>()->findChild<QPushButton*>(QStringLiteral("pinButton"));
        QVERIFY(pinButton);
        QVERIFY2(!pinButton->toolTip().contains(QStringLiteral("Ctrl+P")), qPrintable(pinButton->toolTip()));

        // A clash left in the editors (set without finishing the edit) is asked about on OK.
        SettingsDialog second({}, {}, m_window.get());
        second.setActionRegistry(actions);
        auto* next = second.findChild<QKeySequenceEdit*>(QStringLiteral("shortcut:products.next"));
        asked.clear();
        onNextModal(QStringLiteral("shortcutClash"), [&asked](QWidget* modal) {
            auto* box = static_cast<QMessageBox*>(modal);
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        second.open();
        next->setKeySequence(QKeySequence(Qt::CTRL | Qt::Key_P));
        second.accept();
        QVERIFY2(asked.contains(QStringLiteral("“Start/stop recording”")), qPrintable(asked));
        QVERIFY2(second.isVisible(), "a clash kept back leaves the dialog open");
        QCOMPARE(next->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_N));
        second.reject();
        QCOMPARE(actions->shortcut(QStringLiteral("products.next")), QKeySequence(Qt::CTRL | Qt::Key_N));
        QCOMPARE(actions->shortcut(QStringLiteral("recording.toggle")), QKeySequence(Qt::CTRL | Qt::Key_P));
        actions->resetToDefaults();
        QCOMPARE(actions->shortcut(QStringLiteral("products.pin")), QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY2(pinButton->toolTip().contains(QStringLiteral("Ctrl+P")), qPrintable(pinButton->toolTip()));
    }
};

QTEST_MAIN(FirstHourTest)
#include "FirstHourTest.moc"
