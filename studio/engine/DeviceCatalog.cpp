#include "engine/DeviceCatalog.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QHash>
#include <QMediaDevices>
#include <QSet>

namespace vitrine {

SystemDeviceCatalog::SystemDeviceCatalog(QObject* parent) : DeviceCatalog(parent)
{
    auto* devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::videoInputsChanged, this, &DeviceCatalog::camerasChanged);
    connect(devices, &QMediaDevices::audioInputsChanged, this, &DeviceCatalog::microphonesChanged);
}

QList<MediaDevice> SystemDeviceCatalog::cameras() const
{
    QList<MediaDevice> list;
    for (const QCameraDevice& camera : QMediaDevices::videoInputs())
        list << MediaDevice{QString::fromUtf8(camera.id()), camera.description(), camera.isDefault()};
    return list;
}

QList<MediaDevice> SystemDeviceCatalog::microphones() const
{
    QList<MediaDevice> list;
    for (const QAudioDevice& microphone : QMediaDevices::audioInputs())
        list << MediaDevice{QString::fromUtf8(microphone.id()), microphone.description(),
                            microphone.isDefault()};
    return list;
}

CameraWatch::CameraWatch(DeviceCatalog* catalog, QObject* parent) : QObject(parent), m_catalog(catalog)
{
    connect(m_catalog, &DeviceCatalog::camerasChanged, this, &CameraWatch::check);
}

void CameraWatch::setCameras(const QHash<QString, QString>& deviceBySource)
{
    m_deviceBySource = deviceBySource;
    check();
}

void CameraWatch::check()
{
    QSet<QString> present;
    for (const MediaDevice& camera : m_catalog->cameras())
        present.insert(camera.id);
    for (auto it = m_deviceBySource.cbegin(); it != m_deviceBySource.cend(); ++it) {
        // A camera source without a device chosen yet is not "lost".
        const bool gone = !it.value().isEmpty() && !present.contains(it.value());
        const bool known = m_missing.contains(it.key());
        if (gone && !known) {
            m_missing << it.key();
            Q_EMIT cameraLost(it.key());
        } else if (!gone && known) {
            m_missing.removeAll(it.key());
            Q_EMIT cameraBack(it.key());
        }
    }
}

} // namespace vitrine
