#include "chat/ChatConnector.h"

#include <QCoreApplication>

namespace vitrine {

namespace {
bool refuse(ChatConnector* connector, ChatConnector::Capability capability)
{
    const QString reason = connector->capabilityReason(capability);
    Q_EMIT connector->errorOccurred(
        reason.isEmpty()
            ? QCoreApplication::translate("vitrine::ChatConnector", "This chat does not allow that action.")
            : reason);
    return false;
}
} // namespace

QString ChatConnector::capabilityReason(Capability capability) const
{
    if (capabilities().testFlag(capability))
        return {};
    const QString name = chatPlatformInfo(platform()).name();
    switch (capability) {
    case CanSend:
        return QCoreApplication::translate("vitrine::ChatConnector", "%1: this chat is read only").arg(name);
    case CanDelete:
    case CanTimeout:
    case CanBan:
        break;
    }
    return QCoreApplication::translate("vitrine::ChatConnector",
                                       "%1 does not let the studio moderate this chat")
        .arg(name);
}

bool ChatConnector::sendMessage(const QString&)
{
    return refuse(this, CanSend);
}

bool ChatConnector::deleteMessage(const QString&)
{
    return refuse(this, CanDelete);
}

bool ChatConnector::timeoutAuthor(const QString&, int)
{
    return refuse(this, CanTimeout);
}

bool ChatConnector::banAuthor(const QString&)
{
    return refuse(this, CanBan);
}

void ChatConnector::setState(State state, const QString& detail)
{
    if (state == m_state && detail == m_stateDetail)
        return;
    m_state = state;
    m_stateDetail = detail;
    Q_EMIT stateChanged(state, detail);
}

} // namespace vitrine
