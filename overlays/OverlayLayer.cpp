#include "OverlayLayer.h"

#include "show/LiveState.h"
#include "show/ProductImageCache.h"
#include "show/ShowStore.h"

#include <QImageReader>

namespace vitrine {

OverlayLayer::OverlayLayer(ShowStore* store, LiveState* live, ProductImageCache* images, QSize canvas,
                           QObject* parent)
    : QObject(parent), m_store(store), m_live(live), m_images(images), m_canvas(canvas),
      m_layout(ProductCardLayout::forCanvas(canvas))
{
    m_scene = obs_scene_create_private("vitrine overlays");
    m_cardSource = std::make_unique<OverlaySource>("vitrine product card");
    if (m_scene && m_cardSource->isValid()) {
        m_cardItem = obs_scene_add(m_scene, m_cardSource->source());
        obs_sceneitem_set_visible(m_cardItem, false);
    }
    obs_set_output_source(kOutputChannel, obs_scene_get_source(m_scene));

    connect(m_live, &LiveState::pinnedProductChanged, this, &OverlayLayer::onPinnedProductChanged);
    connect(m_store, &ShowStore::changed, this, &OverlayLayer::refreshCard);
    connect(m_images, &ProductImageCache::imageReady, this,
            [this](const QString& image, const QString&) { onImageReady(image); });
    refreshCard(); // a show reopened after a crash may come back with a product pinned
}

OverlayLayer::~OverlayLayer()
{
    // Off the output first, so no frame draws the layer while its sources go.
    obs_set_output_source(kOutputChannel, nullptr);
}

obs_source_t* OverlayLayer::layerSource() const
{
    return obs_scene_get_source(m_scene);
}

void OverlayLayer::setCanvas(QSize canvas)
{
    if (canvas == m_canvas)
        return;
    m_canvas = canvas;
    m_layout = ProductCardLayout::forCanvas(canvas);
    m_card = {}; // laid out again: paint even when the content is the same
    refreshCard();
}

void OverlayLayer::onPinnedProductChanged(const QString&)
{
    refreshCard();
}

void OverlayLayer::onImageReady(const QString& image)
{
    if (image == m_imageRef) {
        m_image = QImage(); // fetched now: decode it on the next paint
        m_imageRef.clear();
        refreshCard();
    }
}

QImage OverlayLayer::productImage(const QString& imageRef)
{
    if (imageRef == m_imageRef && !m_image.isNull())
        return m_image;
    m_imageRef = imageRef;
    m_image = QImage();
    if (imageRef.isEmpty())
        return m_image;
    const QString file = m_images->request(imageRef); // empty until fetched: imageReady() repaints
    if (!file.isEmpty()) {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        // Never decode more than the card can show (a 6000 px product shot costs the GUI thread otherwise).
        const QSize full = reader.size();
        const int side = std::max(m_layout.card.height() * 2, 1);
        if (full.isValid() && (full.width() > side || full.height() > side))
            reader.setScaledSize(full.scaled(side, side, Qt::KeepAspectRatio));
        m_image = reader.read();
    }
    return m_image;
}

void OverlayLayer::refreshCard()
{
    const QString sku = m_live->pinnedSku();
    const ShowDocument& show = m_store->document();
    const Product* product = sku.isEmpty() ? nullptr : show.product(sku);
    if (!product) {
        if (m_cardVisible) {
            obs_sceneitem_set_visible(m_cardItem, false);
            m_cardVisible = false;
            m_card = {}; // a hidden item is not drawn: its texture waits for the next pin
            Q_EMIT cardPosted(QString());
        }
        return;
    }
    const QImage image = productImage(product->images.value(0));
    ProductCardContent content = ProductCardContent::fromShow(show, sku, image);
    if (m_cardVisible && content == m_card)
        return; // nothing viewers would see changed: no paint, no upload
    m_card = std::move(content);
    m_cardSource->post(m_painter.paint(m_card, m_layout));
    ++m_cardPaints;
    vec2 position;
    vec2_set(&position, static_cast<float>(m_layout.card.x()), static_cast<float>(m_layout.card.y()));
    obs_sceneitem_set_pos(m_cardItem, &position);
    if (!m_cardVisible) {
        obs_sceneitem_set_visible(m_cardItem, true);
        m_cardVisible = true;
    }
    Q_EMIT cardPosted(m_card.sku);
}

} // namespace vitrine
