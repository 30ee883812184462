#include "docks/LiveDashboardDock.h"

#include "chat/ChatAccounts.h"
#include "output/Broadcast.h"
#include "runtime/LiveShow.h"
#include "show/ShowStore.h"

#include <QChart>
#include <QChartView>
#include <QColor>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace vitrine {

namespace {

QChart* makeChart(const QString& title, const QString& yTitle, QValueAxis** x, QValueAxis** y)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    *x = new QValueAxis(chart);
    (*x)->setTitleText(LiveDashboardDock::tr("Minutes since the start"));
    (*x)->setLabelFormat(QStringLiteral("%d"));
    *y = new QValueAxis(chart);
    (*y)->setTitleText(yTitle);
    (*y)->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(*x, Qt::AlignBottom);
    chart->addAxis(*y, Qt::AlignLeft);
    return chart;
}

QChartView* makeView(QChart* chart, const QString& name)
{
    auto* view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 180);
    return view;
}

QString duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

LiveDashboardDock::LiveDashboardDock(AudienceFeed* feed, QWidget* parent)
    : QDockWidget(tr("Live dashboard"), parent), m_feed(feed)
{
    setObjectName(QStringLiteral("LiveDashboardDock"));
    // Scrolled, so the charts keep a readable height without the dock asking the right column for it.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    m_weakest = new QLabel(body);
    m_weakest->setObjectName(QStringLiteral("weakestLabel"));
    m_weakest->setWordWrap(true);
    m_weakest->setStyleSheet(QStringLiteral("font-weight: bold; color: #c0392b;"));
    layout->addWidget(m_weakest);
    m_chatChart = makeChart(tr("Chat messages per minute"), tr("Messages"), &m_chatX, &m_chatY);
    layout->addWidget(makeView(m_chatChart, QStringLiteral("chatChart")));
    m_viewersChart = makeChart(tr("Concurrent viewers"), tr("Viewers"), &m_viewersX, &m_viewersY);
    layout->addWidget(makeView(m_viewersChart, QStringLiteral("viewersChart")));
    auto* figures = new QFormLayout;
    m_peak = new QLabel(body);
    m_peak->setObjectName(QStringLiteral("peakLabel"));
    m_average = new QLabel(body);
    m_average->setObjectName(QStringLiteral("averageLabel"));
    m_promo = new QLabel(body);
    m_promo->setObjectName(QStringLiteral("promoLabel"));
    figures->addRow(tr("Peak audience:"), m_peak);
    figures->addRow(tr("Average audience:"), m_average);
    figures->addRow(tr("Promo window:"), m_promo);
    layout->addLayout(figures);
    m_error = new QLabel(body);
    m_error->setObjectName(QStringLiteral("viewersErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_products = new QTableWidget(0, 4, body);
    m_products->setObjectName(QStringLiteral("productsTable"));
    m_products->setHorizontalHeaderLabels(
        {tr("Product"), tr("Buy intent"), tr("Claims"), tr("Time on product")});
    m_products->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_products->verticalHeader()->hide();
    m_products->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_products->setMinimumHeight(120);
    layout->addWidget(m_products);
    scroll->setWidget(body);
    setWidget(scroll);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveDashboardDock::refresh);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &LiveDashboardDock::refresh);
    if (feed) {
        connect(feed->figures(), &AudienceFigures::changed, &m_coalesce, qOverload<>(&QTimer::start));
        connect(feed, &AudienceFeed::liveChanged, this, [this](bool live) {
            if (live)
                m_clock.start();
            else
                m_clock.stop();
            refresh();
        });
        connect(feed, &AudienceFeed::errorChanged, this, [this](const QString& message) {
            m_error->setText(message);
            m_error->setVisible(!message.isEmpty());
        });
    }
    refresh();
}

LiveDashboardDock* LiveDashboardDock::create(LiveShow* show, const ChatAccounts* accounts, QWidget* parent)
{
    auto* feed = new AudienceFeed(&show->chat(), &show->claims(), &show->live(), &show->store());
    feed->setCredentialsProvider([accounts = QPointer<const ChatAccounts>(accounts)] {
        return accounts ? accounts->applyTo(ChatCredentials::fromEnvironment())
                        : ChatCredentials::fromEnvironment();
    });
    const int seconds = QSettings().value(QStringLiteral("dashboard/viewerPollSeconds"), 30).toInt();
    feed->poller()->setIntervalMs(seconds * 1000);
    auto* dock = new LiveDashboardDock(feed, parent);
    feed->setParent(dock);
    Broadcast* broadcast = &show->broadcast();
    connect(broadcast, &Broadcast::stateChanged, feed,
            [feed, broadcast] { feed->setLive(broadcast->isLive()); });
    feed->setLive(broadcast->isLive());
    return dock;
}

QString LiveDashboardDock::productTitle(const QString& sku) const
{
    if (m_feed && m_feed->store())
        if (const Product* product = m_feed->store()->document().product(sku))
            return product->title;
    return sku;
}

void LiveDashboardDock::fillChart(QChart* chart, QValueAxis* x, QValueAxis* y, bool viewers)
{
    AudienceFigures* figures = m_feed->figures();
    chart->removeAllSeries();
    double maxX = 1;
    double maxY = 1;
    for (ChatPlatform platform : figures->platforms()) {
        const QList<QPointF> points = viewers ? figures->viewers(platform) : figures->chatPerMinute(platform);
        if (points.isEmpty())
            continue;
        const PlatformInfo& info = chatPlatformInfo(platform);
        auto* series = new QLineSeries(chart);
        series->setObjectName(
            QString((viewers ? QStringLiteral("viewers-") : QStringLiteral("chat-")) + info.key));
        series->setName(info.name());
        series->setColor(QColor::fromRgb(info.rgb));
        series->setPointsVisible(points.size() < 60);
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        for (const QPointF& point : points) {
            maxX = std::max(maxX, point.x());
            maxY = std::max(maxY, point.y());
        }
    }
    x->setRange(0, std::ceil(maxX));
    y->setRange(0, std::ceil(maxY * 1.1));
}

void LiveDashboardDock::refresh()
{
    m_coalesce.stop();
    if (!m_feed)
        return;
    AudienceFigures* figures = m_feed->figures();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fillChart(m_chatChart, m_chatX, m_chatY, false);
    fillChart(m_viewersChart, m_viewersX, m_viewersY, true);
    const bool counted = !figures->viewers(ChatPlatform::Twitch).isEmpty() ||
                         !figures->viewers(ChatPlatform::YouTube).isEmpty() ||
                         !figures->viewers(ChatPlatform::Facebook).isEmpty();
    m_peak->setText(counted ? tr("%1 viewers").arg(figures->peakAudience()) : tr("no count yet"));
    m_average->setText(counted ? tr("%1 viewers").arg(qRound(figures->averageAudience()))
                               : tr("no count yet"));
    if (const auto promo = figures->promo()) {
        const QString from = promo->start.toLocalTime().time().toString(QStringLiteral("HH:mm"));
        m_promo->setText(promo->end.isValid()
                             ? tr("%1, %2–%3")
                                   .arg(promo->code, from,
                                        promo->end.toLocalTime().time().toString(QStringLiteral("HH:mm")))
                             : tr("%1, since %2").arg(promo->code, from));
    } else {
        m_promo->setText(tr("none"));
    }
    const QList<AudienceFigures::ProductFigures> rows = figures->products(now);
    m_products->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const AudienceFigures::ProductFigures& product = rows.at(row);
        const QStringList cells{productTitle(product.sku), QString::number(product.buyIntent),
                                QString::number(product.claims), duration(product.pinnedMs)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_products->setItem(row, column, item);
        }
    }
    // Flagged only while live: after the show, the report says how it went.
    const auto weakest = m_feed->isLive() ? figures->weakest(now) : std::nullopt;
    m_weakest->setText(weakest ? weakest->text : QString());
    m_weakest->setVisible(weakest.has_value());
}

} // namespace vitrine
