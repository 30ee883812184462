#include "widgets/TransitionPanel.h"

#include "scene/ProgramSwitcher.h"
#include "scene/SceneEditor.h"

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vitrine {
namespace {

const QString kTransitionKey = QStringLiteral("transition/kind");
const QString kDurationKey = QStringLiteral("transition/durationMs");

} // namespace

TransitionPanel::TransitionPanel(SceneEditor* editor, ProgramSwitcher* switcher, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_switcher(switcher)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    auto* takeButton = new QPushButton(tr("Transition"), this);
    takeButton->setObjectName(QStringLiteral("transitionButton"));
    takeButton->setToolTip(tr("Take the preview to program"));
    layout->addWidget(takeButton);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("transitionKind"));
    for (TransitionKind kind : ProgramSwitcher::kTransitions)
        m_kind->addItem(ProgramSwitcher::transitionName(kind), static_cast<int>(kind));
    layout->addWidget(m_kind);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("transitionDuration"));
    m_duration->setRange(50, 20000);
    m_duration->setSingleStep(50);
    m_duration->setSuffix(tr(" ms"));
    layout->addWidget(m_duration);
    layout->addStretch();

    const QSettings settings;
    const int kind = settings.value(kTransitionKey, static_cast<int>(TransitionKind::Fade)).toInt();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_duration->setValue(settings.value(kDurationKey, ProgramSwitcher::kDefaultDurationMs).toInt());
    m_switcher->setTransitionKind(static_cast<TransitionKind>(m_kind->currentData().toInt()));
    m_switcher->setDurationMs(m_duration->value());
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int chosen = m_kind->currentData().toInt();
        m_switcher->setTransitionKind(static_cast<TransitionKind>(chosen));
        QSettings().setValue(kTransitionKey, chosen);
    });
    connect(m_duration, &QSpinBox::valueChanged, this, [this](int ms) {
        m_switcher->setDurationMs(ms);
        QSettings().setValue(kDurationKey, ms);
    });
    connect(takeButton, &QPushButton::clicked, this, &TransitionPanel::takePreview);
}

void TransitionPanel::takePreview()
{
    QString error;
    if (!m_editor->requestTakeToProgram(m_switcher->previewScene(), &error))
        Q_EMIT message(error);
}

} // namespace vitrine
