#pragma once

#include "base/ReconnectBackoff.h"

namespace vitrine {

// How a destination comes back after it lost its ingest. libobs's own reconnect is switched off so that this
// one policy decides, per destination: exponential back-off with jitter, a retry limit, then a final state.
struct ReconnectSettings {
    int initialDelayMs = 2000;
    double factor = 1.5;
    int maxDelayMs = 60000;
    int maxRetries = 8; // about 100 s of tries with the delays above
    double jitter = 0.2;
    // A server that refuses the key while reconnecting may still hold the old session for a moment; it gets a
    // few tries, never the whole limit.
    int maxKeyRefusals = 2;
};

class ReconnectPolicy {
public:
    enum class Verdict {
        Retry,       // try again after delayMs
        GiveUp,      // the retry limit is reached
        KeyRejected, // the server refused the stream key
        Fatal,       // nothing a retry can mend: a bad address, an unsupported format, a full disk
    };
    struct Decision {
        Verdict verdict = Verdict::Fatal;
        int delayMs = 0;
    };

    explicit ReconnectPolicy(const ReconnectSettings& settings = {});

    // What to do after a stream output stopped with libobs's OBS_OUTPUT_* code. wasLive: the destination was
    // on air before; a destination that never connected reports its error at once instead of retrying.
    // Each Retry counts one attempt.
    Decision onStopped(int obsCode, bool wasLive);
    // The destination is on air again: the next loss starts from the first delay.
    void onConnected();
    // Attempts since the destination was last on air.
    int attempts() const { return m_backoff.attempts(); }
    const ReconnectSettings& settings() const { return m_settings; }

private:
    ReconnectSettings m_settings;
    ReconnectBackoff m_backoff;
    int m_keyRefusals = 0;
};

} // namespace vitrine
