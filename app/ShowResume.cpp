#include "ShowResume.h"

#include "runtime/LiveShow.h"
#include "show/LiveState.h"
#include "show/ShowStore.h"

#include <QMessageBox>

namespace vitrine {

QString ShowResume::describe(LiveShow& show)
{
    const LiveState& live = show.live();
    const ShowDocument& document = show.store().document();
    QStringList parts;
    if (const Product* product = document.product(live.pinnedSku()))
        parts << tr("pinned: %1").arg(product->title);
    if (!live.runningPromo().isEmpty())
        parts << tr("promo %1").arg(live.runningPromo());
    if (live.segmentIndex() >= 0)
        parts << tr("segment %1 of %2").arg(live.segmentIndex() + 1).arg(document.runOfShow.segments.size());
    return parts.join(QStringLiteral(" · "));
}

QString ShowResume::resume(QWidget* parent, LiveShow& show)
{
    const ShowStore& store = show.store();
    if (const std::optional<QJsonObject> crashed = store.recoverableSession();
        crashed && !crashed->isEmpty()) {
        const auto answer = QMessageBox::question(
            parent, tr("Restore the live state?"),
            tr("Vitrine did not close properly last time. Restore the pinned product, the running promo code "
               "and the run-of-show position?"));
        if (answer != QMessageBox::Yes)
            return {};
        show.live().restore(*crashed);
    } else if (const std::optional<QJsonObject> kept = store.keptSession(); kept && !kept->isEmpty()) {
        show.live().restore(*kept);
    } else {
        return {};
    }
    if (!show.live().isShowInProgress())
        return {};
    return tr("Show in progress resumed (%1). Show ▸ End the show starts over.").arg(describe(show));
}

} // namespace vitrine
