#include "chat/ReplyBuilder.h"

#include "chat/ChatTextMatch.h"
#include "show/ClaimCode.h"
#include "show/TrackedLink.h"

#include <QLocale>
#include <QStringList>

namespace vitrine {
namespace {

// Folded keywords, checked in this order: "combien il en reste" asks the stock, not the price.
const QStringList& stockWords()
{
    static const QStringList words{
        QStringLiteral("reste"),    QStringLiteral("restant"),   QStringLiteral("restants"),
        QStringLiteral("stock"),    QStringLiteral("dispo"),     QStringLiteral("disponible"),
        QStringLiteral("epuise"),   QStringLiteral("available"), QStringLiteral("left"),
        QStringLiteral("sold out"), QStringLiteral("in stock"),  QStringLiteral("still have")};
    return words;
}

const QStringList& variantWords()
{
    static const QStringList words{
        QStringLiteral("taille"),  QStringLiteral("tailles"),  QStringLiteral("pointure"),
        QStringLiteral("couleur"), QStringLiteral("couleurs"), QStringLiteral("coloris"),
        QStringLiteral("modele"),  QStringLiteral("size"),     QStringLiteral("sizes"),
        QStringLiteral("color"),   QStringLiteral("colors"),   QStringLiteral("colour"),
        QStringLiteral("colours"), QStringLiteral("variant"),  QStringLiteral("variants")};
    return words;
}

const QStringList& deliveryWords()
{
    static const QStringList words{
        QStringLiteral("livraison"), QStringLiteral("livre"),         QStringLiteral("livrez"),
        QStringLiteral("livrer"),    QStringLiteral("expedition"),    QStringLiteral("expedie"),
        QStringLiteral("expediez"),  QStringLiteral("frais de port"), QStringLiteral("delivery"),
        QStringLiteral("deliver"),   QStringLiteral("shipping"),      QStringLiteral("ship"),
        QStringLiteral("ships")};
    return words;
}

const QStringList& priceWords()
{
    static const QStringList words{
        QStringLiteral("combien"),  QStringLiteral("prix"),  QStringLiteral("coute"),
        QStringLiteral("cout"),     QStringLiteral("tarif"), QStringLiteral("price"),
        QStringLiteral("how much"), QStringLiteral("cost"),  QStringLiteral("costs")};
    return words;
}

const QStringList& frenchWords()
{
    static const QStringList words{
        QStringLiteral("combien"), QStringLiteral("prix"),      QStringLiteral("taille"),
        QStringLiteral("reste"),   QStringLiteral("livraison"), QStringLiteral("est"),
        QStringLiteral("il"),      QStringLiteral("elle"),      QStringLiteral("vous"),
        QStringLiteral("en"),      QStringLiteral("le"),        QStringLiteral("la"),
        QStringLiteral("les"),     QStringLiteral("des"),       QStringLiteral("quel"),
        QStringLiteral("quelle"),  QStringLiteral("couleur"),   QStringLiteral("dispo"),
        QStringLiteral("bonjour"), QStringLiteral("svp"),       QStringLiteral("coute"),
        QStringLiteral("livrez"),  QStringLiteral("expedition")};
    return words;
}

const QStringList& englishWords()
{
    static const QStringList words{
        QStringLiteral("how"),      QStringLiteral("much"),   QStringLiteral("price"),
        QStringLiteral("size"),     QStringLiteral("is"),     QStringLiteral("the"),
        QStringLiteral("do"),       QStringLiteral("does"),   QStringLiteral("you"),
        QStringLiteral("what"),     QStringLiteral("left"),   QStringLiteral("shipping"),
        QStringLiteral("ship"),     QStringLiteral("color"),  QStringLiteral("colour"),
        QStringLiteral("hi"),       QStringLiteral("please"), QStringLiteral("available"),
        QStringLiteral("delivery"), QStringLiteral("cost")};
    return words;
}

int countWords(const QString& folded, const QStringList& words)
{
    int found = 0;
    for (const QString& word : words)
        found += containsChatPhrase(folded, word) ? 1 : 0;
    return found;
}

} // namespace

void ReplyBuilder::setShow(const ShowDocument& show)
{
    m_show = show;
    m_mentions.setCatalogue(show.products);
}

std::optional<ReplyBuilder::Topic> ReplyBuilder::topicOf(const QString& text)
{
    const QString folded = foldChatText(text);
    if (!firstChatPhrase(folded, stockWords()).isEmpty())
        return Topic::Stock;
    if (!firstChatPhrase(folded, variantWords()).isEmpty())
        return Topic::Variants;
    if (!firstChatPhrase(folded, deliveryWords()).isEmpty())
        return Topic::Delivery;
    if (!firstChatPhrase(folded, priceWords()).isEmpty())
        return Topic::Price;
    return std::nullopt;
}

bool ReplyBuilder::looksFrench(const QString& text, bool fallback)
{
    const QString folded = foldChatText(text);
    const int french = countWords(folded, frenchWords());
    const int english = countWords(folded, englishWords());
    return french == english ? fallback : french > english;
}

std::optional<ReplyBuilder::Proposal> ReplyBuilder::propose(const ChatMessage& question,
                                                            const QString& pinnedSku) const
{
    if (question.author.broadcaster || question.kind == ChatMessageKind::System)
        return std::nullopt;
    const std::optional<Topic> topic = topicOf(question.text);
    if (!topic)
        return std::nullopt;
    QString sku = m_mentions.productNamedIn(question.text);
    if (sku.isEmpty())
        sku = pinnedSku;
    const Product* product = m_show.product(sku);
    if (!product)
        return std::nullopt;

    const bool showIsFrench = m_show.locale.isEmpty() || m_show.locale.startsWith(QStringLiteral("fr"));
    Proposal proposal;
    proposal.topic = *topic;
    proposal.sku = product->sku;
    proposal.french = looksFrench(question.text, showIsFrench);
    const bool fr = proposal.french;
    const QString title =
        fr ? QStringLiteral("« %1 »").arg(product->title) : QStringLiteral("“%1”").arg(product->title);
    const QString link = linkFor(*product, question.platform);
    // Never push a sold-out product: say so, and how to join its waitlist when it has a claim code.
    if (product->isSoldOut() && *topic != Topic::Delivery) {
        QString text = fr ? QStringLiteral("%1 est épuisé pour le moment").arg(title)
                          : QStringLiteral("%1 is sold out for now").arg(title);
        if (!product->claimCode.isEmpty())
            text += fr ? QStringLiteral(" : écrivez « je prends %1 » pour être sur la liste d'attente")
                             .arg(product->claimCode)
                       : QStringLiteral(": write “SOLD %1” to join the waitlist").arg(product->claimCode);
        proposal.text = text + QLatin1Char('.');
        return proposal;
    }
    QString text;
    switch (*topic) {
    case Topic::Price:
    case Topic::Stock: {
        text = fr ? QStringLiteral("%1 est à %2").arg(title, priceText(*product, fr))
                  : QStringLiteral("%1 is %2").arg(title, priceText(*product, fr));
        const QString stock = stockClause(*product, fr);
        if (!stock.isEmpty())
            text += QStringLiteral(", ") + stock;
        break;
    }
    case Topic::Variants:
        text = (fr ? QStringLiteral("%1 existe en %2") : QStringLiteral("%1 comes in %2"))
                   .arg(title, variantsText(*product, fr));
        break;
    case Topic::Delivery:
        text = !m_show.deliveryInfo.isEmpty()
                   ? m_show.deliveryInfo
                   : (fr ? QStringLiteral("Les conditions de livraison sont sur la fiche produit")
                         : QStringLiteral("Delivery details are on the product page"));
        break;
    }
    if (!link.isEmpty())
        text += (fr ? QStringLiteral(" : ") : QStringLiteral(": ")) + link;
    proposal.text = text;
    return proposal;
}

QString ReplyBuilder::priceText(const Product& product, bool french) const
{
    const QLocale locale(french ? QLocale::French : QLocale::English,
                         french ? QLocale::France : QLocale::UnitedStates);
    QString text = product.price.toDisplayString(locale);
    if (product.compareAtPrice && product.compareAtPrice->minor > product.price.minor)
        text += (french ? QStringLiteral(" au lieu de %1") : QStringLiteral(" instead of %1"))
                    .arg(product.compareAtPrice->toDisplayString(locale));
    return text;
}

QString ReplyBuilder::stockClause(const Product& product, bool french) const
{
    if (!product.stock)
        return {};
    const int stock = *product.stock;
    if (stock <= product.lowStockThreshold)
        return french ? QStringLiteral("plus que %1 en stock").arg(stock)
                      : QStringLiteral("only %1 left").arg(stock);
    return french ? QStringLiteral("%1 en stock").arg(stock) : QStringLiteral("%1 in stock").arg(stock);
}

QString ReplyBuilder::variantsText(const Product& product, bool french) const
{
    if (product.variants.isEmpty())
        return french ? QStringLiteral("un seul modèle") : QStringLiteral("one model only");
    QStringList parts;
    for (const ProductVariant& variant : product.variants) {
        QString part = variant.title;
        if (variant.isSoldOut())
            part += french ? QStringLiteral(" (épuisé)") : QStringLiteral(" (sold out)");
        else if (variant.stock && *variant.stock <= product.lowStockThreshold)
            part += french ? QStringLiteral(" (plus que %1)").arg(*variant.stock)
                           : QStringLiteral(" (%1 left)").arg(*variant.stock);
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString ReplyBuilder::linkFor(const Product& product, ChatPlatform platform) const
{
    if (product.url.isEmpty())
        return {};
    return trackedLink(product.url, chatPlatformKey(platform), m_show.effectiveCampaign());
}

} // namespace vitrine
