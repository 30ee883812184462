#pragma once

#include "show/Product.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitrine {

// Comment-to-claim: what a viewer writes to buy a product in chat.
//
// Accepted: the message starts (after emoji, punctuation or an @mention) with a trigger — "sold", "je prends"
// (also "je prend", "jprends", "je le/la/les prends") — followed by at most six words in any order:
// - a claim code ("A1", any case) naming the product; without one the claim is for the pinned product;
// - a quantity: a bare number ("2"), "x2"/"2x"/"×2", or a number word ("deux", "two"); 1 when absent, capped
//   at kMaxClaimQuantity; 0 is not a claim;
// - variant words ("noir", "taille M", "M bleu"), matched against the product's variants;
// - fillers that change nothing ("svp", "please", "taille", "size", "moi"…).
// Not claims: a question (any "?"), a negation after the trigger ("je prends pas", "sold out"), another
// tense ("je prendrai"), a trigger not at the start ("is it sold"), a sentence (more than six words).
inline constexpr int kMaxClaimQuantity = 99;

// The words of a claim, before the catalogue gives them a meaning.
struct ClaimWords {
    int quantity = 1;
    QStringList words; // folded (lower case, no accents), in order; fillers and quantities removed
};

// The claim a message makes, or nullopt when it makes none. Knows nothing of the catalogue.
std::optional<ClaimWords> parseClaimWords(const QString& text);

// A claim read against the catalogue.
struct ParsedClaim {
    enum class Target {
        Product,      // sku names the product (named by its code, or the pinned one)
        UnknownCode,  // code is no product's: listed for the producer, never guessed
        NothingPinned // no code and nothing pinned
    };
    Target target = Target::Product;
    QString sku;
    QString code;       // as written, upper-cased: the product's code or the unknown one; empty for pinned
    QString variantSku; // empty: no variant named (or the product has none)
    int quantity = 1;
    QStringList words; // what was left for the variant, folded
};

// Reads a chat message as a claim: nullopt when it is none. `pinnedSku` is the product pinned when it
// arrived (may be empty).
std::optional<ParsedClaim> parseClaim(const QString& text, const QList<Product>& catalogue,
                                      const QString& pinnedSku);

// The variant `words` name (folded words; option values, title parts or variant SKU, case and accents
// ignored): the one matching the most words, or null when none does or two tie.
const ProductVariant* matchClaimVariant(const Product& product, const QStringList& words);

} // namespace vitrine
