#include "LiveShortcuts.h"

#include "ActionRegistry.h"
#include "docks/ChatDock.h"
#include "docks/ProductsDock.h"
#include "show/LiveState.h"
#include "widgets/GoLiveBar.h"

#include <QAction>
#include <QPushButton>
#include <QWidget>

namespace vitrine {
void LiveShortcuts::install(QWidget* window, ActionRegistry* actions, ProductsDock* products, LiveState* live,
                            GoLiveBar* goLive, ChatDock* chat)
{
    auto add = [window, actions](const QString& id, const QString& name, const QKeySequence& keys,
                                 auto slot) {
        auto* action = new QAction(name, window);
        action->setObjectName(QStringLiteral("shortcut.") + id);
        QObject::connect(action, &QAction::triggered, window, slot);
        window->addAction(action);
        actions->add(id, action, keys, name);
    };
    add(QStringLiteral("products.pin"), tr("Pin the selected product"), QKeySequence(Qt::CTRL | Qt::Key_P),
        [products] { products->pinSelected(); });
    add(QStringLiteral("products.unpin"), tr("Unpin"), QKeySequence(Qt::CTRL | Qt::Key_U),
        [live] { live->unpin(); });
    add(QStringLiteral("products.next"), tr("Next segment"), QKeySequence(Qt::CTRL | Qt::Key_N),
        [products] { products->nextSegment(); });
    add(QStringLiteral("products.promo"), tr("Start/stop the promo code"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [products] { products->togglePromo(); });
    // Through the buttons: a disabled one (stopping) does nothing, and stopping the live asks first.
    add(QStringLiteral("live.toggle"), tr("Start/stop live"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [goLive] { goLive->liveButton()->click(); });
    add(QStringLiteral("recording.toggle"), tr("Start/stop recording"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [goLive] { goLive->recordButton()->click(); });
    // The products dock's tooltips name the keys in use, and follow a change in Settings.
    const auto showKeys = [actions, products] {
        products->showShortcuts(actions->action(QStringLiteral("products.pin"))->shortcut(),
                                actions->action(QStringLiteral("products.next"))->shortcut());
    };
    showKeys();
    QObject::connect(actions, &ActionRegistry::shortcutChanged, products, showKeys);
    QAction* nextQuestion = chat->nextQuestionAction();
    window->addAction(nextQuestion);
    actions->add(QStringLiteral("chat.nextQuestion"), nextQuestion,
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), tr("Next question"));
}

} // namespace vitrine
