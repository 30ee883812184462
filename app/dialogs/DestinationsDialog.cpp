#include "dialogs/DestinationsDialog.h"

#include "output/KeyStore.h"
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
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

namespace vitrine {

DestinationsDialog::DestinationsDialog(ShowStore* store, KeyStore* keys, QWidget* parent)
    : QDialog(parent), m_store(store), m_keys(keys), m_destinations(store->document().destinations)
{
    setWindowTitle(tr("Destinations"));
    setObjectName(QStringLiteral("destinationsDialog"));
    m_list = new QListWidget(this);
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    m_name = new QLineEdit(this);
    m_platform = new QComboBox(this);
    for (const char* platform :
         {"youtube", "facebook", "twitch", "tiktok", "instagram", "linkedin", "custom"})
        m_platform->addItem(QString::fromLatin1(platform), QString::fromLatin1(platform));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("rtmps://a.rtmp.youtube.com/live2"));
    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_enabled = new QCheckBox(tr("Go live to this destination"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Stream key:"), m_key);
    form->addRow(QString(), m_enabled);
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
    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DestinationsDialog::reject);
    if (!m_destinations.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
}

void DestinationsDialog::addDestination()
{
    storeCurrent();
    Destination destination;
    destination.name = tr("New destination");
    destination.platform = QStringLiteral("custom");
    // The keychain entry is named once and for all; the key itself never leaves the keychain.
    destination.keyRef = QStringLiteral("destination/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_destinations.append(destination);
    m_list->addItem(destination.name);
    m_list->setCurrentRow(static_cast<int>(m_destinations.size()) - 1);
}

void DestinationsDialog::showCurrent()
{
    const bool valid = m_current >= 0 && m_current < m_destinations.size();
    for (QWidget* editor : std::initializer_list<QWidget*>{m_name, m_platform, m_server, m_key, m_enabled})
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
    m_key->setPlaceholderText(tr("unchanged (kept in the system keychain)"));
    m_enabled->setChecked(destination.enabled);
}

void DestinationsDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_destinations.size())
        return;
    Destination& destination = m_destinations[m_current];
    destination.name = m_name->text().trimmed();
    destination.platform = m_platform->currentData().toString();
    destination.server = m_server->text().trimmed();
    destination.enabled = m_enabled->isChecked();
    if (destination.keyRef.isEmpty())
        destination.keyRef =
            QStringLiteral("destination/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_key->text().isEmpty())
        m_newKeys.insert(destination.keyRef, m_key->text());
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
