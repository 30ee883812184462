#pragma once

#include <QLabel>

namespace vitrine {

// A one-line label that cuts its text with an ellipsis instead of widening its dock; the whole text is its
// tooltip.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace vitrine
