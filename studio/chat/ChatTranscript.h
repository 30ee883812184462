#pragma once

#include "chat/ChatMessage.h"
#include "chat/QuestionFilter.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace vitrine {

// The merged chat after the show, read back from the spool (which keeps every message, unlike the view),
// with platform deletions applied and questions marked, written as JSON Lines or CSV (RFC 4180) so the team
// can answer the questions left unanswered.
class ChatTranscript {
public:
    struct Line {
        ChatMessage message;
        bool deleted = false;
        bool question = false;
        bool answered = false;
    };

    // Reads a spool; a torn last line (crash) and lines that are not chat records are skipped.
    static std::optional<ChatTranscript> fromSpool(const QString& path, QString* error,
                                                   const QuestionFilter& questions = QuestionFilter(),
                                                   const QSet<QString>& answeredKeys = {});

    const QList<Line>& lines() const { return m_lines; }

    [[nodiscard]] bool writeJsonLines(const QString& path, QString* error) const;
    // Columns: arrival_time, platform_time, platform, channel, id, author, text, kind, paid_amount, question,
    // answered, deleted.
    [[nodiscard]] bool writeCsv(const QString& path, QString* error) const;

    // One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled.
    static QString csvField(const QString& value);

private:
    QList<Line> m_lines;
};

} // namespace vitrine
