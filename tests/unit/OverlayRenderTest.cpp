// Overlay rendering (overlays/): every kind painted on the demo show and compared with committed reference
// PNGs (tests/data/overlays/KIND-WxH.png; VITRINE_UPDATE_GOLDEN=1 rewrites them), and what the painters must
// survive. Links vitrine_overlays only: no libobs.
#include "OverlayComposer.h"
#include "OverlayPreview.h"
#include "OverlayTheme.h"

#include "show/Money.h"
#include "show/ShowDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

const QString kDemo = QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine");
const QString kGoldenDir = QStringLiteral(VITRINE_TEST_DATA_DIR "/overlays");
const QDateTime kAt = QDateTime::fromString(QStringLiteral("2026-11-26T17:50:00Z"), Qt::ISODate);

ShowDocument demoShow()
{
    QString error;
    const auto show = ShowDocument::load(kDemo, &error);
    if (!show)
        qFatal("cannot load the demo show: %s", qPrintable(error));
    return *show;
}

OverlayPreviewOptions fixedOptions()
{
    OverlayPreviewOptions options;
    options.at = kAt;
    options.locale = QLocale(QLocale::French, QLocale::France);
    return options;
}

std::optional<OverlayContent> composed(OverlayKind kind, const ShowDocument& show,
                                       const OverlayPreviewOptions& options = fixedOptions())
{
    QString error;
    const std::optional<OverlayState> state =
        OverlayPreview::state(kind, show, QFileInfo(kDemo).absolutePath(), options, &error);
    if (!state) {
        qWarning("no preview state: %s", qPrintable(error));
        return std::nullopt;
    }
    return OverlayComposer::compose(kind, show, *state);
}

bool differs(QRgb a, QRgb b, int threshold)
{
    return std::abs(qRed(a) - qRed(b)) > threshold || std::abs(qGreen(a) - qGreen(b)) > threshold ||
           std::abs(qBlue(a) - qBlue(b)) > threshold || std::abs(qAlpha(a) - qAlpha(b)) > threshold;
}

int differingPixels(const QImage& a, const QImage& b, const QRect& area, int threshold = 16)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (differs(a.pixel(x, y), b.pixel(x, y), threshold))
                ++count;
    return count;
}

// Pixels of `area` within `tolerance` of `colour` (opaque pixels only).
int pixelsNear(const QImage& image, const QRect& area, const QColor& colour, int tolerance = 24)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) > 200 && std::abs(qRed(pixel) - colour.red()) <= tolerance &&
                std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
                std::abs(qBlue(pixel) - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

int opaquePixels(const QImage& image, const QRect& area)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
    return count;
}

// The worst 24×24 tile of `area`: how many of its pixels differ. Scattered rasterisation noise stays low in
// every tile; a changed, moved or missing word does not.
int worstTile(const QImage& a, const QImage& b, const QRect& area, int tile = 24)
{
    int worst = 0;
    for (int y = area.top(); y <= area.bottom(); y += tile)
        for (int x = area.left(); x <= area.right(); x += tile)
            worst = std::max(worst, differingPixels(a, b, QRect(x, y, tile, tile).intersected(area)));
    return worst;
}

QString keepFailure(const QImage& image, const QString& name)
{
    const QString folder = qEnvironmentVariable("VITRINE_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    const QString path = QDir(folder).absoluteFilePath(name);
    image.save(path);
    return path;
}

} // namespace

class OverlayRenderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyKindMatchesItsReference_data();
    void everyKindMatchesItsReference();
    void promoBannerHasItsCountdownPill();
    void longTitleIsElidedNotBlank();
    void productWithoutImageDrawsThePlaceholder();
    void rightToLeftAndEmojiTextIsDrawn_data();
    void rightToLeftAndEmojiTextIsDrawn();
    void pricesInEurosYenAndDollars();
    void brokenThemeFileGivesTheDefaultAndAWarning();
    void badThemeValuesKeepTheDefaultsWithAWarningEach();
    void countdownFormatting_data();
    void countdownFormatting();
    void tickerIsHiddenWithoutData();
    void flashSaleBeforeDuringAndAfter();
    void previewRefusesWhatTheShowDoesNotHave();
    void pollAndGiveawayFromTheChat();
};

void OverlayRenderTest::pollAndGiveawayFromTheChat()
{
    const ShowDocument show = demoShow();
    OverlayState state;
    QVERIFY(!OverlayComposer::compose(OverlayKind::Poll, show, state)); // no poll, nothing on air
    QVERIFY(!OverlayComposer::compose(OverlayKind::Giveaway, show, state));
    state.poll = OverlayPoll{
        QStringLiteral("Quelle finition ?"), {QStringLiteral("Noir"), QStringLiteral("Chêne")}, {1, 2}, true};
    const std::optional<OverlayContent> poll = OverlayComposer::compose(OverlayKind::Poll, show, state);
    QVERIFY(poll);
    QCOMPARE(poll->banner.title, QStringLiteral("Quelle finition ?"));
    QVERIFY2(poll->banner.subtitle.contains(QStringLiteral("1 Noir · 33%")) &&
                 poll->banner.subtitle.contains(QStringLiteral("2 Chêne · 67%")) &&
                 poll->banner.subtitle.contains(QStringLiteral("3 votes")),
             qPrintable(poll->banner.subtitle));
    QCOMPARE(poll->banner.badge, QStringLiteral("POLL"));
    state.poll->open = false;
    QCOMPARE(OverlayComposer::compose(OverlayKind::Poll, show, state)->banner.badge,
             QStringLiteral("RESULT"));

    state.giveaway = OverlayGiveaway{QStringLiteral("#gagner"), 12, {}, {}};
    const std::optional<OverlayContent> open = OverlayComposer::compose(OverlayKind::Giveaway, show, state);
    QVERIFY(open);
    QCOMPARE(open->banner.title, QStringLiteral("Write #gagner to enter"));
    state.giveaway->winner = QStringLiteral("ana");
    state.giveaway->winnerPlatform = QStringLiteral("twitch");
    const std::optional<OverlayContent> drawn = OverlayComposer::compose(OverlayKind::Giveaway, show, state);
    QCOMPARE(drawn->banner.title, QStringLiteral("Winner: ana"));
    QVERIFY2(drawn->banner.subtitle.contains(QStringLiteral("Twitch")), qPrintable(drawn->banner.subtitle));
    QVERIFY(drawn->identity != open->identity); // the winner cross-fades in
    state.enabled.remove(OverlayKind::Giveaway);
    QVERIFY(!OverlayComposer::compose(OverlayKind::Giveaway, show, state)); // switched off by the producer
}

void OverlayRenderTest::everyKindMatchesItsReference_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QSize>("canvas");
    for (const QSize canvas : {QSize(1280, 720), QSize(1080, 1920)})
        for (OverlayKind kind : kAllOverlayKinds)
            QTest::addRow("%s-%dx%d", overlayKindKey(kind).data(), canvas.width(), canvas.height())
                << static_cast<int>(kind) << canvas;
}

void OverlayRenderTest::everyKindMatchesItsReference()
{
    QFETCH(int, kind);
    QFETCH(QSize, canvas);
    const auto overlay = static_cast<OverlayKind>(kind);
    const ShowDocument show = demoShow();
    const std::optional<OverlayContent> content = composed(overlay, show);
    QVERIFY2(content, "the demo show's preview has nothing for this kind");
    const OverlayPainter painter(OverlayTheme::fromJson(show.overlayTheme));
    const QImage actual = painter.paintCanvas({*content}, canvas).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(actual.size(), canvas);

    const QString name = QStringLiteral("%1-%2x%3.png")
                             .arg(QString(overlayKindKey(overlay)))
                             .arg(canvas.width())
                             .arg(canvas.height());
    const QString referencePath = QDir(kGoldenDir).absoluteFilePath(name);
    if (qEnvironmentVariableIntValue("VITRINE_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(kGoldenDir);
        QVERIFY2(actual.save(referencePath), qPrintable(referencePath));
        qInfo("wrote %s", qPrintable(referencePath));
        return;
    }
    const QImage reference = QImage(referencePath).convertToFormat(QImage::Format_ARGB32);
    QVERIFY2(
        !reference.isNull(),
        qPrintable(QStringLiteral("no reference %1 (VITRINE_UPDATE_GOLDEN=1 writes it)").arg(referencePath)));
    QCOMPARE(reference.size(), canvas);

    // Nothing outside the overlay's place; inside, at most 1 % of its pixels off by more than 16 (font
    // rasterisation noise) and at most 30 % of any 24×24 tile (a changed word is local), so a moved, missing
    // or recoloured element fails.
    const QRect place = painter.placement(overlay, canvas);
    const int total = differingPixels(actual, reference, actual.rect());
    const int inside = differingPixels(actual, reference, place);
    QCOMPARE(opaquePixels(actual, actual.rect()), opaquePixels(actual, place));
    const int allowed = place.width() * place.height() / 100;
    const int tile = worstTile(actual, reference, place);
    if (total - inside > 0 || inside > allowed || tile > 24 * 24 * 3 / 10) {
        const QString kept = keepFailure(actual, QStringLiteral("actual-") + name);
        QFAIL(
            qPrintable(QStringLiteral("%1: %2 pixels differ inside the overlay (at most %3), %4 outside, %5 "
                                      "in its worst 24×24 tile (at most 172); the render is in %6")
                           .arg(name)
                           .arg(inside)
                           .arg(allowed)
                           .arg(total - inside)
                           .arg(tile)
                           .arg(kept)));
    }
}

void OverlayRenderTest::promoBannerHasItsCountdownPill()
{
    const ShowDocument show = demoShow();
    const std::optional<OverlayContent> content = composed(OverlayKind::Promo, show);
    QVERIFY(content);
    QCOMPARE(content->banner.title, QStringLiteral("LIVE10"));
    QCOMPARE(content->banner.trailing, QStringLiteral("15:00")); // just started: the whole countdown
    QVERIFY(!content->banner.urgent);
    const OverlayTheme theme = OverlayTheme::standard();
    const OverlayPainter painter(theme);
    const QSize canvas(1280, 720);
    const QImage image = painter.paint(*content, canvas);
    const QRect place = painter.placement(OverlayKind::Promo, canvas);
    QCOMPARE(image.size(), place.size());
    // The pill in the right third is the accent colour, the left third's badge too, the middle mostly not.
    const QRect right(image.width() * 2 / 3, 0, image.width() / 3, image.height());
    QVERIFY2(pixelsNear(image, right, theme.accent) > right.width() * right.height() / 5,
             "no accent-coloured countdown pill on the right");
    // The countdown's digits are white on it.
    QVERIFY(pixelsNear(image, right, Qt::white, 40) > 100);
    // The last minute turns it to the danger colour.
    OverlayContent urgent = *content;
    urgent.banner.trailing = OverlayComposer::countdown(42);
    urgent.banner.urgent = true;
    const QImage last = painter.paint(urgent, canvas);
    QVERIFY(pixelsNear(last, right, theme.danger) > right.width() * right.height() / 5);
    QCOMPARE(pixelsNear(last, right, theme.accent, 10), 0);
}

void OverlayRenderTest::longTitleIsElidedNotBlank()
{
    ShowDocument show = demoShow();
    show.products[0].title = QStringLiteral("Moulin à café Artisan édition limitée ").repeated(12);
    const std::optional<OverlayContent> card = composed(OverlayKind::Card, show);
    QVERIFY(card && card->card);
    const OverlayTheme theme = OverlayTheme::standard();
    const ProductCardLayout layout = ProductCardLayout::forCanvas(QSize(1280, 720), theme);
    const QImage image = ProductCardPainter(theme).paint(*card->card, layout);
    const QRect qr = ProductCardPainter::qrArea(layout);
    const QRect picture = ProductCardPainter::imageArea(layout);
    // The title's line: between the picture and the QR code, the top rows of the text column.
    const QRect titleRow(picture.right() + 1 + layout.padding, layout.padding,
                         qr.left() - picture.right() - 2 * layout.padding, image.height() / 8);
    QVERIFY2(pixelsNear(image, titleRow, theme.foreground, 40) > 200, "the long title is not drawn");
    // Its text stops before the QR code's gap: nothing white in the padding just left of the QR code.
    const QRect gap(qr.left() - layout.padding + 2, titleRow.top(), layout.padding - 4, titleRow.height());
    QCOMPARE(pixelsNear(image, gap, theme.foreground, 60), 0);

    // A banner's too (the lower third, from a very long host name): elided inside the banner's padding.
    show.hosts = {QStringLiteral("Camille Laurent-Delacroix de la Maison Moulin ").repeated(6) +
                  QStringLiteral(" — Torréfactrice")};
    const std::optional<OverlayContent> lower = composed(OverlayKind::LowerThird, show);
    QVERIFY(lower);
    const QImage banner = OverlayPainter(theme).paint(*lower, QSize(1280, 720));
    const int pad = static_cast<int>(std::lround(0.14 * banner.height()));
    const QRect end(banner.width() - pad + 2, 0, pad - 4, banner.height());
    QCOMPARE(pixelsNear(banner, end, theme.foreground, 60), 0);
    QVERIFY(pixelsNear(banner, QRect(0, 0, banner.width() / 2, banner.height() / 2), theme.foreground, 40) >
            100);
}

void OverlayRenderTest::productWithoutImageDrawsThePlaceholder()
{
    ShowDocument show = demoShow();
    const OverlayTheme theme = OverlayTheme::standard();
    const ProductCardLayout layout = ProductCardLayout::forCanvas(QSize(1280, 720), theme);
    const QRect picture = ProductCardPainter::imageArea(layout);

    // The demo's grinder.png, read from the show's folder: the picture on a white ground.
    const std::optional<OverlayContent> withImage = composed(OverlayKind::Card, show);
    QVERIFY(withImage && withImage->card && !withImage->card->image.isNull());
    const QImage drawn = ProductCardPainter(theme).paint(*withImage->card, layout);

    // A remote image is not fetched for a preview: the placeholder, a translucent square with the initial.
    show.products[0].images = {QStringLiteral("https://cdn.example/moulin.jpg")};
    const std::optional<OverlayContent> remote = composed(OverlayKind::Card, show);
    QVERIFY(remote && remote->card && remote->card->image.isNull());
    const QImage placeholder = ProductCardPainter(theme).paint(*remote->card, layout);
    QVERIFY(differingPixels(drawn, placeholder, picture) > picture.width() * picture.height() / 4);
    // The initial "M" in the foreground colour at the square's centre, none of the card's background around.
    QVERIFY2(pixelsNear(placeholder,
                        picture.adjusted(picture.width() / 4, picture.height() / 4, -picture.width() / 4,
                                         -picture.height() / 4),
                        theme.foreground, 40) > 100,
             "no initial in the placeholder");
    const QColor corner = placeholder.pixelColor(picture.left() + picture.width() / 10, picture.center().y());
    QVERIFY2(corner.lightness() > theme.background.lightness() + 20, "the placeholder square is not drawn");

    // A missing local file too.
    show.products[0].images = {QStringLiteral("missing.png")};
    const std::optional<OverlayContent> missing = composed(OverlayKind::Card, show);
    QVERIFY(missing && missing->card && missing->card->image.isNull());
}

void OverlayRenderTest::rightToLeftAndEmojiTextIsDrawn_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("text");
    QTest::addRow("arabic") << QStringLiteral("ليلى") << QStringLiteral("هل هو متوفر باللون الأسود؟ سآخذه!");
    QTest::addRow("hebrew") << QStringLiteral("נועה") << QStringLiteral("יש את זה בשחור? אני לוקחת שניים");
    QTest::addRow("emoji") << QStringLiteral("Léa ☕") << QStringLiteral("Je le prends 🔥🔥 ☕😍 trop beau !");
    QTest::addRow("mixed") << QStringLiteral("Sam") << QStringLiteral("LIVE10 ✓ מחיר מעולה ☕ سعر رائع");
}

void OverlayRenderTest::rightToLeftAndEmojiTextIsDrawn()
{
    QFETCH(QString, author);
    QFETCH(QString, text);
    ShowDocument show = demoShow();
    OverlayPreviewOptions options = fixedOptions();
    const OverlayTheme theme = OverlayTheme::standard();
    const OverlayPainter painter(theme);
    const QSize canvas(1280, 720);

    // In a chat highlight: the message's lines differ from the same banner without the message.
    options.author = author;
    options.text = text;
    const std::optional<OverlayContent> highlight = composed(OverlayKind::Highlight, show, options);
    QVERIFY(highlight);
    QCOMPARE(highlight->banner.subtitle, text.simplified());
    OverlayContent silent = *highlight;
    silent.banner.subtitle = QStringLiteral(" ");
    const QImage withText = painter.paint(*highlight, canvas);
    const QImage withoutText = painter.paint(silent, canvas);
    QVERIFY2(differingPixels(withText, withoutText, withText.rect()) > 200, "the message is not drawn");
    OverlayContent anonymous = *highlight;
    anonymous.banner.title.clear();
    QVERIFY2(differingPixels(withText, painter.paint(anonymous, canvas), withText.rect()) > 50,
             "the author is not drawn");

    // In a product's title on the card.
    show.products[0].title = text;
    const std::optional<OverlayContent> card = composed(OverlayKind::Card, show, options);
    QVERIFY(card && card->card);
    const ProductCardLayout layout = ProductCardLayout::forCanvas(canvas, theme);
    const QImage titled = ProductCardPainter(theme).paint(*card->card, layout);
    ProductCardContent untitled = *card->card;
    untitled.title = QStringLiteral(" ");
    QVERIFY2(differingPixels(titled, ProductCardPainter(theme).paint(untitled, layout), titled.rect()) > 200,
             "the title is not drawn");
}

void OverlayRenderTest::pricesInEurosYenAndDollars()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE((Money{150000, QStringLiteral("JPY")}.toDisplayString(english)), QStringLiteral("¥1,500"));
    QCOMPARE((Money{8990, QStringLiteral("USD")}.toDisplayString(english)), QStringLiteral("$89.90"));
    QCOMPARE((Money{8990, QStringLiteral("EUR")}.toDisplayString(english)), QStringLiteral("€89.90"));
    const QString euros = Money{8990, QStringLiteral("EUR")}.toDisplayString(french);
    QCOMPARE(QString(euros).replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' '),
             QStringLiteral("89,90 €"));

    // On air: the card and the flash sale in the show's audience locale.
    ShowDocument show = demoShow();
    Product& grinder = show.products[0];
    OverlayPreviewOptions options = fixedOptions();
    options.locale = english;

    grinder.price = {150000, QStringLiteral("JPY")};
    grinder.compareAtPrice = Money{180000, QStringLiteral("JPY")};
    std::optional<OverlayContent> card = composed(OverlayKind::Card, show, options);
    QVERIFY(card && card->card);
    QCOMPARE(card->card->price, QStringLiteral("¥1,500"));
    QCOMPARE(card->card->compareAt, QStringLiteral("¥1,800"));
    std::optional<OverlayContent> flash = composed(OverlayKind::Flash, show, options);
    QVERIFY(flash);
    QCOMPARE(flash->banner.title, QStringLiteral("¥1,200")); // 20 % off
    QCOMPARE(flash->banner.struck, QStringLiteral("¥1,500"));

    grinder.price = {4999, QStringLiteral("USD")};
    grinder.compareAtPrice.reset();
    card = composed(OverlayKind::Card, show, options);
    QCOMPARE(card->card->price, QStringLiteral("$49.99"));
    QVERIFY(card->card->compareAt.isEmpty());
    options.price = Money{2990, QString()}; // --price 29.90: the product's currency
    flash = composed(OverlayKind::Flash, show, options);
    QCOMPARE(flash->banner.title, QStringLiteral("$29.90"));

    grinder.price = {8990, QStringLiteral("EUR")};
    options.locale = french;
    options.price.reset();
    flash = composed(OverlayKind::Flash, show, options);
    QCOMPARE(QString(flash->banner.title).replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' '),
             QStringLiteral("71,92 €"));
    QCOMPARE(OverlayPreview::twentyPercentOff({8990, QStringLiteral("EUR")}).minor, 7192);
}

void OverlayRenderTest::brokenThemeFileGivesTheDefaultAndAWarning()
{
    const OverlayTheme standard = OverlayTheme::standard();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"colors\": {\"accent\": \"#FF0066\"");
    file.close();
    QStringList warnings;
    OverlayTheme theme = OverlayTheme::fromFile(broken, &warnings);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(broken), qPrintable(warnings.constFirst()));
    QCOMPARE(theme.accent, standard.accent);
    QCOMPARE(theme.placement(OverlayKind::Promo, QSize(1280, 720)),
             standard.placement(OverlayKind::Promo, QSize(1280, 720)));

    warnings.clear();
    theme = OverlayTheme::fromFile(dir.filePath(QStringLiteral("absent.json")), &warnings);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(theme.name, standard.name);

    warnings.clear();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[1, 2, 3]");
    file.close();
    theme = OverlayTheme::fromFile(broken, &warnings);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(theme.background, standard.background);
}

void OverlayRenderTest::badThemeValuesKeepTheDefaultsWithAWarningEach()
{
    const OverlayTheme standard = OverlayTheme::standard();
    const QByteArray json = R"({
        "base": "neon",
        "colors": {"accent": "orange-ish", "background": 12, "foreground": "#00FF00"},
        "font": 42,
        "radius": 3,
        "safeMargin": "wide",
        "landscape": {"promo": [0.5, 0.5, 0.9, 0.9], "bogus": [0.1, 0.1, 0.2, 0.2], "ticker": [0.1, 0.1]}
    })";
    QStringList warnings;
    const OverlayTheme theme = OverlayTheme::fromJson(QJsonDocument::fromJson(json).object(), &warnings);
    // base, accent, background, font, radius, safeMargin, promo, bogus, ticker.
    QCOMPARE(warnings.size(), 9);
    QCOMPARE(theme.accent, standard.accent);
    QCOMPARE(theme.background, standard.background);
    QCOMPARE(theme.foreground, QColor(0, 255, 0)); // the one good value is taken
    QCOMPARE(theme.fontFamily, standard.fontFamily);
    QCOMPARE(theme.radius, standard.radius);
    QCOMPARE(theme.safeMargin, standard.safeMargin);
    for (OverlayKind kind : {OverlayKind::Promo, OverlayKind::Ticker})
        QCOMPARE(theme.placement(kind, QSize(1280, 720)), standard.placement(kind, QSize(1280, 720)));
    // A theme with bad values still paints: the promo banner where the default puts it.
    const std::optional<OverlayContent> promo = composed(OverlayKind::Promo, demoShow());
    QVERIFY(promo);
    const QImage canvas = OverlayPainter(theme).paintCanvas({*promo}, QSize(1280, 720));
    const QRect place = standard.placement(OverlayKind::Promo, QSize(1280, 720));
    QCOMPARE(opaquePixels(canvas, canvas.rect()), opaquePixels(canvas, place));
    QVERIFY(opaquePixels(canvas, place) > place.width() * place.height() * 9 / 10);
}

void OverlayRenderTest::countdownFormatting_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("shown");
    QTest::addRow("negative") << qint64(-5) << QStringLiteral("0:00");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::addRow("one") << qint64(1) << QStringLiteral("0:01");
    QTest::addRow("59") << qint64(59) << QStringLiteral("0:59");
    QTest::addRow("minute") << qint64(60) << QStringLiteral("1:00");
    QTest::addRow("five minutes") << qint64(300) << QStringLiteral("5:00");
    QTest::addRow("just under an hour") << qint64(3599) << QStringLiteral("59:59");
    QTest::addRow("an hour") << qint64(3600) << QStringLiteral("1:00:00");
    QTest::addRow("1:02:03") << qint64(3723) << QStringLiteral("1:02:03");
    QTest::addRow("a day") << qint64(86400 + 61) << QStringLiteral("24:01:01");
}

void OverlayRenderTest::countdownFormatting()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, shown);
    QCOMPARE(OverlayComposer::countdown(seconds), shown);
}

void OverlayRenderTest::tickerIsHiddenWithoutData()
{
    const ShowDocument show = demoShow();
    OverlayPreviewOptions options = fixedOptions();
    options.sold = 0;
    options.wanting = 0;
    QVERIFY(!composed(OverlayKind::Ticker, show, options));
    options.sold = 3;
    std::optional<OverlayContent> ticker = composed(OverlayKind::Ticker, show, options);
    QVERIFY(ticker);
    QCOMPARE(ticker->banner.title, QStringLiteral("3 sold in 5 min"));
    options.sold = 0;
    options.wanting = 1;
    ticker = composed(OverlayKind::Ticker, show, options);
    QVERIFY(ticker);
    QVERIFY2(ticker->banner.title.startsWith(u'1'), qPrintable(ticker->banner.title));
    QVERIFY(!ticker->banner.title.contains(QStringLiteral("sold")));
    // Switched off by the producer: hidden whatever the data.
    OverlayState state;
    state.proof.sold = 5;
    state.enabled.remove(OverlayKind::Ticker);
    QVERIFY(!OverlayComposer::compose(OverlayKind::Ticker, show, state));
}

void OverlayRenderTest::flashSaleBeforeDuringAndAfter()
{
    const ShowDocument show = demoShow();
    const Product& grinder = show.products.constFirst();
    OverlayPreviewOptions options = fixedOptions();
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);

    // Announced: the product's title, "starts in" and the countdown to the start.
    options.startsIn = 30;
    QString error;
    OverlayState state = *OverlayPreview::state(OverlayKind::Flash, show, QString(), options, &error);
    std::optional<OverlayContent> flash = OverlayComposer::compose(OverlayKind::Flash, show, state);
    QVERIFY(flash);
    QCOMPARE(flash->banner.title, grinder.title);
    QVERIFY(flash->banner.struck.isEmpty());
    QVERIFY2(flash->banner.subtitle.contains(QStringLiteral("starts in")),
             qPrintable(flash->banner.subtitle));
    QVERIFY(flash->banner.subtitle.contains(QStringLiteral("€71.92")));
    QCOMPARE(flash->banner.trailing, QStringLiteral("0:30"));
    QVERIFY(!flash->banner.urgent);
    state.now = state.now.addSecs(25); // the last ten seconds before the start are urgent
    flash = OverlayComposer::compose(OverlayKind::Flash, show, state);
    QCOMPARE(flash->banner.trailing, QStringLiteral("0:05"));
    QVERIFY(flash->banner.urgent);

    // Running: the sale price, the regular one struck, what is left and the time left.
    state.now = state.flash->startsAt;
    flash = OverlayComposer::compose(OverlayKind::Flash, show, state);
    QVERIFY(flash);
    QCOMPARE(flash->banner.title, QStringLiteral("€71.92"));
    QCOMPARE(flash->banner.struck, QStringLiteral("€89.90"));
    // 50 at this price, but the grinder has 24 in stock: never more than the stock holds.
    QVERIFY2(flash->banner.subtitle.startsWith(QStringLiteral("24 left")),
             qPrintable(flash->banner.subtitle));
    QCOMPARE(flash->banner.trailing, QStringLiteral("5:00"));
    const QString identity = flash->identity;

    // The announced and the running banner look different where the price goes.
    const OverlayPainter painter;
    options.startsIn.reset();
    const std::optional<OverlayContent> running = composed(OverlayKind::Flash, show, options);
    QVERIFY(running);
    QCOMPARE(running->banner.trailing, QStringLiteral("5:00"));
    options.startsIn = 30;
    const std::optional<OverlayContent> announced = composed(OverlayKind::Flash, show, options);
    const QImage a = painter.paint(*running, QSize(1280, 720));
    const QImage b = painter.paint(*announced, QSize(1280, 720));
    QVERIFY(differingPixels(a, b, a.rect()) > a.width() * a.height() / 50);

    // Ended: nothing.
    state.now = state.flash->endsAt;
    QVERIFY(!OverlayComposer::compose(OverlayKind::Flash, show, state));
    state.now = state.flash->endsAt.addSecs(-1);
    flash = OverlayComposer::compose(OverlayKind::Flash, show, state);
    QVERIFY(flash);
    QCOMPARE(flash->banner.trailing, QStringLiteral("0:01"));
    QVERIFY(flash->banner.urgent);
    QCOMPARE(flash->identity, identity); // the same sale, updated in place
}

void OverlayRenderTest::previewRefusesWhatTheShowDoesNotHave()
{
    ShowDocument show = demoShow();
    OverlayPreviewOptions options = fixedOptions();
    QString error;
    options.sku = QStringLiteral("NOPE-1");
    QVERIFY(!OverlayPreview::state(OverlayKind::Card, show, QString(), options, &error));
    QVERIFY2(error.contains(QStringLiteral("NOPE-1")), qPrintable(error));
    options.sku.clear();
    options.code = QStringLiteral("NOEL50");
    QVERIFY(!OverlayPreview::state(OverlayKind::Promo, show, QString(), options, &error));
    QVERIFY(error.contains(QStringLiteral("NOEL50")));
    options.code = QStringLiteral("live10"); // codes match whatever the case
    QVERIFY(OverlayPreview::state(OverlayKind::Promo, show, QString(), options, &error));
    options.platform = QStringLiteral("myspace");
    QVERIFY(!OverlayPreview::state(OverlayKind::Highlight, show, QString(), options, &error));
    show.promoCodes.clear();
    QVERIFY(!OverlayPreview::state(OverlayKind::Promo, show, QString(), options, &error));
    // Starting soon: ten minutes before the scheduled start unless "now" is given.
    options.at = QDateTime();
    const std::optional<OverlayState> soon =
        OverlayPreview::state(OverlayKind::StartingSoon, show, QString(), options, &error);
    QVERIFY(soon);
    QCOMPARE(soon->now, show.scheduledStart.addSecs(-600));
    QCOMPARE(OverlayComposer::compose(OverlayKind::StartingSoon, show, *soon)->banner.trailing,
             QStringLiteral("10:00"));
}

QTEST_MAIN(OverlayRenderTest)
#include "OverlayRenderTest.moc"
