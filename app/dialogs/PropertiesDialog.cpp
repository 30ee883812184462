#include "dialogs/PropertiesDialog.h"

#include "engine/DeviceCatalog.h"
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
#include <QVBoxLayout>

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
        m_view = new PropertiesView(m_source, this);
        const SourceSpec* spec = editor->collection().source(source);
        if (devices && spec && (spec->kind == SourceKind::Camera || spec->kind == SourceKind::Microphone))
            layout->addWidget(devicePicker(devices, spec->kind == SourceKind::Camera));
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
