#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace vitrine {

// obs-websocket 5's RequestStatus codes (its protocol.md), the ones the studio answers with.
namespace RequestStatus {
enum : int {
    Success = 100,
    MissingRequestType = 203,
    UnknownRequestType = 204,
    GenericError = 205,
    UnsupportedRequestBatchExecutionType = 206,
    NotReady = 207,
    MissingRequestField = 300,
    MissingRequestData = 301,
    InvalidRequestField = 400,
    InvalidRequestFieldType = 401,
    RequestFieldOutOfRange = 402,
    RequestFieldEmpty = 403,
    OutputRunning = 500,
    OutputNotRunning = 501,
    StudioModeActive = 505,
    StudioModeNotActive = 506,
    ResourceNotFound = 600,
    ResourceAlreadyExists = 601,
    InvalidResourceState = 604,
    ResourceActionFailed = 701,
    RequestProcessingFailed = 702,
    CannotAct = 703,
};
} // namespace RequestStatus

// obs-websocket 5's EventSubscription bits: what an identified client asked to hear about.
namespace EventSubscription {
enum : quint32 {
    None = 0,
    General = 1u << 0,
    Config = 1u << 1,
    Scenes = 1u << 2,
    Inputs = 1u << 3,
    Transitions = 1u << 4,
    Filters = 1u << 5,
    Outputs = 1u << 6,
    SceneItems = 1u << 7,
    MediaInputs = 1u << 8,
    Vendors = 1u << 9,
    Ui = 1u << 10,
    All = (1u << 11) - 1, // every category that is not high-volume
    InputVolumeMeters = 1u << 16,
    InputActiveStateChanged = 1u << 17,
    InputShowStateChanged = 1u << 18,
    SceneItemTransformChanged = 1u << 19,
};
} // namespace EventSubscription

// Who is asking: the producer's password allows everything, the moderator's only the chat's requests.
enum class RemoteRole { Producer, Moderator };

// The answer to one request: obs-websocket's requestStatus (result = code is Success, code, comment) and
// responseData.
struct RemoteResponse {
    int code = RequestStatus::Success;
    QString comment; // for people, said on every failure
    QJsonObject data;

    bool ok() const { return code == RequestStatus::Success; }
    static RemoteResponse success(QJsonObject data = {});
    static RemoteResponse failure(int code, QString comment);
};

// What the remote server asks of the studio: it answers requests and announces events, knowing nothing of
// WebSockets. The server speaks obs-websocket's protocol around it (authentication, batches, subscriptions,
// limits); the implementation on the running show is ShowRemoteApi. Everything happens on the GUI thread.
class RemoteApi : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Answers one request of obs-websocket's (requestType, requestData), vendor requests included
    // (CallVendorRequest with vendorName "vitrine"). `role` limits what may be done.
    virtual RemoteResponse handle(const QString& requestType, const QJsonObject& requestData,
                                  RemoteRole role) = 0;

Q_SIGNALS:
    // An event for the identified clients whose subscriptions include `intent` (an EventSubscription bit):
    // eventType and eventData as obs-websocket sends them (VendorEvent: vendorName, eventType, eventData).
    void eventOccurred(const QString& eventType, quint32 intent, const QJsonObject& eventData);
};

} // namespace vitrine
