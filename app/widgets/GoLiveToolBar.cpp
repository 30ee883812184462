#include "widgets/GoLiveToolBar.h"

#include "dialogs/DestinationsDialog.h"
#include "output/Broadcast.h"
#include "output/LiveFigures.h"
#include "runtime/LiveShow.h"
#include "widgets/GoLiveBar.h"

#include <QAction>
#include <QEventLoop>
#include <QMessageBox>
#include <QTimer>

namespace vitrine {

GoLiveToolBar::GoLiveToolBar(LiveShow* show, QWidget* parent)
    : QToolBar(tr("Go live"), parent), m_show(show),
      m_bar(new GoLiveBar(&show->broadcast(), &show->figures(), this))
{
    setObjectName(QStringLiteral("goLiveToolBar"));
    setMovable(false);
    m_show->figures().start(1000);
    connect(m_bar, &GoLiveBar::message, this, &GoLiveToolBar::message);
    connect(m_bar, &GoLiveBar::destinationsRequested, this, &GoLiveToolBar::openDestinations);
    addWidget(m_bar);
    QAction* destinations = addAction(tr("Destinations…"));
    destinations->setObjectName(QStringLiteral("destinationsAction"));
    destinations->setToolTip(tr("Where the live goes, and the stream keys (kept in the system keychain)"));
    connect(destinations, &QAction::triggered, this, &GoLiveToolBar::openDestinations);
}

void GoLiveToolBar::openDestinations()
{
    // Also while live: a destination added or enabled starts, one disabled or removed stops, the others go
    // on.
    DestinationsDialog dialog(&m_show->store(), &m_show->keys(), this);
    dialog.exec();
}

bool GoLiveToolBar::confirmStopForClose()
{
    if (!m_show->isOnAir())
        return true;
    // Name what runs: a producer who only records must not read that a live will stop.
    const bool live = m_show->broadcast().isActive();
    const bool recording = m_show->broadcast().isRecording();
    QString title = tr("Stop the live and quit?");
    QString text = tr("The live is running. Stop it cleanly and quit?");
    if (live && recording)
        text = tr("The live and the recording are running. Stop both cleanly and quit?");
    else if (recording) {
        title = tr("Stop the recording and quit?");
        text = tr("The recording is running. Stop it cleanly (the file stays playable) and quit?");
    }
    const auto answer =
        QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    // Outputs stop on their threads; wait here (bounded) so the ingest and the file get a clean end.
    Broadcast& broadcast = m_show->broadcast();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto done = [this, &loop] {
        if (!m_show->isOnAir())
            loop.quit();
    };
    connect(&broadcast, &Broadcast::stateChanged, &loop, done);
    connect(&broadcast, &Broadcast::recordingChanged, &loop, done);
    broadcast.stopLive();
    broadcast.stopRecording();
    timeout.start(Broadcast::kStopTimeoutMs + 1000);
    if (m_show->isOnAir())
        loop.exec();
    return true;
}

} // namespace vitrine
