#include "docks/ClaimsDock.h"

#include "chat/ClaimConfirmer.h"
#include "show/ShowStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vitrine {

namespace {

const QString kConfirmSetting = QStringLiteral("claims/confirmInChat");

// Who and what first: the dock is narrow, the time and the claim's number come last.
enum ClaimField {
    AuthorColumn,
    ProductColumn,
    QuantityColumn,
    VariantColumn,
    PlatformColumn,
    TimeColumn,
    IdColumn
};
enum ProductField { TitleColumn, CodeColumn, ClaimsColumn, UnitsColumn, WaitlistColumn };

// The `stretched` column (-1: none) takes the room left; the others start narrow.
QTreeWidget* makeList(const QStringList& headers, int stretched, const QString& name, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    QHeaderView* header = list->header();
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(60);
    if (stretched >= 0)
        header->setSectionResizeMode(stretched, QHeaderView::Stretch);
    return list;
}

} // namespace

ClaimsDock::ClaimsDock(ClaimBook* book, ClaimConfirmer* confirmer, const ShowStore* store, QWidget* parent)
    : QDockWidget(tr("Claims"), parent), m_book(book), m_store(store)
{
    setObjectName(QStringLiteral("claimsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);

    auto* bar = new QHBoxLayout;
    m_confirm = new QCheckBox(tr("Confirm claims in chat"), content);
    m_confirm->setObjectName(QStringLiteral("confirmClaimsInChat"));
    m_confirm->setToolTip(tr("Answer each accepted claim on its platform with the product's checkout link "
                             "(only on chats the studio can write to)."));
    m_confirm->setChecked(QSettings().value(kConfirmSetting, false).toBool());
    confirmer->setEnabled(m_confirm->isChecked());
    connect(m_confirm, &QCheckBox::toggled, this, [confirmer](bool on) {
        confirmer->setEnabled(on);
        QSettings().setValue(kConfirmSetting, on);
    });
    // Two rows: the dock shares the right column and must stay narrow in French too.
    layout->addWidget(m_confirm);
    bar->addStretch();
    auto* exportButton = new QPushButton(tr("Export claims…"), content);
    exportButton->setObjectName(QStringLiteral("exportClaims"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the claims"), tr("claims.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_products = makeList({tr("Product"), tr("Code"), tr("Claims"), tr("Units"), tr("Waitlist")}, TitleColumn,
                          QStringLiteral("claimsProducts"), content);
    layout->addWidget(m_products, 1);

    const QStringList claimHeaders{tr("Author"),   tr("Product"), tr("Qty"), tr("Variant"),
                                   tr("Platform"), tr("Time"),    tr("#")};
    m_claims = makeList(claimHeaders, -1, QStringLiteral("claimsList"), content);
    m_waitlist = makeList(claimHeaders, -1, QStringLiteral("claimsWaitlist"), content);
    m_ambiguous = makeList(claimHeaders, -1, QStringLiteral("claimsAmbiguous"), content);
    // Author, product, quantity and variant fit the right column; platform, time and number scroll in.
    for (QTreeWidget* list : {m_claims, m_waitlist, m_ambiguous}) {
        list->setColumnWidth(AuthorColumn, 80);
        list->setColumnWidth(ProductColumn, 130);
        list->setColumnWidth(QuantityColumn, 40);
        list->setColumnWidth(VariantColumn, 90);
    }
    auto* tabs = new QTabWidget(content);
    tabs->setObjectName(QStringLiteral("claimsTabs"));
    tabs->addTab(m_claims, tr("Claims"));
    tabs->addTab(m_waitlist, tr("Waitlist"));
    tabs->addTab(m_ambiguous, tr("Ambiguous"));
    layout->addWidget(tabs, 2);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("claimsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(content);

    connect(book, &ClaimBook::claimRecorded, this, &ClaimsDock::onClaimRecorded);
    connect(book, &ClaimBook::claimChanged, this, &ClaimsDock::onClaimChanged);
    connect(book, &ClaimBook::cleared, this, &ClaimsDock::rebuild);
    if (store)
        connect(store, &ShowStore::changed, this, &ClaimsDock::rebuild);
    rebuild();
}

bool ClaimsDock::exportTo(const QString& path)
{
    QString error;
    if (!m_book || !m_book->exportCsv(path, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Claims exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QTreeWidget* ClaimsDock::listFor(Claim::Status status) const
{
    switch (status) {
    case Claim::Status::Accepted:
        return m_claims;
    case Claim::Status::Waitlisted:
        return m_waitlist;
    case Claim::Status::Ambiguous:
        return m_ambiguous;
    }
    return m_claims;
}

void ClaimsDock::rebuild()
{
    m_claimRows.clear();
    m_productRows.clear();
    for (QTreeWidget* list : {m_products, m_claims, m_waitlist, m_ambiguous})
        list->clear();
    if (!m_book)
        return;
    const QList<Claim> claims = m_book->claims();
    for (const Claim& claim : claims)
        onClaimRecorded(claim);
}

void ClaimsDock::onClaimRecorded(const Claim& claim)
{
    auto* item = new QTreeWidgetItem(listFor(claim.status));
    fillClaimRow(item, claim);
    m_claimRows.insert(claim.id, item);
    if (claim.status == Claim::Status::Accepted && claim.needsVariant)
        offerVariants(item, claim);
    if (!claim.sku.isEmpty())
        refreshProductRow(claim.sku);
}

void ClaimsDock::onClaimChanged(const Claim& claim)
{
    QTreeWidgetItem* item = m_claimRows.value(claim.id);
    if (!item)
        return;
    item->treeWidget()->removeItemWidget(item, VariantColumn);
    fillClaimRow(item, claim);
    refreshProductRow(claim.sku);
}

void ClaimsDock::fillClaimRow(QTreeWidgetItem* item, const Claim& claim)
{
    item->setText(IdColumn, QString::number(claim.id));
    item->setData(IdColumn, Qt::UserRole, claim.id);
    item->setText(TimeColumn, QLocale().toString(claim.at.toLocalTime().time(), QLocale::ShortFormat));
    item->setText(AuthorColumn, claim.authorName);
    item->setText(PlatformColumn, chatPlatformInfo(claim.platform).name());
    item->setText(ProductColumn,
                  claim.sku.isEmpty() ? tr("Unknown code %1").arg(claim.code) : productTitle(claim.sku));
    if (claim.sku.isEmpty() && claim.code.isEmpty())
        item->setText(ProductColumn, tr("Nothing pinned"));
    item->setText(QuantityColumn, QString::number(claim.quantity));
    item->setText(VariantColumn,
                  claim.needsVariant ? tr("Needs a variant") : variantTitle(claim.sku, claim.variantSku));
    item->setToolTip(AuthorColumn, claim.text);
    item->setToolTip(ProductColumn, claim.text);
}

void ClaimsDock::offerVariants(QTreeWidgetItem* item, const Claim& claim)
{
    const Product* product = m_store ? m_store->document().product(claim.sku) : nullptr;
    if (!product)
        return;
    auto* chooser = new QComboBox;
    chooser->setObjectName(QStringLiteral("claimVariant%1").arg(claim.id));
    chooser->addItem(tr("Needs a variant: choose…"));
    for (const ProductVariant& variant : product->variants)
        chooser->addItem(variant.title, variant.sku);
    const qint64 id = claim.id;
    connect(chooser, &QComboBox::activated, this, [this, chooser, id](int index) {
        const QString variantSku = chooser->itemData(index).toString();
        if (variantSku.isEmpty() || !m_book || !m_store)
            return;
        // Queued: completing the claim replaces this chooser, which must not go while it emits.
        QMetaObject::invokeMethod(
            this,
            [this, id, variantSku] { m_book->setVariant(id, variantSku, m_store->document().products); },
            Qt::QueuedConnection);
    });
    item->treeWidget()->setItemWidget(item, VariantColumn, chooser);
}

void ClaimsDock::refreshProductRow(const QString& sku)
{
    QTreeWidgetItem* row = m_productRows.value(sku);
    if (!row) {
        row = new QTreeWidgetItem(m_products);
        row->setData(TitleColumn, Qt::UserRole, sku);
        m_productRows.insert(sku, row);
    }
    const Product* product = m_store ? m_store->document().product(sku) : nullptr;
    const ClaimBook::Tally tally = m_book->tally(sku);
    row->setText(TitleColumn, productTitle(sku));
    row->setText(CodeColumn, product ? product->claimCode : QString());
    row->setText(ClaimsColumn,
                 tally.needsVariant > 0
                     ? tr("%1 (%n need a variant)", nullptr, tally.needsVariant).arg(tally.claims)
                     : QString::number(tally.claims));
    row->setText(UnitsColumn, QString::number(tally.units));
    row->setText(WaitlistColumn, QString::number(tally.waitlisted));
}

QString ClaimsDock::productTitle(const QString& sku) const
{
    const Product* product = m_store ? m_store->document().product(sku) : nullptr;
    return product ? product->title : sku;
}

QString ClaimsDock::variantTitle(const QString& sku, const QString& variantSku) const
{
    if (variantSku.isEmpty())
        return {};
    if (const Product* product = m_store ? m_store->document().product(sku) : nullptr) {
        for (const ProductVariant& variant : product->variants) {
            if (variant.sku == variantSku)
                return variant.title;
        }
    }
    return variantSku;
}

} // namespace vitrine
