#include "runtime/LiveShow.h"

#include "OverlayLayer.h"

#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "chat/ClaimConfirmer.h"
#include "engine/VerticalCanvas.h"
#include "output/Broadcast.h"
#include "output/KeyStore.h"
#include "output/LiveFigures.h"
#include "runtime/ActionPlayer.h"
#include "runtime/VerticalProgram.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneGraph.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ProductImageCache.h"
#include "show/ShowStore.h"
#include "show/StockRefresher.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace vitrine {
namespace {

QString stockLevelKey(StockLevel level)
{
    switch (level) {
    case StockLevel::InStock:
        return QStringLiteral("in_stock");
    case StockLevel::Low:
        return QStringLiteral("low");
    case StockLevel::SoldOut:
        return QStringLiteral("sold_out");
    }
    return {};
}

} // namespace

LiveShow::LiveShow(QObject* parent) : QObject(parent) {}

LiveShow::~LiveShow()
{
    close();
}

void LiveShow::close()
{
    // Whatever reads the show or feeds the outputs goes before the outputs; the outputs before the encoders
    // and libobs; the show's parts last.
    m_actions.reset();
    m_claimConfirmer.reset();
    m_chat.reset();
    m_claims.reset();
    m_figures.reset();
    m_broadcast.reset();
    if (m_vertical)
        Q_EMIT verticalCanvasChanged(false); // views of it let go before it goes
    m_vertical.reset();
    m_overlays.reset();
    m_studio.reset();
    m_images.reset();
    m_stock.reset();
    m_live.reset();
    m_events.reset();
    m_store.reset();
    m_ownKeys.reset();
    m_network.reset();
}

bool LiveShow::isOpen() const
{
    return m_studio && m_studio->isOpen();
}

bool LiveShow::open(const QString& showPath, const Options& options, QString* error)
{
    close();
    m_options = options;
    m_showPath = QFileInfo(showPath).absoluteFilePath();
    m_warnings.clear();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_keys = options.keys;
    if (!m_keys) {
        m_ownKeys = std::make_unique<KeyStore>(QStringLiteral("vitrine"));
        m_keys = m_ownKeys.get();
    }

    m_store = std::make_unique<ShowStore>();
    if (!m_store->open(m_showPath, error, options.trackSession)) {
        close();
        return false;
    }
    connect(m_store.get(), &ShowStore::saveFailed, this,
            [this](const QString& message) { Q_EMIT notice(tr("Not saved: %1").arg(message)); });

    m_events = std::make_unique<EventLog>();
    if (!options.eventLogPath.isEmpty()) {
        QString logError;
        if (!m_events->open(options.eventLogPath, &logError))
            m_warnings << logError;
    }
    m_live = std::make_unique<LiveState>(&m_store->document(), m_events.get());
    connect(m_live.get(), &LiveState::changed, m_store.get(),
            [this] { m_store->setSessionState(m_live->snapshot()); });

    // Stock and images are the show's, not a panel's: a headless run refreshes stock too, and overlays draw
    // the same images the producer sees.
    m_stock = std::make_unique<StockRefresher>(m_store.get(), m_network.get());
    m_images = std::make_unique<ProductImageCache>(ProductImageCache::cacheDirFor(m_showPath),
                                                   QFileInfo(m_showPath).absolutePath(), m_network.get());
    wireStock();
    // A show opened with the refresh on reads its feed at once: the first stock the producer sees is today's.
    if (m_stock->isEnabled())
        m_stock->refreshNow();

    m_settings = resolveRunSettings(m_store->document(), options.preferences, options.overrides);
    m_studio = std::make_unique<StudioSession>();
    StudioSession::Options studioOptions;
    studioOptions.nativeDisplay = options.nativeDisplay;
    studioOptions.transitions = options.transitions;
    studioOptions.video = m_settings.canvas;
    studioOptions.encoders = m_settings.encoders;
    if (!m_studio->open(m_store->document().scenes, QFileInfo(m_showPath).absoluteDir(), studioOptions,
                        error)) {
        close();
        return false;
    }
    m_settings.encoders = m_studio->encoders().settings(); // what the encoders could honour (x264 fallback)
    wireScenes();
    m_overlays = std::make_unique<OverlayLayer>(m_store.get(), m_live.get(), m_images.get(),
                                                QSize(m_settings.canvas.width, m_settings.canvas.height));
    m_overlays->setProgramScene(m_store->document().scenes.programScene);
    connect(m_overlays.get(), &OverlayLayer::warning, this, &LiveShow::notice);
    if (ProgramSwitcher* switcher = m_studio->switcher())
        connect(switcher, &ProgramSwitcher::programSceneChanged, m_overlays.get(),
                &OverlayLayer::setProgramScene);
    // A flash sale ends by itself when what it offered has sold (the stock feed says so).
    connect(m_store.get(), &ShowStore::changed, m_live.get(), &LiveState::checkFlashSale);

    m_broadcast = std::make_unique<Broadcast>(m_studio->encoders(), m_keys, m_events.get());
    m_broadcast->setReconnectSettings(options.reconnect);
    if (options.destinations) {
        m_broadcast->setDestinations(*options.destinations);
    } else {
        m_broadcast->setDestinations(m_store->document().destinations);
        connect(m_store.get(), &ShowStore::changed, m_broadcast.get(), [this] {
            m_broadcast->setDestinations(m_store->document().destinations);
            followVerticalDestinations();
        });
    }
    m_figures = std::make_unique<LiveFigures>(m_studio->engine(), *m_broadcast);
    m_verticalAsked = false;

    m_chat = std::make_unique<ChatHub>();
    m_chat->attachShow(m_store.get(), m_live.get(), m_events.get());
    // Comment-to-claim for the window and the headless runner alike: the chat feeds the book, the book the
    // event log and (when the producer opts in) the confirmations posted back to the chats.
    m_claims = std::make_unique<ClaimBook>();
    m_claims->setEventLog(m_events.get());
    m_chat->setClaimBook(m_claims.get());
    // A giveaway "for those who claimed" asks the claim book.
    m_chat->giveaway()->setClaimCheck(
        [book = m_claims.get()](ChatPlatform platform, const QString& authorId) {
            return book->hasClaimed(platform, authorId);
        });
    m_claimConfirmer = std::make_unique<ClaimConfirmer>(m_chat.get(), m_claims.get(), m_store.get());
    wireChatOverlays(m_overlays.get());
    if (!options.chatSpoolPath.isEmpty()) {
        QString spoolError;
        // The show's whole chat, kept as it arrives: views trim, this record never does.
        if (!m_chat->openSpool(options.chatSpoolPath, &spoolError))
            m_warnings << spoolError;
    }
    if (!options.destinations)
        followVerticalDestinations();
    return true;
}

void LiveShow::wireStock()
{
    // A product going low or sold out during the live is a fact of the show: figures and the replay read it.
    connect(
        m_stock.get(), &StockRefresher::stockLevelChanged, m_events.get(),
        [this](const QString& sku, StockLevel level) {
            QJsonObject data{{QStringLiteral("sku"), sku}, {QStringLiteral("level"), stockLevelKey(level)}};
            if (const Product* product = m_store->document().product(sku); product && product->stock)
                data.insert(QStringLiteral("stock"), *product->stock);
            m_events->append(EventType::StockLevel, data);
        });
    connect(m_stock.get(), &StockRefresher::feedUnreachable, this, [this](const QString& message) {
        Q_EMIT notice(tr("Stock feed unreachable, keeping the last known stock: %1").arg(message));
    });
    connect(m_stock.get(), &StockRefresher::feedReachable, this,
            [this] { Q_EMIT notice(tr("Stock feed reachable again.")); });
}

void LiveShow::wireChatOverlays(OverlayLayer* layer)
{
    // The chat's highlight and buy intents are on air: the overlays know nothing of the chat.
    const auto updateHighlight = [this, layer] {
        const std::optional<ChatMessage> message = m_chat->highlighted();
        layer->setHighlight(message ? std::optional(OverlayComment{chatPlatformKey(message->platform),
                                                                   message->author.name, message->text})
                                    : std::nullopt);
    };
    connect(m_chat.get(), &ChatHub::highlightChanged, layer, updateHighlight);
    const auto updateWanting = [this, layer] {
        if (m_chat) // the chat goes before the overlays when the show closes
            layer->setWanting(m_chat->buyIntent()->count(m_live->pinnedSku()));
    };
    connect(m_chat->buyIntent(), &BuyIntent::countsChanged, layer, updateWanting);
    connect(m_live.get(), &LiveState::pinnedProductChanged, layer, updateWanting);
    updateHighlight();
    updateWanting();
    wireEngagementOverlays(layer);
}

void LiveShow::wireEngagementOverlays(OverlayLayer* layer)
{
    // A poll is on air while open, then its result for a while; a giveaway while entries are open, then its
    // winner for a while.
    auto* pollResult = new QTimer(layer);
    pollResult->setSingleShot(true);
    pollResult->setInterval(kEngagementResultMs);
    const auto updatePoll = [this, layer, pollResult] {
        if (!m_chat)
            return;
        const ChatPoll* poll = m_chat->poll();
        if (poll->options().isEmpty() || (!poll->isOpen() && !pollResult->isActive())) {
            layer->setPoll(std::nullopt);
            return;
        }
        layer->setPoll(OverlayPoll{poll->question(), poll->options(), poll->counts(), poll->isOpen()});
    };
    connect(m_chat->poll(), &ChatPoll::changed, layer, [this, pollResult, updatePoll] {
        if (!m_chat->poll()->isOpen())
            pollResult->start(); // a poll that just ended shows its result
        updatePoll();
    });
    connect(pollResult, &QTimer::timeout, layer, updatePoll);

    auto* winnerShown = new QTimer(layer);
    winnerShown->setSingleShot(true);
    winnerShown->setInterval(kEngagementResultMs);
    const auto updateGiveaway = [this, layer, winnerShown] {
        if (!m_chat)
            return;
        const Giveaway* giveaway = m_chat->giveaway();
        const std::optional<Giveaway::Entry> winner = giveaway->winner();
        if (!giveaway->isOpen() && !(winner && winnerShown->isActive())) {
            layer->setGiveaway(std::nullopt);
            return;
        }
        layer->setGiveaway(OverlayGiveaway{
            giveaway->rules().keyword, static_cast<int>(giveaway->entries().size()),
            winner ? winner->authorName : QString(), winner ? chatPlatformKey(winner->platform) : QString()});
    };
    connect(m_chat->giveaway(), &Giveaway::changed, layer, [this, winnerShown, updateGiveaway] {
        if (m_chat->giveaway()->winner())
            winnerShown->start();
        updateGiveaway();
    });
    connect(winnerShown, &QTimer::timeout, layer, updateGiveaway);
    updatePoll();
    updateGiveaway();
}

QString LiveShow::programScene()
{
    if (ProgramSwitcher* switcher = m_studio->switcher())
        return switcher->programScene();
    return m_studio->scenes().programScene();
}

bool LiveShow::enableVerticalCanvas(QSize size, QString* error)
{
    if (!openVerticalCanvas(size, error))
        return false;
    m_verticalAsked = true;
    return true;
}

void LiveShow::followVerticalDestinations()
{
    if (m_verticalAsked || m_options.destinations || isOnAir())
        return; // a running live keeps its canvases; the next change of destinations applies
    const QList<Destination>& destinations = m_store->document().destinations;
    const bool wanted = std::any_of(destinations.cbegin(), destinations.cend(),
                                    [](const Destination& d) { return d.enabled && d.vertical; });
    if (!wanted) {
        disableVerticalCanvas();
        return;
    }
    QString error;
    const QSize canvas(m_settings.canvas.width, m_settings.canvas.height);
    if (!openVerticalCanvas(VerticalCanvas::sizeFor(canvas), &error))
        Q_EMIT notice(tr("The vertical canvas could not be turned on: %1").arg(error));
}

bool LiveShow::openVerticalCanvas(QSize size, QString* error)
{
    if (m_vertical)
        return true;
    if (isOnAir()) {
        *error = tr("The vertical canvas cannot be turned on during a live or a recording.");
        return false;
    }
    auto vertical = std::make_unique<VerticalProgram>();
    VerticalProgram::Parts parts;
    parts.store = m_store.get();
    parts.live = m_live.get();
    parts.images = m_images.get();
    parts.scenes = &m_studio->scenes();
    parts.landscapeEncoders = &m_studio->encoders();
    if (!vertical->open(parts, size, error))
        return false;
    m_vertical = std::move(vertical);
    m_vertical->setProgramScene(programScene());
    wireChatOverlays(&m_vertical->overlays());
    if (ProgramSwitcher* switcher = m_studio->switcher())
        connect(switcher, &ProgramSwitcher::programSceneChanged, m_vertical.get(),
                &VerticalProgram::setProgramScene);
    m_broadcast->setVerticalEncoders(&m_vertical->encoders());
    Q_EMIT verticalCanvasChanged(true);
    return true;
}

void LiveShow::disableVerticalCanvas()
{
    if (!m_vertical)
        return;
    Q_EMIT verticalCanvasChanged(false);
    m_broadcast->setVerticalEncoders(nullptr);
    m_vertical.reset();
}

void LiveShow::wireScenes()
{
    // Scene switches are chapters of the replay, like pins and promos.
    if (ProgramSwitcher* switcher = m_studio->switcher())
        connect(switcher, &ProgramSwitcher::programSceneChanged, m_events.get(),
                &EventLog::appendSceneSwitch);
}

bool LiveShow::takeScene(const QString& name, QString* error)
{
    if (ProgramSwitcher* switcher = m_studio->switcher()) {
        if (!m_store->document().scenes.scene(name)) {
            *error = tr("no scene “%1” in the show").arg(name);
            return false;
        }
        if (!switcher->takeToProgram(name)) {
            *error = tr("cannot put “%1” on air now").arg(name);
            return false;
        }
        return true; // logged by the switcher's programSceneChanged
    }
    if (!m_studio->scenes().setProgramScene(name, error))
        return false;
    m_events->appendSceneSwitch(name);
    m_overlays->setProgramScene(name);
    if (m_vertical)
        m_vertical->setProgramScene(name);
    return true;
}

ActionPlayer* LiveShow::playActions(ActionScript script)
{
    m_actions = std::make_unique<ActionPlayer>(
        std::move(script), m_live.get(),
        [this](const QString& name, QString* why) { return takeScene(name, why); }, m_chat.get());
    m_actions->start();
    return m_actions.get();
}

bool LiveShow::isOnAir() const
{
    return m_broadcast &&
           (m_broadcast->isActive() || m_broadcast->isRecording() || m_broadcast->isVerticalRecording());
}

bool LiveShow::applySettings(const VideoSettings& canvas, const std::optional<EncoderSettings>& preferences,
                             QString* error)
{
    if (isOnAir()) {
        *error = tr("Video settings cannot change during a live or a recording.");
        return false;
    }
    if (!canvas.isValid()) {
        *error = tr("invalid canvas %1×%2 at %3 fps").arg(canvas.width).arg(canvas.height).arg(canvas.fps);
        return false;
    }
    if (canvas != m_store->document().canvas)
        m_store->update([&canvas](ShowDocument& show) { show.canvas = canvas; });
    m_options.preferences = preferences;
    RunSettings wanted = resolveRunSettings(m_store->document(), preferences, m_options.overrides);
    if (wanted == m_settings)
        return true;
    const bool videoChanges = wanted.canvas != m_settings.canvas;
    if (videoChanges)
        Q_EMIT videoAboutToReset();
    // The vertical canvas reads libobs's video and shares the landscape audio encoder: off first, back after.
    const QSize verticalSize = m_vertical ? m_vertical->size() : QSize();
    disableVerticalCanvas();
    bool ok = m_studio->reconfigure(wanted.canvas, wanted.encoders, error);
    m_settings.canvas = m_studio->engine().video();
    m_overlays->setCanvas(QSize(m_settings.canvas.width, m_settings.canvas.height));
    m_settings.encoders = m_studio->encoders().settings();
    if (m_verticalAsked && verticalSize.isValid()) {
        QString verticalError;
        if (!openVerticalCanvas(verticalSize, &verticalError)) {
            if (ok)
                *error = verticalError;
            ok = false;
        }
    } else {
        followVerticalDestinations(); // sized for the new canvas
    }
    if (videoChanges)
        Q_EMIT videoReset();
    if (ok)
        Q_EMIT settingsApplied(m_settings);
    return ok;
}

} // namespace vitrine
