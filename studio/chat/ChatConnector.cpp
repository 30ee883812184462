#include "chat/ChatConnector.h"

#include <QCoreApplication>

namespace vitrine {

namespace {
bool refuse(ChatConnector* connector)
{
    Q_EMIT connector->errorOccurred(
        QCoreApplication::translate("vitrine::ChatConnector", "This chat does not allow that action."));
    return false;
}
} // namespace

bool ChatConnector::sendMessage(const QString&)
{
    return refuse(this);
}

bool ChatConnector::deleteMessage(const QString&)
{
    return refuse(this);
}

bool ChatConnector::timeoutAuthor(const QString&, int)
{
    return refuse(this);
}

bool ChatConnector::banAuthor(const QString&)
{
    return refuse(this);
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
