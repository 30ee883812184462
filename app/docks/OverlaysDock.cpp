#include "docks/OverlaysDock.h"

#include "OverlayLayer.h"
#include "OverlayTheme.h"
#include "show/FlashSale.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace vitrine {

OverlaysDock::OverlaysDock(ShowStore* store, LiveState* live, OverlayLayer* layer, QWidget* parent)
    : QDockWidget(tr("Overlays"), parent), m_store(store), m_live(live), m_layer(layer)
{
    setObjectName(QStringLiteral("overlaysDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* switches = new QGroupBox(tr("On the video"), body);
    auto* grid = new QGridLayout(switches);
    int row = 0;
    for (OverlayKind kind : kAllOverlayKinds) {
        auto* box = new QCheckBox(overlayKindName(kind), switches);
        box->setObjectName(QStringLiteral("overlaySwitch_") + overlayKindKey(kind));
        connect(box, &QCheckBox::toggled, this,
                [this, kind](bool on) { m_live->setOverlayVisible(overlayKindKey(kind), on); });
        auto* state = new QLabel(switches);
        state->setObjectName(QStringLiteral("overlayOnAir_") + overlayKindKey(kind));
        grid->addWidget(box, row, 0);
        grid->addWidget(state, row++, 1);
        m_switches.insert(kind, box);
        m_onAir.insert(kind, state);
    }
    layout->addWidget(switches);

    auto* themeRow = new QHBoxLayout;
    themeRow->addWidget(new QLabel(tr("Theme:"), body));
    m_theme = new QComboBox(body);
    m_theme->setObjectName(QStringLiteral("overlayTheme"));
    m_theme->addItem(tr("Studio (dark)"), QStringLiteral("studio"));
    m_theme->addItem(tr("Boutique (light)"), QStringLiteral("boutique"));
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        const QString base = m_theme->itemData(index).toString();
        m_store->update(
            [&base](ShowDocument& show) { show.overlayTheme.insert(QStringLiteral("base"), base); });
    });
    themeRow->addWidget(m_theme, 1);
    layout->addLayout(themeRow);

    auto* flash = new QGroupBox(tr("Flash sale"), body);
    auto* form = new QFormLayout(flash);
    m_flashProduct = new QComboBox(flash);
    m_flashProduct->setObjectName(QStringLiteral("flashProduct"));
    m_flashPrice = new QLineEdit(flash);
    m_flashPrice->setObjectName(QStringLiteral("flashPrice"));
    m_flashPrice->setPlaceholderText(tr("Sale price, e.g. 19.90"));
    m_flashQuantity = new QSpinBox(flash);
    m_flashQuantity->setObjectName(QStringLiteral("flashQuantity"));
    m_flashQuantity->setRange(1, 100000);
    m_flashQuantity->setValue(50);
    m_flashStartsIn = new QSpinBox(flash);
    m_flashStartsIn->setObjectName(QStringLiteral("flashStartsIn"));
    m_flashStartsIn->setRange(FlashSale::kMinStartsInSeconds, FlashSale::kMaxStartsInSeconds);
    m_flashStartsIn->setValue(30);
    m_flashStartsIn->setSuffix(tr(" s"));
    m_flashMinutes = new QSpinBox(flash);
    m_flashMinutes->setObjectName(QStringLiteral("flashMinutes"));
    m_flashMinutes->setRange(1, 60);
    m_flashMinutes->setValue(5);
    m_flashMinutes->setSuffix(tr(" min"));
    form->addRow(tr("Product:"), m_flashProduct);
    form->addRow(tr("Price:"), m_flashPrice);
    form->addRow(tr("Quantity:"), m_flashQuantity);
    form->addRow(tr("Starts in:"), m_flashStartsIn);
    form->addRow(tr("Lasts:"), m_flashMinutes);
    auto* buttons = new QHBoxLayout;
    m_flashStart = new QPushButton(tr("Start flash sale"), flash);
    m_flashStart->setObjectName(QStringLiteral("flashStart"));
    m_flashStop = new QPushButton(tr("Stop"), flash);
    m_flashStop->setObjectName(QStringLiteral("flashStop"));
    connect(m_flashStart, &QPushButton::clicked, this, &OverlaysDock::startFlashSale);
    connect(m_flashStop, &QPushButton::clicked, m_live, &LiveState::stopFlashSale);
    buttons->addWidget(m_flashStart);
    buttons->addWidget(m_flashStop);
    form->addRow(buttons);
    m_flashStatus = new QLabel(flash);
    m_flashStatus->setObjectName(QStringLiteral("flashStatus"));
    m_flashStatus->setWordWrap(true);
    form->addRow(m_flashStatus);
    layout->addWidget(flash);
    layout->addStretch();
    // A panel of switches and forms: it scrolls rather than making the window taller than a laptop's screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    setWidget(scroll);

    connect(m_live, &LiveState::overlaySwitchesChanged, this, &OverlaysDock::refreshSwitches);
    connect(m_live, &LiveState::flashSaleChanged, this, &OverlaysDock::refreshFlash);
    connect(m_layer, &OverlayLayer::overlayPosted, this, &OverlaysDock::refreshOnAir);
    connect(m_store, &ShowStore::changed, this, [this] {
        refreshProducts();
        refreshTheme();
    });
    // The flash sale's countdown, in words, while one runs.
    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &OverlaysDock::refreshFlash);
    clock->start(1000);
    refreshSwitches();
    refreshOnAir();
    refreshProducts();
    refreshTheme();
    refreshFlash();
}

bool OverlaysDock::startFlashSale()
{
    const QString sku = m_flashProduct->currentData().toString();
    const Product* product = m_store->document().product(sku);
    const std::optional<Money> price =
        Money::parse(m_flashPrice->text(), product ? product->price.currency : QString());
    QString error;
    if (!price)
        error = tr("Write the sale price as a number, e.g. 19.90.");
    else if (m_live->requestStartFlashSale(sku, *price, m_flashQuantity->value(), m_flashStartsIn->value(),
                                           m_flashMinutes->value(), &error))
        return true;
    m_flashStatus->setText(error);
    return false;
}

void OverlaysDock::refreshSwitches()
{
    const QMap<QString, bool> switches = m_live->overlaySwitches();
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(switches.value(overlayKindKey(it.key()), overlayKindShownByDefault(it.key())));
    }
}

void OverlaysDock::refreshOnAir()
{
    for (auto it = m_onAir.cbegin(); it != m_onAir.cend(); ++it) {
        const bool onAir = m_layer->isOnAir(it.key());
        it.value()->setText(onAir ? tr("● On air") : QString());
        it.value()->setStyleSheet(onAir ? QStringLiteral("color: #d32f2f; font-weight: bold;") : QString());
    }
}

void OverlaysDock::refreshProducts()
{
    const QString current = m_flashProduct->currentData().toString();
    const QSignalBlocker blocker(m_flashProduct);
    m_flashProduct->clear();
    for (const Product& product : m_store->document().products)
        m_flashProduct->addItem(product.title, product.sku);
    const int index = m_flashProduct->findData(current);
    m_flashProduct->setCurrentIndex(index >= 0 ? index : 0);
}

void OverlaysDock::refreshTheme()
{
    const QString base =
        m_store->document().overlayTheme.value(QStringLiteral("base")).toString(QStringLiteral("studio"));
    const QSignalBlocker blocker(m_theme);
    m_theme->setCurrentIndex(std::max(m_theme->findData(base), 0));
}

void OverlaysDock::refreshFlash()
{
    const std::optional<FlashSale> sale = m_live->flashSale();
    m_flashStop->setEnabled(sale.has_value());
    if (!sale) {
        if (m_flashStatus->property("running").toBool())
            m_flashStatus->clear();
        m_flashStatus->setProperty("running", false);
        return;
    }
    m_flashStatus->setProperty("running", true);
    m_flashStatus->setText(
        OverlayComposer::flashSaleStatus(*sale, m_store->document(), QDateTime::currentDateTimeUtc()));
}

} // namespace vitrine
