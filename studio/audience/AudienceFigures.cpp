#include "audience/AudienceFigures.h"

#include <algorithm>
#include <cmath>

namespace vitrine {

namespace {

// "4", "4.5", "12.3": what a producer reads at a glance.
QString figureText(double value)
{
    return QString::number(value, 'g', value < 10 ? 2 : 3);
}

} // namespace

AudienceFigures::AudienceFigures(QObject* parent) : QObject(parent) {}

void AudienceFigures::setStart(const QDateTime& at)
{
    m_start = at.toUTC();
    Q_EMIT changed();
}

void AudienceFigures::setTargets(const ShowDocument::Targets& targets)
{
    m_targets = targets;
    Q_EMIT changed();
}

void AudienceFigures::clear()
{
    const ShowDocument::Targets targets = m_targets;
    m_start = {};
    m_chatMinutes.clear();
    m_messageTimes.clear();
    m_viewers.clear();
    m_lastViewers.clear();
    m_peakAudience = 0;
    m_audienceSum = 0;
    m_audienceSamples = 0;
    m_skus.clear();
    m_buyIntent.clear();
    m_claims.clear();
    m_pinnedMs.clear();
    m_pinned.clear();
    m_pinnedSince = {};
    m_promos.clear();
    m_targets = targets;
    Q_EMIT changed();
}

void AudienceFigures::touch(const QDateTime& at)
{
    if (!m_start.isValid())
        m_start = at.toUTC();
}

double AudienceFigures::minutesAt(const QDateTime& at) const
{
    return static_cast<double>(m_start.msecsTo(at)) / 60000.0;
}

void AudienceFigures::remember(const QString& sku)
{
    if (!sku.isEmpty() && !m_skus.contains(sku))
        m_skus << sku;
}

void AudienceFigures::addMessage(ChatPlatform platform, const QDateTime& at)
{
    touch(at);
    const double minutes = minutesAt(at);
    if (minutes < 0)
        return; // before the live: not its figure
    const auto minute = static_cast<qsizetype>(std::floor(minutes));
    QList<int>& counts = m_chatMinutes[platform];
    if (counts.size() <= minute)
        counts.resize(minute + 1, 0);
    ++counts[minute];
    m_messageTimes << at.toMSecsSinceEpoch();
    Q_EMIT changed();
}

void AudienceFigures::addViewers(ChatPlatform platform, int viewers, const QDateTime& at)
{
    touch(at);
    viewers = std::max(0, viewers);
    m_viewers[platform] << QPointF(minutesAt(at), viewers);
    m_lastViewers.insert(platform, viewers);
    int audience = 0;
    for (int count : std::as_const(m_lastViewers))
        audience += count;
    m_peakAudience = std::max(m_peakAudience, audience);
    m_audienceSum += audience;
    ++m_audienceSamples;
    Q_EMIT changed();
}

void AudienceFigures::setBuyIntent(const QHash<QString, int>& counts)
{
    m_buyIntent = counts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        remember(it.key());
    Q_EMIT changed();
}

void AudienceFigures::setClaims(const QHash<QString, int>& claims)
{
    m_claims = claims;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        remember(it.key());
    Q_EMIT changed();
}

void AudienceFigures::setPinned(const QString& sku, const QDateTime& at)
{
    touch(at);
    if (!m_pinned.isEmpty() && m_pinnedSince.isValid())
        m_pinnedMs[m_pinned] += std::max<qint64>(0, m_pinnedSince.msecsTo(at));
    m_pinned = sku;
    m_pinnedSince = sku.isEmpty() ? QDateTime() : at.toUTC();
    remember(sku);
    Q_EMIT changed();
}

void AudienceFigures::setPromo(const QString& code, const QDateTime& at, const QDateTime& endsAt)
{
    touch(at);
    const bool running = !m_promos.isEmpty() && !m_promos.last().end.isValid();
    if (running || (!m_promos.isEmpty() && m_promos.last().end > at))
        m_promos.last().end = at.toUTC(); // stopped (or replaced) before its countdown ran out
    if (!code.isEmpty())
        m_promos << PromoWindow{code, at.toUTC(), endsAt.toUTC()};
    Q_EMIT changed();
}

QList<ChatPlatform> AudienceFigures::platforms() const
{
    QList<ChatPlatform> found;
    for (ChatPlatform platform : kChatPlatforms)
        if (m_chatMinutes.contains(platform) || m_viewers.contains(platform))
            found << platform;
    return found;
}

QList<QPointF> AudienceFigures::chatPerMinute(ChatPlatform platform) const
{
    // Every platform's line runs to the last minute any chat spoke, so a quiet minute shows as 0.
    qsizetype minutes = 0;
    for (const QList<int>& counts : m_chatMinutes)
        minutes = std::max(minutes, counts.size());
    const QList<int> counts = m_chatMinutes.value(platform);
    QList<QPointF> points;
    if (!m_chatMinutes.contains(platform))
        return points;
    for (qsizetype minute = 0; minute < minutes; ++minute)
        points << QPointF(static_cast<double>(minute), minute < counts.size() ? counts.at(minute) : 0);
    return points;
}

QList<QPointF> AudienceFigures::viewers(ChatPlatform platform) const
{
    return m_viewers.value(platform);
}

double AudienceFigures::averageAudience() const
{
    return m_audienceSamples ? static_cast<double>(m_audienceSum) / m_audienceSamples : 0.0;
}

int AudienceFigures::claimCount() const
{
    int total = 0;
    for (int count : m_claims)
        total += count;
    return total;
}

double AudienceFigures::chatRate(const QDateTime& now) const
{
    if (!m_start.isValid())
        return 0;
    const double elapsed = std::clamp(minutesAt(now), 1.0, static_cast<double>(kChatRateMinutes));
    const qint64 from = now.toMSecsSinceEpoch() - static_cast<qint64>(elapsed * 60000);
    const qint64 to = now.toMSecsSinceEpoch();
    qint64 count = 0;
    for (auto it = m_messageTimes.crbegin(); it != m_messageTimes.crend() && *it >= from; ++it)
        if (*it <= to)
            ++count;
    return static_cast<double>(count) / elapsed;
}

QList<AudienceFigures::ProductFigures> AudienceFigures::products(const QDateTime& now) const
{
    QList<ProductFigures> rows;
    for (const QString& sku : m_skus) {
        ProductFigures row{sku, m_buyIntent.value(sku), m_claims.value(sku), m_pinnedMs.value(sku)};
        if (sku == m_pinned && m_pinnedSince.isValid())
            row.pinnedMs += std::max<qint64>(0, m_pinnedSince.msecsTo(now));
        rows << row;
    }
    return rows;
}

std::optional<AudienceFigures::PromoWindow> AudienceFigures::promo() const
{
    if (m_promos.isEmpty())
        return std::nullopt;
    return m_promos.last();
}

std::optional<AudienceFigures::Shortfall> AudienceFigures::weakest(const QDateTime& now) const
{
    std::optional<Shortfall> worst;
    auto judge = [&worst](Figure figure, double actual, double target, const QString& text) {
        if (target <= 0 || actual >= target)
            return;
        if (!worst || actual / target < worst->actual / worst->target)
            worst = Shortfall{figure, actual, target, text};
    };
    if (m_targets.chatPerMinute) {
        const double rate = chatRate(now);
        judge(Figure::ChatPerMinute, rate, *m_targets.chatPerMinute,
              tr("Chat is quiet: %1 msg/min against a target of %2")
                  .arg(figureText(rate), figureText(*m_targets.chatPerMinute)));
    }
    if (m_targets.peakViewers)
        judge(Figure::PeakViewers, m_peakAudience, *m_targets.peakViewers,
              tr("Audience is low: a peak of %1 viewers against a target of %2")
                  .arg(m_peakAudience)
                  .arg(*m_targets.peakViewers));
    if (m_targets.claims)
        judge(Figure::Claims, claimCount(), *m_targets.claims,
              tr("Claims are behind: %1 against a target of %2").arg(claimCount()).arg(*m_targets.claims));
    return worst;
}

} // namespace vitrine
