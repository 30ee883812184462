#include "chat/ClaimConfirmer.h"

#include "chat/ChatHub.h"
#include "show/ShowStore.h"
#include "show/TrackedLink.h"

#include <QDebug>

namespace vitrine {

ClaimConfirmer::ClaimConfirmer(ChatHub* hub, ClaimBook* book, const ShowStore* store, QObject* parent)
    : QObject(parent), m_hub(hub), m_store(store)
{
    connect(book, &ClaimBook::claimRecorded, this, &ClaimConfirmer::onClaimRecorded);
}

QString ClaimConfirmer::confirmationText(const Claim& claim) const
{
    if (!m_store)
        return {};
    const ShowDocument& show = m_store->document();
    const Product* product = show.product(claim.sku);
    if (!product)
        return {};
    QString what = product->title;
    for (const ProductVariant& variant : product->variants) {
        if (variant.sku == claim.variantSku && !claim.variantSku.isEmpty())
            what += QStringLiteral(" (") + variant.title + QLatin1Char(')');
    }
    const QString mention = QLatin1Char('@') + claim.authorName;
    if (product->url.isEmpty())
        return tr("%1 reserved for you: %2 × %3").arg(mention).arg(claim.quantity).arg(what);
    const QString link = trackedLink(product->url, chatPlatformKey(claim.platform), show.effectiveCampaign());
    return tr("%1 reserved for you: %2 × %3 — pay here: %4").arg(mention).arg(claim.quantity).arg(what, link);
}

void ClaimConfirmer::onClaimRecorded(const Claim& claim)
{
    if (!m_enabled || !m_hub || claim.status != Claim::Status::Accepted)
        return;
    ChatMessage origin;
    origin.platform = claim.platform;
    origin.channel = claim.channel;
    ChatConnector* connector = m_hub->connectorFor(origin);
    if (!connector || !connector->capabilities().testFlag(ChatConnector::CanSend)) {
        qInfo().noquote() << "claim" << claim.id << "not confirmed:" << chatPlatformKey(claim.platform)
                          << "chat cannot be written to from the studio";
        return;
    }
    const QString text = confirmationText(claim);
    if (!text.isEmpty())
        connector->sendMessage(text);
}

} // namespace vitrine
