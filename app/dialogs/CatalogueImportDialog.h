#pragma once

#include "show/Product.h"
#include "show/import/CatalogueFileImporter.h"
#include "show/import/CsvProductImporter.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThread;

namespace vitrine {

class CatalogueDownload;
class ImportSummary;
class ShowStore;

// Imports a catalogue into the show in three steps: the source (a file or an http(s) URL); for a CSV, the
// column mapping with a preview of the first rows as they will import; then the review of what the merge
// would change, with every error. Reading runs off the GUI thread; the show is untouched until "Import".
class CatalogueImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { Source, Reading, Mapping, Review };
    Q_ENUM(Step)

    static constexpr int kPreviewRows = 20;
    static constexpr int kMaxDetailLines = 2000;

    // `network` may be null: the dialog then makes its own for URLs.
    CatalogueImportDialog(ShowStore* store, QNetworkAccessManager* network, QWidget* parent = nullptr);
    ~CatalogueImportDialog() override;

    Step step() const { return m_step; }
    void setSource(const QString& pathOrUrl);
    // Reads the source: what "Next" does on the first step.
    void readSource();
    // How many products the accepted import left in the show.
    int importedCount() const { return m_importedCount; }

Q_SIGNALS:
    void stepChanged(vitrine::CatalogueImportDialog::Step step);

private:
    QWidget* buildSourcePage();
    QWidget* buildReadingPage();
    QWidget* buildMappingPage();
    QWidget* buildReviewPage();
    void setStep(Step step);
    void onBrowse();
    void onNext();
    void onBack();
    void onDownloaded(bool ok, const QString& error);
    void showMapping();
    void onMappingChanged();
    void refreshPreview();
    void importAll();
    struct PreparedReview {
        QList<Product> merged;
        std::shared_ptr<ImportSummary> summary;
        QString details;
    };
    void review(const PreparedReview& prepared);
    void onImport();

    ShowStore* m_store;
    CatalogueDownload* m_download;
    QStackedWidget* m_pages = nullptr;
    Step m_step = Step::Source;

    QLineEdit* m_sourceEdit = nullptr;
    QLabel* m_sourceError = nullptr;
    QLabel* m_readingLabel = nullptr;
    QLabel* m_formatLabel = nullptr;
    QList<QComboBox*> m_fieldCombos; // indexed by ColumnMapping::Field
    QComboBox* m_currency = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewIssues = nullptr;
    QLabel* m_headline = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_import = nullptr;

    QString m_source; // as typed: a path or URL
    CatalogueFormat m_format = CatalogueFormat::Csv;
    CsvPreview m_csvPreview;
    ColumnMapping m_mapping;
    QList<Product> m_snapshot; // the catalogue the review was merged with
    QList<Product> m_merged;
    std::shared_ptr<ImportSummary> m_summary;
    QPointer<QThread> m_worker;
    int m_importedCount = 0;
};

} // namespace vitrine
