// Helper process for ShowStoreTest's crash test: opens a show, pins a product, starts a promo, advances the
// run-of-show, then edits the show in a tight burst, printing "edit N" after each edit, until it is killed.
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString path = QCoreApplication::arguments().value(1);
    vitrine::ShowStore store;
    QString error;
    if (!store.open(path, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    vitrine::EventLog log;
    (void)log.open(path + QStringLiteral(".events.jsonl"), &error);
    vitrine::LiveState live(&store.document(), &log);
    QObject::connect(&live, &vitrine::LiveState::changed, &store,
                     [&] { store.setSessionState(live.snapshot()); });
    live.requestNextSegment(); // pins the segment's product
    live.requestStartPromo(QStringLiteral("LIVE10"));

    int edits = 0;
    QTimer burst;
    QObject::connect(&burst, &QTimer::timeout, [&] {
        ++edits;
        store.update(
            [edits](vitrine::ShowDocument& show) { show.title = QStringLiteral("edit %1").arg(edits); });
        QTextStream(stdout) << "edit " << edits << Qt::endl;
    });
    burst.start(10);
    return QCoreApplication::exec();
}
