#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace vitrine {

class LiveShow;

// What a brand's viewer widget shows next to its player, with no password: the show's title, the pinned
// product (title, exact price, image, stock level as the on-air card says it, tracked link with
// utm_source=site, claim code), the running promo and the flash sale. Nothing else of the show goes out:
// no stock figures beyond the card's "only N left", no keys, no chat, no notes. Every change gives a new
// state with a higher `seq`, once per event-loop turn however many changes came in it.
class PublicFeed : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

    explicit PublicFeed(LiveShow& show, QObject* parent = nullptr);

    // The current state: {seq, updatedAt, title, pinned, promo, flashSale} (null where nothing runs).
    QJsonObject state() const { return m_state; }
    quint64 seq() const { return m_seq; }

    // The bytes of a product image of the show by its public name (the part after /images/ in the feed's
    // image URLs) and its content type; nullopt for anything else (another file, "../", not an image).
    std::optional<QByteArray> image(const QString& name, QByteArray* contentType) const;

    // What the feed says of a product image: "/images/<name>" for a file of the show, the URL itself for an
    // http(s) image, empty otherwise.
    static QString imageUrl(const QString& image);

Q_SIGNALS:
    void changed(const QJsonObject& state);

private:
    void schedule();
    void publish();
    QJsonObject content() const;
    QJsonObject pinnedProduct(const QString& sku) const;
    // The public name of a local image ("grinder.png", "images/a.jpg"): a relative path inside the show's
    // folder; empty for anything else.
    static QString publicName(const QString& image);

    LiveShow& m_show;
    QJsonObject m_content; // the state without seq and updatedAt, to tell a real change
    QJsonObject m_state;
    quint64 m_seq = 0;
    bool m_scheduled = false;
};

} // namespace vitrine
