#pragma once

#include "chat/ClaimBook.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace vitrine {

class ChatHub;
class ShowStore;

// "Confirm claims in chat" (off by default): answers each accepted claim on the chat it came from with the
// product's tracked checkout link. A platform whose connector cannot write is skipped with a log line.
class ClaimConfirmer : public QObject {
    Q_OBJECT
public:
    ClaimConfirmer(ChatHub* hub, ClaimBook* book, const ShowStore* store, QObject* parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // The answer to an accepted claim (empty when its product is gone).
    QString confirmationText(const Claim& claim) const;

private:
    void onClaimRecorded(const Claim& claim);

    QPointer<ChatHub> m_hub;
    QPointer<const ShowStore> m_store;
    bool m_enabled = false;
};

} // namespace vitrine
