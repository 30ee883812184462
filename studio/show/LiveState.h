#pragma once

#include "show/ShowDocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

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

    // Pins a product. A sold-out product is pinned only when confirmed: promoting it defeats the show.
    PinResult requestPin(const QString& sku, bool confirmedSoldOut = false);
    void unpin();
    bool requestStartPromo(const QString& code);
    void stopPromo();
    // Advances the run-of-show and pins the segment's product (sold out: pinned anyway, the producer chose
    // it).
    bool requestNextSegment();

    // The state to keep across a crash, and to restore from.
    QJsonObject snapshot() const;
    void restore(const QJsonObject& snapshot);

Q_SIGNALS:
    void pinnedProductChanged(const QString& sku);
    void promoChanged(const QString& code, const QDateTime& endsAt);
    void segmentChanged(int index);
    void changed();

private:
    const ShowDocument* m_show;
    EventLog* m_log;
    QString m_pinnedSku;
    QString m_runningPromo;
    QDateTime m_promoEndsAt;
    int m_segmentIndex = -1;
};

} // namespace vitrine
