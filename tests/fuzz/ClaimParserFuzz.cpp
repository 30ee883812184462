// Arbitrary text as a chat comment read by the claim parser, against a small catalogue with codes and
// variants: never a crash, and what it returns keeps the parser's promises.
#include "chat/ClaimParser.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QList<vitrine::Product> catalogue()
{
    vitrine::Product mill;
    mill.sku = QStringLiteral("MILL");
    mill.claimCode = QStringLiteral("A1");
    vitrine::ProductVariant noir;
    noir.sku = QStringLiteral("MILL-NOIR");
    noir.title = QStringLiteral("M / Noir");
    noir.options = {{QStringLiteral("Taille"), QStringLiteral("M")},
                    {QStringLiteral("Couleur"), QStringLiteral("Noir")}};
    vitrine::ProductVariant chene;
    chene.sku = QStringLiteral("MILL-CHENE");
    chene.title = QStringLiteral("L / Chêne");
    chene.options = {{QStringLiteral("Taille"), QStringLiteral("L")},
                     {QStringLiteral("Couleur"), QStringLiteral("Chêne")}};
    mill.variants = {noir, chene};
    vitrine::Product coffee;
    coffee.sku = QStringLiteral("COFFEE");
    coffee.claimCode = QStringLiteral("CAFE");
    return {mill, coffee};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QList<vitrine::Product> products = catalogue();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const std::optional<vitrine::ClaimWords> words = vitrine::parseClaimWords(text);
    const std::optional<vitrine::ParsedClaim> claim =
        vitrine::parseClaim(text, products, QStringLiteral("MILL"));
    if (words.has_value() != claim.has_value())
        std::abort();
    if (!claim)
        return 0;
    if (claim->quantity < 1 || claim->quantity > vitrine::kMaxClaimQuantity ||
        text.contains(QLatin1Char('?')))
        std::abort();
    using Target = vitrine::ParsedClaim::Target;
    // Something is pinned, so a claim is for a product or names an unknown code; a variant only of its
    // product.
    if (claim->target == Target::NothingPinned)
        std::abort();
    if (claim->target == Target::Product && claim->sku != QLatin1String("MILL") &&
        claim->sku != QLatin1String("COFFEE"))
        std::abort();
    if (claim->target == Target::UnknownCode && (claim->code.isEmpty() || !claim->sku.isEmpty()))
        std::abort();
    if (!claim->variantSku.isEmpty() && !claim->variantSku.startsWith(QLatin1String("MILL-")))
        std::abort();
    return 0;
}
