#include "chat/ChatTranscript.h"

#include "chat/ChatSpool.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace vitrine {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("vitrine::ChatTranscript", text);
}

ChatMessage messageFromJson(const QJsonObject& object, bool* ok)
{
    ChatMessage message;
    *ok = chatPlatformFromKey(object.value(QStringLiteral("platform")).toString(), &message.platform);
    message.id = object.value(QStringLiteral("id")).toString();
    *ok = *ok && !message.id.isEmpty();
    message.channel = object.value(QStringLiteral("channel")).toString();
    const QJsonObject author = object.value(QStringLiteral("author")).toObject();
    message.author.id = author.value(QStringLiteral("id")).toString();
    message.author.name = author.value(QStringLiteral("name")).toString();
    message.author.color = author.value(QStringLiteral("color")).toString();
    for (const QJsonValue& badge : author.value(QStringLiteral("badges")).toArray())
        message.author.badges.append(badge.toString());
    message.text = object.value(QStringLiteral("text")).toString();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    for (ChatMessageKind k : {ChatMessageKind::Message, ChatMessageKind::Paid, ChatMessageKind::Membership,
                              ChatMessageKind::System}) {
        if (chatMessageKindKey(k) == kind)
            message.kind = k;
    }
    message.paidAmount = object.value(QStringLiteral("paid_amount")).toString();
    message.platformTime =
        QDateTime::fromString(object.value(QStringLiteral("platform_time")).toString(), Qt::ISODateWithMs);
    message.arrivalTime =
        QDateTime::fromString(object.value(QStringLiteral("arrival_time")).toString(), Qt::ISODateWithMs);
    return message;
}

bool commit(QSaveFile& file, const QByteArray& bytes, QString* error)
{
    if (file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

bool openForWrite(QSaveFile& file, QString* error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

} // namespace

std::optional<ChatTranscript> ChatTranscript::fromSpool(const QString& path, QString* error,
                                                        const QuestionFilter& questions,
                                                        const QSet<QString>& answeredKeys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the chat record %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    ChatTranscript transcript;
    QHash<QString, qsizetype> rowOfKey;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine().trimmed();
        if (raw.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(raw);
        if (!document.isObject())
            continue;
        const QJsonObject object = document.object();
        bool ok = false;
        if (object.value(QStringLiteral("deleted")).toBool()) {
            ChatMessage probe;
            if (!chatPlatformFromKey(object.value(QStringLiteral("platform")).toString(), &probe.platform))
                continue;
            probe.id = object.value(QStringLiteral("id")).toString();
            const qsizetype row = rowOfKey.value(probe.key(), -1);
            if (row >= 0)
                transcript.m_lines[row].deleted = true;
            continue;
        }
        Line line;
        line.message = messageFromJson(object, &ok);
        if (!ok || rowOfKey.contains(line.message.key()))
            continue;
        line.question =
            line.message.kind != ChatMessageKind::System && questions.isQuestion(line.message.text);
        line.answered = answeredKeys.contains(line.message.key());
        rowOfKey.insert(line.message.key(), transcript.m_lines.size());
        transcript.m_lines.append(line);
    }
    return transcript;
}

bool ChatTranscript::writeJsonLines(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!openForWrite(file, error))
        return false;
    QByteArray bytes;
    for (const Line& line : m_lines) {
        QJsonObject object = ChatSpool::toJson(line.message);
        object.insert(QStringLiteral("question"), line.question);
        object.insert(QStringLiteral("answered"), line.answered);
        object.insert(QStringLiteral("deleted"), line.deleted);
        bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
        bytes += '\n';
    }
    return commit(file, bytes, error);
}

QString ChatTranscript::csvField(const QString& value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool ChatTranscript::writeCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!openForWrite(file, error))
        return false;
    auto yesNo = [](bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); };
    QString text =
        QStringLiteral("arrival_time,platform_time,platform,channel,id,author,text,kind,paid_amount,"
                       "question,answered,deleted\r\n");
    for (const Line& line : m_lines) {
        const ChatMessage& m = line.message;
        const QStringList fields{ChatSpool::isoUtc(m.arrivalTime),
                                 ChatSpool::isoUtc(m.platformTime),
                                 chatPlatformKey(m.platform),
                                 m.channel,
                                 m.id,
                                 m.author.name,
                                 m.text,
                                 chatMessageKindKey(m.kind),
                                 m.paidAmount,
                                 yesNo(line.question),
                                 yesNo(line.answered),
                                 yesNo(line.deleted)};
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& field : fields)
            quoted.append(csvField(field));
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return commit(file, text.toUtf8(), error);
}

} // namespace vitrine
