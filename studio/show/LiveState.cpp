#include "show/LiveState.h"

#include "show/EventLog.h"

namespace vitrine {

LiveState::LiveState(const ShowDocument* show, EventLog* log, QObject* parent)
    : QObject(parent), m_show(show), m_log(log)
{
}

LiveState::PinResult LiveState::requestPin(const QString& sku, bool confirmedSoldOut)
{
    const Product* product = m_show->product(sku);
    if (!product)
        return PinResult::UnknownProduct;
    if (product->isSoldOut() && !confirmedSoldOut)
        return PinResult::NeedsConfirmation;
    if (m_pinnedSku == sku)
        return PinResult::Pinned;
    m_pinnedSku = sku;
    m_log->append(EventType::ProductPin,
                  {{QStringLiteral("sku"), sku}, {QStringLiteral("title"), product->title}});
    Q_EMIT pinnedProductChanged(sku);
    Q_EMIT changed();
    return PinResult::Pinned;
}

void LiveState::unpin()
{
    if (m_pinnedSku.isEmpty())
        return;
    m_log->append(EventType::ProductUnpin, {{QStringLiteral("sku"), m_pinnedSku}});
    m_pinnedSku.clear();
    Q_EMIT pinnedProductChanged(QString());
    Q_EMIT changed();
}

bool LiveState::requestStartPromo(const QString& code)
{
    const auto it = std::find_if(m_show->promoCodes.cbegin(), m_show->promoCodes.cend(),
                                 [&code](const PromoCode& promo) { return promo.code == code; });
    if (it == m_show->promoCodes.cend())
        return false;
    m_runningPromo = code;
    m_promoEndsAt = it->countdownMinutes > 0
                        ? QDateTime::currentDateTimeUtc().addSecs(qint64(it->countdownMinutes) * 60)
                        : QDateTime();
    QJsonObject data{{QStringLiteral("code"), code}};
    if (m_promoEndsAt.isValid())
        data.insert(QStringLiteral("endsAt"), m_promoEndsAt.toString(Qt::ISODateWithMs));
    m_log->append(EventType::PromoStart, data);
    Q_EMIT promoChanged(m_runningPromo, m_promoEndsAt);
    Q_EMIT changed();
    return true;
}

void LiveState::stopPromo()
{
    if (m_runningPromo.isEmpty())
        return;
    m_log->append(EventType::PromoStop, {{QStringLiteral("code"), m_runningPromo}});
    m_runningPromo.clear();
    m_promoEndsAt = QDateTime();
    Q_EMIT promoChanged(QString(), QDateTime());
    Q_EMIT changed();
}

bool LiveState::requestNextSegment()
{
    const QList<Segment>& segments = m_show->runOfShow.segments;
    if (m_segmentIndex + 1 >= segments.size())
        return false;
    ++m_segmentIndex;
    const Segment& segment = segments.at(m_segmentIndex);
    QJsonObject data{{QStringLiteral("index"), m_segmentIndex}, {QStringLiteral("title"), segment.title}};
    if (const std::optional<qint64> elapsed = m_log->liveElapsedMs())
        data.insert(QStringLiteral("secondsBehindPlan"),
                    m_show->runOfShow.secondsBehindPlan(m_segmentIndex, static_cast<int>(*elapsed / 1000)));
    m_log->append(EventType::SegmentStart, data);
    Q_EMIT segmentChanged(m_segmentIndex);
    if (!segment.productSku.isEmpty())
        requestPin(segment.productSku, true);
    Q_EMIT changed();
    return true;
}

QJsonObject LiveState::snapshot() const
{
    QJsonObject json{{QStringLiteral("pinnedSku"), m_pinnedSku},
                     {QStringLiteral("runningPromo"), m_runningPromo},
                     {QStringLiteral("segmentIndex"), m_segmentIndex}};
    if (m_promoEndsAt.isValid())
        json.insert(QStringLiteral("promoEndsAt"), m_promoEndsAt.toString(Qt::ISODateWithMs));
    return json;
}

void LiveState::restore(const QJsonObject& snapshot)
{
    m_segmentIndex = snapshot.value(QStringLiteral("segmentIndex")).toInt(-1);
    m_pinnedSku = m_show->product(snapshot.value(QStringLiteral("pinnedSku")).toString())
                      ? snapshot.value(QStringLiteral("pinnedSku")).toString()
                      : QString();
    m_runningPromo = snapshot.value(QStringLiteral("runningPromo")).toString();
    m_promoEndsAt =
        QDateTime::fromString(snapshot.value(QStringLiteral("promoEndsAt")).toString(), Qt::ISODateWithMs);
    m_log->append(EventType::StateRestore, snapshot);
    Q_EMIT segmentChanged(m_segmentIndex);
    Q_EMIT pinnedProductChanged(m_pinnedSku);
    Q_EMIT promoChanged(m_runningPromo, m_promoEndsAt);
    Q_EMIT changed();
}

} // namespace vitrine
