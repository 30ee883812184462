#include "RemoteDialog.h"

#include "RemoteAccess.h"

#include "QrCode.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vitrine {

namespace {
constexpr int kQrSide = 168;
} // namespace

RemoteDialog::RemoteDialog(RemoteAccess* access, QWidget* parent)
    : QDialog(parent), m_access(access), m_enabled(new QCheckBox(this)), m_port(new QSpinBox(this)),
      m_lan(new QCheckBox(this)), m_password(new QLineEdit(this)), m_moderator(new QLineEdit(this)),
      m_certificate(new QLineEdit(this)), m_key(new QLineEdit(this)), m_status(new QLabel(this)),
      m_addresses(new QLabel(this)), m_qr(new QLabel(this))
{
    setWindowTitle(tr("Producer remote"));
    setObjectName(QStringLiteral("remoteDialog"));
    m_enabled->setText(tr("Let a phone, a Stream Deck or Companion control this studio"));
    m_enabled->setObjectName(QStringLiteral("remoteEnabled"));
    m_port->setRange(1024, 65535);
    m_port->setObjectName(QStringLiteral("remotePort"));
    m_lan->setText(tr("Reachable from other devices on this network"));
    m_lan->setObjectName(QStringLiteral("remoteLan"));
    m_lan->setToolTip(tr("Off: only this computer can connect (127.0.0.1)."));
    m_password->setReadOnly(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("remotePassword"));
    m_moderator->setEchoMode(QLineEdit::Password);
    m_moderator->setPlaceholderText(tr("None: chat moderators have no access"));
    m_moderator->setObjectName(QStringLiteral("remoteModeratorPassword"));
    m_certificate->setPlaceholderText(tr("None: plain http and ws"));
    m_key->setPlaceholderText(tr("The certificate's private key (PEM)"));
    m_status->setObjectName(QStringLiteral("remoteStatus"));
    m_status->setWordWrap(true);
    m_addresses->setObjectName(QStringLiteral("remoteAddresses"));
    m_addresses->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_addresses->setOpenExternalLinks(true);
    m_addresses->setWordWrap(true);
    m_qr->setFixedSize(kQrSide, kQrSide);
    m_qr->setToolTip(tr("Scan with the phone to open the producer page"));

    auto* show = new QPushButton(tr("Show"), this);
    show->setCheckable(true);
    connect(show, &QPushButton::toggled, this,
            [this](bool shown) { m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    auto* copy = new QPushButton(tr("Copy"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_access->password()); });
    auto* renew = new QPushButton(tr("New password"), this);
    renew->setToolTip(tr("Connected remotes must sign in again"));
    connect(renew, &QPushButton::clicked, m_access, &RemoteAccess::renewPassword);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(show);
    passwordRow->addWidget(copy);
    passwordRow->addWidget(renew);

    auto* setModerator = new QPushButton(tr("Set"), this);
    connect(setModerator, &QPushButton::clicked, this,
            [this] { m_access->setModeratorPassword(m_moderator->text()); });
    auto* moderatorRow = new QHBoxLayout;
    moderatorRow->addWidget(m_moderator, 1);
    moderatorRow->addWidget(setModerator);

    const auto fileRow = [this](QLineEdit* edit, const QString& title) {
        auto* browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString path = QFileDialog::getOpenFileName(this, title, edit->text(),
                                                              tr("PEM files (*.pem *.crt *.key);;All "
                                                                 "files (*)"));
            if (!path.isEmpty()) {
                edit->setText(path);
                applyChanges();
            }
        });
        connect(edit, &QLineEdit::editingFinished, this, &RemoteDialog::applyChanges);
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Port:"), m_port);
    form->addRow(m_lan);
    form->addRow(tr("Password:"), passwordRow);
    form->addRow(tr("Moderator password:"), moderatorRow);
    form->addRow(tr("TLS certificate:"), fileRow(m_certificate, tr("TLS certificate")));
    form->addRow(tr("TLS key:"), fileRow(m_key, tr("TLS key")));

    auto* where = new QHBoxLayout;
    where->addWidget(m_addresses, 1);
    where->addWidget(m_qr, 0, Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(where);
    layout->addWidget(buttons);

    const RemoteAccess::Settings settings = m_access->settings();
    m_enabled->setChecked(settings.enabled);
    m_port->setValue(settings.port);
    m_lan->setChecked(settings.lanAccess);
    m_certificate->setText(settings.tlsCertificate);
    m_key->setText(settings.tlsKey);
    connect(m_enabled, &QCheckBox::toggled, this, &RemoteDialog::applyChanges);
    connect(m_lan, &QCheckBox::toggled, this, &RemoteDialog::applyChanges);
    connect(m_port, &QSpinBox::editingFinished, this, &RemoteDialog::applyChanges);
    connect(m_access, &RemoteAccess::changed, this, &RemoteDialog::refresh);
    refresh();
}

void RemoteDialog::applyChanges()
{
    RemoteAccess::Settings settings;
    settings.enabled = m_enabled->isChecked();
    settings.port = static_cast<quint16>(m_port->value());
    settings.lanAccess = m_lan->isChecked();
    settings.tlsCertificate = m_certificate->text().trimmed();
    settings.tlsKey = m_key->text().trimmed();
    const RemoteAccess::Settings now = m_access->settings();
    if (settings.enabled == now.enabled && settings.port == now.port && settings.lanAccess == now.lanAccess &&
        settings.tlsCertificate == now.tlsCertificate && settings.tlsKey == now.tlsKey)
        return;
    m_access->apply(settings);
}

void RemoteDialog::refresh()
{
    m_password->setText(m_access->password());
    m_status->setText(m_access->status());
    RemoteControl& control = m_access->control();
    if (!control.isRunning()) {
        m_addresses->clear();
        m_qr->clear();
        return;
    }
    QStringList lines;
    QString phonePage;
    for (const QString& host : control.addresses()) {
        const QString remote = control.pageUrl(host, QStringLiteral("remote"));
        const QString widget = control.pageUrl(host, QStringLiteral("widget"));
        lines << tr("Producer page: <a href=\"%1\">%1</a>").arg(remote.toHtmlEscaped())
              << tr("Viewer widget: <a href=\"%1\">%1</a>").arg(widget.toHtmlEscaped());
        phonePage = remote; // the last address: the LAN's when it is reachable from a phone
    }
    lines << tr("obs-websocket remotes: port %1 with this password").arg(control.port());
    m_addresses->setText(lines.join(QStringLiteral("<br>")));
    const QrCode code = QrCode::encode(phonePage.toUtf8());
    QPixmap pixmap(kQrSide, kQrSide);
    pixmap.fill(Qt::white);
    if (!code.isNull()) {
        QPainter painter(&pixmap);
        code.paint(painter, pixmap.rect());
    }
    m_qr->setPixmap(pixmap);
}

} // namespace vitrine
