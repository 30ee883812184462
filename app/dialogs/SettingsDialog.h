#pragma once

#include "Theme.h"
#include "engine/VideoSettings.h"

#include <QDialog>
#include <QHash>
#include <QString>

#include <functional>

class QComboBox;
class QFormLayout;
class QKeySequenceEdit;
class QLabel;
class QSpinBox;

namespace vitrine {

class ActionRegistry;

// What the settings dialog edits, kept in QSettings. Video and output settings are what the next show (or
// the next video restart) runs with; language applies on the next start.
struct StudioPreferences {
    VideoSettings video;
    QString encoder = QStringLiteral("obs_x264"); // or ffmpeg_vaapi when present
    EncoderSettings encoders;
    QString language; // "en", "fr"; empty: the system's
    Theme theme = Theme::Dark;

    static StudioPreferences load();
    void save() const;
    bool operator==(const StudioPreferences&) const = default;
};

// Settings: video (canvas incl. vertical 9:16, fps), output (encoder, bitrate, preset), language and theme.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // isLive tells whether a live or recording runs (video cannot change then); applyVideo restarts the
    // video with new settings and returns false with a message when it cannot. Either may be empty.
    SettingsDialog(std::function<bool()> isLive,
                   std::function<bool(const StudioPreferences&, QString*)> applyVideo,
                   QWidget* parent = nullptr);

    // Adds a Shortcuts section: one key sequence per action of the window; applied on OK.
    void setActionRegistry(ActionRegistry* actions);

    StudioPreferences preferences() const;
    void setPreferences(const StudioPreferences& preferences);

    // Canvas presets offered (width, height), landscape then vertical.
    static QList<QSize> canvasPresets();
    // Encoders this libobs offers for H.264 (ids), x264 first.
    static QStringList availableVideoEncoders();

    void accept() override;

private:
    std::function<bool()> m_isLive;
    std::function<bool(const StudioPreferences&, QString*)> m_applyVideo;
    StudioPreferences m_initial;
    QComboBox* m_canvas = nullptr;
    QComboBox* m_fps = nullptr;
    QComboBox* m_encoder = nullptr;
    QSpinBox* m_bitrate = nullptr;
    QComboBox* m_preset = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QLabel* m_note = nullptr;
    ActionRegistry* m_actions = nullptr;
    QHash<QString, QKeySequenceEdit*> m_shortcutEdits;
};

} // namespace vitrine
