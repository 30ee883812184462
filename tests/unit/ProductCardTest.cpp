// The product card painter (overlays/): what a pinned product looks like on air, drawn into a QImage without
// libobs. Links vitrine_overlays only.
#include "ProductCard.h"
#include "QrCode.h"

#include "show/Destination.h"
#include "show/ShowDocument.h"

#include <QPainter>
#include <QTest>

using namespace vitrine;

namespace {

ShowDocument demoShow()
{
    QString error;
    const auto show =
        ShowDocument::load(QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), &error);
    if (!show)
        qFatal("cannot load the demo show: %s", qPrintable(error));
    return *show;
}

int opaquePixels(const QImage& image, const QRect& area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
    return count;
}

bool onlyBlackAndWhite(const QImage& image, const QRect& area)
{
    bool black = false;
    bool white = false;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel == qRgb(0, 0, 0))
                black = true;
            else if (pixel == qRgb(255, 255, 255))
                white = true;
            else
                return false;
        }
    }
    return black && white;
}

// The QR code's square as drawn (centred in its area, whole-pixel modules).
QRect drawnQr(const ProductCardContent& content, const ProductCardLayout& layout)
{
    const QRect area = ProductCardPainter::qrArea(layout);
    const int side = QrCode::encode(content.link.toUtf8()).drawnSide(area.width());
    return QRect(area.x() + (area.width() - side) / 2, area.y() + (area.height() - side) / 2, side, side);
}

} // namespace

class ProductCardTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contentComesFromTheShowsLiveStock();
    void qrLinkSourceIsTheSinglePlatformElseLive();
    void layoutFitsLandscapeAndVerticalCanvases();
    void cardIsDrawnWithItsQrCode();
    void longTitleIsElidedBeforeTheQrCode();
    void missingImageDrawsAPlaceholder();
    void soldOutShowsItsBadge();
    void coMarketingShowsEachBrandsLogo();
};

void ProductCardTest::contentComesFromTheShowsLiveStock()
{
    ShowDocument show = demoShow();
    const ProductCardContent grinder = ProductCardContent::fromShow(show, QStringLiteral("MOUL-ART-01"), {});
    QCOMPARE(grinder.title, QStringLiteral("Moulin à café Artisan"));
    QCOMPARE(grinder.variant, QStringLiteral("Noir · Chêne"));
    QVERIFY(grinder.price.contains(QStringLiteral("89")));
    QVERIFY(grinder.compareAt.contains(QStringLiteral("109")));
    QCOMPARE(grinder.stock, ProductCardContent::Stock::Plenty);
    QCOMPARE(grinder.link, QStringLiteral("https://boutique.maison-moulin.example/products/moulin-artisan"
                                          "?utm_source=live&utm_medium=qr&utm_campaign=demo-moulin-artisan"));
    QCOMPARE(grinder.shortLink, QStringLiteral("boutique.maison-moulin.example/products/moulin-artisan"));

    const ProductCardContent coffee = ProductCardContent::fromShow(show, QStringLiteral("CAFE-ETH-250"), {});
    QCOMPARE(coffee.stock, ProductCardContent::Stock::Low);
    QCOMPARE(ProductCardPainter::stockText(coffee), QStringLiteral("Only 3 left!"));
    QVERIFY(coffee.compareAt.isEmpty());

    const ProductCardContent scale = ProductCardContent::fromShow(show, QStringLiteral("BAL-PREC-01"), {});
    QCOMPARE(scale.stock, ProductCardContent::Stock::SoldOut);
    QCOMPARE(ProductCardPainter::stockText(scale), QStringLiteral("Sold out"));

    QVERIFY(ProductCardContent::fromShow(show, QStringLiteral("NO-SUCH"), {}).sku.isEmpty());
    // Live stock: the same product with its stock changed is another card.
    show.products[0].stock = 2;
    const ProductCardContent low = ProductCardContent::fromShow(show, QStringLiteral("MOUL-ART-01"), {});
    QCOMPARE(low.stock, ProductCardContent::Stock::Low);
    QVERIFY(!(low == grinder));
    QVERIFY(grinder == ProductCardContent::fromShow(demoShow(), QStringLiteral("MOUL-ART-01"), {}));
}

void ProductCardTest::qrLinkSourceIsTheSinglePlatformElseLive()
{
    Destination youtube;
    youtube.platform = QStringLiteral("youtube");
    Destination facebook;
    facebook.platform = QStringLiteral("facebook");
    QCOMPARE(qrLinkSource({}), QStringLiteral("live"));
    QCOMPARE(qrLinkSource({youtube, youtube}), QStringLiteral("youtube"));
    QCOMPARE(qrLinkSource({youtube, facebook}), QStringLiteral("live"));
    facebook.enabled = false;
    QCOMPARE(qrLinkSource({youtube, facebook}), QStringLiteral("youtube"));

    ShowDocument show = demoShow();
    show.destinations = {youtube};
    QVERIFY(qrTrackedLink(show, QStringLiteral("https://shop.example/p?ref=1"))
                .contains(QStringLiteral("utm_medium=qr")));
    QVERIFY(!qrTrackedLink(show, QStringLiteral("https://shop.example/p"))
                 .contains(QStringLiteral("utm_source=live")));
}

void ProductCardTest::layoutFitsLandscapeAndVerticalCanvases()
{
    const QString link = ProductCardContent::fromShow(demoShow(), QStringLiteral("MOUL-ART-01"), {}).link;
    const QrCode code = QrCode::encode(link.toUtf8());
    QVERIFY(!code.isNull());
    for (const QSize canvas : {QSize(1280, 720), QSize(1920, 1080), QSize(1080, 1920), QSize(720, 1280)}) {
        const ProductCardLayout layout = ProductCardLayout::forCanvas(canvas);
        const QRect frame(QPoint(0, 0), canvas);
        QVERIFY2(frame.contains(layout.card),
                 qPrintable(QStringLiteral("%1x%2").arg(canvas.width()).arg(canvas.height())));
        // Inside the 5 % safe margins.
        QVERIFY(layout.card.left() >= canvas.width() / 20 - 1);
        QVERIFY(layout.card.bottom() <= canvas.height() - canvas.height() / 20);
        // Readable from a phone: at least ~170 px at 720p, in proportion elsewhere.
        const int minimum = 170 * std::min(canvas.width(), canvas.height()) / 720;
        QVERIFY2(code.drawnSide(ProductCardPainter::qrArea(layout).width()) >= minimum,
                 qPrintable(QString::number(code.drawnSide(ProductCardPainter::qrArea(layout).width()))));
    }
    QVERIFY(ProductCardLayout::forCanvas({1080, 1920}).card.width() > 900); // vertical: full width
}

void ProductCardTest::cardIsDrawnWithItsQrCode()
{
    const ProductCardContent content =
        ProductCardContent::fromShow(demoShow(), QStringLiteral("MOUL-ART-01"), {});
    const ProductCardLayout layout = ProductCardLayout::forCanvas({1280, 720});
    const QImage card = ProductCardPainter().paint(content, layout);
    QCOMPARE(card.size(), layout.card.size());
    QCOMPARE(card.format(), QImage::Format_ARGB32_Premultiplied);
    const QRect all(QPoint(0, 0), card.size());
    QVERIFY(opaquePixels(card, all) > all.width() * all.height() * 9 / 10); // rounded corners only
    QVERIFY(onlyBlackAndWhite(card, drawnQr(content, layout)));

    // For a person judging the look: VITRINE_TEST_ARTIFACTS=DIR keeps the cards as PNGs.
    const QString artifacts = qEnvironmentVariable("VITRINE_TEST_ARTIFACTS");
    if (!artifacts.isEmpty()) {
        const ShowDocument show = demoShow();
        for (const QSize canvas : {QSize(1280, 720), QSize(1080, 1920)})
            for (const Product& product : show.products)
                ProductCardPainter()
                    .paint(ProductCardContent::fromShow(show, product.sku, {}),
                           ProductCardLayout::forCanvas(canvas))
                    .save(QStringLiteral("%1/card-%2-%3x%4.png")
                              .arg(artifacts, product.sku)
                              .arg(canvas.width())
                              .arg(canvas.height()));
    }
}

void ProductCardTest::longTitleIsElidedBeforeTheQrCode()
{
    ProductCardContent content = ProductCardContent::fromShow(demoShow(), QStringLiteral("MOUL-ART-01"), {});
    content.title = QStringLiteral("Moulin à café Artisan édition collector ").repeated(12);
    content.variant = QStringLiteral("Noir · Chêne · Blanc · Rouge · Vert · Bleu ").repeated(8);
    const ProductCardLayout layout = ProductCardLayout::forCanvas({1280, 720});
    const QImage card = ProductCardPainter().paint(content, layout);
    // The text stopped before the QR code: its square is untouched black and white.
    QVERIFY(onlyBlackAndWhite(card, drawnQr(content, layout)));
    // And something was written in the text column.
    const QRect area = ProductCardPainter::qrArea(layout);
    const int textLeft = ProductCardPainter::imageArea(layout).right() + 1 + layout.padding;
    const QRect titleBand(textLeft, layout.padding, area.left() - layout.padding - textLeft,
                          layout.padding * 2);
    const QImage empty = ProductCardPainter().paint(ProductCardContent{}, layout);
    QVERIFY(card.copy(titleBand) != empty.copy(titleBand));
}

void ProductCardTest::missingImageDrawsAPlaceholder()
{
    ProductCardContent content = ProductCardContent::fromShow(demoShow(), QStringLiteral("MOUL-ART-01"), {});
    const ProductCardLayout layout = ProductCardLayout::forCanvas({1280, 720});
    const QRect imageRect = ProductCardPainter::imageArea(layout);
    const int side = imageRect.width();
    const QImage placeholder = ProductCardPainter().paint(content, layout);
    // Not the card's bare background: something is drawn where the picture goes.
    QVERIFY(opaquePixels(placeholder, imageRect) > side * side * 9 / 10);
    const QRgb background = placeholder.pixel(layout.card.width() / 2, layout.card.height() - 2);
    QVERIFY(placeholder.pixel(imageRect.center()) != background ||
            placeholder.pixel(imageRect.topLeft() + QPoint(side / 4, side / 4)) != background);

    QImage red(400, 300, QImage::Format_RGB32);
    red.fill(Qt::red);
    content.image = red;
    const QImage pictured = ProductCardPainter().paint(content, layout);
    QCOMPARE(QColor(pictured.pixel(imageRect.center())), QColor(Qt::red));
    QVERIFY(QColor(placeholder.pixel(imageRect.center())) != QColor(Qt::red));
}

void ProductCardTest::soldOutShowsItsBadge()
{
    const ShowDocument show = demoShow();
    const ProductCardLayout layout = ProductCardLayout::forCanvas({1280, 720});
    ProductCardContent soldOut = ProductCardContent::fromShow(show, QStringLiteral("BAL-PREC-01"), {});
    ProductCardContent inStock = soldOut;
    inStock.stock = ProductCardContent::Stock::Plenty;
    const QImage withBadge = ProductCardPainter().paint(soldOut, layout);
    const QImage without = ProductCardPainter().paint(inStock, layout);
    QVERIFY(withBadge != without);
    // The badge is red: some pixels of the text column are.
    int red = 0;
    for (int y = 0; y < withBadge.height(); ++y)
        for (int x = ProductCardPainter::imageArea(layout).right() + 1;
             x < ProductCardPainter::qrArea(layout).left(); ++x)
            if (withBadge.pixel(x, y) == qRgb(200, 30, 40))
                ++red;
    QVERIFY2(red > 100, qPrintable(QString::number(red)));
}

void ProductCardTest::coMarketingShowsEachBrandsLogo()
{
    ShowDocument show = demoShow();
    // One brand and no logo (the demo show): nothing of the brand on the card.
    QVERIFY(ProductCardContent::fromShow(show, QStringLiteral("MOUL-ART-01"), {}).brand.isEmpty());

    // Two brands: each product names its own, and its logo is drawn on the picture's corner.
    show.brands << QStringLiteral("Torréfaction Nord");
    show.products[1].vendor = QStringLiteral("Torréfaction Nord");
    show.brandLogos.insert(QStringLiteral("Maison Moulin"), QStringLiteral("logos/moulin.png"));
    QImage logo(200, 50, QImage::Format_ARGB32_Premultiplied);
    logo.fill(QColor(200, 0, 0));
    const ProductCardContent grinder =
        ProductCardContent::fromShow(show, QStringLiteral("MOUL-ART-01"), {}, QLocale(), logo);
    QCOMPARE(grinder.brand, QStringLiteral("Maison Moulin"));
    QVERIFY(!grinder.brandLogo.isNull());
    const ProductCardContent coffee =
        ProductCardContent::fromShow(show, QStringLiteral("CAFE-ETH-250"), {}, QLocale(), logo);
    QCOMPARE(coffee.brand, QStringLiteral("Torréfaction Nord"));
    // The logo handed in is the pinned product's brand's; the composer picks it by vendor.
    QVERIFY(!(grinder == ProductCardContent::fromShow(show, QStringLiteral("MOUL-ART-01"), {})));

    const ProductCardLayout layout = ProductCardLayout::forCanvas(QSize(1280, 720));
    const QImage card = ProductCardPainter().paint(grinder, layout);
    const QRect badge = ProductCardPainter::brandLogoArea(layout, logo.size());
    QVERIFY(ProductCardPainter::imageArea(layout).contains(badge));
    QVERIFY(badge.width() > badge.height()); // a wide logo keeps its shape
    QCOMPARE(card.pixelColor(badge.center()).red(), 200);
    QCOMPARE(card.pixelColor(badge.center()).green(), 0);
    // Without the logo, the same spot is the placeholder's, not red.
    const QImage plain = ProductCardPainter().paint(
        ProductCardContent::fromShow(show, QStringLiteral("MOUL-ART-01"), {}), layout);
    QVERIFY(plain.pixelColor(badge.center()).red() != 200 || plain.pixelColor(badge.center()).green() != 0);

    // The show file keeps the logos.
    QString error;
    const auto reloaded = ShowDocument::fromJson(show.toJson(), QStringLiteral("show"), &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(reloaded->brandLogos.value(QStringLiteral("Maison Moulin")), QStringLiteral("logos/moulin.png"));
}

QTEST_MAIN(ProductCardTest)
#include "ProductCardTest.moc"
