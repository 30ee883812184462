#include "StudioView.h"

#include "OverlayLayer.h"
#include "output/Broadcast.h"
#include "runtime/LiveShow.h"
#include "runtime/VerticalProgram.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"
#include "scene/SceneGraph.h"
#include "session/StudioSession.h"
#include "widgets/PreviewDisplay.h"
#include "widgets/ProgramView.h"
#include "widgets/TransitionPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vitrine {

StudioView::StudioView(ProgramView* program, LiveShow* show, SceneEditor* editor, QWidget* parent)
    : QWidget(parent), m_show(show), m_program(program)
{
    StudioSession& studio = m_show->studio();
    ProgramSwitcher* switcher = studio.switcher();
    m_preview = new PreviewDisplay(editor, &studio.scenes(), switcher, this);
    m_preview->setObjectName(QStringLiteral("previewDisplay"));
    // Studio mode shows the on-air overlays over Preview as over Program: what Take will put on air.
    // Only while the layer is attached: an idle layer costs Preview nothing, as it costs Program nothing.
    OverlayLayer& overlays = m_show->overlays();
    m_preview->setOverlay(overlays.isAttached() ? overlays.layerSource() : nullptr);
    connect(&overlays, &OverlayLayer::attachedChanged, m_preview, [this, &overlays](bool attached) {
        m_preview->setOverlay(attached ? overlays.layerSource() : nullptr);
    });
    // Views are the main cost of the window on machines without a GPU. The program is painted by Qt from
    // the frames libobs converts for the encoders (nothing on the graphics thread); the preview, which must
    // render the edited scene, is presented at half the canvas rate there (15 fps is enough to edit by;
    // what goes on air keeps the canvas rate). With a GPU both follow the canvas and only the preview's
    // scene is rendered at half rate.
    const int divisor = studio.engine().viewFrameDivisor();
    m_program->setFrameDivisor(divisor);
    m_preview->setPresentDivisor(divisor);
    m_preview->setSourceRateDivisor(divisor > 1 ? 1 : 2);
    // The program gets the first frame: the preview's display is created once the program has drawn.
    m_preview->setCreationDeferred(true);
    connect(m_program, &ProgramView::firstFrameDrawn, m_preview,
            [this] { m_preview->setCreationDeferred(false); });
    // A new canvas resets libobs's video: the program view lets go of its frames meanwhile.
    connect(m_show, &LiveShow::videoAboutToReset, m_program, &ProgramView::suspendFrames);
    connect(m_show, &LiveShow::videoReset, m_program, &ProgramView::resumeFrames);

    auto labelled = [this](QWidget* display, const QString& title) {
        auto* column = new QWidget(this);
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(title, column);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        layout->addWidget(display, 1);
        return column;
    };
    m_previewColumn = labelled(m_preview, tr("Preview"));
    m_transitions = new TransitionPanel(editor, switcher, this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_previewColumn, 1);
    layout->addWidget(m_transitions);
    layout->addWidget(labelled(m_program, tr("Program")), 1);
    // Painted from the vertical encoder's frames, as Program is from the landscape one's: no second render.
    m_verticalProgram = new ProgramView(this);
    m_verticalProgram->setObjectName(QStringLiteral("verticalProgram"));
    m_verticalProgram->setMinimumSize(90, 160);
    m_verticalProgram->setFrameDivisor(divisor);
    // libobs gives a view's frames only while its encoder runs: a live to a vertical destination, or a
    // recording.
    m_verticalProgram->setPlaceholder(tr("The vertical program shows here while it is live or recorded."));
    m_verticalColumn = labelled(m_verticalProgram, tr("Vertical 9:16"));
    m_verticalColumn->setVisible(false);
    layout->addWidget(m_verticalColumn, 0);
    connect(m_show, &LiveShow::verticalCanvasChanged, this, &StudioView::showVerticalProgram);
    showVerticalProgram(m_show->vertical() != nullptr);

    connect(switcher, &ProgramSwitcher::studioModeChanged, this, &StudioView::setStudioMode);
    connect(switcher, &ProgramSwitcher::previewSceneChanged, this, &StudioView::updatePreviewSource);
    connect(switcher, &ProgramSwitcher::programSceneChanged, this, &StudioView::updatePreviewSource);
    connect(editor, &SceneEditor::collectionChanged, this, &StudioView::updatePreviewSource);

    Broadcast& broadcast = m_show->broadcast();
    connect(&broadcast, &Broadcast::stateChanged, this, &StudioView::updateOnAir);
    connect(&broadcast, &Broadcast::recordingChanged, this, &StudioView::updateOnAir);
    connect(&broadcast, &Broadcast::recordingStarted, this, &StudioView::updateOnAir);
    updateOnAir();
}

void StudioView::updateOnAir()
{
    const Broadcast& broadcast = m_show->broadcast();
    // A live is on air once a destination is (stopping still sends); a recording from when it is asked for.
    const bool live =
        broadcast.state() == Broadcast::State::Live || broadcast.state() == Broadcast::State::Stopping;
    m_program->setOnAir(live                      ? ProgramView::OnAir::Live
                        : broadcast.isRecording() ? ProgramView::OnAir::Recording
                                                  : ProgramView::OnAir::Off);
    m_verticalProgram->setOnAir(m_program->onAir());
}

void StudioView::showVerticalProgram(bool canvasOn)
{
    // Off: the canvas is about to go (this runs before it does), so the view lets go of its frames first.
    VerticalProgram* vertical = canvasOn ? m_show->vertical() : nullptr;
    video_t* video = vertical ? vertical->video() : nullptr;
    if (video != m_verticalVideo) {
        m_verticalVideo = video;
        m_verticalProgram->setVideo(video);
    }
    m_verticalColumn->setVisible(video && m_studioMode);
}

void StudioView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The vertical program at 9:16, as tall as Program can be at 16:9 beside it, and never more than a fifth
    // of the width: the landscape program stays the main picture.
    const int besideProgram = width() / 5;
    m_verticalProgram->setFixedWidth(std::max(90, std::min((height() - 40) * 9 / 16, besideProgram)));
}

void StudioView::setStudioMode(bool on)
{
    m_studioMode = on;
    showVerticalProgram(m_show->vertical() != nullptr);
    m_previewColumn->setVisible(on);
    m_transitions->setVisible(on);
    updatePreviewSource();
}

void StudioView::updatePreviewSource()
{
    ProgramSwitcher* switcher = m_show->studio().switcher();
    // The same scene as on air: draw libobs's finished frame rather than rendering the scene a second time.
    const QString preview = switcher->previewScene();
    m_preview->setSource(
        preview == switcher->programScene() ? nullptr : m_show->studio().scenes().sceneSource(preview));
}

} // namespace vitrine
