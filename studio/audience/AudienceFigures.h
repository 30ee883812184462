#pragma once

#include "chat/ChatMessage.h"
#include "show/ShowDocument.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>

namespace vitrine {

// The live's figures over time, fed by the chats, the viewer counts, the claims and the live state, and
// read by the live dashboard. Pure: every event comes with its time, so tests replay a live. Minutes count
// from start() (the first event's time when none was set).
class AudienceFigures : public QObject {
    Q_OBJECT
public:
    // A product's line: buy intents and claims counted, and how long it was pinned.
    struct ProductFigures {
        QString sku;
        int buyIntent = 0;
        int claims = 0;
        qint64 pinnedMs = 0;
    };
    struct PromoWindow {
        QString code;
        QDateTime start;
        QDateTime end; // invalid while it runs without a countdown
    };
    // The figure furthest below its target, in words ("Chat is quiet: 4 msg/min against a target of 20").
    enum class Figure { PeakViewers, ChatPerMinute, Claims };
    struct Shortfall {
        Figure figure = Figure::ChatPerMinute;
        double actual = 0;
        double target = 0;
        QString text;
    };
    // The window over which the chat's pace is judged.
    static constexpr int kChatRateMinutes = 5;

    explicit AudienceFigures(QObject* parent = nullptr);

    void setStart(const QDateTime& at);
    QDateTime start() const { return m_start; }
    void setTargets(const ShowDocument::Targets& targets);
    ShowDocument::Targets targets() const { return m_targets; }
    // Forgets everything (a new live).
    void clear();

    void addMessage(ChatPlatform platform, const QDateTime& at);
    // A platform's concurrent viewers at `at`; an offline platform counts 0.
    void addViewers(ChatPlatform platform, int viewers, const QDateTime& at);
    void setBuyIntent(const QHash<QString, int>& counts);
    void setClaims(const QHash<QString, int>& claims);
    // What is pinned from `at` on (empty: nothing).
    void setPinned(const QString& sku, const QDateTime& at);
    // A promo starts (code set, ending at `endsAt` when it has a countdown) or stops (empty code).
    void setPromo(const QString& code, const QDateTime& at, const QDateTime& endsAt = {});

    // Platforms with chat or viewers, in the platform table's order.
    QList<ChatPlatform> platforms() const;
    // Messages per minute: x the minute since start (0, 1, …; every minute up to the last one), y the count.
    QList<QPointF> chatPerMinute(ChatPlatform platform) const;
    // Viewer samples: x the minutes since start (fractional), y the viewers.
    QList<QPointF> viewers(ChatPlatform platform) const;
    qint64 messageCount() const { return m_messageTimes.size(); }
    // Audience = every platform's last count added up, taken at each sample.
    int peakAudience() const { return m_peakAudience; }
    double averageAudience() const;
    int claimCount() const;
    // Messages per minute, all chats, over the last kChatRateMinutes (or since start, when shorter).
    double chatRate(const QDateTime& now) const;
    // Every product counted or pinned, in order of first appearance; the pinned one's time runs to `now`.
    QList<ProductFigures> products(const QDateTime& now) const;
    std::optional<PromoWindow> promo() const;
    // The figure with the lowest share of its target, when it is below it; nullopt when none is (or no
    // target is set).
    std::optional<Shortfall> weakest(const QDateTime& now) const;

Q_SIGNALS:
    void changed();

private:
    double minutesAt(const QDateTime& at) const;
    void touch(const QDateTime& at);
    void remember(const QString& sku);

    QDateTime m_start;
    ShowDocument::Targets m_targets;
    QMap<ChatPlatform, QList<int>> m_chatMinutes;
    QList<qint64> m_messageTimes; // ms since epoch, arrival order
    QMap<ChatPlatform, QList<QPointF>> m_viewers;
    QMap<ChatPlatform, int> m_lastViewers;
    int m_peakAudience = 0;
    qint64 m_audienceSum = 0;
    int m_audienceSamples = 0;
    QStringList m_skus; // first appearance order
    QHash<QString, int> m_buyIntent;
    QHash<QString, int> m_claims;
    QHash<QString, qint64> m_pinnedMs;
    QString m_pinned;
    QDateTime m_pinnedSince;
    QList<PromoWindow> m_promos;
};

} // namespace vitrine
