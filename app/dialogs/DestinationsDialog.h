#pragma once

#include "show/Destination.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace vitrine {

class KeyStore;
class ServiceCatalog;
class ShowStore;

// The show's destinations: name, streaming service (OBS's list: its ingest servers, where to get a key, the
// bitrate it accepts) or a custom server, platform and whether it is used, saved in the show; each stream key
// typed here goes straight to the OS keychain (never to the show file), under the destination's keyRef.
class DestinationsDialog : public QDialog {
    Q_OBJECT
public:
    // `services` null: OBS's installed list.
    DestinationsDialog(ShowStore* store, KeyStore* keys, QWidget* parent = nullptr,
                       const ServiceCatalog* services = nullptr);

    QList<Destination> destinations() const { return m_destinations; }
    // For tests: the editors.
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* keyEdit() const { return m_key; }
    QComboBox* serviceBox() const { return m_service; }
    QComboBox* serverBox() const { return m_servers; }
    QComboBox* platformBox() const { return m_platform; }
    QLabel* adviceLabel() const { return m_advice; }
    void addDestination();

    void accept() override;

private:
    void showCurrent();
    void storeCurrent();
    QString validate() const;
    void onServiceChosen();

    ShowStore* m_store;
    KeyStore* m_keys;
    QList<Destination> m_destinations;
    QHash<QString, QString> m_newKeys; // keyRef → key typed in this dialog, written on OK
    QSet<QString> m_added;             // keyRefs of destinations added in this dialog: no key stored yet
    int m_current = -1;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_platform = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_key = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_status = nullptr;
    const ServiceCatalog* m_services;
    QComboBox* m_service = nullptr;
    QComboBox* m_servers = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_advice = nullptr; // where to get a key, the bitrate the service accepts
    bool m_showing = false;     // showCurrent() is filling the editors
};

} // namespace vitrine
