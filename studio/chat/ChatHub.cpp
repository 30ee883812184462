#include "chat/ChatHub.h"

#include "show/EventLog.h"
#include "show/EventTypes.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "show/TrackedLink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <utility>

namespace vitrine {

ChatHub::ChatHub(QObject* parent)
    : QObject(parent), m_view(kDefaultViewLimit), m_questions(kDefaultQuestionLimit)
{
    connect(&m_spool, &ChatSpool::writeFailed, this, &ChatHub::errorOccurred);
}

ChatHub::~ChatHub()
{
    // Connectors go first so none delivers into a half-destroyed hub; the spool then writes its buffer.
    removeAllConnectors();
    m_spool.close();
}

void ChatHub::removeAllConnectors()
{
    const QList<ChatConnector*> connectors = std::exchange(m_connectors, {});
    for (ChatConnector* connector : connectors) {
        connector->disconnect(this);
        connector->stop();
    }
    qDeleteAll(connectors);
    Q_EMIT connectorStateChanged(nullptr);
}

void ChatHub::addConnector(ChatConnector* connector)
{
    if (!connector || m_connectors.contains(connector))
        return;
    connector->setParent(nullptr); // owned through m_connectors, deleted before the stores
    m_connectors.append(connector);
    connect(connector, &ChatConnector::messageReceived, this, &ChatHub::ingest);
    connect(connector, &ChatConnector::messageDeleted, this, &ChatHub::onMessageDeleted);
    connect(connector, &ChatConnector::authorCleared, this, &ChatHub::onAuthorCleared);
    connect(connector, &ChatConnector::chatCleared, this, &ChatHub::onChatCleared);
    connect(connector, &ChatConnector::stateChanged, this,
            [this, connector] { Q_EMIT connectorStateChanged(connector); });
    connect(connector, &ChatConnector::errorOccurred, this, &ChatHub::errorOccurred);
    Q_EMIT connectorStateChanged(connector);
}

void ChatHub::startAll()
{
    for (ChatConnector* connector : std::as_const(m_connectors))
        connector->start();
}

void ChatHub::stopAll()
{
    for (ChatConnector* connector : std::as_const(m_connectors))
        connector->stop();
    m_spool.flush();
}

bool ChatHub::openSpool(const QString& path, QString* error)
{
    return m_spool.open(path, error);
}

void ChatHub::attachShow(const ShowStore* store, LiveState* live, EventLog* log)
{
    if (m_store)
        m_store->disconnect(this);
    if (m_live)
        m_live->disconnect(this);
    m_store = store;
    m_live = live;
    m_eventLog = log;
    if (store)
        connect(store, &ShowStore::changed, this, &ChatHub::refreshCatalogue);
    if (live) {
        connect(live, &LiveState::pinnedProductChanged, this, &ChatHub::onPinnedProductChanged);
        m_buyIntent.setPinnedSku(live->pinnedSku());
    }
    refreshCatalogue();
}

void ChatHub::refreshCatalogue()
{
    m_buyIntent.setCatalogue(m_store ? m_store->document().products : QList<Product>());
    m_replies.setShow(m_store ? m_store->document() : ShowDocument());
    Q_EMIT replyContextChanged();
}

std::optional<ReplyBuilder::Proposal> ChatHub::proposeReply(const QString& key) const
{
    const std::optional<ChatMessage> asked = message(key);
    if (!asked)
        return std::nullopt;
    return m_replies.propose(*asked, m_buyIntent.pinnedSku());
}

bool ChatHub::startGiveaway(const Giveaway::Rules& rules)
{
    if (!m_giveaway.start(rules))
        return false;
    if (m_eventLog)
        m_eventLog->append(EventType::GiveawayStart, {{QStringLiteral("keyword"), m_giveaway.rules().keyword},
                                                      {QStringLiteral("claimedOnly"), rules.claimedOnly}});
    return true;
}

void ChatHub::stopGiveaway()
{
    if (!m_giveaway.isOpen())
        return;
    m_giveaway.stop();
    if (m_eventLog)
        m_eventLog->append(EventType::GiveawayStop,
                           {{QStringLiteral("entries"), static_cast<int>(m_giveaway.entries().size())}});
}

std::optional<Giveaway::Entry> ChatHub::drawGiveaway(std::optional<quint64> seed)
{
    const quint64 used = seed.value_or(QRandomGenerator::system()->generate64());
    const std::optional<Giveaway::Entry> winner = m_giveaway.draw(used);
    if (m_eventLog) {
        // Everything needed to redo the draw: the seed and the entries in order (Giveaway::pick).
        QJsonArray entrants;
        for (const Giveaway::Entry& entry : m_giveaway.entries())
            entrants.append(QString(chatPlatformKey(entry.platform) + u':' + entry.authorId));
        QJsonObject data{{QStringLiteral("seed"), QString::number(used)},
                         {QStringLiteral("entries"), static_cast<int>(entrants.size())},
                         {QStringLiteral("entrants"), entrants}};
        if (winner) {
            data.insert(QStringLiteral("platform"), chatPlatformKey(winner->platform));
            data.insert(QStringLiteral("authorId"), winner->authorId);
            data.insert(QStringLiteral("author"), winner->authorName);
        }
        m_eventLog->append(EventType::GiveawayDraw, data);
    }
    return winner;
}

bool ChatHub::startPoll(const QString& question, const QStringList& options)
{
    if (!m_poll.start(question, options))
        return false;
    if (m_eventLog)
        m_eventLog->append(EventType::PollStart,
                           {{QStringLiteral("question"), m_poll.question()},
                            {QStringLiteral("options"), QJsonArray::fromStringList(m_poll.options())}});
    return true;
}

void ChatHub::stopPoll()
{
    if (!m_poll.isOpen())
        return;
    m_poll.stop();
    if (m_eventLog) {
        QJsonArray counts;
        for (const int count : m_poll.counts())
            counts.append(count);
        m_eventLog->append(EventType::PollStop,
                           {{QStringLiteral("question"), m_poll.question()},
                            {QStringLiteral("options"), QJsonArray::fromStringList(m_poll.options())},
                            {QStringLiteral("counts"), counts}});
    }
}

void ChatHub::onPinnedProductChanged(const QString& sku)
{
    m_buyIntent.setPinnedSku(sku);
    Q_EMIT replyContextChanged();
    if (!m_postPinnedLinks || sku.isEmpty())
        return;
    for (ChatConnector* connector : std::as_const(m_connectors)) {
        if (!connector->capabilities().testFlag(ChatConnector::CanSend))
            continue;
        const QString text = pinnedLinkText(sku, connector->platform());
        if (!text.isEmpty())
            connector->sendMessage(text);
    }
}

QString ChatHub::pinnedLinkText(const QString& sku, ChatPlatform platform) const
{
    if (!m_store)
        return {};
    const ShowDocument& show = m_store->document();
    const Product* product = show.product(sku);
    if (!product || product->url.isEmpty())
        return {};
    return product->title + QStringLiteral(" → ") +
           trackedLink(product->url, chatPlatformKey(platform), show.effectiveCampaign());
}

void ChatHub::ingest(const ChatMessage& incoming)
{
    const QString key = incoming.key();
    if (m_seen.contains(key)) {
        ++m_duplicates;
        return;
    }
    m_seen.insert(key);
    ++m_received;

    ChatEntry entry;
    entry.message = incoming;
    if (!entry.message.arrivalTime.isValid())
        entry.message.arrivalTime = QDateTime::currentDateTimeUtc();
    m_spool.appendMessage(entry.message);

    entry.blocked = m_moderation.isBlocked(entry.message.text);
    const bool fromHost = entry.message.author.broadcaster;
    entry.question = !fromHost && entry.message.kind != ChatMessageKind::System &&
                     m_questionFilter.isQuestion(entry.message.text);
    if (!entry.blocked && !fromHost)
        entry.buySku = m_buyIntent.observe(entry.message);
    if (m_claimBook && !entry.blocked && !fromHost)
        m_claimBook->observe(entry.message, m_store ? m_store->document().products : QList<Product>(),
                             m_live ? m_live->pinnedSku() : QString());
    m_giveaway.observe(entry.message, entry.blocked);
    m_poll.observe(entry.message, entry.blocked);

    m_view.append(entry);
    if (entry.question) {
        m_questions.append(entry);
        Q_EMIT questionsChanged();
    }
    Q_EMIT messageAdded(entry);
}

ChatConnector* ChatHub::connectorFor(const ChatMessage& message) const
{
    ChatConnector* samePlatform = nullptr;
    for (ChatConnector* connector : m_connectors) {
        if (connector->platform() != message.platform)
            continue;
        if (connector->target() == message.channel)
            return connector;
        if (!samePlatform)
            samePlatform = connector;
    }
    return samePlatform;
}

std::optional<ChatMessage> ChatHub::message(const QString& key) const
{
    if (const ChatEntry* entry = m_view.at(m_view.serialOf(key)))
        return entry->message;
    if (const ChatEntry* entry = m_questions.at(m_questions.serialOf(key)))
        return entry->message;
    if (m_highlighted && m_highlighted->key() == key)
        return m_highlighted;
    return std::nullopt;
}

bool ChatHub::updateEntry(const QString& key, const std::function<void(ChatEntry&)>& edit)
{
    const bool inView = m_view.update(key, edit);
    const bool inQuestions = m_questions.update(key, edit);
    return inView || inQuestions;
}

void ChatHub::markDeletedWhere(const std::function<bool(const ChatMessage&)>& match)
{
    QSet<QString> spooled;
    auto mark = [&](ChatEntry& entry) {
        if (entry.deleted || !match(entry.message))
            return false;
        entry.deleted = true;
        const QString key = entry.message.key();
        if (!spooled.contains(key)) {
            spooled.insert(key);
            m_spool.appendDeletion(entry.message.platform, entry.message.id);
        }
        return true;
    };
    m_view.updateWhere(mark);
    if (m_questions.updateWhere(mark) > 0)
        Q_EMIT questionsChanged();
}

void ChatHub::onMessageDeleted(ChatPlatform platform, const QString& messageId)
{
    ChatMessage probe;
    probe.platform = platform;
    probe.id = messageId;
    const QString key = probe.key();
    // The record says the platform deleted it even when the view no longer holds the message.
    m_spool.appendDeletion(platform, messageId);
    if (updateEntry(key, [](ChatEntry& entry) { entry.deleted = true; }))
        Q_EMIT questionsChanged();
}

void ChatHub::onAuthorCleared(ChatPlatform platform, const QString& authorId, const QString& authorName)
{
    if (authorId.isEmpty() && authorName.isEmpty())
        return;
    markDeletedWhere([&](const ChatMessage& message) {
        if (message.platform != platform)
            return false;
        if (!authorId.isEmpty())
            return message.author.id == authorId;
        return message.author.name.compare(authorName, Qt::CaseInsensitive) == 0;
    });
}

void ChatHub::onChatCleared(ChatPlatform platform)
{
    markDeletedWhere([platform](const ChatMessage& message) { return message.platform == platform; });
}

void ChatHub::setBlockedWords(const QStringList& words)
{
    m_moderation.setBlockedWords(words);
    auto apply = [this](ChatEntry& entry) {
        const bool blocked = m_moderation.isBlocked(entry.message.text);
        if (blocked == entry.blocked)
            return false;
        entry.blocked = blocked;
        return true;
    };
    m_view.updateWhere(apply);
    if (m_questions.updateWhere(apply) > 0)
        Q_EMIT questionsChanged();
}

bool ChatHub::setAnswered(const QString& key, bool answered)
{
    if (!updateEntry(key, [answered](ChatEntry& entry) { entry.answered = answered; }))
        return false;
    if (answered)
        m_answered.insert(key);
    else
        m_answered.remove(key);
    Q_EMIT questionsChanged();
    return true;
}

QString ChatHub::nextQuestion()
{
    if (!m_currentQuestion.isEmpty())
        setAnswered(m_currentQuestion, true);
    QString next;
    for (qint64 serial = m_questions.firstSerial(); serial < m_questions.endSerial(); ++serial) {
        const ChatEntry* entry = m_questions.at(serial);
        if (!entry->answered && !entry->deleted && !entry->hidden && !entry->blocked) {
            next = entry->message.key();
            break;
        }
    }
    if (next != m_currentQuestion) {
        m_currentQuestion = next;
        Q_EMIT currentQuestionChanged(next);
    }
    return next;
}

int ChatHub::unansweredQuestionCount() const
{
    int count = 0;
    for (qint64 serial = m_questions.firstSerial(); serial < m_questions.endSerial(); ++serial) {
        const ChatEntry* entry = m_questions.at(serial);
        if (!entry->answered && !entry->deleted && !entry->hidden && !entry->blocked)
            ++count;
    }
    return count;
}

bool ChatHub::setHighlighted(const QString& key)
{
    std::optional<ChatMessage> next;
    if (!key.isEmpty()) {
        next = message(key);
        if (!next)
            return false;
    }
    highlight(next);
    return true;
}

void ChatHub::highlight(const std::optional<ChatMessage>& message)
{
    const QString key = message ? message->key() : QString();
    if (m_highlighted == message)
        return;
    m_highlighted = message;
    if (m_eventLog) {
        if (message) {
            m_eventLog->append(EventType::ChatHighlight,
                               {{QStringLiteral("id"), message->id},
                                {QStringLiteral("platform"), chatPlatformKey(message->platform)},
                                {QStringLiteral("author"), message->author.name},
                                {QStringLiteral("text"), message->text}});
        } else {
            m_eventLog->append(EventType::ChatUnhighlight);
        }
    }
    Q_EMIT highlightChanged(key);
}

QString ChatHub::keyOfMessageId(const QString& id) const
{
    for (qint64 serial = m_view.firstSerial(); serial < m_view.endSerial(); ++serial)
        if (const ChatEntry* entry = m_view.at(serial); entry && entry->message.id == id)
            return entry->message.key();
    return {};
}

bool ChatHub::setHidden(const QString& key, bool hidden)
{
    const bool found = updateEntry(key, [hidden](ChatEntry& entry) { entry.hidden = hidden; });
    if (found) {
        if (hidden && highlightedKey() == key)
            setHighlighted({});
        Q_EMIT questionsChanged();
    }
    return found;
}

bool ChatHub::canModerate(const QString& key, ChatModeration::Action action) const
{
    const std::optional<ChatMessage> found = message(key);
    return found && ChatModeration::allows(connectorFor(*found), action);
}

bool ChatHub::moderate(const QString& key, ChatModeration::Action action, QString* error)
{
    const std::optional<ChatMessage> found = message(key);
    if (!found) {
        if (error) {
            *error = tr("That message is no longer in the chat view.");
        }
        return false;
    }
    QString why;
    if (!ChatModeration::apply(connectorFor(*found), action, *found, &why)) {
        if (error)
            *error = why;
        Q_EMIT errorOccurred(why);
        return false;
    }
    return true;
}

QString ChatHub::moderationRefusal(const QString& key, ChatModeration::Action action) const
{
    const std::optional<ChatMessage> found = message(key);
    if (!found)
        return tr("That message is no longer in the chat view.");
    return ChatModeration::refusal(connectorFor(*found), action);
}

QString ChatHub::replyRefusal(const QString& key) const
{
    const std::optional<ChatMessage> found = message(key);
    if (!found)
        return tr("That message is no longer in the chat view.");
    const ChatConnector* connector = connectorFor(*found);
    if (!connector)
        return tr("The chat this message came from is no longer connected.");
    return connector->capabilityReason(ChatConnector::CanSend);
}

bool ChatHub::sendReply(const QString& key, const QString& text, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString why = replyRefusal(key); !why.isEmpty())
        return fail(why);
    const std::optional<ChatMessage> asked = message(key);
    ChatConnector* connector = connectorFor(*asked);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !connector->sendMessage(trimmed))
        return fail(tr("The reply could not be sent to %1.").arg(chatPlatformInfo(asked->platform).name()));
    setAnswered(key, true);
    return true;
}

int ChatHub::postToAll(const QString& text, QStringList* errors)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    int sent = 0;
    for (ChatConnector* connector : std::as_const(m_connectors)) {
        if (!connector->capabilities().testFlag(ChatConnector::CanSend))
            continue;
        if (connector->sendMessage(trimmed)) {
            ++sent;
        } else if (errors) {
            errors->append(tr("%1 (%2) did not take the message.")
                               .arg(chatPlatformKey(connector->platform()), connector->target()));
        }
    }
    if (sent == 0 && errors && errors->isEmpty())
        errors->append(tr("No connected chat lets this account write; sign in to post."));
    return sent;
}

} // namespace vitrine
