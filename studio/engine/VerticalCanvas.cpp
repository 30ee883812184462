#include "engine/VerticalCanvas.h"

#include <QCoreApplication>

namespace vitrine {

VerticalCanvas::~VerticalCanvas()
{
    close();
}

QSize VerticalCanvas::sizeFor(QSize landscape)
{
    return std::min(landscape.width(), landscape.height()) >= 1080 ? QSize(1080, 1920) : QSize(720, 1280);
}

bool VerticalCanvas::open(QSize size, QString* error)
{
    close();
    if (size.width() < 16 || size.height() < 16 || size.width() % 2 != 0 || size.height() % 2 != 0) {
        *error = QCoreApplication::translate("vitrine::VerticalCanvas", "invalid vertical canvas %1×%2")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    obs_video_info ovi{};
    if (!obs_get_video_info(&ovi)) {
        *error = QCoreApplication::translate("vitrine::VerticalCanvas",
                                             "the vertical canvas needs libobs's video to be running");
        return false;
    }
    // The main canvas's frame rate, format and scaling; its own size, composed and output without rescaling.
    ovi.base_width = static_cast<uint32_t>(size.width());
    ovi.base_height = static_cast<uint32_t>(size.height());
    ovi.output_width = ovi.base_width;
    ovi.output_height = ovi.base_height;
    m_view.reset(obs_view_create());
    m_video = m_view ? obs_view_add2(m_view.get(), &ovi) : nullptr;
    if (!m_video) {
        m_view.reset();
        *error = QCoreApplication::translate("vitrine::VerticalCanvas",
                                             "libobs could not create the vertical canvas (%1×%2)")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    m_output.reset(m_view.get());
    m_size = size;
    return true;
}

void VerticalCanvas::setSource(std::uint32_t channel, obs_source_t* source)
{
    if (m_view)
        obs_view_set_source(m_view.get(), channel, source);
}

void VerticalCanvas::close()
{
    m_output.reset(); // the video output first: encoders reading it are gone by now
    m_video = nullptr;
    m_view.reset();
    m_size = QSize();
}

} // namespace vitrine
