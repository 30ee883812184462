#include "widgets/ChatMessageDelegate.h"

#include "chat/ChatListModel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace vitrine {

namespace {
constexpr int kPadding = 4;
constexpr int kBarWidth = 18;
constexpr int kTextLines = 2;

QString badgeText(const QStringList& badges, bool moderator, bool subscriber, bool broadcaster)
{
    QStringList shown;
    if (broadcaster)
        shown.append(QStringLiteral("★"));
    if (moderator)
        shown.append(QStringLiteral("⚔"));
    if (subscriber)
        shown.append(QStringLiteral("♦"));
    for (const QString& badge : badges) {
        const QString name = badge.section(QLatin1Char('/'), 0, 0);
        if (name == QLatin1String("vip") || name == QLatin1String("verified"))
            shown.append(QStringLiteral("✔"));
    }
    return shown.join(QString());
}
} // namespace

ChatMessageDelegate::ChatMessageDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor ChatMessageDelegate::platformColor(ChatPlatform platform)
{
    return QColor(QRgb(chatPlatformInfo(platform).rgb));
}

QString ChatMessageDelegate::platformLetter(ChatPlatform platform)
{
    return QString(QChar(chatPlatformInfo(platform).letter));
}

QSize ChatMessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return {200, kTextLines * metrics.lineSpacing() + 2 * kPadding};
}

void ChatMessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    if (!index.data(ChatListModel::KeyRole).isValid())
        return; // trimmed a moment ago, about to go
    painter->save();
    const QPalette& palette = option.palette;
    const auto platform = ChatPlatform(index.data(ChatListModel::PlatformRole).toInt());
    const auto kind = ChatMessageKind(index.data(ChatListModel::KindRole).toInt());
    const bool deleted = index.data(ChatListModel::DeletedRole).toBool();
    const bool answered = index.data(ChatListModel::AnsweredRole).toBool();
    const bool highlighted = index.data(ChatListModel::HighlightedRole).toBool();
    const bool current = index.data(ChatListModel::CurrentQuestionRole).toBool();
    const QRect rect = option.rect;

    QColor background;
    if (option.state & QStyle::State_Selected)
        background = palette.color(QPalette::Highlight);
    else if (kind == ChatMessageKind::Paid)
        background = QColor(255, 193, 7, 70);
    else if (kind == ChatMessageKind::Membership)
        background = QColor(76, 175, 80, 60);
    else if (kind == ChatMessageKind::System)
        background = palette.color(QPalette::AlternateBase);
    if (background.isValid())
        painter->fillRect(rect, background);

    // Platform bar with its letter.
    const QRect bar(rect.left(), rect.top(), kBarWidth, rect.height());
    painter->fillRect(bar.adjusted(0, 1, 0, -1), platformColor(platform));
    QFont letterFont = option.font;
    letterFont.setBold(true);
    painter->setFont(letterFont);
    painter->setPen(Qt::white);
    painter->drawText(bar, Qt::AlignCenter, platformLetter(platform));

    const bool dim = deleted || answered;
    const QColor textColor = (option.state & QStyle::State_Selected)
                                 ? palette.color(QPalette::HighlightedText)
                             : dim ? palette.color(QPalette::Disabled, QPalette::Text)
                                   : palette.color(QPalette::Text);
    QColor authorColor(index.data(ChatListModel::AuthorColorRole).toString());
    if (!authorColor.isValid() || dim)
        authorColor = textColor;

    const QRect content = rect.adjusted(kBarWidth + kPadding, kPadding, -kPadding, -kPadding);
    QFont authorFont = option.font;
    authorFont.setBold(true);
    authorFont.setStrikeOut(deleted);
    const QString badges = badgeText(index.data(ChatListModel::BadgesRole).toStringList(),
                                     index.data(ChatListModel::ModeratorRole).toBool(),
                                     index.data(ChatListModel::SubscriberRole).toBool(),
                                     index.data(ChatListModel::BroadcasterRole).toBool());
    QString author = index.data(ChatListModel::AuthorNameRole).toString();
    if (!badges.isEmpty())
        author = badges + QLatin1Char(' ') + author;
    const QString paid = index.data(ChatListModel::PaidAmountRole).toString();
    if (!paid.isEmpty())
        author += QStringLiteral("  ") + paid;
    author += QStringLiteral(": ");

    const QFontMetrics authorMetrics(authorFont);
    const QString authorShown = authorMetrics.elidedText(author, Qt::ElideRight, content.width() / 2);
    painter->setFont(authorFont);
    painter->setPen(authorColor);
    painter->drawText(content.topLeft() + QPoint(0, authorMetrics.ascent()), authorShown);
    const int indent = authorMetrics.horizontalAdvance(authorShown);

    // The text flows after the author and wraps onto the second line, elided at the end.
    QFont textFont = option.font;
    textFont.setStrikeOut(deleted);
    textFont.setItalic(kind == ChatMessageKind::System);
    const QFontMetrics textMetrics(textFont);
    QString text = index.data(ChatListModel::TextRole).toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    painter->setFont(textFont);
    painter->setPen(textColor);
    QTextLayout layout(text, textFont);
    layout.beginLayout();
    int y = content.top();
    int consumed = 0;
    for (int lineNo = 0; lineNo < kTextLines; ++lineNo) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const int width = content.width() - (lineNo == 0 ? indent : 0);
        if (lineNo == kTextLines - 1) {
            const QString rest = textMetrics.elidedText(text.mid(consumed), Qt::ElideRight, width);
            painter->drawText(QPoint(content.left(), y + textMetrics.ascent()), rest);
            break;
        }
        line.setLineWidth(qMax(1, width));
        const QString part = text.mid(line.textStart(), line.textLength());
        painter->drawText(QPoint(content.left() + indent, y + textMetrics.ascent()), part);
        consumed = line.textStart() + line.textLength();
        y += textMetrics.lineSpacing();
    }
    layout.endLayout();

    if (highlighted || current) {
        QPen frame(highlighted ? QColor(255, 152, 0) : palette.color(QPalette::Highlight));
        frame.setWidth(2);
        painter->setPen(frame);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

} // namespace vitrine
