#include "OverlaySource.h"

#include <QByteArray>

#include <util/platform.h>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace vitrine {
namespace {

// The source's data. post() runs on the owner's thread, render() on libobs's graphics thread: the pending
// pixels are guarded by the mutex; the texture is the graphics thread's alone.
struct OverlayData {
    obs_source_t* source = nullptr;

    std::mutex mutex;
    QByteArray pendingPixels; // BGRA, straight alpha, rows packed
    int pendingWidth = 0;
    int pendingHeight = 0;
    bool pending = false;

    std::atomic<uint32_t> width{0};
    std::atomic<uint32_t> height{0};
    std::atomic<quint64> posted{0};
    std::atomic<quint64> uploaded{0};

    // Showing or hiding, since when (os_gettime_ns) and whether it fades and slides (kAnimationNs) or cuts.
    std::atomic<bool> shown{true};
    std::atomic<uint64_t> changedAtNs{0};
    std::atomic<bool> animated{false};

    gs_texture_t* texture = nullptr; // graphics thread only
    gs_effect_t* effect = nullptr;   // graphics thread only: the default Draw with an opacity
    int textureWidth = 0;
    int textureHeight = 0;
};

const char* sourceName(void*)
{
    return "Vitrine overlay";
}

void* createSource(obs_data_t*, obs_source_t* source)
{
    auto* data = new OverlayData;
    data->source = source;
    return data;
}

// Any thread (libobs destroys sources where their last reference goes): the texture needs the graphics
// context.
void destroySource(void* opaque)
{
    auto* data = static_cast<OverlayData*>(opaque);
    if (data->texture || data->effect) {
        obs_enter_graphics();
        if (data->texture)
            gs_texture_destroy(data->texture);
        if (data->effect)
            gs_effect_destroy(data->effect);
        obs_leave_graphics();
    }
    delete data;
}

uint32_t sourceWidth(void* opaque)
{
    return static_cast<OverlayData*>(opaque)->width.load();
}

uint32_t sourceHeight(void* opaque)
{
    return static_cast<OverlayData*>(opaque)->height.load();
}

// libobs's default Draw, with the texture's alpha scaled by an opacity (fades in and out without repainting).
constexpr const char* kOpacityEffect = R"(
uniform float4x4 ViewProj;
uniform texture2d image;
uniform float opacity;

sampler_state def_sampler {
    Filter   = Linear;
    AddressU = Clamp;
    AddressV = Clamp;
};

struct VertInOut {
    float4 pos : POSITION;
    float2 uv  : TEXCOORD0;
};

VertInOut VSDefault(VertInOut vert_in)
{
    VertInOut vert_out;
    vert_out.pos = mul(float4(vert_in.pos.xyz, 1.0), ViewProj);
    vert_out.uv  = vert_in.uv;
    return vert_out;
}

float4 PSDraw(VertInOut vert_in) : TARGET
{
    float4 rgba = image.Sample(def_sampler, vert_in.uv);
    rgba.a *= opacity;
    return rgba;
}

technique Draw
{
    pass
    {
        vertex_shader = VSDefault(vert_in);
        pixel_shader  = PSDraw(vert_in);
    }
}
)";

// How far a show or hide has gone at `nowNs`: 1 shown, 0 hidden, in between while it animates.
float visibilityAt(const OverlayData& data, uint64_t nowNs)
{
    const bool shown = data.shown.load();
    if (!data.animated.load())
        return shown ? 1.0f : 0.0f;
    const uint64_t since = data.changedAtNs.load();
    const double progress =
        nowNs <= since ? 0.0 : std::min(1.0, double(nowNs - since) / double(OverlaySource::kAnimationNs));
    return static_cast<float>(shown ? progress : 1.0 - progress);
}

// Graphics thread: uploads a newly posted image (only then), then draws the texture at the source's origin.
void renderSource(void* opaque, gs_effect_t*)
{
    auto* data = static_cast<OverlayData*>(opaque);
    QByteArray pixels;
    int width = 0;
    int height = 0;
    bool fresh = false;
    {
        std::lock_guard lock(data->mutex);
        if (data->pending) {
            pixels.swap(data->pendingPixels);
            width = data->pendingWidth;
            height = data->pendingHeight;
            data->pending = false;
            fresh = true;
        }
    }
    if (fresh) {
        if (width <= 0 || height <= 0) {
            if (data->texture)
                gs_texture_destroy(data->texture);
            data->texture = nullptr;
            data->textureWidth = data->textureHeight = 0;
        } else {
            const auto* bytes = reinterpret_cast<const uint8_t*>(pixels.constData());
            if (data->texture && data->textureWidth == width && data->textureHeight == height) {
                gs_texture_set_image(data->texture, bytes, static_cast<uint32_t>(width) * 4, false);
            } else {
                if (data->texture)
                    gs_texture_destroy(data->texture);
                data->texture = gs_texture_create(static_cast<uint32_t>(width), static_cast<uint32_t>(height),
                                                  GS_BGRA, 1, &bytes, GS_DYNAMIC);
                data->textureWidth = data->texture ? width : 0;
                data->textureHeight = data->texture ? height : 0;
            }
        }
        data->uploaded.fetch_add(1);
    }
    const float visibility = visibilityAt(*data, obs_get_video_frame_time());
    if (!data->texture || visibility <= 0.0f)
        return;
    if (!data->effect) {
        char* errors = nullptr;
        data->effect = gs_effect_create(kOpacityEffect, "vitrine-overlay-opacity", &errors);
        if (!data->effect)
            blog(LOG_WARNING, "[vitrine] overlay opacity effect: %s", errors ? errors : "(no message)");
        bfree(errors);
    }
    gs_effect_t* effect = data->effect ? data->effect : obs_get_base_effect(OBS_EFFECT_DEFAULT);
    // Cubic ease-out: most of the way on the first frames (the pin shows at once), settling softly; it slides
    // a little from the left as it fades, as broadcast graphics do.
    const float rest = 1.0f - visibility;
    const float eased = 1.0f - rest * rest * rest;
    gs_effect_set_texture(gs_effect_get_param_by_name(effect, "image"), data->texture);
    if (gs_eparam_t* opacity = gs_effect_get_param_by_name(effect, "opacity"))
        gs_effect_set_float(opacity, eased);
    const float slide = (1.0f - eased) * -std::min(48.0f, 0.08f * static_cast<float>(data->textureWidth));
    gs_matrix_push();
    gs_matrix_translate3f(slide, 0.0f, 0.0f);
    while (gs_effect_loop(effect, "Draw"))
        gs_draw_sprite(data->texture, 0, static_cast<uint32_t>(data->textureWidth),
                       static_cast<uint32_t>(data->textureHeight));
    gs_matrix_pop();
}

OverlayData* dataOf(obs_source_t* source)
{
    return source ? static_cast<OverlayData*>(obs_obj_get_data(source)) : nullptr;
}

} // namespace

void ensureOverlaySourceKind()
{
    if (obs_source_get_display_name(kOverlaySourceId))
        return;
    obs_source_info info{};
    info.id = kOverlaySourceId;
    info.type = OBS_SOURCE_TYPE_INPUT;
    info.output_flags = OBS_SOURCE_VIDEO | OBS_SOURCE_CUSTOM_DRAW | OBS_SOURCE_CAP_DISABLED;
    info.get_name = sourceName;
    info.create = createSource;
    info.destroy = destroySource;
    info.get_width = sourceWidth;
    info.get_height = sourceHeight;
    info.video_render = renderSource;
    obs_register_source(&info);
}

OverlaySource::OverlaySource(const char* name)
{
    ensureOverlaySourceKind();
    m_source = obs_source_create_private(kOverlaySourceId, name, nullptr);
}

void OverlaySource::post(const QImage& image)
{
    OverlayData* data = dataOf(m_source);
    if (!data)
        return;
    // Straight alpha in BGRA byte order (QImage::Format_ARGB32 on a little-endian machine): what the default
    // effect's Draw technique blends over the scene. One copy of the pixels, made here on the owner's thread.
    QByteArray pixels;
    int width = 0;
    int height = 0;
    if (!image.isNull()) {
        const QImage straight = image.convertToFormat(QImage::Format_ARGB32);
        width = straight.width();
        height = straight.height();
        pixels.resize(static_cast<qsizetype>(width) * height * 4);
        for (int y = 0; y < height; ++y)
            memcpy(pixels.data() + static_cast<qsizetype>(y) * width * 4, straight.constScanLine(y),
                   static_cast<size_t>(width) * 4);
    }
    {
        std::lock_guard lock(data->mutex);
        data->pendingPixels = std::move(pixels);
        data->pendingWidth = width;
        data->pendingHeight = height;
        data->pending = true;
    }
    data->width.store(static_cast<uint32_t>(width));
    data->height.store(static_cast<uint32_t>(height));
    data->posted.fetch_add(1);
}

void OverlaySource::setShown(bool shown, bool animated)
{
    OverlayData* data = dataOf(m_source);
    if (!data)
        return;
    if (data->shown.load() == shown && (animated || !data->animated.load()))
        return;
    data->changedAtNs.store(os_gettime_ns());
    data->animated.store(animated);
    data->shown.store(shown);
}

bool OverlaySource::isShown() const
{
    const OverlayData* data = dataOf(m_source);
    return data && data->shown.load();
}

QSize OverlaySource::size() const
{
    const OverlayData* data = dataOf(m_source);
    return data ? QSize(static_cast<int>(data->width.load()), static_cast<int>(data->height.load()))
                : QSize();
}

quint64 OverlaySource::postedCount() const
{
    const OverlayData* data = dataOf(m_source);
    return data ? data->posted.load() : 0;
}

quint64 OverlaySource::uploadedCount() const
{
    const OverlayData* data = dataOf(m_source);
    return data ? data->uploaded.load() : 0;
}

} // namespace vitrine
