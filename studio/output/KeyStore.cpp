#include "output/KeyStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace vitrine {
namespace {

QString describeKeychainError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        // Never the keyRef ("destination/<uuid>"): the caller names the destination.
        return QCoreApplication::translate("vitrine::KeyStore",
                                           "no stream key is stored in the system keychain");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("vitrine::KeyStore", "access to the keychain was refused");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("vitrine::KeyStore",
                                           "no keychain is available (is a Secret Service such as GNOME "
                                           "Keyring or KWallet running?)");
    default:
        return QCoreApplication::translate("vitrine::KeyStore", "the keychain failed: %1")
            .arg(job.errorString());
    }
}

} // namespace

KeyStore::KeyStore(QString service, QObject* parent) : QObject(parent), m_service(std::move(service)) {}

void KeyStore::readKey(const QString& keyRef, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a stream key never goes to a plain-text file
    job->setKey(keyRef);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() != QKeychain::NoError)
            done(QString(), describeKeychainError(*read));
        else
            done(read->textData(), QString());
    });
    job->start();
}

void KeyStore::writeKey(const QString& keyRef, const QString& key, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyRef);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* finished) { done(describeKeychainError(*finished)); });
    job->start();
}

void KeyStore::removeKey(const QString& keyRef, WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyRef);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::EntryNotFound ? QString() : describeKeychainError(*finished));
    });
    job->start();
}

} // namespace vitrine
