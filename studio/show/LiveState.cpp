#include "show/LiveState.h"

#include "show/EventLog.h"

#include <algorithm>

namespace vitrine {

LiveState::LiveState(const ShowDocument* show, EventLog* log, QObject* parent)
    : QObject(parent), m_show(show), m_log(log)
{
    m_flashEnd.setSingleShot(true);
    connect(&m_flashEnd, &QTimer::timeout, this, [this] {
        if (m_flash && m_flash->hasEnded(QDateTime::currentDateTimeUtc()))
            endFlashSale(QStringLiteral("time"));
        else
            armFlashEnd(); // woke early (timers are coarse): wait for the rest
    });
}

bool LiveState::requestStartFlashSale(const QString& sku, const Money& price, int quantity,
                                      int startsInSeconds, int minutes, QString* error)
{
    const Product* product = m_show->product(sku);
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!product)
        return fail(tr("No product has the SKU “%1”.").arg(sku));
    if (product->isSoldOut())
        return fail(tr("“%1” is sold out: a flash sale cannot sell it.").arg(product->title));
    if (price.minor <= 0)
        return fail(tr("The flash sale needs a price above zero."));
    if (quantity <= 0)
        return fail(tr("The flash sale needs a quantity of at least 1."));
    if (startsInSeconds < FlashSale::kMinStartsInSeconds || startsInSeconds > FlashSale::kMaxStartsInSeconds)
        return fail(tr("A flash sale starts in %1 to %2 seconds.")
                        .arg(FlashSale::kMinStartsInSeconds)
                        .arg(FlashSale::kMaxStartsInSeconds));
    if (minutes < 1 || minutes > 60)
        return fail(tr("A flash sale lasts 1 to 60 minutes."));
    if (m_flash)
        endFlashSale(QStringLiteral("replaced"));
    FlashSale sale;
    sale.sku = sku;
    sale.price = price;
    if (sale.price.currency.isEmpty())
        sale.price.currency = product->price.currency;
    sale.quantity = quantity;
    sale.startsAt = QDateTime::currentDateTimeUtc().addSecs(startsInSeconds);
    sale.endsAt = sale.startsAt.addSecs(qint64(minutes) * 60);
    sale.stockAtStart = product->stock;
    m_flash = sale;
    m_log->append(EventType::FlashStart, sale.toJson());
    armFlashEnd();
    Q_EMIT flashSaleChanged();
    Q_EMIT changed();
    return true;
}

void LiveState::stopFlashSale()
{
    if (m_flash)
        endFlashSale(QStringLiteral("stopped"));
}

void LiveState::checkFlashSale()
{
    if (!m_flash)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_flash->hasEnded(now))
        endFlashSale(QStringLiteral("time"));
    else if (m_flash->hasStarted(now) && m_flash->left(m_show->product(m_flash->sku)) <= 0)
        endFlashSale(QStringLiteral("sold-out"));
}

void LiveState::endFlashSale(const QString& reason)
{
    const FlashSale sale = *m_flash;
    m_flash.reset();
    m_flashEnd.stop();
    m_log->append(EventType::FlashEnd, {{QStringLiteral("sku"), sale.sku},
                                        {QStringLiteral("reason"), reason},
                                        {QStringLiteral("left"), sale.left(m_show->product(sale.sku))}});
    Q_EMIT flashSaleChanged();
    Q_EMIT changed();
}

void LiveState::armFlashEnd()
{
    if (!m_flash)
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_flash->endsAt);
    m_flashEnd.start(static_cast<int>(std::clamp<qint64>(ms + 20, 0, 24LL * 3600 * 1000)));
}

void LiveState::setOverlayVisible(const QString& kind, bool visible)
{
    if (m_overlaySwitches.contains(kind) && m_overlaySwitches.value(kind) == visible)
        return;
    m_overlaySwitches.insert(kind, visible);
    m_log->append(EventType::OverlayVisibility,
                  {{QStringLiteral("kind"), kind}, {QStringLiteral("visible"), visible}});
    Q_EMIT overlaySwitchesChanged();
    Q_EMIT changed();
}

void LiveState::setProducerNotes(const QString& text)
{
    if (text == m_producerNotes)
        return;
    m_producerNotes = text;
    m_log->append(EventType::NotesSet, {{QStringLiteral("text"), text}});
    Q_EMIT producerNotesChanged(text);
    Q_EMIT changed();
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
    m_pinnedSince = QDateTime::currentDateTimeUtc();
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
    m_pinnedSince = QDateTime();
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
    m_segmentStartedAt = QDateTime::currentDateTimeUtc();
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

void LiveState::endShow()
{
    stopFlashSale();
    stopPromo();
    unpin();
    const bool hadSegment = m_segmentIndex >= 0;
    m_segmentIndex = -1;
    m_segmentStartedAt = QDateTime();
    m_log->append(EventType::ShowEnd, {});
    if (hadSegment)
        Q_EMIT segmentChanged(m_segmentIndex);
    Q_EMIT changed();
}

bool LiveState::isShowInProgress() const
{
    return !m_pinnedSku.isEmpty() || !m_runningPromo.isEmpty() || m_flash || m_segmentIndex >= 0;
}

QJsonObject LiveState::snapshot() const
{
    QJsonObject json{{QStringLiteral("pinnedSku"), m_pinnedSku},
                     {QStringLiteral("runningPromo"), m_runningPromo},
                     {QStringLiteral("segmentIndex"), m_segmentIndex}};
    if (m_promoEndsAt.isValid())
        json.insert(QStringLiteral("promoEndsAt"), m_promoEndsAt.toString(Qt::ISODateWithMs));
    if (m_pinnedSince.isValid())
        json.insert(QStringLiteral("pinnedSince"), m_pinnedSince.toString(Qt::ISODateWithMs));
    if (m_segmentStartedAt.isValid())
        json.insert(QStringLiteral("segmentStartedAt"), m_segmentStartedAt.toString(Qt::ISODateWithMs));
    if (m_flash)
        json.insert(QStringLiteral("flashSale"), m_flash->toJson());
    QJsonObject switches;
    for (auto it = m_overlaySwitches.cbegin(); it != m_overlaySwitches.cend(); ++it)
        switches.insert(it.key(), it.value());
    if (!switches.isEmpty())
        json.insert(QStringLiteral("overlays"), switches);
    if (!m_producerNotes.isEmpty())
        json.insert(QStringLiteral("producerNotes"), m_producerNotes);
    return json;
}

void LiveState::restore(const QJsonObject& snapshot)
{
    m_segmentIndex = snapshot.value(QStringLiteral("segmentIndex")).toInt(-1);
    m_pinnedSku = m_show->product(snapshot.value(QStringLiteral("pinnedSku")).toString())
                      ? snapshot.value(QStringLiteral("pinnedSku")).toString()
                      : QString();
    // Older snapshots have no times: counted from now.
    const auto timeOr = [&snapshot](const QString& key, bool wanted) {
        if (!wanted)
            return QDateTime();
        const QDateTime at = QDateTime::fromString(snapshot.value(key).toString(), Qt::ISODateWithMs);
        return at.isValid() ? at : QDateTime::currentDateTimeUtc();
    };
    m_pinnedSince = timeOr(QStringLiteral("pinnedSince"), !m_pinnedSku.isEmpty());
    m_segmentStartedAt = timeOr(QStringLiteral("segmentStartedAt"), m_segmentIndex >= 0);
    m_runningPromo = snapshot.value(QStringLiteral("runningPromo")).toString();
    m_promoEndsAt =
        QDateTime::fromString(snapshot.value(QStringLiteral("promoEndsAt")).toString(), Qt::ISODateWithMs);
    if (m_promoEndsAt.isValid() && m_promoEndsAt <= QDateTime::currentDateTimeUtc()) {
        m_runningPromo.clear(); // its countdown ran out while the studio was closed
        m_promoEndsAt = QDateTime();
    }
    m_flash = FlashSale::fromJson(snapshot.value(QStringLiteral("flashSale")).toObject());
    if (m_flash && m_flash->hasEnded(QDateTime::currentDateTimeUtc()))
        m_flash.reset();
    armFlashEnd();
    m_overlaySwitches.clear();
    const QJsonObject switches = snapshot.value(QStringLiteral("overlays")).toObject();
    for (auto it = switches.constBegin(); it != switches.constEnd(); ++it)
        m_overlaySwitches.insert(it.key(), it.value().toBool());
    m_producerNotes = snapshot.value(QStringLiteral("producerNotes")).toString();
    m_log->append(EventType::StateRestore, snapshot);
    Q_EMIT segmentChanged(m_segmentIndex);
    Q_EMIT pinnedProductChanged(m_pinnedSku);
    Q_EMIT promoChanged(m_runningPromo, m_promoEndsAt);
    Q_EMIT flashSaleChanged();
    Q_EMIT overlaySwitchesChanged();
    Q_EMIT producerNotesChanged(m_producerNotes);
    Q_EMIT changed();
}

} // namespace vitrine
