#include "dialogs/DestinationsDialog.h"

#include "output/KeyStore.h"
#include "output/ServiceCatalog.h"
#include "show/Platform.h"
#include "show/ShowStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <array>
#include <memory>

namespace vitrine {
namespace {

// The platforms offered first, in this order. A platform OBS's list has goes through its service; the others
// take the server and key their live producer page gives (hint: where that is).
struct PlatformPick {
    QLatin1String key;
    const char* name; // names the destination too
    const char* hint; // where the server and key are, when OBS's list does not have the platform
    bool typed;       // server and key typed even when OBS's list has a service
};

constexpr std::array kPicks{
    PlatformPick{
        QLatin1String("youtube"), QT_TRANSLATE_NOOP("vitrine::DestinationsDialog", "YouTube"),
        QT_TRANSLATE_NOOP("vitrine::DestinationsDialog",
                          "Copy the stream URL and stream key from YouTube Studio › Go live › Stream."),
        false},
    PlatformPick{QLatin1String("facebook"), QT_TRANSLATE_NOOP("vitrine::DestinationsDialog", "Facebook Live"),
                 QT_TRANSLATE_NOOP("vitrine::DestinationsDialog",
                                   "Copy the server URL and stream key from Facebook's Live Producer "
                                   "(facebook.com/live/producer), under “Streaming software”."),
                 false},
    PlatformPick{QLatin1String("instagram"),
                 QT_TRANSLATE_NOOP("vitrine::DestinationsDialog", "Instagram Live"),
                 QT_TRANSLATE_NOOP("vitrine::DestinationsDialog",
                                   "Copy the stream URL and stream key from Instagram's Live Producer: on "
                                   "instagram.com, Create › Live video, then “Streaming software”. The key "
                                   "changes with each live."),
                 true},
    PlatformPick{QLatin1String("tiktok"), QT_TRANSLATE_NOOP("vitrine::DestinationsDialog", "TikTok LIVE"),
                 QT_TRANSLATE_NOOP("vitrine::DestinationsDialog",
                                   "Copy the server URL and stream key from TikTok LIVE Producer "
                                   "(livecenter.tiktok.com/producer), open to accounts allowed to go live "
                                   "from a computer. The key changes with each live."),
                 true},
    PlatformPick{QLatin1String("twitch"), QT_TRANSLATE_NOOP("vitrine::DestinationsDialog", "Twitch"),
                 QT_TRANSLATE_NOOP("vitrine::DestinationsDialog",
                                   "Copy the stream key from the Twitch dashboard › Settings › Stream."),
                 false},
    PlatformPick{QLatin1String("linkedin"), QT_TRANSLATE_NOOP("vitrine::DestinationsDialog", "LinkedIn Live"),
                 QT_TRANSLATE_NOOP("vitrine::DestinationsDialog",
                                   "Create a LinkedIn Live event with “Streaming software”, then copy its "
                                   "stream URL and stream key."),
                 false},
    PlatformPick{QLatin1String("custom"),
                 QT_TRANSLATE_NOOP("vitrine::DestinationsDialog", "Your site or another server (RTMP)"),
                 QT_TRANSLATE_NOOP("vitrine::DestinationsDialog",
                                   "The RTMP(S) server address and stream key your site's video host, or "
                                   "another platform, gives you."),
                 true},
};

QString trDialog(const char* text)
{
    return QCoreApplication::translate("vitrine::DestinationsDialog", text);
}

const PlatformPick* pickFor(QStringView key)
{
    for (const PlatformPick& pick : kPicks)
        if (key == pick.key)
            return &pick;
    return nullptr;
}

// "YouTube, Facebook ,, Twitch" → the names, trimmed, without empty ones.
QStringList splitTargets(const QString& text)
{
    QStringList targets;
    for (const QString& part : text.split(u','))
        if (const QString name = part.trimmed(); !name.isEmpty())
            targets << name;
    return targets;
}

QString newKeyRef()
{
    // The keychain entry is named once and for all; the key itself never leaves the keychain.
    return QStringLiteral("destination/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

DestinationsDialog::DestinationsDialog(ShowStore* store, KeyStore* keys, QWidget* parent,
                                       const ServiceCatalog* services)
    : QDialog(parent), m_store(store), m_keys(keys), m_destinations(store->document().destinations),
      m_services(services ? services : &ServiceCatalog::installed())
{
    setWindowTitle(tr("Destinations"));
    setObjectName(QStringLiteral("destinationsDialog"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("destinationList"));
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addDestination"));
    auto* remove = new QPushButton(tr("Remove"), this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. YouTube — Maison Moulin channel"));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformBox"));
    m_allServices = new QCheckBox(tr("Show all services"), this);
    m_allServices->setObjectName(QStringLiteral("allServicesBox"));
    m_allServices->setToolTip(tr("Every other service of OBS Studio's list"));
    m_allServices->setVisible(!m_services->isEmpty());
    m_servers = new QComboBox(this);
    m_servers->setObjectName(QStringLiteral("serverBox"));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("rtmps://live.example.com:443/app"));
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("serviceAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setOpenExternalLinks(true);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_enabled = new QCheckBox(tr("Go live to this destination"), this);
    m_relay = new QCheckBox(tr("Relay server (fans out to platforms)"), this);
    m_relay->setObjectName(QStringLiteral("relayBox"));
    m_relay->setToolTip(tr("The brand's own server (nginx-rtmp, SRS) that pushes this stream on to each "
                           "platform: the studio sends one stream, whatever the number of platforms."));
    m_relayTargets = new QLineEdit(this);
    m_relayTargets->setObjectName(QStringLiteral("relayTargetsEdit"));
    m_relayTargets->setPlaceholderText(tr("e.g. YouTube, Facebook, Twitch"));
    m_relayTargets->setToolTip(
        tr("Names only, separated by commas, as a reminder: the relay server streams to "
           "them, the studio does not."));
    m_vertical = new QCheckBox(tr("Vertical 9:16 (mobile platforms: TikTok, Reels, Shorts)"), this);
    m_vertical->setObjectName(QStringLiteral("verticalBox"));
    m_vertical->setToolTip(tr("This destination gets a vertical 9:16 picture made from the show's scenes, "
                              "composed and encoded beside the landscape one."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("destinationsDialogStatus"));
    m_status->setWordWrap(true);

    auto* platformRow = new QHBoxLayout;
    platformRow->addWidget(m_platform, 1);
    platformRow->addWidget(m_allServices);
    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Platform:"), platformRow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Ingest:"), m_servers);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Stream key:"), m_key);
    form->addRow(QString(), m_advice);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_relay);
    form->addRow(tr("Platforms behind the relay:"), m_relayTargets);
    form->addRow(QString(), m_vertical);
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

    fillPlatforms();
    for (const Destination& destination : std::as_const(m_destinations)) {
        m_list->addItem(destination.name);
        // Whether the keychain holds each key: a row without one says so, and OK asks for it.
        if (!m_keys || destination.keyRef.isEmpty())
            continue;
        QPointer<DestinationsDialog> self(this);
        m_keys->readKey(
            destination.keyRef, [self, keyRef = destination.keyRef](const QString& key, const QString&) {
                if (!self)
                    return;
                self->m_keyStates.insert(keyRef, key.isEmpty() ? KeyState::Missing : KeyState::Stored);
                for (int row = 0; row < self->m_destinations.size(); ++row)
                    self->refreshRow(row);
                self->refreshKeyPlaceholder();
            });
    }
    for (int index = 0; index < m_destinations.size(); ++index)
        refreshRelayRows(index);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = indexAt(row);
        showCurrent();
    });
    connect(add, &QPushButton::clicked, this, &DestinationsDialog::addDestination);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        const int index = m_current;
        const int row = rowOf(index);
        m_current = -1;
        {
            const QSignalBlocker quiet(m_list);
            while (QListWidgetItem* below = m_list->item(row + 1)) {
                if (!below->data(kRelayTargetRole).isValid())
                    break;
                delete m_list->takeItem(row + 1); // the relay's platforms go with it
            }
            delete m_list->takeItem(row);
            m_destinations.removeAt(index);
        }
        const int next = static_cast<int>(qMin(index, m_destinations.size() - 1));
        m_list->setCurrentRow(next < 0 ? -1 : rowOf(next));
        m_current = next;
        showCurrent();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (m_current >= 0 && m_current < m_destinations.size()) {
            m_destinations[m_current].name = name.trimmed();
            refreshRow(m_current);
        }
    });
    connect(m_key, &QLineEdit::textChanged, this, [this] { refreshRow(m_current); });
    connect(m_relay, &QCheckBox::toggled, this, &DestinationsDialog::onRelayEdited);
    connect(m_relayTargets, &QLineEdit::textEdited, this, &DestinationsDialog::onRelayEdited);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (m_current >= 0 && m_current < m_destinations.size() && !m_showing) {
            m_destinations[m_current].enabled = on;
            refreshRow(m_current);
        }
    });
    connect(m_vertical, &QCheckBox::toggled, this, [this](bool on) {
        if (m_current >= 0 && m_current < m_destinations.size() && !m_showing)
            m_destinations[m_current].vertical = on;
    });
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing)
            m_picked = true;
        onPlatformChosen();
    });
    connect(m_allServices, &QCheckBox::toggled, this, &DestinationsDialog::fillPlatforms);
    connect(m_servers, &QComboBox::activated, this,
            [this](int index) { m_server->setText(m_servers->itemData(index).toString()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DestinationsDialog::reject);
    if (!m_destinations.isEmpty())
        m_list->setCurrentRow(0);
    else
        m_status->setText(tr("No destination yet: add one for each platform the show goes live on."));
    showCurrent();
}

// The platforms first; with "Show all services", every other service of OBS's list after them. The current
// choice stays chosen.
void DestinationsDialog::fillPlatforms()
{
    const QString service = m_platform->currentData().toString();
    const QString platform = m_platform->currentData(kPlatformRole).toString();
    const bool showing = m_showing;
    m_showing = true; // refilling is not the user choosing
    const QSignalBlocker quiet(m_platform);
    m_platform->clear();
    QStringList offered;
    for (const PlatformPick& pick : kPicks) {
        const StreamingService* found = pick.typed ? nullptr : m_services->forPlatform(QString(pick.key));
        m_platform->addItem(trDialog(pick.name), found ? found->name : QString());
        m_platform->setItemData(m_platform->count() - 1, QString(pick.key), kPlatformRole);
        if (found)
            offered << found->name;
    }
    if (m_allServices->isChecked()) {
        m_platform->insertSeparator(m_platform->count());
        for (const StreamingService& other : m_services->sortedForPicking()) {
            if (offered.contains(other.name))
                continue;
            m_platform->addItem(other.name, other.name);
            m_platform->setItemData(m_platform->count() - 1, other.platform(), kPlatformRole);
        }
    }
    int index = service.isEmpty() ? -1 : m_platform->findData(service);
    if (index < 0)
        index = m_platform->findData(platform.isEmpty() ? QString(Platform::custom().key) : platform,
                                     kPlatformRole);
    m_platform->setCurrentIndex(qMax(0, index));
    m_showing = showing;
}

void DestinationsDialog::addDestination()
{
    storeCurrent();
    m_status->clear();
    Destination destination;
    destination.platform = QString(kPicks.front().key);
    destination.keyRef = newKeyRef();
    m_keyStates.insert(destination.keyRef, KeyState::Missing);
    m_destinations.append(destination);
    m_list->addItem(QString());
    m_list->setCurrentRow(m_list->count() - 1);
    // A new destination starts on the first platform, named after it.
    m_picked = true;
    if (m_platform->currentIndex() != 0)
        m_platform->setCurrentIndex(0);
    else
        onPlatformChosen();
    refreshRow(m_current);
    m_name->setFocus();
}

void DestinationsDialog::refreshKeyPlaceholder()
{
    if (m_current < 0 || m_current >= m_destinations.size())
        return;
    // The keychain answers after the dialog shows: the key field follows what it said.
    const KeyState state = m_keyStates.value(m_destinations[m_current].keyRef, KeyState::Unknown);
    m_key->setPlaceholderText(state == KeyState::Missing
                                  ? tr("the stream key from the platform's live dashboard")
                              : state == KeyState::Stored ? tr("unchanged (kept in the system keychain)")
                                                          : QString());
}

bool DestinationsDialog::keyMissing(int row) const
{
    if (row < 0 || row >= m_destinations.size())
        return false;
    const Destination& destination = m_destinations[row];
    if (!destination.enabled || m_newKeys.contains(destination.keyRef))
        return false;
    if (row == m_current && !m_key->text().isEmpty())
        return false;
    return m_keyStates.value(destination.keyRef, KeyState::Unknown) == KeyState::Missing;
}

int DestinationsDialog::rowOf(int index) const
{
    for (int row = 0, seen = -1; row < m_list->count(); ++row)
        if (!m_list->item(row)->data(kRelayTargetRole).isValid() && ++seen == index)
            return row;
    return -1;
}

int DestinationsDialog::indexAt(int row) const
{
    if (row < 0 || row >= m_list->count() || m_list->item(row)->data(kRelayTargetRole).isValid())
        return -1;
    int index = 0;
    for (int above = 0; above < row; ++above)
        if (!m_list->item(above)->data(kRelayTargetRole).isValid())
            ++index;
    return index;
}

// The platforms a relay feeds, as greyed rows under it: names only, not destinations (nothing selects them).
void DestinationsDialog::refreshRelayRows(int index)
{
    const int row = rowOf(index);
    if (row < 0 || index >= m_destinations.size())
        return;
    const QSignalBlocker quiet(m_list);
    while (QListWidgetItem* below = m_list->item(row + 1)) {
        if (!below->data(kRelayTargetRole).isValid())
            break;
        delete m_list->takeItem(row + 1);
    }
    const Destination& destination = m_destinations[index];
    if (!destination.relay)
        return;
    for (int i = 0; i < destination.relayTargets.size(); ++i) {
        const QString& target = destination.relayTargets.at(i);
        auto* item = new QListWidgetItem(QStringLiteral("    ↳ ") + target);
        item->setData(kRelayTargetRole, target);
        item->setFlags(Qt::NoItemFlags); // greyed, never current
        item->setToolTip(
            tr("Fed by the relay server “%1”: the studio streams to the relay only.").arg(destination.name));
        m_list->insertItem(row + 1 + i, item);
    }
}

void DestinationsDialog::onRelayEdited()
{
    m_form->setRowVisible(m_relayTargets, m_relay->isChecked());
    if (m_showing || m_current < 0 || m_current >= m_destinations.size())
        return;
    Destination& destination = m_destinations[m_current];
    destination.relay = m_relay->isChecked();
    destination.relayTargets = destination.relay ? splitTargets(m_relayTargets->text()) : QStringList();
    refreshRelayRows(m_current);
    refreshRow(m_current);
}

void DestinationsDialog::refreshRow(int index)
{
    QListWidgetItem* item = m_list->item(rowOf(index));
    if (!item || index < 0 || index >= m_destinations.size())
        return;
    const Destination& destination = m_destinations[index];
    const QString name = destination.name.isEmpty() ? tr("New destination") : destination.name;
    if (keyMissing(index)) {
        item->setText(tr("%1 — key missing").arg(name));
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(tr("No stream key: this destination cannot go live until you paste its key."));
    } else {
        item->setText(name);
        item->setIcon(QIcon());
        item->setToolTip(destination.relay ? tr("Relay server: the studio streams here, the relay pushes on "
                                                "to the platforms listed under it.")
                                           : QString());
    }
}

void DestinationsDialog::showCurrent()
{
    const bool valid = m_current >= 0 && m_current < m_destinations.size();
    for (QWidget* editor :
         std::initializer_list<QWidget*>{m_name, m_platform, m_allServices, m_servers, m_server, m_key,
                                         m_enabled, m_relay, m_relayTargets, m_vertical})
        editor->setEnabled(valid);
    m_picked = false;
    if (!valid) {
        m_name->clear();
        m_server->clear();
        m_key->clear();
        m_advice->clear();
        m_relay->setChecked(false);
        m_relayTargets->clear();
        m_form->setRowVisible(m_relayTargets, false);
        return;
    }
    m_showing = true;
    const Destination& destination = m_destinations[m_current];
    m_name->setText(destination.name);
    m_server->setText(destination.server);
    m_key->setText(m_newKeys.value(destination.keyRef));
    refreshKeyPlaceholder();
    m_enabled->setChecked(destination.enabled);
    m_relay->setChecked(destination.relay);
    m_relayTargets->setText(destination.relayTargets.join(QStringLiteral(", ")));
    m_form->setRowVisible(m_relayTargets, destination.relay);
    m_vertical->setChecked(destination.vertical);
    // The service last, so its ingest list can show the server just set.
    const StreamingService* service = m_services->find(destination.service);
    if (!service && destination.service.isEmpty())
        service = m_services->forServer(destination.server); // a show written before services were named
    QString serviceName = service ? service->name : QString();
    if (service && !m_allServices->isChecked() && m_platform->findData(serviceName) < 0)
        m_allServices->setChecked(true); // one of the other services: listed
    {
        const QSignalBlocker quiet(m_platform);
        int index = service ? m_platform->findData(serviceName) : -1;
        if (index < 0) {
            // Typed server and key: the platform's own entry, else the custom one.
            for (int i = 0; i < m_platform->count() && index < 0; ++i)
                if (m_platform->itemData(i).toString().isEmpty() &&
                    m_platform->itemData(i, kPlatformRole).toString() == destination.platform)
                    index = i;
        }
        if (index < 0)
            index = m_platform->findData(QString(Platform::custom().key), kPlatformRole);
        m_platform->setCurrentIndex(qMax(0, index));
    }
    onPlatformChosen();
    m_showing = false;
}

void DestinationsDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_destinations.size())
        return;
    Destination& destination = m_destinations[m_current];
    destination.name = m_name->text().trimmed();
    if (m_picked) {
        // Only a platform the user chose replaces the saved one: a YouTube destination on a server of its
        // own keeps counting its links under YouTube.
        destination.service = m_platform->currentData().toString();
        destination.platform = m_platform->currentData(kPlatformRole).toString();
        if (Platform::find(destination.platform) == nullptr)
            destination.platform = Platform::custom().key;
    }
    destination.server = m_server->text().trimmed();
    destination.enabled = m_enabled->isChecked();
    destination.relay = m_relay->isChecked();
    destination.relayTargets = destination.relay ? splitTargets(m_relayTargets->text()) : QStringList();
    destination.vertical = m_vertical->isChecked();
    if (destination.keyRef.isEmpty())
        destination.keyRef = newKeyRef();
    if (!m_key->text().isEmpty())
        m_newKeys.insert(destination.keyRef, m_key->text());
}

bool DestinationsDialog::isGivenName(const QString& name) const
{
    return name.isEmpty() || name == tr("New destination") || m_platform->findText(name) >= 0 ||
           m_services->find(name) != nullptr;
}

// A service fills in its ingest servers and says where its key is and what bitrate it takes; a platform
// without one says where its server and key are. Chosen by the user, it names a destination not named yet.
void DestinationsDialog::onPlatformChosen()
{
    const StreamingService* service = m_services->find(m_platform->currentData().toString());
    const QString platform = m_platform->currentData(kPlatformRole).toString();
    m_servers->clear();
    m_form->setRowVisible(m_servers, service != nullptr);
    if (!m_showing && m_current >= 0 && m_current < m_destinations.size()) {
        if (isGivenName(m_name->text().trimmed())) {
            m_name->setText(m_platform->currentText());
            m_destinations[m_current].name = m_platform->currentText();
            refreshRow(m_current);
        }
        // A typed server from another platform's service would be wrong here: cleared.
        if (!service && m_services->forServer(m_server->text().trimmed()))
            m_server->clear();
    }
    const PlatformPick* pick = pickFor(platform);
    if (!service) {
        m_advice->setText(pick ? trDialog(pick->hint).toHtmlEscaped()
                               : trDialog(kPicks.back().hint).toHtmlEscaped());
        return;
    }
    for (const StreamingService::Server& server : service->servers)
        m_servers->addItem(server.name, server.url);
    // A service chosen by the user: its first server, unless one of its servers is already set.
    if (!m_showing && m_servers->findData(m_server->text().trimmed()) < 0)
        m_server->setText(service->servers.first().url);
    const int current = m_servers->findData(m_server->text().trimmed());
    if (current >= 0)
        m_servers->setCurrentIndex(current);
    QStringList advice;
    if (!service->streamKeyLink.isEmpty())
        advice << tr("<a href=\"%1\">Get your stream key</a>").arg(service->streamKeyLink.toHtmlEscaped());
    else if (pick)
        advice << trDialog(pick->hint).toHtmlEscaped();
    if (service->maxVideoKbps > 0)
        advice << tr("%1 takes at most %2 kbps of video (more: it gets an encoder of its own)")
                      .arg(service->name.toHtmlEscaped())
                      .arg(service->maxVideoKbps);
    if (service->keyframeIntervalSeconds > 0)
        advice << tr("a keyframe every %n s", nullptr, service->keyframeIntervalSeconds);
    m_advice->setText(advice.join(QStringLiteral(" · ")));
}

DestinationsDialog::Problem DestinationsDialog::validate() const
{
    for (int row = 0; row < m_destinations.size(); ++row) {
        const Destination& destination = m_destinations[row];
        const QUrl server(destination.server, QUrl::StrictMode);
        const QString scheme = server.scheme().toLower();
        if (destination.name.isEmpty())
            return {tr("Every destination needs a name."), row, m_name};
        if (!server.isValid() || server.host().isEmpty() || (scheme != u"rtmp" && scheme != u"rtmps"))
            return {tr("“%1”: the server must be an rtmp:// or rtmps:// address, e.g. rtmps://host/app.")
                        .arg(destination.name),
                    row, m_server};
        if (keyMissing(row))
            return {tr("“%1” has no stream key: paste it from the platform's live dashboard, or untick “Go "
                       "live to this destination”.")
                        .arg(destination.name),
                    row, m_key};
    }
    return {};
}

void DestinationsDialog::accept()
{
    storeCurrent();
    const Problem problem = validate();
    if (!problem.text.isEmpty()) {
        if (problem.row != m_current)
            m_list->setCurrentRow(rowOf(problem.row));
        m_status->setText(problem.text);
        if (problem.editor)
            problem.editor->setFocus();
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
