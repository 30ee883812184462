#include "headless/OverlayRenderCommand.h"

#include "OverlayComposer.h"
#include "OverlayKind.h"
#include "OverlayPreview.h"
#include "OverlayTheme.h"

#include "show/ShowDocument.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QImageWriter>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

namespace vitrine {
namespace {

QStringList kindKeys()
{
    QStringList keys;
    for (OverlayKind kind : kAllOverlayKinds)
        keys << QString(overlayKindKey(kind));
    return keys;
}

std::optional<int> integer(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

bool OverlayRenderCommand::matches(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("overlay");
}

int OverlayRenderCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Renders one on-air overlay, where the show's theme places it, on a transparent canvas, as a PNG "
           "with alpha (a designer's preview: the state is built from the show and the options below)."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("The overlay: %1.").arg(kindKeys().join(QStringLiteral(", "))),
                                        tr("KIND"));
    const QCommandLineOption skuOption(QStringLiteral("sku"),
                                       tr("card, flash: the product (default: the first of the catalogue)."),
                                       tr("SKU"));
    const QCommandLineOption codeOption(
        QStringLiteral("code"), tr("promo: the promo code, just started (default: the show's first)."),
        tr("CODE"));
    const QCommandLineOption canvasOption(
        QStringLiteral("canvas"), tr("The canvas size (default: the show's), e.g. 1080x1920."), tr("WxH"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        tr("A theme file (default: the show's theme); a broken one gives the default."), tr("FILE.json"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        tr("\"Now\", as an ISO 8601 UTC time, so renders are reproducible (default: the current time; "
           "starting-soon: 10 minutes before the show's scheduled start)."),
        tr("ISO-UTC"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PNG to write."), tr("FILE.png"));
    const QCommandLineOption priceOption(QStringLiteral("price"),
                                         tr("flash: the sale price (default: 20 % off the product's price)."),
                                         tr("PRICE"));
    const QCommandLineOption quantityOption(QStringLiteral("quantity"),
                                            tr("flash: how many at the sale price (default 50)."), tr("N"));
    const QCommandLineOption startsInOption(
        QStringLiteral("starts-in"),
        tr("flash: seconds to the sale's start, to render its countdown (default: running, 5:00 left)."),
        tr("N"));
    const QCommandLineOption soldOption(QStringLiteral("sold"),
                                        tr("ticker: units sold in 5 minutes, a preview number (default 27)."),
                                        tr("N"));
    const QCommandLineOption wantingOption(
        QStringLiteral("wanting"), tr("ticker: people who want it, a preview number (default 12)."), tr("N"));
    const QCommandLineOption platformOption(
        QStringLiteral("platform"), tr("highlight: the chat's platform (default twitch)."), tr("PLATFORM"));
    const QCommandLineOption authorOption(QStringLiteral("author"), tr("highlight: who wrote the message."),
                                          tr("NAME"));
    const QCommandLineOption textOption(QStringLiteral("text"), tr("highlight: the message."), tr("TEXT"));
    parser.addOptions({helpOption, kindOption, skuOption, codeOption, canvasOption, themeOption, atOption,
                       outOption, priceOption, quantityOption, startsInOption, soldOption, wantingOption,
                       platformOption, authorOption, textOption});
    parser.addPositionalArgument(QStringLiteral("render"), tr("The verb."));
    parser.addPositionalArgument(QStringLiteral("SHOW"), tr("The show file."));
    const QString usage = tr("usage: vitrine overlay render SHOW --kind KIND [--sku SKU] [--canvas WxH] "
                             "[--theme FILE.json] [--at ISO-UTC] --out FILE.png");
    const auto failure = [&](const QString& reason) {
        err << "vitrine: " << reason << Qt::endl;
        return 2;
    };
    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(2)))
        return failure(parser.errorText() + QLatin1Char('\n') + usage);
    if (parser.isSet(helpOption)) {
        out << usage << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 1);
        out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("render") || !parser.isSet(kindOption) ||
        !parser.isSet(outOption))
        return failure(usage);

    const std::optional<OverlayKind> kind = overlayKindFromKey(parser.value(kindOption).trimmed());
    if (!kind)
        return failure(tr("unknown overlay kind “%1” (one of %2)")
                           .arg(parser.value(kindOption), kindKeys().join(QStringLiteral(", "))));

    OverlayPreviewOptions options;
    options.sku = parser.value(skuOption).trimmed();
    options.code = parser.value(codeOption).trimmed();
    options.platform =
        parser.isSet(platformOption) ? parser.value(platformOption).trimmed().toLower() : options.platform;
    options.author = parser.value(authorOption);
    options.text = parser.value(textOption);
    if (parser.isSet(atOption)) {
        QDateTime at = QDateTime::fromString(parser.value(atOption).trimmed(), Qt::ISODateWithMs);
        if (!at.isValid())
            return failure(tr("--at needs an ISO 8601 time such as 2026-11-26T17:50:00Z, not “%1”")
                               .arg(parser.value(atOption)));
        if (at.timeSpec() == Qt::LocalTime) // no offset written: UTC, as the option says
            at.setTimeZone(QTimeZone::utc());
        options.at = at.toUTC();
    }
    if (parser.isSet(priceOption)) {
        options.price = Money::parse(parser.value(priceOption));
        if (!options.price)
            return failure(
                tr("--price needs an amount such as 59.90, not “%1”").arg(parser.value(priceOption)));
    }
    const std::pair<const QCommandLineOption*, int*> counts[] = {{&quantityOption, &options.quantity},
                                                                 {&soldOption, &options.sold},
                                                                 {&wantingOption, &options.wanting}};
    for (const auto& [option, field] : counts) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<int> value = integer(parser.value(*option), 0, 1000000);
        if (!value)
            return failure(tr("--%1 needs a whole number from 0 to 1000000, not “%2”")
                               .arg(option->names().constFirst(), parser.value(*option)));
        *field = *value;
    }
    if (parser.isSet(startsInOption)) {
        options.startsIn = integer(parser.value(startsInOption), 0, 24 * 3600);
        if (!options.startsIn)
            return failure(tr("--starts-in needs a number of seconds from 0 to 86400, not “%1”")
                               .arg(parser.value(startsInOption)));
    }

    const QString& showPath = positional.at(1);
    QString loadError;
    const std::optional<ShowDocument> show = ShowDocument::load(showPath, &loadError);
    if (!show)
        return failure(tr("cannot read the show %1: %2").arg(showPath, loadError));

    QSize canvas(show->canvas.width, show->canvas.height);
    if (parser.isSet(canvasOption)) {
        static const QRegularExpression size(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
        const QRegularExpressionMatch match = size.match(parser.value(canvasOption).trimmed());
        canvas = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (canvas.width() < 16 || canvas.height() < 16 || canvas.width() > 8192 || canvas.height() > 8192)
            return failure(
                tr("--canvas needs WIDTHxHEIGHT from 16 to 8192 pixels, such as 1080x1920, not “%1”")
                    .arg(parser.value(canvasOption)));
    }

    QStringList warnings;
    const OverlayTheme theme = parser.isSet(themeOption)
                                   ? OverlayTheme::fromFile(parser.value(themeOption), &warnings)
                                   : OverlayTheme::fromJson(show->overlayTheme, &warnings);
    for (const QString& warning : warnings)
        err << "vitrine: " << warning << Qt::endl;

    QString previewError;
    const std::optional<OverlayState> state =
        OverlayPreview::state(*kind, *show, QFileInfo(showPath).absolutePath(), options, &previewError);
    if (!state)
        return failure(previewError);
    const std::optional<OverlayContent> content = OverlayComposer::compose(*kind, *show, *state);
    if (!content)
        return failure(tr("the %1 has nothing to show for this show (%2)")
                           .arg(QString(overlayKindKey(*kind)), *kind == OverlayKind::LowerThird
                                                                    ? tr("it has no host")
                                                                    : tr("nothing in the preview state")));

    const OverlayPainter painter(theme);
    const QImage image = painter.paintCanvas({*content}, canvas);
    const QString outPath = parser.value(outOption);
    QImageWriter writer(outPath, "png");
    if (!writer.write(image))
        return failure(tr("cannot write %1: %2").arg(outPath, writer.errorString()));
    const QRect place = painter.placement(*kind, canvas);
    out << tr("%1: %2 at %3,%4 (%5×%6) on a %7×%8 canvas")
               .arg(outPath, QString(overlayKindKey(*kind)))
               .arg(place.x())
               .arg(place.y())
               .arg(place.width())
               .arg(place.height())
               .arg(canvas.width())
               .arg(canvas.height())
        << Qt::endl;
    return 0;
}

} // namespace vitrine
