#include "dialogs/SettingsDialog.h"

#include "ActionRegistry.h"

#include <obs.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace vitrine {

StudioPreferences StudioPreferences::load()
{
    const QSettings settings;
    StudioPreferences p;
    p.encoder = settings.value(QStringLiteral("output/encoder"), p.encoder).toString();
    p.encoders.videoBitrateKbps = qBound(
        300, settings.value(QStringLiteral("output/bitrate"), p.encoders.videoBitrateKbps).toInt(), 50000);
    p.encoders.x264Preset = settings.value(QStringLiteral("output/preset"), p.encoders.x264Preset).toString();
    p.reconnectTries =
        qBound(0, settings.value(QStringLiteral("output/reconnectTries"), p.reconnectTries).toInt(), 50);
    p.reconnectMaxWaitSeconds = qBound(
        5, settings.value(QStringLiteral("output/reconnectMaxWait"), p.reconnectMaxWaitSeconds).toInt(), 600);
    p.recording = RecordingSettings::load();
    p.language = settings.value(QStringLiteral("ui/language")).toString();
    p.theme = themeFromKey(settings.value(QStringLiteral("appearance/theme")).toString());
    return p;
}

void StudioPreferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("output/encoder"), encoder);
    settings.setValue(QStringLiteral("output/bitrate"), encoders.videoBitrateKbps);
    settings.setValue(QStringLiteral("output/preset"), encoders.x264Preset);
    settings.setValue(QStringLiteral("output/reconnectTries"), reconnectTries);
    settings.setValue(QStringLiteral("output/reconnectMaxWait"), reconnectMaxWaitSeconds);
    recording.save();
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.setValue(QStringLiteral("appearance/theme"), themeKey(theme));
}

QList<QSize> SettingsDialog::canvasPresets()
{
    return {{1920, 1080}, {1280, 720}, {1080, 1920}, {720, 1280}};
}

QStringList SettingsDialog::availableVideoEncoders()
{
    QStringList encoders;
    const char* id = nullptr;
    for (size_t i = 0; obs_enum_encoder_types(i, &id); ++i) {
        const QString name = QString::fromUtf8(id);
        if (name == u"obs_x264" || name == u"ffmpeg_vaapi")
            encoders << name;
    }
    if (!encoders.contains(QStringLiteral("obs_x264")))
        encoders.prepend(QStringLiteral("obs_x264")); // what EncoderSet needs; listed even before libobs runs
    encoders.removeDuplicates();
    return encoders;
}

SettingsDialog::SettingsDialog(std::function<bool()> isLive,
                               std::function<bool(const StudioPreferences&, QString*)> applyVideo,
                               QWidget* parent)
    : QDialog(parent), m_isLive(std::move(isLive)), m_applyVideo(std::move(applyVideo))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_canvas = new QComboBox(this);
    m_canvas->setObjectName(QStringLiteral("canvasBox"));
    for (const QSize& size : canvasPresets()) {
        const QString orientation =
            size.height() > size.width() ? tr("vertical 9:16, for mobile platforms") : tr("landscape 16:9");
        m_canvas->addItem(tr("%1 × %2 (%3)").arg(size.width()).arg(size.height()).arg(orientation), size);
    }
    m_fps = new QComboBox(this);
    m_fps->setObjectName(QStringLiteral("fpsBox"));
    for (int fps : {24, 25, 30, 50, 60})
        m_fps->addItem(tr("%1 fps").arg(fps), fps);

    m_encoder = new QComboBox(this);
    m_encoder->setObjectName(QStringLiteral("encoderBox"));
    for (const QString& id : availableVideoEncoders())
        m_encoder->addItem(id == u"ffmpeg_vaapi" ? tr("Hardware (FFmpeg VAAPI)") : tr("Software (x264)"), id);
    m_bitrate = new QSpinBox(this);
    m_bitrate->setObjectName(QStringLiteral("bitrateBox"));
    m_bitrate->setRange(300, 50000);
    m_bitrate->setSingleStep(250);
    m_bitrate->setSuffix(tr(" kb/s"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetBox"));
    for (const char* preset : {"ultrafast", "superfast", "veryfast", "faster", "fast", "medium"})
        m_preset->addItem(QString::fromLatin1(preset), QString::fromLatin1(preset));
    m_preset->setToolTip(tr("Faster presets use less processor for a slightly softer picture"));
    // Not an encoder setting: it may change during a live and applies to the next loss.
    m_reconnectTries = new QSpinBox(this);
    m_reconnectTries->setObjectName(QStringLiteral("reconnectTriesBox"));
    m_reconnectTries->setRange(0, 50);
    m_reconnectTries->setSpecialValueText(tr("Never reconnect"));
    m_reconnectTries->setToolTip(
        tr("When a destination loses its server during a live, the studio tries again "
           "after 2 s, then waits 1.5× longer before each new try"));
    m_reconnectMaxWait = new QSpinBox(this);
    m_reconnectMaxWait->setObjectName(QStringLiteral("reconnectMaxWaitBox"));
    m_reconnectMaxWait->setRange(5, 600);
    m_reconnectMaxWait->setSuffix(tr(" s"));

    m_recordingFolder = new QLineEdit(this);
    m_recordingFolder->setObjectName(QStringLiteral("recordingFolderEdit"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("recordingFolderBrowse"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::onBrowseRecordingFolder);
    m_recordingFormat = new QComboBox(this);
    m_recordingFormat->setObjectName(QStringLiteral("recordingFormatBox"));
    m_recordingFormat->addItem(tr("MKV — recommended, survives a crash"),
                               RecordingSettings::formatKey(RecordingSettings::Format::Mkv));
    m_recordingFormat->addItem(tr("MP4"), RecordingSettings::formatKey(RecordingSettings::Format::Mp4));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));

    auto* video = new QGroupBox(tr("Video"), this);
    auto* videoForm = new QFormLayout(video);
    videoForm->addRow(tr("Canvas:"), m_canvas);
    videoForm->addRow(tr("Frame rate:"), m_fps);
    auto* output = new QGroupBox(tr("Output"), this);
    auto* outputForm = new QFormLayout(output);
    outputForm->addRow(tr("Encoder:"), m_encoder);
    outputForm->addRow(tr("Video bitrate:"), m_bitrate);
    outputForm->addRow(tr("x264 preset:"), m_preset);
    outputForm->addRow(tr("Reconnect tries:"), m_reconnectTries);
    outputForm->addRow(tr("Longest wait between tries:"), m_reconnectMaxWait);
    auto* recording = new QGroupBox(tr("Recording"), this);
    auto* recordingForm = new QFormLayout(recording);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_recordingFolder, 1);
    folderRow->addWidget(browse);
    recordingForm->addRow(tr("Folder:"), folderRow);
    recordingForm->addRow(tr("Format:"), m_recordingFormat);
    auto* appearance = new QGroupBox(tr("Appearance"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("Language:"), m_language);
    appearanceForm->addRow(tr("Theme:"), m_theme);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("settingsNote"));
    m_note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(video);
    layout->addWidget(output);
    layout->addWidget(recording);
    layout->addWidget(appearance);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    setPreferences(StudioPreferences::load());
    auto updateNote = [this] {
        QStringList notes;
        if (m_language->currentData().toString() != m_initial.language)
            notes << tr("The language changes the next time Vitrine starts.");
        const StudioPreferences now = preferences();
        if ((now.video != m_initial.video || now.encoders != m_initial.encoders ||
             now.encoder != m_initial.encoder || now.recording != m_initial.recording) &&
            m_isLive && m_isLive())
            notes << tr("Video, output and recording settings cannot change during a live or a recording.");
        m_note->setText(notes.join(u'\n'));
        m_note->setVisible(!notes.isEmpty());
    };
    for (QComboBox* box : {m_canvas, m_fps, m_encoder, m_preset, m_recordingFormat, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, updateNote);
    connect(m_recordingFolder, &QLineEdit::textChanged, this, updateNote);
    connect(m_bitrate, &QSpinBox::valueChanged, this, updateNote);
    // The theme is previewed at once: the producer sees what they pick.
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            applyTheme(*app, themeFromKey(m_theme->currentData().toString()));
    });
    connect(this, &QDialog::rejected, this, [this] {
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            applyTheme(*app, m_initial.theme);
    });
    updateNote();
}

void SettingsDialog::setShowCanvas(const VideoSettings& canvas)
{
    StudioPreferences p = preferences();
    p.video = canvas;
    setPreferences(p);
}

void SettingsDialog::setPreferences(const StudioPreferences& p)
{
    m_initial = p;
    int canvas = m_canvas->findData(QSize(p.video.width, p.video.height));
    if (canvas < 0) {
        m_canvas->addItem(tr("%1 × %2 (the show's)").arg(p.video.width).arg(p.video.height),
                          QSize(p.video.width, p.video.height));
        canvas = m_canvas->count() - 1;
    }
    m_canvas->setCurrentIndex(canvas);
    int fps = m_fps->findData(p.video.fps);
    if (fps < 0) {
        m_fps->addItem(tr("%1 fps").arg(p.video.fps), p.video.fps);
        fps = m_fps->count() - 1;
    }
    m_fps->setCurrentIndex(fps);
    m_encoder->setCurrentIndex(qMax(0, m_encoder->findData(p.encoder)));
    m_bitrate->setValue(p.encoders.videoBitrateKbps);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(p.encoders.x264Preset)));
    m_reconnectTries->setValue(p.reconnectTries);
    m_reconnectMaxWait->setValue(p.reconnectMaxWaitSeconds);
    m_recordingFolder->setText(QDir::toNativeSeparators(p.recording.folder));
    m_recordingFormat->setCurrentIndex(
        qMax(0, m_recordingFormat->findData(RecordingSettings::formatKey(p.recording.format))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(p.language)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(themeKey(p.theme))));
}

StudioPreferences SettingsDialog::preferences() const
{
    StudioPreferences p = m_initial;
    const QSize canvas = m_canvas->currentData().toSize();
    p.video.width = canvas.width();
    p.video.height = canvas.height();
    p.video.fps = m_fps->currentData().toInt();
    p.encoder = m_encoder->currentData().toString();
    p.encoders.videoBitrateKbps = m_bitrate->value();
    p.encoders.x264Preset = m_preset->currentData().toString();
    p.reconnectTries = m_reconnectTries->value();
    p.reconnectMaxWaitSeconds = m_reconnectMaxWait->value();
    const QString folder = m_recordingFolder->text().trimmed();
    p.recording.folder =
        folder.isEmpty() ? RecordingSettings::defaultFolder() : QDir::fromNativeSeparators(folder);
    p.recording.format = RecordingSettings::formatFromKey(m_recordingFormat->currentData().toString());
    p.language = m_language->currentData().toString();
    p.theme = themeFromKey(m_theme->currentData().toString());
    return p;
}

void SettingsDialog::onBrowseRecordingFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Recording folder"), QDir::fromNativeSeparators(m_recordingFolder->text()));
    if (!folder.isEmpty())
        m_recordingFolder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::setActionRegistry(ActionRegistry* actions)
{
    m_actions = actions;
    if (!actions || actions->ids().isEmpty())
        return;
    auto* group = new QGroupBox(tr("Shortcuts"), this);
    group->setObjectName(QStringLiteral("shortcutsGroup"));
    auto* form = new QFormLayout(group);
    for (const QString& id : actions->ids()) {
        auto* edit = new QKeySequenceEdit(actions->shortcut(id), group);
        edit->setObjectName(QStringLiteral("shortcut:") + id);
        auto* reset = new QToolButton(group);
        reset->setText(tr("Default"));
        reset->setToolTip(
            tr("Back to %1").arg(actions->defaultShortcut(id).toString(QKeySequence::NativeText)));
        connect(reset, &QToolButton::clicked, this, [this, edit, actions, id] {
            edit->setKeySequence(actions->defaultShortcut(id));
            onShortcutEdited(id);
        });
        connect(edit, &QKeySequenceEdit::editingFinished, this, [this, id] { onShortcutEdited(id); });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(reset);
        form->addRow(actions->label(id), row);
        m_shortcutEdits.insert(id, edit);
        m_keptShortcuts.insert(id, actions->shortcut(id));
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(group);
    scroll->setMinimumHeight(160);
    // Above the note and the buttons.
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->count() - 2, scroll, 1);
}

QString SettingsDialog::shortcutClash(const QString& id) const
{
    const QKeySequenceEdit* edit = m_shortcutEdits.value(id);
    if (!edit || edit->keySequence().isEmpty() || !m_actions)
        return {};
    for (const QString& other : m_actions->ids())
        if (other != id && m_shortcutEdits.contains(other) &&
            m_shortcutEdits.value(other)->keySequence() == edit->keySequence())
            return other;
    return {};
}

void SettingsDialog::onShortcutEdited(const QString& id)
{
    QKeySequenceEdit* edit = m_shortcutEdits.value(id);
    const QString other = shortcutClash(id);
    if (!edit || other.isEmpty()) {
        if (edit)
            m_keptShortcuts.insert(id, edit->keySequence());
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Shortcut already used"),
                    tr("%1 is already the shortcut of “%2”. Give it to “%3” instead? “%2” will then have no "
                       "shortcut.")
                        .arg(edit->keySequence().toString(QKeySequence::NativeText), m_actions->label(other),
                             m_actions->label(id)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("shortcutClash"));
    QPushButton* reassign = box.addButton(tr("Reassign"), QMessageBox::AcceptRole);
    reassign->setObjectName(QStringLiteral("reassignShortcut"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reassign) {
        m_shortcutEdits.value(other)->clear();
        m_keptShortcuts.insert(other, QKeySequence());
        m_keptShortcuts.insert(id, edit->keySequence());
    } else {
        edit->setKeySequence(m_keptShortcuts.value(id));
    }
}

void SettingsDialog::accept()
{
    // A clash left unsettled (a sequence set without finishing the edit) is asked about now; kept back
    // (Cancel), the dialog stays open on the shortcut put back, so the user sees what happened.
    bool keptBack = false;
    if (m_actions) {
        for (const QString& id : m_actions->ids()) {
            if (shortcutClash(id).isEmpty())
                continue;
            const QKeySequence wanted = m_shortcutEdits.value(id)->keySequence();
            onShortcutEdited(id);
            keptBack = keptBack || m_shortcutEdits.value(id)->keySequence() != wanted;
        }
    }
    if (keptBack)
        return;

    const StudioPreferences chosen = preferences();
    const bool videoChanged = chosen.video != m_initial.video || chosen.encoders != m_initial.encoders ||
                              chosen.encoder != m_initial.encoder;
    const bool recordingChanged = chosen.recording != m_initial.recording;
    if ((videoChanged || recordingChanged) && m_isLive && m_isLive()) {
        QMessageBox::warning(this, tr("Settings"),
                             tr("Video, output and recording settings cannot change during a live or a "
                                "recording. Stop them first, or cancel these changes."));
        return;
    }
    if (videoChanged && m_applyVideo) {
        QString error;
        if (!m_applyVideo(chosen, &error)) {
            QMessageBox::warning(this, tr("Settings"), tr("The video could not restart: %1").arg(error));
            return;
        }
    }
    chosen.save();
    if (m_actions) {
        for (auto it = m_shortcutEdits.constBegin(); it != m_shortcutEdits.constEnd(); ++it) {
            if (it.value()->keySequence() != m_actions->shortcut(it.key()))
                m_actions->setShortcut(it.key(), it.value()->keySequence());
        }
    }
    QDialog::accept();
}

} // namespace vitrine
