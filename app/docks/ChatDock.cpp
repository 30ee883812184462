#include "docks/ChatDock.h"

#include "auth/TokenStore.h"
#include "chat/ChatAccounts.h"
#include "chat/ChatSources.h"
#include "dialogs/ChatSourcesDialog.h"

#include "chat/ChatHub.h"
#include "chat/ChatListModel.h"
#include "chat/ChatTranscript.h"
#include "widgets/ChatComposer.h"
#include "widgets/ChatFilterProxyModel.h"
#include "widgets/ChatMessageDelegate.h"
#include "widgets/EngagementPanel.h"
#include "widgets/SuggestedReplyBar.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vitrine {

namespace {
constexpr int kStatusMs = 6000;
constexpr int kAccountsWaitMs = 5000;
constexpr int kRefreshMs = 500; // buy intents and question counts: at most twice a second

QListView* makeChatList(QWidget* parent, const QString& name)
{
    auto* view = new QListView(parent);
    view->setObjectName(name);
    // Uniform sizes and batched layout keep a list of thousands of rows cheap to append to.
    view->setUniformItemSizes(true);
    view->setLayoutMode(QListView::Batched);
    view->setBatchSize(200);
    view->setItemDelegate(new ChatMessageDelegate(view));
    view->setMinimumHeight(60); // the dock shares its column with the products on a laptop's screen
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    return view;
}

QString stateText(ChatConnector::State state)
{
    switch (state) {
    case ChatConnector::State::Idle:
        return QCoreApplication::translate("vitrine::ChatDock", "off");
    case ChatConnector::State::Connecting:
        return QCoreApplication::translate("vitrine::ChatDock", "connecting…");
    case ChatConnector::State::Connected:
        return QCoreApplication::translate("vitrine::ChatDock", "connected");
    case ChatConnector::State::Reconnecting:
        return QCoreApplication::translate("vitrine::ChatDock", "reconnecting…");
    case ChatConnector::State::Failed:
        break;
    }
    return QCoreApplication::translate("vitrine::ChatDock", "failed");
}

QString keyOf(const QModelIndex& index)
{
    return index.data(ChatListModel::KeyRole).toString();
}
} // namespace

ChatDock::ChatDock(ChatHub* hub, QWidget* parent)
    : QDockWidget(tr("Chat"), parent), m_hub(hub),
      m_accounts(new ChatAccounts(ChatAccounts::configsFromSettings(),
                                  new TokenStore(QString::fromLatin1(TokenStore::kDefaultService), this),
                                  this))
{
    setObjectName(QStringLiteral("ChatDock"));
    connect(m_accounts, &ChatAccounts::authorizeUrlReady, this, [](const QUrl& url) {
        QDesktopServices::openUrl(url); // the core never opens windows
    });
    connect(m_accounts, &ChatAccounts::settled, this, [this] {
        if (m_connectWhenSettled)
            connectSavedChats();
    });
    connect(m_accounts, &ChatAccounts::accountChanged, this, [this] {
        if (m_connectWhenSettled)
            return; // the chats connect once every account is read
        m_hub->removeAllConnectors();
        connectSavedChats();
    });
    connect(m_accounts, &ChatAccounts::tokenRenewed, this,
            [this](ChatPlatform platform, const QString& token) {
                for (ChatConnector* connector : m_hub->connectors())
                    if (connector->platform() == platform)
                        connector->setAccessToken(token);
            });
    m_chatModel = new ChatListModel(hub, ChatListModel::Source::View, this);
    m_questionsModel = new ChatListModel(hub, ChatListModel::Source::Questions, this);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_connectors = new QLabel(body);
    m_connectors->setObjectName(QStringLiteral("chatConnectors"));
    m_connectors->setWordWrap(true);
    auto* connectorsRow = new QHBoxLayout;
    connectorsRow->addWidget(m_connectors, 1);
    auto* chooseChats = new QPushButton(tr("Chats…"), body);
    chooseChats->setObjectName(QStringLiteral("chatSources"));
    chooseChats->setToolTip(tr("Choose which platforms' chats are merged here"));
    connect(chooseChats, &QPushButton::clicked, this, &ChatDock::chooseChats);
    connectorsRow->addWidget(chooseChats, 0, Qt::AlignTop);
    layout->addLayout(connectorsRow);

    m_tabs = new QTabWidget(body);
    m_tabs->addTab(buildChatTab(), tr("Chat"));
    m_tabs->addTab(buildQuestionsTab(), tr("Questions"));
    auto* engagement = new EngagementPanel(hub);
    connect(engagement, &EngagementPanel::errorOccurred, this, &ChatDock::showError);
    // Scrolled: its form is taller than the chat's list, and the dock must not grow the window.
    auto* engagementScroll = new QScrollArea(m_tabs);
    engagementScroll->setWidget(engagement);
    engagementScroll->setWidgetResizable(true);
    engagementScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(engagementScroll, tr("Giveaway && poll"));
    layout->addWidget(m_tabs, 1);

    m_buyIntent = new QLabel(body);
    m_buyIntent->setObjectName(QStringLiteral("chatBuyIntent"));
    m_buyIntent->setWordWrap(true);
    layout->addWidget(m_buyIntent);

    m_composer = new ChatComposer(hub, body);
    layout->addWidget(m_composer);
    connect(m_composer, &ChatComposer::message, this, &ChatDock::showError);

    // Opt-in, remembered: a pinned product's tracked link (utm_source = the platform) goes to every chat.
    auto* postLinks = new QCheckBox(tr("Post pinned links to the chats"), body);
    postLinks->setObjectName(QStringLiteral("chatPostPinnedLinks"));
    postLinks->setToolTip(tr("When a product is pinned, its link, tracked per platform, is posted to every "
                             "chat the studio can write to."));
    const bool postPinned = QSettings().value(QStringLiteral("chat/postPinnedLinks"), false).toBool();
    postLinks->setChecked(postPinned);
    hub->setPostPinnedLinks(postPinned);
    connect(postLinks, &QCheckBox::toggled, this, [this](bool on) {
        m_hub->setPostPinnedLinks(on);
        QSettings().setValue(QStringLiteral("chat/postPinnedLinks"), on);
    });
    layout->addWidget(postLinks);

    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    setWidget(body);

    m_nextQuestion = new QAction(tr("Next question"), this);
    m_nextQuestion->setObjectName(QStringLiteral("chatNextQuestion"));
    m_nextQuestion->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_nextQuestion->setShortcutContext(Qt::WindowShortcut);
    addAction(m_nextQuestion);
    connect(m_nextQuestion, &QAction::triggered, this, &ChatDock::onNextQuestion);

    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(kRefreshMs);
    connect(m_refreshSoon, &QTimer::timeout, this, [this] {
        refreshBuyIntent();
        refreshQuestionsTitle();
    });
    auto refreshLater = [this] {
        if (!m_refreshSoon->isActive())
            m_refreshSoon->start();
    };
    connect(hub->buyIntent(), &BuyIntent::countsChanged, this, refreshLater);
    connect(hub, &ChatHub::questionsChanged, this, refreshLater);
    connect(hub, &ChatHub::connectorStateChanged, this, &ChatDock::refreshConnectors);
    connect(hub, &ChatHub::errorOccurred, this, &ChatDock::showError);
    connect(hub, &ChatHub::errorOccurred, this, &ChatDock::message);
    connect(hub, &ChatHub::currentQuestionChanged, this, [this](const QString& key) {
        const int row = m_questionsModel->rowOfKey(key);
        if (row < 0)
            return;
        const QModelIndex shown = m_questionsFilter->mapFromSource(m_questionsModel->index(row));
        if (shown.isValid()) {
            m_questionsView->setCurrentIndex(shown);
            m_questionsView->scrollTo(shown);
        }
    });
    refreshConnectors();
    refreshBuyIntent();
    refreshQuestionsTitle();
}

QWidget* ChatDock::buildChatTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("chatSearch"));
    m_search->setPlaceholderText(tr("Search the chat…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    for (const ChatPlatform platform : kChatPlatforms) {
        const QString name = chatPlatformInfo(platform).name();
        auto* toggle = new QToolButton(tab);
        toggle->setObjectName(QStringLiteral("chatFilter-") + chatPlatformKey(platform));
        toggle->setText(ChatMessageDelegate::platformLetter(platform));
        toggle->setToolTip(tr("Show %1 messages").arg(name));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setStyleSheet(QStringLiteral("QToolButton:checked { color: white; background: %1; }")
                                  .arg(ChatMessageDelegate::platformColor(platform).name()));
        filters->addWidget(toggle);
        m_platformToggles.insert(platform, toggle);
        connect(toggle, &QToolButton::toggled, this,
                [this, p = platform](bool shown) { m_chatFilter->setPlatformShown(p, shown); });
    }
    auto* more = new QToolButton(tab);
    more->setObjectName(QStringLiteral("chatMore"));
    more->setText(QStringLiteral("⋯"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* moreMenu = new QMenu(more);
    QAction* blocked = moreMenu->addAction(tr("Blocked words…"));
    connect(blocked, &QAction::triggered, this, &ChatDock::editBlockedWords);
    QAction* exportTranscript = moreMenu->addAction(tr("Export transcript…"));
    connect(exportTranscript, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the chat transcript"), {},
                                                          tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
        if (!path.isEmpty())
            exportTranscriptTo(path);
    });
    more->setMenu(moreMenu);
    filters->addWidget(more);
    layout->addLayout(filters);

    m_chatFilter = new ChatFilterProxyModel(this);
    m_chatFilter->setSourceModel(m_chatModel);
    m_chatView = makeChatList(tab, QStringLiteral("chatView"));
    m_chatView->setModel(m_chatFilter);
    layout->addWidget(m_chatView, 1);
    connect(m_search, &QLineEdit::textChanged, m_chatFilter, &ChatFilterProxyModel::setSearchText);

    m_newMessages = new QPushButton(tab);
    m_newMessages->setObjectName(QStringLiteral("chatNewMessages"));
    m_newMessages->hide();
    layout->addWidget(m_newMessages);
    connect(m_newMessages, &QPushButton::clicked, this, &ChatDock::followLatest);

    connect(m_chatFilter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { onChatRowsInserted(first, last); });
    connect(m_chatFilter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) { onChatRowsAboutToBeRemoved(first, last); });
    connect(m_chatView->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatDock::onScrolled);
    connect(m_chatView->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_following)
            m_chatView->scrollToBottom();
    });
    connect(m_chatView, &QListView::customContextMenuRequested, this, &ChatDock::onChatContextMenu);
    connect(m_chatView, &QListView::doubleClicked, this, &ChatDock::onMessageDoubleClicked);
    return tab;
}

QWidget* ChatDock::buildQuestionsTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    m_questionsFilter = new ChatFilterProxyModel(this);
    m_questionsFilter->setSourceModel(m_questionsModel);
    m_questionsView = makeChatList(tab, QStringLiteral("questionsView"));
    m_questionsView->setModel(m_questionsFilter);
    layout->addWidget(m_questionsView, 1);
    connect(m_questionsView, &QListView::customContextMenuRequested, this, &ChatDock::onQuestionsContextMenu);
    connect(m_questionsView, &QListView::doubleClicked, this, &ChatDock::onMessageDoubleClicked);
    auto* suggestion = new SuggestedReplyBar(m_hub, tab);
    layout->addWidget(suggestion);
    connect(suggestion, &SuggestedReplyBar::errorOccurred, this, &ChatDock::showError);
    connect(m_questionsView->selectionModel(), &QItemSelectionModel::currentChanged, suggestion,
            [suggestion](const QModelIndex& current) { suggestion->setQuestion(keyOf(current)); });

    auto* buttons = new QHBoxLayout;
    auto* showAnswered = new QCheckBox(tr("Show answered"), tab);
    showAnswered->setObjectName(QStringLiteral("chatShowAnswered"));
    showAnswered->setChecked(true);
    connect(showAnswered, &QCheckBox::toggled, m_questionsFilter, &ChatFilterProxyModel::setShowAnswered);
    auto* markAnswered = new QPushButton(tr("Mark answered"), tab);
    markAnswered->setObjectName(QStringLiteral("chatMarkAnswered"));
    connect(markAnswered, &QPushButton::clicked, this, &ChatDock::onMarkAnswered);
    auto* next = new QPushButton(tr("Next question"), tab);
    next->setObjectName(QStringLiteral("chatNextQuestionButton"));
    next->setToolTip(tr("Marks the current question answered and selects the next one (Ctrl+Shift+Q)"));
    connect(next, &QPushButton::clicked, this, &ChatDock::onNextQuestion);
    // The filter on its own row: the buttons' row stays narrow in every language (the dock keeps its width).
    layout->addWidget(showAnswered);
    buttons->addStretch(1);
    buttons->addWidget(markAnswered);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    return tab;
}

void ChatDock::followLatest()
{
    m_following = true;
    m_unseen = 0;
    m_newMessages->hide();
    m_chatView->scrollToBottom();
}

void ChatDock::onScrolled(int value)
{
    QScrollBar* bar = m_chatView->verticalScrollBar();
    const bool atBottom = value >= bar->maximum();
    if (atBottom == m_following)
        return;
    m_following = atBottom;
    if (m_following) {
        m_unseen = 0;
        m_newMessages->hide();
    }
}

void ChatDock::onChatRowsInserted(int first, int last)
{
    if (m_following) {
        m_chatView->scrollToBottom();
        return;
    }
    m_unseen += last - first + 1;
    m_newMessages->setText(tr("%n new message(s) ↓", nullptr, m_unseen));
    m_newMessages->show();
}

void ChatDock::onChatRowsAboutToBeRemoved(int first, int last)
{
    // Old rows trimmed from the top while the host reads further up: keep the same messages in sight.
    if (m_following || first != 0)
        return;
    QScrollBar* bar = m_chatView->verticalScrollBar();
    const int removed = last - first + 1;
    const int keep = qMax(0, bar->value() - removed);
    QTimer::singleShot(0, this, [this, keep] {
        if (!m_following)
            m_chatView->verticalScrollBar()->setValue(keep);
    });
}

QMenu* ChatDock::createMessageMenu(const QString& key, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    const std::optional<ChatMessage> message = m_hub->message(key);
    if (!message)
        return menu;
    const bool isHighlighted = m_hub->highlightedKey() == key;
    QAction* highlight =
        menu->addAction(isHighlighted ? tr("Remove from screen") : tr("Highlight on screen"));
    highlight->setObjectName(QStringLiteral("chatHighlight"));
    connect(highlight, &QAction::triggered, this,
            [this, key, isHighlighted] { m_hub->setHighlighted(isHighlighted ? QString() : key); });
    const QString platform = chatPlatformInfo(message->platform).name();
    QAction* reply = menu->addAction(tr("Reply on %1…").arg(platform));
    reply->setObjectName(QStringLiteral("chatReply"));
    const QString replyRefusal = m_hub->replyRefusal(key);
    reply->setEnabled(replyRefusal.isEmpty());
    reply->setToolTip(replyRefusal);
    connect(reply, &QAction::triggered, this, [this, key] { replyTo(key); });
    QAction* hide = menu->addAction(tr("Hide in the studio"));
    hide->setObjectName(QStringLiteral("chatHide"));
    connect(hide, &QAction::triggered, this, [this, key] { m_hub->setHidden(key, true); });

    const ChatEntry* question = m_hub->questions()->at(m_hub->questions()->serialOf(key));
    if (question) {
        QAction* answered =
            menu->addAction(question->answered ? tr("Mark not answered") : tr("Mark answered"));
        answered->setObjectName(QStringLiteral("chatToggleAnswered"));
        connect(answered, &QAction::triggered, this,
                [this, key, was = question->answered] { m_hub->setAnswered(key, !was); });
    }
    menu->addSeparator();
    const QList<std::tuple<ChatModeration::Action, QString, QString>> actions{
        {ChatModeration::Action::Delete, tr("Delete on %1"), QStringLiteral("chatDelete")},
        {ChatModeration::Action::Timeout, tr("Time out for 10 minutes on %1"), QStringLiteral("chatTimeout")},
        {ChatModeration::Action::Ban, tr("Ban on %1"), QStringLiteral("chatBan")}};
    for (const auto& [action, label, name] : actions) {
        QAction* item = menu->addAction(label.arg(platform));
        item->setObjectName(name);
        // Greyed out with the platform's reason (Qt shows a disabled action's tooltip on hover).
        const QString refusal = m_hub->moderationRefusal(key, action);
        item->setEnabled(refusal.isEmpty());
        item->setToolTip(refusal);
        connect(item, &QAction::triggered, this, [this, key, a = action] { moderate(key, int(a)); });
    }
    menu->setToolTipsVisible(true);
    return menu;
}

void ChatDock::replyTo(const QString& key)
{
    m_composer->replyTo(key);
}

void ChatDock::onMessageDoubleClicked(const QModelIndex& index)
{
    // A double-click answers the message on its platform, or says why that platform will not take it.
    const QString key = keyOf(index);
    if (key.isEmpty())
        return;
    if (const QString refusal = m_hub->replyRefusal(key); !refusal.isEmpty())
        showError(refusal);
    else
        replyTo(key);
}

void ChatDock::onChatContextMenu(const QPoint& position)
{
    const QString key = keyOf(m_chatView->indexAt(position));
    if (key.isEmpty())
        return;
    QMenu* menu = createMessageMenu(key, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_chatView->viewport()->mapToGlobal(position));
}

void ChatDock::onQuestionsContextMenu(const QPoint& position)
{
    const QString key = keyOf(m_questionsView->indexAt(position));
    if (key.isEmpty())
        return;
    QMenu* menu = createMessageMenu(key, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_questionsView->viewport()->mapToGlobal(position));
}

void ChatDock::moderate(const QString& key, int action)
{
    QString error;
    if (!m_hub->moderate(key, ChatModeration::Action(action), &error))
        showError(error);
}

void ChatDock::onNextQuestion()
{
    m_tabs->setCurrentIndex(1);
    if (m_hub->nextQuestion().isEmpty())
        showError(tr("No question left to answer."));
}

void ChatDock::onMarkAnswered()
{
    const QString key = keyOf(m_questionsView->currentIndex());
    if (!key.isEmpty())
        m_hub->setAnswered(key, true);
}

void ChatDock::refreshConnectors()
{
    QStringList lines;
    for (ChatConnector* connector : m_hub->connectors()) {
        QString line = QStringLiteral("<b style=\"color:%1\">%2</b> %3 — %4")
                           .arg(ChatMessageDelegate::platformColor(connector->platform()).name(),
                                ChatMessageDelegate::platformLetter(connector->platform()),
                                connector->target().toHtmlEscaped(), stateText(connector->state()));
        if (!connector->stateDetail().isEmpty())
            line += QStringLiteral(" (") + connector->stateDetail().toHtmlEscaped() + QLatin1Char(')');
        lines.append(line);
    }
    m_connectors->setText(lines.isEmpty() ? tr("No chat connected.") : lines.join(QStringLiteral("<br>")));
}

void ChatDock::refreshBuyIntent()
{
    const QHash<QString, int> counts = m_hub->buyIntent()->counts();
    if (counts.isEmpty()) {
        m_buyIntent->setText(tr("Buy intent: none yet"));
        return;
    }
    const QHash<QString, int> lastMinute = m_hub->buyIntent()->lastMinuteCounts();
    QList<std::pair<QString, int>> sorted(counts.keyValueBegin(), counts.keyValueEnd());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList parts;
    for (qsizetype i = 0; i < qMin<qsizetype>(3, sorted.size()); ++i) {
        parts.append(tr("%1 ×%2 (%3 in the last minute)")
                         .arg(sorted.at(i).first)
                         .arg(sorted.at(i).second)
                         .arg(lastMinute.value(sorted.at(i).first)));
    }
    m_buyIntent->setText(tr("Buy intent: %1").arg(parts.join(QStringLiteral(" · "))));
}

void ChatDock::refreshQuestionsTitle()
{
    const int open = m_hub->unansweredQuestionCount();
    m_tabs->setTabText(1, open > 0 ? tr("Questions (%1)").arg(open) : tr("Questions"));
}

void ChatDock::editBlockedWords()
{
    bool ok = false;
    const QString words =
        QInputDialog::getText(this, tr("Blocked words"),
                              tr("Messages with any of these words or phrases are hidden in the studio "
                                 "(separate them with commas):"),
                              QLineEdit::Normal, m_hub->blockedWords().join(QStringLiteral(", ")), &ok);
    if (ok)
        m_hub->setBlockedWords(words.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

bool ChatDock::exportTranscriptTo(const QString& path)
{
    QString error;
    if (!m_hub->spool()->isOpen()) {
        showError(tr("This chat is not being recorded, so there is no transcript to export."));
        return false;
    }
    m_hub->spool()->flush();
    const std::optional<ChatTranscript> transcript = ChatTranscript::fromSpool(
        m_hub->spool()->path(), &error, m_hub->questionFilter(), m_hub->answeredKeys());
    const bool ok = transcript && (path.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive)
                                       ? transcript->writeJsonLines(path, &error)
                                       : transcript->writeCsv(path, &error));
    if (!ok)
        showError(error);
    return ok;
}

void ChatDock::showError(const QString& message)
{
    m_status->setText(message);
    m_status->show();
    QTimer::singleShot(kStatusMs, m_status, [status = m_status, message] {
        if (status->text() == message)
            status->hide();
    });
}

void ChatDock::connectSavedChats()
{
    if (!std::exchange(m_accountsLoaded, true)) {
        m_accounts->load();
        if (!m_accounts->isSettled()) {
            m_connectWhenSettled = true;
            // A keychain that does not answer must not keep the chats away: connect with what is known.
            QTimer::singleShot(kAccountsWaitMs, this, [this] {
                if (m_connectWhenSettled)
                    connectSavedChats();
            });
            return;
        }
    }
    m_connectWhenSettled = false;
    const QStringList problems =
        ChatSources::load().connect(*m_hub, m_accounts->applyTo(ChatCredentials::fromEnvironment()));
    if (!problems.isEmpty())
        showError(problems.join(QStringLiteral(" · ")));
}

void ChatDock::chooseChats()
{
    ChatSourcesDialog dialog(ChatSources::load().specs, m_accounts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChatSources{dialog.specs()}.save();
    m_hub->removeAllConnectors();
    connectSavedChats();
}

} // namespace vitrine
