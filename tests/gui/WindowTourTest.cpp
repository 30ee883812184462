// The first hour of a new presenter (issue 12), in the language VITRINE_TEST_LANGUAGE names ("en" or "fr"):
// the real window on the demo show under Xvfb, live to a real nginx-rtmp on loopback. Menus reach every
// dialog, Help tells the versions, chat sits beside the products, numbers follow the language, docks keep
// their widths, confirmations name what they are about, and a show in progress survives a quit until it is
// ended. Saves the screenshots of the single view live, studio mode live, the destinations and the chats
// dialogs in build/screenshots/LANG/ (and, with VITRINE_UPDATE_SCREENSHOTS=1, the README's picture).
#include "ActionRegistry.h"
#include "FakeChatConnector.h"
#include "LiveTestPeers.h"
#include "MainWindow.h"
#include "RecordingSettings.h"
#include "ShowFileMenu.h"
#include "Theme.h"
#include "chat/ChatHub.h"
#include "dialogs/ChatSourcesDialog.h"
#include "dialogs/DestinationsDialog.h"
#include "dialogs/ShowDetailsDialog.h"
#include "docks/ChatDock.h"
#include "docks/DestinationsDock.h"
#include "docks/MixerDock.h"
#include "docks/ProductsDock.h"
#include "output/Broadcast.h"
#include "runtime/LiveShow.h"
#include "show/LiveState.h"
#include "show/ProductListModel.h"
#include "show/ShowDocument.h"
#include "show/ShowStore.h"
#include "widgets/GoLiveBar.h"
#include "widgets/ProgramView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace vitrine;

namespace {

const QString kSecret = QStringLiteral("first-hour-5c1d");

bool french()
{
    return qEnvironmentVariable("VITRINE_TEST_LANGUAGE") == u"fr";
}

// Runs `check` on the next modal dialog of type T once it is up, then closes it; true when it ran.
template <typename T> void onNextDialog(bool* ran, const std::function<void(T*)>& check)
{
    QTimer::singleShot(600, [ran, check] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        check(dialog);
        *ran = true;
        dialog->reject();
    });
}

// The widgets inside `dock` that ask for the most width: what to elide or wrap when the dock is too wide.
QString widestParts(const QWidget* dock)
{
    QStringList parts;
    for (const QWidget* child : dock->findChildren<QWidget*>())
        if (child->isVisibleTo(dock) && child->minimumSizeHint().width() > 300)
            parts << QStringLiteral("%1 %2 (%3 px)")
                         .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())
                         .arg(child->minimumSizeHint().width());
    return parts.join(QStringLiteral(", "));
}

QAction* findAction(QWidget* window, const QString& name)
{
    return window->findChild<QAction*>(name);
}

} // namespace

class WindowTourTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_showPath;
    Nginx m_nginx;
    MemoryKeyStore m_keys;
    std::unique_ptr<MainWindow> m_window;
    QString m_shots;
    QString m_resumedMessage;

    LiveShow* show() const { return m_window->liveShow(); }
    GoLiveBar* goLiveBar() const { return m_window->findChild<GoLiveBar*>(); }

    // What the user sees, from the X server (the libobs views are drawn there, not by Qt).
    void screenshot(QWidget* widget, const QString& name)
    {
        QTest::qWait(700); // a few frames after the last change
        const QPixmap shot = widget->screen()->grabWindow(widget->winId());
        QVERIFY2(!shot.isNull() && shot.save(m_shots + u'/' + name), qPrintable(name));
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openShow(m_showPath));
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        show()->broadcast().setKeyStore(&m_keys);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->firstProgramFrameMs() >= 0, 20000);
    }

    void closeWindow()
    {
        m_window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 20000);
        m_window.reset();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        if (french()) {
            auto* translator = new QTranslator(qApp);
            QVERIFY(translator->load(QStringLiteral(VITRINE_QM_DIR "/vitrine_fr.qm")));
            QCoreApplication::installTranslator(translator);
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
        applyTheme(*qApp, Theme::Dark);
        m_shots = QStringLiteral(VITRINE_SCREENSHOT_DIR "/") + (french() ? u"fr" : u"en");
        QVERIFY(QDir().mkpath(m_shots));

        QVERIFY2(m_nginx.start(), "nginx-rtmp starts");
        m_keys.keys.insert(QStringLiteral("test/nginx"), kSecret);
        m_showPath = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), m_showPath));
        QFile::setPermissions(m_showPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                    m_dir.filePath(QStringLiteral("grinder.png")));
        QString error;
        std::optional<ShowDocument> document = ShowDocument::load(m_showPath, &error);
        QVERIFY2(document, qPrintable(error));
        document->destinations = {Destination{QStringLiteral("Boutique (RTMP)"), QStringLiteral("custom"),
                                              QStringLiteral("rtmp://127.0.0.1:%1/live").arg(m_nginx.port),
                                              QStringLiteral("test/nginx")}};
        QVERIFY2(document->save(m_showPath, &error), qPrintable(error));
        RecordingSettings recording;
        recording.folder = m_dir.filePath(QStringLiteral("recordings"));
        QVERIFY(QDir().mkpath(recording.folder));
        recording.save();
        // A show in progress when the last run quit: the grinder pinned in the second segment, the promo on.
        const QJsonObject inProgress{
            {QStringLiteral("clean"), true},
            {QStringLiteral("live"),
             QJsonObject{{QStringLiteral("pinnedSku"), QStringLiteral("MOUL-ART-01")},
                         {QStringLiteral("runningPromo"), QStringLiteral("LIVE10")},
                         {QStringLiteral("promoEndsAt"),
                          QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODateWithMs)},
                         {QStringLiteral("segmentIndex"), 1}}}};
        QFile session(ShowStore::sessionPath(m_showPath));
        QVERIFY(session.open(QIODevice::WriteOnly));
        session.write(QJsonDocument(inProgress).toJson());
        session.close();
        openWindow();
        // What the status bar said when the show came back (later messages replace it).
        QTRY_VERIFY_WITH_TIMEOUT(!(m_resumedMessage = m_window->statusBar()->currentMessage()).isEmpty(),
                                 5000);
    }

    void aShowInProgressIsResumedUntilItEnds()
    {
        // The last run quit cleanly in the middle of the show (initTestCase left its session): the window
        // takes the show back quietly and says so.
        LiveState& live = show()->live();
        QCOMPARE(live.pinnedSku(), QStringLiteral("MOUL-ART-01"));
        QCOMPARE(live.runningPromo(), QStringLiteral("LIVE10"));
        QCOMPARE(live.segmentIndex(), 1);
        QVERIFY2(m_resumedMessage.contains(QStringLiteral("Moulin à café Artisan")),
                 qPrintable(m_resumedMessage));
        QAction* end = findAction(m_window.get(), QStringLiteral("endShowAction"));
        QVERIFY(end->isEnabled());
        answerNextMessageBox(QMessageBox::Yes);
        end->trigger();
        QVERIFY(live.pinnedSku().isEmpty());
        QVERIFY(live.runningPromo().isEmpty());
        QCOMPARE(live.segmentIndex(), -1);
        QVERIFY(!end->isEnabled());
    }

    void menusReachEveryDialog()
    {
        // Show ▸ Destinations…, Chats…, Import catalogue…: no dialog hides behind a dock's button only.
        for (const char* name : {"showDetailsAction", "showDestinationsAction", "showChatsAction",
                                 "showImportAction", "endShowAction"})
            QVERIFY2(findAction(m_window.get(), QString::fromLatin1(name)), name);
        bool ran = false;
        onNextDialog<DestinationsDialog>(&ran, [this](DestinationsDialog* dialog) {
            QCOMPARE(dialog->destinations().size(), 1);
            // This run's keychain holds no key for it: the row and the key field both say so.
            QTRY_COMPARE(dialog->keyEdit()->placeholderText(),
                         QCoreApplication::translate("vitrine::DestinationsDialog",
                                                     "the stream key from the platform's live dashboard"));
            screenshot(dialog, QStringLiteral("destinations.png"));
        });
        findAction(m_window.get(), QStringLiteral("showDestinationsAction"))->trigger();
        QVERIFY2(ran, "Show ▸ Destinations… opened no dialog");
        ran = false;
        onNextDialog<ChatSourcesDialog>(
            &ran, [this](ChatSourcesDialog* dialog) { screenshot(dialog, QStringLiteral("chats.png")); });
        findAction(m_window.get(), QStringLiteral("showChatsAction"))->trigger();
        QVERIFY2(ran, "Show ▸ Chats… opened no dialog");
        ran = false;
        onNextDialog<ShowDetailsDialog>(&ran, [this](ShowDetailsDialog* dialog) {
            screenshot(dialog, QStringLiteral("show-details.png"));
        });
        findAction(m_window.get(), QStringLiteral("showDetailsAction"))->trigger(); // window-modal: open()
        QTRY_VERIFY2(ran, "Show ▸ Show details… opened no dialog");

        // Help ▸ About names the libraries and their versions.
        ran = false;
        onNextDialog<QMessageBox>(&ran, [](QMessageBox* box) {
            for (const char* library : {"Qt", "libobs", "GStreamer", "FFmpeg"})
                QVERIFY2(box->text().contains(QLatin1String(library)), library);
            QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
            QVERIFY(box->text().contains(QRegularExpression(QStringLiteral("libobs</td><td>\\d+\\.\\d+"))));
        });
        findAction(m_window.get(), QStringLiteral("aboutAction"))->trigger();
        QVERIFY2(ran, "Help ▸ About showed nothing");

        // Help ▸ Keyboard shortcuts lists the registered actions with their keys as set now.
        ran = false;
        const int actions = static_cast<int>(m_window->actions()->ids().size());
        const QString studioKeys = m_window->actions()
                                       ->shortcut(QStringLiteral("view.studioMode"))
                                       .toString(QKeySequence::NativeText);
        onNextDialog<QDialog>(&ran, [actions, studioKeys](QDialog* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
            QVERIFY(table);
            QCOMPARE(table->rowCount(), actions);
            QVERIFY(!table->findItems(studioKeys, Qt::MatchExactly).isEmpty());
        });
        findAction(m_window.get(), QStringLiteral("shortcutsAction"))->trigger();
        QVERIFY2(ran, "Help ▸ Keyboard shortcuts showed nothing");

        // Help ▸ User guide shows the README in the studio.
        findAction(m_window.get(), QStringLiteral("userGuideAction"))->trigger();
        auto* guide = m_window->findChild<QDialog*>(QStringLiteral("userGuideDialog"));
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QVERIFY(guide->findChild<QTextBrowser*>()->toPlainText().contains(QLatin1String("Vitrine Studio")));
        guide->close();
    }

    void openRecentSaysHowItFills()
    {
        auto* recent = m_window->findChild<QMenu*>(QStringLiteral("recentShowsMenu"));
        QVERIFY(recent);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QVERIFY(recent->isEnabled());
        auto* hint = recent->findChild<QAction*>(QStringLiteral("noRecentShowsHint"));
        QVERIFY2(hint && recent->actions().contains(hint), "first run: the recent list says how it fills");
        QVERIFY(!hint->isEnabled());
    }

    void chatSitsBesideTheProducts()
    {
        auto* products = m_window->findChild<ProductsDock*>();
        auto* chat = m_window->findChild<ChatDock*>();
        QVERIFY(products && chat);
        QVERIFY(products->isVisible() && chat->isVisible());
        QVERIFY(!m_window->tabifiedDockWidgets(products).contains(chat));
        QVERIFY(!products->geometry().intersects(chat->geometry()));
        QVERIFY2(chat->height() > 200, "the chat gets room to read");
        QVERIFY2(products->height() > 200, "the products get room to pin");
        QVERIFY(products->features().testFlag(QDockWidget::DockWidgetMovable));
        QVERIFY(chat->features().testFlag(QDockWidget::DockWidgetMovable));
    }

    void soldOutConfirmationNamesTheProduct()
    {
        auto* products = m_window->findChild<ProductsDock*>();
        auto* list = products->findChild<QListView*>();
        QAbstractItemModel* model = list->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ProductListModel::SkuRole).toString() == u"BAL-PREC-01")
                list->setCurrentIndex(model->index(row, 0));
        QString asked;
        QTimer::singleShot(500, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        products->pinSelected();
        QVERIFY2(asked.contains(QStringLiteral("Balance de précision")), qPrintable(asked));
        QVERIFY2(!asked.contains(QLatin1String("BAL-PREC-01")), qPrintable(asked));
        QVERIFY(show()->live().pinnedSku().isEmpty());
    }

    void docksKeepTheirWidths()
    {
        // The window fits a 1600×900 screen with its task bar, 1366 wide, and opened at 1600×900 is that
        // size.
        const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QStringList docks;
        for (const QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
            for (const QWidget* child :
                 dock->widget()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
                if (child->isVisibleTo(dock) && child->minimumSizeHint().height() > 40)
                    docks << QStringLiteral("  %1:%2 h%3")
                                 .arg(QString::fromLatin1(child->metaObject()->className()),
                                      child->objectName())
                                 .arg(child->minimumSizeHint().height());
            docks << QStringLiteral("%1 %2×%3")
                         .arg(dock->objectName())
                         .arg(dock->minimumSizeHint().width())
                         .arg(dock->minimumSizeHint().height());
        }
        QVERIFY2(least.width() <= 1366 && least.height() <= 840,
                 qPrintable(QStringLiteral("the window needs %1×%2 (%3)")
                                .arg(least.width())
                                .arg(least.height())
                                .arg(docks.join(QStringLiteral(", ")))));
        QCOMPARE(m_window->size(), QSize(1600, 900));
        // No dock may demand more than a laptop's right column, in any language: long texts elide or wrap.
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
            if (dock->isFloating() || !dock->isVisible())
                continue;
            QVERIFY2(dock->minimumSizeHint().width() <= 380,
                     qPrintable(QStringLiteral("%1 wants %2 px: %3")
                                    .arg(dock->objectName())
                                    .arg(dock->minimumSizeHint().width())
                                    .arg(widestParts(dock))));
        }
        auto* program = m_window->findChild<ProgramView*>(QStringLiteral("programDisplay"));
        QVERIFY2(program->width() >= m_window->width() * 45 / 100,
                 qPrintable(
                     QStringLiteral("Program is %1 px of %2").arg(program->width()).arg(m_window->width())));

        // Starting a promo and a go-live error move nothing under the cursor.
        auto* products = m_window->findChild<ProductsDock*>();
        const QRect dockBefore = products->geometry();
        const QRect programBefore = program->geometry();
        QVERIFY(show()->live().requestStartPromo(QStringLiteral("LIVE10")));
        QTest::qWait(1500);
        QCOMPARE(products->geometry(), dockBefore);
        QCOMPARE(program->geometry(), programBefore);
        show()->live().stopPromo();
        // A destination without a stored key fails to go live: the error shows, nothing moves.
        m_keys.keys.remove(QStringLiteral("test/nginx"));
        QTimer::singleShot(800, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->done(QMessageBox::Cancel);
        });
        goLiveBar()->liveButton()->click();
        // The failure really happened and is shown (in the tooltip and the status bar), and nothing moved.
        QTRY_VERIFY_WITH_TIMEOUT(goLiveBar()->destinationsText().contains(u'\n'), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(show()->broadcast().state() == Broadcast::State::Offline, 20000);
        QTest::qWait(1500);
        QCOMPARE(program->geometry(), programBefore);
        QCOMPARE(products->geometry(), dockBefore);
        m_keys.keys.insert(QStringLiteral("test/nginx"), kSecret);
    }

    void liveScreenshotsAndFiguresInTheLanguage()
    {
        LiveState& live = show()->live();
        QVERIFY(live.requestNextSegment()); // Bienvenue
        QVERIFY(live.requestNextSegment()); // the grinder, pinned
        QVERIFY(live.requestStartPromo(QStringLiteral("LIVE10")));
        goLiveBar()->liveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(show()->broadcast().isLive(), 20000);
        QTest::qWait(3000); // the figures' first samples

        // Numbers are written the language's way: "21,6 ms" in French, "21.6 ms" in English.
        const QString decimal = french() ? QStringLiteral(",") : QStringLiteral(".");
        const QList<QLabel*> status = m_window->statusBar()->findChildren<QLabel*>();
        bool checked = false;
        for (QLabel* label : status) {
            const QRegularExpressionMatch match =
                QRegularExpression(QStringLiteral("(\\d)([.,])(\\d) ms")).match(label->text());
            if (!match.hasMatch())
                continue;
            QCOMPARE(match.captured(2), decimal);
            checked = true;
        }
        QVERIFY2(checked, "the status bar shows the render time");

        // A viewer asks the price in a chat the studio may write to: the questions tab proposes the reply.
        auto* twitch = new vitrine::test::FakeChatConnector(ChatPlatform::Twitch, QStringLiteral("maison"),
                                                            ChatConnector::CanSend);
        show()->chat().addConnector(twitch);
        twitch->start();
        twitch->say(QStringLiteral("t1"), QStringLiteral("lea_cafe"),
                    french() ? QStringLiteral("Trop beau ce moulin !")
                             : QStringLiteral("Love that grinder!"));
        twitch->say(QStringLiteral("t2"), QStringLiteral("marc92"),
                    french() ? QStringLiteral("il coûte combien ?") : QStringLiteral("how much is it?"));
        auto* chat = m_window->findChild<ChatDock*>();
        auto* tabs = chat->findChild<QTabWidget*>();
        tabs->setCurrentIndex(1);
        auto* questions = chat->findChild<QListView*>(QStringLiteral("questionsView"));
        QTRY_COMPARE(questions->model()->rowCount(), 1);
        questions->setCurrentIndex(questions->model()->index(0, 0));
        QTRY_VERIFY(chat->findChild<QWidget*>(QStringLiteral("suggestedReply"))->isVisible());
        m_window->setStudioMode(false);
        screenshot(m_window.get(), QStringLiteral("single-live.png"));
        tabs->setCurrentIndex(0);
        m_window->setStudioMode(true);
        screenshot(m_window.get(), QStringLiteral("studio-live.png"));
        // The Destinations dock (a tab beside the mixer) shows the live destination's health.
        auto* destinations = m_window->findChild<DestinationsDock*>();
        QVERIFY(destinations);
        destinations->raise();
        const QString liveText = QCoreApplication::translate("vitrine::DestinationsDock", "Live");
        bool onAir = false;
        for (int row = 0; row < destinations->rowCount(); ++row)
            onAir = onAir || destinations->text(row, DestinationsDock::StateColumn) == liveText;
        QVERIFY2(onAir, "a destination row says Live");
        QTRY_VERIFY_WITH_TIMEOUT(!destinations->text(0, DestinationsDock::BitrateColumn).isEmpty(), 3000);
        screenshot(m_window.get(), QStringLiteral("destinations-live.png"));
        m_window->findChild<MixerDock*>()->raise();
        if (!french() && qEnvironmentVariableIntValue("VITRINE_UPDATE_SCREENSHOTS") == 1) {
            // The README's picture: the window on the demo show, live, in studio mode.
            QPixmap::fromImage(QImage(m_shots + QStringLiteral("/studio-live.png")))
                .save(QStringLiteral(VITRINE_SOURCE_DIR "/docs/images/window.png"));
        }
        answerNextMessageBox(QMessageBox::Yes);
        goLiveBar()->liveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(show()->broadcast().state(), Broadcast::State::Offline, 20000);
    }

    void quitDuringARecordingSaysRecording()
    {
        goLiveBar()->recordButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(show()->broadcast().isRecording(), 20000);
        QString title;
        QTimer::singleShot(500, [&title] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                title = box->windowTitle();
                box->button(QMessageBox::Cancel)->click();
            }
        });
        m_window->close();
        QCOMPARE(title,
                 QCoreApplication::translate("vitrine::GoLiveToolBar", "Stop the recording and quit?"));
        QVERIFY(m_window->isVisible());
        QVERIFY(show()->broadcast().isRecording());
        goLiveBar()->recordButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!show()->broadcast().isRecording(), 20000);
    }

    void quitKeepsTheShowInProgress()
    {
        QCOMPARE(show()->live().pinnedSku(), QStringLiteral("MOUL-ART-01"));
        closeWindow();
        QFile session(ShowStore::sessionPath(m_showPath));
        QVERIFY(session.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(session.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("clean")).toBool(), true);
        const QJsonObject live = saved.value(QStringLiteral("live")).toObject();
        QCOMPARE(live.value(QStringLiteral("pinnedSku")).toString(), QStringLiteral("MOUL-ART-01"));
        QCOMPARE(live.value(QStringLiteral("runningPromo")).toString(), QStringLiteral("LIVE10"));
    }

    void cleanupTestCase() { m_window.reset(); }
};

int main(int argc, char** argv)
{
    // Settings of this run only, not the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QCoreApplication::setOrganizationName(QStringLiteral("VitrineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("window_tour_test"));
    QApplication app(argc, argv);
    WindowTourTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "WindowTourTest.moc"
