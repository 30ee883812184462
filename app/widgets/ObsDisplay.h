#pragma once

#include "engine/ObsHandles.h"

#include <QElapsedTimer>
#include <QList>
#include <QRectF>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace vitrine {

// A native child window libobs draws into, letter-boxed to the canvas's aspect ratio: the program (the main
// texture libobs already rendered: no second render of the scene) or one scene (the studio-mode preview),
// with optional selection boxes on top. Drawn only while visible, at the widget's own pixel size.
class ObsDisplay : public QWidget {
    Q_OBJECT
public:
    explicit ObsDisplay(QWidget* parent = nullptr);
    ~ObsDisplay() override;

    QPaintEngine* paintEngine() const override { return nullptr; }

    // Draws this source (a scene) instead of the program; null draws the program. Any thread may draw.
    void setSource(obs_source_t* source);
    // Drawn above the source (the on-air overlays, so the preview shows what Program will); the program's
    // own frame has them already.
    void setOverlay(obs_source_t* overlay);
    // A scene source is rendered once every `divisor` frames (into a texture drawn on the other frames):
    // the preview need not cost a full render at the canvas rate. 1 renders every frame.
    void setSourceRateDivisor(int divisor) { m_rateDivisor.store(std::max(1, divisor)); }
    // The view is drawn and presented once every `divisor` canvas frames (on a software renderer each
    // present is a CPU copy of the whole window). 1 presents every frame.
    void setPresentDivisor(int divisor) { m_presentDivisor.store(std::max(1, divisor)); }
    // Boxes in canvas pixels, drawn with corner handles (the selection while editing in preview).
    void setSelection(const QList<QRectF>& boxes);

    // Where the canvas is drawn in the widget (letter-boxed), and the canvas size.
    QRectF canvasRect() const;
    QSizeF canvasSize() const;
    QPointF toCanvas(const QPointF& widgetPos) const;
    // Canvas pixels per widget pixel.
    double canvasPerWidgetPixel() const;

    bool hasDrawnFrame() const { return m_drawnFrame.load(); }
    // While deferred, no libobs display is created (another view gets the start-up's first frame); lifting
    // the deferral creates it if the widget is visible.
    void setCreationDeferred(bool deferred);

Q_SIGNALS:
    // The first frame with the program's pixels was drawn (after msSinceCreated ms).
    void firstFrameDrawn(qint64 msSinceCreated);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void createDisplay();
    QSize pixelSize() const;
    void draw(uint32_t cx, uint32_t cy);
    void drawSource(obs_source_t* source, obs_source_t* overlay, const QRectF& box, float baseWidth,
                    float baseHeight);
    static void drawTrampoline(void* data, uint32_t cx, uint32_t cy);
    static void tickTrampoline(void* data, float seconds);
    void tick();

    ObsDisplayPtr m_display;
    std::mutex m_mutex; // guards m_source and m_selection, read by the graphics thread
    OBSSource m_source;
    OBSSource m_overlay;
    QList<QRectF> m_selection;
    std::atomic<bool> m_drawnFrame{false};
    std::atomic<int> m_rateDivisor{1};
    std::atomic<int> m_presentDivisor{1};
    std::atomic<bool> m_shown{false};
    bool m_tickRegistered = false;
    std::uint64_t m_ticks = 0; // graphics thread only
    bool m_creationDeferred = false;
    // Graphics thread only: the last render of the source and which frame it was.
    gs_texrender_t* m_texrender = nullptr;
    obs_source_t* m_renderedSource = nullptr;
    QSize m_renderedSize;
    unsigned m_frame = 0;
    QElapsedTimer m_sinceCreated;
};

} // namespace vitrine
