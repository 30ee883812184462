#include "show/ShowDocument.h"

#include "show/CatalogueJson.h"
#include "show/ClaimCode.h"
#include "show/TrackedLink.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace vitrine {
namespace {

// Turns a byte offset into "line L, column C" for people editing the file by hand.
QString describeOffset(const QByteArray& data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("vitrine::ShowDocument", "line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<ShowDocument> ShowDocument::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *error =
            QCoreApplication::translate("vitrine::ShowDocument", "show file %1 does not exist").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("vitrine::ShowDocument", "cannot read show file %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

std::optional<ShowDocument> ShowDocument::fromJson(const QByteArray& data, const QString& fileLabel,
                                                   QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("vitrine::ShowDocument", "%1 is not a valid show file: %2 at %3")
                     .arg(fileLabel, parseError.errorString(), describeOffset(data, parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || root.value(QStringLiteral("format")).toString() != u"vitrine-show") {
        *error =
            QCoreApplication::translate("vitrine::ShowDocument",
                                        "%1 is not a Vitrine show file (no \"format\": \"vitrine-show\")")
                .arg(fileLabel);
        return std::nullopt;
    }
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || version < 1) {
        *error = QCoreApplication::translate("vitrine::ShowDocument", "%1 has no valid integer \"version\"")
                     .arg(fileLabel);
        return std::nullopt;
    }
    if (version > kFormatVersion) {
        *error =
            QCoreApplication::translate(
                "vitrine::ShowDocument",
                "%1 was written by a newer Vitrine (show format version %2; this version reads up to %3). "
                "Update Vitrine to open it.")
                .arg(fileLabel)
                .arg(version)
                .arg(kFormatVersion);
        return std::nullopt;
    }

    ShowDocument show;
    show.title = root.value(QStringLiteral("title")).toString();
    const QJsonObject canvas = root.value(QStringLiteral("canvas")).toObject();
    show.canvas.width = canvas.value(QStringLiteral("width")).toInt(show.canvas.width);
    show.canvas.height = canvas.value(QStringLiteral("height")).toInt(show.canvas.height);
    show.canvas.fps = canvas.value(QStringLiteral("fps")).toInt(show.canvas.fps);
    if (!show.canvas.isValid()) {
        *error = QCoreApplication::translate("vitrine::ShowDocument", "%1: invalid canvas %2×%3 at %4 fps")
                     .arg(fileLabel)
                     .arg(show.canvas.width)
                     .arg(show.canvas.height)
                     .arg(show.canvas.fps);
        return std::nullopt;
    }
    QStringList problems;
    show.scenes = SceneCollection::fromJson(root, &problems);
    // Version 1 files end here: everything below starts empty, which is what migrating them means.
    show.scheduledStart =
        QDateTime::fromString(root.value(QStringLiteral("scheduledStart")).toString(), Qt::ISODate);
    for (const QJsonValue& host : root.value(QStringLiteral("hosts")).toArray())
        show.hosts << host.toString();
    for (const QJsonValue& brand : root.value(QStringLiteral("brands")).toArray())
        show.brands << brand.toString();
    const QJsonObject logos = root.value(QStringLiteral("brandLogos")).toObject();
    for (auto it = logos.constBegin(); it != logos.constEnd(); ++it)
        if (!it.value().toString().isEmpty())
            show.brandLogos.insert(it.key(), it.value().toString());
    show.campaign = root.value(QStringLiteral("campaign")).toString();
    show.replayUrl = root.value(QStringLiteral("replayUrl")).toString();
    show.deliveryInfo = root.value(QStringLiteral("deliveryInfo")).toString().trimmed();
    show.locale = root.value(QStringLiteral("locale")).toString();
    show.products = productsFromJson(root.value(QStringLiteral("products")).toArray(), &problems);
    // Every open show has claim codes; a missing, malformed or duplicate one is given a free code.
    assignClaimCodes(show.products);
    for (const QJsonValue& promo : root.value(QStringLiteral("promoCodes")).toArray())
        show.promoCodes << PromoCode::fromJson(promo.toObject());
    show.runOfShow = RunOfShow::fromJson(root.value(QStringLiteral("runOfShow")).toArray());
    for (const QJsonValue& destination : root.value(QStringLiteral("destinations")).toArray())
        show.destinations << Destination::fromJson(destination.toObject());
    show.overlayTheme = root.value(QStringLiteral("overlayTheme")).toObject();
    const QJsonObject feed = root.value(QStringLiteral("catalogueFeed")).toObject();
    show.catalogueFeed.url = feed.value(QStringLiteral("url")).toString();
    show.catalogueFeed.refreshSeconds =
        std::max(5, feed.value(QStringLiteral("refreshSeconds")).toInt(show.catalogueFeed.refreshSeconds));
    show.catalogueFeed.refreshStock = feed.value(QStringLiteral("refreshStock")).toBool();
    const QJsonObject targets = root.value(QStringLiteral("targets")).toObject();
    if (const int peak = targets.value(QStringLiteral("peakViewers")).toInt(); peak > 0)
        show.targets.peakViewers = peak;
    if (const double rate = targets.value(QStringLiteral("chatPerMinute")).toDouble(); rate > 0)
        show.targets.chatPerMinute = rate;
    if (const int claims = targets.value(QStringLiteral("claims")).toInt(); claims > 0)
        show.targets.claims = claims;
    const QJsonObject output = root.value(QStringLiteral("output")).toObject();
    if (output.contains(QStringLiteral("encoder")))
        show.output.videoEncoder = output.value(QStringLiteral("encoder")).toString();
    if (const int kbps = output.value(QStringLiteral("videoBitrateKbps")).toInt();
        kbps >= 100 && kbps <= 50000)
        show.output.videoBitrateKbps = kbps;
    if (output.contains(QStringLiteral("preset")))
        show.output.x264Preset = output.value(QStringLiteral("preset")).toString();
    for (const Segment& segment : std::as_const(show.runOfShow.segments))
        if (!segment.productSku.isEmpty() && !show.product(segment.productSku))
            problems << QCoreApplication::translate(
                            "vitrine::ShowDocument",
                            "the run-of-show segment “%1” pins “%2”, which is not in the catalogue")
                            .arg(segment.title, segment.productSku);
    if (!problems.isEmpty()) {
        *error = QCoreApplication::translate("vitrine::ShowDocument", "%1: %2")
                     .arg(fileLabel, problems.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return show;
}

ShowDocument ShowDocument::blank(const QString& title)
{
    ShowDocument show;
    show.title = title;
    SceneSpec scene;
    scene.name = QCoreApplication::translate("vitrine::ShowDocument", "Scene 1");
    show.scenes.scenes << scene;
    show.scenes.programScene = scene.name;
    return show;
}

const Product* ShowDocument::product(const QString& sku) const
{
    for (const Product& candidate : products)
        if (candidate.sku == sku)
            return &candidate;
    return nullptr;
}

QString ShowDocument::effectiveCampaign() const
{
    return campaign.isEmpty() ? campaignSlug(title) : campaign;
}

QByteArray ShowDocument::toJson() const
{
    QJsonObject root = scenes.toJson();
    if (scheduledStart.isValid())
        root.insert(QStringLiteral("scheduledStart"), scheduledStart.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(hosts));
    root.insert(QStringLiteral("brands"), QJsonArray::fromStringList(brands));
    if (!brandLogos.isEmpty()) {
        QJsonObject logos;
        for (auto it = brandLogos.constBegin(); it != brandLogos.constEnd(); ++it)
            logos.insert(it.key(), it.value());
        root.insert(QStringLiteral("brandLogos"), logos);
    }
    if (!campaign.isEmpty())
        root.insert(QStringLiteral("campaign"), campaign);
    if (!replayUrl.isEmpty())
        root.insert(QStringLiteral("replayUrl"), replayUrl);
    if (!deliveryInfo.isEmpty())
        root.insert(QStringLiteral("deliveryInfo"), deliveryInfo);
    if (!locale.isEmpty())
        root.insert(QStringLiteral("locale"), locale);
    root.insert(QStringLiteral("products"), productsToJson(products));
    QJsonArray promos;
    for (const PromoCode& promo : promoCodes)
        promos.append(promo.toJson());
    root.insert(QStringLiteral("promoCodes"), promos);
    root.insert(QStringLiteral("runOfShow"), runOfShow.toJson());
    QJsonArray destinationArray;
    for (const Destination& destination : destinations)
        destinationArray.append(destination.toJson());
    root.insert(QStringLiteral("destinations"), destinationArray);
    if (!overlayTheme.isEmpty())
        root.insert(QStringLiteral("overlayTheme"), overlayTheme);
    if (!catalogueFeed.url.isEmpty())
        root.insert(QStringLiteral("catalogueFeed"),
                    QJsonObject{{QStringLiteral("url"), catalogueFeed.url},
                                {QStringLiteral("refreshSeconds"), catalogueFeed.refreshSeconds},
                                {QStringLiteral("refreshStock"), catalogueFeed.refreshStock}});
    QJsonObject targetsObject;
    if (targets.peakViewers)
        targetsObject.insert(QStringLiteral("peakViewers"), *targets.peakViewers);
    if (targets.chatPerMinute)
        targetsObject.insert(QStringLiteral("chatPerMinute"), *targets.chatPerMinute);
    if (targets.claims)
        targetsObject.insert(QStringLiteral("claims"), *targets.claims);
    if (!targetsObject.isEmpty())
        root.insert(QStringLiteral("targets"), targetsObject);
    QJsonObject outputObject;
    if (output.videoEncoder)
        outputObject.insert(QStringLiteral("encoder"), *output.videoEncoder);
    if (output.videoBitrateKbps)
        outputObject.insert(QStringLiteral("videoBitrateKbps"), *output.videoBitrateKbps);
    if (output.x264Preset)
        outputObject.insert(QStringLiteral("preset"), *output.x264Preset);
    if (!outputObject.isEmpty())
        root.insert(QStringLiteral("output"), outputObject);
    root.insert(QStringLiteral("format"), QStringLiteral("vitrine-show"));
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("title"), title);
    root.insert(QStringLiteral("canvas"), QJsonObject{{QStringLiteral("width"), canvas.width},
                                                      {QStringLiteral("height"), canvas.height},
                                                      {QStringLiteral("fps"), canvas.fps}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ShowDocument::save(const QString& path, QString* error) const
{
    QSaveFile file(path); // writes a temporary file, fsyncs it and renames it over path on commit
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("vitrine::ShowDocument", "cannot write show file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    const QByteArray data = toJson();
    if (file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("vitrine::ShowDocument", "cannot save show file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace vitrine
