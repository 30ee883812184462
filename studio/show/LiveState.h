#pragma once

#include "show/FlashSale.h"
#include "show/ShowDocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace vitrine {

class EventLog;

// What is on air right now: the pinned product, the running promo code, the run-of-show position. Overlays,
// chat and figures observe it through its signals; every change is written to the event log.
class LiveState : public QObject {
    Q_OBJECT
public:
    enum class PinResult { Pinned, NeedsConfirmation, UnknownProduct };
    Q_ENUM(PinResult)

    LiveState(const ShowDocument* show, EventLog* log, QObject* parent = nullptr);

    QString pinnedSku() const { return m_pinnedSku; }
    QString runningPromo() const { return m_runningPromo; }
    QDateTime promoEndsAt() const { return m_promoEndsAt; } // invalid when the promo has no countdown
    int segmentIndex() const { return m_segmentIndex; }     // -1 before the first "Next"
    // When the pinned product was pinned (UTC); invalid when nothing is pinned.
    QDateTime pinnedSince() const { return m_pinnedSince; }
    // When the current run-of-show segment started (UTC); invalid before the first "Next".
    QDateTime segmentStartedAt() const { return m_segmentStartedAt; }

    // Pins a product. A sold-out product is pinned only when confirmed: promoting it defeats the show.
    PinResult requestPin(const QString& sku, bool confirmedSoldOut = false);
    void unpin();
    bool requestStartPromo(const QString& code);
    void stopPromo();
    // Advances the run-of-show and pins the segment's product (sold out: pinned anyway, the producer chose
    // it).
    bool requestNextSegment();

    // A flash sale of one product: a countdown of startsInSeconds (FlashSale's 10–300 s), then `quantity` at
    // `price` for `minutes`. It ends by itself when the time is up (or, through checkFlashSale(), when the
    // quantity has sold); a new one replaces a running one. False with a message for people when refused.
    bool requestStartFlashSale(const QString& sku, const Money& price, int quantity, int startsInSeconds,
                               int minutes, QString* error);
    void stopFlashSale();
    std::optional<FlashSale> flashSale() const { return m_flash; }
    // Ends the flash sale when its quantity has sold out (the show's stock changed).
    void checkFlashSale();

    // The producer's switches for the on-air overlays, by the overlays' key ("card", "lower-third"…): only
    // what was switched is kept; the overlays know their defaults.
    void setOverlayVisible(const QString& kind, bool visible);
    QMap<QString, bool> overlaySwitches() const { return m_overlaySwitches; }

    // The producer's notes for the presenter (the presenter view shows them; the remote page writes them).
    void setProducerNotes(const QString& text);
    QString producerNotes() const { return m_producerNotes; }

    // The producer ends the show: the flash sale and the promo stop, nothing stays pinned and the run-of-show
    // starts over. The overlay switches stay (they are the producer's set-up, not the show's moment).
    void endShow();
    // Whether anything of a show in progress is held: a pin, a promo, a flash sale or a run-of-show position.
    bool isShowInProgress() const;

    // The state to keep across a crash or a quit until the show ends, and to restore from.
    QJsonObject snapshot() const;
    void restore(const QJsonObject& snapshot);

Q_SIGNALS:
    void pinnedProductChanged(const QString& sku);
    void promoChanged(const QString& code, const QDateTime& endsAt);
    void segmentChanged(int index);
    void flashSaleChanged();
    void overlaySwitchesChanged();
    void producerNotesChanged(const QString& text);
    void changed();

private:
    const ShowDocument* m_show;
    EventLog* m_log;
    QString m_pinnedSku;
    QDateTime m_pinnedSince;
    QDateTime m_segmentStartedAt;
    QString m_runningPromo;
    QDateTime m_promoEndsAt;
    int m_segmentIndex = -1;
    std::optional<FlashSale> m_flash;
    QTimer m_flashEnd;
    QMap<QString, bool> m_overlaySwitches;
    QString m_producerNotes;

    void endFlashSale(const QString& reason);
    void armFlashEnd();
};

} // namespace vitrine
