#include "OverlayTheme.h"

#include <QPainter>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace vitrine {
namespace {

QJsonObject builtinJson(const QString& name)
{
    QFile file(QStringLiteral(":/overlay-themes/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void warn(QStringList* warnings, const QString& text)
{
    if (warnings)
        warnings->append(text);
}

} // namespace

QImage OverlayTheme::panel(QSize size, int radiusPx, const std::function<void(QPainter&)>& paintBody) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (size.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)), radiusPx, radiusPx);
    paintBody(painter);
    painter.end();
    return image;
}

QFont OverlayTheme::font(int pixelSize, bool bold) const
{
    QFont result(fontFamily);
    result.setPixelSize(std::max(pixelSize, 6));
    result.setBold(bold);
    return result;
}

int OverlayTheme::radiusPixels(QSize canvas) const
{
    return static_cast<int>(std::lround(radius * std::min(canvas.width(), canvas.height())));
}

QRect OverlayTheme::placement(OverlayKind kind, QSize canvas) const
{
    const bool vertical = canvas.height() > canvas.width();
    const QMap<OverlayKind, QRectF>& layout = vertical ? portrait : landscape;
    const QRectF fraction = layout.value(kind, QRectF(0.05, 0.05, 0.3, 0.1));
    const double w = canvas.width();
    const double h = canvas.height();
    QRect rect(static_cast<int>(std::lround(fraction.x() * w)),
               static_cast<int>(std::lround(fraction.y() * h)),
               static_cast<int>(std::lround(fraction.width() * w)),
               static_cast<int>(std::lround(fraction.height() * h)));
    const int marginX = static_cast<int>(std::lround(safeMargin * w));
    const int marginY = static_cast<int>(std::lround(safeMargin * h));
    const QRect safe(marginX, marginY, std::max(canvas.width() - 2 * marginX, 1),
                     std::max(canvas.height() - 2 * marginY, 1));
    rect.setWidth(std::min(rect.width(), safe.width()));
    rect.setHeight(std::min(rect.height(), safe.height()));
    rect.moveLeft(std::clamp(rect.left(), safe.left(), safe.right() + 1 - rect.width()));
    rect.moveTop(std::clamp(rect.top(), safe.top(), safe.bottom() + 1 - rect.height()));
    return rect;
}

QStringList OverlayTheme::builtinNames()
{
    return {QStringLiteral("studio"), QStringLiteral("boutique")};
}

OverlayTheme OverlayTheme::builtin(const QString& name)
{
    OverlayTheme theme;
    const QString known = builtinNames().contains(name) ? name : QStringLiteral("studio");
    theme.apply(builtinJson(known), nullptr);
    theme.name = known;
    return theme;
}

OverlayTheme OverlayTheme::fromJson(const QJsonObject& json, QStringList* warnings)
{
    QString base = json.value(QStringLiteral("base")).toString(QStringLiteral("studio"));
    if (!builtinNames().contains(base)) {
        warn(warnings, tr("Overlay theme: unknown base theme “%1”, using “studio”.").arg(base));
        base = QStringLiteral("studio");
    }
    OverlayTheme theme = builtin(base);
    theme.apply(json, warnings);
    return theme;
}

OverlayTheme OverlayTheme::fromFile(const QString& path, QStringList* warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(warnings, tr("Overlay theme %1 cannot be read (%2): using the default theme.")
                           .arg(path, file.errorString()));
        return standard();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        warn(warnings, tr("Overlay theme %1 is not a JSON object (%2): using the default theme.")
                           .arg(path, parseError.errorString()));
        return standard();
    }
    return fromJson(document.object(), warnings);
}

void OverlayTheme::apply(const QJsonObject& json, QStringList* warnings)
{
    const QJsonObject colors = json.value(QStringLiteral("colors")).toObject();
    const std::pair<const char*, QColor*> colorFields[] = {{"background", &background},
                                                           {"foreground", &foreground},
                                                           {"muted", &muted},
                                                           {"accent", &accent},
                                                           {"danger", &danger}};
    for (const auto& [key, field] : colorFields) {
        const QJsonValue value = colors.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        const QColor color = QColor::fromString(value.toString());
        if (color.isValid())
            *field = color;
        else
            warn(warnings, tr("Overlay theme: colour “%1” is not a colour (#RRGGBB or #AARRGGBB), kept the "
                              "default.")
                               .arg(QLatin1String(key)));
    }
    if (const QJsonValue value = json.value(QStringLiteral("font")); !value.isUndefined()) {
        if (value.isString() && !value.toString().trimmed().isEmpty())
            fontFamily = value.toString().trimmed();
        else
            warn(warnings, tr("Overlay theme: “font” must name a font family, kept the default."));
    }
    const auto fraction = [&](const char* key, double* field, double max) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        const double number = value.toDouble(-1.0);
        if (value.isDouble() && number >= 0.0 && number <= max)
            *field = number;
        else
            warn(warnings, tr("Overlay theme: “%1” must be a number from 0 to %2, kept the default.")
                               .arg(QLatin1String(key))
                               .arg(max));
    };
    fraction("radius", &radius, 0.2);
    fraction("safeMargin", &safeMargin, 0.2);
    const std::pair<const char*, QMap<OverlayKind, QRectF>*> layouts[] = {{"landscape", &landscape},
                                                                          {"portrait", &portrait}};
    for (const auto& [layoutKey, layout] : layouts) {
        const QJsonObject places = json.value(QLatin1String(layoutKey)).toObject();
        for (auto it = places.constBegin(); it != places.constEnd(); ++it) {
            const std::optional<OverlayKind> kind = overlayKindFromKey(it.key());
            const QJsonArray box = it.value().toArray();
            bool valid = kind && box.size() == 4;
            QRectF rect;
            if (valid) {
                rect = QRectF(box.at(0).toDouble(-1), box.at(1).toDouble(-1), box.at(2).toDouble(-1),
                              box.at(3).toDouble(-1));
                valid = rect.x() >= 0 && rect.y() >= 0 && rect.width() > 0.01 && rect.height() > 0.01 &&
                        rect.right() <= 1.0001 && rect.bottom() <= 1.0001;
            }
            if (valid)
                layout->insert(*kind, rect);
            else
                warn(warnings,
                     tr("Overlay theme: %1 place of “%2” must be [x, y, width, height] as fractions "
                        "of the canvas, kept the default.")
                         .arg(QLatin1String(layoutKey), it.key()));
        }
    }
}

} // namespace vitrine
