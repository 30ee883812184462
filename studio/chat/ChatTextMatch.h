#pragma once

#include <QString>
#include <QStringList>

namespace vitrine {

// Folds chat text for keyword matching: lower case, accents dropped ("Très" → "tres"), typographic
// apostrophes made plain, runs of white space made one space.
QString foldChatText(const QString& text);

// True when `phrase` (already folded) occurs in `folded` on word boundaries: "sold" matches "sold!" but not
// "soldier". A phrase starting or ending with a symbol ("+1", "?") only needs the boundary on its word side.
bool containsChatPhrase(const QString& folded, const QString& phrase);

// The first of `phrases` (folded) found in `folded`, or an empty string.
QString firstChatPhrase(const QString& folded, const QStringList& phrases);

} // namespace vitrine
