#include "widgets/ObsDisplay.h"

#include <QGuiApplication>
#include <QResizeEvent>
#include <QTimer>

#include <algorithm>

namespace vitrine {

ObsDisplay::ObsDisplay(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_NativeWindow);
    setAttribute(Qt::WA_PaintOnScreen);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 180);
}

ObsDisplay::~ObsDisplay()
{
    if (m_display)
        obs_display_remove_draw_callback(m_display.get(), drawTrampoline, this);
}

QSize ObsDisplay::pixelSize() const
{
    return size() * devicePixelRatioF();
}

void ObsDisplay::createDisplay()
{
    if (m_display || !windowHandle())
        return;
    auto* x11 = qApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11)
        return;
    gs_init_data init{};
    init.window.id = static_cast<uint32_t>(winId());
    init.window.display = x11->display();
    const QSize pixels = pixelSize();
    init.cx = static_cast<uint32_t>(pixels.width());
    init.cy = static_cast<uint32_t>(pixels.height());
    init.format = GS_BGRA;
    init.zsformat = GS_ZS_NONE;
    m_display.reset(obs_display_create(&init, 0x202020));
    if (m_display)
        obs_display_add_draw_callback(m_display.get(), drawTrampoline, this);
}

void ObsDisplay::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The native window gets its final geometry only once the layout has run; create the surface after that.
    QTimer::singleShot(0, this, &ObsDisplay::createDisplay);
}

void ObsDisplay::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_display) {
        const QSize pixels = pixelSize();
        obs_display_resize(m_display.get(), static_cast<uint32_t>(pixels.width()),
                           static_cast<uint32_t>(pixels.height()));
    }
}

void ObsDisplay::paintEvent(QPaintEvent*)
{
    // libobs draws this window from its graphics thread.
}

// Runs on the libobs graphics thread.
void ObsDisplay::drawTrampoline(void*, uint32_t cx, uint32_t cy)
{
    obs_video_info ovi{};
    if (!obs_get_video_info(&ovi) || cx == 0 || cy == 0)
        return;
    const double scale =
        std::min(static_cast<double>(cx) / ovi.base_width, static_cast<double>(cy) / ovi.base_height);
    const int width = static_cast<int>(ovi.base_width * scale);
    const int height = static_cast<int>(ovi.base_height * scale);
    const int x = (static_cast<int>(cx) - width) / 2;
    const int y = (static_cast<int>(cy) - height) / 2;

    gs_projection_push();
    gs_ortho(0.0f, static_cast<float>(ovi.base_width), 0.0f, static_cast<float>(ovi.base_height), -100.0f,
             100.0f);
    gs_set_viewport(x, y, width, height);
    obs_render_main_texture();
    gs_projection_pop();
}

} // namespace vitrine
