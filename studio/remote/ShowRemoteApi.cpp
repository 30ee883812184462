#include "remote/ShowRemoteApi.h"

#include "audio/AudioChannel.h"
#include "base/ProcessFigures.h"
#include "chat/ChatHub.h"
#include "output/Broadcast.h"
#include "output/LiveFigures.h"
#include "remote/PublicFeed.h"
#include "runtime/LiveShow.h"
#include "scene/ProgramSwitcher.h"
#include "scene/SceneGraph.h"
#include "session/StudioSession.h"
#include "show/EventLog.h"
#include "show/EventTypes.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStorageInfo>
#include <QSysInfo>

#include <obs.h>

#include <cmath>
#include <optional>

namespace vitrine {
namespace {

// The mixer's range (AudioChannel): a remote may not push a source louder than the studio's own faders.
constexpr double kMinVolumeDb = -100.0;
constexpr double kMaxVolumeDb = AudioChannel::kMaxGainDb;

// Reads a request's fields, keeping the first problem as obs-websocket's status and a comment for people.
class Fields {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ShowRemoteApi)
public:
    explicit Fields(const QJsonObject& data) : m_data(data) {}

    std::optional<RemoteResponse> error;

    bool has(const char* name) const { return m_data.contains(QLatin1String(name)); }

    // A required non-empty string.
    QString string(const char* name)
    {
        const QJsonValue value = field(name, QJsonValue::String);
        if (error)
            return {};
        const QString text = value.toString();
        if (text.trimmed().isEmpty())
            fail(RequestStatus::RequestFieldEmpty, tr("The “%1” field is empty.").arg(QLatin1String(name)));
        return text;
    }
    // A string that may be absent or empty.
    QString optionalString(const char* name)
    {
        if (!has(name))
            return {};
        return field(name, QJsonValue::String).toString();
    }
    bool boolean(const char* name) { return field(name, QJsonValue::Bool).toBool(); }
    bool optionalBoolean(const char* name, bool fallback)
    {
        return has(name) ? field(name, QJsonValue::Bool).toBool() : fallback;
    }
    double number(const char* name) { return field(name, QJsonValue::Double).toDouble(); }
    // A whole number in [min, max], `fallback` when absent.
    int integer(const char* name, int fallback, int min, int max)
    {
        if (!has(name))
            return fallback;
        const double value = field(name, QJsonValue::Double).toDouble();
        if (error)
            return fallback;
        if (value != std::floor(value) || value < min || value > max) {
            fail(RequestStatus::RequestFieldOutOfRange,
                 tr("The “%1” field must be a whole number from %2 to %3.")
                     .arg(QLatin1String(name))
                     .arg(min)
                     .arg(max));
            return fallback;
        }
        return static_cast<int>(value);
    }
    QJsonObject object(const char* name)
    {
        if (!has(name))
            return {};
        return field(name, QJsonValue::Object).toObject();
    }

    void fail(int code, const QString& comment)
    {
        if (!error)
            error = RemoteResponse::failure(code, comment);
    }

private:
    QJsonValue field(const char* name, QJsonValue::Type type)
    {
        if (error)
            return {};
        const QJsonValue value = m_data.value(QLatin1String(name));
        if (value.isUndefined()) {
            fail(RequestStatus::MissingRequestField,
                 tr("Your request is missing the “%1” field.").arg(QLatin1String(name)));
            return {};
        }
        if (value.type() != type) {
            fail(RequestStatus::InvalidRequestFieldType,
                 tr("The “%1” field must be %2.").arg(QLatin1String(name), typeName(type)));
            return {};
        }
        return value;
    }
    static QString typeName(QJsonValue::Type type)
    {
        switch (type) {
        case QJsonValue::String:
            return tr("a string");
        case QJsonValue::Bool:
            return tr("true or false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::Object:
            return tr("an object");
        default:
            break;
        }
        return tr("of another type");
    }

    const QJsonObject& m_data;
};

// obs-websocket's names for the transitions, stable for clients (ProgramSwitcher's are translated).
struct TransitionInfo {
    TransitionKind kind;
    const char* name;
    const char* id;
};
constexpr TransitionInfo kTransitionInfo[] = {
    {TransitionKind::Cut, "Cut", "cut_transition"},
    {TransitionKind::Fade, "Fade", "fade_transition"},
    {TransitionKind::Slide, "Slide", "slide_transition"},
    {TransitionKind::Swipe, "Swipe", "swipe_transition"},
    {TransitionKind::Stinger, "Stinger", "obs_stinger_transition"},
};

const TransitionInfo& transitionInfo(TransitionKind kind)
{
    for (const TransitionInfo& info : kTransitionInfo)
        if (info.kind == kind)
            return info;
    return kTransitionInfo[0];
}

QString timecode(qint64 ms)
{
    const qint64 h = ms / 3'600'000;
    const qint64 m = (ms / 60'000) % 60;
    const qint64 s = (ms / 1000) % 60;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString outputState(Broadcast::State state)
{
    switch (state) {
    case Broadcast::State::Starting:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTING");
    case Broadcast::State::Live:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED");
    case Broadcast::State::Stopping:
        return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPING");
    case Broadcast::State::Offline:
        break;
    }
    return QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED");
}

double volumeMul(const AudioChannel& channel)
{
    return channel.source() ? static_cast<double>(obs_source_get_volume(channel.source())) : 0.0;
}

QJsonValue volumeDb(double mul)
{
    // obs-websocket sends -inf as the lowest double JSON can hold; -100 dB is silence enough.
    return mul > 0.0 ? 20.0 * std::log10(mul) : kMinVolumeDb;
}

// The event log's records that remote clients hear about, as VendorEvents.
struct LogEvent {
    QLatin1String logType;
    const char* eventType;
};
const LogEvent kLogEvents[] = {
    {EventType::ProductPin, "ProductPinned"},
    {EventType::ProductUnpin, "ProductUnpinned"},
    {EventType::PromoStart, "PromoStarted"},
    {EventType::PromoStop, "PromoStopped"},
    {EventType::SegmentStart, "SegmentStarted"},
    {EventType::StockLevel, "StockChanged"},
    {EventType::FlashStart, "FlashSaleStarted"},
    {EventType::FlashEnd, "FlashSaleEnded"},
    {EventType::ChatHighlight, "ChatMessageHighlighted"},
    {EventType::ChatUnhighlight, "ChatMessageUnhighlighted"},
    {EventType::NotesSet, "ProducerNotesChanged"},
    {EventType::DestinationState, "DestinationStateChanged"},
    {EventType::ClaimAccept, "ClaimRecorded"},
    {EventType::ClaimWaitlist, "ClaimRecorded"},
    {EventType::ClaimAmbiguous, "ClaimRecorded"},
    {EventType::ClaimVariant, "ClaimChanged"},
    {EventType::ShowEnd, "ShowEnded"},
};

} // namespace

ShowRemoteApi::ShowRemoteApi(LiveShow& show, QObject* parent) : RemoteApi(parent), m_show(show)
{
    // Scene switches, pins, promos, stock, claims…: the event log hears every path (panel, script, remote).
    connect(&m_show.events(), &EventLog::appended, this, &ShowRemoteApi::onLogAppended);
    if (ProgramSwitcher* switcher = m_show.studio().switcher()) {
        connect(switcher, &ProgramSwitcher::previewSceneChanged, this, [this](const QString& name) {
            emitEvent(QStringLiteral("CurrentPreviewSceneChanged"), EventSubscription::Scenes,
                      {{QStringLiteral("sceneName"), name}});
        });
        connect(switcher, &ProgramSwitcher::studioModeChanged, this, [this](bool on) {
            emitEvent(QStringLiteral("StudioModeStateChanged"), EventSubscription::Ui,
                      {{QStringLiteral("studioModeEnabled"), on}});
        });
    }
    Broadcast& broadcast = m_show.broadcast();
    connect(&broadcast, &Broadcast::stateChanged, this, [this](Broadcast::State state) {
        emitEvent(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs,
                  {{QStringLiteral("outputActive"), state == Broadcast::State::Live},
                   {QStringLiteral("outputState"), outputState(state)}});
    });
    connect(&broadcast, &Broadcast::recordingChanged, this, [this](bool recording) {
        QJsonObject data{
            {QStringLiteral("outputActive"), false},
            {QStringLiteral("outputState"), recording ? QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTING")
                                                      : QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED")}};
        if (!recording)
            data.insert(QStringLiteral("outputPath"), m_show.broadcast().recordingPath());
        emitEvent(QStringLiteral("RecordStateChanged"), EventSubscription::Outputs, data);
    });
    connect(&broadcast, &Broadcast::recordingStarted, this, [this] {
        emitEvent(QStringLiteral("RecordStateChanged"), EventSubscription::Outputs,
                  {{QStringLiteral("outputActive"), true},
                   {QStringLiteral("outputState"), QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED")},
                   {QStringLiteral("outputPath"), m_show.broadcast().recordingPath()}});
    });
    // New chat messages, kept light: who, where, what.
    connect(&m_show.chat(), &ChatHub::messageAdded, this, [this](const ChatEntry& entry) {
        if (entry.blocked || entry.hidden)
            return;
        emitVendorEvent(QStringLiteral("ChatMessage"),
                        {{QStringLiteral("platform"), chatPlatformKey(entry.message.platform)},
                         {QStringLiteral("id"), entry.message.id},
                         {QStringLiteral("author"), entry.message.author.name},
                         {QStringLiteral("text"), entry.message.text},
                         {QStringLiteral("question"), entry.question}});
    });
    connect(&m_show.store(), &ShowStore::changed, this, &ShowRemoteApi::rebuildChannels);
    rebuildChannels();
}

ShowRemoteApi::~ShowRemoteApi() = default;

const QHash<QString, ShowRemoteApi::Handler>& ShowRemoteApi::standardHandlers()
{
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("GetVersion"), &ShowRemoteApi::getVersion},
        {QStringLiteral("GetStats"), &ShowRemoteApi::getStats},
        {QStringLiteral("GetSceneList"), &ShowRemoteApi::getSceneList},
        {QStringLiteral("GetCurrentProgramScene"), &ShowRemoteApi::getCurrentProgramScene},
        {QStringLiteral("SetCurrentProgramScene"), &ShowRemoteApi::setCurrentProgramScene},
        {QStringLiteral("GetStudioModeEnabled"), &ShowRemoteApi::getStudioModeEnabled},
        {QStringLiteral("SetStudioModeEnabled"), &ShowRemoteApi::setStudioModeEnabled},
        {QStringLiteral("GetCurrentPreviewScene"), &ShowRemoteApi::getCurrentPreviewScene},
        {QStringLiteral("SetCurrentPreviewScene"), &ShowRemoteApi::setCurrentPreviewScene},
        {QStringLiteral("GetSceneTransitionList"), &ShowRemoteApi::getSceneTransitionList},
        {QStringLiteral("GetCurrentSceneTransition"), &ShowRemoteApi::getCurrentSceneTransition},
        {QStringLiteral("SetCurrentSceneTransition"), &ShowRemoteApi::setCurrentSceneTransition},
        {QStringLiteral("SetCurrentSceneTransitionDuration"),
         &ShowRemoteApi::setCurrentSceneTransitionDuration},
        {QStringLiteral("TriggerStudioModeTransition"), &ShowRemoteApi::triggerStudioModeTransition},
        {QStringLiteral("GetStreamStatus"), &ShowRemoteApi::getStreamStatus},
        {QStringLiteral("StartStream"), &ShowRemoteApi::startStream},
        {QStringLiteral("StopStream"), &ShowRemoteApi::stopStream},
        {QStringLiteral("ToggleStream"), &ShowRemoteApi::toggleStream},
        {QStringLiteral("GetRecordStatus"), &ShowRemoteApi::getRecordStatus},
        {QStringLiteral("StartRecord"), &ShowRemoteApi::startRecord},
        {QStringLiteral("StopRecord"), &ShowRemoteApi::stopRecord},
        {QStringLiteral("ToggleRecord"), &ShowRemoteApi::toggleRecord},
        {QStringLiteral("GetInputList"), &ShowRemoteApi::getInputList},
        {QStringLiteral("GetInputMute"), &ShowRemoteApi::getInputMute},
        {QStringLiteral("SetInputMute"), &ShowRemoteApi::setInputMute},
        {QStringLiteral("ToggleInputMute"), &ShowRemoteApi::toggleInputMute},
        {QStringLiteral("GetInputVolume"), &ShowRemoteApi::getInputVolume},
        {QStringLiteral("SetInputVolume"), &ShowRemoteApi::setInputVolume},
        {QStringLiteral("GetSceneItemList"), &ShowRemoteApi::getSceneItemList},
        {QStringLiteral("GetSpecialInputs"), &ShowRemoteApi::getSpecialInputs},
        {QStringLiteral("GetSceneCollectionList"), &ShowRemoteApi::getSceneCollectionList},
        {QStringLiteral("GetProfileList"), &ShowRemoteApi::getProfileList},
        // What control surfaces ask for when they connect, which the studio has not: said as OBS says it.
        {QStringLiteral("GetVirtualCamStatus"), &ShowRemoteApi::notAvailable},
        {QStringLiteral("GetReplayBufferStatus"), &ShowRemoteApi::notAvailable},
    };
    return handlers;
}

const QHash<QString, ShowRemoteApi::Handler>& ShowRemoteApi::vendorHandlers()
{
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("PinProduct"), &ShowRemoteApi::pinProduct},
        {QStringLiteral("UnpinProduct"), &ShowRemoteApi::unpinProduct},
        {QStringLiteral("NextSegment"), &ShowRemoteApi::nextSegment},
        {QStringLiteral("StartPromo"), &ShowRemoteApi::startPromo},
        {QStringLiteral("StopPromo"), &ShowRemoteApi::stopPromo},
        {QStringLiteral("StartFlashSale"), &ShowRemoteApi::startFlashSale},
        {QStringLiteral("StopFlashSale"), &ShowRemoteApi::stopFlashSale},
        {QStringLiteral("HighlightChatMessage"), &ShowRemoteApi::highlightChatMessage},
        {QStringLiteral("AnswerQuestion"), &ShowRemoteApi::answerQuestion},
        {QStringLiteral("SetProducerNotes"), &ShowRemoteApi::setProducerNotes},
        {QStringLiteral("GetShow"), &ShowRemoteApi::getShow},
        {QStringLiteral("StartLive"), &ShowRemoteApi::startLive},
        {QStringLiteral("StopLive"), &ShowRemoteApi::stopLive},
        {QStringLiteral("StartRecording"), &ShowRemoteApi::startRecording},
        {QStringLiteral("StopRecording"), &ShowRemoteApi::stopRecording},
    };
    return handlers;
}

QStringList ShowRemoteApi::requestTypes()
{
    QStringList types = standardHandlers().keys();
    types << QStringLiteral("CallVendorRequest");
    types.sort();
    return types;
}

QStringList ShowRemoteApi::vendorRequestTypes()
{
    QStringList types = vendorHandlers().keys();
    types.sort();
    return types;
}

RemoteResponse ShowRemoteApi::handle(const QString& requestType, const QJsonObject& requestData,
                                     RemoteRole role)
{
    if (requestType.isEmpty())
        return RemoteResponse::failure(RequestStatus::MissingRequestType,
                                       tr("The request has no requestType."));
    if (requestType == QLatin1String("CallVendorRequest"))
        return callVendor(requestData, role);
    const auto it = standardHandlers().constFind(requestType);
    if (it == standardHandlers().cend())
        return RemoteResponse::failure(RequestStatus::UnknownRequestType,
                                       tr("Vitrine Studio does not know the request “%1”.").arg(requestType));
    // The moderator's password is for the chat: the version, and nothing of the scenes or the outputs.
    if (role == RemoteRole::Moderator && requestType != QLatin1String("GetVersion"))
        return RemoteResponse::failure(
            RequestStatus::CannotAct,
            tr("The moderator's password allows only the chat's requests; “%1” needs the producer's.")
                .arg(requestType));
    return (this->*it.value())(requestData);
}

RemoteResponse ShowRemoteApi::callVendor(const QJsonObject& data, RemoteRole role)
{
    Fields in(data);
    const QString vendor = in.string("vendorName");
    const QString type = in.string("requestType");
    const QJsonObject vendorData = in.object("requestData");
    if (in.error)
        return *in.error;
    if (vendor != QLatin1String(kVendorName))
        return RemoteResponse::failure(
            RequestStatus::ResourceNotFound,
            tr("No such vendor: “%1” (Vitrine Studio's is “%2”).").arg(vendor, QLatin1String(kVendorName)));
    const auto it = vendorHandlers().constFind(type);
    if (it == vendorHandlers().cend())
        return RemoteResponse::failure(RequestStatus::UnknownRequestType,
                                       tr("The vendor “%1” has no request “%2”.").arg(vendor, type));
    static const QStringList moderatorRequests{QStringLiteral("HighlightChatMessage"),
                                               QStringLiteral("AnswerQuestion"), QStringLiteral("GetShow")};
    if (role == RemoteRole::Moderator && !moderatorRequests.contains(type))
        return RemoteResponse::failure(
            RequestStatus::CannotAct,
            tr("The moderator's password allows only the chat's requests; “%1” needs the producer's.")
                .arg(type));
    RemoteResponse response = (this->*it.value())(vendorData);
    if (response.ok())
        response.data = QJsonObject{{QStringLiteral("vendorName"), vendor},
                                    {QStringLiteral("requestType"), type},
                                    {QStringLiteral("responseData"), response.data}};
    return response;
}

// --- General ---

RemoteResponse ShowRemoteApi::getVersion(const QJsonObject&)
{
    QJsonArray requests;
    for (const QString& type : requestTypes())
        requests.append(type);
    return RemoteResponse::success(
        {{QStringLiteral("obsVersion"), QString::fromUtf8(obs_get_version_string())},
         {QStringLiteral("obsWebSocketVersion"), QStringLiteral("5.1.0")},
         {QStringLiteral("rpcVersion"), 1},
         {QStringLiteral("availableRequests"), requests},
         {QStringLiteral("supportedImageFormats"), QJsonArray()},
         {QStringLiteral("platform"), QSysInfo::productType()},
         {QStringLiteral("platformDescription"), QSysInfo::prettyProductName()},
         {QStringLiteral("studioName"), QStringLiteral("Vitrine Studio")},
         {QStringLiteral("studioVersion"), QCoreApplication::applicationVersion()}});
}

RemoteResponse ShowRemoteApi::getStats(const QJsonObject&)
{
    const LiveSample sample = m_show.figures().last();
    const QStorageInfo disk(QFileInfo(m_show.showPath()).absolutePath());
    return RemoteResponse::success(
        {{QStringLiteral("cpuUsage"), sample.cpuPercent},
         {QStringLiteral("memoryUsage"), static_cast<double>(processPeakRssKib()) / 1024.0},
         {QStringLiteral("availableDiskSpace"),
          static_cast<double>(disk.bytesAvailable()) / (1024.0 * 1024.0)},
         {QStringLiteral("activeFps"), obs_get_active_fps()},
         {QStringLiteral("averageFrameRenderTime"),
          static_cast<double>(obs_get_average_frame_time_ns()) / 1e6},
         {QStringLiteral("renderSkippedFrames"), static_cast<qint64>(obs_get_lagged_frames())},
         {QStringLiteral("renderTotalFrames"), static_cast<qint64>(obs_get_total_frames())},
         {QStringLiteral("outputSkippedFrames"), static_cast<qint64>(sample.encodeSkipped)},
         {QStringLiteral("outputTotalFrames"), static_cast<qint64>(sample.encodeTotal)}});
}

// --- Scenes ---

RemoteResponse ShowRemoteApi::getSceneList(const QJsonObject&)
{
    const QList<SceneSpec>& scenes = m_show.store().document().scenes.scenes;
    // As OBS: the list runs from the bottom of the scene list up, and sceneIndex counts from there.
    QJsonArray list;
    for (qsizetype i = scenes.size() - 1; i >= 0; --i)
        list.append(QJsonObject{{QStringLiteral("sceneIndex"), static_cast<int>(scenes.size() - 1 - i)},
                                {QStringLiteral("sceneName"), scenes.at(i).name}});
    ProgramSwitcher* switcher = m_show.studio().switcher();
    const QString program = switcher ? switcher->programScene() : m_show.studio().scenes().programScene();
    QJsonObject data{{QStringLiteral("currentProgramSceneName"), program},
                     {QStringLiteral("currentPreviewSceneName"), switcher && switcher->studioMode()
                                                                     ? QJsonValue(switcher->previewScene())
                                                                     : QJsonValue()},
                     {QStringLiteral("scenes"), list}};
    return RemoteResponse::success(data);
}

RemoteResponse ShowRemoteApi::getCurrentProgramScene(const QJsonObject&)
{
    ProgramSwitcher* switcher = m_show.studio().switcher();
    const QString program = switcher ? switcher->programScene() : m_show.studio().scenes().programScene();
    return RemoteResponse::success(
        {{QStringLiteral("sceneName"), program}, {QStringLiteral("currentProgramSceneName"), program}});
}

RemoteResponse ShowRemoteApi::setCurrentProgramScene(const QJsonObject& data)
{
    Fields in(data);
    const QString name = in.string("sceneName");
    if (in.error)
        return *in.error;
    if (!m_show.store().document().scenes.scene(name))
        return RemoteResponse::failure(RequestStatus::ResourceNotFound,
                                       tr("The show has no scene “%1”.").arg(name));
    QString error;
    if (!m_show.takeScene(name, &error))
        return RemoteResponse::failure(RequestStatus::ResourceActionFailed,
                                       tr("The scene could not go on air: %1").arg(error));
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::getStudioModeEnabled(const QJsonObject&)
{
    ProgramSwitcher* switcher = m_show.studio().switcher();
    return RemoteResponse::success(
        {{QStringLiteral("studioModeEnabled"), switcher && switcher->studioMode()}});
}

RemoteResponse ShowRemoteApi::setStudioModeEnabled(const QJsonObject& data)
{
    Fields in(data);
    const bool enabled = in.boolean("studioModeEnabled");
    if (in.error)
        return *in.error;
    ProgramSwitcher* switcher = m_show.studio().switcher();
    if (!switcher) {
        if (!enabled)
            return RemoteResponse::success();
        return RemoteResponse::failure(
            RequestStatus::RequestProcessingFailed,
            tr("This studio runs without studio mode (a headless run cuts between scenes)."));
    }
    switcher->setStudioMode(enabled);
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::getCurrentPreviewScene(const QJsonObject&)
{
    ProgramSwitcher* switcher = m_show.studio().switcher();
    if (!switcher || !switcher->studioMode())
        return RemoteResponse::failure(RequestStatus::StudioModeNotActive, tr("Studio mode is not on."));
    return RemoteResponse::success({{QStringLiteral("sceneName"), switcher->previewScene()},
                                    {QStringLiteral("currentPreviewSceneName"), switcher->previewScene()}});
}

RemoteResponse ShowRemoteApi::setCurrentPreviewScene(const QJsonObject& data)
{
    Fields in(data);
    const QString name = in.string("sceneName");
    if (in.error)
        return *in.error;
    ProgramSwitcher* switcher = m_show.studio().switcher();
    if (!switcher || !switcher->studioMode())
        return RemoteResponse::failure(RequestStatus::StudioModeNotActive,
                                       tr("Studio mode is not on: there is no preview to set."));
    if (!m_show.store().document().scenes.scene(name))
        return RemoteResponse::failure(RequestStatus::ResourceNotFound,
                                       tr("The show has no scene “%1”.").arg(name));
    switcher->setPreviewScene(name);
    return RemoteResponse::success();
}

// --- Transitions ---

RemoteResponse ShowRemoteApi::getSceneTransitionList(const QJsonObject&)
{
    ProgramSwitcher* switcher = m_show.studio().switcher();
    QJsonArray transitions;
    if (switcher) {
        for (const TransitionInfo& info : kTransitionInfo)
            transitions.append(
                QJsonObject{{QStringLiteral("transitionName"), QLatin1String(info.name)},
                            {QStringLiteral("transitionKind"), QLatin1String(info.id)},
                            {QStringLiteral("transitionFixed"), info.kind == TransitionKind::Cut},
                            {QStringLiteral("transitionConfigurable"), false}});
    }
    QJsonObject data{{QStringLiteral("transitions"), transitions}};
    if (switcher) {
        const TransitionInfo& current = transitionInfo(switcher->transitionKind());
        data.insert(QStringLiteral("currentSceneTransitionName"), QLatin1String(current.name));
        data.insert(QStringLiteral("currentSceneTransitionKind"), QLatin1String(current.id));
    } else {
        data.insert(QStringLiteral("currentSceneTransitionName"), QJsonValue());
        data.insert(QStringLiteral("currentSceneTransitionKind"), QJsonValue());
    }
    return RemoteResponse::success(data);
}

RemoteResponse ShowRemoteApi::getCurrentSceneTransition(const QJsonObject&)
{
    ProgramSwitcher* switcher = m_show.studio().switcher();
    if (!switcher)
        return RemoteResponse::failure(RequestStatus::InvalidResourceState,
                                       tr("This studio runs without transitions: scenes cut."));
    const TransitionInfo& current = transitionInfo(switcher->transitionKind());
    const bool fixed = current.kind == TransitionKind::Cut;
    return RemoteResponse::success(
        {{QStringLiteral("transitionName"), QLatin1String(current.name)},
         {QStringLiteral("transitionKind"), QLatin1String(current.id)},
         {QStringLiteral("transitionFixed"), fixed},
         {QStringLiteral("transitionDuration"), fixed ? QJsonValue() : QJsonValue(switcher->durationMs())},
         {QStringLiteral("transitionConfigurable"), false},
         {QStringLiteral("transitionSettings"), QJsonValue()}});
}

RemoteResponse ShowRemoteApi::setCurrentSceneTransition(const QJsonObject& data)
{
    Fields in(data);
    const QString name = in.string("transitionName");
    if (in.error)
        return *in.error;
    ProgramSwitcher* switcher = m_show.studio().switcher();
    if (!switcher)
        return RemoteResponse::failure(RequestStatus::InvalidResourceState,
                                       tr("This studio runs without transitions: scenes cut."));
    for (const TransitionInfo& info : kTransitionInfo) {
        if (name != QLatin1String(info.name))
            continue;
        if (switcher->transitionKind() != info.kind) {
            switcher->setTransitionKind(info.kind);
            emitEvent(QStringLiteral("CurrentSceneTransitionChanged"), EventSubscription::Transitions,
                      {{QStringLiteral("transitionName"), name}});
        }
        return RemoteResponse::success();
    }
    return RemoteResponse::failure(
        RequestStatus::ResourceNotFound,
        tr("No transition is named “%1” (Cut, Fade, Slide, Swipe, Stinger).").arg(name));
}

RemoteResponse ShowRemoteApi::setCurrentSceneTransitionDuration(const QJsonObject& data)
{
    Fields in(data);
    const int ms = in.integer("transitionDuration", -1, 50, 20000);
    if (!in.has("transitionDuration"))
        in.number("transitionDuration"); // says it is missing
    if (in.error)
        return *in.error;
    ProgramSwitcher* switcher = m_show.studio().switcher();
    if (!switcher)
        return RemoteResponse::failure(RequestStatus::InvalidResourceState,
                                       tr("This studio runs without transitions: scenes cut."));
    switcher->setDurationMs(ms);
    emitEvent(QStringLiteral("CurrentSceneTransitionDurationChanged"), EventSubscription::Transitions,
              {{QStringLiteral("transitionDuration"), switcher->durationMs()}});
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::triggerStudioModeTransition(const QJsonObject&)
{
    ProgramSwitcher* switcher = m_show.studio().switcher();
    if (!switcher || !switcher->studioMode())
        return RemoteResponse::failure(RequestStatus::StudioModeNotActive, tr("Studio mode is not on."));
    // The panel's "Transition" button: the preview goes on air through LiveShow, which logs it.
    QString error;
    if (!m_show.takeScene(switcher->previewScene(), &error))
        return RemoteResponse::failure(RequestStatus::ResourceActionFailed,
                                       tr("The transition could not run: %1").arg(error));
    return RemoteResponse::success();
}

// --- Outputs ---

QJsonObject ShowRemoteApi::streamStatus() const
{
    const Broadcast& broadcast = m_show.broadcast();
    bool reconnecting = false;
    for (const Broadcast::DestinationStatus& status : broadcast.destinations())
        reconnecting = reconnecting || status.state == Broadcast::DestinationState::Reconnecting;
    const OutputStats totals = broadcast.totals();
    const LiveSample sample = m_show.figures().last();
    const qint64 ms = broadcast.liveElapsedMs();
    return {{QStringLiteral("outputActive"), broadcast.isLive()},
            {QStringLiteral("outputReconnecting"), reconnecting},
            {QStringLiteral("outputTimecode"), timecode(ms)},
            {QStringLiteral("outputDuration"), ms},
            {QStringLiteral("outputCongestion"), totals.congestion},
            {QStringLiteral("outputBytes"), static_cast<qint64>(totals.bytesSent)},
            {QStringLiteral("outputSkippedFrames"), sample.framesDropped},
            {QStringLiteral("outputTotalFrames"), static_cast<qint64>(sample.encodeTotal)}};
}

QJsonObject ShowRemoteApi::recordStatus() const
{
    const Broadcast& broadcast = m_show.broadcast();
    const qint64 ms = broadcast.recordingElapsedMs();
    qint64 bytes = 0;
    if (broadcast.isRecording())
        bytes = QFileInfo(broadcast.recordingPath()).size();
    return {{QStringLiteral("outputActive"), broadcast.isRecording()},
            {QStringLiteral("outputPaused"), false},
            {QStringLiteral("outputTimecode"), timecode(ms)},
            {QStringLiteral("outputDuration"), ms},
            {QStringLiteral("outputBytes"), bytes}};
}

RemoteResponse ShowRemoteApi::getStreamStatus(const QJsonObject&)
{
    return RemoteResponse::success(streamStatus());
}

RemoteResponse ShowRemoteApi::startStream(const QJsonObject&)
{
    Broadcast& broadcast = m_show.broadcast();
    if (broadcast.isActive())
        return RemoteResponse::failure(RequestStatus::OutputRunning, tr("The live is already running."));
    QString error;
    if (!broadcast.startLive(&error))
        return RemoteResponse::failure(RequestStatus::ResourceActionFailed,
                                       tr("The live could not start: %1").arg(error));
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::stopStream(const QJsonObject&)
{
    Broadcast& broadcast = m_show.broadcast();
    if (!broadcast.isActive())
        return RemoteResponse::failure(RequestStatus::OutputNotRunning, tr("The live is not running."));
    broadcast.stopLive();
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::toggleStream(const QJsonObject& data)
{
    const bool wasActive = m_show.broadcast().isActive();
    RemoteResponse response = wasActive ? stopStream(data) : startStream(data);
    if (response.ok())
        response.data = {{QStringLiteral("outputActive"), !wasActive}};
    return response;
}

RemoteResponse ShowRemoteApi::getRecordStatus(const QJsonObject&)
{
    return RemoteResponse::success(recordStatus());
}

RemoteResponse ShowRemoteApi::beginRecording()
{
    Broadcast& broadcast = m_show.broadcast();
    if (broadcast.isRecording())
        return RemoteResponse::failure(RequestStatus::OutputRunning, tr("The recording is already running."));
    QString path;
    if (m_recordingPath) {
        path = m_recordingPath();
    } else {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        path = QFileInfo(m_show.showPath()).dir().filePath(QStringLiteral("vitrine-%1.mkv").arg(stamp));
    }
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return RemoteResponse::failure(
            RequestStatus::ResourceActionFailed,
            tr("The recording folder cannot be created. Choose another one in Settings."));
    QString error;
    if (!broadcast.startRecording(path, &error))
        return RemoteResponse::failure(RequestStatus::ResourceActionFailed,
                                       tr("The recording could not start: %1").arg(error));
    // As the window's Record button: with a vertical canvas on, it is recorded too, beside; its failure
    // leaves the landscape recording running (the producer hears of it through the studio's notices).
    if (broadcast.hasVerticalEncoders()) {
        const QFileInfo file(path);
        const QString vertical =
            file.dir().filePath(file.completeBaseName() + QStringLiteral(".vertical.") + file.suffix());
        if (!broadcast.startVerticalRecording(vertical, &error))
            Q_EMIT m_show.notice(tr("The vertical canvas is not recorded: %1").arg(error));
    }
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::startRecord(const QJsonObject&)
{
    return beginRecording();
}

RemoteResponse ShowRemoteApi::stopRecord(const QJsonObject&)
{
    Broadcast& broadcast = m_show.broadcast();
    if (!broadcast.isRecording())
        return RemoteResponse::failure(RequestStatus::OutputNotRunning, tr("No recording is running."));
    const QString path = broadcast.recordingPath();
    broadcast.stopRecording();
    broadcast.stopVerticalRecording();
    return RemoteResponse::success({{QStringLiteral("outputPath"), path}});
}

RemoteResponse ShowRemoteApi::toggleRecord(const QJsonObject& data)
{
    const bool wasRecording = m_show.broadcast().isRecording();
    RemoteResponse response = wasRecording ? stopRecord(data) : startRecord(data);
    if (response.ok())
        response.data = {{QStringLiteral("outputActive"), !wasRecording}};
    return response;
}

// --- Inputs ---

void ShowRemoteApi::rebuildChannels()
{
    QStringList before;
    for (const auto& channel : m_channels)
        before << channel->name();
    QStringList now;
    const QList<OBSSource> sources = AudioChannel::audioSources();
    for (const OBSSource& source : sources)
        now << QString::fromUtf8(obs_source_get_name(source));
    if (now == before)
        return;
    m_channels.clear();
    for (const OBSSource& source : sources) {
        auto channel = std::make_unique<AudioChannel>(source);
        AudioChannel* raw = channel.get();
        connect(raw, &AudioChannel::mutedChanged, this, [this, raw](bool muted) {
            emitEvent(QStringLiteral("InputMuteStateChanged"), EventSubscription::Inputs,
                      {{QStringLiteral("inputName"), raw->name()}, {QStringLiteral("inputMuted"), muted}});
        });
        connect(raw, &AudioChannel::gainChanged, this, [this, raw](double) {
            const double mul = volumeMul(*raw);
            emitEvent(QStringLiteral("InputVolumeChanged"), EventSubscription::Inputs,
                      {{QStringLiteral("inputName"), raw->name()},
                       {QStringLiteral("inputVolumeMul"), mul},
                       {QStringLiteral("inputVolumeDb"), volumeDb(mul)}});
        });
        m_channels.push_back(std::move(channel));
    }
}

AudioChannel* ShowRemoteApi::channel(const QString& name) const
{
    for (const auto& channel : m_channels)
        if (channel->name() == name)
            return channel.get();
    return nullptr;
}

RemoteResponse ShowRemoteApi::findAudioInput(const QJsonObject& data, AudioChannel** found) const
{
    Fields in(data);
    const QString name = in.string("inputName");
    if (in.error)
        return *in.error;
    *found = channel(name);
    if (*found)
        return RemoteResponse::success();
    if (m_show.studio().scenes().source(name))
        return RemoteResponse::failure(RequestStatus::InvalidResourceState,
                                       tr("The input “%1” makes no sound.").arg(name));
    return RemoteResponse::failure(RequestStatus::ResourceNotFound,
                                   tr("The show has no input “%1”.").arg(name));
}

RemoteResponse ShowRemoteApi::getInputList(const QJsonObject& data)
{
    Fields in(data);
    const QString kind = in.optionalString("inputKind");
    if (in.error)
        return *in.error;
    QJsonArray inputs;
    for (const SourceSpec& spec : m_show.store().document().scenes.sources) {
        obs_source_t* source = m_show.studio().scenes().source(spec.name);
        if (!source)
            continue;
        const QString id = QString::fromUtf8(obs_source_get_id(source));
        if (!kind.isEmpty() && id != kind)
            continue;
        inputs.append(QJsonObject{{QStringLiteral("inputName"), spec.name},
                                  {QStringLiteral("inputKind"), id},
                                  {QStringLiteral("unversionedInputKind"),
                                   QString::fromUtf8(obs_source_get_unversioned_id(source))}});
    }
    return RemoteResponse::success({{QStringLiteral("inputs"), inputs}});
}

RemoteResponse ShowRemoteApi::getInputMute(const QJsonObject& data)
{
    AudioChannel* input = nullptr;
    if (RemoteResponse found = findAudioInput(data, &input); !found.ok())
        return found;
    return RemoteResponse::success({{QStringLiteral("inputMuted"), input->isMuted()}});
}

RemoteResponse ShowRemoteApi::setInputMute(const QJsonObject& data)
{
    AudioChannel* input = nullptr;
    if (RemoteResponse found = findAudioInput(data, &input); !found.ok())
        return found;
    Fields in(data);
    const bool muted = in.boolean("inputMuted");
    if (in.error)
        return *in.error;
    input->setMuted(muted);
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::toggleInputMute(const QJsonObject& data)
{
    AudioChannel* input = nullptr;
    if (RemoteResponse found = findAudioInput(data, &input); !found.ok())
        return found;
    input->setMuted(!input->isMuted());
    return RemoteResponse::success({{QStringLiteral("inputMuted"), input->isMuted()}});
}

RemoteResponse ShowRemoteApi::getInputVolume(const QJsonObject& data)
{
    AudioChannel* input = nullptr;
    if (RemoteResponse found = findAudioInput(data, &input); !found.ok())
        return found;
    const double mul = volumeMul(*input);
    return RemoteResponse::success(
        {{QStringLiteral("inputVolumeMul"), mul}, {QStringLiteral("inputVolumeDb"), volumeDb(mul)}});
}

RemoteResponse ShowRemoteApi::setInputVolume(const QJsonObject& data)
{
    AudioChannel* input = nullptr;
    if (RemoteResponse found = findAudioInput(data, &input); !found.ok())
        return found;
    Fields in(data);
    const bool hasMul = in.has("inputVolumeMul");
    const bool hasDb = in.has("inputVolumeDb");
    if (hasMul && hasDb)
        return RemoteResponse::failure(RequestStatus::InvalidRequestField,
                                       tr("Give either “inputVolumeMul” or “inputVolumeDb”, not both."));
    if (!hasMul && !hasDb)
        return RemoteResponse::failure(RequestStatus::MissingRequestField,
                                       tr("Your request needs “inputVolumeMul” or “inputVolumeDb”."));
    double db = 0.0;
    if (hasMul) {
        const double mul = in.number("inputVolumeMul");
        if (in.error)
            return *in.error;
        if (mul < 0.0 || mul > 1.0)
            return RemoteResponse::failure(RequestStatus::RequestFieldOutOfRange,
                                           tr("“inputVolumeMul” goes from 0 to 1 (the mixer's 0 dB)."));
        db = mul > 0.0 ? 20.0 * std::log10(mul) : kMinVolumeDb;
    } else {
        db = in.number("inputVolumeDb");
        if (in.error)
            return *in.error;
        if (db < kMinVolumeDb || db > kMaxVolumeDb)
            return RemoteResponse::failure(RequestStatus::RequestFieldOutOfRange,
                                           tr("“inputVolumeDb” goes from -100 to 0 dB (the mixer's top)."));
    }
    if (db <= AudioChannel::kMinGainDb)
        obs_source_set_volume(input->source(), hasMul ? static_cast<float>(in.number("inputVolumeMul"))
                                                      : obs_db_to_mul(static_cast<float>(db)));
    else
        input->setGainDb(db);
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::getSceneItemList(const QJsonObject& data)
{
    Fields in(data);
    const QString name = in.string("sceneName");
    if (in.error)
        return *in.error;
    const SceneSpec* scene = m_show.store().document().scenes.scene(name);
    if (!scene)
        return RemoteResponse::failure(RequestStatus::ResourceNotFound,
                                       tr("The show has no scene “%1”.").arg(name));
    // Read only: editing a scene goes through the studio's undoable commands, not the remote.
    QJsonArray items;
    for (qsizetype i = 0; i < scene->items.size(); ++i) {
        const SceneItemSpec& spec = scene->items.at(i);
        obs_sceneitem_t* item = m_show.studio().scenes().item(name, static_cast<int>(i));
        obs_source_t* source = m_show.studio().scenes().source(spec.source);
        items.append(QJsonObject{
            {QStringLiteral("sceneItemId"),
             item ? static_cast<qint64>(obs_sceneitem_get_id(item)) : qint64(i + 1)},
            {QStringLiteral("sceneItemIndex"), static_cast<int>(i)},
            {QStringLiteral("sourceName"), spec.source},
            {QStringLiteral("sourceType"), QStringLiteral("OBS_SOURCE_TYPE_INPUT")},
            {QStringLiteral("inputKind"),
             source ? QJsonValue(QString::fromUtf8(obs_source_get_id(source))) : QJsonValue()},
            {QStringLiteral("isGroup"), false},
            {QStringLiteral("sceneItemEnabled"), item ? obs_sceneitem_visible(item) : spec.visible},
            {QStringLiteral("sceneItemLocked"), spec.locked}});
    }
    return RemoteResponse::success({{QStringLiteral("sceneItems"), items}});
}

RemoteResponse ShowRemoteApi::getSpecialInputs(const QJsonObject&)
{
    // The show's global audio (microphones heard in every scene) are OBS's mic inputs; no desktop audio.
    const QList<QString>& global = m_show.store().document().scenes.globalAudio;
    QJsonObject data{{QStringLiteral("desktop1"), QJsonValue()}, {QStringLiteral("desktop2"), QJsonValue()}};
    for (int i = 0; i < 4; ++i)
        data.insert(QStringLiteral("mic%1").arg(i + 1),
                    i < global.size() ? QJsonValue(global.at(i)) : QJsonValue());
    return RemoteResponse::success(data);
}

RemoteResponse ShowRemoteApi::getSceneCollectionList(const QJsonObject&)
{
    // The open show is the one scene collection.
    const QString title = m_show.store().document().title;
    return RemoteResponse::success({{QStringLiteral("currentSceneCollectionName"), title},
                                    {QStringLiteral("sceneCollections"), QJsonArray{title}}});
}

RemoteResponse ShowRemoteApi::getProfileList(const QJsonObject&)
{
    const QString profile = QStringLiteral("Vitrine Studio");
    return RemoteResponse::success(
        {{QStringLiteral("currentProfileName"), profile}, {QStringLiteral("profiles"), QJsonArray{profile}}});
}

RemoteResponse ShowRemoteApi::notAvailable(const QJsonObject&)
{
    return RemoteResponse::failure(RequestStatus::InvalidResourceState,
                                   tr("Vitrine Studio has no virtual camera nor replay buffer."));
}

// --- Vendor: commerce ---

RemoteResponse ShowRemoteApi::pinProduct(const QJsonObject& data)
{
    Fields in(data);
    const QString sku = in.string("sku");
    const bool confirm = in.optionalBoolean("confirm", false);
    if (in.error)
        return *in.error;
    switch (m_show.live().requestPin(sku, confirm)) {
    case LiveState::PinResult::Pinned:
        return RemoteResponse::success({{QStringLiteral("sku"), sku}});
    case LiveState::PinResult::NeedsConfirmation:
        return RemoteResponse::failure(RequestStatus::InvalidResourceState,
                                       tr("“%1” is sold out: pinning it promotes what nobody can buy. Send "
                                          "\"confirm\": true to pin it anyway.")
                                           .arg(sku));
    case LiveState::PinResult::UnknownProduct:
        break;
    }
    return RemoteResponse::failure(RequestStatus::ResourceNotFound,
                                   tr("No product has the SKU “%1”.").arg(sku));
}

RemoteResponse ShowRemoteApi::unpinProduct(const QJsonObject&)
{
    m_show.live().unpin();
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::nextSegment(const QJsonObject&)
{
    LiveState& live = m_show.live();
    if (!live.requestNextSegment())
        return RemoteResponse::failure(RequestStatus::InvalidResourceState,
                                       tr("The run-of-show has no next segment."));
    const Segment& segment = m_show.store().document().runOfShow.segments.at(live.segmentIndex());
    return RemoteResponse::success(
        {{QStringLiteral("index"), live.segmentIndex()}, {QStringLiteral("title"), segment.title}});
}

RemoteResponse ShowRemoteApi::startPromo(const QJsonObject& data)
{
    Fields in(data);
    const QString code = in.string("code");
    if (in.error)
        return *in.error;
    LiveState& live = m_show.live();
    if (!live.requestStartPromo(code))
        return RemoteResponse::failure(RequestStatus::ResourceNotFound,
                                       tr("The show has no promo code “%1”.").arg(code));
    QJsonObject result{{QStringLiteral("code"), code}};
    if (live.promoEndsAt().isValid())
        result.insert(QStringLiteral("endsAt"), live.promoEndsAt().toString(Qt::ISODateWithMs));
    return RemoteResponse::success(result);
}

RemoteResponse ShowRemoteApi::stopPromo(const QJsonObject&)
{
    m_show.live().stopPromo();
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::startFlashSale(const QJsonObject& data)
{
    // The rehearsal script's "flash-start" fields: sku, price ("19.90"), quantity, startsIn (s), minutes.
    Fields in(data);
    const QString sku = in.string("sku");
    QString priceText;
    if (in.has("price") && data.value(QStringLiteral("price")).isDouble())
        priceText = QString::number(data.value(QStringLiteral("price")).toDouble(), 'f', 2);
    else
        priceText = in.string("price");
    const int quantity = in.integer("quantity", 0, 1, 1'000'000);
    if (!in.has("quantity"))
        in.number("quantity");
    const int startsIn =
        in.integer("startsIn", 30, FlashSale::kMinStartsInSeconds, FlashSale::kMaxStartsInSeconds);
    const int minutes = in.integer("minutes", 5, 1, 60);
    if (in.error)
        return *in.error;
    const std::optional<Money> price = Money::parse(priceText);
    if (!price)
        return RemoteResponse::failure(RequestStatus::InvalidRequestField,
                                       tr("“price” must be an amount such as \"19.90\"."));
    if (!m_show.store().document().product(sku))
        return RemoteResponse::failure(RequestStatus::ResourceNotFound,
                                       tr("No product has the SKU “%1”.").arg(sku));
    QString error;
    if (!m_show.live().requestStartFlashSale(sku, *price, quantity, startsIn, minutes, &error))
        return RemoteResponse::failure(RequestStatus::InvalidResourceState, error);
    return RemoteResponse::success(m_show.live().flashSale()->toJson());
}

RemoteResponse ShowRemoteApi::stopFlashSale(const QJsonObject&)
{
    m_show.live().stopFlashSale();
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::findChatMessage(const QString& platform, const QString& id, QString* key) const
{
    ChatPlatform parsed = ChatPlatform::Custom;
    if (!chatPlatformFromKey(platform, &parsed))
        return RemoteResponse::failure(
            RequestStatus::InvalidRequestField,
            tr("Unknown chat platform “%1” (twitch, youtube, facebook, custom).").arg(platform));
    *key = chatPlatformKey(parsed) + QLatin1Char(':') + id;
    if (!m_show.chat().message(*key))
        return RemoteResponse::failure(
            RequestStatus::ResourceNotFound,
            tr("No chat message “%1” from %2 is held by the studio.").arg(id, platform));
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::highlightChatMessage(const QJsonObject& data)
{
    Fields in(data);
    const QString platform = in.string("platform");
    const QString id = in.string("id");
    if (in.error)
        return *in.error;
    QString key;
    if (RemoteResponse found = findChatMessage(platform, id, &key); !found.ok())
        return found;
    if (!m_show.chat().setHighlighted(key))
        return RemoteResponse::failure(
            RequestStatus::ResourceNotFound,
            tr("No chat message “%1” from %2 is held by the studio.").arg(id, platform));
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::answerQuestion(const QJsonObject& data)
{
    Fields in(data);
    const QString platform = in.string("platform");
    const QString id = in.string("id");
    const QString text = in.string("text");
    if (in.error)
        return *in.error;
    QString key;
    if (RemoteResponse found = findChatMessage(platform, id, &key); !found.ok())
        return found;
    // The chat dock's composer: the reply goes where the question was asked and marks it answered.
    QString error;
    if (!m_show.chat().sendReply(key, text.trimmed(), &error))
        return RemoteResponse::failure(RequestStatus::ResourceActionFailed,
                                       tr("The answer could not be sent: %1").arg(error));
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::setProducerNotes(const QJsonObject& data)
{
    Fields in(data);
    if (!in.has("text"))
        in.string("text"); // says it is missing
    const QString text = in.optionalString("text");
    if (in.error)
        return *in.error;
    static constexpr int kMaxNotes = 4000;
    if (text.size() > kMaxNotes)
        return RemoteResponse::failure(RequestStatus::RequestFieldOutOfRange,
                                       tr("The notes are too long (%1 characters at most).").arg(kMaxNotes));
    m_show.live().setProducerNotes(text);
    return RemoteResponse::success();
}

RemoteResponse ShowRemoteApi::getShow(const QJsonObject&)
{
    const ShowDocument& show = m_show.store().document();
    const LiveState& live = m_show.live();
    QJsonArray products;
    for (const Product& product : show.products) {
        QJsonObject item{{QStringLiteral("sku"), product.sku},
                         {QStringLiteral("title"), product.title},
                         {QStringLiteral("price"), product.price.toDecimalString()},
                         {QStringLiteral("currency"), product.price.currency},
                         {QStringLiteral("stock"), product.stock ? QJsonValue(*product.stock) : QJsonValue()},
                         {QStringLiteral("lowStock"),
                          product.stock.has_value() && *product.stock <= product.lowStockThreshold},
                         {QStringLiteral("soldOut"), product.isSoldOut()},
                         {QStringLiteral("claimCode"), product.claimCode},
                         {QStringLiteral("image"), product.images.isEmpty()
                                                       ? QString()
                                                       : PublicFeed::imageUrl(product.images.first())}};
        if (product.compareAtPrice)
            item.insert(QStringLiteral("compareAtPrice"), product.compareAtPrice->toDecimalString());
        products.append(item);
    }
    QJsonArray promos;
    for (const PromoCode& promo : show.promoCodes)
        promos.append(QJsonObject{{QStringLiteral("code"), promo.code},
                                  {QStringLiteral("discountText"), promo.discountText},
                                  {QStringLiteral("countdownMinutes"), promo.countdownMinutes},
                                  {QStringLiteral("running"), promo.code == live.runningPromo()}});
    QJsonArray segments;
    for (qsizetype i = 0; i < show.runOfShow.segments.size(); ++i) {
        const Segment& segment = show.runOfShow.segments.at(i);
        segments.append(QJsonObject{{QStringLiteral("index"), static_cast<int>(i)},
                                    {QStringLiteral("kind"), segmentKindName(segment.kind)},
                                    {QStringLiteral("title"), segment.title},
                                    {QStringLiteral("productSku"), segment.productSku},
                                    {QStringLiteral("plannedSeconds"), segment.plannedSeconds}});
    }
    QJsonObject runOfShow{{QStringLiteral("segments"), segments},
                          {QStringLiteral("currentSegment"), live.segmentIndex()}};
    if (live.segmentStartedAt().isValid())
        runOfShow.insert(QStringLiteral("segmentStartedAt"),
                         live.segmentStartedAt().toString(Qt::ISODateWithMs));
    QJsonObject result{{QStringLiteral("title"), show.title},
                       {QStringLiteral("products"), products},
                       {QStringLiteral("promos"), promos},
                       {QStringLiteral("runOfShow"), runOfShow},
                       {QStringLiteral("pinnedSku"),
                        live.pinnedSku().isEmpty() ? QJsonValue() : QJsonValue(live.pinnedSku())},
                       {QStringLiteral("producerNotes"), live.producerNotes()},
                       {QStringLiteral("live"), m_show.broadcast().isLive()},
                       {QStringLiteral("recording"), m_show.broadcast().isRecording()}};
    // The pinned product as an object too ({sku, title, since}), null when nothing is pinned.
    const Product* pinned = show.product(live.pinnedSku());
    result.insert(QStringLiteral("pinned"),
                  pinned ? QJsonValue(QJsonObject{{QStringLiteral("sku"), pinned->sku},
                                                  {QStringLiteral("title"), pinned->title},
                                                  {QStringLiteral("since"),
                                                   live.pinnedSince().toUTC().toString(Qt::ISODateWithMs)}})
                         : QJsonValue());
    if (!live.runningPromo().isEmpty()) {
        QJsonObject promo{{QStringLiteral("code"), live.runningPromo()}};
        if (live.promoEndsAt().isValid())
            promo.insert(QStringLiteral("endsAt"), live.promoEndsAt().toString(Qt::ISODateWithMs));
        result.insert(QStringLiteral("promo"), promo);
    } else {
        result.insert(QStringLiteral("promo"), QJsonValue());
    }
    if (const std::optional<FlashSale> sale = live.flashSale()) {
        QJsonObject flash = sale->toJson();
        flash.insert(QStringLiteral("left"), sale->left(show.product(sale->sku)));
        result.insert(QStringLiteral("flashSale"), flash);
    } else {
        result.insert(QStringLiteral("flashSale"), QJsonValue());
    }
    return RemoteResponse::success(result);
}

// --- Vendor: the live and the recording, confirmed ---

namespace {

std::optional<RemoteResponse> needsConfirmation(const QJsonObject& data, const QString& what)
{
    const QJsonValue confirm = data.value(QStringLiteral("confirm"));
    if (confirm.isUndefined() || confirm == QJsonValue(false))
        return RemoteResponse::failure(
            RequestStatus::InvalidRequestField,
            ShowRemoteApi::tr("%1 needs \"confirm\": true, so a stray tap does nothing.").arg(what));
    if (!confirm.isBool())
        return RemoteResponse::failure(RequestStatus::InvalidRequestFieldType,
                                       ShowRemoteApi::tr("The “confirm” field must be true or false."));
    return std::nullopt;
}

} // namespace

RemoteResponse ShowRemoteApi::startLive(const QJsonObject& data)
{
    if (std::optional<RemoteResponse> refused = needsConfirmation(data, tr("Starting the live")))
        return *refused;
    return startStream(data);
}

RemoteResponse ShowRemoteApi::stopLive(const QJsonObject& data)
{
    if (std::optional<RemoteResponse> refused = needsConfirmation(data, tr("Stopping the live")))
        return *refused;
    return stopStream(data);
}

RemoteResponse ShowRemoteApi::startRecording(const QJsonObject& data)
{
    if (std::optional<RemoteResponse> refused = needsConfirmation(data, tr("Starting the recording")))
        return *refused;
    return beginRecording();
}

RemoteResponse ShowRemoteApi::stopRecording(const QJsonObject& data)
{
    if (std::optional<RemoteResponse> refused = needsConfirmation(data, tr("Stopping the recording")))
        return *refused;
    return stopRecord(data);
}

// --- Events ---

void ShowRemoteApi::emitEvent(const QString& type, quint32 intent, const QJsonObject& data)
{
    Q_EMIT eventOccurred(type, intent, data);
}

void ShowRemoteApi::emitVendorEvent(const QString& type, const QJsonObject& data)
{
    emitEvent(QStringLiteral("VendorEvent"), EventSubscription::Vendors,
              {{QStringLiteral("vendorName"), QLatin1String(kVendorName)},
               {QStringLiteral("eventType"), type},
               {QStringLiteral("eventData"), data}});
}

void ShowRemoteApi::onLogAppended(const QJsonObject& record)
{
    const QString type = record.value(QStringLiteral("type")).toString();
    if (type == EventType::SceneSwitch) {
        emitEvent(QStringLiteral("CurrentProgramSceneChanged"), EventSubscription::Scenes,
                  {{QStringLiteral("sceneName"), record.value(QStringLiteral("scene"))}});
        return;
    }
    for (const LogEvent& event : kLogEvents) {
        if (type != event.logType)
            continue;
        QJsonObject data = record;
        data.remove(QStringLiteral("type"));
        if (event.logType.startsWith(QLatin1String("claim.")))
            data.insert(QStringLiteral("kind"), type);
        emitVendorEvent(QLatin1String(event.eventType), data);
        return;
    }
}

} // namespace vitrine
