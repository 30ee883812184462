#pragma once

#include "chat/ChatMessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QThread;

namespace vitrine {

class ChatSpoolWriter;

// The show's chat record on disk: one JSON object per line, appended as messages arrive, never trimmed.
// Lines are serialised on the caller's thread (cheap) and buffered; a writer thread appends and flushes them
// every kFlushIntervalMs, so a crash loses at most that much and a burst of thousands of messages a second
// never waits on the disk.
class ChatSpool : public QObject {
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 200;

    explicit ChatSpool(QObject* parent = nullptr);
    ~ChatSpool() override; // writes what is buffered before it goes

    // Appends to path (created if needed). Returns false with a message when it cannot be written.
    [[nodiscard]] bool open(const QString& path, QString* error);
    void close();
    bool isOpen() const { return m_thread != nullptr; }
    QString path() const { return m_path; }

    void appendMessage(const ChatMessage& message);
    void appendDeletion(ChatPlatform platform, const QString& messageId);
    // Hands the buffer to the writer now and waits until it is on disk (tests, end of show).
    void flush();

    qint64 linesAppended() const { return m_lines; }

    // The record's shape, shared with the transcript export.
    static QJsonObject toJson(const ChatMessage& message);
    static QJsonObject deletionJson(ChatPlatform platform, const QString& messageId);
    // "2026-11-24T20:15:03.042Z"
    static QString isoUtc(const QDateTime& time);

Q_SIGNALS:
    // The disk refused a write (full, removed…): a translated message.
    void writeFailed(const QString& message);

private:
    void appendLine(const QJsonObject& object);
    void handOver();

    QString m_path;
    QByteArray m_buffer;
    qint64 m_lines = 0;
    QTimer m_flushTimer;
    QThread* m_thread = nullptr;
    ChatSpoolWriter* m_writer = nullptr;
};

} // namespace vitrine
