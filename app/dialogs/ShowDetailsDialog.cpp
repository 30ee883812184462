#include "dialogs/ShowDetailsDialog.h"

#include "show/ShowStore.h"
#include "show/TrackedLink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace vitrine {
namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(u',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

} // namespace

ShowDetailsDialog::ShowDetailsDialog(ShowStore* store, QWidget* parent)
    : QDialog(parent), m_store(store), m_title(new QLineEdit(this)), m_hosts(new QLineEdit(this)),
      m_brands(new QLineEdit(this)), m_campaign(new QLineEdit(this)), m_locale(new QComboBox(this)),
      m_replayUrl(new QLineEdit(this)), m_delivery(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("showDetailsDialog"));
    setWindowTitle(tr("Show details"));
    const ShowDocument& show = store->document();
    m_title->setObjectName(QStringLiteral("showTitle"));
    m_title->setText(show.title);
    m_hosts->setObjectName(QStringLiteral("showHosts"));
    m_hosts->setText(show.hosts.join(QStringLiteral(", ")));
    m_hosts->setPlaceholderText(tr("Names, separated by commas"));
    m_brands->setObjectName(QStringLiteral("showBrands"));
    m_brands->setText(show.brands.join(QStringLiteral(", ")));
    m_brands->setPlaceholderText(tr("Names, separated by commas"));
    m_campaign->setObjectName(QStringLiteral("showCampaign"));
    m_campaign->setText(show.campaign);
    m_campaign->setPlaceholderText(campaignSlug(show.title));
    m_campaign->setToolTip(tr("The utm_campaign of the product links posted in chats and shown as QR codes; "
                              "empty: made from the title"));
    m_locale->setObjectName(QStringLiteral("showLocale"));
    m_locale->addItem(tr("The studio's (%1)").arg(QLocale().name()), QString());
    for (const QString& name : {QStringLiteral("fr_FR"), QStringLiteral("fr_BE"), QStringLiteral("fr_CH"),
                                QStringLiteral("fr_CA"), QStringLiteral("en_GB"), QStringLiteral("en_US"),
                                QStringLiteral("de_DE"), QStringLiteral("es_ES"), QStringLiteral("it_IT")}) {
        const QLocale locale(name);
        m_locale->addItem(QStringLiteral("%1 — %2 (%3)")
                              .arg(locale.nativeLanguageName(), locale.nativeTerritoryName(), name),
                          name);
    }
    if (!show.locale.isEmpty() && m_locale->findData(show.locale) < 0)
        m_locale->addItem(show.locale, show.locale);
    m_locale->setCurrentIndex(std::max(0, m_locale->findData(show.locale)));
    m_locale->setToolTip(tr("How prices are written on air, and the language replies to the chat take when "
                            "a question gives no clue"));
    m_replayUrl->setObjectName(QStringLiteral("showReplayUrl"));
    m_replayUrl->setText(show.replayUrl);
    m_replayUrl->setPlaceholderText(QStringLiteral("https://"));
    m_delivery->setObjectName(QStringLiteral("showDelivery"));
    m_delivery->setPlainText(show.deliveryInfo);
    m_delivery->setPlaceholderText(tr("e.g. Free delivery from €49 in mainland France, shipped within 48 h"));
    m_delivery->setToolTip(tr("Proposed as the reply when a viewer asks about delivery"));
    m_delivery->setFixedHeight(m_delivery->fontMetrics().lineSpacing() * 4);
    m_problem->setObjectName(QStringLiteral("showDetailsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Hosts:"), m_hosts);
    form->addRow(tr("&Brands:"), m_brands);
    form->addRow(tr("&Campaign:"), m_campaign);
    form->addRow(tr("Audience &locale:"), m_locale);
    form->addRow(tr("&Replay page:"), m_replayUrl);
    form->addRow(tr("&Delivery:"), m_delivery);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShowDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShowDetailsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString ShowDetailsDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("The show needs a title.");
    const QString replay = m_replayUrl->text().trimmed();
    if (!replay.isEmpty()) {
        const QUrl url(replay, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return tr("The replay page must be an http:// or https:// address.");
    }
    return {};
}

void ShowDetailsDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return;
    m_store->update([this](ShowDocument& show) {
        show.title = m_title->text().trimmed();
        show.hosts = splitList(m_hosts->text());
        show.brands = splitList(m_brands->text());
        show.campaign = m_campaign->text().trimmed();
        show.locale = m_locale->currentData().toString();
        show.replayUrl = m_replayUrl->text().trimmed();
        show.deliveryInfo = m_delivery->toPlainText().simplified();
    });
    QDialog::accept();
}

} // namespace vitrine
