#include "runtime/ActionScript.h"

#include <QFile>
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
};

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
            problem(
                name.isEmpty()
                    ? tr("no action: “do” is missing")
                    : tr("unknown action “%1” (pin, unpin, next, promo-start, promo-stop, scene)").arg(name));
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
