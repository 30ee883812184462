#pragma once

#include "chat/ChatMessage.h"
#include "chat/ProductMentions.h"
#include "show/ShowDocument.h"

#include <QString>

#include <optional>

namespace vitrine {

// Proposes an answer to a viewer's question about a product, built from the catalogue: its price, sizes or
// colours, stock, or delivery. The product is the one the question names, else the one pinned. It never
// sends anything: the chat dock offers the proposal and the producer sends it with one click.
//
// The reply is in the viewer's language (French or English, from the question's words; the show's locale
// when they say nothing), not the producer's: so its sentences are built here for both languages rather
// than through tr(), which follows the studio's language.
class ReplyBuilder {
public:
    enum class Topic { Price, Variants, Stock, Delivery };
    struct Proposal {
        Topic topic = Topic::Price;
        QString sku;
        QString text;
        bool french = true;
    };

    void setShow(const ShowDocument& show);
    // Nothing when the message asks none of the four, names no product and none is pinned, or is from the
    // host.
    std::optional<Proposal> propose(const ChatMessage& question, const QString& pinnedSku) const;

    // What a message asks about, or nothing (exposed for tests and the fuzzer).
    static std::optional<Topic> topicOf(const QString& text);
    // Whether it reads as French; `fallback` when it gives no clue.
    static bool looksFrench(const QString& text, bool fallback);

private:
    QString priceText(const Product& product, bool french) const;
    QString stockClause(const Product& product, bool french) const;
    QString variantsText(const Product& product, bool french) const;
    QString linkFor(const Product& product, ChatPlatform platform) const;

    ShowDocument m_show;
    ProductMentions m_mentions;
};

} // namespace vitrine
