#include "chat/ClaimParser.h"

#include "chat/ChatTextMatch.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace vitrine {

namespace {

// A comment longer than this is a story, not a claim; it is also the parser's bound on work.
constexpr qsizetype kMaxClaimText = 300;
// Words after the trigger beyond which the message is a sentence ("je prends le train demain pour…").
constexpr int kMaxWordsAfterTrigger = 8;

struct Token {
    QString text;
    bool mention = false; // written "@name"
};

// Splits folded text on everything but letters and digits; emoji, punctuation and apostrophes separate.
QList<Token> tokenize(const QString& folded)
{
    QList<Token> tokens;
    Token current;
    bool afterAt = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.text += c;
            continue;
        }
        if (!current.text.isEmpty()) {
            tokens.append(current);
            current = {};
        }
        // "×2": the multiplication sign reads as an "x" glued to the number.
        if (c == QChar(0x00D7)) {
            current.text = QStringLiteral("x");
            continue;
        }
        afterAt = c == QLatin1Char('@');
        current.mention = afterAt;
    }
    if (!current.text.isEmpty())
        tokens.append(current);
    return tokens;
}

bool isAsciiDigits(const QString& word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// A number as a quantity: "0012" is 12; anything beyond the cap is the cap.
int quantityOf(const QString& digits)
{
    const QString trimmed = digits.size() > 3 ? QString::number(kMaxClaimQuantity + 1) : digits;
    return std::min(trimmed.toInt(), kMaxClaimQuantity + 1);
}

// "x2", "2x": a quantity. -1 when the word is not one.
int multipliedQuantity(const QString& word)
{
    if (word.size() < 2)
        return -1;
    if (word.front() == QLatin1Char('x') && isAsciiDigits(word.mid(1)))
        return quantityOf(word.mid(1));
    if (word.back() == QLatin1Char('x') && isAsciiDigits(word.chopped(1)))
        return quantityOf(word.chopped(1));
    return -1;
}

int numberWord(const QString& word)
{
    static const QHash<QString, int> numbers{
        {QStringLiteral("deux"), 2},  {QStringLiteral("two"), 2},    {QStringLiteral("trois"), 3},
        {QStringLiteral("three"), 3}, {QStringLiteral("quatre"), 4}, {QStringLiteral("four"), 4},
        {QStringLiteral("cinq"), 5},  {QStringLiteral("five"), 5},   {QStringLiteral("six"), 6},
        {QStringLiteral("sept"), 7},  {QStringLiteral("seven"), 7},  {QStringLiteral("huit"), 8},
        {QStringLiteral("eight"), 8}, {QStringLiteral("neuf"), 9},   {QStringLiteral("nine"), 9},
        {QStringLiteral("dix"), 10},  {QStringLiteral("ten"), 10}};
    return numbers.value(word, -1);
}

bool isFiller(const QString& word)
{
    // Never a single letter: "M", "L", "S" are sizes and "A" may be a code.
    static const QSet<QString> fillers{
        QStringLiteral("svp"),     QStringLiteral("stp"),    QStringLiteral("please"),
        QStringLiteral("pls"),     QStringLiteral("plz"),    QStringLiteral("merci"),
        QStringLiteral("thanks"),  QStringLiteral("thx"),    QStringLiteral("moi"),
        QStringLiteral("aussi"),   QStringLiteral("too"),    QStringLiteral("me"),
        QStringLiteral("le"),      QStringLiteral("la"),     QStringLiteral("les"),
        QStringLiteral("un"),      QStringLiteral("une"),    QStringLiteral("one"),
        QStringLiteral("de"),      QStringLiteral("du"),     QStringLiteral("des"),
        QStringLiteral("en"),      QStringLiteral("taille"), QStringLiteral("size"),
        QStringLiteral("couleur"), QStringLiteral("color"),  QStringLiteral("colour"),
        QStringLiteral("coloris"), QStringLiteral("x"),      QStringLiteral("pour"),
        QStringLiteral("for"),     QStringLiteral("the"),    QStringLiteral("ok"),
        QStringLiteral("oui"),     QStringLiteral("yes"),    QStringLiteral("produit"),
        QStringLiteral("product"), QStringLiteral("code"),   QStringLiteral("qty"),
        QStringLiteral("qte")};
    return fillers.contains(word);
}

bool isNegation(const QString& word)
{
    static const QSet<QString> negations{
        QStringLiteral("pas"), QStringLiteral("plus"), QStringLiteral("jamais"), QStringLiteral("rien"),
        QStringLiteral("out"), QStringLiteral("not"),  QStringLiteral("no"),     QStringLiteral("non"),
        QStringLiteral("ne"),  QStringLiteral("n")};
    return negations.contains(word);
}

// How many tokens the trigger at the start takes: 0 when the message does not start with one.
int triggerLength(const QList<Token>& tokens, int first)
{
    const auto at = [&](int i) { return first + i < tokens.size() ? tokens.at(first + i).text : QString(); };
    static const QSet<QString> prends{QStringLiteral("prends"), QStringLiteral("prend")};
    static const QSet<QString> glued{QStringLiteral("jprends"), QStringLiteral("jprend"),
                                     QStringLiteral("jeprends"), QStringLiteral("jeprend")};
    static const QSet<QString> pronouns{QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("les"),
                                        QStringLiteral("l")};
    if (at(0) == QLatin1String("sold") || glued.contains(at(0)))
        return 1;
    if (at(0) != QLatin1String("je") && at(0) != QLatin1String("j"))
        return 0;
    if (prends.contains(at(1)))
        return 2;
    if (pronouns.contains(at(1)) && prends.contains(at(2)))
        return 3;
    return 0;
}

// 1 to 4 ASCII letters and digits with at least one letter (ClaimCode.h's shape, folded to lower case).
bool hasCodeShape(const QString& word)
{
    if (word.isEmpty() || word.size() > 4)
        return false;
    bool letter = false;
    for (const QChar c : word) {
        const bool isLetter = c >= QLatin1Char('a') && c <= QLatin1Char('z');
        const bool isDigit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!isLetter && !isDigit)
            return false;
        letter = letter || isLetter;
    }
    return letter;
}

bool hasDigit(const QString& word)
{
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

const Product* productWithCode(const QList<Product>& catalogue, const QString& word)
{
    for (const Product& product : catalogue) {
        if (!product.claimCode.isEmpty() && product.claimCode.compare(word, Qt::CaseInsensitive) == 0)
            return &product;
    }
    return nullptr;
}

const Product* productWithSku(const QList<Product>& catalogue, const QString& sku)
{
    if (sku.isEmpty())
        return nullptr;
    for (const Product& product : catalogue) {
        if (product.sku == sku)
            return &product;
    }
    return nullptr;
}

QSet<QString> variantWords(const ProductVariant& variant)
{
    QSet<QString> words;
    const auto addWords = [&words](const QString& text) {
        for (const Token& token : tokenize(foldChatText(text)))
            words.insert(token.text);
    };
    addWords(variant.title);
    for (const QString& value : variant.options)
        addWords(value);
    if (!variant.sku.isEmpty())
        words.insert(foldChatText(variant.sku));
    return words;
}

} // namespace

std::optional<ClaimWords> parseClaimWords(const QString& text)
{
    if (text.size() > kMaxClaimText || text.contains(QLatin1Char('?')) || text.contains(QChar(0xFF1F)) ||
        text.contains(QChar(0x00BF)))
        return std::nullopt;
    const QList<Token> tokens = tokenize(foldChatText(text));
    int first = 0;
    while (first < tokens.size() && tokens.at(first).mention)
        ++first;
    const int trigger = triggerLength(tokens, first);
    if (trigger == 0)
        return std::nullopt;
    const int rest = first + trigger;
    if (tokens.size() - rest > kMaxWordsAfterTrigger)
        return std::nullopt;

    ClaimWords claim;
    bool quantitySeen = false;
    for (int i = rest; i < tokens.size(); ++i) {
        const QString& word = tokens.at(i).text;
        if (isNegation(word))
            return std::nullopt;
        int quantity = isAsciiDigits(word) ? quantityOf(word) : multipliedQuantity(word);
        if (quantity < 0)
            quantity = numberWord(word);
        if (quantity >= 0) {
            // The first number is the quantity; a later one ("SOLD A1 2 3") says nothing more.
            if (!quantitySeen)
                claim.quantity = quantity;
            quantitySeen = true;
            continue;
        }
        if (!isFiller(word) && !tokens.at(i).mention)
            claim.words.append(word);
    }
    if (claim.quantity <= 0)
        return std::nullopt;
    claim.quantity = std::min(claim.quantity, kMaxClaimQuantity);
    return claim;
}

const ProductVariant* matchClaimVariant(const Product& product, const QStringList& words)
{
    const ProductVariant* best = nullptr;
    int bestScore = 0;
    bool tie = false;
    for (const ProductVariant& variant : product.variants) {
        const QSet<QString> names = variantWords(variant);
        int score = 0;
        for (const QString& word : words) {
            if (names.contains(word))
                ++score;
        }
        if (score > bestScore) {
            best = &variant;
            bestScore = score;
            tie = false;
        } else if (score > 0 && score == bestScore) {
            tie = true;
        }
    }
    return tie ? nullptr : best;
}

std::optional<ParsedClaim> parseClaim(const QString& text, const QList<Product>& catalogue,
                                      const QString& pinnedSku)
{
    const std::optional<ClaimWords> words = parseClaimWords(text);
    if (!words)
        return std::nullopt;
    ParsedClaim claim;
    claim.quantity = words->quantity;
    claim.words = words->words;

    const Product* product = nullptr;
    for (qsizetype i = 0; i < claim.words.size() && !product; ++i) {
        if (hasCodeShape(claim.words.at(i)) && (product = productWithCode(catalogue, claim.words.at(i)))) {
            claim.code = claim.words.takeAt(i).toUpper();
            break;
        }
    }
    if (!product) {
        const Product* pinned = productWithSku(catalogue, pinnedSku);
        // A word shaped like a generated code ("B7") that names no product and no variant of the pinned
        // one is a code the viewer got wrong: listed, not guessed.
        for (const QString& word : std::as_const(claim.words)) {
            if (hasCodeShape(word) && hasDigit(word) && !(pinned && matchClaimVariant(*pinned, {word}))) {
                claim.target = ParsedClaim::Target::UnknownCode;
                claim.code = word.toUpper();
                return claim;
            }
        }
        product = pinned;
    }
    if (!product) {
        claim.target = ParsedClaim::Target::NothingPinned;
        return claim;
    }
    claim.sku = product->sku;
    if (const ProductVariant* variant = matchClaimVariant(*product, claim.words))
        claim.variantSku = variant->sku;
    return claim;
}

} // namespace vitrine
