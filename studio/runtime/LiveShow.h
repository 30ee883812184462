#pragma once

#include "base/VideoSettings.h"
#include "output/ReconnectPolicy.h"
#include "runtime/ActionScript.h"
#include "runtime/RunSettings.h"
#include "show/Destination.h"

#include <QObject>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace vitrine {

class ActionPlayer;
class Broadcast;
class ChatHub;
class ClaimBook;
class ClaimConfirmer;
class EventLog;
class KeyStore;
class LiveFigures;
class LiveState;
class OverlayLayer;
class ProductImageCache;
class ShowStore;
class StockRefresher;
class StudioSession;
class VerticalProgram;

// A running show: the one object the window, the headless runner and (next) the remote stand on. It owns and
// wires the show store and its autosave, the event log, the live state (pin, promo, run-of-show), the stock
// refresher, the product image cache, the broadcast (destinations and recording), the merged chat, and the
// video/encoder settings applied to libobs (resolveRunSettings). Whoever drives it — a dock, a rehearsal
// script, a command line — goes through the same objects, so the event log records the same things.
class LiveShow : public QObject {
    Q_OBJECT
public:
    struct Options {
        void* nativeDisplay = nullptr; // X11 Display*, not owned
        // The window's program goes through a transition (studio mode); headless runs cut.
        bool transitions = false;
        // The user's Settings → Output; none for headless runs (reproducible from the show and command line).
        ReconnectSettings reconnect; // how destinations come back after losing their server
        std::optional<EncoderSettings> preferences;
        RunOverrides overrides;
        QString eventLogPath;  // empty: no event log is written
        QString chatSpoolPath; // empty: the merged chat is not kept
        // Writes the crash marker beside the show and offers its live state back after a crash (the window).
        bool trackSession = true;
        KeyStore* keys = nullptr; // stream keys; null: the system keychain ("vitrine")
        // Where this run goes live instead of the show's destinations (a headless --stream).
        std::optional<QList<Destination>> destinations;
    };

    explicit LiveShow(QObject* parent = nullptr);
    ~LiveShow() override;

    // Opens the show (autosaved from now on), starts libobs with the resolved settings, builds the scenes and
    // encoders and wires the rest. Fails with a message naming the problem, leaving nothing running.
    [[nodiscard]] bool open(const QString& showPath, const Options& options, QString* error);
    bool isOpen() const;
    QString showPath() const { return m_showPath; }

    ShowStore& store() { return *m_store; }
    EventLog& events() { return *m_events; }
    LiveState& live() { return *m_live; }
    StockRefresher& stock() { return *m_stock; }
    ProductImageCache& images() { return *m_images; }
    Broadcast& broadcast() { return *m_broadcast; }
    LiveFigures& figures() { return *m_figures; }
    ChatHub& chat() { return *m_chat; }
    // Comment-to-claim: the claims the chats made, and their optional confirmation in chat.
    ClaimBook& claims() { return *m_claims; }
    ClaimConfirmer& claimConfirmer() { return *m_claimConfirmer; }
    StudioSession& studio() { return *m_studio; }
    // What viewers see above every scene (the pinned product's card), drawn from the live state.
    OverlayLayer& overlays() { return *m_overlays; }
    KeyStore& keys() { return *m_keys; }
    QNetworkAccessManager& network() { return *m_network; }
    // Problems that do not stop the show (the event log or the chat spool cannot be written), for people.
    QStringList warnings() const { return m_warnings; }

    // What libobs composes and encodes with now.
    const RunSettings& settings() const { return m_settings; }
    const RunOverrides& overrides() const { return m_options.overrides; }
    // Settings → Video and Output: the canvas and frame rate become the show's (saved), the user's encoder
    // preferences are re-resolved (the show's and the command line's still win), and libobs's video and the
    // encoders are rebuilt. Refused while a live or a recording runs.
    [[nodiscard]] bool applySettings(const VideoSettings& canvas,
                                     const std::optional<EncoderSettings>& preferences, QString* error);

    // Composes the show on a vertical (9:16) canvas too, with its own encoder, for the destinations marked
    // vertical and the vertical recording (Broadcast). `size` e.g. 720×1280 (VerticalCanvas::sizeFor). True
    // if it is on already (at any size). Refused while a live or a recording runs. Without it, a show going
    // live to its own destinations has the canvas on exactly while one of them is enabled and vertical.
    [[nodiscard]] bool enableVerticalCanvas(QSize size, QString* error);
    // The vertical canvas, or null when it is off.
    VerticalProgram* vertical() { return m_vertical.get(); }

    // Puts a scene on air: through the program switcher when there is one (its transition), else a cut. Every
    // switch — scene bar, rehearsal script, remote — is logged once, here.
    [[nodiscard]] bool takeScene(const QString& name, QString* error);

    // Plays a rehearsal script through the live state (the producer panel's own path); times count from now.
    // Replaces a script already playing.
    ActionPlayer* playActions(ActionScript script);
    ActionPlayer* actions() const { return m_actions.get(); }

    bool isOnAir() const; // a live or a recording runs

Q_SIGNALS:
    // Around a change of libobs's video (views that read its frames let go, then come back).
    void videoAboutToReset();
    void videoReset();
    // The vertical canvas turned on, or is about to turn off (views of it let go first).
    void verticalCanvasChanged(bool on);
    void settingsApplied(const vitrine::RunSettings& settings);
    // Something the producer should know that is not an error of theirs (the stock feed is unreachable…).
    void notice(const QString& message);

private:
    void wireStock();
    void wireScenes();
    void wireChatOverlays(OverlayLayer* layer);
    void wireEngagementOverlays(OverlayLayer* layer);
    // How long a poll's result and a giveaway's winner stay on air.
    static constexpr int kEngagementResultMs = 20000;
    [[nodiscard]] bool openVerticalCanvas(QSize size, QString* error);
    void disableVerticalCanvas();
    void followVerticalDestinations();
    QString programScene();
    void close();

    Options m_options;
    QString m_showPath;
    QStringList m_warnings;
    bool m_verticalAsked = false; // enableVerticalCanvas was called: kept on whatever the destinations
    RunSettings m_settings;
    // Declared in construction order; torn down in reverse: actions, chat, figures, broadcast, the vertical
    // canvas, overlays, the session (encoders, scenes, libobs), then the show's parts.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeyStore> m_ownKeys;
    KeyStore* m_keys = nullptr;
    std::unique_ptr<ShowStore> m_store;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<StockRefresher> m_stock;
    std::unique_ptr<ProductImageCache> m_images;
    std::unique_ptr<StudioSession> m_studio;
    std::unique_ptr<OverlayLayer> m_overlays;    // needs libobs: goes before the session
    std::unique_ptr<VerticalProgram> m_vertical; // off until enableVerticalCanvas; before the broadcast
    std::unique_ptr<Broadcast> m_broadcast;
    std::unique_ptr<LiveFigures> m_figures;
    std::unique_ptr<ClaimBook> m_claims; // read by the chat: goes after it
    std::unique_ptr<ChatHub> m_chat;
    std::unique_ptr<ClaimConfirmer> m_claimConfirmer;
    std::unique_ptr<ActionPlayer> m_actions;
};

} // namespace vitrine
