#pragma once

#include <QLatin1String>

#include <array>

// The "type" of every record of the show's event log (EventLog), in one place: "<subject>.<what happened>".
// Replay chapters, figures and tests read these names from the log, and the README lists them: a new kind of
// record gets its constant here, its line in the README, and nowhere else a literal.
namespace vitrine::EventType {

inline constexpr QLatin1String LiveStart{"live.start"};
inline constexpr QLatin1String LiveStop{"live.stop"};
inline constexpr QLatin1String RecordingStart{"recording.start"};
inline constexpr QLatin1String RecordingStop{"recording.stop"};
// The vertical (9:16) canvas's own recording, beside the main one: path. Its `recordingMs` (when the main
// recording runs) or its `utc` places it against the main recording, for the 9:16 clips.
inline constexpr QLatin1String VerticalRecordingStart{"recording.vertical_start"};
inline constexpr QLatin1String VerticalRecordingStop{"recording.vertical_stop"};
inline constexpr QLatin1String ProductPin{"product.pin"};           // sku, title
inline constexpr QLatin1String ProductUnpin{"product.unpin"};       // sku
inline constexpr QLatin1String PromoStart{"promo.start"};           // code, endsAt
inline constexpr QLatin1String PromoStop{"promo.stop"};             // code
inline constexpr QLatin1String SegmentStart{"segment.start"};       // index, title, secondsBehindPlan
inline constexpr QLatin1String SceneSwitch{"scene.switch"};         // scene
inline constexpr QLatin1String StockLevel{"stock.level"};           // sku, level, stock
inline constexpr QLatin1String ChatHighlight{"chat.highlight"};     // id, platform, author, text
inline constexpr QLatin1String ChatUnhighlight{"chat.unhighlight"}; // the highlighted message left the screen
inline constexpr QLatin1String FlashStart{"flash.start"}; // sku, price, currency, quantity, startsAt, endsAt
inline constexpr QLatin1String FlashEnd{"flash.end"};     // sku, reason (time, sold-out, stopped…), left
inline constexpr QLatin1String OverlayVisibility{"overlay.visibility"}; // kind, visible
inline constexpr QLatin1String StateRestore{
    "state.restore"};                               // the live state restored after a crash or a quit
inline constexpr QLatin1String ShowEnd{"show.end"}; // the producer ended the show: nothing pinned or running
inline constexpr QLatin1String NotesSet{"notes.set"}; // text: the producer's notes for the presenter
// name, platform, state (live, reconnecting, failed, stopped), reason, reconnects
inline constexpr QLatin1String DestinationState{"destination.state"};
inline constexpr QLatin1String GiveawayStart{"giveaway.start"}; // keyword, claimedOnly
inline constexpr QLatin1String GiveawayStop{"giveaway.stop"};   // entries
// seed, entries, entrants ["platform:author"…] in entry order, platform, authorId, author (the winner)
inline constexpr QLatin1String GiveawayDraw{"giveaway.draw"};
inline constexpr QLatin1String PollStart{"poll.start"}; // question, options
inline constexpr QLatin1String PollStop{"poll.stop"};   // question, options, counts
// A comment claimed a product (ClaimBook). Each: id, status, platform, author, authorId, sku, code, variant
// (null when none), quantity, needsVariant, message, text.
inline constexpr QLatin1String ClaimAccept{"claim.accept"};       // stock reserved
inline constexpr QLatin1String ClaimWaitlist{"claim.waitlist"};   // stock out: on the product's waitlist
inline constexpr QLatin1String ClaimAmbiguous{"claim.ambiguous"}; // an unknown code, or nothing pinned
inline constexpr QLatin1String ClaimVariant{"claim.variant"}; // id, sku, variant: the producer completed it

inline constexpr std::array all{LiveStart,
                                LiveStop,
                                RecordingStart,
                                RecordingStop,
                                ProductPin,
                                ProductUnpin,
                                PromoStart,
                                PromoStop,
                                SegmentStart,
                                SceneSwitch,
                                StockLevel,
                                ChatHighlight,
                                ChatUnhighlight,
                                FlashStart,
                                FlashEnd,
                                OverlayVisibility,
                                StateRestore,
                                ShowEnd,
                                DestinationState,
                                GiveawayStart,
                                GiveawayStop,
                                GiveawayDraw,
                                PollStart,
                                PollStop,
                                ClaimAccept,
                                ClaimWaitlist,
                                ClaimAmbiguous,
                                ClaimVariant,
                                NotesSet,
                                VerticalRecordingStart,
                                VerticalRecordingStop};

} // namespace vitrine::EventType
