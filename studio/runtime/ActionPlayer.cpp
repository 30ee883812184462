#include "runtime/ActionPlayer.h"

#include "show/LiveState.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace vitrine {

ActionPlayer::ActionPlayer(ActionScript script, LiveState* live, SceneSwitch switchScene, QObject* parent)
    : QObject(parent), m_script(std::move(script)), m_live(live), m_switchScene(std::move(switchScene))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ActionPlayer::playDue);
}

void ActionPlayer::start()
{
    m_clock.start();
    m_next = 0;
    scheduleNext();
}

void ActionPlayer::stop()
{
    m_timer.stop();
}

void ActionPlayer::scheduleNext()
{
    if (m_next >= m_script.actions.size())
        return;
    const double dueMs = m_script.actions.at(m_next).atSeconds * 1000.0;
    const qint64 waitMs = std::max<qint64>(0, std::llround(dueMs) - m_clock.elapsed());
    m_timer.start(static_cast<int>(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
}

void ActionPlayer::playDue()
{
    const qint64 now = m_clock.elapsed();
    while (m_next < m_script.actions.size() &&
           std::llround(m_script.actions.at(m_next).atSeconds * 1000.0) <= now) {
        const ScriptedAction& action = m_script.actions.at(m_next++);
        QString error;
        if (apply(action, &error)) {
            ++m_applied;
        } else {
            ++m_skipped;
            Q_EMIT actionSkipped(error);
        }
    }
    scheduleNext();
}

bool ActionPlayer::apply(const ScriptedAction& action, QString* error)
{
    auto skip = [&](const QString& message) {
        *error = tr("action on line %1 skipped: %2").arg(action.line).arg(message);
        return false;
    };
    switch (action.kind) {
    case ScriptedAction::Kind::Pin:
        switch (m_live->requestPin(action.argument, action.confirmed)) {
        case LiveState::PinResult::Pinned:
            return true;
        case LiveState::PinResult::NeedsConfirmation:
            return skip(tr("“%1” is sold out (add \"confirm\": true to pin it anyway)").arg(action.argument));
        case LiveState::PinResult::UnknownProduct:
            return skip(tr("no product “%1” in the catalogue").arg(action.argument));
        }
        return true;
    case ScriptedAction::Kind::Unpin:
        m_live->unpin();
        return true;
    case ScriptedAction::Kind::Next:
        if (!m_live->requestNextSegment())
            return skip(tr("the run-of-show has no next segment"));
        return true;
    case ScriptedAction::Kind::PromoStart:
        if (!m_live->requestStartPromo(action.argument))
            return skip(tr("no promo code “%1” in the show").arg(action.argument));
        return true;
    case ScriptedAction::Kind::PromoStop:
        m_live->stopPromo();
        return true;
    case ScriptedAction::Kind::Scene: {
        QString why;
        if (!m_switchScene(action.argument, &why))
            return skip(why);
        return true;
    }
    }
    return true;
}

} // namespace vitrine
