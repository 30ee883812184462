#include "audience/AudienceFeed.h"

#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

namespace vitrine {

AudienceFeed::AudienceFeed(ChatHub* hub, ClaimBook* claims, LiveState* live, const ShowStore* store,
                           QObject* parent)
    : QObject(parent), m_hub(hub), m_claims(claims), m_live(live), m_store(store),
      m_credentials(&ChatCredentials::fromEnvironment)
{
    m_poller.setSourceProvider([this] {
        return m_hub ? ViewerPoller::sourcesFromChats(*m_hub, m_credentials()) : QList<ViewerSource>();
    });
    connect(&m_poller, &ViewerPoller::sampled, this,
            [this](ChatPlatform platform, int viewers, const QDateTime& at) {
                m_figures.addViewers(platform, viewers, at);
                if (!m_lastError.isEmpty())
                    Q_EMIT errorChanged(m_lastError = QString());
            });
    connect(&m_poller, &ViewerPoller::offline, this,
            [this](ChatPlatform platform, const QDateTime& at) { m_figures.addViewers(platform, 0, at); });
    connect(&m_poller, &ViewerPoller::failed, this,
            [this](ChatPlatform, const QString& message) { Q_EMIT errorChanged(m_lastError = message); });
    if (hub) {
        connect(hub, &ChatHub::messageAdded, this, [this](const ChatEntry& entry) {
            const QDateTime at = entry.message.arrivalTime.isValid() ? entry.message.arrivalTime
                                                                     : QDateTime::currentDateTimeUtc();
            m_figures.addMessage(entry.message.platform, at);
        });
        connect(hub->buyIntent(), &BuyIntent::countsChanged, this,
                [this] { m_figures.setBuyIntent(m_hub->buyIntent()->counts()); });
    }
    if (claims) {
        connect(claims, &ClaimBook::claimRecorded, this, &AudienceFeed::readClaims);
        connect(claims, &ClaimBook::claimChanged, this, &AudienceFeed::readClaims);
        connect(claims, &ClaimBook::cleared, this, &AudienceFeed::readClaims);
    }
    if (live) {
        connect(live, &LiveState::pinnedProductChanged, this,
                [this](const QString& sku) { m_figures.setPinned(sku, QDateTime::currentDateTimeUtc()); });
        connect(live, &LiveState::promoChanged, this, [this](const QString& code, const QDateTime& endsAt) {
            m_figures.setPromo(code, QDateTime::currentDateTimeUtc(), endsAt);
        });
    }
    if (store)
        connect(store, &ShowStore::changed, this, &AudienceFeed::readTargets);
    readTargets();
}

void AudienceFeed::readTargets()
{
    if (m_store)
        m_figures.setTargets(m_store->document().targets);
}

void AudienceFeed::readClaims()
{
    QHash<QString, int> counts;
    if (m_claims)
        for (const QString& sku : m_claims->claimedSkus())
            counts.insert(sku, m_claims->tally(sku).claims);
    m_figures.setClaims(counts);
}

void AudienceFeed::setLive(bool live)
{
    if (live == m_isLive)
        return;
    m_isLive = live;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (live) {
        // A new live's figures start from its first second; what is pinned and claimed carries over.
        m_figures.clear();
        m_figures.setStart(now);
        if (m_hub)
            m_figures.setBuyIntent(m_hub->buyIntent()->counts());
        readClaims();
        if (m_live && !m_live->pinnedSku().isEmpty())
            m_figures.setPinned(m_live->pinnedSku(), now);
        if (m_live && !m_live->runningPromo().isEmpty())
            m_figures.setPromo(m_live->runningPromo(), now, m_live->promoEndsAt());
        m_poller.start();
    } else {
        m_poller.stop();
        m_figures.setPinned({}, now); // the time on product stops with the live
    }
    Q_EMIT liveChanged(live);
}

} // namespace vitrine
