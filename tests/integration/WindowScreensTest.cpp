// Screenshots of the studio window on the demo show (studio mode: the product scene in preview, the live
// scene on air), saved as PNGs in the test output folder; the previews must show the scenes' pixels.
#include "MainWindow.h"
#include "scene/ProgramSwitcher.h"
#include "session/StudioSession.h"
#include "widgets/ObsDisplay.h"
#include "widgets/ProgramView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "Theme.h"

using namespace vitrine;

namespace {

// Share of sampled pixels in a widget's area of the screenshot that match a colour (±tolerance).
double share(const QImage& shot, const QRect& area, QRgb colour, int tolerance)
{
    int matching = 0;
    int total = 0;
    for (int y = area.top(); y < area.bottom(); y += 3) {
        for (int x = area.left(); x < area.right(); x += 3) {
            const QRgb pixel = shot.pixel(x, y);
            ++total;
            if (std::abs(qRed(pixel) - qRed(colour)) <= tolerance &&
                std::abs(qGreen(pixel) - qGreen(colour)) <= tolerance &&
                std::abs(qBlue(pixel) - qBlue(colour)) <= tolerance)
                ++matching;
        }
    }
    return total == 0 ? 0.0 : static_cast<double>(matching) / total;
}

} // namespace

class WindowScreensTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QImage grab() const
    {
        // The whole window from the X server, native libobs views included.
        QScreen* screen = m_window->screen();
        const QRect frame = m_window->frameGeometry();
        return screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).toImage();
    }

    QRect areaOf(const QString& name) const
    {
        QRectF canvas;
        QWidget* display = m_window->findChild<QWidget*>(name);
        if (auto* obs = qobject_cast<ObsDisplay*>(display))
            canvas = obs->canvasRect();
        else if (auto* program = qobject_cast<ProgramView*>(display))
            canvas = program->frameRect();
        const QPoint topLeft = display->mapTo(m_window.get(), canvas.topLeft().toPoint()) +
                               (m_window->geometry().topLeft() - m_window->frameGeometry().topLeft());
        return QRect(topLeft, canvas.size().toSize()).adjusted(4, 4, -4, -4);
    }

    void shootAndCheck(const QString& name)
    {
        // Give libobs a few frames at the final size.
        QTest::qWait(1500);
        const QImage shot = grab();
        QVERIFY(!shot.isNull());
        const QString path = QDir(QStringLiteral(VITRINE_TEST_OUTPUT_DIR)).filePath(name);
        QVERIFY(shot.save(path));
        qInfo("saved %s", qPrintable(path));
        // Program: the live scene, whose camera is SMPTE bars (yellow, cyan…). Preview: the product scene on
        // its beige background.
        const double yellow = share(shot, areaOf(QStringLiteral("programDisplay")), qRgb(255, 255, 0), 60);
        const double beige = share(shot, areaOf(QStringLiteral("previewDisplay")), qRgb(244, 237, 228), 12);
        qInfo("program yellow %.3f, preview beige %.3f", yellow, beige);
        QVERIFY2(yellow > 0.04, "the program view does not show the live scene's test bars");
        QVERIFY2(beige > 0.25, "the preview does not show the product scene");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(QStringLiteral(VITRINE_TEST_OUTPUT_DIR));
        const QString show = m_dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), show));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/grinder.png"),
                            m_dir.filePath(QStringLiteral("grinder.png"))));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openShow(show));
        m_window->setStudioMode(true);
        m_window->session()->switcher()->setPreviewScene(QStringLiteral("Produit plein écran"));
        m_window->setGeometry(20, 40, 1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->firstProgramFrameMs() >= 0, 20000);
        qInfo("first program frame after %lld ms (from process start)", m_window->firstProgramFrameMs());
    }

    void darkStudioMode()
    {
        applyTheme(*qApp, Theme::Dark);
        shootAndCheck(QStringLiteral("window-studio-dark.png"));
    }

    void lightStudioMode()
    {
        applyTheme(*qApp, Theme::Light);
        shootAndCheck(QStringLiteral("window-studio-light.png"));
    }

    void singleView()
    {
        m_window->setStudioMode(false);
        QTest::qWait(1000);
        const QImage shot = grab();
        QVERIFY(shot.save(
            QDir(QStringLiteral(VITRINE_TEST_OUTPUT_DIR)).filePath(QStringLiteral("window-single.png"))));
        const double yellow = share(shot, areaOf(QStringLiteral("programDisplay")), qRgb(255, 255, 0), 60);
        QVERIFY2(yellow > 0.04, "the single view does not show the program");
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_window.reset();
    }
};

int main(int argc, char** argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QCoreApplication::setOrganizationName(QStringLiteral("VitrineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("window_screens"));
    QApplication app(argc, argv);
    WindowScreensTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "WindowScreensTest.moc"
