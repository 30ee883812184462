#include "dialogs/DestinationsDialog.h"

#include "output/KeyStore.h"
#include "output/ServiceCatalog.h"
#include "show/Platform.h"
#include "show/ShowStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

namespace vitrine {

DestinationsDialog::DestinationsDialog(ShowStore* store, KeyStore* keys, QWidget* parent,
                                       const ServiceCatalog* services)
    : QDialog(parent), m_store(store), m_keys(keys), m_destinations(store->document().destinations),
      m_services(services ? services : &ServiceCatalog::installed())
{
    setWindowTitle(tr("Destinations"));
    setObjectName(QStringLiteral("destinationsDialog"));
    m_list = new QListWidget(this);
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    m_name = new QLineEdit(this);
    m_platform = new QComboBox(this);
    for (const PlatformInfo& platform : Platform::all())
        m_platform->addItem(platform.name(), QString(platform.key));
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceBox"));
    m_service->addItem(tr("Custom RTMP(S) server"), QString());
    for (const StreamingService& service : m_services->sortedForPicking())
        m_service->addItem(service.name, service.name);
    m_servers = new QComboBox(this);
    m_servers->setObjectName(QStringLiteral("serverBox"));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("rtmps://a.rtmps.youtube.com:443/live2"));
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("serviceAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setOpenExternalLinks(true);
    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_enabled = new QCheckBox(tr("Go live to this destination"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Service:"), m_service);
    form->addRow(tr("Ingest:"), m_servers);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Stream key:"), m_key);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_advice);
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listColumn->addLayout(listButtons);
    auto* columns = new QHBoxLayout;
    columns->addLayout(listColumn);
    columns->addLayout(form, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    for (const Destination& destination : std::as_const(m_destinations))
        m_list->addItem(destination.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = row;
        showCurrent();
    });
    connect(add, &QPushButton::clicked, this, &DestinationsDialog::addDestination);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        const int row = m_current;
        m_current = -1;
        m_destinations.removeAt(row);
        delete m_list->takeItem(row);
        m_current = m_list->currentRow();
        showCurrent();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (QListWidgetItem* item = m_list->item(m_current))
            item->setText(name);
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, &DestinationsDialog::onServiceChosen);
    connect(m_servers, &QComboBox::activated, this,
            [this](int index) { m_server->setText(m_servers->itemData(index).toString()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DestinationsDialog::reject);
    if (!m_destinations.isEmpty())
        m_list->setCurrentRow(0);
    else
        m_status->setText(tr("No destination yet: add one for each platform the show goes live on."));
    showCurrent();
    onServiceChosen();
}

void DestinationsDialog::addDestination()
{
    storeCurrent();
    m_status->clear();
    Destination destination;
    destination.name = tr("New destination");
    destination.platform = Platform::custom().key;
    // The keychain entry is named once and for all; the key itself never leaves the keychain.
    destination.keyRef = QStringLiteral("destination/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_added.insert(destination.keyRef);
    m_destinations.append(destination);
    m_list->addItem(destination.name);
    m_list->setCurrentRow(static_cast<int>(m_destinations.size()) - 1);
}

void DestinationsDialog::showCurrent()
{
    const bool valid = m_current >= 0 && m_current < m_destinations.size();
    for (QWidget* editor : std::initializer_list<QWidget*>{m_name, m_service, m_servers, m_platform, m_server,
                                                           m_key, m_enabled})
        editor->setEnabled(valid);
    if (!valid) {
        m_name->clear();
        m_server->clear();
        m_key->clear();
        return;
    }
    const Destination& destination = m_destinations[m_current];
    m_name->setText(destination.name);
    m_platform->setCurrentIndex(qMax(0, m_platform->findData(destination.platform)));
    m_server->setText(destination.server);
    m_key->setText(m_newKeys.value(destination.keyRef));
    m_key->setPlaceholderText(m_added.contains(destination.keyRef)
                                  ? tr("the stream key from the platform's live dashboard")
                                  : tr("unchanged (kept in the system keychain)"));
    m_enabled->setChecked(destination.enabled);
    // The service last, so its ingest list can show the server just set.
    const StreamingService* service = m_services->find(destination.service);
    if (!service && destination.service.isEmpty())
        service = m_services->forServer(destination.server); // a show written before services were named
    m_showing = true;
    const QSignalBlocker quiet(m_service);
    m_service->setCurrentIndex(service ? qMax(0, m_service->findData(service->name)) : 0);
    onServiceChosen();
    m_showing = false;
}

void DestinationsDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_destinations.size())
        return;
    Destination& destination = m_destinations[m_current];
    destination.name = m_name->text().trimmed();
    destination.platform = m_platform->currentData().toString();
    destination.service = m_service->currentData().toString();
    destination.server = m_server->text().trimmed();
    destination.enabled = m_enabled->isChecked();
    if (destination.keyRef.isEmpty())
        destination.keyRef =
            QStringLiteral("destination/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_key->text().isEmpty())
        m_newKeys.insert(destination.keyRef, m_key->text());
}

// A service fills in its ingest servers, the platform its tracked links count under, and says where its key
// is and what bitrate it takes.
void DestinationsDialog::onServiceChosen()
{
    const StreamingService* service = m_services->find(m_service->currentData().toString());
    m_servers->clear();
    m_form->setRowVisible(m_servers, service != nullptr);
    if (!service) {
        m_advice->clear();
        return;
    }
    for (const StreamingService::Server& server : service->servers)
        m_servers->addItem(server.name, server.url);
    if (!m_showing) {
        // A service chosen by the producer: its first server and its platform, unless one of its servers is
        // already set.
        if (m_servers->findData(m_server->text().trimmed()) < 0)
            m_server->setText(service->servers.first().url);
        m_platform->setCurrentIndex(qMax(0, m_platform->findData(service->platform())));
    }
    const int current = m_servers->findData(m_server->text().trimmed());
    if (current >= 0)
        m_servers->setCurrentIndex(current);
    QStringList advice;
    if (!service->streamKeyLink.isEmpty())
        advice << tr("<a href=\"%1\">Get your stream key</a>").arg(service->streamKeyLink.toHtmlEscaped());
    if (service->maxVideoBitrateKbps > 0)
        advice << tr("%1 accepts at most %2 kbps of video")
                      .arg(service->name.toHtmlEscaped())
                      .arg(service->maxVideoBitrateKbps);
    if (service->keyframeIntervalSeconds > 0)
        advice << tr("a keyframe every %n s", nullptr, service->keyframeIntervalSeconds);
    m_advice->setText(advice.join(QStringLiteral(" · ")));
}

QString DestinationsDialog::validate() const
{
    for (const Destination& destination : m_destinations) {
        const QUrl server(destination.server, QUrl::StrictMode);
        const QString scheme = server.scheme().toLower();
        if (destination.name.isEmpty())
            return tr("Every destination needs a name.");
        if (!server.isValid() || server.host().isEmpty() || (scheme != u"rtmp" && scheme != u"rtmps"))
            return tr("“%1”: the server must be an rtmp:// or rtmps:// address, e.g. rtmps://host/app.")
                .arg(destination.name);
    }
    return QString();
}

void DestinationsDialog::accept()
{
    storeCurrent();
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    if (m_newKeys.isEmpty() || !m_keys) {
        m_store->update([list = m_destinations](ShowDocument& show) { show.destinations = list; });
        QDialog::accept();
        return;
    }
    // Keys first: the show lists a destination only once its key is safely in the keychain.
    m_status->setText(tr("Saving the stream keys in the keychain…"));
    setEnabled(false);
    auto pending = std::make_shared<int>(static_cast<int>(m_newKeys.size()));
    auto errors = std::make_shared<QStringList>();
    QPointer<DestinationsDialog> self(this);
    for (auto it = m_newKeys.constBegin(); it != m_newKeys.constEnd(); ++it) {
        m_keys->writeKey(it.key(), it.value(), [self, pending, errors](const QString& error) {
            if (!error.isEmpty())
                errors->append(error);
            if (--*pending > 0 || !self)
                return;
            self->setEnabled(true);
            if (!errors->isEmpty()) {
                self->m_status->setText(
                    tr("The stream keys could not be saved: %1").arg(errors->join(u'\n')));
                return;
            }
            self->m_newKeys.clear();
            self->m_store->update(
                [list = self->m_destinations](ShowDocument& show) { show.destinations = list; });
            self->QDialog::accept();
        });
    }
}

} // namespace vitrine
