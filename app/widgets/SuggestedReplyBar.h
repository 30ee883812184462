#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace vitrine {

class ChatHub;

// Under the questions: the reply the catalogue gives to the selected question (its price, variants, stock or
// delivery), sent with one click to the chat it was asked in. Hidden when the catalogue has nothing to say.
class SuggestedReplyBar : public QWidget {
    Q_OBJECT
public:
    explicit SuggestedReplyBar(ChatHub* hub, QWidget* parent = nullptr);

    // The question to propose a reply to; empty: none.
    void setQuestion(const QString& key);
    QString proposal() const { return m_text; }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void refresh();
    void send();

    ChatHub* m_hub;
    QString m_key;
    QString m_text;
    QLabel* m_label;
    QPushButton* m_send;
};

} // namespace vitrine
