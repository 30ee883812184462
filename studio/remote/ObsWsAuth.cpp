#include "remote/ObsWsAuth.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace vitrine {

QString ObsWsAuth::makeRandom()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words)).toBase64());
}

QString ObsWsAuth::secret(const QString& password, const QString& salt)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((password + salt).toUtf8(), QCryptographicHash::Sha256).toBase64());
}

QString ObsWsAuth::answer(const QString& secret, const QString& challenge)
{
    return ObsWsAuth::secret(secret, challenge);
}

bool ObsWsAuth::verify(const QString& secret, const QString& challenge, const QString& answer)
{
    return equalConstantTime(ObsWsAuth::answer(secret, challenge).toUtf8(), answer.toUtf8());
}

bool ObsWsAuth::equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    // Every byte of the longer one is read whatever the difference, so the time tells nothing of where.
    const qsizetype length = std::max(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < length; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a[i] : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b[i] : 0);
        difference |= static_cast<unsigned>(x ^ y);
    }
    return difference == 0;
}

} // namespace vitrine
