// Drives the real studio window on the demo show under Xvfb: sources dock, scenes dock, transitions, undo,
// removing what is on air, and closing with the show file intact.
#include "ActionRegistry.h"
#include "ApiHttpServer.h"
#include "MainWindow.h"
#include "OverlayLayer.h"
#include "PresenterView.h"
#include "RemoteAccess.h"
#include "ShowFileMenu.h"
#include "WindowMenus.h"
#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "chat/YouTubeConnector.h"
#include "dialogs/RemoteDialog.h"
#include "docks/ClaimsDock.h"
#include "docks/OverlaysDock.h"
#include "docks/ScenesDock.h"
#include "docks/SourcesDock.h"
#include "output/Broadcast.h"
#include "remote/RemoteControl.h"
#include "runtime/LiveShow.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowDocument.h"
#include "show/ShowStore.h"
#include "widgets/PreviewDisplay.h"
#include "widgets/ProgramView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace vitrine;

namespace {

const QString kLiveScene = QStringLiteral("Démo en direct");
const QString kProductScene = QStringLiteral("Produit plein écran");

// Accepts the next input dialog (the name a new source or scene gets), optionally with another text.
void acceptNextInputDialog(const QString& text = {})
{
    QTimer::singleShot(300, [text] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (!text.isEmpty())
            dialog->setTextValue(text);
        dialog->accept();
    });
}

} // namespace

class WindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_showPath;
    std::unique_ptr<MainWindow> m_window;

    ProgramSwitcher* switcher() const { return m_window->session()->switcher(); }
    SceneEditor* editor() const { return m_window->sceneEditor(); }
    SourcesDock* sourcesDock() const { return m_window->findChild<SourcesDock*>(); }
    ScenesDock* scenesDock() const { return m_window->findChild<ScenesDock*>(); }

    void clickScene(const QString& name, bool twice)
    {
        auto* list = scenesDock()->findChild<QListWidget*>(QStringLiteral("sceneList"));
        const QList<QListWidgetItem*> found = list->findItems(name, Qt::MatchExactly);
        QVERIFY(!found.isEmpty());
        const QRect rect = list->visualItemRect(found.first());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        if (twice)
            QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }

    int itemCount(const QString& scene) const
    {
        return static_cast<int>(editor()->collection().scene(scene)->items.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_showPath = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), m_showPath));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                            m_dir.filePath(QStringLiteral("grinder.png"))));
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openShow(m_showPath));
        m_window->setStudioMode(true);
        m_window->resize(1400, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The program's first frame: the figure the issue asks for (under 2 s on this machine, generously
        // here).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->firstProgramFrameMs() >= 0, 20000);
        qInfo("first program frame after %lld ms (from process start)", m_window->firstProgramFrameMs());
        QVERIFY2(m_window->firstProgramFrameMs() < 10000, "the first program frame took more than 10 s");
    }

    void showReportFromTheShopsOrders()
    {
        // A live an hour long in the show's log, and the shop's export of that evening.
        QFile log(m_showPath + QStringLiteral(".events.jsonl"));
        QVERIFY(log.open(QIODevice::Append));
        log.write(R"({"utc":"2026-12-05T19:00:00.000Z","type":"live.start","liveMs":0})"
                  "\n"
                  R"({"utc":"2026-12-05T20:00:00.000Z","type":"live.stop","liveMs":3600000})"
                  "\n");
        log.close();
        const QString orders = QStringLiteral(VITRINE_TEST_DATA_DIR "/orders/shopify_orders.csv");
        QString told;
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("showReportAction")));
        QTimer::singleShot(500, this, [&told] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                told = box->text();
                box->reject();
            }
        });
        auto* menus = m_window->findChild<WindowMenus*>();
        QVERIFY(menus);
        menus->makeReport(orders); // what the action does once the file dialog answered
        const QDir folder(m_dir.filePath(QStringLiteral("demo report")));
        QVERIFY2(told.contains(folder.dirName()), qPrintable(told));
        QVERIFY2(told.contains(QStringLiteral("skipped")), qPrintable(told)); // the export's bad rows, named
        for (const char* name : {"figures.json", "report.html", "report.pdf"})
            QVERIFY2(QFileInfo(folder.filePath(QString::fromLatin1(name))).size() > 0, name);
    }

    void studioModeShowsPreviewAndProgram()
    {
        auto* preview = m_window->findChild<PreviewDisplay*>(QStringLiteral("previewDisplay"));
        QVERIFY(preview && preview->isVisible());
        QCOMPARE(switcher()->programScene(), kLiveScene);
        QVERIFY(m_window->actions()->ids().contains(QStringLiteral("scene.transition")));
        QCOMPARE(m_window->actions()->shortcut(QStringLiteral("edit.undo")),
                 QKeySequence(Qt::CTRL | Qt::Key_Z));
    }

    void addsASourceFromTheSourcesDock()
    {
        const int before = itemCount(kLiveScene);
        auto* menu = sourcesDock()->findChild<QMenu*>(QStringLiteral("addSourceMenu"));
        QAction* addColour = menu->findChild<QAction*>(QStringLiteral("add-color"));
        QVERIFY(addColour && addColour->isEnabled());
        acceptNextInputDialog(QStringLiteral("Pastille"));
        addColour->trigger();
        QCOMPARE(itemCount(kLiveScene), before + 1);
        QVERIFY(editor()->collection().source(QStringLiteral("Pastille")));
        QVERIFY(m_window->session()->scenes().source(QStringLiteral("Pastille")));
        auto* tree = sourcesDock()->findChild<QTreeWidget*>(QStringLiteral("sourceList"));
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Pastille")); // top of the stack first
        // The show file keeps it (autosave within 250 ms).
        auto savedWithIt = [this] {
            QFile file(m_showPath);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains("Pastille");
        };
        QTRY_VERIFY_WITH_TIMEOUT(savedWithIt(), 5000);
    }

    void switchesSceneWithAFade()
    {
        auto* kind = m_window->findChild<QComboBox*>(QStringLiteral("transitionKind"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(TransitionKind::Fade)));
        QCOMPARE(switcher()->transitionKind(), TransitionKind::Fade);
        const int finished = switcher()->transitionsFinished();
        clickScene(kProductScene, false);
        // Studio mode: one click puts the scene in preview, program unchanged.
        QCOMPARE(switcher()->previewScene(), kProductScene);
        QCOMPARE(switcher()->programScene(), kLiveScene);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("transitionButton")),
                          Qt::LeftButton);
        QCOMPARE(switcher()->programScene(), kProductScene);
        OBSSourceAutoRelease onAir = obs_get_output_source(0);
        QCOMPARE(onAir.Get(), switcher()->transitionSource(TransitionKind::Fade));
        QTRY_COMPARE_WITH_TIMEOUT(switcher()->transitionsFinished(), finished + 1, 5000);
        OBSSourceAutoRelease active = obs_transition_get_active_source(onAir);
        QCOMPARE(active.Get(), m_window->session()->scenes().sceneSource(kProductScene));
        QTRY_COMPARE_WITH_TIMEOUT(ShowDocument::load(m_showPath, nullptr)->scenes.programScene, kProductScene,
                                  5000);
    }

    void undoTakesTheSwitchBackThenTheSource()
    {
        QAction* undo = m_window->actions()->action(QStringLiteral("edit.undo"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(switcher()->programScene(), kLiveScene);
        QTRY_VERIFY_WITH_TIMEOUT(!switcher()->isTransitioning(), 5000);
        undo->trigger();
        QVERIFY(!editor()->collection().source(QStringLiteral("Pastille")));
        QVERIFY(!m_window->session()->scenes().source(QStringLiteral("Pastille")));
        m_window->actions()->action(QStringLiteral("edit.redo"))->trigger();
        QVERIFY(editor()->collection().source(QStringLiteral("Pastille")));
    }

    void doubleClickTakesToProgram()
    {
        switcher()->setTransitionKind(TransitionKind::Cut);
        clickScene(kProductScene, true);
        QCOMPARE(switcher()->programScene(), kProductScene);
        clickScene(kLiveScene, true);
        QCOMPARE(switcher()->programScene(), kLiveScene);
    }

    void removesAnOnAirSourceWithoutCrashing()
    {
        QCOMPARE(switcher()->programScene(), kLiveScene);
        switcher()->setPreviewScene(kLiveScene);
        const SceneSpec* live = editor()->collection().scene(kLiveScene);
        int index = -1;
        for (int i = 0; i < live->items.size(); ++i)
            if (live->items[i].source == QStringLiteral("Photo produit"))
                index = i;
        QVERIFY(index >= 0);
        sourcesDock()->setCurrentIndex(index);
        // The button asks first, as the menu does.
        QString asked;
        QTimer::singleShot(300, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Yes)->click();
            }
        });
        QTest::mouseClick(sourcesDock()->findChild<QToolButton*>(QStringLiteral("removeSource")),
                          Qt::LeftButton);
        QVERIFY2(!asked.isEmpty(), "removing with the button did not ask");
        // Gone from the scene on air; the source stays, the product scene still shows it.
        for (const SceneItemSpec& item : editor()->collection().scene(kLiveScene)->items)
            QVERIFY(item.source != QStringLiteral("Photo produit"));
        QVERIFY(editor()->collection().source(QStringLiteral("Photo produit")));
        QTest::qWait(500); // libobs keeps rendering the program without it
        QVERIFY(m_window->isVisible());
    }

    void editsInPreview()
    {
        auto* preview = m_window->findChild<PreviewDisplay*>(QStringLiteral("previewDisplay"));
        const SceneSpec* live = editor()->collection().scene(kLiveScene);
        const int index = static_cast<int>(live->items.size()) - 1; // Pastille, on top
        QCOMPARE(live->items[index].source, QStringLiteral("Pastille"));
        const QRectF box = preview->itemBox(live->items[index]);
        const QRectF canvas = preview->canvasRect();
        const double scale = canvas.width() / preview->canvasSize().width();
        const QPoint inside = (canvas.topLeft() + (box.center() * scale)).toPoint();
        QTest::mouseClick(preview, Qt::LeftButton, {}, inside);
        QCOMPARE(preview->selectedIndex(), index);
        QCOMPARE(sourcesDock()->currentIndex(), index);
        const double x = live->items[index].x;
        QTest::keyClick(preview, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(preview, Qt::Key_Right);
        QCOMPARE(editor()->collection().scene(kLiveScene)->items[index].x, x + 11);
        m_window->actions()->action(QStringLiteral("edit.undo"))->trigger(); // the nudges undo as one
        QCOMPARE(editor()->collection().scene(kLiveScene)->items[index].x, x);
        // Drag it far right: it snaps to the canvas's right edge.
        QTest::mousePress(preview, Qt::LeftButton, {}, inside);
        QMouseEvent move(QEvent::MouseMove, QPointF(canvas.right() - box.width() * scale / 2 + 2, inside.y()),
                         preview->mapToGlobal(QPointF(canvas.right(), inside.y())), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(preview, &move);
        QTest::mouseRelease(
            preview, Qt::LeftButton, {},
            QPoint(static_cast<int>(canvas.right() - box.width() * scale / 2 + 2), inside.y()));
        const SceneItemSpec& moved = editor()->collection().scene(kLiveScene)->items[index];
        QCOMPARE(moved.x + box.width(), preview->canvasSize().width());
    }

    void scenesDockEditsAreUndoable()
    {
        QUndoStack* undo = editor()->undoStack();
        const int steps = undo->index();
        QCOMPARE(switcher()->programScene(), kLiveScene);
        switcher()->setPreviewScene(kLiveScene);
        // Renaming the scene on air keeps it on air under its new name.
        acceptNextInputDialog(QStringLiteral("En direct"));
        scenesDock()->renameCurrent();
        QCOMPARE(switcher()->programScene(), QStringLiteral("En direct"));
        QVERIFY(m_window->session()->scenes().sceneSource(QStringLiteral("En direct")));
        acceptNextInputDialog();
        scenesDock()->duplicateCurrent();
        QCOMPARE(editor()->collection().scenes.size(), 3);
        // Removing the scene on air (after confirming) puts another one on air, never nothing.
        QTimer::singleShot(300, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        scenesDock()->removeCurrent();
        QCOMPARE(editor()->collection().scenes.size(), 2);
        QVERIFY(!editor()->collection().scene(QStringLiteral("En direct")));
        QVERIFY(editor()->collection().scene(switcher()->programScene()));
        OBSSourceAutoRelease onAir = obs_get_output_source(0);
        QVERIFY(onAir);
        QTest::qWait(300);
        while (undo->index() > steps)
            undo->undo();
        QCOMPARE(editor()->collection().scenes.size(), 2);
        QVERIFY(editor()->collection().scene(kLiveScene));
        QVERIFY(m_window->session()->scenes().sceneSource(kLiveScene));
        QVERIFY(!m_window->session()->scenes().sceneSource(QStringLiteral("En direct")));
        QString error;
        QVERIFY(editor()->requestTakeToProgram(kLiveScene, &error));
        QCOMPARE(switcher()->programScene(), kLiveScene);
    }

    // The Overlays dock as a producer uses it: a switch takes the card off the video and back, the theme
    // choice is saved in the show, a flash sale with a bad price is refused in words, a good one goes on air
    // and Stop ends it.
    void overlaysDockDrivesWhatIsOnTheVideo()
    {
        auto* dock = m_window->findChild<OverlaysDock*>();
        QVERIFY(dock);
        dock->show();
        dock->raise();
        LiveShow* show = m_window->liveShow();
        OverlayLayer& layer = show->overlays();
        QCOMPARE(show->live().requestPin(QStringLiteral("MOUL-ART-01")), LiveState::PinResult::Pinned);
        QVERIFY(layer.isOnAir(OverlayKind::Card));
        auto* cardSwitch = dock->findChild<QCheckBox*>(QStringLiteral("overlaySwitch_card"));
        auto* cardState = dock->findChild<QLabel*>(QStringLiteral("overlayOnAir_card"));
        QVERIFY(cardSwitch && cardState);
        QVERIFY(cardSwitch->isChecked());
        QVERIFY(!cardState->text().isEmpty());
        cardSwitch->click();
        QVERIFY(!layer.isOnAir(OverlayKind::Card));
        QVERIFY(cardState->text().isEmpty());
        cardSwitch->click();
        QVERIFY(layer.isOnAir(OverlayKind::Card));

        auto* theme = dock->findChild<QComboBox*>(QStringLiteral("overlayTheme"));
        QCOMPARE(theme->currentData().toString(), QStringLiteral("studio"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("boutique")));
        Q_EMIT theme->activated(theme->currentIndex());
        QCOMPARE(show->store().document().overlayTheme.value(QStringLiteral("base")).toString(),
                 QStringLiteral("boutique"));
        QCOMPARE(layer.theme().name, QStringLiteral("boutique"));

        auto* price = dock->findChild<QLineEdit*>(QStringLiteral("flashPrice"));
        auto* product = dock->findChild<QComboBox*>(QStringLiteral("flashProduct"));
        auto* status = dock->findChild<QLabel*>(QStringLiteral("flashStatus"));
        product->setCurrentIndex(product->findData(QStringLiteral("CAFE-ETH-250")));
        price->setText(QStringLiteral("cheap"));
        QTest::mouseClick(dock->findChild<QPushButton*>(QStringLiteral("flashStart")), Qt::LeftButton);
        QVERIFY(!show->live().flashSale());
        QVERIFY(!status->text().isEmpty());
        price->setText(QStringLiteral("9,90"));
        QTest::mouseClick(dock->findChild<QPushButton*>(QStringLiteral("flashStart")), Qt::LeftButton);
        QVERIFY(show->live().flashSale());
        QCOMPARE(show->live().flashSale()->sku, QStringLiteral("CAFE-ETH-250"));
        QVERIFY(layer.isOnAir(OverlayKind::Flash));
        QTest::mouseClick(dock->findChild<QPushButton*>(QStringLiteral("flashStop")), Qt::LeftButton);
        QVERIFY(!show->live().flashSale());
        QVERIFY(!layer.isOnAir(OverlayKind::Flash));
    }

    // A scene's Overlays menu hides the card on that scene only, as an undoable edit saved in the show.
    void sceneOverlaysMenuHidesTheCardOnAScene()
    {
        LiveShow* show = m_window->liveShow();
        OverlayLayer& layer = show->overlays();
        QString error;
        QVERIFY2(show->takeScene(kLiveScene, &error), qPrintable(error));
        QVERIFY(layer.isOnAir(OverlayKind::Card));
        scenesDock()->setOverlayShown(kLiveScene, QStringLiteral("card"), false);
        QCOMPARE(show->store().document().scenes.scene(kLiveScene)->hiddenOverlays,
                 QStringList{QStringLiteral("card")});
        QVERIFY(!layer.isOnAir(OverlayKind::Card));
        editor()->undoStack()->undo();
        QVERIFY(show->store().document().scenes.scene(kLiveScene)->hiddenOverlays.isEmpty());
        QVERIFY(layer.isOnAir(OverlayKind::Card));
        show->live().unpin();
    }

    // Issue 14: a claim written in a chat the window reads reaches the Claims dock (a tab beside Products)
    // and the show's event log, through the live show the headless runner uses too.
    void chatClaimsReachTheClaimsDock()
    {
        LiveShow* show = m_window->liveShow();
        auto* dock = m_window->findChild<ClaimsDock*>();
        QVERIFY(dock);
        ChatMessage message;
        message.id = QStringLiteral("claim-1");
        message.platform = ChatPlatform::Twitch;
        message.author.id = QStringLiteral("42");
        message.author.name = QStringLiteral("Zoé");
        message.text = QStringLiteral("SOLD A2 2");
        show->chat().ingest(message);
        QCOMPARE(show->claims().claims().size(), 1);
        QCOMPARE(show->claims().claims().constFirst().sku, QStringLiteral("CAFE-ETH-250"));
        auto* claims = dock->findChild<QTreeWidget*>(QStringLiteral("claimsList"));
        QVERIFY(claims);
        QCOMPARE(claims->topLevelItemCount(), 1);
        QCOMPARE(claims->topLevelItem(0)->text(0), QStringLiteral("Zoé"));
        QVERIFY(show->events().isOpen());
        const QList<QJsonObject> events = EventLog::read(show->events().path());
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.constLast().value(QStringLiteral("type")).toString(), QStringLiteral("claim.accept"));
        QCOMPARE(show->store().document().product(QStringLiteral("CAFE-ETH-250"))->stock,
                 std::optional<int>(3));
    }

    // Issue 16: Show ▸ Producer remote… turns the remote on (a password made at once), serves the producer
    // page on the port chosen, says where it is, and turns it off again.
    void producerRemoteIsServedOnceEnabled()
    {
        QAction* open = m_window->findChild<QAction*>(QStringLiteral("showRemoteAction"));
        QVERIFY(open);
        open->trigger();
        RemoteDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<RemoteDialog*>()) && dialog->isVisible());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        dialog->findChild<QSpinBox*>(QStringLiteral("remotePort"))->setValue(port);
        auto* enabled = dialog->findChild<QCheckBox*>(QStringLiteral("remoteEnabled"));
        enabled->setChecked(true);
        auto* access = m_window->findChild<RemoteAccess*>();
        QVERIFY(access);
        QTRY_VERIFY2_WITH_TIMEOUT(access->control().isRunning(), qPrintable(access->status()), 40000);
        QCOMPARE(access->control().port(), port);
        QCOMPARE(access->password().size(), 16);
        const QString page = QStringLiteral("http://127.0.0.1:%1/remote").arg(port);
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("remoteAddresses"))->text().contains(page));
        if (const QString shots = qEnvironmentVariable("VITRINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots + QStringLiteral("/en"));
            dialog->grab().save(shots + QStringLiteral("/en/remote-dialog.png"));
        }
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(page)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("obsws.js"));
        delete reply;
        enabled->setChecked(false);
        QVERIFY(!access->control().isRunning());
        dialog->close();
    }

    // Issue 16: View ▸ Presenter view opens one presenter window on the running show (one screen here: a
    // window, not full screen); asked again, it raises the same one. Left open: the studio window's teardown
    // (its show goes before its child windows) must not reach it.
    void viewMenuOpensThePresenterView()
    {
        QAction* open = m_window->findChild<QAction*>(QStringLiteral("presenterViewAction"));
        QVERIFY(open);
        QCOMPARE(m_window->actions()->shortcut(QStringLiteral("view.presenter")),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QCOMPARE(m_window->liveShow()->live().requestPin(QStringLiteral("MOUL-ART-01")),
                 LiveState::PinResult::Pinned);
        open->trigger();
        auto* view = m_window->findChild<PresenterView*>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QVERIFY(view->isWindow());
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
                 QStringLiteral("Moulin à café Artisan"));
        open->trigger();
        QCOMPARE(m_window->findChildren<PresenterView*>().size(), 1);
        m_window->liveShow()->live().unpin(); // the tests after this one start with nothing pinned
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
                 PresenterView::tr("Nothing pinned"));
    }

    // Issue 12 item 1: Program says when it goes out of the studio: a red frame and "REC" while a recording
    // runs, in studio mode as on the single view, and nothing once it has stopped.
    void programShowsRecWhileRecording()
    {
        auto* program = m_window->findChild<ProgramView*>();
        QVERIFY(program && program->isVisible());
        QCOMPARE(program->onAir(), ProgramView::OnAir::Off);
        const auto redAtTheEdge = [program] {
            const QImage image = program->grab().toImage();
            const QColor pixel = image.pixelColor(1, image.height() / 2);
            return pixel.red() > 190 && pixel.green() < 80 && pixel.blue() < 80;
        };
        QVERIFY(!redAtTheEdge());
        Broadcast& broadcast = m_window->liveShow()->broadcast();
        QString error;
        QVERIFY2(broadcast.startRecording(m_dir.filePath(QStringLiteral("program-rec.mkv")), &error),
                 qPrintable(error));
        QTRY_COMPARE(program->onAir(), ProgramView::OnAir::Recording);
        QCOMPARE(program->onAirText(), QStringLiteral("REC"));
        QTRY_VERIFY(redAtTheEdge());
        m_window->setStudioMode(false); // the single view is the program alone: the frame goes with it
        QVERIFY(program->isVisible());
        QTRY_VERIFY(redAtTheEdge());
        m_window->setStudioMode(true);
        QTest::qWait(1000);
        broadcast.stopRecording();
        QTRY_VERIFY_WITH_TIMEOUT(!broadcast.isRecording(), 15000);
        QTRY_COMPARE(program->onAir(), ProgramView::OnAir::Off);
        QTRY_VERIFY(!redAtTheEdge());
    }

    void aReplyRefusedByThePlatformIsSaidInTheStatusBar()
    {
        // A reply to a YouTube question, with a token YouTube's API (a local server) refuses.
        ApiHttpServer server;
        server.serve(QStringLiteral("POST /youtube/v3/liveChat/messages"), 401,
                     R"({"error":{"code":401,"message":"Request had invalid authentication credentials."}})");
        ChatHub& chat = m_window->liveShow()->chat();
        chat.addConnector(new YouTubeConnector(QStringLiteral("CHATYT"), {}, QStringLiteral("ya29.OLD"),
                                               server.url(QStringLiteral("/youtube/v3"))));
        ChatMessage question;
        question.platform = ChatPlatform::YouTube;
        question.channel = QStringLiteral("CHATYT");
        question.id = QStringLiteral("y1");
        question.author.id = QStringLiteral("UCana");
        question.author.name = QStringLiteral("ana");
        question.text = QStringLiteral("Livraison en Belgique ?");
        question.platformTime = question.arrivalTime = QDateTime::currentDateTimeUtc();
        chat.ingest(question);
        QString error;
        QVERIFY(chat.sendReply(question.key(), QStringLiteral("@ana Oui, sous 3 jours"), &error));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(
            QStringLiteral("YouTube refused the token: it expired or was revoked — sign in again")));
        QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("ya29")));
    }

    void fileMenuRefusesABrokenShowThenOpensANewOneInAFreshStudio()
    {
        ShowFileMenu* files = m_window->fileMenu();
        QVERIFY(files);
        QStringList launched;
        files->setLauncher([&launched](const QString& path) {
            launched << path;
            return true;
        });
        QSignalSpy failures(files, &ShowFileMenu::failed);

        const QString broken = m_dir.filePath(QStringLiteral("broken.vitrine"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"vitrine-show\", \"version\": 2, \"scenes\": [");
        file.close();
        auto answerTheWarning = [] {
            QTimer::singleShot(300, [] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                    box->accept();
            });
        };
        answerTheWarning();
        QVERIFY(!files->requestOpen(broken));
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().first().toString().contains(QStringLiteral("broken.vitrine")));
        QVERIFY(m_window->isVisible()); // the current show stays open
        QVERIFY(launched.isEmpty());

        const QString created = m_dir.filePath(QStringLiteral("next show.vitrine"));
        QVERIFY(files->requestCreate(created));
        QCOMPARE(launched, QStringList{QFileInfo(created).absoluteFilePath()});
        QVERIFY(!m_window->isVisible()); // closed, its show saved, before the next studio starts
        QString error;
        const std::optional<ShowDocument> fresh = ShowDocument::load(created, &error);
        QVERIFY2(fresh, qPrintable(error));
        QCOMPARE(fresh->title, QStringLiteral("next show"));
        QCOMPARE(fresh->scenes.scenes.size(), 1);
        QCOMPARE(fresh->scenes.programScene, fresh->scenes.scenes.first().name);
        const QStringList recent = ShowFileMenu::recentShows();
        QCOMPARE(recent.value(0), QFileInfo(created).absoluteFilePath());
        QVERIFY(recent.contains(QFileInfo(m_showPath).absoluteFilePath()));
        answerTheWarning();
        QVERIFY(!files->requestCreate(created)); // never overwrites a show
        QCOMPARE(failures.size(), 2);
    }

    void closesWithTheShowIntact()
    {
        m_window->close();
        m_window.reset();
        QString error;
        const std::optional<ShowDocument> saved = ShowDocument::load(m_showPath, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->scenes.scenes.size(), 2);
        QVERIFY(saved->scenes.source(QStringLiteral("Pastille")));
        for (const SceneItemSpec& item : saved->scenes.scene(kLiveScene)->items)
            QVERIFY(item.source != QStringLiteral("Photo produit"));
        QFile session(m_showPath + QStringLiteral(".session"));
        QVERIFY(session.open(QIODevice::ReadOnly));
        QVERIFY(session.readAll().contains("\"clean\": true"));
    }
};

int main(int argc, char** argv)
{
    // Settings of this run only (window state, shortcuts, transition), not the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QCoreApplication::setOrganizationName(QStringLiteral("VitrineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("window_test"));
    QApplication app(argc, argv);
    WindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "WindowTest.moc"
