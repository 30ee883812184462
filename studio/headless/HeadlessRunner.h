#pragma once

#include "runtime/RunSettings.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vitrine {

class ChatConnector;

// One --stream or --stream-vertical of the command line.
struct StreamTarget {
    QString url;           // rtmp[s]://HOST[:PORT]/APP/KEY
    QString key;           // set (--stream-key-env): url is rtmp[s]://HOST[:PORT]/APP and this is its key
    bool vertical = false; // sends the vertical canvas
    QString service;       // set (--stream-service): the OBS service it streams to, whose caps it takes
};

struct HeadlessOptions {
    QString showPath;
    QList<StreamTarget> streams;  // one destination each, in command-line order; empty: no stream
    QString recordPath;           // empty: no recording
    QString recordVerticalPath;   // the vertical canvas's recording; empty: none
    double durationSeconds = 0.0; // 0: until SIGINT/SIGTERM
    RunOverrides overrides;       // canvas, fps, bitrate: win over the show
    int connectTimeoutSeconds = 20;
    int reconnectTries = -1; // a destination that loses its server: tries before giving up; -1: the default
    QStringList chatSpecs;   // PLATFORM:TARGET[@ENDPOINT], tokens from the environment (ChatCredentials)
    QString chatLogPath;     // the merged chat as JSON Lines; empty: not written
    QString claimsCsvPath;   // the chats' claims as CSV, written when the run ends; empty: not written
    QString actionsPath;     // a rehearsal script of timed producer actions (JSON Lines); empty: none
    QString eventLogPath;    // the show's event log; empty: SHOW.events.jsonl beside the show with actions
    int remotePort = 0;      // the producer remote's port on 127.0.0.1; 0: no remote
    QString remotePassword;  // from VITRINE_REMOTE_PASSWORD, never printed
    QString remoteModeratorPassword; // may only use the chat's requests; empty: none
};

// Runs a show without a window: composes it with libobs, streams and/or records it, then prints the run's
// figures as key=value pairs on the last line of standard output. Errors go to standard error.
class HeadlessRunner : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Success = 0, Failure = 1, FatalError = 2 };

    explicit HeadlessRunner(HeadlessOptions options, QObject* parent = nullptr);
    ~HeadlessRunner() override;

    // Runs the event loop until the run ends; returns the process exit code.
    int exec();

private:
    struct Session;
    bool prepare();
    void onOutputStarted();
    void onDestinationChanged(int index);
    bool streamsSettled() const;
    void checkStreamsSettled();
    void reportDestinations();
    void onBroadcastChanged();
    void finish();
    bool prepareChat(QList<ChatConnector*>* connectors, QString* error);
    bool prepareActions(QString* error);
    bool startRemote(QString* error);
    void reportChat(const QString& spec, const QString& message);
    void fail(const QString& message);
    QString readFigures();
    void printFigures();
    // Makes the replay of the recording (if any), prints the figures, and leaves the event loop.
    void exitAfterOutputs();
    void finishReplay();
    static void installSignalHandlers();

    HeadlessOptions m_options;
    std::unique_ptr<Session> m_session;
    int m_exitCode = Success;
    bool m_finishing = false;
};

} // namespace vitrine
