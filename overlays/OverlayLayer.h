#pragma once

#include "OverlaySource.h"
#include "ProductCard.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>

#include <obs.hpp>

#include <memory>

namespace vitrine {

class LiveState;
class ProductImageCache;
class ShowStore;

// What viewers see above the show's scenes: a private libobs scene of overlay sources, put on an output
// channel above the program's (channel 0) and the global audio channels (1–6), so every scene, every
// transition, the program view, every stream and the recording get it without a scene being edited.
//
// It draws from the live show's state: the pinned product's card (repainted when the pin, the product's stock
// or price, or its image change; hidden on unpin). Painting happens here, on the owner's (GUI) thread, only
// when what the card shows changed; an idle layer uploads nothing. Needs libobs started; lives shorter than
// it.
class OverlayLayer : public QObject {
    Q_OBJECT
public:
    // libobs output channel of the layer: above the program (0) and the global audio devices (1–6).
    static constexpr uint32_t kOutputChannel = 7;

    OverlayLayer(ShowStore* store, LiveState* live, ProductImageCache* images, QSize canvas,
                 QObject* parent = nullptr);
    ~OverlayLayer() override;

    // The canvas changed (Settings → Video): the card is laid out again.
    void setCanvas(QSize canvas);
    QSize canvas() const { return m_canvas; }

    bool isCardVisible() const { return m_cardVisible; }
    const ProductCardContent& cardContent() const { return m_card; }
    const ProductCardLayout& cardLayout() const { return m_layout; }
    const OverlaySource& cardSource() const { return *m_cardSource; }
    obs_source_t* layerSource() const;
    // How many times the card was painted (content changed), for tests and benchmarks.
    int cardPaints() const { return m_cardPaints; }

Q_SIGNALS:
    // The card's image was handed to libobs (it is on the next frame); sku empty when it was hidden.
    void cardPosted(const QString& sku);

private:
    void onPinnedProductChanged(const QString& sku);
    void onImageReady(const QString& image);
    void refreshCard();
    QImage productImage(const QString& imageRef);

    ShowStore* m_store;
    LiveState* m_live;
    ProductImageCache* m_images;
    QSize m_canvas;
    ProductCardPainter m_painter;
    ProductCardLayout m_layout;
    ProductCardContent m_card;
    bool m_cardVisible = false;
    int m_cardPaints = 0;
    // The decoded picture of the pinned product, kept while it stays pinned (stock changes repaint without
    // decoding it again).
    QString m_imageRef;
    QImage m_image;

    OBSSceneAutoRelease m_scene;
    std::unique_ptr<OverlaySource> m_cardSource;
    obs_sceneitem_t* m_cardItem = nullptr; // owned by m_scene
};

} // namespace vitrine
