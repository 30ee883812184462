// Arbitrary bytes as a rehearsal script (--actions): parsing never crashes, every action it keeps is well
// formed (a time of 0 or more, the argument its kind needs), actions come out in time order, and every line
// that is neither blank, a comment nor an action is reported once.
#include "runtime/ActionScript.h"

#include <QByteArray>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const vitrine::ActionScript script = vitrine::ActionScript::parse(bytes, QStringLiteral("fuzz.jsonl"));
    double previous = 0.0;
    for (const vitrine::ScriptedAction& action : script.actions) {
        if (!std::isfinite(action.atSeconds) || action.atSeconds < 0 || action.atSeconds < previous)
            std::abort();
        previous = action.atSeconds;
        using Kind = vitrine::ScriptedAction::Kind;
        const bool needsArgument =
            action.kind == Kind::Pin || action.kind == Kind::PromoStart || action.kind == Kind::Scene;
        if (needsArgument == action.argument.isEmpty() && needsArgument)
            std::abort();
        if (action.line < 1)
            std::abort();
    }
    qsizetype meaningful = 0;
    for (const QByteArray& line : bytes.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            ++meaningful;
    }
    if (script.actions.size() + script.problems.size() != meaningful)
        std::abort();
    return 0;
}
