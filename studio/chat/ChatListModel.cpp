#include "chat/ChatListModel.h"

#include "chat/ChatHub.h"

namespace vitrine {

ChatListModel::ChatListModel(ChatHub* hub, Source source, QObject* parent)
    : QAbstractListModel(parent), m_hub(hub), m_store(source == Source::View ? hub->view() : hub->questions())
{
    m_first = m_store->firstSerial();
    m_count = m_store->size();
    m_highlighted = hub->highlightedKey();
    m_currentQuestion = hub->currentQuestion();
    m_sync.setSingleShot(true);
    m_sync.setInterval(kSyncIntervalMs);
    connect(&m_sync, &QTimer::timeout, this, &ChatListModel::syncNow);
    connect(m_store, &ChatEntryStore::appended, this, &ChatListModel::scheduleSync);
    connect(m_store, &ChatEntryStore::trimmed, this, &ChatListModel::scheduleSync);
    connect(m_store, &ChatEntryStore::entryChanged, this, &ChatListModel::onEntryChanged);
    // A hub that goes first leaves an empty list, not dangling rows.
    connect(m_store, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_store = nullptr;
        m_count = 0;
        m_sync.stop();
        endResetModel();
    });
    connect(hub, &ChatHub::highlightChanged, this, [this](const QString& key) {
        const QString previous = std::exchange(m_highlighted, key);
        onKeyChanged(previous, key);
    });
    connect(hub, &ChatHub::currentQuestionChanged, this, [this](const QString& key) {
        const QString previous = std::exchange(m_currentQuestion, key);
        onKeyChanged(previous, key);
    });
}

void ChatListModel::scheduleSync()
{
    if (!m_sync.isActive())
        m_sync.start();
}

void ChatListModel::syncNow()
{
    m_sync.stop();
    if (!m_store)
        return;
    const qint64 storeFirst = m_store->firstSerial();
    const qint64 storeEnd = m_store->endSerial();

    const qint64 removeUpTo = qMin(storeFirst, m_first + m_count);
    if (removeUpTo > m_first) {
        const int removed = int(removeUpTo - m_first);
        beginRemoveRows({}, 0, removed - 1);
        m_first = removeUpTo;
        m_count -= removed;
        endRemoveRows();
    }
    // Entries appended and trimmed between two syncs were never shown: skip them.
    if (m_count == 0 && m_first < storeFirst)
        m_first = storeFirst;

    const qint64 shownEnd = m_first + m_count;
    if (storeEnd > shownEnd) {
        const int added = int(storeEnd - shownEnd);
        beginInsertRows({}, m_count, m_count + added - 1);
        m_count += added;
        endInsertRows();
    }
}

void ChatListModel::onEntryChanged(qint64 serial)
{
    if (serial < m_first || serial >= m_first + m_count)
        return;
    const QModelIndex changed = index(int(serial - m_first));
    Q_EMIT dataChanged(changed, changed);
}

void ChatListModel::onKeyChanged(const QString& previous, const QString& current)
{
    for (const QString& key : {previous, current}) {
        const int row = rowOfKey(key);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    }
}

int ChatListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

const ChatEntry* ChatListModel::entry(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    return m_store->at(m_first + row); // null for a row trimmed but not yet removed
}

QString ChatListModel::keyAt(int row) const
{
    const ChatEntry* found = entry(row);
    return found ? found->message.key() : QString();
}

int ChatListModel::rowOfKey(const QString& key) const
{
    if (key.isEmpty() || !m_store)
        return -1;
    const qint64 serial = m_store->serialOf(key);
    if (serial < m_first || serial >= m_first + m_count)
        return -1;
    return int(serial - m_first);
}

QVariant ChatListModel::data(const QModelIndex& index, int role) const
{
    const ChatEntry* found = index.isValid() ? entry(index.row()) : nullptr;
    if (!found)
        return {};
    const ChatMessage& message = found->message;
    switch (role) {
    case Qt::DisplayRole:
        return QString(message.author.name + QStringLiteral(": ") + message.text);
    case Qt::ToolTipRole:
        return QString(message.author.name + QStringLiteral(" — ") + chatPlatformKey(message.platform) +
                       QStringLiteral(" — ") +
                       message.platformTime.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    case KeyRole:
        return message.key();
    case IdRole:
        return message.id;
    case PlatformRole:
        return int(message.platform);
    case PlatformKeyRole:
        return chatPlatformKey(message.platform);
    case ChannelRole:
        return message.channel;
    case AuthorIdRole:
        return message.author.id;
    case AuthorNameRole:
        return message.author.name;
    case AuthorColorRole:
        return message.author.color;
    case BadgesRole:
        return message.author.badges;
    case ModeratorRole:
        return message.author.moderator;
    case SubscriberRole:
        return message.author.subscriber;
    case BroadcasterRole:
        return message.author.broadcaster;
    case TextRole:
        return message.text;
    case KindRole:
        return int(message.kind);
    case PaidAmountRole:
        return message.paidAmount;
    case PlatformTimeRole:
        return message.platformTime;
    case ArrivalTimeRole:
        return message.arrivalTime;
    case DeletedRole:
        return found->deleted;
    case HiddenRole:
        return found->hidden || found->blocked;
    case BlockedRole:
        return found->blocked;
    case QuestionRole:
        return found->question;
    case AnsweredRole:
        return found->answered;
    case HighlightedRole:
        return !m_highlighted.isEmpty() && message.key() == m_highlighted;
    case CurrentQuestionRole:
        return !m_currentQuestion.isEmpty() && message.key() == m_currentQuestion;
    case BuySkuRole:
        return found->buySku;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "key"},
                  {PlatformKeyRole, "platform"},
                  {AuthorNameRole, "author"},
                  {AuthorColorRole, "authorColor"},
                  {TextRole, "text"},
                  {DeletedRole, "deleted"},
                  {HiddenRole, "hidden"},
                  {QuestionRole, "question"},
                  {AnsweredRole, "answered"},
                  {HighlightedRole, "highlighted"}});
    return names;
}

} // namespace vitrine
