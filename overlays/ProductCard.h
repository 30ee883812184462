#pragma once

#include "OverlayTheme.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QRect>
#include <QSize>
#include <QString>

namespace vitrine {

struct Destination;
struct ShowDocument;

// What a product card shows, resolved from the show (prices formatted, live stock read, tracked link built),
// so the painter draws plain values and two equal contents draw the same picture (no repaint, no upload).
struct ProductCardContent {
    enum class Stock { Plenty, Low, SoldOut };

    QString sku;
    QString title;
    QString variant;   // the variants on offer ("Noir · Chêne"); empty when there is none
    QString price;     // "89,90 €"
    QString compareAt; // the regular price while a sale runs, struck through; empty otherwise
    Stock stock = Stock::Plenty;
    int stockLeft = 0; // with Stock::Low
    QString link;      // the tracked link the QR code carries; empty: no QR code
    QString shortLink; // the link as people read it ("boutique.example/products/moulin")
    QString claimCode; // what viewers write in chat to claim it ("A1"); empty: none
    QImage image;      // the product's picture; null: a placeholder is drawn
    // Co-marketing: the product's brand (its vendor) when the show has several brands or a logo for it, and
    // that brand's logo, drawn on the picture's corner; null: the brand's name is written above the title.
    QString brand;
    QImage brandLogo;

    bool operator==(const ProductCardContent& other) const;

    // The card of product `sku` of `show` (nullopt-like: sku empty when the show has no such product).
    static ProductCardContent fromShow(const ShowDocument& show, const QString& sku, const QImage& image,
                                       const QLocale& locale = QLocale(), const QImage& brandLogo = QImage());
};

// The link a product's QR code carries: the product page with utm_medium=qr, utm_campaign of the show and
// utm_source of the show's destinations when they all go to one platform, else "live".
QString qrTrackedLink(const ShowDocument& show, const QString& productUrl);
QString qrLinkSource(const QList<Destination>& destinations);

// Where the card goes on a canvas and how big it is: fractions of the canvas inside safe margins, for 16:9
// (bottom left, above the lower edge's safe margin) and for vertical 9:16 (full width, above the lower part
// platforms cover with their own comments and buttons). The QR code's square is at least ~170 px on a
// 1280×720 canvas, so a phone reads it off the video.
struct ProductCardLayout {
    QRect card; // on the canvas
    int padding = 0;
    int radius = 0;

    static ProductCardLayout forCanvas(QSize canvas, const OverlayTheme& theme = OverlayTheme::standard());
};

// Paints product cards with QPainter into a transparent image of the card's size (ARGB32 premultiplied).
// Never blank: a missing image is a placeholder, a long title is elided, a missing link leaves the QR out.
class ProductCardPainter {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ProductCardPainter)
public:
    explicit ProductCardPainter(OverlayTheme theme = OverlayTheme::standard()) : m_theme(std::move(theme)) {}
    const OverlayTheme& theme() const { return m_theme; }

    // The card at the layout's size (its position is the scene item's).
    QImage paint(const ProductCardContent& content, const ProductCardLayout& layout) const;
    // The QR code's square and the picture's inside the card (tests read them back).
    static QRect qrArea(const ProductCardLayout& layout);
    static QRect imageArea(const ProductCardLayout& layout);
    // The brand logo's badge on the picture's top-left corner, for a logo of that size.
    static QRect brandLogoArea(const ProductCardLayout& layout, QSize logo);

    // The badge's text for people ("Only 3 left!", "Sold out"); empty when stock is plentiful.
    static QString stockText(const ProductCardContent& content);
    // How to claim it in chat ("Comment SOLD A1"); empty without a claim code or when sold out.
    static QString claimText(const ProductCardContent& content);

private:
    void paintBody(QPainter& painter, const ProductCardContent& content,
                   const ProductCardLayout& layout) const;

    OverlayTheme m_theme;
};

} // namespace vitrine
