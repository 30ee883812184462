#pragma once

#include "analytics/ShowFigures.h"

#include <QCoreApplication>
#include <QImage>

namespace vitrine {

// The report's plots, painted with QPainter (a QGuiApplication must exist; offscreen is enough).
class ReportPlots {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ReportPlots)

public:
    static constexpr int kBucketMinutes = 10;

    // Orders per 10 minutes from 30 minutes before the live to 60 after it, the live and promo windows
    // shaded. A null image when there is no live window.
    static QImage ordersOverTime(const QList<ShopOrder>& orders, const ShowFigures& figures,
                                 QSize size = {1200, 500});
    // Revenue per product, one horizontal bar each, highest first. A null image when nothing sold.
    static QImage revenueByProduct(const ShowFigures& figures, QSize size = {1200, 500});

    // Orders counted per bucket of kBucketMinutes from `from` (cancelled ones left out), for the plot and
    // tests.
    static QList<int> ordersPerBucket(const QList<ShopOrder>& orders, const QDateTime& from, int buckets);
};

} // namespace vitrine
