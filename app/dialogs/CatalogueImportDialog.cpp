#include "dialogs/CatalogueImportDialog.h"

#include "show/CatalogueMerge.h"
#include "show/ShowStore.h"
#include "show/import/CatalogueSource.h"
#include "show/import/ImportSummary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace vitrine {
namespace {

using Field = ColumnMapping::Field;

// The CSV the preview rows came from, written back so the real importer reads them: the table then shows
// exactly what the import will make of them (prices parsed, HTML decoded, rows grouped into products).
QByteArray toCsv(const QStringList& headers, const QList<QStringList>& rows)
{
    auto line = [](const QStringList& fields) -> QByteArray {
        QStringList quoted;
        for (QString field : fields)
            quoted << u'"' + field.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return quoted.join(u',').toUtf8() + "\r\n";
    };
    QByteArray csv = line(headers);
    for (const QStringList& row : rows)
        csv += line(row);
    return csv;
}

QString formatName(CatalogueFormat format, bool shopifyCsv)
{
    switch (format) {
    case CatalogueFormat::MerchantFeed:
        return CatalogueImportDialog::tr("Google Merchant Center feed");
    case CatalogueFormat::ShopifyJson:
        return CatalogueImportDialog::tr("Shopify products.json");
    case CatalogueFormat::Csv:
        break;
    }
    return shopifyCsv
               ? CatalogueImportDialog::tr("Shopify product export (CSV) recognised: columns mapped from its "
                                           "headers")
               : CatalogueImportDialog::tr("CSV: check which column feeds which field");
}

} // namespace

CatalogueImportDialog::CatalogueImportDialog(ShowStore* store, QNetworkAccessManager* network,
                                             QWidget* parent)
    : QDialog(parent), m_store(store),
      m_download(new CatalogueDownload(network ? network : new QNetworkAccessManager(this), this))
{
    setWindowTitle(tr("Import a catalogue"));
    setObjectName(QStringLiteral("catalogueImportDialog"));
    resize(900, 600);
    connect(m_download, &CatalogueDownload::finished, this, &CatalogueImportDialog::onDownloaded);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSourcePage());
    m_pages->addWidget(buildReadingPage());
    m_pages->addWidget(buildMappingPage());
    m_pages->addWidget(buildReviewPage());

    auto* buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = buttons->addButton(tr("Next"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_back, &QPushButton::clicked, this, &CatalogueImportDialog::onBack);
    connect(m_next, &QPushButton::clicked, this, &CatalogueImportDialog::onNext);
    connect(m_import, &QPushButton::clicked, this, &CatalogueImportDialog::onImport);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    setStep(Step::Source);
}

CatalogueImportDialog::~CatalogueImportDialog() = default;

QWidget* CatalogueImportDialog::buildSourcePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro =
        new QLabel(tr("Import products from a CSV (Shopify's product export or any spreadsheet), a "
                      "Shopify products.json or a Google Merchant Center feed, from a file or an "
                      "http(s) address. Products already in the show are updated by SKU; your pitch "
                      "and order are kept."),
                   page);
    intro->setWordWrap(true);
    auto* row = new QHBoxLayout;
    m_sourceEdit = new QLineEdit(page);
    m_sourceEdit->setObjectName(QStringLiteral("sourceEdit"));
    m_sourceEdit->setPlaceholderText(tr("File or https://shop.example/feed.xml"));
    m_sourceEdit->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &CatalogueImportDialog::onBrowse);
    connect(m_sourceEdit, &QLineEdit::textChanged, this, [this] {
        m_next->setEnabled(!m_sourceEdit->text().trimmed().isEmpty());
        m_sourceError->clear();
    });
    connect(m_sourceEdit, &QLineEdit::returnPressed, this, &CatalogueImportDialog::readSource);
    row->addWidget(m_sourceEdit, 1);
    row->addWidget(browse);
    m_sourceError = new QLabel(page);
    m_sourceError->setObjectName(QStringLiteral("sourceError"));
    m_sourceError->setWordWrap(true);
    m_sourceError->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_sourceError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_sourceError);
    layout->addStretch(1);
    return page;
}

QWidget* CatalogueImportDialog::buildReadingPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_readingLabel = new QLabel(page);
    m_readingLabel->setWordWrap(true);
    auto* progress = new QProgressBar(page);
    progress->setRange(0, 0); // how long a feed takes is not known in advance
    layout->addStretch(1);
    layout->addWidget(m_readingLabel);
    layout->addWidget(progress);
    layout->addStretch(1);
    return page;
}

QWidget* CatalogueImportDialog::buildMappingPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_formatLabel = new QLabel(page);
    m_formatLabel->setObjectName(QStringLiteral("formatLabel"));
    m_formatLabel->setWordWrap(true);
    layout->addWidget(m_formatLabel);

    auto* grid = new QGridLayout;
    constexpr int kPairsPerRow = 3;
    for (int i = 0; i < ColumnMapping::FieldCount; ++i) {
        auto* combo = new QComboBox(page);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(i));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::activated, this, &CatalogueImportDialog::onMappingChanged);
        auto* label = new QLabel(ColumnMapping::fieldLabel(static_cast<Field>(i)), page);
        label->setBuddy(combo);
        grid->addWidget(label, i / kPairsPerRow, (i % kPairsPerRow) * 2);
        grid->addWidget(combo, i / kPairsPerRow, (i % kPairsPerRow) * 2 + 1);
        m_fieldCombos << combo;
    }
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                           QStringLiteral("CHF"), QStringLiteral("CAD")};
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (!local.isEmpty() && !currencies.contains(local))
        currencies.prepend(local);
    m_currency->addItems(currencies);
    m_currency->setToolTip(tr("The currency of prices that do not say theirs"));
    connect(m_currency, &QComboBox::currentTextChanged, this, &CatalogueImportDialog::refreshPreview);
    const int last = ColumnMapping::FieldCount;
    grid->addWidget(new QLabel(tr("Currency"), page), last / kPairsPerRow, (last % kPairsPerRow) * 2);
    grid->addWidget(m_currency, last / kPairsPerRow, (last % kPairsPerRow) * 2 + 1);
    layout->addLayout(grid);

    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(new QLabel(tr("The first rows, as they will import:"), page));
    layout->addWidget(m_preview, 1);
    m_previewIssues = new QLabel(page);
    m_previewIssues->setObjectName(QStringLiteral("previewIssues"));
    m_previewIssues->setWordWrap(true);
    m_previewIssues->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_previewIssues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_previewIssues);
    return page;
}

QWidget* CatalogueImportDialog::buildReviewPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_headline = new QLabel(page);
    m_headline->setObjectName(QStringLiteral("reviewHeadline"));
    m_headline->setWordWrap(true);
    m_details = new QPlainTextEdit(page);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* note = new QLabel(tr("Nothing changes in the show until you choose Import."), page);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(note);
    return page;
}

void CatalogueImportDialog::setStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(static_cast<int>(step));
    m_back->setVisible(step == Step::Mapping || step == Step::Review);
    m_next->setVisible(step == Step::Source || step == Step::Mapping);
    m_next->setEnabled(step != Step::Source || !m_sourceEdit->text().trimmed().isEmpty());
    m_import->setVisible(step == Step::Review);
    m_import->setEnabled(step == Step::Review && m_summary && m_summary->canImport());
    if (step == Step::Mapping)
        m_next->setEnabled(m_mapping.missingRequired().isEmpty());
    Q_EMIT stepChanged(step);
}

void CatalogueImportDialog::setSource(const QString& pathOrUrl)
{
    m_sourceEdit->setText(QDir::toNativeSeparators(pathOrUrl));
}

void CatalogueImportDialog::onBrowse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a catalogue"), QString(),
                                     tr("Catalogues (*.csv *.json *.xml *.rss *.atom *.txt);;All files (*)"));
    if (!path.isEmpty())
        setSource(path);
}

void CatalogueImportDialog::onNext()
{
    if (m_step == Step::Source)
        readSource();
    else if (m_step == Step::Mapping)
        importAll();
}

void CatalogueImportDialog::onBack()
{
    if (m_step == Step::Review && m_format == CatalogueFormat::Csv)
        setStep(Step::Mapping);
    else
        setStep(Step::Source);
}

void CatalogueImportDialog::readSource()
{
    if (m_step != Step::Source)
        return;
    m_source = m_sourceEdit->text().trimmed();
    if (m_source.isEmpty())
        return;
    m_readingLabel->setText(isRemoteCatalogue(m_source) ? tr("Downloading %1…").arg(m_source)
                                                        : tr("Opening %1…").arg(m_source));
    setStep(Step::Reading);
    m_download->start(m_source);
}

void CatalogueImportDialog::onDownloaded(bool ok, const QString& error)
{
    if (!ok) {
        m_sourceError->setText(error);
        setStep(Step::Source);
        return;
    }
    m_format = detectCatalogueFormat(m_download->localPath());
    if (m_format == CatalogueFormat::Csv)
        showMapping();
    else
        importAll();
}

void CatalogueImportDialog::showMapping()
{
    CsvProductImporter importer(m_download->localPath());
    m_csvPreview = importer.preview(kPreviewRows);
    if (m_csvPreview.fatal && m_csvPreview.headers.isEmpty()) {
        QStringList lines;
        for (ImportIssue issue : std::as_const(m_csvPreview.issues)) {
            if (issue.file == m_download->localPath())
                issue.file = m_download->sourceName();
            lines << issue.toString();
        }
        m_sourceError->setText(lines.join(u'\n'));
        setStep(Step::Source);
        return;
    }
    m_mapping = m_csvPreview.mapping;
    m_formatLabel->setText(formatName(CatalogueFormat::Csv, m_mapping.shopify));
    for (int i = 0; i < ColumnMapping::FieldCount; ++i) {
        QComboBox* combo = m_fieldCombos.at(i);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int column = 0; column < m_csvPreview.headers.size(); ++column)
            combo->addItem(m_csvPreview.headers.at(column), column);
        combo->setCurrentIndex(combo->findData(m_mapping.column(static_cast<Field>(i))));
    }
    refreshPreview();
    setStep(Step::Mapping);
}

void CatalogueImportDialog::onMappingChanged()
{
    for (int i = 0; i < ColumnMapping::FieldCount; ++i)
        m_mapping.setColumn(static_cast<Field>(i), m_fieldCombos.at(i)->currentData().toInt());
    refreshPreview();
    m_next->setEnabled(m_mapping.missingRequired().isEmpty());
}

void CatalogueImportDialog::refreshPreview()
{
    if (!m_preview || m_csvPreview.headers.isEmpty())
        return;
    QStringList problems;
    for (const ImportIssue& issue : std::as_const(m_csvPreview.issues))
        problems << issue.toString().replace(m_download->localPath(), m_download->sourceName());
    const QList<Field> missing = m_mapping.missingRequired();
    if (!missing.isEmpty()) {
        QStringList names;
        for (Field field : missing)
            names << ColumnMapping::fieldLabel(field);
        problems.prepend(tr("Choose a column for: %1").arg(names.join(QStringLiteral(", "))));
    }

    ImportReport report;
    if (missing.isEmpty()) {
        CsvProductImporter importer(toCsv(m_csvPreview.headers, m_csvPreview.rows), m_download->sourceName());
        importer.setDefaultCurrency(m_currency->currentText().trimmed().toUpper());
        report = importer.import(m_mapping);
        for (const ImportIssue& issue : std::as_const(report.issues))
            problems << issue.toString();
    }
    const QStringList columns{tr("SKU"),     tr("Title"), tr("Price"), tr("Compare at"), tr("Stock"),
                              tr("Options"), tr("Image"), tr("Link"),  tr("Brand"),      tr("Pitch")};
    const QLocale locale;
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(columns.size()));
    m_preview->setHorizontalHeaderLabels(columns);
    m_preview->setRowCount(static_cast<int>(report.products.size()));
    for (int row = 0; row < report.products.size(); ++row) {
        const Product& product = report.products.at(row);
        QStringList options;
        for (const ProductVariant& variant : product.variants)
            options << (variant.title.isEmpty() ? variant.sku : variant.title);
        const QStringList cells{product.sku,
                                product.title,
                                product.price.toDisplayString(locale),
                                product.compareAtPrice ? product.compareAtPrice->toDisplayString(locale)
                                                       : QString(),
                                product.stock ? QString::number(*product.stock)
                                              : (product.available ? tr("unknown") : tr("sold out")),
                                options.join(QStringLiteral(", ")),
                                product.images.value(0),
                                product.url,
                                product.vendor,
                                product.pitch.left(120)};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->resizeColumnsToContents();
    m_previewIssues->setText(problems.join(u'\n'));
}

void CatalogueImportDialog::importAll()
{
    const QString path = m_download->localPath();
    const QString source = m_download->sourceName();
    m_readingLabel->setText(tr("Reading %1…").arg(source));
    setStep(Step::Reading);
    std::function<ImportReport()> read;
    if (m_format == CatalogueFormat::Csv)
        read = [path, mapping = m_mapping, currency = m_currency->currentText().trimmed().toUpper()] {
            CsvProductImporter importer(path);
            importer.setDefaultCurrency(currency);
            return importer.import(mapping);
        };
    else
        read = [path] { return importCatalogueFile(path); };
    // The merge and the review text cost a noticeable fraction of a second for 100,000 products: they are
    // made on the worker too, against a snapshot of the catalogue (an implicitly shared copy).
    m_snapshot = m_store->document().products;
    auto prepared = std::make_shared<PreparedReview>();
    auto work = [read = std::move(read), prepared, snapshot = m_snapshot, path, source] {
        ImportReport report = read();
        renameImportSource(&report, path, source);
        MergeReport merge;
        prepared->merged = mergeCatalogue(snapshot, report.products, &merge);
        prepared->summary = std::make_shared<ImportSummary>(source, report, merge);
        // A 100,000-product feed lists 100,000 new products: the first lines tell enough.
        QStringList lines = prepared->summary->issueLines() + prepared->summary->changeLines();
        if (lines.size() > kMaxDetailLines) {
            const int more = static_cast<int>(lines.size()) - kMaxDetailLines;
            lines = lines.mid(0, kMaxDetailLines);
            lines << tr("… and %n more", nullptr, more);
        }
        prepared->details = lines.join(u'\n');
        return ImportReport{};
    };
    m_worker = importInBackground(this, std::move(work),
                                  [this, prepared](const ImportReport&) { review(*prepared); });
}

void CatalogueImportDialog::review(const PreparedReview& prepared)
{
    m_merged = prepared.merged;
    m_summary = prepared.summary;
    QString headline = m_summary->headline();
    if (m_format != CatalogueFormat::Csv)
        headline = formatName(m_format, false) + QStringLiteral(". ") + headline;
    m_headline->setText(headline);
    m_details->setPlainText(prepared.details);
    setStep(Step::Review);
}

void CatalogueImportDialog::onImport()
{
    if (!m_summary || !m_summary->canImport())
        return;
    // The catalogue moved while the producer was reading the review (a stock refresh): merge again with it.
    if (m_store->document().products.constData() != m_snapshot.constData()) {
        MergeReport merge;
        m_merged = mergeCatalogue(m_store->document().products, m_merged, &merge);
    }
    m_store->update([this](ShowDocument& show) {
        show.products = m_merged;
        adoptCatalogueFeed(&show, m_source);
    });
    m_importedCount = static_cast<int>(m_merged.size());
    accept();
}

} // namespace vitrine
