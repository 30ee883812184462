// The replay as the window's user reaches it (issue 15): after a crash cut a recording short, the next start
// offers to finish its replay; yes makes it (status bar: "Replay ready", Review…, Make clips); Review… opens
// the review window on it; Show ▸ Review a replay… opens one chosen in the file dialog. Real libobs (the demo
// show) under Xvfb, a real MKV made by ffmpeg, real remux.
#include "MainWindow.h"
#include "dialogs/ReplayReviewWindow.h"
#include "replay/ReplayFinisher.h"
#include "widgets/ReplayStatus.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace vitrine;

namespace {

QJsonObject record(const QString& type, int recordingMs, const QJsonObject& fields = {})
{
    QJsonObject object = fields;
    object.insert(QStringLiteral("type"), type);
    object.insert(QStringLiteral("recordingMs"), recordingMs);
    object.insert(QStringLiteral("utc"), QStringLiteral("2026-12-05T19:00:00.000Z"));
    return object;
}

// Runs `act` on the next modal widget of type T that shows up (a question, a file dialog).
template <typename T> void whenModal(const std::function<void(T*)>& act, int attempts = 200)
{
    QTimer::singleShot(50, qApp, [act, attempts] {
        if (auto* modal = qobject_cast<T*>(QApplication::activeModalWidget()))
            act(modal);
        else if (attempts > 0)
            whenModal<T>(act, attempts - 1);
    });
}

ReplayReviewWindow* openReview()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* review = qobject_cast<ReplayReviewWindow*>(widget); review && review->isVisible())
            return review;
    return nullptr;
}

} // namespace

class WindowReplayTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_showPath;
    QString m_mkv;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        if (ffmpeg.isEmpty())
            QSKIP("ffmpeg is not installed");
        m_showPath = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), m_showPath));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                            m_dir.filePath(QStringLiteral("grinder.png"))));
        // What a crash leaves: the recording, and the show's log with its start but no stop.
        m_mkv = m_dir.filePath(QStringLiteral("live.mkv"));
        QProcess process;
        process.start(ffmpeg,
                      {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                       QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                       QStringLiteral("testsrc2=size=640x360:rate=30"), QStringLiteral("-t"),
                       QStringLiteral("6"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                       QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-g"),
                       QStringLiteral("30"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), m_mkv});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QFile log(m_showPath + QStringLiteral(".events.jsonl"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        for (const QJsonObject& line :
             {record(QStringLiteral("recording.start"), 0, {{QStringLiteral("path"), m_mkv}}),
              record(QStringLiteral("product.pin"), 1500,
                     {{QStringLiteral("sku"), QStringLiteral("MOUL-ART-01")},
                      {QStringLiteral("title"), QStringLiteral("Moulin à café Artisan")}}),
              record(QStringLiteral("product.pin"), 3500,
                     {{QStringLiteral("sku"), QStringLiteral("CAFE-ETH-250")},
                      {QStringLiteral("title"), QStringLiteral("Café d’Éthiopie Yirgacheffe 250 g")}})})
            log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        log.close();
        QCOMPARE(ReplayFinisher::unfinishedRecording(log.fileName()), m_mkv);
        QSettings().clear();
    }

    void cleanupTestCase()
    {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (qobject_cast<ReplayReviewWindow*>(widget))
                widget->close();
        m_window.reset();
    }

    void offersToFinishTheReplayACrashCutShort()
    {
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox* box) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openShow(m_showPath));
        m_window->resize(1400, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(question.contains(QStringLiteral("live.mkv")), 20000);

        auto* status = m_window->findChild<ReplayStatus*>();
        QVERIFY(status);
        auto* review = status->findChild<QToolButton*>(QStringLiteral("reviewReplay"));
        QTRY_VERIFY_WITH_TIMEOUT(review->isVisible(), 60000);
        QVERIFY(status->findChild<QToolButton*>(QStringLiteral("makeClips"))->isVisible());
        const ReplayFiles files = ReplayFiles::besides(m_mkv);
        QVERIFY(QFileInfo::exists(files.mp4));
        QVERIFY(QFileInfo::exists(files.manifest));
        QVERIFY(QFileInfo::exists(m_mkv)); // the recording stays
        // Finished: nothing is offered again at the next start.
        QVERIFY(ReplayFinisher::unfinishedRecording(m_showPath + QStringLiteral(".events.jsonl")).isEmpty());
    }

    void reviewOpensTheReplayWithItsChapters()
    {
        auto* review =
            m_window->findChild<ReplayStatus*>()->findChild<QToolButton*>(QStringLiteral("reviewReplay"));
        QVERIFY(review);
        review->click();
        QTRY_VERIFY_WITH_TIMEOUT(openReview() != nullptr, 10000);
        ReplayReviewWindow* window = openReview();
        QVERIFY2(window->problem().isEmpty(), qPrintable(window->problem()));
        QVERIFY(window->windowTitle().contains(QStringLiteral("live.mp4")));
        QVERIFY(window->chapterList()->count() >= 2); // the two pins' chapters
        window->close();
        QTRY_VERIFY(openReview() == nullptr);
    }

    void showMenuReviewsAReplayChosenInTheFileDialog()
    {
        const QString mp4 = ReplayFiles::besides(m_mkv).mp4;
        whenModal<QFileDialog>([mp4](QFileDialog* dialog) {
            // As a user types the path and presses Enter.
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(mp4);
            QTest::keyClick(name, Qt::Key_Return);
        });
        auto* action = m_window->findChild<QAction*>(QStringLiteral("showReviewReplayAction"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(openReview() != nullptr, 10000);
        QVERIFY2(openReview()->problem().isEmpty(), qPrintable(openReview()->problem()));
        openReview()->close();
    }
};

QTEST_MAIN(WindowReplayTest)
#include "WindowReplayTest.moc"
