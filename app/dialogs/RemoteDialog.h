#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vitrine {

class RemoteAccess;

// Show ▸ Producer remote…: turns the remote on or off, says where its pages are (with a QR code for the
// phone), shows and renews its password, sets the moderator's, the port, LAN access and TLS files.
class RemoteDialog : public QDialog {
    Q_OBJECT
public:
    RemoteDialog(RemoteAccess* access, QWidget* parent = nullptr);

private:
    void applyChanges();
    void refresh();

    RemoteAccess* m_access;
    QCheckBox* m_enabled;
    QSpinBox* m_port;
    QCheckBox* m_lan;
    QLineEdit* m_password;
    QLineEdit* m_moderator;
    QLineEdit* m_certificate;
    QLineEdit* m_key;
    QLabel* m_status;
    QLabel* m_addresses;
    QLabel* m_qr;
};

} // namespace vitrine
