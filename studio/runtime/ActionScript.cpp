#include "runtime/ActionScript.h"

#include "chat/ChatPoll.h"

#include "OverlayKind.h"
#include "show/FlashSale.h"
#include "show/Money.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace vitrine {
namespace {

struct KindName {
    const char* name;
    ScriptedAction::Kind kind;
    const char* argumentKey; // nullptr: the action takes none
};

constexpr KindName kKinds[] = {
    {"pin", ScriptedAction::Kind::Pin, "sku"},
    {"unpin", ScriptedAction::Kind::Unpin, nullptr},
    {"next", ScriptedAction::Kind::Next, nullptr},
    {"promo-start", ScriptedAction::Kind::PromoStart, "code"},
    {"promo-stop", ScriptedAction::Kind::PromoStop, nullptr},
    {"scene", ScriptedAction::Kind::Scene, "name"},
    {"flash-start", ScriptedAction::Kind::FlashStart, "sku"},
    {"flash-stop", ScriptedAction::Kind::FlashStop, nullptr},
    {"highlight", ScriptedAction::Kind::Highlight, nullptr},
    {"highlight-clear", ScriptedAction::Kind::HighlightClear, nullptr},
    {"overlay", ScriptedAction::Kind::Overlay, "kind"},
    {"end-show", ScriptedAction::Kind::EndShow, nullptr},
    {"giveaway-start", ScriptedAction::Kind::GiveawayStart, "keyword"},
    {"giveaway-stop", ScriptedAction::Kind::GiveawayStop, nullptr},
    {"giveaway-draw", ScriptedAction::Kind::GiveawayDraw, nullptr},
    {"poll-start", ScriptedAction::Kind::PollStart, "question"},
    {"poll-stop", ScriptedAction::Kind::PollStop, nullptr},
};

// What an action needs beyond its argument; empty when it is complete.
QString missingFields(const ScriptedAction& action, const QJsonObject& object)
{
    switch (action.kind) {
    case ScriptedAction::Kind::FlashStart: {
        if (!Money::parse(object.value(QStringLiteral("price")).toVariant().toString()))
            return ActionScript::tr("“flash-start” needs a “price” such as \"19.90\"");
        const int quantity = object.value(QStringLiteral("quantity")).toInt(0);
        if (quantity <= 0)
            return ActionScript::tr("“flash-start” needs a “quantity” of 1 or more");
        const int startsIn = object.value(QStringLiteral("startsIn")).toInt(30);
        if (startsIn < FlashSale::kMinStartsInSeconds || startsIn > FlashSale::kMaxStartsInSeconds)
            return ActionScript::tr("“startsIn” must be %1 to %2 seconds")
                .arg(FlashSale::kMinStartsInSeconds)
                .arg(FlashSale::kMaxStartsInSeconds);
        const int minutes = object.value(QStringLiteral("minutes")).toInt(5);
        if (minutes < 1 || minutes > 60)
            return ActionScript::tr("“minutes” must be 1 to 60");
        return {};
    }
    case ScriptedAction::Kind::Highlight:
        if (object.value(QStringLiteral("id")).toString().isEmpty() &&
            (object.value(QStringLiteral("author")).toString().trimmed().isEmpty() ||
             object.value(QStringLiteral("text")).toString().trimmed().isEmpty()))
            return ActionScript::tr("“highlight” needs “author” and “text”, or the “id” of a chat message");
        return {};
    case ScriptedAction::Kind::Overlay:
        if (!overlayKindFromKey(action.argument))
            return ActionScript::tr(
                       "unknown overlay “%1” (card, promo, flash, ticker, lower-third, highlight, "
                       "starting-soon, end-card, poll, giveaway)")
                .arg(action.argument);
        if (!object.value(QStringLiteral("visible")).isBool())
            return ActionScript::tr("“overlay” needs “visible”: true or false");
        return {};
    case ScriptedAction::Kind::PollStart: {
        const qsizetype options = object.value(QStringLiteral("options")).toArray().size();
        if (options < ChatPoll::kMinOptions || options > ChatPoll::kMaxOptions)
            return ActionScript::tr("“poll-start” needs “options”: 2 to 4 of them");
        return {};
    }
    case ScriptedAction::Kind::GiveawayDraw:
        if (object.contains(QStringLiteral("seed")) && !object.value(QStringLiteral("seed")).isDouble() &&
            object.value(QStringLiteral("seed")).toString().toULongLong() == 0)
            return ActionScript::tr("“seed” must be a whole number");
        return {};
    default:
        return {};
    }
}

} // namespace

ActionScript ActionScript::parse(const QByteArray& text, const QString& fileLabel)
{
    ActionScript script;
    const QList<QByteArray> lines = text.split('\n');
    for (int index = 0; index < lines.size(); ++index) {
        const QByteArray line = lines.at(index).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const int lineNumber = index + 1;
        auto problem = [&](const QString& message) {
            script.problems << QStringLiteral("%1:%2: %3").arg(fileLabel).arg(lineNumber).arg(message);
        };
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            problem(parseError.error != QJsonParseError::NoError
                        ? tr("not a JSON object: %1").arg(parseError.errorString())
                        : tr("not a JSON object"));
            continue;
        }
        const QJsonObject object = document.object();
        const QJsonValue at = object.value(QStringLiteral("at"));
        if (!at.isDouble() || !std::isfinite(at.toDouble()) || at.toDouble() < 0) {
            problem(tr("“at” needs a number of seconds from the start, 0 or more"));
            continue;
        }
        const QString name = object.value(QStringLiteral("do")).toString();
        const auto known = std::find_if(std::begin(kKinds), std::end(kKinds), [&name](const KindName& kind) {
            return name == QLatin1String(kind.name);
        });
        if (known == std::end(kKinds)) {
            problem(name.isEmpty()
                        ? tr("no action: “do” is missing")
                        : tr("unknown action “%1” (pin, unpin, next, promo-start, promo-stop, "
                             "scene, flash-start, flash-stop, highlight, highlight-clear, overlay, "
                             "end-show, giveaway-start, giveaway-stop, giveaway-draw, poll-start, "
                             "poll-stop)")
                              .arg(name));
            continue;
        }
        ScriptedAction action;
        action.atSeconds = at.toDouble();
        action.kind = known->kind;
        action.line = lineNumber;
        if (known->argumentKey) {
            const QString key = QString::fromLatin1(known->argumentKey);
            action.argument = object.value(key).toString().trimmed();
            if (action.argument.isEmpty()) {
                problem(tr("“%1” needs “%2”").arg(name, key));
                continue;
            }
        }
        action.confirmed = object.value(QStringLiteral("confirm")).toBool();
        if (const QString missing = missingFields(action, object); !missing.isEmpty()) {
            problem(missing);
            continue;
        }
        action.fields = object;
        script.actions << action;
    }
    std::stable_sort(
        script.actions.begin(), script.actions.end(),
        [](const ScriptedAction& a, const ScriptedAction& b) { return a.atSeconds < b.atSeconds; });
    return script;
}

std::optional<ActionScript> ActionScript::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the actions file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path);
}

} // namespace vitrine
