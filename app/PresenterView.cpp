#include "PresenterView.h"

#include "chat/ChatHub.h"
#include "chat/ClaimBook.h"
#include "runtime/LiveShow.h"
#include "show/EventLog.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"
#include "show/StockRefresher.h"

#include <QDateTime>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace vitrine {
namespace {

// The reference the pixel sizes are written for; the window scales them to its own size.
constexpr double kReferenceHeight = 1080.0;
constexpr double kReferenceWidth = 1920.0;

const QString kWhite = QStringLiteral("#ffffff");
const QString kDim = QStringLiteral("#a1a1aa");
const QString kGreen = QStringLiteral("#4ade80");
const QString kAmber = QStringLiteral("#fbbf24");
const QString kRed = QStringLiteral("#f87171");

QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Only when it changes: the countdowns call this four times a second, and a new style sheet re-polishes.
void setColour(QLabel* label, const QString& colour)
{
    const char* const key = "presenterColour";
    if (label->property(key).toString() == colour)
        return;
    label->setProperty(key, colour);
    label->setStyleSheet(QStringLiteral("color: %1; background: transparent;").arg(colour));
}

QFrame* panel(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("presenterPanel"));
    return frame;
}

} // namespace

PresenterView::Parts PresenterView::partsOf(LiveShow& show)
{
    return {&show.store(), &show.live(), &show.chat(), &show.claims(), &show.events()};
}

PresenterView::PresenterView(const Parts& parts, QWidget* parent)
    : QWidget(parent, Qt::Window), m_parts(parts)
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("Presenter view"));
    // High contrast whatever the studio's theme: white on black, panels a shade lighter.
    setStyleSheet(QStringLiteral("#presenterView { background: #000000; }"
                                 "#presenterPanel { background: #18181b; border-radius: 12px; }"
                                 "QLabel { color: #ffffff; background: transparent; }"
                                 "QToolButton { color: #a1a1aa; background: #27272a; border: none;"
                                 " padding: 4px 10px; border-radius: 6px; }"));
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, Qt::black);
    setPalette(dark);

    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(28, 20, 28, 24);
    root->setSpacing(16);

    // The run-of-show line, with the window's only buttons at its end, small and out of the way.
    auto* top = new QHBoxLayout;
    m_segmentTitle = addLabel(QStringLiteral("segmentLabel"), 34, true);
    m_segmentLeft = addLabel(QStringLiteral("segmentLeftLabel"), 40, true);
    m_plan = addLabel(QStringLiteral("planLabel"), 34, true);
    top->addWidget(m_segmentTitle, 1);
    top->addSpacing(24);
    top->addWidget(m_segmentLeft);
    top->addSpacing(24);
    top->addWidget(m_plan);
    m_fullScreen = new QToolButton(this);
    m_fullScreen->setObjectName(QStringLiteral("fullScreenButton"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setText(tr("Close"));
    for (QToolButton* button : {m_fullScreen, m_close}) {
        button->setFocusPolicy(Qt::NoFocus); // no key press reaches them by accident
        top->addSpacing(12);
        top->addWidget(button, 0, Qt::AlignTop);
    }
    connect(m_fullScreen, &QToolButton::clicked, this, &PresenterView::toggleFullScreen);
    connect(m_close, &QToolButton::clicked, this, &QWidget::close);
    root->addLayout(top);

    auto* middle = new QHBoxLayout;
    middle->setSpacing(20);
    QFrame* productPanel = panel(this);
    auto* product = new QVBoxLayout(productPanel);
    product->setContentsMargins(28, 20, 28, 20);
    product->setSpacing(6);
    m_title = addLabel(QStringLiteral("titleLabel"), 48, true);
    m_vendor = addLabel(QStringLiteral("vendorLabel"), 24);
    setColour(m_vendor, kDim);
    auto* priceRow = new QHBoxLayout;
    m_price = addLabel(QStringLiteral("priceLabel"), 64, true);
    m_compareAt = addLabel(QStringLiteral("compareAtLabel"), 30);
    setColour(m_compareAt, kDim);
    QFont struck = m_compareAt->font();
    struck.setStrikeOut(true);
    m_compareAt->setFont(struck);
    m_stock = addLabel(QStringLiteral("stockLabel"), 38, true);
    priceRow->addWidget(m_price);
    priceRow->addSpacing(16);
    priceRow->addWidget(m_compareAt, 0, Qt::AlignBottom);
    priceRow->addStretch(1);
    priceRow->addWidget(m_stock, 0, Qt::AlignBottom);
    m_variants = addLabel(QStringLiteral("variantsLabel"), 26);
    m_claimCode = addLabel(QStringLiteral("claimCodeLabel"), 28, true);
    setColour(m_claimCode, kAmber);
    m_pitch = addLabel(QStringLiteral("pitchLabel"), 30);
    m_facts = addLabel(QStringLiteral("factsLabel"), 30);
    product->addWidget(m_title);
    product->addWidget(m_vendor);
    product->addLayout(priceRow);
    product->addWidget(m_variants);
    product->addWidget(m_claimCode);
    product->addSpacing(8);
    product->addWidget(m_pitch);
    product->addWidget(m_facts);
    product->addStretch(1);
    middle->addWidget(productPanel, 3);

    QFrame* salePanel = panel(this);
    auto* sale = new QVBoxLayout(salePanel);
    sale->setContentsMargins(24, 20, 24, 20);
    sale->setSpacing(6);
    m_promoCode = addLabel(QStringLiteral("promoLabel"), 40, true);
    m_promoText = addLabel(QStringLiteral("promoTextLabel"), 24);
    setColour(m_promoText, kDim);
    m_countdown = addLabel(QStringLiteral("countdownLabel"), 96, true);
    m_flash = addLabel(QStringLiteral("flashLabel"), 28, true);
    setColour(m_flash, kAmber);
    m_claims = addLabel(QStringLiteral("claimsLabel"), 40, true);
    m_claimsDetail = addLabel(QStringLiteral("claimsDetailLabel"), 24);
    setColour(m_claimsDetail, kDim);
    sale->addWidget(m_promoCode);
    sale->addWidget(m_promoText);
    sale->addWidget(m_countdown);
    sale->addWidget(m_flash);
    sale->addStretch(1);
    sale->addWidget(m_claims);
    sale->addWidget(m_claimsDetail);
    middle->addWidget(salePanel, 2);
    root->addLayout(middle, 3);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(20);
    QFrame* questionPanel = panel(this);
    auto* question = new QVBoxLayout(questionPanel);
    question->setContentsMargins(24, 16, 24, 16);
    m_questionHeader = addLabel(QStringLiteral("questionHeaderLabel"), 24);
    setColour(m_questionHeader, kDim);
    m_questionAuthor = addLabel(QStringLiteral("questionAuthorLabel"), 28, true);
    setColour(m_questionAuthor, kAmber);
    m_question = addLabel(QStringLiteral("questionLabel"), 40);
    question->addWidget(m_questionHeader);
    question->addWidget(m_questionAuthor);
    question->addWidget(m_question);
    question->addStretch(1);
    bottom->addWidget(questionPanel, 1);
    QFrame* notesPanel = panel(this);
    auto* notes = new QVBoxLayout(notesPanel);
    notes->setContentsMargins(24, 16, 24, 16);
    QLabel* notesHeader = addLabel(QStringLiteral("notesHeaderLabel"), 24);
    notesHeader->setText(tr("From the producer"));
    setColour(notesHeader, kDim);
    m_notes = addLabel(QStringLiteral("notesLabel"), 36, true);
    notes->addWidget(notesHeader);
    notes->addWidget(m_notes);
    notes->addStretch(1);
    bottom->addWidget(notesPanel, 1);
    root->addLayout(bottom, 2);

    const ShowStore* store = m_parts.store;
    LiveState* live = m_parts.live;
    connect(store, &ShowStore::changed, this, &PresenterView::refreshAll);
    connect(live, &LiveState::pinnedProductChanged, this, [this] {
        refreshProduct();
        refreshClaims();
    });
    connect(live, &LiveState::promoChanged, this, &PresenterView::refreshPromo);
    connect(live, &LiveState::flashSaleChanged, this, &PresenterView::refreshPromo);
    connect(live, &LiveState::segmentChanged, this, &PresenterView::refreshSegment);
    connect(live, &LiveState::producerNotesChanged, this, &PresenterView::refreshNotes);
    connect(m_parts.chat, &ChatHub::currentQuestionChanged, this, &PresenterView::refreshQuestion);
    connect(m_parts.chat, &ChatHub::questionsChanged, this, &PresenterView::refreshQuestion);
    connect(m_parts.claims, &ClaimBook::claimRecorded, this, &PresenterView::refreshClaims);
    connect(m_parts.claims, &ClaimBook::claimChanged, this, &PresenterView::refreshClaims);
    connect(m_parts.claims, &ClaimBook::cleared, this, &PresenterView::refreshClaims);
    // The studio window deletes its show before its child windows: the first of the show's parts to go
    // detaches the view from them all, so no signal of a half-torn-down show reaches it.
    for (const QObject* part :
         std::initializer_list<const QObject*>{store, live, m_parts.chat, m_parts.claims, m_parts.events})
        if (part)
            connect(part, &QObject::destroyed, this, &PresenterView::detach);
    // Only what counts down: the rest follows the signals above.
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        refreshPromo();
        refreshSegment();
    });
    m_tick.start();

    refreshAll();
    resize(1280, 720);
}

void PresenterView::detach()
{
    m_tick.stop();
    for (const QObject* part : std::initializer_list<const QObject*>{
             m_parts.store, m_parts.live, m_parts.chat, m_parts.claims, m_parts.events})
        if (part)
            disconnect(part, nullptr, this, nullptr);
    m_parts = {};
    hide();
}

QLabel* PresenterView::addLabel(const QString& name, int pixels, bool bold)
{
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // chat text and product data are never markup
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
    m_sized.append({label, pixels});
    return label;
}

void PresenterView::scaleFonts()
{
    const double scale =
        std::max(0.3, std::min(height() / kReferenceHeight, width() / kReferenceWidth * 1.25));
    for (const auto& [widget, pixels] : std::as_const(m_sized)) {
        if (!widget)
            continue;
        QFont font = widget->font();
        font.setPixelSize(std::max(10, static_cast<int>(std::lround(pixels * scale))));
        widget->setFont(font);
    }
    for (QToolButton* button : {m_fullScreen, m_close}) {
        QFont font = button->font();
        font.setPixelSize(std::max(11, static_cast<int>(std::lround(16 * scale))));
        button->setFont(font);
    }
}

void PresenterView::showOn(QWidget* beside)
{
    QScreen* own = beside && beside->screen() ? beside->screen() : QGuiApplication::primaryScreen();
    QScreen* other = nullptr;
    for (QScreen* screen : QGuiApplication::screens())
        if (screen != own) {
            other = screen;
            break;
        }
    if (!other) {
        show();
        raise();
        return;
    }
    create();
    windowHandle()->setScreen(other);
    setGeometry(other->availableGeometry());
    showFullScreen();
}

void PresenterView::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void PresenterView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F11) {
        toggleFullScreen();
        return;
    }
    // Esc only leaves full screen: it never closes the presenter's window in the middle of a sentence.
    if (event->key() == Qt::Key_Escape) {
        if (isFullScreen())
            showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresenterView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void PresenterView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        m_fullScreen->setText(isFullScreen() ? tr("Leave full screen") : tr("Full screen"));
}

void PresenterView::refreshAll()
{
    m_fullScreen->setText(isFullScreen() ? tr("Leave full screen") : tr("Full screen"));
    refreshProduct();
    refreshPromo();
    refreshSegment();
    refreshQuestion();
    refreshClaims();
    refreshNotes();
}

void PresenterView::refreshProduct()
{
    const ShowDocument& show = m_parts.store->document();
    const Product* product = show.product(m_parts.live->pinnedSku());
    const QList<QLabel*> details{m_vendor,   m_price,     m_compareAt, m_stock,
                                 m_variants, m_claimCode, m_pitch,     m_facts};
    if (!product) {
        m_title->setText(tr("Nothing pinned"));
        setColour(m_title, kDim);
        for (QLabel* label : details)
            label->clear();
        for (QLabel* label : details)
            label->setVisible(false);
        return;
    }
    setColour(m_title, kWhite);
    for (QLabel* label : details)
        label->setVisible(true);
    const QLocale locale = show.locale.isEmpty() ? QLocale() : QLocale(show.locale);
    m_title->setText(product->title.isEmpty() ? product->sku : product->title);
    m_vendor->setText(product->vendor);
    m_vendor->setVisible(!product->vendor.isEmpty());
    m_price->setText(product->price.toDisplayString(locale));
    const bool discounted = product->compareAtPrice && product->compareAtPrice->minor > product->price.minor;
    m_compareAt->setText(discounted ? product->compareAtPrice->toDisplayString(locale) : QString());
    m_compareAt->setVisible(discounted);

    // In words as well as colour: the presenter may read it at a glance from across the room.
    QString stock;
    QString colour = kGreen;
    switch (stockLevel(*product)) {
    case StockLevel::SoldOut:
        stock = tr("SOLD OUT");
        colour = kRed;
        break;
    case StockLevel::Low:
        stock = tr("Only %1 left").arg(product->stock.value_or(0));
        colour = kAmber;
        break;
    case StockLevel::InStock:
        stock = product->stock ? tr("%1 in stock").arg(*product->stock) : tr("In stock");
        break;
    }
    m_stock->setText(stock);
    setColour(m_stock, colour);

    QStringList variants;
    for (const ProductVariant& variant : product->variants) {
        const QString name = variant.title.isEmpty() ? variant.sku : variant.title;
        if (variant.isSoldOut())
            variants << tr("%1: sold out").arg(name);
        else if (variant.stock)
            variants << tr("%1: %2 left").arg(name).arg(*variant.stock);
        else
            variants << name;
    }
    m_variants->setText(variants.join(QStringLiteral("   ·   ")));
    m_variants->setVisible(!variants.isEmpty());
    m_claimCode->setText(product->claimCode.isEmpty()
                             ? QString()
                             : tr("To claim it, viewers write %1 in chat").arg(product->claimCode));
    m_claimCode->setVisible(!product->claimCode.isEmpty());
    m_pitch->setText(product->pitch);
    m_pitch->setVisible(!product->pitch.isEmpty());
    QStringList facts;
    for (const QString& fact : product->facts)
        facts << QStringLiteral("•  ") + fact;
    m_facts->setText(facts.join(u'\n'));
    m_facts->setVisible(!facts.isEmpty());
}

void PresenterView::refreshPromo()
{
    const LiveState* live = m_parts.live;
    const ShowDocument& show = m_parts.store->document();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString code = live->runningPromo();
    if (code.isEmpty()) {
        m_promoCode->setText(tr("No promo running"));
        setColour(m_promoCode, kDim);
        m_promoText->clear();
        m_countdown->clear();
        m_promoText->setVisible(false);
        m_countdown->setVisible(false);
    } else {
        m_promoCode->setText(tr("Code %1").arg(code));
        setColour(m_promoCode, kWhite);
        QString discount;
        for (const PromoCode& promo : show.promoCodes)
            if (promo.code == code)
                discount = promo.discountText;
        m_promoText->setText(discount);
        m_promoText->setVisible(!discount.isEmpty());
        const QDateTime endsAt = live->promoEndsAt();
        if (endsAt.isValid()) {
            const qint64 left = std::max<qint64>(0, now.secsTo(endsAt));
            m_countdown->setText(minutesSeconds(left));
            setColour(m_countdown, left == 0 ? kRed : left < 60 ? kAmber : kWhite);
        } else {
            m_countdown->setText(tr("no time limit"));
            setColour(m_countdown, kDim);
        }
        m_countdown->setVisible(true);
    }

    const std::optional<FlashSale> flash = live->flashSale();
    if (!flash) {
        m_flash->clear();
        m_flash->setVisible(false);
        return;
    }
    const Product* product = show.product(flash->sku);
    const QString title = product ? product->title : flash->sku;
    const QLocale locale = show.locale.isEmpty() ? QLocale() : QLocale(show.locale);
    if (!flash->hasStarted(now))
        m_flash->setText(tr("Flash sale of %1 starts in %2")
                             .arg(title, minutesSeconds(std::max<qint64>(0, now.secsTo(flash->startsAt)))));
    else
        m_flash->setText(tr("Flash sale: %1 at %2, %3 left, ends in %4")
                             .arg(title, flash->price.toDisplayString(locale))
                             .arg(flash->left(product))
                             .arg(minutesSeconds(std::max<qint64>(0, now.secsTo(flash->endsAt)))));
    m_flash->setVisible(true);
}

void PresenterView::refreshSegment()
{
    const QList<Segment>& segments = m_parts.store->document().runOfShow.segments;
    const int index = m_parts.live->segmentIndex();
    if (segments.isEmpty() || index < 0 || index >= segments.size()) {
        m_segmentTitle->setText(segments.isEmpty()
                                    ? tr("No run-of-show")
                                    : tr("Run-of-show not started — first: %1").arg(segments.first().title));
        setColour(m_segmentTitle, kDim);
        m_segmentLeft->clear();
        m_plan->clear();
        return;
    }
    const Segment& segment = segments.at(index);
    m_segmentTitle->setText(tr("Segment %1/%2: %3").arg(index + 1).arg(segments.size()).arg(segment.title));
    setColour(m_segmentTitle, kWhite);
    const QDateTime started = m_parts.live->segmentStartedAt();
    const qint64 into =
        started.isValid() ? std::max<qint64>(0, started.secsTo(QDateTime::currentDateTimeUtc())) : 0;
    const qint64 left = segment.plannedSeconds - into;
    m_segmentLeft->setText(left >= 0 ? tr("%1 left").arg(minutesSeconds(left))
                                     : tr("%1 over").arg(minutesSeconds(-left)));
    setColour(m_segmentLeft, left < 0 ? kRed : left < 30 ? kAmber : kWhite);

    // Behind or ahead needs the live's clock: before the live starts there is no plan to be late on.
    const std::optional<qint64> liveMs = m_parts.events ? m_parts.events->liveElapsedMs() : std::nullopt;
    if (!liveMs) {
        m_plan->setText(tr("not live"));
        setColour(m_plan, kDim);
        return;
    }
    const qint64 liveSeconds = *liveMs / 1000;
    const int behind = m_parts.store->document().runOfShow.secondsBehindPlanNow(
        index, static_cast<int>(std::max<qint64>(0, liveSeconds - into)), static_cast<int>(into));
    if (behind > 0) {
        m_plan->setText(tr("%1 behind plan").arg(minutesSeconds(behind)));
        setColour(m_plan, kRed);
    } else if (behind < 0) {
        m_plan->setText(tr("%1 ahead of plan").arg(minutesSeconds(-behind)));
        setColour(m_plan, kGreen);
    } else {
        m_plan->setText(tr("on plan"));
        setColour(m_plan, kGreen);
    }
}

void PresenterView::refreshQuestion()
{
    ChatHub* chat = m_parts.chat;
    // The one the host took with "Next question", else the oldest waiting: what "Next question" would take.
    QString key = chat->currentQuestion();
    const bool current = !key.isEmpty();
    if (!current) {
        ChatEntryStore* questions = chat->questions();
        for (qint64 serial = questions->firstSerial(); serial < questions->endSerial(); ++serial) {
            const ChatEntry* entry = questions->at(serial);
            if (entry && !entry->answered && !entry->deleted && !entry->hidden && !entry->blocked) {
                key = entry->message.key();
                break;
            }
        }
    }
    const std::optional<ChatMessage> message = key.isEmpty() ? std::nullopt : chat->message(key);
    const int waiting = chat->unansweredQuestionCount();
    if (!message) {
        m_questionHeader->setText(tr("Questions"));
        m_questionAuthor->clear();
        m_questionAuthor->setVisible(false);
        m_question->setText(tr("No question waiting"));
        setColour(m_question, kDim);
        return;
    }
    // "Waiting" counts the question shown; on air, the others behind it.
    const int behind = std::max(0, waiting - 1);
    if (!current)
        m_questionHeader->setText(tr("Next question (%1 waiting)").arg(waiting));
    else
        m_questionHeader->setText(behind > 0 ? tr("Question on air (%1 more waiting)").arg(behind)
                                             : tr("Question on air"));
    m_questionAuthor->setText(
        tr("%1 on %2").arg(message->author.name, chatPlatformInfo(message->platform).name()));
    m_questionAuthor->setVisible(true);
    m_question->setText(message->text);
    setColour(m_question, kWhite);
}

void PresenterView::refreshClaims()
{
    const ClaimBook* book = m_parts.claims;
    const QString sku = m_parts.live->pinnedSku();
    int total = 0;
    for (const Claim& claim : book->claims())
        if (claim.status != Claim::Status::Ambiguous)
            ++total;
    if (sku.isEmpty()) {
        m_claims->setText(tr("Claims: %1").arg(total));
        m_claimsDetail->setText(tr("in the whole show"));
        return;
    }
    const ClaimBook::Tally tally = book->tally(sku);
    m_claims->setText(tr("Claims: %1").arg(tally.claims));
    QStringList detail{tr("%1 units").arg(tally.units)};
    if (tally.waitlisted > 0)
        detail << tr("%1 on the waitlist").arg(tally.waitlisted);
    detail << tr("%1 in the whole show").arg(total);
    m_claimsDetail->setText(detail.join(QStringLiteral(" · ")));
}

void PresenterView::refreshNotes()
{
    const QString notes = m_parts.live->producerNotes().trimmed();
    m_notes->setText(notes.isEmpty() ? tr("No notes") : notes);
    setColour(m_notes, notes.isEmpty() ? kDim : QStringLiteral("#fde68a"));
}

} // namespace vitrine
