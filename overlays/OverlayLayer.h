#pragma once

#include "OverlayComposer.h"
#include "OverlayElement.h"
#include "OverlayKind.h"
#include "SalesTracker.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>

#include <obs.hpp>

#include <map>
#include <memory>
#include <optional>

namespace vitrine {

class LiveState;
class ProductImageCache;
class ShowStore;

// What viewers see above the show's scenes: a private libobs scene of overlay elements, put on an output
// channel above the program's (channel 0) and the global audio channels (1–6), so every scene, every
// transition, the program view, every stream and the recording get it without a scene being edited. It is on
// that channel only while an overlay is on air (or fading out): an idle layer is not composed at all.
//
// It draws from the live show's state: the pinned product's card, the running promo's banner and countdown,
// the flash sale, the social-proof ticker, the host's lower third, the chat highlight, the starting-soon and
// end cards — each where the show's theme puts it, switched on and off by the producer (LiveState's overlay
// switches) and hidden on the scenes that opt out. Painting happens here, on the owner's (GUI) thread, only
// when what an overlay shows changed (a countdown: once a second); an idle layer paints and uploads nothing.
// Needs libobs started; lives shorter than it.
class OverlayLayer : public QObject {
    Q_OBJECT
public:
    // libobs output channel of the layer: above the program (0) and the global audio devices (1–6).
    static constexpr uint32_t kOutputChannel = 7;

    OverlayLayer(ShowStore* store, LiveState* live, ProductImageCache* images, QSize canvas,
                 QObject* parent = nullptr);
    // A layer on another canvas's view (the vertical one) instead of libobs's main output: the same live
    // state, laid out for that canvas (the theme's portrait layout when it is taller than wide). The view
    // outlives the layer.
    OverlayLayer(ShowStore* store, LiveState* live, ProductImageCache* images, QSize canvas, obs_view_t* view,
                 QObject* parent = nullptr);
    ~OverlayLayer() override;

    // The canvas changed (Settings → Video): everything is laid out again.
    void setCanvas(QSize canvas);
    QSize canvas() const { return m_canvas; }
    // The scene on Program: the overlays it opts out of are taken off air while it is.
    void setProgramScene(const QString& scene);
    // The chat message on screen (the chat's highlight); nullopt takes it off.
    void setHighlight(const std::optional<OverlayComment>& comment);
    // The chat's poll and giveaway on air; nullopt takes them off.
    void setPoll(const std::optional<OverlayPoll>& poll);
    void setGiveaway(const std::optional<OverlayGiveaway>& giveaway);
    // How many people wrote in chat they want the pinned product (the chat's buy intents).
    void setWanting(int people);

    const OverlayTheme& theme() const { return m_painter.theme(); }
    // The state the overlays draw from now, and what one kind shows (nullopt: off air).
    OverlayState state() const;
    std::optional<OverlayContent> content(OverlayKind kind) const;
    bool isOnAir(OverlayKind kind) const;
    const OverlaySource& source(OverlayKind kind) const { return m_elements.at(kind)->front(); }
    // How many times a kind was painted (its content changed), for tests and benchmarks.
    int paints(OverlayKind kind) const { return m_paints.value(kind); }
    quint64 posts(OverlayKind kind) const { return m_elements.at(kind)->postedCount(); }
    quint64 uploads(OverlayKind kind) const { return m_elements.at(kind)->uploadedCount(); }
    obs_source_t* layerSource() const;
    // Whether the layer is on its output channel now: only while something is on air or fading out.
    bool isAttached() const { return m_attached; }

    // The product card, as the first slice had it (tests, benchmarks).
    bool isCardVisible() const { return isOnAir(OverlayKind::Card); }
    ProductCardContent cardContent() const;
    ProductCardLayout cardLayout() const { return ProductCardLayout::forCanvas(m_canvas, theme()); }
    const OverlaySource& cardSource() const { return source(OverlayKind::Card); }
    int cardPaints() const { return paints(OverlayKind::Card); }

Q_SIGNALS:
    // The card's image was handed to libobs (it is on the next frame); sku empty when it was hidden.
    void cardPosted(const QString& sku);
    // Any overlay went on or off air, or changed.
    void overlayPosted(vitrine::OverlayKind kind, bool onAir);
    // The layer went on or off its output channel (isAttached()): views that draw it follow.
    void attachedChanged(bool attached);
    // A problem with the show's overlay theme (a bad value): the default is drawn instead.
    void warning(const QString& message);

private:
    void refresh();
    void refreshTheme();
    void setAttached(bool attached);
    void onStoreChanged();
    void onImageReady(const QString& image);
    QImage productImage(const QString& imageRef);
    QImage brandLogo(const QString& logoRef);

    ShowStore* m_store;
    LiveState* m_live;
    ProductImageCache* m_images;
    obs_view_t* m_view = nullptr; // null: libobs's main output
    QSize m_canvas;
    QJsonObject m_themeJson;
    OverlayPainter m_painter;
    SalesTracker m_sales;
    QString m_programScene;
    std::optional<OverlayComment> m_highlight;
    std::optional<OverlayPoll> m_poll;
    std::optional<OverlayGiveaway> m_giveaway;
    int m_wanting = 0;
    // Runs while a countdown or the ticker's sliding window is on air.
    QTimer m_tick;
    QTimer m_detach;
    bool m_attached = false;
    QMap<OverlayKind, OverlayContent> m_onAir;
    QMap<OverlayKind, int> m_paints;
    // The decoded picture of the pinned product, kept while it stays pinned (stock changes repaint without
    // decoding it again).
    QString m_imageRef;
    QImage m_image;
    QHash<QString, QImage> m_logos; // by the show's logo reference

    OBSSceneAutoRelease m_scene;
    std::map<OverlayKind, std::unique_ptr<OverlayElement>> m_elements;
};

} // namespace vitrine
