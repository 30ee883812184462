#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vitrine {

class LiveShow;

// Takes back a show in progress when a show opens: after a crash, asked first; after a normal quit, quietly
// (a show is in progress until the producer ends it).
class ShowResume {
    Q_DECLARE_TR_FUNCTIONS(vitrine::ShowResume)
public:
    // What to tell the producer, or an empty string when nothing was resumed.
    static QString resume(QWidget* parent, LiveShow& show);

private:
    // "pinned: Moulin Artisan · promo LIVE20 · segment 2 of 5"
    static QString describe(LiveShow& show);
};

} // namespace vitrine
