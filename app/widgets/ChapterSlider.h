#pragma once

#include <QList>
#include <QSlider>
#include <QString>

namespace vitrine {

// The replay review's timeline: a horizontal slider in milliseconds with a tick at each chapter's start,
// whose tooltip names the chapter under the pointer.
class ChapterSlider : public QSlider {
    Q_OBJECT
public:
    struct Marker {
        qint64 startMs = 0;
        QString title;
    };

    explicit ChapterSlider(QWidget* parent = nullptr);

    void setMarkers(const QList<Marker>& markers);
    const QList<Marker>& markers() const { return m_markers; }
    // Where the tick of a chapter start is drawn, in widget coordinates.
    int markerX(qint64 ms) const;
    // The title of the chapter a point of the slider falls in; empty when there is none.
    QString chapterAt(int x) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QList<Marker> m_markers;
};

} // namespace vitrine
