#pragma once

#include "headless/HeadlessRunner.h"

#include <QString>
#include <QStringList>

namespace vitrine {

// The command-line contract scripts and tests rely on (documented in --help and the README).
struct CommandLine {
    enum class Mode { Window, Headless, Help, Version, Error };
    Mode mode = Mode::Window;
    QString showPath; // window mode: the show to open (may be empty)
    HeadlessOptions
        headless; // headless mode; in window mode its overrides, actionsPath and eventLogPath apply
    RunOverrides& overrides() { return headless.overrides; }
    bool verbose = false;
    QString error; // Mode::Error: what was wrong
    QString helpText;

    static CommandLine parse(const QStringList& arguments);
};

} // namespace vitrine
