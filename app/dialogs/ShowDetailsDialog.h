#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace vitrine {

class ShowStore;

// The show's own details, apart from its scenes and catalogue: title, hosts and brands, the campaign its
// tracked links carry, the audience's locale (prices on air and the language of replies to the chat), where
// the replay will be, and what the shop says of delivery (replies to "vous livrez en Belgique ?"). OK writes
// them to the show (autosaved).
class ShowDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShowDetailsDialog(ShowStore* store, QWidget* parent = nullptr);

    void accept() override;

private:
    // Why the fields cannot be kept as they are; empty when they can.
    QString problem() const;

    ShowStore* m_store;
    QLineEdit* m_title;
    QLineEdit* m_hosts;
    QLineEdit* m_brands;
    QLineEdit* m_campaign;
    QComboBox* m_locale;
    QLineEdit* m_replayUrl;
    QPlainTextEdit* m_delivery;
    QLabel* m_problem;
};

} // namespace vitrine
