#pragma once

#include "RecordingSettings.h"
#include "Theme.h"
#include "base/VideoSettings.h"
#include "output/ReconnectPolicy.h"

#include <QDialog>
#include <QHash>
#include <QString>

#include <functional>

class QComboBox;
class QFormLayout;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vitrine {

class ActionRegistry;

// What the settings dialog edits. Output (encoder, bitrate, preset), recording (folder, format), language and
// theme are the user's, kept in QSettings; the video (canvas, frame rate) is the open show's and saved in it
// (see resolveRunSettings).
struct StudioPreferences {
    VideoSettings video;                          // the show's, not saved here
    QString encoder = QStringLiteral("obs_x264"); // or ffmpeg_vaapi when present
    EncoderSettings encoders;
    RecordingSettings recording;
    QString language; // "en", "fr"; empty: the system's
    Theme theme = Theme::Dark;
    // A destination that loses its server while live: how many tries, and the longest wait between two.
    int reconnectTries = ReconnectSettings().maxRetries;
    int reconnectMaxWaitSeconds = ReconnectSettings().maxDelayMs / 1000;

    static StudioPreferences load();
    void save() const;
    // The encoder settings the user prefers, for resolveRunSettings.
    EncoderSettings outputPreferences() const
    {
        EncoderSettings chosen = encoders;
        chosen.videoEncoder = encoder;
        return chosen;
    }
    ReconnectSettings reconnect() const
    {
        ReconnectSettings settings;
        settings.maxRetries = reconnectTries;
        settings.maxDelayMs = reconnectMaxWaitSeconds * 1000;
        return settings;
    }
    bool operator==(const StudioPreferences&) const = default;
};

// Settings: video (canvas incl. vertical 9:16, fps), output (encoder, bitrate, preset), recording (folder,
// format), language and theme.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // isLive tells whether a live or recording runs (video, output and recording cannot change then);
    // applyVideo restarts the video with new settings and returns false with a message when it cannot. Either
    // may be empty.
    SettingsDialog(std::function<bool()> isLive,
                   std::function<bool(const StudioPreferences&, QString*)> applyVideo,
                   QWidget* parent = nullptr);

    // Adds a Shortcuts section: one key sequence per action of the window, under its fixed name; applied on
    // OK. A sequence another action already has is never taken from it silently: the user is told which
    // action has it and reassigns it or keeps the old one.
    void setActionRegistry(ActionRegistry* actions);

    StudioPreferences preferences() const;
    void setPreferences(const StudioPreferences& preferences);
    // The open show's canvas and frame rate, which the Video section edits.
    void setShowCanvas(const VideoSettings& canvas);

    // Canvas presets offered (width, height), landscape then vertical.
    static QList<QSize> canvasPresets();
    // Encoders this libobs offers for H.264 (ids), x264 first.
    static QStringList availableVideoEncoders();

    void accept() override;

private Q_SLOTS:
    void onBrowseRecordingFolder();

private:
    // The row other than id whose edit holds the same sequence; empty when none.
    QString shortcutClash(const QString& id) const;
    // Asks whether id takes the sequence from the row that has it: yes clears that row, no puts id's back.
    void onShortcutEdited(const QString& id);

    std::function<bool()> m_isLive;
    std::function<bool(const StudioPreferences&, QString*)> m_applyVideo;
    StudioPreferences m_initial;
    QComboBox* m_canvas = nullptr;
    QComboBox* m_fps = nullptr;
    QComboBox* m_encoder = nullptr;
    QSpinBox* m_bitrate = nullptr;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_reconnectTries = nullptr;
    QSpinBox* m_reconnectMaxWait = nullptr;
    QLineEdit* m_recordingFolder = nullptr;
    QComboBox* m_recordingFormat = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QLabel* m_note = nullptr;
    ActionRegistry* m_actions = nullptr;
    QHash<QString, QKeySequenceEdit*> m_shortcutEdits;
    QHash<QString, QKeySequence> m_keptShortcuts; // each row's sequence once its clash was settled
};

} // namespace vitrine
