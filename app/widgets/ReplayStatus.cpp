#include "widgets/ReplayStatus.h"

#include "dialogs/ReplayReviewWindow.h"

#include "output/Broadcast.h"
#include "replay/ReplayFinisher.h"
#include "runtime/LiveShow.h"
#include "show/EventLog.h"
#include "show/ShowStore.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>

namespace vitrine {

ReplayStatus::ReplayStatus(LiveShow* show, QWidget* parent)
    : QWidget(parent), m_show(show), m_job(new ReplayJob(this)), m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this)), m_makeClips(new QToolButton(this)),
      m_review(new QToolButton(this))
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
    m_makeClips->setObjectName(QStringLiteral("makeClips"));
    m_makeClips->setText(tr("Make clips"));
    m_makeClips->setToolTip(
        tr("Cut one clip per product chapter of the last replay, with a thumbnail per chapter, "
           "for social posts"));
    layout->addWidget(m_makeClips);
    m_review->setObjectName(QStringLiteral("reviewReplay"));
    m_review->setText(tr("Review…"));
    m_review->setToolTip(tr("Watch the last replay with its product chapters and export its clips"));
    layout->addWidget(m_review);
    // No taller than a line of the status bar (it counts hidden widgets in its height).
    const int lineHeight = m_label->sizeHint().height();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_progress, m_cancel, m_makeClips, m_review})
        widget->setMaximumHeight(lineHeight);
    m_cancel->setAutoRaise(true);
    m_makeClips->setAutoRaise(true);
    m_review->setAutoRaise(true);
    m_review->hide();
    hide();
    connect(m_review, &QToolButton::clicked, this, [this] {
        if (!m_lastReplay.isEmpty())
            ReplayReviewWindow::open(m_lastReplay, m_show->events().path(), &m_show->store().document(),
                                     window());
    });
    // A click cuts at keyframes (fast); the button's menu offers the exact cut.
    auto* clipsMenu = new QMenu(m_makeClips);
    QAction* exact = clipsMenu->addAction(tr("Exact cut (re-encode, slower)"));
    exact->setObjectName(QStringLiteral("makeExactClips"));
    exact->setToolTip(tr("Start and end each clip on the chapter's own frames by re-encoding it"));
    m_makeClips->setMenu(clipsMenu);
    m_makeClips->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_makeClips, &QToolButton::clicked, this, [this] { makeClips(ReplayFinisher::Cut::Keyframes); });
    connect(exact, &QAction::triggered, this, [this] { makeClips(ReplayFinisher::Cut::Exact); });
    connect(m_job, &ReplayJob::clipsFinished, this, &ReplayStatus::onClipsFinished);
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
    showBusy(tr("Making the replay…"));
    m_making = file.absoluteFilePath();
    m_job->start(file.absoluteFilePath(), m_show->events().path(), &m_show->store().document());
    return true;
}

void ReplayStatus::makeClips(ReplayFinisher::Cut cut)
{
    if (m_lastRecording.isEmpty() || m_job->isRunning())
        return;
    showBusy(tr("Cutting the clips…"));
    m_job->startClips(m_lastRecording, m_show->events().path(), &m_show->store().document(), cut);
}

void ReplayStatus::offerUnfinishedReplay()
{
    if (!m_show->events().isOpen())
        return;
    const QString recording = ReplayFinisher::unfinishedRecording(m_show->events().path());
    if (recording.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        window(), tr("Finish the replay?"),
        tr("The recording %1 was cut short when Vitrine stopped unexpectedly. It still plays. Make its "
           "replay "
           "(MP4 with product chapters and the shoppable manifest) from what was recorded?")
            .arg(QFileInfo(recording).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        finish(recording);
}

void ReplayStatus::showBusy(const QString& text)
{
    m_label->setText(text);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_makeClips->hide();
    m_review->hide();
    show();
}

void ReplayStatus::onFinished(bool ok, const QString& error, const ReplayFiles& files)
{
    hide();
    if (!ok) {
        Q_EMIT message(error);
        return;
    }
    // Stays in the status bar, offering the clips of this replay.
    m_lastRecording = m_making;
    m_lastReplay = files.mp4;
    m_label->setText(tr("Replay ready: %1").arg(QFileInfo(files.mp4).fileName()));
    m_label->setToolTip(QDir::toNativeSeparators(files.mp4));
    m_progress->hide();
    m_cancel->hide();
    m_makeClips->show();
    m_review->show();
    show();
    Q_EMIT message(tr("Replay ready: %1, with its product chapters and shoppable manifest.")
                       .arg(QFileInfo(files.mp4).fileName()));
    Q_EMIT replayReady(files.mp4);
}

void ReplayStatus::onClipsFinished(bool ok, const QString& error, const ReplayFiles& files)
{
    m_progress->hide();
    m_cancel->hide();
    m_makeClips->show();
    m_review->show();
    m_label->setText(ok ? tr("Clips ready") : tr("No clips"));
    if (!ok) {
        Q_EMIT message(error);
        return;
    }
    Q_EMIT message(tr("Clips and thumbnails ready in %1.").arg(QDir::toNativeSeparators(files.clips)));
    Q_EMIT clipsReady(files.clips);
}

} // namespace vitrine
