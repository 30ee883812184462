#include "docks/MixerDock.h"

#include "audio/AudioChannel.h"
#include "widgets/VolumeMeter.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace vitrine {

MixerStrip::MixerStrip(obs_source_t* source, QWidget* parent)
    : QWidget(parent), m_channel(std::make_unique<AudioChannel>(source))
{
    setObjectName(QStringLiteral("mixerStrip"));
    m_meter.attach(source);
    auto* name = new QLabel(m_channel->name(), this);
    name->setObjectName(QStringLiteral("mixerStripName"));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    m_gainLabel = new QLabel(this);
    m_gainLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_gainLabel->setMinimumWidth(m_gainLabel->fontMetrics().horizontalAdvance(QStringLiteral("-60.0 dB")));
    m_meterWidget = new VolumeMeter(&m_meter, this);

    m_mute = new QToolButton(this);
    m_mute->setObjectName(QStringLiteral("muteButton"));
    m_mute->setCheckable(true);
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_mute->setToolTip(tr("Mute %1").arg(m_channel->name()));
    m_mute->setAccessibleName(tr("Mute"));

    m_gain = new QSlider(Qt::Horizontal, this);
    m_gain->setObjectName(QStringLiteral("gainSlider"));
    // Tenths of a dB, so keyboard steps are fine enough.
    m_gain->setRange(static_cast<int>(AudioChannel::kMinGainDb * 10),
                     static_cast<int>(AudioChannel::kMaxGainDb * 10));
    m_gain->setSingleStep(5);
    m_gain->setPageStep(30);
    m_gain->setToolTip(tr("Gain of %1 (dB)").arg(m_channel->name()));
    m_gain->setAccessibleName(tr("Gain"));

    m_monitoring = new QComboBox(this);
    m_monitoring->setObjectName(QStringLiteral("monitoringBox"));
    m_monitoring->addItem(tr("Monitor off"), QVariant::fromValue(AudioChannel::Monitoring::Off));
    m_monitoring->addItem(tr("Monitor only (mute output)"),
                          QVariant::fromValue(AudioChannel::Monitoring::MonitorOnly));
    m_monitoring->addItem(tr("Monitor and output"),
                          QVariant::fromValue(AudioChannel::Monitoring::MonitorAndOutput));
    m_monitoring->setToolTip(tr("Hear this source in your headphones"));
    // As wide as the strip allows: the longest choice ("Monitor only (mute output)") must not widen the dock.
    m_monitoring->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_monitoring->setMinimumContentsLength(8);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(2);
    grid->addWidget(name, 0, 0, 1, 2);
    grid->addWidget(m_gainLabel, 0, 2);
    grid->addWidget(m_meterWidget, 1, 0, 1, 3);
    grid->addWidget(m_mute, 2, 0);
    grid->addWidget(m_gain, 2, 1);
    grid->addWidget(m_monitoring, 2, 2);
    grid->setColumnStretch(1, 1);

    showMuted(m_channel->isMuted());
    showGain(m_channel->gainDb());
    m_monitoring->setCurrentIndex(m_monitoring->findData(QVariant::fromValue(m_channel->monitoring())));

    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) { m_channel->setMuted(muted); });
    connect(m_gain, &QSlider::valueChanged, this, [this](int tenths) {
        const double db = tenths / 10.0;
        m_channel->setGainDb(db);
        showGain(db);
    });
    connect(m_monitoring, &QComboBox::currentIndexChanged, this, [this] {
        m_channel->setMonitoring(m_monitoring->currentData().value<AudioChannel::Monitoring>());
    });
    // Changes made elsewhere (hotkeys, another view) come back through libobs's signals.
    connect(m_channel.get(), &AudioChannel::mutedChanged, this, &MixerStrip::showMuted);
    connect(m_channel.get(), &AudioChannel::gainChanged, this, &MixerStrip::showGain);
}

// The meter widget stops reading before the meter goes; the meter detaches before the channel's source goes.
MixerStrip::~MixerStrip()
{
    delete m_meterWidget;
    m_meter.detach();
}

void MixerStrip::showMuted(bool muted)
{
    const QSignalBlocker blocker(m_mute);
    m_mute->setChecked(muted);
    m_mute->setIcon(style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setToolTip(muted ? tr("Unmute %1").arg(m_channel->name()) : tr("Mute %1").arg(m_channel->name()));
    m_meterWidget->setDimmed(muted);
}

void MixerStrip::showGain(double db)
{
    {
        const QSignalBlocker blocker(m_gain);
        m_gain->setValue(static_cast<int>(std::lround(db * 10)));
    }
    m_gainLabel->setText(db <= AudioChannel::kMinGainDb ? tr("-inf dB")
                                                        : tr("%1 dB").arg(QLocale().toString(db, 'f', 1)));
}

MixerDock::MixerDock(QWidget* parent) : QDockWidget(tr("Audio mixer"), parent)
{
    setObjectName(QStringLiteral("mixerDock"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_empty = new QLabel(tr("No source makes sound in this show."), m_content);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    scroll->setWidget(m_content);
    setWidget(scroll);
    rebuild();
}

void MixerDock::rebuild()
{
    qDeleteAll(m_strips);
    m_strips.clear();
    for (const OBSSource& source : AudioChannel::audioSources()) {
        auto* strip = new MixerStrip(source, m_content);
        m_layout->insertWidget(m_layout->count() - 1, strip);
        m_strips << strip;
    }
    m_empty->setVisible(m_strips.isEmpty());
}

MixerStrip* MixerDock::strip(const QString& sourceName) const
{
    for (MixerStrip* strip : m_strips) {
        if (strip->channel().name() == sourceName)
            return strip;
    }
    return nullptr;
}

} // namespace vitrine
