#pragma once

namespace vitrine {

// Exponential back-off with jitter for reconnecting chats and streams: initial, ×factor per failed attempt,
// capped, each delay spread by ±jitter so that many clients dropped together do not come back in step.
class ReconnectBackoff {
public:
    explicit ReconnectBackoff(int initialMs = 1000, int maxMs = 60000, double jitter = 0.2,
                              double factor = 2.0);

    // The delay before the next attempt; each call counts one more attempt.
    int nextDelayMs();
    // A connection worked: start again from the initial delay.
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

    void setLimits(int initialMs, int maxMs);
    int initialMs() const { return m_initialMs; }
    int maxMs() const { return m_maxMs; }

private:
    int m_initialMs;
    int m_maxMs;
    double m_jitter;
    double m_factor;
    int m_attempts = 0;
};

} // namespace vitrine
