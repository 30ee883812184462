#pragma once

#include "show/Product.h"

#include <QList>
#include <QString>

namespace vitrine {

struct ShowDocument;

// A claim code is what viewers write in chat to claim a product ("SOLD A1 2"): 1 to 4 ASCII letters and
// digits with at least one letter (a bare number in chat is a quantity), stored upper-case, unique in the
// show regardless of case.

// True for a code that has the claim code's shape, in any case ("a1" is valid; " A1" is not).
bool isValidClaimCode(const QString& code);
// The stored form: trimmed and upper-case ("a1 " → "A1"). Says nothing of validity.
QString normalizedClaimCode(const QString& code);

// Gives every product a claim code: valid unique codes are kept (normalized), invalid ones and later
// duplicates are cleared, then products without one get the first free code of A1..A9, B1..B9, … Z9, AA1 …,
// in catalogue order. Cheap enough for 100,000 products (a catalogue beyond 164,502 products leaves the rest
// without code).
void assignClaimCodes(QList<Product>& products);

// The product a viewer's code names (any case, surrounding spaces ignored); null when none.
const Product* productByClaimCode(const ShowDocument& show, const QString& code);

// Why a code cannot be given to a product, for the producer's edit.
enum class ClaimCodeProblem {
    None,
    Empty,
    TooLong,          // more than 4 characters
    InvalidCharacter, // not an ASCII letter or digit
    NoLetter,         // a bare number
    Taken,            // another product of the show has it
};
// What refuses giving `code` (normalized first) to the product `sku` among `products`.
ClaimCodeProblem claimCodeProblem(const QList<Product>& products, const QString& sku, const QString& code);

} // namespace vitrine
