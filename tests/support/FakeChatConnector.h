#pragma once

#include "chat/ChatConnector.h"

#include <QDateTime>
#include <QStringList>

namespace vitrine::test {

// A connector the test drives: it emits what it is told and records what it is asked to do.
class FakeChatConnector : public ChatConnector {
public:
    FakeChatConnector(ChatPlatform platform, const QString& target, Capabilities capabilities = {})
        : m_platform(platform), m_target(target), m_capabilities(capabilities)
    {
    }

    ChatPlatform platform() const override { return m_platform; }
    QString target() const override { return m_target; }
    Capabilities capabilities() const override { return m_capabilities; }
    void setCapabilities(Capabilities capabilities) { m_capabilities = capabilities; }

    void start() override { setState(State::Connected); }
    void stop() override { setState(State::Idle); }

    bool sendMessage(const QString& text) override
    {
        if (!m_capabilities.testFlag(CanSend))
            return ChatConnector::sendMessage(text);
        sent.append(text);
        return true;
    }
    bool deleteMessage(const QString& id) override
    {
        if (!m_capabilities.testFlag(CanDelete))
            return ChatConnector::deleteMessage(id);
        actions.append(QStringLiteral("delete:") + id);
        return true;
    }
    bool timeoutAuthor(const QString& author, int seconds) override
    {
        if (!m_capabilities.testFlag(CanTimeout))
            return ChatConnector::timeoutAuthor(author, seconds);
        actions.append(QStringLiteral("timeout:") + author + QLatin1Char(':') + QString::number(seconds));
        return true;
    }
    bool banAuthor(const QString& author) override
    {
        if (!m_capabilities.testFlag(CanBan))
            return ChatConnector::banAuthor(author);
        actions.append(QStringLiteral("ban:") + author);
        return true;
    }

    ChatMessage make(const QString& id, const QString& author, const QString& text) const
    {
        ChatMessage message;
        message.id = id;
        message.platform = m_platform;
        message.channel = m_target;
        message.author.id = QStringLiteral("u-") + author;
        message.author.name = author;
        message.text = text;
        message.platformTime = QDateTime::currentDateTimeUtc();
        message.arrivalTime = message.platformTime;
        return message;
    }

    // Emits one message as the platform would deliver it.
    ChatMessage say(const QString& id, const QString& author, const QString& text)
    {
        const ChatMessage message = make(id, author, text);
        Q_EMIT messageReceived(message);
        return message;
    }
    void emitMessage(const ChatMessage& message) { Q_EMIT messageReceived(message); }
    void platformDeletes(const QString& id) { Q_EMIT messageDeleted(m_platform, id); }
    void platformClearsAuthor(const QString& authorId, const QString& name = {})
    {
        Q_EMIT authorCleared(m_platform, authorId, name);
    }
    void moveTo(State state, const QString& detail = {}) { setState(state, detail); }

    QStringList sent;
    QStringList actions;

private:
    ChatPlatform m_platform;
    QString m_target;
    Capabilities m_capabilities;
};

} // namespace vitrine::test
