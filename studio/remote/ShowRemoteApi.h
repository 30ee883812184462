#pragma once

#include "remote/RemoteApi.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace vitrine {

class AudioChannel;
class LiveShow;

// obs-websocket 5's requests and events on the running show, so a Stream Deck or obs-websocket-js drives the
// studio unchanged: scenes, studio mode and preview, transitions, stream and recording, inputs' mute and
// volume, stats; commerce goes through CallVendorRequest with vendorName "vitrine". Every request takes the
// producer panel's own path (LiveState, LiveShow::takeScene, Broadcast, ChatHub), so the event log records
// a remote pin like a clicked one. Field names and status codes are obs-websocket's (its protocol.md).
//
// Vendor requests (CallVendorRequest's requestData: {vendorName: "vitrine", requestType, requestData}):
// PinProduct {sku, confirm?}, UnpinProduct, NextSegment, StartPromo {code}, StopPromo, StartFlashSale {sku,
// price, quantity, startsIn?, minutes?}, StopFlashSale, HighlightChatMessage {platform, id}, AnswerQuestion
// {platform, id, text}, SetProducerNotes {text}, GetShow, and StartLive / StopLive / StartRecording /
// StopRecording {confirm: true}. The moderator's password reaches HighlightChatMessage, AnswerQuestion,
// GetShow and GetVersion only. VendorEvents (eventType): ProductPinned, ProductUnpinned, PromoStarted,
// PromoStopped, SegmentStarted, StockChanged, FlashSaleStarted, FlashSaleEnded, ChatMessage,
// ChatMessageHighlighted, ChatMessageUnhighlighted, ClaimRecorded, ClaimChanged, ProducerNotesChanged,
// DestinationStateChanged, ShowEnded; their eventData is the event log's record (README's event types).
// It holds libobs sources (the audio inputs' channels): it goes before the LiveShow.
class ShowRemoteApi : public RemoteApi {
    Q_OBJECT
public:
    static constexpr const char* kVendorName = "vitrine";

    explicit ShowRemoteApi(LiveShow& show, QObject* parent = nullptr);
    ~ShowRemoteApi() override;

    RemoteResponse handle(const QString& requestType, const QJsonObject& requestData,
                          RemoteRole role) override;

    // Where StartRecord writes: the window passes its Settings › Recording choice, read at each start.
    // Unset: <the show's folder>/vitrine-yyyyMMdd-HHmmss.mkv.
    void setRecordingPathProvider(std::function<QString()> provider)
    {
        m_recordingPath = std::move(provider);
    }

    // The standard requests answered (GetVersion's availableRequests) and the vendor's.
    static QStringList requestTypes();
    static QStringList vendorRequestTypes();

private:
    using Handler = RemoteResponse (ShowRemoteApi::*)(const QJsonObject&);
    static const QHash<QString, Handler>& standardHandlers();
    static const QHash<QString, Handler>& vendorHandlers();

    RemoteResponse callVendor(const QJsonObject& data, RemoteRole role);

    // Standard requests.
    RemoteResponse getVersion(const QJsonObject& data);
    RemoteResponse getStats(const QJsonObject& data);
    RemoteResponse getSceneList(const QJsonObject& data);
    RemoteResponse getCurrentProgramScene(const QJsonObject& data);
    RemoteResponse setCurrentProgramScene(const QJsonObject& data);
    RemoteResponse getStudioModeEnabled(const QJsonObject& data);
    RemoteResponse setStudioModeEnabled(const QJsonObject& data);
    RemoteResponse getCurrentPreviewScene(const QJsonObject& data);
    RemoteResponse setCurrentPreviewScene(const QJsonObject& data);
    RemoteResponse getSceneTransitionList(const QJsonObject& data);
    RemoteResponse getCurrentSceneTransition(const QJsonObject& data);
    RemoteResponse setCurrentSceneTransition(const QJsonObject& data);
    RemoteResponse setCurrentSceneTransitionDuration(const QJsonObject& data);
    RemoteResponse triggerStudioModeTransition(const QJsonObject& data);
    RemoteResponse getStreamStatus(const QJsonObject& data);
    RemoteResponse startStream(const QJsonObject& data);
    RemoteResponse stopStream(const QJsonObject& data);
    RemoteResponse toggleStream(const QJsonObject& data);
    RemoteResponse getRecordStatus(const QJsonObject& data);
    RemoteResponse startRecord(const QJsonObject& data);
    RemoteResponse stopRecord(const QJsonObject& data);
    RemoteResponse toggleRecord(const QJsonObject& data);
    RemoteResponse getInputList(const QJsonObject& data);
    RemoteResponse getInputMute(const QJsonObject& data);
    RemoteResponse setInputMute(const QJsonObject& data);
    RemoteResponse toggleInputMute(const QJsonObject& data);
    RemoteResponse getInputVolume(const QJsonObject& data);
    RemoteResponse setInputVolume(const QJsonObject& data);
    RemoteResponse getSceneItemList(const QJsonObject& data);
    RemoteResponse getSpecialInputs(const QJsonObject& data);
    RemoteResponse getSceneCollectionList(const QJsonObject& data);
    RemoteResponse getProfileList(const QJsonObject& data);
    RemoteResponse notAvailable(const QJsonObject& data);

    // Vendor requests (requestData is the vendor request's own).
    RemoteResponse pinProduct(const QJsonObject& data);
    RemoteResponse unpinProduct(const QJsonObject& data);
    RemoteResponse nextSegment(const QJsonObject& data);
    RemoteResponse startPromo(const QJsonObject& data);
    RemoteResponse stopPromo(const QJsonObject& data);
    RemoteResponse startFlashSale(const QJsonObject& data);
    RemoteResponse stopFlashSale(const QJsonObject& data);
    RemoteResponse highlightChatMessage(const QJsonObject& data);
    RemoteResponse answerQuestion(const QJsonObject& data);
    RemoteResponse setProducerNotes(const QJsonObject& data);
    RemoteResponse getShow(const QJsonObject& data);
    RemoteResponse startLive(const QJsonObject& data);
    RemoteResponse stopLive(const QJsonObject& data);
    RemoteResponse startRecording(const QJsonObject& data);
    RemoteResponse stopRecording(const QJsonObject& data);

    // Helpers.
    QJsonObject streamStatus() const;
    QJsonObject recordStatus() const;
    RemoteResponse beginRecording();
    // The input of that name of the show (its requestData's inputName), or a failure.
    AudioChannel* channel(const QString& name) const;
    RemoteResponse findAudioInput(const QJsonObject& data, AudioChannel** found) const;
    // The ChatHub key of a held message, or the failure to answer (unknown platform, no such message).
    RemoteResponse findChatMessage(const QString& platform, const QString& id, QString* key) const;
    // The audio channels, made again when the show's sources change; each announces its mute and volume.
    void rebuildChannels();

    void emitEvent(const QString& type, quint32 intent, const QJsonObject& data = {});
    void emitVendorEvent(const QString& type, const QJsonObject& data);
    void onLogAppended(const QJsonObject& record);

    LiveShow& m_show;
    std::function<QString()> m_recordingPath;
    std::vector<std::unique_ptr<AudioChannel>> m_channels;
};

} // namespace vitrine
