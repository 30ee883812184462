#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// A producer's action at a time of the run, from a rehearsal script (one JSON object per line):
// {"at": 2.0, "do": "pin", "sku": "MOUL-01"}, {"at": 9, "do": "next"}, {"at": 12, "do": "scene", "name":
// "…"}, {"at": 20, "do": "flash-start", "sku": …, "price": "19.90", "quantity": 50, "startsIn": 30,
// "minutes": 5},
// {"do": "flash-stop"}, {"do": "highlight", "platform": …, "author": …, "text": …} (or "id" of a message of
// the merged chat), {"do": "highlight-clear"}, {"do": "overlay", "kind": "card", "visible": false},
// {"do": "end-show"} (Show ▸ End the show), {"do": "giveaway-start", "keyword": "#gagner", "claimedOnly":
// false}, {"do": "giveaway-stop"}, {"do": "giveaway-draw", "seed": 42} (seed optional: random),
// {"do": "poll-start", "question": "…", "options": ["Noir", "Chêne"]}, {"do": "poll-stop"}.
struct ScriptedAction {
    enum class Kind {
        Pin,
        Unpin,
        Next,
        PromoStart,
        PromoStop,
        Scene,
        FlashStart,
        FlashStop,
        Highlight,
        HighlightClear,
        Overlay,
        EndShow,
        GiveawayStart,
        GiveawayStop,
        GiveawayDraw,
        PollStart,
        PollStop
    };
    double atSeconds = 0.0; // since the run started (outputs running)
    Kind kind = Kind::Pin;
    QString argument;       // Pin: the SKU; PromoStart: the code; Scene: the scene's name; GiveawayStart: the
                            // keyword; PollStart: the question
    bool confirmed = false; // Pin: pin a sold-out product too, as a producer confirming the question would
    // FlashStart: price (Money), quantity, startsIn, minutes; Highlight: platform, author, text or id;
    // Overlay: kind (its key, checked), visible; GiveawayStart: claimedOnly; GiveawayDraw: seed; PollStart:
    // options. Checked when the script is read.
    QJsonObject fields;
    int line = 0; // 1-based line of the script, for messages
};

// A timed list of producer actions. Lines that do not make an action (bad JSON, unknown "do", missing "at" or
// argument) are kept as problems and skipped: a rehearsal goes on with the rest.
struct ActionScript {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ActionScript)

public:
    QList<ScriptedAction> actions; // by time; actions at the same time keep the script's order
    QStringList problems;          // "actions.jsonl:3: unknown action “dance”"

    static ActionScript parse(const QByteArray& text, const QString& fileLabel);
    // Reads a script file; nullopt with a message when it cannot be read at all.
    static std::optional<ActionScript> load(const QString& path, QString* error);
};

} // namespace vitrine
