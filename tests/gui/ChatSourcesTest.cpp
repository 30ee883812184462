// The Chats dialog as a presenter meets it (issue 12): paste the address of a live or a channel as the
// browser shows it, see a friendly row, get a clear reason for what cannot be read, remove a row; then
// through the chat dock, the pasted address is saved as its spec and connected (here refused for want of a
// YouTube key, which the dock says, without any network).

#include "chat/ChatSources.h"
#include "chat/ChatHub.h"
#include "dialogs/ChatSourcesDialog.h"
#include "docks/ChatDock.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace vitrine;

namespace {

QStringList rows(const QListWidget* list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

void paste(QWidget* dialog, const QString& text)
{
    auto* entry = dialog->findChild<QLineEdit*>(QStringLiteral("chatSourceEntry"));
    entry->clear();
    QTest::keyClicks(entry, text);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chatSourceAdd")), Qt::LeftButton);
}

} // namespace

class ChatSourcesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No token of any platform: nothing here may reach the network.
        for (const char* name : {"VITRINE_TWITCH_TOKEN", "VITRINE_TWITCH_LOGIN", "VITRINE_YOUTUBE_TOKEN",
                                 "VITRINE_YOUTUBE_API_KEY", "VITRINE_FACEBOOK_TOKEN"})
            qunsetenv(name);
    }

    void pastedAddressesBecomeFriendlyRows()
    {
        ChatSourcesDialog dialog({QStringLiteral("youtube:Cg0KC2FiY2RlZmdoaWpr"),
                                  QStringLiteral("twitch:maisonmoulin@ws://127.0.0.1:1")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("chatSourceList"));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("chatSourceMessage"));
        auto* entry = dialog.findChild<QLineEdit*>(QStringLiteral("chatSourceEntry"));
        QCOMPARE(rows(list),
                 (QStringList{QStringLiteral("YouTube — live chat Cg0KC2FiY2RlZmdoaWpr"),
                              QStringLiteral("Twitch — channel maisonmoulin at ws://127.0.0.1:1")}));

        paste(&dialog, QStringLiteral("https://www.youtube.com/@MaisonMoulin/live"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(2)->text(), QStringLiteral("YouTube — current live of @MaisonMoulin"));
        QCOMPARE(list->currentRow(), 2);
        QVERIFY(entry->text().isEmpty());
        QVERIFY(message->text().isEmpty());

        paste(&dialog, QStringLiteral("youtu.be/dQw4w9WgXcQ"));
        paste(&dialog, QStringLiteral("https://www.facebook.com/maisonmoulin/videos/1234567890123456/"));
        paste(&dialog, QStringLiteral("https://www.twitch.tv/boutique_lea"));
        QCOMPARE(rows(list).mid(3), (QStringList{QStringLiteral("YouTube — live video dQw4w9WgXcQ"),
                                                 QStringLiteral("Facebook — live video 1234567890123456"),
                                                 QStringLiteral("Twitch — channel boutique_lea")}));
        QCOMPARE(dialog.specs(), (QStringList{QStringLiteral("youtube:Cg0KC2FiY2RlZmdoaWpr"),
                                              QStringLiteral("twitch:maisonmoulin@ws://127.0.0.1:1"),
                                              QStringLiteral("youtube:handle=MaisonMoulin"),
                                              QStringLiteral("youtube:video=dQw4w9WgXcQ"),
                                              QStringLiteral("facebook:1234567890123456"),
                                              QStringLiteral("twitch:boutique_lea")}));

        // The same live pasted again, from another kind of address.
        paste(&dialog, QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3s"));
        QCOMPARE(message->text(), QStringLiteral("This chat is already in the list."));
        QCOMPARE(list->count(), 6);

        // What cannot be read is said, and the paste stays in the box to be corrected.
        paste(&dialog, QStringLiteral("https://fb.watch/abcDEF123/"));
        QVERIFY2(message->text().startsWith(QStringLiteral("Not added: fb.watch short links")),
                 qPrintable(message->text()));
        QCOMPARE(entry->text(), QStringLiteral("https://fb.watch/abcDEF123/"));
        paste(&dialog, QStringLiteral("https://vimeo.com/76979871"));
        QCOMPARE(message->text(), QStringLiteral("Not added: “https://vimeo.com/76979871” is not a YouTube, "
                                                 "Twitch or Facebook address."));
        QCOMPARE(list->count(), 6);

        list->setCurrentRow(1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chatSourceRemove")), Qt::LeftButton);
        QCOMPARE(list->count(), 5);
        QVERIFY(!dialog.specs().contains(QStringLiteral("twitch:maisonmoulin@ws://127.0.0.1:1")));
    }

    void theDockSavesAndConnectsAPastedLive()
    {
        ChatSources{}.save();
        ChatHub hub;
        ChatDock dock(&hub);
        dock.resize(420, 500);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));

        bool drove = false;
        QTimer::singleShot(0, this, [&drove] {
            auto* dialog = qobject_cast<ChatSourcesDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            paste(dialog, QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
            QCOMPARE(dialog->findChild<QListWidget*>(QStringLiteral("chatSourceList"))->count(), 1);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            drove = true;
        });
        QTest::mouseClick(dock.findChild<QPushButton*>(QStringLiteral("chatSources")), Qt::LeftButton);
        QVERIFY(drove);
        QCOMPARE(ChatSources::load().specs, QStringList{QStringLiteral("youtube:video=dQw4w9WgXcQ")});
        // Without a YouTube key the chat cannot connect, and the dock says why.
        QVERIFY(hub.connectors().isEmpty());
        auto* status = dock.findChild<QLabel*>(QStringLiteral("chatStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("VITRINE_YOUTUBE_API_KEY")),
                 qPrintable(status->text()));
        ChatSources{}.save();
    }
};

QTEST_MAIN(ChatSourcesTest)
#include "ChatSourcesTest.moc"
