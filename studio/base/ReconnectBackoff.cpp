#include "base/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace vitrine {

ReconnectBackoff::ReconnectBackoff(int initialMs, int maxMs, double jitter, double factor)
    : m_initialMs(std::max(1, initialMs)), m_maxMs(std::max(m_initialMs, maxMs)),
      m_jitter(std::clamp(jitter, 0.0, 1.0)), m_factor(std::clamp(factor, 1.0, 10.0))
{
}

void ReconnectBackoff::setLimits(int initialMs, int maxMs)
{
    m_initialMs = std::max(1, initialMs);
    m_maxMs = std::max(m_initialMs, maxMs);
}

int ReconnectBackoff::nextDelayMs()
{
    const double base =
        std::min(static_cast<double>(m_maxMs), m_initialMs * std::pow(m_factor, std::min(m_attempts, 60)));
    ++m_attempts;
    const double spread = 1.0 + m_jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return std::clamp(static_cast<int>(base * spread), 1, m_maxMs);
}

} // namespace vitrine
