// Where an item of a landscape scene goes on the vertical canvas: full-screen pictures cover it, the rest
// keeps its size relative to the width and sticks to the top, middle or bottom it sat near.
#include "scene/VerticalLayout.h"
#include "engine/VerticalCanvas.h"

#include <QTest>

using namespace vitrine;

namespace {

const QSize kLandscape(1280, 720);
const QSize kVertical(720, 1280);

SceneItemSpec itemAt(double x, double y, double scale = 1.0)
{
    SceneItemSpec item;
    item.x = x;
    item.y = y;
    item.scaleX = scale;
    item.scaleY = scale;
    return item;
}

} // namespace

class VerticalLayoutTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullScreenPicturesCover()
    {
        // A background of the canvas's size, a camera whose size is not known yet at the origin.
        QVERIFY(verticalPlacement(itemAt(0, 0), QSizeF(1280, 720), false, kLandscape, kVertical).cover);
        QVERIFY(verticalPlacement(itemAt(0, 0), QSizeF(), true, kLandscape, kVertical).cover);
        // A 640×360 picture scaled twice is full-screen too.
        QVERIFY(verticalPlacement(itemAt(0, 0, 2.0), QSizeF(640, 360), false, kLandscape, kVertical).cover);
        // Not: a picture-in-picture, a text of unknown size, a camera placed elsewhere, one cropped to half.
        QVERIFY(!verticalPlacement(itemAt(840, 40), QSizeF(400, 400), false, kLandscape, kVertical).cover);
        QVERIFY(!verticalPlacement(itemAt(0, 0), QSizeF(), false, kLandscape, kVertical).cover);
        QVERIFY(!verticalPlacement(itemAt(640, 0), QSizeF(), true, kLandscape, kVertical).cover);
        SceneItemSpec cropped = itemAt(0, 0);
        cropped.crop.right = 640;
        QVERIFY(!verticalPlacement(cropped, QSizeF(1280, 720), false, kLandscape, kVertical).cover);
    }

    void othersKeepTheirPlaceRelativeToTheWidth()
    {
        const double s = 720.0 / 1280.0;
        // Top third: from the top.
        VerticalPlacement top =
            verticalPlacement(itemAt(840, 40), QSizeF(400, 400), false, kLandscape, kVertical);
        QCOMPARE(top.position, QPointF(840 * s, 40 * s));
        QCOMPARE(top.scaleX, s);
        QCOMPARE(top.scaleY, s);
        // Bottom third: as far from the bottom, in the same proportion.
        VerticalPlacement bottom =
            verticalPlacement(itemAt(0, 590), QSizeF(1280, 110), false, kLandscape, kVertical);
        QCOMPARE(bottom.position, QPointF(0, 1280 - 130 * s));
        // Middle third: around the middle.
        VerticalPlacement middle =
            verticalPlacement(itemAt(100, 300, 1.5), QSizeF(200, 100), false, kLandscape, kVertical);
        QCOMPARE(middle.position, QPointF(100 * s, 640 + (300 - 360) * s));
        QCOMPARE(middle.scaleX, 1.5 * s);
    }

    void verticalSizeFollowsTheLandscapeCanvas()
    {
        QCOMPARE(VerticalCanvas::sizeFor(QSize(1280, 720)), QSize(720, 1280));
        QCOMPARE(VerticalCanvas::sizeFor(QSize(854, 480)), QSize(720, 1280));
        QCOMPARE(VerticalCanvas::sizeFor(QSize(1920, 1080)), QSize(1080, 1920));
    }
};

QTEST_GUILESS_MAIN(VerticalLayoutTest)
#include "VerticalLayoutTest.moc"
