#include "chat/ChatSpool.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace vitrine {

// Lives on the spool's thread: appends what it is handed and flushes it to the kernel.
class ChatSpoolWriter : public QObject {
    Q_OBJECT
public:
    explicit ChatSpoolWriter(const QString& path) : m_file(path) {}

    bool open(QString* error)
    {
        if (m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return true;
        if (error) {
            *error = QCoreApplication::translate("vitrine::ChatSpool", "Cannot write the chat record %1: %2")
                         .arg(m_file.fileName(), m_file.errorString());
        }
        return false;
    }

    void write(const QByteArray& lines)
    {
        if (m_failed)
            return;
        if (m_file.write(lines) != lines.size() || !m_file.flush()) {
            m_failed = true;
            Q_EMIT failed(
                QCoreApplication::translate("vitrine::ChatSpool", "Cannot write the chat record %1: %2")
                    .arg(m_file.fileName(), m_file.errorString()));
        }
    }

Q_SIGNALS:
    // NOLINTNEXTLINE(readability-inconsistent-declaration-parameter-name): moc names the definition's
    void failed(const QString& message);

private:
    QFile m_file;
    bool m_failed = false;
};

ChatSpool::ChatSpool(QObject* parent) : QObject(parent)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChatSpool::handOver);
}

ChatSpool::~ChatSpool()
{
    close();
}

bool ChatSpool::open(const QString& path, QString* error)
{
    close();
    auto writer = std::make_unique<ChatSpoolWriter>(path);
    if (!writer->open(error))
        return false;
    m_path = path;
    m_writer = writer.release();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("chat-spool"));
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &ChatSpoolWriter::failed, this, &ChatSpool::writeFailed, Qt::QueuedConnection);
    m_thread->start();
    m_flushTimer.start();
    return true;
}

void ChatSpool::close()
{
    if (!m_thread)
        return;
    handOver();
    m_flushTimer.stop();
    // Queued writes run before the thread's loop sees quit(); finished deletes the writer, closing the file.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_writer = nullptr;
}

void ChatSpool::appendMessage(const ChatMessage& message)
{
    appendLine(toJson(message));
}

void ChatSpool::appendDeletion(ChatPlatform platform, const QString& messageId)
{
    appendLine(deletionJson(platform, messageId));
}

void ChatSpool::appendLine(const QJsonObject& object)
{
    if (!m_thread)
        return;
    m_buffer += QJsonDocument(object).toJson(QJsonDocument::Compact);
    m_buffer += '\n';
    ++m_lines;
}

void ChatSpool::handOver()
{
    if (!m_writer || m_buffer.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, lines = std::move(m_buffer)] { writer->write(lines); },
        Qt::QueuedConnection);
    m_buffer = QByteArray();
}

void ChatSpool::flush()
{
    handOver();
    if (m_writer)
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
}

QString ChatSpool::isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject ChatSpool::toJson(const ChatMessage& message)
{
    QJsonObject author{{QStringLiteral("id"), message.author.id},
                       {QStringLiteral("name"), message.author.name},
                       {QStringLiteral("color"), message.author.color},
                       {QStringLiteral("badges"), QJsonArray::fromStringList(message.author.badges)}};
    QJsonObject object{{QStringLiteral("id"), message.id},
                       {QStringLiteral("platform"), chatPlatformKey(message.platform)},
                       {QStringLiteral("channel"), message.channel},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("text"), message.text},
                       {QStringLiteral("kind"), chatMessageKindKey(message.kind)},
                       {QStringLiteral("platform_time"), isoUtc(message.platformTime)},
                       {QStringLiteral("arrival_time"), isoUtc(message.arrivalTime)}};
    object.insert(QStringLiteral("paid_amount"),
                  message.paidAmount.isEmpty() ? QJsonValue() : QJsonValue(message.paidAmount));
    return object;
}

QJsonObject ChatSpool::deletionJson(ChatPlatform platform, const QString& messageId)
{
    return {{QStringLiteral("deleted"), true},
            {QStringLiteral("id"), messageId},
            {QStringLiteral("platform"), chatPlatformKey(platform)}};
}

} // namespace vitrine

#include "ChatSpool.moc"
