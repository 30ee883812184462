#include "dialogs/PropertiesDialog.h"

#include "engine/DeviceCatalog.h"
#include "engine/PipelineVideoFormat.h"
#include "scene/SceneEditor.h"
#include "scene/SceneGraph.h"
#include "widgets/PropertiesView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QSize>
#include <QVBoxLayout>

#include <algorithm>

namespace vitrine {

PropertiesDialog::PropertiesDialog(SceneEditor* editor, SceneGraph* graph, const QString& source,
                                   DeviceCatalog* devices, QWidget* parent)
    : QDialog(parent), m_editor(editor), m_graph(graph), m_name(source), m_source(graph->source(source))
{
    setWindowTitle(tr("Properties of “%1”").arg(source));
    setObjectName(QStringLiteral("propertiesDialog"));
    auto* layout = new QVBoxLayout(this);
    if (!m_source) {
        layout->addWidget(new QLabel(tr("“%1” is not a source that has properties.").arg(source), this));
    } else {
        OBSDataAutoRelease current = obs_source_get_settings(m_source);
        m_original = obs_data_create_from_json(obs_data_get_json(current));
        const SourceSpec* spec = editor->collection().source(source);
        const SourceKind kind = spec ? spec->kind : SourceKind::GStreamer;
        const bool picker = devices && spec && (kind == SourceKind::Camera || kind == SourceKind::Microphone);
        QSet<QString> hidden;
        QSet<QString> advanced;
        if (picker)
            hidden << QStringLiteral("device_id"); // the picker below lists the same devices, hot-plugged
        if (kind == SourceKind::Camera)
            advanced = {QStringLiteral("input"),       QStringLiteral("pixelformat"),
                        QStringLiteral("standard"),    QStringLiteral("dv_timing"),
                        QStringLiteral("color_range"), QStringLiteral("buffering"),
                        QStringLiteral("auto_reset"),  QStringLiteral("timeout_frames")};
        if (kind == SourceKind::GStreamer || kind == SourceKind::Media)
            advanced = {QStringLiteral("pipeline"), QStringLiteral("audio_pipeline")};
        m_view = new PropertiesView(m_source, this, hidden, advanced);
        if (picker)
            layout->addWidget(devicePicker(devices, kind == SourceKind::Camera));
        if (spec && kind == SourceKind::GStreamer)
            layout->addWidget(pipelineFields());
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setWidget(m_view);
        layout->addWidget(scroll, 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PropertiesDialog::reject);
    layout->addWidget(buttons);
    resize(520, 480);
}

QWidget* PropertiesDialog::devicePicker(DeviceCatalog* devices, bool cameras)
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    auto* combo = new QComboBox(box);
    combo->setObjectName(QStringLiteral("devicePicker"));
    auto* note = new QLabel(box);
    note->setWordWrap(true);
    form->addRow(cameras ? tr("Camera:") : tr("Microphone:"), combo);
    form->addRow(note);
    // Lists what is plugged in now, and again whenever a device comes or goes.
    auto fill = [this, devices, cameras, combo, note] {
        const QSignalBlocker blocker(combo);
        OBSDataAutoRelease current = obs_source_get_settings(m_source);
        const QString chosen = QString::fromUtf8(obs_data_get_string(current, "device_id"));
        combo->clear();
        const QList<MediaDevice> list = cameras ? devices->cameras() : devices->microphones();
        for (const MediaDevice& device : list)
            combo->addItem(device.isDefault ? tr("%1 (default)").arg(device.description) : device.description,
                           device.id);
        combo->setEnabled(!list.isEmpty());
        if (list.isEmpty())
            note->setText(cameras ? tr("No camera found. Plug one in: it appears here by itself.")
                                  : tr("No microphone found. Plug one in: it appears here by itself."));
        else if (!chosen.isEmpty() && combo->findData(chosen) < 0)
            note->setText(tr("The device this source used is not plugged in."));
        else
            note->clear();
        combo->setCurrentIndex(combo->findData(chosen));
    };
    fill();
    connect(devices, cameras ? &DeviceCatalog::camerasChanged : &DeviceCatalog::microphonesChanged, combo,
            fill);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        if (m_view && combo->currentIndex() >= 0)
            m_view->setString("device_id", combo->currentData().toString());
    });
    return box;
}

QWidget* PropertiesDialog::pipelineFields()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    const QString pipeline = QString::fromUtf8(obs_data_get_string(m_view->settings(), "pipeline"));
    const PipelineVideoFormat current = PipelineVideoFormat::read(pipeline);
    auto* what = new QLabel(box);
    what->setObjectName(QStringLiteral("pipelineKind"));
    if (pipeline.trimmed().startsWith(QLatin1String("videotestsrc")))
        what->setText(tr("Test pattern"));
    else if (pipeline.contains(QLatin1String("v4l2src")))
        what->setText(tr("Camera (through GStreamer)"));
    else
        what->setText(tr("GStreamer pipeline"));
    form->addRow(tr("Picture:"), what);

    auto* size = new QComboBox(box);
    size->setObjectName(QStringLiteral("pipelineResolution"));
    size->addItem(tr("As the pipeline gives it"), QSize());
    for (const QSize& option : {QSize(640, 360), QSize(854, 480), QSize(1280, 720), QSize(1920, 1080)})
        size->addItem(tr("%1 × %2").arg(option.width()).arg(option.height()), option);
    const QSize now(current.width, current.height);
    if (current.width > 0 && current.height > 0 && size->findData(now) < 0)
        size->addItem(tr("%1 × %2").arg(now.width()).arg(now.height()), now);
    size->setCurrentIndex(std::max(0, size->findData(current.width > 0 ? now : QSize())));
    form->addRow(tr("Resolution:"), size);

    auto* rate = new QComboBox(box);
    rate->setObjectName(QStringLiteral("pipelineFrameRate"));
    rate->addItem(tr("As the pipeline gives it"), 0);
    for (int fps : {25, 30, 50, 60})
        rate->addItem(tr("%1 images per second").arg(fps), fps);
    const int fpsNow = current.fpsNumerator / std::max(1, current.fpsDenominator);
    if (fpsNow > 0 && rate->findData(fpsNow) < 0)
        rate->addItem(tr("%1 images per second").arg(fpsNow), fpsNow);
    rate->setCurrentIndex(std::max(0, rate->findData(fpsNow)));
    form->addRow(tr("Frame rate:"), rate);

    auto apply = [this, size, rate] {
        const QString before = QString::fromUtf8(obs_data_get_string(m_view->settings(), "pipeline"));
        PipelineVideoFormat format = PipelineVideoFormat::read(before);
        const QSize chosen = size->currentData().toSize();
        if (chosen.isValid()) {
            format.width = chosen.width();
            format.height = chosen.height();
        }
        if (rate->currentData().toInt() > 0) {
            format.fpsNumerator = rate->currentData().toInt();
            format.fpsDenominator = 1;
        }
        const QString after = format.applyTo(before);
        if (after != before)
            m_view->setString("pipeline", after);
    };
    connect(size, &QComboBox::currentIndexChanged, this, apply);
    connect(rate, &QComboBox::currentIndexChanged, this, apply);
    return box;
}

PropertiesDialog::~PropertiesDialog()
{
    if (!m_done && m_source && m_original)
        obs_source_reset_settings(m_source, m_original);
}

void PropertiesDialog::accept()
{
    const SourceSpec* spec = m_editor->collection().source(m_name);
    if (m_view && spec && !m_view->changedKeys().isEmpty()) {
        const QJsonObject now =
            QJsonDocument::fromJson(QByteArray(obs_data_get_json(m_view->settings()))).object();
        QJsonObject settings = spec->settings;
        const QDir base = m_graph->baseDir();
        for (const QString& key : m_view->changedKeys()) {
            QJsonValue value = now.value(key);
            // Files beside the show stay relative, so the show folder can move.
            const QString text = value.toString();
            if (value.isString() && QFileInfo(text).isAbsolute() && QFileInfo::exists(text) &&
                !base.relativeFilePath(text).startsWith(QStringLiteral("..")))
                value = base.relativeFilePath(text);
            settings.insert(key, value);
        }
        QString error;
        if (!m_editor->requestSetSourceSettings(m_name, settings, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
    }
    m_done = true;
    QDialog::accept();
}

void PropertiesDialog::reject()
{
    if (m_source && m_original)
        obs_source_reset_settings(m_source, m_original);
    m_done = true;
    QDialog::reject();
}

} // namespace vitrine
