#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

namespace vitrine {
namespace {

struct Colours {
    QColor window, base, alternate, text, dimText, button, highlight, highlightText, border, accentRed;
};

Colours coloursFor(Theme theme)
{
    if (theme == Theme::Light)
        return {QColor(0xf3, 0xf4, 0xf7), QColor(0xff, 0xff, 0xff), QColor(0xeb, 0xed, 0xf2),
                QColor(0x1d, 0x20, 0x27), QColor(0x6b, 0x70, 0x7c), QColor(0xe6, 0xe8, 0xee),
                QColor(0x3b, 0x6c, 0xf2), QColor(0xff, 0xff, 0xff), QColor(0xcc, 0xd0, 0xd9),
                QColor(0xd9, 0x3a, 0x32)};
    return {QColor(0x1f, 0x21, 0x27), QColor(0x17, 0x19, 0x1e), QColor(0x25, 0x28, 0x2f),
            QColor(0xe6, 0xe8, 0xee), QColor(0x8a, 0x8f, 0x98), QColor(0x2c, 0x2f, 0x37),
            QColor(0x4a, 0x7d, 0xff), QColor(0xff, 0xff, 0xff), QColor(0x38, 0x3c, 0x46),
            QColor(0xe4, 0x48, 0x40)};
}

QPalette paletteFor(const Colours& c)
{
    QPalette palette;
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::AlternateBase, c.alternate);
    palette.setColor(QPalette::ToolTipBase, c.button);
    palette.setColor(QPalette::ToolTipText, c.text);
    palette.setColor(QPalette::PlaceholderText, c.dimText);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Button, c.button);
    palette.setColor(QPalette::ButtonText, c.text);
    palette.setColor(QPalette::BrightText, c.accentRed);
    palette.setColor(QPalette::Highlight, c.highlight);
    palette.setColor(QPalette::HighlightedText, c.highlightText);
    palette.setColor(QPalette::Link, c.highlight);
    palette.setColor(QPalette::Mid, c.border);
    palette.setColor(QPalette::Dark, c.base.darker(120));
    palette.setColor(QPalette::Light, c.button.lighter(130));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, c.dimText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, c.border);
    return palette;
}

// Only what a palette cannot say: rounded controls, the go-live bar's live button and its figures' alerts.
QString styleSheetFor(const Colours& c)
{
    return QStringLiteral(R"(
QToolTip { border: 1px solid %1; padding: 4px; }
QDockWidget::title { padding: 6px; background: %2; }
QPushButton { padding: 5px 14px; border-radius: 4px; border: 1px solid %1; background: %3; }
QPushButton:hover { border-color: %4; }
QPushButton:checked { background: %4; color: white; }
QPushButton#liveButton { background: %4; color: white; font-weight: bold; border: none; padding: 6px 18px; }
QPushButton#liveButton[live="true"] { background: %5; }
QPushButton#recordButton:checked { background: %5; border: none; }
QLabel#onAirBadge { background: %5; color: white; font-weight: bold; border-radius: 3px; padding: 2px 6px; }
QLabel[figure="true"] { color: %6; }
QLabel[severity="warn"] { color: #e8b632; }
QLabel[severity="alarm"] { color: %5; font-weight: bold; }
QLabel#recordTimer[recording="true"] { color: %5; font-weight: bold; }
QPushButton#showInFolderButton { border: none; background: transparent; color: %4; text-decoration: underline; padding: 2px 4px; }
QWidget#goLiveBar { background: %2; border-top: 1px solid %1; }
QWidget#mixerStrip { border-bottom: 1px solid %1; }
QSlider::groove:horizontal { height: 4px; background: %1; border-radius: 2px; }
QSlider::handle:horizontal { width: 12px; margin: -5px 0; border-radius: 6px; background: %7; }
)")
        .arg(c.border.name(), c.alternate.name(), c.button.name(), c.highlight.name(), c.accentRed.name(),
             c.dimText.name(), c.text.name());
}

} // namespace

void applyTheme(QApplication& app, Theme theme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const Colours colours = coloursFor(theme);
    app.setPalette(paletteFor(colours));
    app.setStyleSheet(styleSheetFor(colours));
}

QString themeKey(Theme theme)
{
    return theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
}

Theme themeFromKey(const QString& key)
{
    return key == u"light" ? Theme::Light : Theme::Dark;
}

Theme savedTheme()
{
    return themeFromKey(QSettings().value(QStringLiteral("appearance/theme")).toString());
}

void saveTheme(Theme theme)
{
    QSettings().setValue(QStringLiteral("appearance/theme"), themeKey(theme));
}

} // namespace vitrine
