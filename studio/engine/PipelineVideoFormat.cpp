#include "engine/PipelineVideoFormat.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace vitrine {
namespace {

struct Segment {
    qsizetype start = 0;
    qsizetype length = 0;
};

// The pipeline's elements between "!" links, quotes respected.
QList<Segment> segments(const QString& pipeline)
{
    QList<Segment> result;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < pipeline.size(); ++i) {
        const QChar c = pipeline.at(i);
        if (c == u'"' && (i == 0 || pipeline.at(i - 1) != u'\\'))
            quoted = !quoted;
        else if (c == u'!' && !quoted) {
            result.append({start, i - start});
            start = i + 1;
        }
    }
    result.append({start, pipeline.size() - start});
    return result;
}

bool isRawVideoCaps(const QString& element)
{
    return element.trimmed().startsWith(QLatin1String("video/x-raw"));
}

// "(int)1280" → "1280"
QString bare(const QString& value)
{
    static const QRegularExpression type(QStringLiteral("^\\(\\w+\\)"));
    return value.trimmed().remove(type).trimmed();
}

} // namespace

PipelineVideoFormat PipelineVideoFormat::read(const QString& pipeline)
{
    PipelineVideoFormat format;
    const QList<Segment> parts = segments(pipeline);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QString element = pipeline.mid(it->start, it->length);
        if (!isRawVideoCaps(element))
            continue;
        const QStringList fields = element.trimmed().split(u',');
        for (const QString& field : fields) {
            const qsizetype equals = field.indexOf(u'=');
            if (equals < 0)
                continue;
            const QString key = field.left(equals).trimmed();
            const QString value = bare(field.mid(equals + 1));
            if (key == QLatin1String("width"))
                format.width = value.toInt();
            else if (key == QLatin1String("height"))
                format.height = value.toInt();
            else if (key == QLatin1String("framerate")) {
                const QStringList rate = value.split(u'/');
                format.fpsNumerator = rate.value(0).toInt();
                format.fpsDenominator = rate.size() > 1 ? std::max(1, rate.value(1).toInt()) : 1;
            }
        }
        break;
    }
    return format;
}

QString PipelineVideoFormat::applyTo(const QString& pipeline) const
{
    QList<std::pair<QString, QString>> wanted;
    if (width > 0)
        wanted.append({QStringLiteral("width"), QString::number(width)});
    if (height > 0)
        wanted.append({QStringLiteral("height"), QString::number(height)});
    if (fpsNumerator > 0)
        wanted.append({QStringLiteral("framerate"),
                       QStringLiteral("%1/%2").arg(fpsNumerator).arg(std::max(1, fpsDenominator))});
    const QList<Segment> parts = segments(pipeline);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QString element = pipeline.mid(it->start, it->length);
        if (!isRawVideoCaps(element))
            continue;
        QStringList fields = element.trimmed().split(u',');
        for (const auto& [key, value] : std::as_const(wanted)) {
            bool replaced = false;
            for (QString& field : fields) {
                if (field.section(u'=', 0, 0).trimmed() == key) {
                    field = key + u'=' + value;
                    replaced = true;
                }
            }
            if (!replaced)
                fields.append(key + u'=' + value);
        }
        const qsizetype lead = element.indexOf(element.trimmed().at(0));
        const qsizetype trail = element.size() - lead - element.trimmed().size();
        QString result = pipeline;
        result.replace(it->start + lead, it->length - lead - trail, fields.join(u','));
        return result;
    }
    if (wanted.isEmpty())
        return pipeline;
    QStringList fields{QStringLiteral("video/x-raw")};
    for (const auto& [key, value] : std::as_const(wanted))
        fields.append(key + u'=' + value);
    return pipeline.trimmed() + QStringLiteral(" ! ") + fields.join(u',');
}

} // namespace vitrine
