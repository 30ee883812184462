#include "analytics/ShopOrder.h"

#include <algorithm>

namespace vitrine {

bool ShopOrder::isRefunded() const
{
    return financialStatus == QLatin1String("refunded");
}

Money ShopOrder::keptTotal() const
{
    if (isRefunded() || isVoided())
        return {0, total.currency};
    return {std::max<std::int64_t>(0, total.minor - refunded.minor), total.currency};
}

} // namespace vitrine
