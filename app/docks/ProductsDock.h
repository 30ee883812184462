#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;

namespace vitrine {

class LiveState;
class ProductListModel;
class ShowStore;

// The producer panel: the catalogue with stock badges, Pin/Unpin, the promo code with its countdown, and the
// run-of-show with "Next" and how far ahead of or behind plan the show runs.
class ProductsDock : public QDockWidget {
    Q_OBJECT
public:
    ProductsDock(ShowStore* store, LiveState* live, QWidget* parent = nullptr);

    void pinSelected();
    void nextSegment();

private:
    void onPromoButtonClicked();
    void refreshPromo();
    void refreshRunOfShow();

    ShowStore* m_store;
    LiveState* m_live;
    ProductListModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QListView* m_products;
    QPushButton* m_pin;
    QPushButton* m_unpin;
    QComboBox* m_promos;
    QPushButton* m_promoButton;
    QLabel* m_countdown;
    QListWidget* m_segments;
    QPushButton* m_next;
    QTimer* m_tick;
};

} // namespace vitrine
