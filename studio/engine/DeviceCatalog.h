#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace vitrine {

// A camera or a microphone as the system names it. `id` is what the libobs source takes as its device_id
// (a V4L2 device path for cameras, a PulseAudio source name for microphones).
struct MediaDevice {
    QString id;
    QString description;
    bool isDefault = false;
    bool operator==(const MediaDevice&) const = default;
};

// The cameras and microphones plugged in, and when that changes (hot-plug). An interface, so tests and
// machines without devices can stand in for the system.
class DeviceCatalog : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QList<MediaDevice> cameras() const = 0;
    virtual QList<MediaDevice> microphones() const = 0;

Q_SIGNALS:
    void camerasChanged();
    void microphonesChanged();
};

// The system's devices through Qt Multimedia (QMediaDevices): lists and hot-plug signals.
class SystemDeviceCatalog : public DeviceCatalog {
    Q_OBJECT
public:
    explicit SystemDeviceCatalog(QObject* parent = nullptr);

    QList<MediaDevice> cameras() const override;
    QList<MediaDevice> microphones() const override;
};

// Watches the cameras a show uses: when one is unplugged mid-show it says which source lost its device (the
// window shows a placeholder message), and when it comes back.
class CameraWatch : public QObject {
    Q_OBJECT
public:
    explicit CameraWatch(DeviceCatalog* catalog, QObject* parent = nullptr);

    // source name → device id, for the camera sources of the show.
    void setCameras(const QHash<QString, QString>& deviceBySource);
    QStringList missing() const { return m_missing; }

Q_SIGNALS:
    void cameraLost(const QString& source);
    void cameraBack(const QString& source);

private:
    void check();

    DeviceCatalog* m_catalog;
    QHash<QString, QString> m_deviceBySource;
    QStringList m_missing;
};

} // namespace vitrine
