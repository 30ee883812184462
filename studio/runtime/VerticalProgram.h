#pragma once

#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

struct video_output;
typedef struct video_output video_t; // libobs's

namespace vitrine {

class EncoderSet;
class LiveState;
class OverlayLayer;
class ProductImageCache;
class SceneGraph;
class ShowStore;
class VerticalCanvas;
class VerticalScenes;

// The show on the vertical (9:16) canvas, composed at the same time as the landscape one: the canvas (a
// libobs view), the vertical counterpart of every scene, the on-air overlays laid out for it, and its own
// H.264 encoder (the landscape encoders' settings, their AAC encoder shared). The program scene follows the
// landscape one (setProgramScene). Needs libobs and the landscape encoders; lives shorter than both.
class VerticalProgram : public QObject {
    Q_OBJECT
public:
    struct Parts {
        ShowStore* store = nullptr;
        LiveState* live = nullptr;
        ProductImageCache* images = nullptr;
        const SceneGraph* scenes = nullptr;
        const EncoderSet* landscapeEncoders = nullptr;
    };

    explicit VerticalProgram(QObject* parent = nullptr);
    ~VerticalProgram() override;

    // Builds everything on a canvas of `size`; false with a message, leaving nothing built.
    [[nodiscard]] bool open(const Parts& parts, QSize size, QString* error);
    QSize size() const;
    // The canvas's video output (its frames, for a view), null when not open.
    video_t* video() const;
    const EncoderSet& encoders() const { return *m_encoders; }
    OverlayLayer& overlays() { return *m_overlays; }
    // Shows the vertical counterpart of a landscape scene (a cut).
    void setProgramScene(const QString& name);
    QString programScene() const { return m_program; }

private:
    void rebuildScenes();

    Parts m_parts;
    QString m_program;
    // Torn down in reverse: the encoder and the overlays before the scenes, all before the canvas.
    std::unique_ptr<VerticalCanvas> m_canvas;
    std::unique_ptr<VerticalScenes> m_scenes;
    std::unique_ptr<OverlayLayer> m_overlays;
    std::unique_ptr<EncoderSet> m_encoders;
};

} // namespace vitrine
