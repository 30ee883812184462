#pragma once

#include "show/Destination.h"

#include <QDialog>
#include <QHash>
#include <QList>

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

// The show's destinations: name, platform and whether it is used, saved in the show; each stream key typed
// here goes straight to the OS keychain (never to the show file), under the destination's keyRef. One
// platform picker: the live-shopping platforms first (YouTube, Facebook, Instagram, TikTok, Twitch, LinkedIn,
// a custom server), then, with "Show all services", the rest of OBS's list. A platform OBS's list has brings
// its ingest servers, where to get a key and the bitrate it accepts; the others (TikTok LIVE, Instagram
// Live…) take the server and key their live producer page gives, and say where that is. Choosing a platform
// names a destination the user has not named. OK is refused while a destination that goes live has no key
// (none stored, none typed), and such rows say "key missing". A destination can be the brand's relay server
// (nginx-rtmp, SRS), which fans the stream out to platforms: their names show, greyed, under it in the list
// (a reminder, never streamed to by the studio).
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
    // The platform picker: each item's data is its OBS service name (empty: server and key typed), and
    // kPlatformRole its platform key (show/Platform.h).
    QComboBox* platformBox() const { return m_platform; }
    QCheckBox* allServicesBox() const { return m_allServices; }
    // The destination takes the vertical 9:16 canvas (mobile platforms) instead of the landscape one.
    QCheckBox* verticalBox() const { return m_vertical; }
    QComboBox* serverBox() const { return m_servers; }
    QLabel* adviceLabel() const { return m_advice; }
    QLabel* statusLabel() const { return m_status; }
    QListWidget* list() const { return m_list; }
    QCheckBox* relayBox() const { return m_relay; }
    QLineEdit* relayTargetsEdit() const { return m_relayTargets; }
    static constexpr int kPlatformRole = Qt::UserRole + 1;
    // On the list's greyed rows under a relay: the platform the relay feeds (those rows are no destination).
    static constexpr int kRelayTargetRole = Qt::UserRole + 2;
    // The list row of the destination at index, and the destination at a list row (-1: a relay's platform).
    int rowOf(int index) const;
    int indexAt(int row) const;
    // Whether the destination at row goes live without a key: none stored in the keychain, none typed.
    bool keyMissing(int row) const;
    void addDestination();

    void accept() override;

private:
    enum class KeyState { Unknown, Stored, Missing };
    struct Problem {
        QString text;
        int row = -1;
        QWidget* editor = nullptr;
    };

    void fillPlatforms();
    void showCurrent();
    void refreshKeyPlaceholder();
    void storeCurrent();
    void refreshRow(int index);
    void refreshRelayRows(int index);
    void onRelayEdited();
    Problem validate() const;
    void onPlatformChosen();
    // Whether name is one the dialog gave (empty, "New destination", a platform's or service's name).
    bool isGivenName(const QString& name) const;

    ShowStore* m_store;
    KeyStore* m_keys;
    QList<Destination> m_destinations;
    QHash<QString, QString> m_newKeys;    // keyRef → key typed in this dialog, written on OK
    QHash<QString, KeyState> m_keyStates; // keyRef → whether the keychain holds a key (read on opening)
    int m_current = -1;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_platform = nullptr;
    QCheckBox* m_allServices = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_key = nullptr;
    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_relay = nullptr;
    QLineEdit* m_relayTargets = nullptr;
    QCheckBox* m_vertical = nullptr;
    QLabel* m_status = nullptr;
    const ServiceCatalog* m_services;
    QComboBox* m_servers = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_advice = nullptr; // where to get a key, the bitrate the service accepts
    bool m_showing = false;     // showCurrent() is filling the editors
    bool m_picked = false;      // the platform was chosen since the current destination was shown
};

} // namespace vitrine
