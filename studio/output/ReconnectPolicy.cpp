#include "output/ReconnectPolicy.h"

#include <obs.h>

namespace vitrine {

ReconnectPolicy::ReconnectPolicy(const ReconnectSettings& settings)
    : m_settings(settings),
      m_backoff(settings.initialDelayMs, settings.maxDelayMs, settings.jitter, settings.factor)
{
}

ReconnectPolicy::Decision ReconnectPolicy::onStopped(int obsCode, bool wasLive)
{
    switch (obsCode) {
    case OBS_OUTPUT_INVALID_STREAM:
        // At the first connection a refusal is the key; later it may be the server still holding the old
        // session.
        if (!wasLive || ++m_keyRefusals > m_settings.maxKeyRefusals)
            return {Verdict::KeyRejected, 0};
        break;
    case OBS_OUTPUT_DISCONNECTED:
    case OBS_OUTPUT_CONNECT_FAILED:
    case OBS_OUTPUT_ERROR:
        if (!wasLive)
            return {Verdict::Fatal, 0}; // an unreachable server at the start is said at once
        break;
    default: // bad path, unsupported, no space, encode error: a retry would fail the same way
        return {Verdict::Fatal, 0};
    }
    if (attempts() >= m_settings.maxRetries)
        return {Verdict::GiveUp, 0};
    return {Verdict::Retry, m_backoff.nextDelayMs()};
}

void ReconnectPolicy::onConnected()
{
    m_backoff.reset();
    m_keyRefusals = 0;
}

} // namespace vitrine
