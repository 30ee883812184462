#pragma once

#include "chat/ChatMessage.h"
#include "show/Product.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

namespace vitrine {

class EventLog;

// One claim a viewer made in chat ("SOLD A1 2 noir"), as the producer's panel and the export list it.
struct Claim {
    enum class Status {
        Accepted,   // stock reserved for it
        Waitlisted, // stock was out when it arrived: next in line if a buyer drops out
        Ambiguous   // names no product of the show (an unknown code, or nothing pinned): listed, not guessed
    };
    qint64 id = 0; // 1, 2, … in arrival order
    Status status = Status::Accepted;
    ChatPlatform platform = ChatPlatform::Custom;
    QString channel;
    QString authorId;
    QString authorName;
    QString sku;        // empty when ambiguous
    QString code;       // the code written (upper-case); empty when the claim was for the pinned product
    QString variantSku; // empty: no variant (or the producer has yet to choose one: needsVariant)
    int quantity = 1;
    bool needsVariant = false; // the product has variants and the viewer named none
    QDateTime at;              // arrival (UTC)
    QString messageKey;        // the merged chat's key of the message
    QString text;              // what the viewer wrote
};

// "accepted", "waitlisted", "ambiguous": the spelling of the event log and the CSV.
QString claimStatusKey(Claim::Status status);

// The show's claims: every claim a chat message makes is recorded here in arrival order. A claim reserves
// stock while the live stock figure (the catalogue's, which the stock refresher reloads) minus what earlier
// claims reserved covers its whole quantity; otherwise it joins the product's waitlist. Unknown stock
// (nullopt) accepts. The catalogue's stock is never changed here: the shop decrements it when people pay.
// Every claim is written to the event log (claim, claim.waitlist, claim.ambiguous).
class ClaimBook : public QObject {
    Q_OBJECT
public:
    struct Tally {
        int claims = 0;
        int units = 0;
        int waitlisted = 0;
        int waitlistedUnits = 0;
        int needsVariant = 0;
    };

    explicit ClaimBook(QObject* parent = nullptr);

    void setEventLog(EventLog* log);

    // Reads a message: records and returns the claim it makes, or nullopt when it makes none. `pinnedSku`:
    // the product pinned when it arrived.
    std::optional<Claim> observe(const ChatMessage& message, const QList<Product>& catalogue,
                                 const QString& pinnedSku);

    QList<Claim> claims() const { return m_claims; } // every status, arrival order
    const Claim* claim(qint64 id) const;
    // Per product: accepted claims and units, waitlist, claims waiting for a variant.
    Tally tally(const QString& sku) const { return m_tallies.value(sku); }
    QList<QString> claimedSkus() const; // products with at least one accepted or waitlisted claim
    // Units accepted claims hold of a product (or of one of its variants).
    int reservedUnits(const QString& sku) const { return m_tallies.value(sku).units; }
    int reservedVariantUnits(const QString& variantSku) const { return m_variantUnits.value(variantSku); }
    // Whether an author made a claim of a product this show, accepted or waitlisted (a giveaway's "claimed
    // only" rule).
    bool hasClaimed(ChatPlatform platform, const QString& authorId) const;

    // The producer completes a claim made without a variant. False when the claim is not an accepted one
    // waiting for a variant, or `variantSku` is not a variant of its product.
    bool setVariant(qint64 id, const QString& variantSku, const QList<Product>& catalogue);

    // Writes every claim as CSV (UTF-8, a header line), atomically: a temporary file renamed over `path`.
    [[nodiscard]] bool exportCsv(const QString& path, QString* error) const;
    void clear();

Q_SIGNALS:
    void claimRecorded(const vitrine::Claim& claim);
    void claimChanged(const vitrine::Claim& claim);
    void cleared();

private:
    // What is left of a product (or one of its variants) for a new claim; nullopt when unlimited.
    std::optional<int> unitsLeft(const Product& product, const ProductVariant* variant) const;
    void record(const Claim& claim);
    void log(const Claim& claim);

    QList<Claim> m_claims;
    QHash<QString, Tally> m_tallies;
    QHash<QString, int> m_variantUnits;
    QSet<QString> m_claimants; // "platform:authorId" of accepted and waitlisted claims
    QPointer<EventLog> m_eventLog;
};

} // namespace vitrine
