#pragma once

#include "chat/ClaimBook.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace vitrine {

class ClaimConfirmer;
class ShowStore;

// The producer's panel of comment-to-claim: per product the claims, units and waitlist; the claims (author,
// platform, quantity, variant — a claim made without a variant gets a chooser to complete it), the waitlist
// in order, and the ambiguous claims (unknown code, nothing pinned). "Confirm claims in chat" (off by
// default, remembered) answers each accepted claim on its platform; "Export claims…" writes the CSV.
class ClaimsDock : public QDockWidget {
    Q_OBJECT
public:
    ClaimsDock(ClaimBook* book, ClaimConfirmer* confirmer, const ShowStore* store, QWidget* parent = nullptr);

    // Writes the claims as CSV; false with the reason shown in the panel.
    bool exportTo(const QString& path);

private:
    void rebuild();
    void onClaimRecorded(const Claim& claim);
    void onClaimChanged(const Claim& claim);
    void refreshProductRow(const QString& sku);
    void fillClaimRow(QTreeWidgetItem* item, const Claim& claim);
    void offerVariants(QTreeWidgetItem* item, const Claim& claim);
    QTreeWidget* listFor(Claim::Status status) const;
    QString productTitle(const QString& sku) const;
    QString variantTitle(const QString& sku, const QString& variantSku) const;

    QPointer<ClaimBook> m_book;
    QPointer<const ShowStore> m_store;
    QTreeWidget* m_products = nullptr;
    QTreeWidget* m_claims = nullptr;
    QTreeWidget* m_waitlist = nullptr;
    QTreeWidget* m_ambiguous = nullptr;
    QCheckBox* m_confirm = nullptr;
    QLabel* m_status = nullptr;
    QHash<qint64, QTreeWidgetItem*> m_claimRows;
    QHash<QString, QTreeWidgetItem*> m_productRows;
};

} // namespace vitrine
