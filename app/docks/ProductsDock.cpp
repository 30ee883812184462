#include "docks/ProductsDock.h"

#include "chat/BuyIntent.h"
#include "show/ClaimCode.h"
#include "show/LiveState.h"
#include "show/Platform.h"
#include "show/ProductImageCache.h"
#include "show/ProductListModel.h"
#include "show/ShowStore.h"
#include "show/StockRefresher.h"
#include "show/TrackedLink.h"
#include "widgets/ElidedLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QPolygonF>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace vitrine {

// Searchable catalogue with a thumbnail per product; sold out greyed, low stock in amber: seen at a glance
// before pinning.
class ThumbnailFilter : public QSortFilterProxyModel {
public:
    static constexpr int kThumbnailSize = 48;

    ThumbnailFilter(const ShowStore* store, ProductImageCache* images, QObject* parent)
        : QSortFilterProxyModel(parent), m_store(store), m_images(images)
    {
        // An image that arrives (or fails for good) redraws the list: failed ones keep their placeholder.
        connect(images, &ProductImageCache::imageReady, this, &ThumbnailFilter::refreshThumbnails);
        connect(images, &ProductImageCache::imageFailed, this, &ThumbnailFilter::refreshThumbnails);
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            if (index.data(ProductListModel::SoldOutRole).toBool())
                return QColor(Qt::gray);
            if (index.data(ProductListModel::LowStockRole).toBool())
                return QColor(0xd9, 0x77, 0x06);
        }
        if (role == Qt::DecorationRole)
            return thumbnail(index.data(ProductListModel::SkuRole).toString());
        return QSortFilterProxyModel::data(index, role);
    }

    void refreshThumbnails()
    {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
    }

private:
    QPixmap thumbnail(const QString& sku) const
    {
        const Product* product = m_store->document().product(sku);
        const QString image = product && !product->images.isEmpty() ? product->images.first() : QString();
        // Asked for only when a row is drawn: images are fetched as the producer scrolls, not all at once.
        const QString file = m_images->request(image);
        if (file.isEmpty())
            return placeholder();
        auto cached = m_thumbnails.constFind(file);
        if (cached != m_thumbnails.cend())
            return *cached;
        QPixmap pixmap(file);
        if (pixmap.isNull()) // not decodable here: the placeholder, and no second try
            pixmap = placeholder();
        else
            pixmap =
                pixmap.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_thumbnails.insert(file, pixmap);
        return pixmap;
    }

    static QPixmap placeholder()
    {
        static const QPixmap pixmap = [] {
            QPixmap empty(kThumbnailSize, kThumbnailSize);
            empty.fill(Qt::transparent);
            QPainter painter(&empty);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QColor(0xc0, 0xc0, 0xc0));
            painter.setBrush(QColor(0xee, 0xee, 0xee));
            painter.drawRoundedRect(QRectF(0.5, 0.5, kThumbnailSize - 1, kThumbnailSize - 1), 6, 6);
            // A picture glyph (a frame, a sun, a hill): "no photo yet", not an empty row.
            const qreal unit = kThumbnailSize / 8.0;
            painter.setPen(QPen(QColor(0xa8, 0xa8, 0xa8), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(2 * unit, 2.5 * unit, 4 * unit, 3 * unit), 2, 2);
            painter.setBrush(QColor(0xa8, 0xa8, 0xa8));
            painter.drawEllipse(QPointF(3.1 * unit, 3.4 * unit), 0.4 * unit, 0.4 * unit);
            QPolygonF hill;
            hill << QPointF(2.3 * unit, 5.2 * unit) << QPointF(3.8 * unit, 3.9 * unit)
                 << QPointF(4.6 * unit, 4.6 * unit) << QPointF(5.1 * unit, 4.2 * unit)
                 << QPointF(5.7 * unit, 5.2 * unit);
            painter.drawPolygon(hill);
            return empty;
        }();
        return pixmap;
    }

    const ShowStore* m_store;
    ProductImageCache* m_images;
    mutable QHash<QString, QPixmap> m_thumbnails; // scaled once per file
};

// Draws the pinned product's row with a red stripe and a red "ON AIR" pill at its right, so what is on air
// never looks like the selection (which keeps the highlight of whatever was clicked).
class PinnedBadgeDelegate : public QStyledItemDelegate {
public:
    static constexpr QRgb kRed = 0xffdc2626;

    using QStyledItemDelegate::QStyledItemDelegate;

    static QString badgeText() { return ProductsDock::tr("ON AIR"); }

    // Where the pill goes in a row of `row`, with `metrics` of the pill's font.
    static QRect badgeRect(const QRect& row, const QFontMetrics& metrics)
    {
        const int height = metrics.height() + 4;
        const int width = metrics.horizontalAdvance(badgeText()) + 12;
        return {row.right() - width - 5, row.top() + (row.height() - height) / 2, width, height};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.data(ProductListModel::PinnedRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        QFont font = option.font;
        font.setBold(true);
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 0.85);
        const QRect badge = badgeRect(option.rect, QFontMetrics(font));
        // The row's background over its whole width, then its content beside the pill (elided before it).
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
        QStyleOptionViewItem content = item;
        content.rect.setRight(badge.left() - 4);
        style->drawControl(QStyle::CE_ItemViewItem, &content, painter, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                          QColor(kRed));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(kRed));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, badgeText());
        painter->restore();
    }
};

namespace {

// "Moulin à café Artisan · Noir, Chêne": the product and the variants on offer.
QString onAirTitle(const Product& product)
{
    QStringList variants;
    for (const ProductVariant& variant : product.variants)
        if (!variant.title.trimmed().isEmpty() && !variant.isSoldOut())
            variants << variant.title.simplified();
    const QString title = product.title.isEmpty() ? product.sku : product.title;
    return variants.isEmpty() ? title : title + QStringLiteral(" · ") + variants.join(QStringLiteral(", "));
}

// Sets a style sheet only when it changes (the lines are refreshed every second; a new sheet repolishes).
void setSheet(QWidget* widget, const QString& sheet)
{
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
}

// "1:45" (minutes and seconds).
QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ProductsDock::ProductsDock(ShowStore* store, LiveState* live, StockRefresher* refresher,
                           ProductImageCache* images, QWidget* parent)
    : QDockWidget(tr("Products"), parent), m_store(store), m_live(live), m_refresher(refresher),
      m_images(images), m_model(new ProductListModel(store, live, this)),
      m_filter(new ThumbnailFilter(store, m_images, this)), m_onAir(nullptr), m_segmentLine(nullptr),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("productsDock"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    m_onAir = new ElidedLabel(body);
    m_onAir->setObjectName(QStringLiteral("onAirLine"));
    m_search = new QLineEdit(body);
    m_search->setPlaceholderText(tr("Search products"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_products = new QListView(body);
    m_products->setModel(m_filter);
    m_products->setAlternatingRowColors(true);
    // Long titles elide: the list never scrolls sideways nor widens the dock.
    m_products->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_products->setTextElideMode(Qt::ElideRight);
    m_products->setMinimumHeight(2 * (ThumbnailFilter::kThumbnailSize + 8));
    m_products->setIconSize(QSize(ThumbnailFilter::kThumbnailSize, ThumbnailFilter::kThumbnailSize));
    m_products->setItemDelegate(new PinnedBadgeDelegate(m_products));
    connect(m_products, &QListView::doubleClicked, this, &ProductsDock::pinSelected);
    m_products->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_products, &QListView::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_products->indexAt(position);
        if (!index.isValid())
            return;
        m_products->setCurrentIndex(index);
        std::unique_ptr<QMenu> menu(
            createProductMenu(index.data(ProductListModel::SkuRole).toString(), this));
        menu->exec(m_products->viewport()->mapToGlobal(position));
    });
    // Every change of the show resets the list (a stock refresh every minute during the live): the producer's
    // selection survives it.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectedSku = m_products->currentIndex().data(ProductListModel::SkuRole).toString();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_filter->rowCount() && !m_selectedSku.isEmpty(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (index.data(ProductListModel::SkuRole).toString() == m_selectedSku) {
                m_products->setCurrentIndex(index);
                break;
            }
        }
        // A feed address set elsewhere (an import from a URL) shows here too.
        if (!m_feedUrl->hasFocus() && m_feedUrl->text() != m_refresher->feedUrl()) {
            m_feedUrl->setText(m_refresher->feedUrl());
            m_refreshToggle->setEnabled(!m_refresher->feedUrl().isEmpty());
        }
    });

    auto* pinRow = new QHBoxLayout;
    m_pin = new QPushButton(tr("Pin"), body);
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_unpin = new QPushButton(tr("Unpin"), body);
    connect(m_pin, &QPushButton::clicked, this, &ProductsDock::pinSelected);
    connect(m_unpin, &QPushButton::clicked, m_live, &LiveState::unpin);
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_unpin);

    // Promo and run of show as compact rows, not boxes: the dock shares its column with the chat.
    auto* promoLayout = new QHBoxLayout;
    auto* promoLabel = new QLabel(tr("Promo code"), body);
    m_promos = new QComboBox(body);
    m_promos->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_promos->setMinimumContentsLength(6);
    promoLabel->setBuddy(m_promos);
    m_promoButton = new QPushButton(body);
    m_countdown = new QLabel(body);
    promoLayout->addWidget(promoLabel);
    promoLayout->addWidget(m_promos, 1);
    promoLayout->addWidget(m_promoButton);
    promoLayout->addWidget(m_countdown);
    connect(m_promoButton, &QPushButton::clicked, this, &ProductsDock::togglePromo);

    auto* runLayout = new QVBoxLayout;
    auto* runRow = new QHBoxLayout;
    m_segmentLine = new ElidedLabel(body);
    m_segmentLine->setObjectName(QStringLiteral("segmentLine"));
    m_segments = new QListWidget(body);
    m_segments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_segments->setTextElideMode(Qt::ElideRight);
    m_segments->setMinimumHeight(m_segments->fontMetrics().height() * 3);
    m_next = new QPushButton(tr("Next"), body);
    m_next->setObjectName(QStringLiteral("nextButton"));
    showShortcuts(QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_next, &QPushButton::clicked, this, &ProductsDock::nextSegment);
    runRow->addWidget(m_segmentLine, 1);
    runRow->addWidget(m_next);
    runLayout->addLayout(runRow);
    runLayout->addWidget(m_segments);

    layout->addWidget(m_onAir);
    layout->addWidget(m_search);
    layout->addWidget(m_products, 3);
    layout->addLayout(pinRow);
    layout->addLayout(promoLayout);
    layout->addLayout(runLayout, 1);
    layout->addWidget(buildLiveStockBox(body));
    setWidget(body);

    for (const PromoCode& promo : m_store->document().promoCodes)
        m_promos->addItem(QStringLiteral("%1 — %2").arg(promo.code, promo.discountText), promo.code);
    connect(m_live, &LiveState::promoChanged, this, &ProductsDock::refreshPromo);
    connect(m_live, &LiveState::segmentChanged, this, &ProductsDock::refreshRunOfShow);
    connect(m_tick, &QTimer::timeout, this, &ProductsDock::refreshPromo);
    connect(m_tick, &QTimer::timeout, this, &ProductsDock::refreshBuyIntent); // last minute's counts fade
    connect(m_live, &LiveState::pinnedProductChanged, this, &ProductsDock::refreshOnAir);
    connect(m_store, &ShowStore::changed, this, &ProductsDock::refreshOnAir); // a title or variant edited
    connect(m_tick, &QTimer::timeout, this, &ProductsDock::refreshOnAir);
    connect(m_tick, &QTimer::timeout, this, &ProductsDock::refreshSegmentLine);
    m_tick->start(1000);
    refreshPromo();
    refreshRunOfShow();
    refreshOnAir();
}

void ProductsDock::showShortcuts(const QKeySequence& pin, const QKeySequence& next)
{
    const auto withKeys = [](const QString& text, const QKeySequence& keys) {
        return keys.isEmpty() ? text : tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
    };
    m_pin->setToolTip(withKeys(tr("Show the selected product on air"), pin));
    m_next->setToolTip(withKeys(tr("Start the next segment and pin its product"), next));
}

void ProductsDock::pinSelected()
{
    const QModelIndex index = m_products->currentIndex();
    if (!index.isValid())
        return;
    const QString sku = index.data(ProductListModel::SkuRole).toString();
    if (m_live->requestPin(sku) == LiveState::PinResult::NeedsConfirmation) {
        const Product* product = m_store->document().product(sku);
        const auto answer = QMessageBox::question(
            this, tr("Sold out"),
            tr("“%1” is sold out. Promoting it on air will frustrate viewers. Pin it anyway?")
                .arg(product ? product->title : sku));
        if (answer == QMessageBox::Yes)
            m_live->requestPin(sku, true);
    }
}

QWidget* ProductsDock::buildLiveStockBox(QWidget* parent)
{
    // Set-up, not live work: folded under its title unless the show has a feed. What the feed says (sold out,
    // unreachable) shows below the title either way.
    auto* box = new QWidget(parent);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    auto* fold = new QToolButton(box);
    fold->setObjectName(QStringLiteral("liveStockFold"));
    fold->setText(tr("Live stock"));
    fold->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fold->setAutoRaise(true);
    fold->setCheckable(true);
    auto* details = new QWidget(box);
    details->setObjectName(QStringLiteral("liveStockDetails"));
    auto* form = new QFormLayout(details);
    form->setContentsMargins(0, 0, 0, 0);
    connect(fold, &QToolButton::toggled, details, [fold, details](bool open) {
        details->setVisible(open);
        fold->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    m_feedUrl = new QLineEdit(m_refresher->feedUrl(), details);
    m_feedUrl->setObjectName(QStringLiteral("feedUrlEdit"));
    m_feedUrl->setPlaceholderText(tr("https://shop.example/feed.xml"));
    m_feedUrl->setToolTip(
        tr("The shop's Merchant feed, products.json or CSV address, re-read during the live"));
    connect(m_feedUrl, &QLineEdit::editingFinished, this, [this] {
        m_refresher->setFeedUrl(m_feedUrl->text());
        m_refreshToggle->setEnabled(!m_refresher->feedUrl().isEmpty());
    });
    auto* row = new QHBoxLayout;
    m_refreshToggle = new QCheckBox(tr("Refresh every"), details);
    m_refreshToggle->setObjectName(QStringLiteral("refreshStockToggle"));
    m_refreshToggle->setChecked(m_refresher->isEnabled());
    m_refreshToggle->setEnabled(!m_refresher->feedUrl().isEmpty());
    m_refreshInterval = new QSpinBox(details);
    m_refreshInterval->setObjectName(QStringLiteral("refreshIntervalSpin"));
    m_refreshInterval->setRange(5, 3600);
    m_refreshInterval->setSuffix(tr(" s"));
    m_refreshInterval->setValue(m_refresher->intervalSeconds());
    connect(m_refreshInterval, &QSpinBox::valueChanged, m_refresher, &StockRefresher::setIntervalSeconds);
    connect(m_refreshToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_refresher->setFeedUrl(m_feedUrl->text());
        m_refresher->setEnabled(on);
    });
    connect(m_refresher, &StockRefresher::enabledChanged, this, [this](bool on) {
        const QSignalBlocker blocker(m_refreshToggle);
        m_refreshToggle->setChecked(on);
    });
    row->addWidget(m_refreshToggle);
    row->addWidget(m_refreshInterval);
    row->addStretch(1);
    m_stockStatus = new QLabel(box);
    m_stockStatus->setObjectName(QStringLiteral("stockStatus"));
    m_stockStatus->setWordWrap(true);
    m_prepareOffline = new QPushButton(tr("Prepare offline"), details);
    m_prepareOffline->setObjectName(QStringLiteral("prepareOfflineButton"));
    m_prepareOffline->setToolTip(tr("Download every product image now, so the show runs without network"));
    connect(m_prepareOffline, &QPushButton::clicked, this, &ProductsDock::prepareOffline);
    form->addRow(tr("Feed"), m_feedUrl);
    form->addRow(row);
    form->addRow(m_prepareOffline);
    boxLayout->addWidget(fold);
    boxLayout->addWidget(m_stockStatus);
    boxLayout->addWidget(details);
    fold->setChecked(!m_refresher->feedUrl().isEmpty());
    details->setVisible(fold->isChecked());
    fold->setArrowType(fold->isChecked() ? Qt::DownArrow : Qt::RightArrow);

    connect(m_refresher, &StockRefresher::refreshed, this, [this](const QList<StockChange>& changes) {
        showStockStatus(tr("Stock updated at %1 (%n change(s))", nullptr, static_cast<int>(changes.size()))
                            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                        false);
    });
    connect(
        m_refresher, &StockRefresher::stockLevelChanged, this,
        [this](const QString& sku, StockLevel level) { onStockLevelChanged(sku, static_cast<int>(level)); });
    connect(m_refresher, &StockRefresher::feedUnreachable, this, [this](const QString& message) {
        showStockStatus(tr("Feed unreachable, last stock kept: %1").arg(message), true);
    });
    connect(m_refresher, &StockRefresher::feedReachable, this,
            [this] { showStockStatus(tr("Feed reachable again"), false); });
    connect(m_images, &ProductImageCache::offlineProgress, this, [this](int done, int total) {
        m_prepareOffline->setText(tr("Preparing… %1/%2").arg(done).arg(total));
    });
    connect(m_images, &ProductImageCache::offlineFinished, this, [this](int available, int failed) {
        m_prepareOffline->setEnabled(true);
        m_prepareOffline->setText(tr("Prepare offline"));
        showStockStatus(failed == 0
                            ? tr("%n image(s) ready offline", nullptr, available)
                            : tr("%1 image(s) ready offline, %2 could not be fetched (placeholders shown)")
                                  .arg(available)
                                  .arg(failed),
                        failed > 0);
    });
    return box;
}

void ProductsDock::prepareOffline()
{
    QStringList images;
    for (const Product& product : m_store->document().products)
        images << product.images;
    m_prepareOffline->setEnabled(false);
    m_images->prepareOffline(images);
}

void ProductsDock::onStockLevelChanged(const QString& sku, int level)
{
    const Product* product = m_store->document().product(sku);
    const QString title = product ? product->title : sku;
    switch (static_cast<StockLevel>(level)) {
    case StockLevel::SoldOut:
        showStockStatus(sku == m_live->pinnedSku() ? tr("The pinned product “%1” is now sold out").arg(title)
                                                   : tr("“%1” is now sold out").arg(title),
                        true);
        break;
    case StockLevel::Low:
        showStockStatus(tr("“%1” is running low").arg(title), false);
        break;
    case StockLevel::InStock:
        showStockStatus(tr("“%1” is back in stock").arg(title), false);
        break;
    }
}

void ProductsDock::showStockStatus(const QString& text, bool problem)
{
    m_stockStatus->setText(text);
    m_stockStatus->setStyleSheet(problem ? QStringLiteral("color: #b91c1c") : QString());
}

void ProductsDock::nextSegment()
{
    m_live->requestNextSegment();
}

void ProductsDock::togglePromo()
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
    refreshSegmentLine();
}

void ProductsDock::refreshOnAir()
{
    const Product* product = m_store->document().product(m_live->pinnedSku());
    if (!product) {
        m_onAir->setText(tr("Nothing pinned"));
        m_onAir->setToolTip(tr("Pin a product to show it on air"));
        setSheet(m_onAir, QString());
        return;
    }
    const QDateTime since = m_live->pinnedSince();
    const qint64 minutes =
        since.isValid() ? std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc())) / 60 : 0;
    const QString text =
        minutes < 1
            ? tr("On air: %1 — just now").arg(onAirTitle(*product))
            : tr("On air: %1 — since %n min", nullptr, static_cast<int>(minutes)).arg(onAirTitle(*product));
    m_onAir->setText(text);
    m_onAir->setToolTip(text);
    setSheet(m_onAir, QStringLiteral("color: #dc2626; font-weight: bold"));
}

void ProductsDock::refreshSegmentLine()
{
    const QList<Segment>& segments = m_store->document().runOfShow.segments;
    const int index = m_live->segmentIndex();
    QString text;
    bool over = false;
    if (segments.isEmpty())
        text = tr("No run of show");
    else if (index < 0 || index >= segments.size())
        text = tr("Not started: Next starts “%1”").arg(segments.first().title);
    else {
        const Segment& segment = segments.at(index);
        const QDateTime started = m_live->segmentStartedAt();
        const qint64 elapsed =
            started.isValid() ? std::max<qint64>(0, started.secsTo(QDateTime::currentDateTimeUtc())) : 0;
        const qint64 left = segment.plannedSeconds - elapsed;
        const QString head = tr("Segment %1/%2: %3").arg(index + 1).arg(segments.size()).arg(segment.title);
        text = left >= 0 ? tr("%1 — %2 left").arg(head, minutesSeconds(left))
                         : tr("%1 — %2 over").arg(head, minutesSeconds(-left));
        over = left < 0;
    }
    setSheet(m_segmentLine, over ? QStringLiteral("color: #dc2626") : QString());
    m_segmentLine->setText(text);
    m_segmentLine->setToolTip(text);
}

QStringList ProductsDock::linkPlatforms() const
{
    QStringList platforms;
    for (const Destination& destination : m_store->document().destinations)
        if (!destination.platform.isEmpty() && !platforms.contains(destination.platform))
            platforms << destination.platform;
    if (platforms.isEmpty())
        platforms = Platform::suggestedLinkKeys();
    return platforms;
}

namespace {

QString platformLabel(const QString& key)
{
    const PlatformInfo* platform = Platform::find(key);
    return platform ? platform->name() : key;
}

} // namespace

QMenu* ProductsDock::createProductMenu(const QString& sku, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    const ShowDocument& show = m_store->document();
    const Product* product = show.product(sku);
    if (!product)
        return menu;
    QAction* pin = menu->addAction(tr("Pin"));
    pin->setObjectName(QStringLiteral("pinAction"));
    connect(pin, &QAction::triggered, this, &ProductsDock::pinSelected);
    QAction* unpin = menu->addAction(tr("Unpin"));
    unpin->setEnabled(m_live->pinnedSku() == sku);
    connect(unpin, &QAction::triggered, m_live, &LiveState::unpin);
    menu->addSeparator();
    QAction* claimCode = menu->addAction(tr("Claim code…"));
    claimCode->setObjectName(QStringLiteral("claimCodeAction"));
    claimCode->setToolTip(tr("What viewers write in chat to claim this product"));
    connect(claimCode, &QAction::triggered, this, [this, sku] { editClaimCode(sku); });
    QMenu* links = menu->addMenu(tr("Copy link for"));
    links->setObjectName(QStringLiteral("copyLinkMenu"));
    links->setEnabled(!product->url.isEmpty());
    const QString url = product->url;
    const QString campaign = show.effectiveCampaign();
    for (const QString& platform : linkPlatforms()) {
        QAction* copy = links->addAction(platformLabel(platform));
        copy->setObjectName(QStringLiteral("copyLink:") + platform);
        connect(copy, &QAction::triggered, this, [url, platform, campaign] {
            QGuiApplication::clipboard()->setText(trackedLink(url, platform, campaign));
        });
    }
    links->addSeparator();
    QAction* plain = links->addAction(tr("Without tracking"));
    plain->setObjectName(QStringLiteral("copyLink:plain"));
    connect(plain, &QAction::triggered, this, [url] { QGuiApplication::clipboard()->setText(url); });
    return menu;
}

QString ProductsDock::claimCodeRefusal(const QString& sku, const QString& code) const
{
    const QList<Product>& products = m_store->document().products;
    const QString wanted = normalizedClaimCode(code);
    switch (claimCodeProblem(products, sku, code)) {
    case ClaimCodeProblem::None:
        return {};
    case ClaimCodeProblem::Empty:
        return tr("A claim code cannot be empty.");
    case ClaimCodeProblem::TooLong:
        return tr("“%1” is too long: a claim code has at most 4 characters.").arg(wanted);
    case ClaimCodeProblem::InvalidCharacter:
        return tr("“%1” has a character other than a letter (A–Z) or a digit: viewers must be able to type "
                  "it in any chat.")
            .arg(wanted);
    case ClaimCodeProblem::NoLetter:
        return tr("“%1” has no letter: in chat a bare number is a quantity, so a claim code needs at least "
                  "one letter.")
            .arg(wanted);
    case ClaimCodeProblem::Taken: {
        const Product* owner = productByClaimCode(m_store->document(), wanted);
        return tr("“%1” is already the claim code of “%2”: each product of the show needs its own code.")
            .arg(wanted, !owner                   ? QString()
                         : owner->title.isEmpty() ? owner->sku
                                                  : owner->title);
    }
    }
    return {};
}

void ProductsDock::editClaimCode(const QString& sku)
{
    const Product* product = m_store->document().product(sku);
    if (!product)
        return;
    bool accepted = false;
    const QString code = QInputDialog::getText(
        this, tr("Claim code"),
        tr("Claim code of “%1”, written by viewers in chat to claim it (1 to 4 letters and digits, at least "
           "one letter):")
            .arg(product->title),
        QLineEdit::Normal, product->claimCode, &accepted);
    // The show may have changed while the dialog was open (a stock refresh, an import): look again.
    product = m_store->document().product(sku);
    if (!accepted || !product)
        return;
    if (const QString refusal = claimCodeRefusal(sku, code); !refusal.isEmpty()) {
        QMessageBox::warning(this, tr("Claim code refused"), refusal);
        return;
    }
    const QString wanted = normalizedClaimCode(code);
    if (wanted == product->claimCode)
        return;
    m_store->update([&sku, &wanted](ShowDocument& show) {
        for (Product& candidate : show.products)
            if (candidate.sku == sku)
                candidate.claimCode = wanted;
    });
}

void ProductsDock::showBuyIntent(BuyIntent* intent)
{
    if (m_buyIntent)
        disconnect(m_buyIntent, nullptr, this, nullptr);
    m_buyIntent = intent;
    if (intent)
        connect(intent, &BuyIntent::countsChanged, this, &ProductsDock::refreshBuyIntent);
    refreshBuyIntent();
}

void ProductsDock::refreshBuyIntent()
{
    if (m_buyIntent)
        m_model->setBuyIntentCounts(m_buyIntent->counts(), m_buyIntent->lastMinuteCounts());
    else
        m_model->setBuyIntentCounts({}, {});
}

} // namespace vitrine
