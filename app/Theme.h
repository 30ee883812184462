#pragma once

#include <QString>

class QApplication;

namespace vitrine {

// The studio's look: Fusion with a palette and a small style sheet. Dark by default, as broadcast tools are
// (the picture is what should stand out); light for bright rooms.
enum class Theme { Dark, Light };

void applyTheme(QApplication& app, Theme theme);

// The theme saved in the settings ("appearance/theme"), dark when none is.
Theme savedTheme();
void saveTheme(Theme theme);
QString themeKey(Theme theme);
Theme themeFromKey(const QString& key);

} // namespace vitrine
