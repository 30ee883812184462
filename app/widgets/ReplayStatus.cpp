#include "widgets/ReplayStatus.h"

#include "output/Broadcast.h"
#include "replay/ReplayFinisher.h"
#include "runtime/LiveShow.h"
#include "show/EventLog.h"
#include "show/ShowStore.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace vitrine {

ReplayStatus::ReplayStatus(LiveShow* show, QWidget* parent)
    : QWidget(parent), m_show(show), m_job(new ReplayJob(this)), m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("replayStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setText(tr("Making the replay…"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop making the replay; the recording stays as it is"));
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QToolButton::clicked, m_job, &ReplayJob::cancel);
    connect(m_job, &ReplayJob::progressed, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(fraction * 100)); });
    connect(m_job, &ReplayJob::finished, this, &ReplayStatus::onFinished);
    Broadcast* broadcast = &show->broadcast();
    connect(broadcast, &Broadcast::recordingChanged, this, [this, broadcast](bool recording) {
        if (!recording && !broadcast->recordingPath().isEmpty())
            finish(broadcast->recordingPath());
    });
}

bool ReplayStatus::finish(const QString& recordingPath)
{
    const QFileInfo file(recordingPath);
    // An MP4 recording has no second chance after a crash and is its own replay; nothing to do.
    if (m_job->isRunning() || !file.exists() || file.size() == 0 || !m_show->events().isOpen() ||
        ReplayFiles::besides(recordingPath).mp4 == file.absoluteFilePath())
        return false;
    m_progress->setValue(0);
    show();
    m_job->start(file.absoluteFilePath(), m_show->events().path(), &m_show->store().document());
    return true;
}

void ReplayStatus::onFinished(bool ok, const QString& error, const ReplayFiles& files)
{
    hide();
    if (!ok) {
        Q_EMIT message(error);
        return;
    }
    Q_EMIT message(tr("Replay ready: %1, with its product chapters and shoppable manifest.")
                       .arg(QFileInfo(files.mp4).fileName()));
    Q_EMIT replayReady(files.mp4);
}

} // namespace vitrine
