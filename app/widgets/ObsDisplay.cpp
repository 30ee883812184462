#include "widgets/ObsDisplay.h"

#include <QGuiApplication>
#include <QResizeEvent>
#include <QTimer>
#include <QWindow>

#include <algorithm>

namespace vitrine {
namespace {

struct Letterbox {
    double x = 0, y = 0, width = 0, height = 0;
};

Letterbox letterbox(double cx, double cy, double baseWidth, double baseHeight)
{
    if (cx <= 0 || cy <= 0 || baseWidth <= 0 || baseHeight <= 0)
        return {};
    const double scale = std::min(cx / baseWidth, cy / baseHeight);
    Letterbox box;
    box.width = baseWidth * scale;
    box.height = baseHeight * scale;
    box.x = (cx - box.width) / 2;
    box.y = (cy - box.height) / 2;
    return box;
}

// Runs on the graphics thread: a filled rectangle in canvas pixels with the solid effect already set up.
void fillRect(float x, float y, float width, float height)
{
    gs_matrix_push();
    gs_matrix_translate3f(x, y, 0.0f);
    gs_draw_sprite(nullptr, 0, static_cast<uint32_t>(std::max(1.0f, width)),
                   static_cast<uint32_t>(std::max(1.0f, height)));
    gs_matrix_pop();
}

} // namespace

ObsDisplay::ObsDisplay(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_NativeWindow);
    setAttribute(Qt::WA_PaintOnScreen);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 90);
    m_sinceCreated.start();
}

ObsDisplay::~ObsDisplay()
{
    // Removing the tick waits for a running one: nothing touches the display after this.
    if (m_tickRegistered)
        obs_remove_tick_callback(tickTrampoline, this);
    if (m_display)
        obs_display_remove_draw_callback(m_display.get(), drawTrampoline, this);
    m_display.reset();
    if (m_texrender) {
        obs_enter_graphics();
        gs_texrender_destroy(m_texrender);
        obs_leave_graphics();
    }
}

void ObsDisplay::setSource(obs_source_t* source)
{
    const std::lock_guard lock(m_mutex);
    m_source = source;
}

void ObsDisplay::setOverlay(obs_source_t* overlay)
{
    const std::lock_guard lock(m_mutex);
    m_overlay = overlay;
}

void ObsDisplay::setSelection(const QList<QRectF>& boxes)
{
    const std::lock_guard lock(m_mutex);
    m_selection = boxes;
}

QSizeF ObsDisplay::canvasSize() const
{
    obs_video_info ovi{};
    if (!obs_get_video_info(&ovi))
        return {};
    return QSizeF(ovi.base_width, ovi.base_height);
}

QRectF ObsDisplay::canvasRect() const
{
    const QSizeF canvas = canvasSize();
    const Letterbox box = letterbox(width(), height(), canvas.width(), canvas.height());
    return {box.x, box.y, box.width, box.height};
}

QPointF ObsDisplay::toCanvas(const QPointF& widgetPos) const
{
    const QRectF rect = canvasRect();
    if (rect.isEmpty())
        return {};
    return (widgetPos - rect.topLeft()) * canvasPerWidgetPixel();
}

double ObsDisplay::canvasPerWidgetPixel() const
{
    const QRectF rect = canvasRect();
    return rect.isEmpty() ? 1.0 : canvasSize().width() / rect.width();
}

QSize ObsDisplay::pixelSize() const
{
    return size() * devicePixelRatioF();
}

void ObsDisplay::createDisplay()
{
    if (m_display || m_creationDeferred || !windowHandle() || !isVisible())
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
    if (m_display) {
        obs_display_add_draw_callback(m_display.get(), drawTrampoline, this);
        if (!m_tickRegistered) {
            obs_add_tick_callback(tickTrampoline, this);
            m_tickRegistered = true;
        }
    }
}

// Runs on the graphics thread once per canvas frame, before the displays are drawn: switches this view on
// for the frames it presents on (libobs skips a disabled display: no draw, no present).
void ObsDisplay::tickTrampoline(void* data, float)
{
    static_cast<ObsDisplay*>(data)->tick();
}

void ObsDisplay::tick()
{
    if (!m_display)
        return;
    const auto divisor = static_cast<std::uint64_t>(m_presentDivisor.load());
    const bool present = m_shown.load() && m_ticks % divisor == 0;
    ++m_ticks;
    obs_display_set_enabled(m_display.get(), present);
}

void ObsDisplay::setCreationDeferred(bool deferred)
{
    m_creationDeferred = deferred;
    if (!deferred)
        createDisplay();
}

void ObsDisplay::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_shown.store(true);
    if (m_display)
        obs_display_set_enabled(m_display.get(), true);
    // The native window gets its final geometry only once the layout has run; create the surface after that.
    QTimer::singleShot(0, this, &ObsDisplay::createDisplay);
}

void ObsDisplay::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // A hidden (or minimised) view costs nothing: libobs skips disabled displays.
    m_shown.store(false);
    if (m_display)
        obs_display_set_enabled(m_display.get(), false);
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

// Runs on the graphics thread, inside draw(): renders the source at the size it is shown, every
// m_rateDivisor-th frame, into a texture, and draws that texture on every frame (a cheap copy).
void ObsDisplay::drawSource(obs_source_t* source, obs_source_t* overlay, const QRectF& box, float baseWidth,
                            float baseHeight)
{
    const int divisor = m_rateDivisor.load();
    if (divisor <= 1) {
        obs_source_video_render(source);
        if (overlay)
            obs_source_video_render(overlay);
        return;
    }
    const QSize size(std::max(1, static_cast<int>(box.width())), std::max(1, static_cast<int>(box.height())));
    if (!m_texrender)
        m_texrender = gs_texrender_create(GS_RGBA, GS_ZS_NONE);
    const bool stale = source != m_renderedSource || size != m_renderedSize;
    if (stale || m_frame++ % static_cast<unsigned>(divisor) == 0) {
        gs_texrender_reset(m_texrender);
        if (gs_texrender_begin(m_texrender, static_cast<uint32_t>(size.width()),
                               static_cast<uint32_t>(size.height()))) {
            vec4 black;
            vec4_zero(&black);
            black.w = 1.0f;
            gs_clear(GS_CLEAR_COLOR, &black, 0.0f, 0);
            gs_ortho(0.0f, baseWidth, 0.0f, baseHeight, -100.0f, 100.0f);
            obs_source_video_render(source);
            if (overlay)
                obs_source_video_render(overlay);
            gs_texrender_end(m_texrender);
        }
        m_renderedSource = source;
        m_renderedSize = size;
    }
    gs_texture_t* texture = gs_texrender_get_texture(m_texrender);
    if (!texture)
        return;
    // Drawn 1:1 in the letter-box viewport; the canvas projection is restored for the selection boxes.
    gs_projection_push();
    gs_ortho(0.0f, static_cast<float>(size.width()), 0.0f, static_cast<float>(size.height()), -100.0f,
             100.0f);
    gs_blend_state_push();
    gs_enable_blending(false);
    gs_effect_t* effect = obs_get_base_effect(OBS_EFFECT_DEFAULT);
    gs_effect_set_texture(gs_effect_get_param_by_name(effect, "image"), texture);
    while (gs_effect_loop(effect, "Draw"))
        gs_draw_sprite(texture, 0, static_cast<uint32_t>(size.width()), static_cast<uint32_t>(size.height()));
    gs_blend_state_pop();
    gs_projection_pop();
}

// Runs on the libobs graphics thread.
void ObsDisplay::drawTrampoline(void* data, uint32_t cx, uint32_t cy)
{
    static_cast<ObsDisplay*>(data)->draw(cx, cy);
}

void ObsDisplay::draw(uint32_t cx, uint32_t cy)
{
    obs_video_info ovi{};
    if (!obs_get_video_info(&ovi) || cx == 0 || cy == 0)
        return;
    OBSSource source;
    OBSSource overlay;
    QList<QRectF> selection;
    {
        const std::lock_guard lock(m_mutex);
        source = m_source;
        overlay = m_overlay;
        selection = m_selection;
    }
    const Letterbox box = letterbox(cx, cy, ovi.base_width, ovi.base_height);
    const auto baseWidth = static_cast<float>(ovi.base_width);
    const auto baseHeight = static_cast<float>(ovi.base_height);

    gs_viewport_push();
    gs_projection_push();
    gs_ortho(0.0f, baseWidth, 0.0f, baseHeight, -100.0f, 100.0f);
    gs_set_viewport(static_cast<int>(box.x), static_cast<int>(box.y), static_cast<int>(box.width),
                    static_cast<int>(box.height));
    if (source) {
        drawSource(source, overlay, QRectF(box.x, box.y, box.width, box.height), baseWidth, baseHeight);
    } else {
        if (!obs_get_main_texture()) {
            gs_projection_pop();
            gs_viewport_pop();
            return;
        }
        obs_render_main_texture();
    }

    if (!selection.isEmpty()) {
        // Lines two device pixels thick, handles eight, whatever the zoom.
        const auto pixel = static_cast<float>(ovi.base_width / std::max(1.0, box.width));
        const float line = 2 * pixel;
        const float handle = 8 * pixel;
        gs_effect_t* solid = obs_get_base_effect(OBS_EFFECT_SOLID);
        vec4 colour;
        vec4_set(&colour, 1.0f, 0.55f, 0.1f, 1.0f);
        gs_effect_set_vec4(gs_effect_get_param_by_name(solid, "color"), &colour);
        gs_technique_t* technique = gs_effect_get_technique(solid, "Solid");
        gs_technique_begin(technique);
        gs_technique_begin_pass(technique, 0);
        for (const QRectF& rect : std::as_const(selection)) {
            const auto x = static_cast<float>(rect.x());
            const auto y = static_cast<float>(rect.y());
            const auto w = static_cast<float>(rect.width());
            const auto h = static_cast<float>(rect.height());
            fillRect(x, y, w, line);
            fillRect(x, y + h - line, w, line);
            fillRect(x, y, line, h);
            fillRect(x + w - line, y, line, h);
            for (const float hx : {x, x + w})
                for (const float hy : {y, y + h})
                    fillRect(hx - handle / 2, hy - handle / 2, handle, handle);
        }
        gs_technique_end_pass(technique);
        gs_technique_end(technique);
    }
    gs_projection_pop();
    gs_viewport_pop();

    if (!m_drawnFrame.exchange(true)) {
        const qint64 ms = m_sinceCreated.elapsed();
        QMetaObject::invokeMethod(
            this, [this, ms] { Q_EMIT firstFrameDrawn(ms); }, Qt::QueuedConnection);
    }
}

} // namespace vitrine
