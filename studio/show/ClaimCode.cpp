#include "show/ClaimCode.h"

#include "show/ShowDocument.h"

#include <QSet>

#include <algorithm>

namespace vitrine {
namespace {

constexpr qsizetype kMaxLength = 4;

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The n-th code of A1..A9, B1..B9, … Z9, AA1..ZZ9, AAA1..ZZZ9 (n from 0); empty past the last.
QString generatedCode(qsizetype n)
{
    qsizetype letters = 1;
    qsizetype block = 26 * 9; // codes with `letters` letters
    while (n >= block) {
        n -= block;
        ++letters;
        block *= 26;
        if (letters >= kMaxLength)
            return {};
    }
    const qsizetype digit = n % 9 + 1;
    qsizetype prefix = n / 9;
    QString code(letters + 1, u'A');
    for (qsizetype i = letters - 1; i >= 0; --i) {
        code[i] = QChar(u'A' + static_cast<char16_t>(prefix % 26));
        prefix /= 26;
    }
    code[letters] = QChar(u'0' + static_cast<char16_t>(digit));
    return code;
}

} // namespace

bool isValidClaimCode(const QString& code)
{
    if (code.isEmpty() || code.size() > kMaxLength)
        return false;
    bool letter = false;
    for (const QChar c : code) {
        if (isAsciiLetter(c))
            letter = true;
        else if (!isAsciiDigit(c))
            return false;
    }
    return letter;
}

QString normalizedClaimCode(const QString& code)
{
    return code.trimmed().toUpper();
}

void assignClaimCodes(QList<Product>& products)
{
    QSet<QString> used;
    used.reserve(products.size());
    bool missing = false;
    // Read through const access and written only where a code changes: a catalogue whose codes are all fine
    // is not detached (copied).
    const QList<Product>& read = products;
    for (qsizetype i = 0; i < read.size(); ++i) {
        const QString& current = read.at(i).claimCode;
        const QString code = normalizedClaimCode(current);
        if (isValidClaimCode(code) && !used.contains(code)) {
            used.insert(code);
            if (code != current)
                products[i].claimCode = code;
            continue;
        }
        if (!current.isEmpty())
            products[i].claimCode.clear();
        missing = true;
    }
    if (!missing)
        return;
    qsizetype next = 0;
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (!read.at(i).claimCode.isEmpty())
            continue;
        QString code = generatedCode(next++);
        while (!code.isEmpty() && used.contains(code))
            code = generatedCode(next++);
        if (code.isEmpty())
            return; // no code left
        used.insert(code);
        products[i].claimCode = code;
    }
}

const Product* productByClaimCode(const ShowDocument& show, const QString& code)
{
    const QString wanted = normalizedClaimCode(code);
    if (!isValidClaimCode(wanted))
        return nullptr;
    for (const Product& product : show.products)
        if (product.claimCode.compare(wanted, Qt::CaseInsensitive) == 0)
            return &product;
    return nullptr;
}

ClaimCodeProblem claimCodeProblem(const QList<Product>& products, const QString& sku, const QString& code)
{
    const QString wanted = normalizedClaimCode(code);
    if (wanted.isEmpty())
        return ClaimCodeProblem::Empty;
    if (wanted.size() > kMaxLength)
        return ClaimCodeProblem::TooLong;
    if (!std::all_of(wanted.cbegin(), wanted.cend(),
                     [](QChar c) { return isAsciiLetter(c) || isAsciiDigit(c); }))
        return ClaimCodeProblem::InvalidCharacter;
    if (!isValidClaimCode(wanted))
        return ClaimCodeProblem::NoLetter;
    for (const Product& product : products)
        if (product.sku != sku && product.claimCode.compare(wanted, Qt::CaseInsensitive) == 0)
            return ClaimCodeProblem::Taken;
    return ClaimCodeProblem::None;
}

} // namespace vitrine
