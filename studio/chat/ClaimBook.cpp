#include "chat/ClaimBook.h"

#include "chat/ChatSpool.h"
#include "chat/ChatTranscript.h"
#include "chat/ClaimParser.h"
#include "show/EventLog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>

#include <algorithm>

namespace vitrine {

namespace {

const Product* findProduct(const QList<Product>& catalogue, const QString& sku)
{
    const auto found =
        std::find_if(catalogue.cbegin(), catalogue.cend(), [&](const Product& p) { return p.sku == sku; });
    return found == catalogue.cend() ? nullptr : &*found;
}

const ProductVariant* findVariant(const Product& product, const QString& variantSku)
{
    for (const ProductVariant& variant : product.variants) {
        if (variant.sku == variantSku)
            return &variant;
    }
    return nullptr;
}

// The product's total when the shop gives it, else the sum of its variants' when each is known.
std::optional<int> totalStock(const Product& product)
{
    if (product.stock || product.variants.isEmpty())
        return product.stock;
    int sum = 0;
    for (const ProductVariant& variant : product.variants) {
        if (!variant.stock)
            return std::nullopt;
        sum += std::max(0, *variant.stock);
    }
    return sum;
}

// A spreadsheet runs a cell starting with = + - @ as a formula: chat text must stay text.
QString csvCell(const QString& value)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    const bool formula = !value.isEmpty() && formulaStarts.contains(value.front());
    return ChatTranscript::csvField(formula ? QLatin1Char('\'') + value : value);
}

} // namespace

QString claimStatusKey(Claim::Status status)
{
    switch (status) {
    case Claim::Status::Accepted:
        return QStringLiteral("accepted");
    case Claim::Status::Waitlisted:
        return QStringLiteral("waitlisted");
    case Claim::Status::Ambiguous:
        return QStringLiteral("ambiguous");
    }
    return {};
}

ClaimBook::ClaimBook(QObject* parent) : QObject(parent) {}

void ClaimBook::setEventLog(EventLog* log)
{
    m_eventLog = log;
}

std::optional<Claim> ClaimBook::observe(const ChatMessage& message, const QList<Product>& catalogue,
                                        const QString& pinnedSku)
{
    if (message.kind == ChatMessageKind::System)
        return std::nullopt;
    const std::optional<ParsedClaim> parsed = parseClaim(message.text, catalogue, pinnedSku);
    if (!parsed)
        return std::nullopt;

    Claim claim;
    claim.id = m_claims.size() + 1;
    claim.platform = message.platform;
    claim.channel = message.channel;
    claim.authorId = message.author.id;
    claim.authorName = message.author.name;
    claim.code = parsed->code;
    claim.quantity = parsed->quantity;
    claim.at = message.arrivalTime.isValid() ? message.arrivalTime : QDateTime::currentDateTimeUtc();
    claim.messageKey = message.key();
    claim.text = message.text;

    const Product* product =
        parsed->target == ParsedClaim::Target::Product ? findProduct(catalogue, parsed->sku) : nullptr;
    if (!product) {
        claim.status = Claim::Status::Ambiguous;
        record(claim);
        return claim;
    }
    claim.sku = product->sku;
    claim.variantSku = parsed->variantSku;
    const ProductVariant* variant = findVariant(*product, claim.variantSku);
    claim.needsVariant = !product->variants.isEmpty() && !variant;
    const std::optional<int> left = unitsLeft(*product, variant);
    claim.status = !left || claim.quantity <= *left ? Claim::Status::Accepted : Claim::Status::Waitlisted;
    record(claim);
    return claim;
}

std::optional<int> ClaimBook::unitsLeft(const Product& product, const ProductVariant* variant) const
{
    if (!product.available || (variant && !variant->available))
        return 0;
    std::optional<int> left;
    if (const std::optional<int> total = totalStock(product))
        left = *total - reservedUnits(product.sku);
    if (variant && variant->stock) {
        const int variantLeft = *variant->stock - reservedVariantUnits(variant->sku);
        left = left ? std::min(*left, variantLeft) : variantLeft;
    }
    return left;
}

void ClaimBook::record(const Claim& claim)
{
    if (!claim.sku.isEmpty()) {
        m_claimants.insert(chatPlatformKey(claim.platform) + QLatin1Char(':') + claim.authorId);
        Tally& tally = m_tallies[claim.sku];
        if (claim.status == Claim::Status::Accepted) {
            ++tally.claims;
            tally.units += claim.quantity;
            if (claim.needsVariant)
                ++tally.needsVariant;
            if (!claim.variantSku.isEmpty())
                m_variantUnits[claim.variantSku] += claim.quantity;
        } else {
            ++tally.waitlisted;
            tally.waitlistedUnits += claim.quantity;
        }
    }
    m_claims.append(claim);
    log(claim);
    Q_EMIT claimRecorded(claim);
}

void ClaimBook::log(const Claim& claim)
{
    if (!m_eventLog)
        return;
    const QLatin1String type = claim.status == Claim::Status::Accepted     ? EventType::ClaimAccept
                               : claim.status == Claim::Status::Waitlisted ? EventType::ClaimWaitlist
                                                                           : EventType::ClaimAmbiguous;
    const auto orNull = [](const QString& value) {
        return value.isEmpty() ? QJsonValue() : QJsonValue(value);
    };
    m_eventLog->append(type, {{QStringLiteral("id"), claim.id},
                              {QStringLiteral("status"), claimStatusKey(claim.status)},
                              {QStringLiteral("platform"), chatPlatformKey(claim.platform)},
                              {QStringLiteral("author"), claim.authorName},
                              {QStringLiteral("authorId"), claim.authorId},
                              {QStringLiteral("sku"), orNull(claim.sku)},
                              {QStringLiteral("code"), orNull(claim.code)},
                              {QStringLiteral("variant"), orNull(claim.variantSku)},
                              {QStringLiteral("quantity"), claim.quantity},
                              {QStringLiteral("needsVariant"), claim.needsVariant},
                              {QStringLiteral("message"), claim.messageKey},
                              {QStringLiteral("text"), claim.text}});
}

bool ClaimBook::hasClaimed(ChatPlatform platform, const QString& authorId) const
{
    return m_claimants.contains(chatPlatformKey(platform) + QLatin1Char(':') + authorId);
}

const Claim* ClaimBook::claim(qint64 id) const
{
    return id >= 1 && id <= m_claims.size() ? &m_claims.at(id - 1) : nullptr;
}

QList<QString> ClaimBook::claimedSkus() const
{
    QList<QString> skus;
    for (const Claim& claim : m_claims) {
        if (!claim.sku.isEmpty() && !skus.contains(claim.sku))
            skus.append(claim.sku);
    }
    return skus;
}

bool ClaimBook::setVariant(qint64 id, const QString& variantSku, const QList<Product>& catalogue)
{
    if (id < 1 || id > m_claims.size())
        return false;
    Claim& claim = m_claims[id - 1];
    const Product* product = findProduct(catalogue, claim.sku);
    if (claim.status != Claim::Status::Accepted || !claim.needsVariant || !product ||
        !findVariant(*product, variantSku))
        return false;
    claim.variantSku = variantSku;
    claim.needsVariant = false;
    m_variantUnits[variantSku] += claim.quantity;
    --m_tallies[claim.sku].needsVariant;
    if (m_eventLog) {
        m_eventLog->append(EventType::ClaimVariant, {{QStringLiteral("id"), claim.id},
                                                     {QStringLiteral("sku"), claim.sku},
                                                     {QStringLiteral("variant"), variantSku}});
    }
    Q_EMIT claimChanged(claim);
    return true;
}

bool ClaimBook::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path); // writes a temporary file, renamed over `path` on commit
    QString text = QStringLiteral(
        "id,time,status,platform,author_id,author,sku,code,variant,quantity,needs_variant,message,text\r\n");
    for (const Claim& claim : m_claims) {
        const QStringList fields{QString::number(claim.id),
                                 ChatSpool::isoUtc(claim.at),
                                 claimStatusKey(claim.status),
                                 chatPlatformKey(claim.platform),
                                 claim.authorId,
                                 claim.authorName,
                                 claim.sku,
                                 claim.code,
                                 claim.variantSku,
                                 QString::number(claim.quantity),
                                 claim.needsVariant ? QStringLiteral("yes") : QStringLiteral("no"),
                                 claim.messageKey,
                                 claim.text};
        QStringList cells;
        cells.reserve(fields.size());
        for (const QString& field : fields)
            cells.append(csvCell(field));
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    const QByteArray bytes = text.toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write the claims to %1: %2").arg(path, file.errorString());
    return false;
}

void ClaimBook::clear()
{
    m_claims.clear();
    m_tallies.clear();
    m_variantUnits.clear();
    m_claimants.clear();
    Q_EMIT cleared();
}

} // namespace vitrine
