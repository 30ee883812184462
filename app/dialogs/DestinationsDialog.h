#pragma once

#include "show/Destination.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace vitrine {

class KeyStore;
class ShowStore;

// The show's destinations: name, platform, server and whether it is used, saved in the show; each stream key
// typed here goes straight to the OS keychain (never to the show file), under the destination's keyRef.
class DestinationsDialog : public QDialog {
    Q_OBJECT
public:
    DestinationsDialog(ShowStore* store, KeyStore* keys, QWidget* parent = nullptr);

    QList<Destination> destinations() const { return m_destinations; }
    // For tests: the editors.
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* keyEdit() const { return m_key; }
    void addDestination();

    void accept() override;

private:
    void showCurrent();
    void storeCurrent();
    QString validate() const;

    ShowStore* m_store;
    KeyStore* m_keys;
    QList<Destination> m_destinations;
    QHash<QString, QString> m_newKeys; // keyRef → key typed in this dialog, written on OK
    int m_current = -1;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_platform = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_key = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace vitrine
