#pragma once

#include <QString>

namespace vitrine {

// Turns the HTML that shops put in descriptions (Shopify's Body (HTML), body_html, Merchant feeds'
// g:description) into the plain text a product card shows. Qt's QTextDocumentFragment would do it but
// lives in QtGui, which the core does not link; this is the small, forgiving subset shop exports need.
//
// - Tags are removed; <script>, <style> and comments are dropped with their content.
// - <br>, <p>, <div>, <li>, <h1>..<h6>, <tr>, <ul>, <ol>, <table>, <blockquote>, <hr> end a line; a list
//   item starts with "• ". Runs of line breaks collapse into one newline.
// - Whitespace runs (spaces, tabs, source newlines) collapse into one space, as a browser renders them;
//   spaces around line breaks and at both ends are trimmed.
// - Named entities (&amp; &lt; &gt; &quot; &apos;, all of Latin-1 such as &eacute; &nbsp;, and the usual
//   typographic ones: &euro; &hellip; &rsquo; &mdash;...) and numeric ones (&#233; &#xE9;) are decoded.
//   &nbsp; becomes U+00A0 (kept, not collapsed: "1 299 €" must not break). Unknown or unterminated
//   entities are kept as written.
QString htmlToPlainText(const QString& html);

// Only the entity decoding above, for text that is not HTML markup but carries entities.
QString decodeHtmlEntities(const QString& text);

} // namespace vitrine
