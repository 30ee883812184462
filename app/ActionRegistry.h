#pragma once

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QStringList>

namespace vitrine {

// The window's actions that have a keyboard shortcut, by stable id ("scene.transition", "edit.undo", …), with
// their default shortcut and a fixed name for the shortcut list (an action's own text may change: "Undo
// Switch to Interview"). A shortcut the user changed is kept in QSettings ("shortcuts/<id>") and applied when
// the action is registered, so a settings dialog can offer a shortcut editor over this list.
class ActionRegistry : public QObject {
    Q_OBJECT
public:
    explicit ActionRegistry(QObject* parent = nullptr);

    // Registers an action; its shortcut becomes the saved one, or the default. name: what the shortcut list
    // calls it, translated; empty: the action's text now.
    void add(const QString& id, QAction* action, const QKeySequence& defaultShortcut,
             const QString& name = QString());

    QStringList ids() const { return m_order; }
    QAction* action(const QString& id) const;
    // The fixed name given at registration.
    QString label(const QString& id) const;
    QKeySequence defaultShortcut(const QString& id) const;
    QKeySequence shortcut(const QString& id) const;
    // The id of the action other than `except` whose shortcut is keys; empty when none.
    QString owner(const QKeySequence& keys, const QString& except = QString()) const;
    // Changes and saves a shortcut; an empty sequence removes it. Returns the id of another action that had
    // the same shortcut (now cleared), or an empty string. Callers ask the user first (owner()): the settings
    // dialog never lets this clear one silently.
    QString setShortcut(const QString& id, const QKeySequence& keys);
    void resetToDefaults();

    static QString settingsKey(const QString& id) { return QStringLiteral("shortcuts/") + id; }

Q_SIGNALS:
    void shortcutChanged(const QString& id, const QKeySequence& keys);

private:
    struct Entry {
        QPointer<QAction> action;
        QKeySequence defaultShortcut;
        QString name;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace vitrine
