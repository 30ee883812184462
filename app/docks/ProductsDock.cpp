#include "docks/ProductsDock.h"

#include "show/LiveState.h"
#include "show/ProductListModel.h"
#include "show/ShowStore.h"

#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

namespace vitrine {
namespace {

// Sold out greyed, low stock in amber: seen at a glance before pinning.
class StockColouringFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            if (index.data(ProductListModel::SoldOutRole).toBool())
                return QColor(Qt::gray);
            if (index.data(ProductListModel::LowStockRole).toBool())
                return QColor(0xd9, 0x77, 0x06);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

ProductsDock::ProductsDock(ShowStore* store, LiveState* live, QWidget* parent)
    : QDockWidget(tr("Products"), parent), m_store(store), m_live(live),
      m_model(new ProductListModel(store, live, this)), m_filter(new StockColouringFilter(this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("productsDock"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    m_search = new QLineEdit(body);
    m_search->setPlaceholderText(tr("Search products"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_products = new QListView(body);
    m_products->setModel(m_filter);
    m_products->setAlternatingRowColors(true);
    connect(m_products, &QListView::doubleClicked, this, &ProductsDock::pinSelected);

    auto* pinRow = new QHBoxLayout;
    m_pin = new QPushButton(tr("Pin"), body);
    m_pin->setToolTip(tr("Show the selected product on air (Ctrl+P)"));
    m_unpin = new QPushButton(tr("Unpin"), body);
    connect(m_pin, &QPushButton::clicked, this, &ProductsDock::pinSelected);
    connect(m_unpin, &QPushButton::clicked, m_live, &LiveState::unpin);
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_unpin);

    auto* promoBox = new QGroupBox(tr("Promo code"), body);
    auto* promoLayout = new QHBoxLayout(promoBox);
    m_promos = new QComboBox(promoBox);
    m_promoButton = new QPushButton(promoBox);
    m_countdown = new QLabel(promoBox);
    promoLayout->addWidget(m_promos, 1);
    promoLayout->addWidget(m_promoButton);
    promoLayout->addWidget(m_countdown);
    connect(m_promoButton, &QPushButton::clicked, this, &ProductsDock::onPromoButtonClicked);

    auto* runBox = new QGroupBox(tr("Run of show"), body);
    auto* runLayout = new QVBoxLayout(runBox);
    m_segments = new QListWidget(runBox);
    m_next = new QPushButton(tr("Next"), runBox);
    m_next->setToolTip(tr("Start the next segment and pin its product (Ctrl+N)"));
    connect(m_next, &QPushButton::clicked, this, &ProductsDock::nextSegment);
    runLayout->addWidget(m_segments);
    runLayout->addWidget(m_next);

    layout->addWidget(m_search);
    layout->addWidget(m_products, 2);
    layout->addLayout(pinRow);
    layout->addWidget(promoBox);
    layout->addWidget(runBox, 1);
    setWidget(body);

    for (const PromoCode& promo : m_store->document().promoCodes)
        m_promos->addItem(QStringLiteral("%1 — %2").arg(promo.code, promo.discountText), promo.code);
    connect(m_live, &LiveState::promoChanged, this, &ProductsDock::refreshPromo);
    connect(m_live, &LiveState::segmentChanged, this, &ProductsDock::refreshRunOfShow);
    connect(m_tick, &QTimer::timeout, this, &ProductsDock::refreshPromo);
    m_tick->start(1000);
    refreshPromo();
    refreshRunOfShow();
}

void ProductsDock::pinSelected()
{
    const QModelIndex index = m_products->currentIndex();
    if (!index.isValid())
        return;
    const QString sku = index.data(ProductListModel::SkuRole).toString();
    if (m_live->requestPin(sku) == LiveState::PinResult::NeedsConfirmation) {
        const auto answer = QMessageBox::question(
            this, tr("Sold out"),
            tr("“%1” is sold out. Promoting it on air will frustrate viewers. Pin it anyway?")
                .arg(index.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0)));
        if (answer == QMessageBox::Yes)
            m_live->requestPin(sku, true);
    }
}

void ProductsDock::nextSegment()
{
    m_live->requestNextSegment();
}

void ProductsDock::onPromoButtonClicked()
{
    if (m_live->runningPromo().isEmpty())
        m_live->requestStartPromo(m_promos->currentData().toString());
    else
        m_live->stopPromo();
}

void ProductsDock::refreshPromo()
{
    const bool running = !m_live->runningPromo().isEmpty();
    m_promoButton->setText(running ? tr("Stop") : tr("Start"));
    m_promoButton->setEnabled(m_promos->count() > 0);
    m_promos->setEnabled(!running);
    const QDateTime endsAt = m_live->promoEndsAt();
    if (!running || !endsAt.isValid()) {
        m_countdown->setText(running ? tr("running") : QString());
        return;
    }
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(endsAt));
    m_countdown->setText(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void ProductsDock::refreshRunOfShow()
{
    m_segments->clear();
    const RunOfShow& run = m_store->document().runOfShow;
    for (int i = 0; i < run.segments.size(); ++i) {
        const Segment& segment = run.segments.at(i);
        auto* item = new QListWidgetItem(
            tr("%1 (%2 min)").arg(segment.title).arg(segment.plannedSeconds / 60), m_segments);
        if (i == m_live->segmentIndex()) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            m_segments->setCurrentItem(item);
        }
    }
    m_next->setEnabled(m_live->segmentIndex() + 1 < run.segments.size());
}

} // namespace vitrine
