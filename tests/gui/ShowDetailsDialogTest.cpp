#include "dialogs/ShowDetailsDialog.h"
#include "show/ShowDocument.h"
#include "show/ShowStore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

// The show's details edited as a producer would: what OK keeps reaches the show file; a bad replay address
// or an empty title is refused with the reason, and nothing is written.
class ShowDetailsDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editsReachTheShowFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.vitrine"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ShowStore store;
        QString error;
        QVERIFY2(store.open(path, &error, false), qPrintable(error));

        ShowDetailsDialog dialog(&store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("showTitle"));
        auto* replay = dialog.findChild<QLineEdit*>(QStringLiteral("showReplayUrl"));
        auto* delivery = dialog.findChild<QPlainTextEdit*>(QStringLiteral("showDelivery"));
        auto* locale = dialog.findChild<QComboBox*>(QStringLiteral("showLocale"));
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("showDetailsProblem"));
        QVERIFY(title && replay && delivery && locale && problem);
        QCOMPARE(locale->currentData().toString(), QStringLiteral("fr_FR")); // the demo's
        QVERIFY(delivery->toPlainText().startsWith(QStringLiteral("Livraison offerte")));

        replay->setText(QStringLiteral("ftp://replay.example/show"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("https://")),
                 qPrintable(problem->text()));
        title->clear();
        replay->setText(QStringLiteral("https://boutique.example/replay"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("title")));

        title->setText(QStringLiteral("  Les moulins du samedi "));
        dialog.findChild<QLineEdit*>(QStringLiteral("showHosts"))->setText(QStringLiteral("Camille, , Noé"));
        delivery->setPlainText(QStringLiteral("Livraison en Belgique\nsous 72 h"));
        locale->setCurrentIndex(locale->findData(QStringLiteral("fr_BE")));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QVERIFY(store.flush());
        const std::optional<ShowDocument> saved = ShowDocument::load(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->title, QStringLiteral("Les moulins du samedi"));
        QCOMPARE(saved->hosts, (QStringList{QStringLiteral("Camille"), QStringLiteral("Noé")}));
        QCOMPARE(saved->replayUrl, QStringLiteral("https://boutique.example/replay"));
        QCOMPARE(saved->deliveryInfo, QStringLiteral("Livraison en Belgique sous 72 h"));
        QCOMPARE(saved->locale, QStringLiteral("fr_BE"));
        QCOMPARE(saved->products.size(), store.document().products.size()); // the rest untouched
    }
};

QTEST_MAIN(ShowDetailsDialogTest)
#include "ShowDetailsDialogTest.moc"
