#include "auth/TokenStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace vitrine {

namespace {

QString describe(QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate(
                   "vitrine::TokenStore",
                   "No system keychain is available (%1). Start a keyring service (GNOME "
                   "Keyring, KWallet) so sign-ins and stream keys can be kept safely.")
            .arg(job->errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("vitrine::TokenStore", "The system keychain refused access (%1).")
            .arg(job->errorString());
    default:
        break;
    }
    return QCoreApplication::translate("vitrine::TokenStore", "The system keychain failed: %1")
        .arg(job->errorString());
}

TokenStore::Failure failureOf(QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return TokenStore::Failure::None;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStore::Failure::NoKeychain;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenStore::Failure::AccessDenied;
    default:
        break;
    }
    return TokenStore::Failure::Other;
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& key)
{
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    return job;
}

} // namespace

TokenStore::TokenStore(const QString& service, QObject* parent) : QObject(parent), m_service(service) {}

QString TokenStore::entryKey(const QString& platform, const QString& account)
{
    return platform + QLatin1Char('/') + account;
}

void TokenStore::write(const QString& platform, const QString& account, const QString& secret, Done done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, entryKey(platform, account));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        m_lastFailure = failureOf(finished);
        const bool ok = finished->error() == QKeychain::NoError;
        done(ok, ok ? QString() : describe(finished));
    });
    job->start();
}

void TokenStore::read(const QString& platform, const QString& account, Read done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, entryKey(platform, account));
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        m_lastFailure = failureOf(finished);
        if (finished->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, {});
        } else if (finished->error() != QKeychain::NoError) {
            done(std::nullopt, describe(finished));
        } else {
            done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData(), {});
        }
    });
    job->start();
}

void TokenStore::remove(const QString& platform, const QString& account, Done done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, entryKey(platform, account));
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        m_lastFailure = failureOf(finished);
        const bool ok =
            finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : describe(finished));
    });
    job->start();
}

} // namespace vitrine
