#include "runtime/ActionPlayer.h"

#include "chat/ChatHub.h"
#include "show/LiveState.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace vitrine {

ActionPlayer::ActionPlayer(ActionScript script, LiveState* live, SceneSwitch switchScene, ChatHub* chat,
                           QObject* parent)
    : QObject(parent), m_script(std::move(script)), m_live(live), m_switchScene(std::move(switchScene)),
      m_chat(chat)
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
    case ScriptedAction::Kind::FlashStart: {
        const QJsonObject& fields = action.fields;
        const std::optional<Money> price =
            Money::parse(fields.value(QStringLiteral("price")).toVariant().toString());
        QString why;
        if (!price || !m_live->requestStartFlashSale(action.argument, *price,
                                                     fields.value(QStringLiteral("quantity")).toInt(),
                                                     fields.value(QStringLiteral("startsIn")).toInt(30),
                                                     fields.value(QStringLiteral("minutes")).toInt(5), &why))
            return skip(why);
        return true;
    }
    case ScriptedAction::Kind::FlashStop:
        m_live->stopFlashSale();
        return true;
    case ScriptedAction::Kind::EndShow:
        m_live->endShow();
        return true;
    case ScriptedAction::Kind::Highlight: {
        if (!m_chat)
            return skip(tr("no chat to highlight from"));
        const QJsonObject& fields = action.fields;
        const QString id = fields.value(QStringLiteral("id")).toString();
        if (!id.isEmpty()) {
            const QString key = m_chat->keyOfMessageId(id);
            if (key.isEmpty() || !m_chat->setHighlighted(key))
                return skip(tr("no chat message “%1” has arrived").arg(id));
            return true;
        }
        ChatMessage message;
        message.id = QStringLiteral("script-%1").arg(action.line);
        if (!chatPlatformFromKey(fields.value(QStringLiteral("platform")).toString(), &message.platform))
            message.platform = ChatPlatform::Custom;
        message.author.name = fields.value(QStringLiteral("author")).toString().trimmed();
        message.text = fields.value(QStringLiteral("text")).toString().trimmed();
        message.arrivalTime = QDateTime::currentDateTimeUtc();
        m_chat->highlight(message);
        return true;
    }
    case ScriptedAction::Kind::HighlightClear:
        if (m_chat)
            m_chat->highlight(std::nullopt);
        return true;
    case ScriptedAction::Kind::Overlay:
        m_live->setOverlayVisible(action.argument.toLower(),
                                  action.fields.value(QStringLiteral("visible")).toBool());
        return true;
    case ScriptedAction::Kind::GiveawayStart:
        if (!m_chat)
            return skip(tr("no chat to run a giveaway in"));
        return m_chat->startGiveaway(
                   {action.argument, action.fields.value(QStringLiteral("claimedOnly")).toBool()}) ||
               skip(tr("the giveaway could not start"));
    case ScriptedAction::Kind::GiveawayStop:
        if (m_chat)
            m_chat->stopGiveaway();
        return true;
    case ScriptedAction::Kind::GiveawayDraw: {
        if (!m_chat)
            return skip(tr("no chat to run a giveaway in"));
        const QJsonValue seed = action.fields.value(QStringLiteral("seed"));
        std::optional<quint64> chosen;
        if (seed.isDouble())
            chosen = static_cast<quint64>(seed.toDouble());
        else if (seed.isString())
            chosen = seed.toString().toULongLong();
        m_chat->drawGiveaway(chosen);
        return true;
    }
    case ScriptedAction::Kind::PollStart: {
        if (!m_chat)
            return skip(tr("no chat to run a poll in"));
        QStringList options;
        for (const QJsonValue& option : action.fields.value(QStringLiteral("options")).toArray())
            options << option.toString();
        return m_chat->startPoll(action.argument, options) ||
               skip(tr("the poll needs a question and 2 to 4 different options"));
    }
    case ScriptedAction::Kind::PollStop:
        if (m_chat)
            m_chat->stopPoll();
        return true;
    }
    return true;
}

} // namespace vitrine
