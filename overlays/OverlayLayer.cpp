#include "OverlayLayer.h"

#include "show/LiveState.h"
#include "show/ProductImageCache.h"
#include "show/ShowStore.h"

#include <QImageReader>
#include <QLoggingCategory>

namespace vitrine {
namespace {

Q_LOGGING_CATEGORY(lcOverlays, "vitrine.overlays")

// Bottom to top: the full-screen cards under everything, the chat highlight on top.
constexpr OverlayKind kStackOrder[] = {
    OverlayKind::StartingSoon, OverlayKind::EndCard,  OverlayKind::Card, OverlayKind::Ticker,
    OverlayKind::Promo,        OverlayKind::Flash,    OverlayKind::Poll, OverlayKind::Giveaway,
    OverlayKind::LowerThird,   OverlayKind::Highlight};

bool hasCountdown(const OverlayContent& content)
{
    return !content.banner.trailing.isEmpty() || content.kind == OverlayKind::Ticker;
}

} // namespace

OverlayLayer::OverlayLayer(ShowStore* store, LiveState* live, ProductImageCache* images, QSize canvas,
                           QObject* parent)
    : OverlayLayer(store, live, images, canvas, nullptr, parent)
{
}

OverlayLayer::OverlayLayer(ShowStore* store, LiveState* live, ProductImageCache* images, QSize canvas,
                           obs_view_t* view, QObject* parent)
    : QObject(parent), m_store(store), m_live(live), m_images(images), m_view(view), m_canvas(canvas)
{
    m_scene = obs_scene_create_private("vitrine overlays");
    for (OverlayKind kind : kStackOrder) {
        const QByteArray name = "vitrine overlay " + QByteArray(overlayKindKey(kind).data());
        m_elements.emplace(kind, std::make_unique<OverlayElement>(m_scene, name.constData()));
    }
    // Off the output while nothing is on air: libobs then composes nothing of the layer (an idle layer costs
    // nothing), and the first overlay puts it back for its very next frame.
    m_detach.setSingleShot(true);
    m_detach.setInterval(static_cast<int>(OverlaySource::kAnimationNs / 1'000'000) + 200); // after fade-outs
    connect(&m_detach, &QTimer::timeout, this, [this] { setAttached(!m_onAir.isEmpty()); });

    m_tick.setInterval(250); // a countdown's second shows within a quarter of a second of its change
    connect(&m_tick, &QTimer::timeout, this, &OverlayLayer::refresh);
    connect(m_live, &LiveState::changed, this, &OverlayLayer::refresh);
    connect(m_store, &ShowStore::changed, this, &OverlayLayer::onStoreChanged);
    connect(m_images, &ProductImageCache::imageReady, this,
            [this](const QString& image, const QString&) { onImageReady(image); });
    m_sales.observe(m_store->document(), QDateTime::currentDateTimeUtc());
    refreshTheme();
    refresh(); // a show reopened after a crash may come back with a product pinned
}

OverlayLayer::~OverlayLayer()
{
    // Off the output first, so no frame draws the layer while its sources go.
    setAttached(false);
}

void OverlayLayer::setAttached(bool attached)
{
    if (attached == m_attached)
        return;
    m_attached = attached;
    obs_source_t* source = attached ? obs_scene_get_source(m_scene) : nullptr;
    if (m_view)
        obs_view_set_source(m_view, kOutputChannel, source);
    else
        obs_set_output_source(kOutputChannel, source);
    Q_EMIT attachedChanged(attached);
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
    m_onAir.clear(); // laid out again: paint even when the contents are the same
    for (auto& [kind, element] : m_elements)
        element->dismiss();
    refresh();
}

void OverlayLayer::setProgramScene(const QString& scene)
{
    if (scene == m_programScene)
        return;
    m_programScene = scene;
    refresh();
}

void OverlayLayer::setHighlight(const std::optional<OverlayComment>& comment)
{
    if (comment == m_highlight)
        return;
    m_highlight = comment;
    refresh();
}

void OverlayLayer::setPoll(const std::optional<OverlayPoll>& poll)
{
    if (poll == m_poll)
        return;
    m_poll = poll;
    refresh();
}

void OverlayLayer::setGiveaway(const std::optional<OverlayGiveaway>& giveaway)
{
    if (giveaway == m_giveaway)
        return;
    m_giveaway = giveaway;
    refresh();
}

void OverlayLayer::setWanting(int people)
{
    if (people == m_wanting)
        return;
    m_wanting = people;
    refresh();
}

void OverlayLayer::onStoreChanged()
{
    m_sales.observe(m_store->document(), QDateTime::currentDateTimeUtc());
    refreshTheme();
    refresh();
}

void OverlayLayer::refreshTheme()
{
    const QJsonObject json = m_store->document().overlayTheme;
    if (json == m_themeJson && !m_painter.theme().landscape.isEmpty())
        return;
    m_themeJson = json;
    QStringList warnings;
    m_painter = OverlayPainter(OverlayTheme::fromJson(json, &warnings));
    for (const QString& problem : warnings) {
        qCWarning(lcOverlays).noquote() << problem;
        Q_EMIT warning(problem);
    }
    m_onAir.clear(); // a new look: paint everything again
}

OverlayState OverlayLayer::state() const
{
    const ShowDocument& show = m_store->document();
    OverlayState state;
    state.now = QDateTime::currentDateTimeUtc();
    state.pinnedSku = m_live->pinnedSku();
    state.promoCode = m_live->runningPromo();
    state.promoEndsAt = m_live->promoEndsAt();
    state.flash = m_live->flashSale();
    state.highlight = m_highlight;
    state.poll = m_poll;
    state.giveaway = m_giveaway;
    state.proof.sold = m_sales.soldWithin(state.pinnedSku, state.proof.minutes, state.now);
    state.proof.wanting = state.pinnedSku.isEmpty() ? 0 : m_wanting;
    if (!show.locale.isEmpty())
        state.locale = QLocale(show.locale);
    const QMap<QString, bool> switches = m_live->overlaySwitches();
    for (auto it = switches.cbegin(); it != switches.cend(); ++it)
        if (const std::optional<OverlayKind> kind = overlayKindFromKey(it.key())) {
            if (it.value())
                state.enabled.insert(*kind);
            else
                state.enabled.remove(*kind);
        }
    if (const SceneSpec* scene = show.scenes.scene(m_programScene))
        for (const QString& key : scene->hiddenOverlays)
            if (const std::optional<OverlayKind> kind = overlayKindFromKey(key))
                state.enabled.remove(*kind);
    return state;
}

std::optional<OverlayContent> OverlayLayer::content(OverlayKind kind) const
{
    const auto it = m_onAir.constFind(kind);
    return it == m_onAir.cend() ? std::nullopt : std::optional(*it);
}

bool OverlayLayer::isOnAir(OverlayKind kind) const
{
    return m_onAir.contains(kind);
}

ProductCardContent OverlayLayer::cardContent() const
{
    const std::optional<OverlayContent> card = content(OverlayKind::Card);
    return card && card->card ? *card->card : ProductCardContent();
}

QImage OverlayLayer::brandLogo(const QString& logoRef)
{
    if (logoRef.isEmpty())
        return {};
    const auto cached = m_logos.constFind(logoRef);
    if (cached != m_logos.cend())
        return *cached;
    const QString file = m_images->request(logoRef); // empty until fetched: imageReady() repaints
    if (file.isEmpty())
        return {};
    QImageReader reader(file);
    // A logo is drawn a few dozen pixels high: never decode a poster.
    const QSize full = reader.size();
    const int side = std::max(cardLayout().card.height(), 1);
    if (full.isValid() && (full.width() > side || full.height() > side))
        reader.setScaledSize(full.scaled(side, side, Qt::KeepAspectRatio));
    const QImage logo = reader.read();
    if (logo.isNull())
        qCWarning(lcOverlays).noquote()
            << "brand logo" << logoRef << "cannot be decoded:" << reader.errorString();
    m_logos.insert(logoRef, logo); // a broken one is not read again
    return logo;
}

void OverlayLayer::onImageReady(const QString& image)
{
    if (m_store->document().brandLogos.values().contains(image)) {
        m_logos.remove(image);
        refresh();
        return;
    }
    if (image == m_imageRef) {
        m_image = QImage(); // fetched now: decode it on the next paint
        m_imageRef.clear();
        refresh();
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
        const int side = std::max(cardLayout().card.height() * 2, 1);
        if (full.isValid() && (full.width() > side || full.height() > side))
            reader.setScaledSize(full.scaled(side, side, Qt::KeepAspectRatio));
        m_image = reader.read();
        if (m_image.isNull())
            qCWarning(lcOverlays).noquote()
                << "product image" << imageRef << "cannot be decoded:" << reader.errorString();
    }
    return m_image;
}

void OverlayLayer::refresh()
{
    const ShowDocument& show = m_store->document();
    OverlayState current = state();
    if (const Product* pinned = show.product(current.pinnedSku)) {
        current.pinnedImage = productImage(pinned->images.value(0));
        current.pinnedBrandLogo = brandLogo(show.brandLogos.value(pinned->vendor));
    }
    bool ticking = false;
    for (OverlayKind kind : kStackOrder) {
        OverlayElement& element = *m_elements.at(kind);
        const std::optional<OverlayContent> next = OverlayComposer::compose(kind, show, current);
        const auto previous = m_onAir.constFind(kind);
        if (!next) {
            if (previous != m_onAir.cend()) {
                m_onAir.erase(previous);
                element.dismiss();
                Q_EMIT overlayPosted(kind, false);
                if (kind == OverlayKind::Card)
                    Q_EMIT cardPosted(QString());
            }
            continue;
        }
        ticking = ticking || hasCountdown(*next);
        if (previous != m_onAir.cend() && *previous == *next)
            continue; // nothing viewers would see changed: no paint, no upload
        const bool replaces = previous != m_onAir.cend() && previous->identity != next->identity;
        setAttached(true);
        element.present(m_painter.paint(*next, m_canvas), m_painter.placement(kind, m_canvas).topLeft(),
                        replaces ? OverlayElement::Change::CrossFade : OverlayElement::Change::InPlace);
        m_onAir.insert(kind, *next);
        ++m_paints[kind];
        Q_EMIT overlayPosted(kind, true);
        if (kind == OverlayKind::Card)
            Q_EMIT cardPosted(next->identity);
    }
    if (ticking && !m_tick.isActive())
        m_tick.start();
    else if (!ticking)
        m_tick.stop();
    if (m_onAir.isEmpty() && m_attached && !m_detach.isActive())
        m_detach.start();
}

} // namespace vitrine
