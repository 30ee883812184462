#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace vitrine {

class ChatHub;

// The chat dock's giveaway and poll, across every chat: open a giveaway on a keyword, see the entries, draw
// a winner (its seed goes to the event log); ask a question with 2–4 options and watch the votes come in.
class EngagementPanel : public QWidget {
    Q_OBJECT
public:
    explicit EngagementPanel(ChatHub* hub, QWidget* parent = nullptr);

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    QWidget* buildGiveaway();
    QWidget* buildPoll();
    void refreshGiveaway();
    void refreshPoll();
    void toggleGiveaway();
    void togglePoll();

    ChatHub* m_hub;
    QLineEdit* m_keyword = nullptr;
    QCheckBox* m_claimedOnly = nullptr;
    QPushButton* m_giveawayButton = nullptr;
    QPushButton* m_draw = nullptr;
    QLabel* m_entries = nullptr;
    QLabel* m_winner = nullptr;
    QLineEdit* m_question = nullptr;
    QList<QLineEdit*> m_options;
    QList<QProgressBar*> m_bars;
    QPushButton* m_pollButton = nullptr;
    QLabel* m_votes = nullptr;
};

} // namespace vitrine
