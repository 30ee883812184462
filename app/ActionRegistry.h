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
// their default shortcut. A shortcut the user changed is kept in QSettings ("shortcuts/<id>") and applied
// when the action is registered, so a settings dialog can offer a shortcut editor over this list.
class ActionRegistry : public QObject {
    Q_OBJECT
public:
    explicit ActionRegistry(QObject* parent = nullptr);

    // Registers an action; its shortcut becomes the saved one, or the default.
    void add(const QString& id, QAction* action, const QKeySequence& defaultShortcut);

    QStringList ids() const { return m_order; }
    QAction* action(const QString& id) const;
    QString label(const QString& id) const;
    QKeySequence defaultShortcut(const QString& id) const;
    QKeySequence shortcut(const QString& id) const;
    // Changes and saves a shortcut; an empty sequence removes it. Returns the id of another action that had
    // the same shortcut (now cleared), or an empty string.
    QString setShortcut(const QString& id, const QKeySequence& keys);
    void resetToDefaults();

    static QString settingsKey(const QString& id) { return QStringLiteral("shortcuts/") + id; }

Q_SIGNALS:
    void shortcutChanged(const QString& id, const QKeySequence& keys);

private:
    struct Entry {
        QPointer<QAction> action;
        QKeySequence defaultShortcut;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace vitrine
