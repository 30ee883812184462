#pragma once

#include <QCoreApplication>

class QWidget;

namespace vitrine {

class ActionRegistry;
class ChatDock;
class GoLiveBar;
class LiveState;
class ProductsDock;

// The keyboard shortcuts for running the show, registered in the window's ActionRegistry (so Settings lists
// and edits them): pin, unpin, next segment, start/stop the promo, start/stop live, start/stop recording and
// the chat's next question. Live and recording go through the go-live bar's buttons, so stopping a live asks
// first as the button does.
class LiveShortcuts {
    Q_DECLARE_TR_FUNCTIONS(vitrine::LiveShortcuts)

public:
    static void install(QWidget* window, ActionRegistry* actions, ProductsDock* products, LiveState* live,
                        GoLiveBar* goLive, ChatDock* chat);
};

} // namespace vitrine
