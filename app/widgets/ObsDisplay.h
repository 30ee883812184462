#pragma once

#include "engine/ObsHandles.h"

#include <QWidget>

namespace vitrine {

// A native child window that libobs draws the program into, letter-boxed to the canvas's aspect ratio.
class ObsDisplay : public QWidget {
    Q_OBJECT
public:
    explicit ObsDisplay(QWidget* parent = nullptr);
    ~ObsDisplay() override;

    QPaintEngine* paintEngine() const override { return nullptr; }

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void createDisplay();
    QSize pixelSize() const;
    static void drawTrampoline(void* data, uint32_t cx, uint32_t cy);

    ObsDisplayPtr m_display;
};

} // namespace vitrine
