#pragma once

#include "OverlayKind.h"

#include <QDockWidget>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vitrine {

class LiveState;
class OverlayLayer;
class ShowStore;

// The producer's control of what is drawn on the video: each overlay switched on or off (and whether it is on
// air now), the show's overlay theme, and flash sales (product, sale price, quantity, countdown to the start,
// length). Everything goes through the live state and the show store, as the rehearsal scripts do.
class OverlaysDock : public QDockWidget {
    Q_OBJECT
public:
    OverlaysDock(ShowStore* store, LiveState* live, OverlayLayer* layer, QWidget* parent = nullptr);

    // Starts the flash sale the form describes; false with the reason shown under it.
    bool startFlashSale();

private:
    void refreshSwitches();
    void refreshOnAir();
    void refreshProducts();
    void refreshTheme();
    void refreshFlash();

    ShowStore* m_store;
    LiveState* m_live;
    OverlayLayer* m_layer;
    QMap<OverlayKind, QCheckBox*> m_switches;
    QMap<OverlayKind, QLabel*> m_onAir;
    QComboBox* m_theme;
    QComboBox* m_flashProduct;
    QLineEdit* m_flashPrice;
    QSpinBox* m_flashQuantity;
    QSpinBox* m_flashStartsIn;
    QSpinBox* m_flashMinutes;
    QPushButton* m_flashStart;
    QPushButton* m_flashStop;
    QLabel* m_flashStatus;
};

} // namespace vitrine
