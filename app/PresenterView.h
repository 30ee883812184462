#pragma once

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <utility>

class QLabel;
class QToolButton;

namespace vitrine {

class ChatHub;
class ClaimBook;
class EventLog;
class LiveShow;
class LiveState;
class ShowStore;

// What the presenter reads on camera, on a second screen or full screen: the product on air (title, price,
// stock in words and colour, pitch and key facts, claim code), the promo and flash-sale countdowns, the
// run-of-show segment with its time left and how far behind or ahead of plan the live is, the next question
// from chat, the claims of the product and the producer's notes. Large type sized from the window, white on
// black; nothing to click but a small full-screen toggle and close (F11 toggles full screen, Esc leaves it).
// Everything comes from the running show's signals; the countdowns tick four times a second.
class PresenterView : public QWidget {
    Q_OBJECT
public:
    // What the view reads; none owned, all required.
    struct Parts {
        const ShowStore* store = nullptr;
        LiveState* live = nullptr;
        ChatHub* chat = nullptr;
        ClaimBook* claims = nullptr;
        const EventLog* events = nullptr; // the live's clock, for behind/ahead of plan
    };
    static Parts partsOf(LiveShow& show);

    explicit PresenterView(const Parts& parts, QWidget* parent = nullptr);

    // Full screen on a screen other than `beside`'s when there are several; else a normal window beside it.
    void showOn(QWidget* beside);
    void toggleFullScreen();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QLabel* addLabel(const QString& name, int pixels, bool bold = false);
    void scaleFonts();
    void detach();
    void refreshAll();
    void refreshProduct();
    void refreshPromo();
    void refreshSegment();
    void refreshQuestion();
    void refreshClaims();
    void refreshNotes();

    Parts m_parts;
    QList<std::pair<QPointer<QWidget>, int>> m_sized; // widget → its font's pixel size at 1080 p
    QTimer m_tick;

    QLabel* m_segmentTitle = nullptr;
    QLabel* m_segmentLeft = nullptr;
    QLabel* m_plan = nullptr;
    QToolButton* m_fullScreen = nullptr;
    QToolButton* m_close = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_vendor = nullptr;
    QLabel* m_price = nullptr;
    QLabel* m_compareAt = nullptr;
    QLabel* m_stock = nullptr;
    QLabel* m_variants = nullptr;
    QLabel* m_claimCode = nullptr;
    QLabel* m_pitch = nullptr;
    QLabel* m_facts = nullptr;

    QLabel* m_promoCode = nullptr;
    QLabel* m_promoText = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_flash = nullptr;
    QLabel* m_claims = nullptr;
    QLabel* m_claimsDetail = nullptr;

    QLabel* m_questionHeader = nullptr;
    QLabel* m_questionAuthor = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_notes = nullptr;
};

} // namespace vitrine
