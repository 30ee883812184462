#include "show/TrackedLink.h"

#include "show/Platform.h"

#include <QUrl>
#include <QUrlQuery>

namespace vitrine {

QString trackedLink(const QString& productUrl, const QString& platform, const QString& campaign,
                    const QString& medium)
{
    QUrl url(productUrl);
    if (!url.isValid() || url.scheme().isEmpty())
        return productUrl;
    QUrlQuery query(url);
    for (const char* key : {"utm_source", "utm_medium", "utm_campaign"})
        query.removeAllQueryItems(QString::fromLatin1(key));
    const PlatformInfo* known = Platform::find(platform);
    query.addQueryItem(QStringLiteral("utm_source"), known ? QString(known->utmSource) : platform.toLower());
    query.addQueryItem(QStringLiteral("utm_medium"), medium);
    query.addQueryItem(QStringLiteral("utm_campaign"), campaign);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString campaignSlug(const QString& title)
{
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed é
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

} // namespace vitrine
