#include "ActionRegistry.h"

namespace vitrine {

ActionRegistry::ActionRegistry(QObject* parent) : QObject(parent) {}

void ActionRegistry::add(const QString& id, QAction* action, const QKeySequence& defaultShortcut,
                         const QString& name)
{
    if (!m_entries.contains(id))
        m_order << id;
    m_entries.insert(id, Entry{action, defaultShortcut, name.isEmpty() ? action->text().remove(u'&') : name});
    const QSettings settings;
    const QVariant saved = settings.value(settingsKey(id));
    action->setShortcut(saved.isValid() ? QKeySequence(saved.toString(), QKeySequence::PortableText)
                                        : defaultShortcut);
}

QAction* ActionRegistry::action(const QString& id) const
{
    return m_entries.value(id).action;
}

QString ActionRegistry::label(const QString& id) const
{
    const auto found = m_entries.constFind(id);
    return found != m_entries.constEnd() && !found->name.isEmpty() ? found->name : id;
}

QKeySequence ActionRegistry::defaultShortcut(const QString& id) const
{
    return m_entries.value(id).defaultShortcut;
}

QKeySequence ActionRegistry::shortcut(const QString& id) const
{
    QAction* found = action(id);
    return found ? found->shortcut() : QKeySequence();
}

QString ActionRegistry::owner(const QKeySequence& keys, const QString& except) const
{
    if (keys.isEmpty())
        return {};
    for (const QString& id : m_order)
        if (id != except && shortcut(id) == keys)
            return id;
    return {};
}

QString ActionRegistry::setShortcut(const QString& id, const QKeySequence& keys)
{
    QAction* target = action(id);
    if (!target)
        return {};
    QString clashing;
    if (!keys.isEmpty()) {
        for (const QString& other : std::as_const(m_order)) {
            if (other != id && shortcut(other) == keys) {
                clashing = other;
                action(other)->setShortcut({});
                QSettings().setValue(settingsKey(other), QString());
                Q_EMIT shortcutChanged(other, {});
            }
        }
    }
    target->setShortcut(keys);
    QSettings settings;
    if (keys == defaultShortcut(id))
        settings.remove(settingsKey(id));
    else
        settings.setValue(settingsKey(id), keys.toString(QKeySequence::PortableText));
    Q_EMIT shortcutChanged(id, keys);
    return clashing;
}

void ActionRegistry::resetToDefaults()
{
    for (const QString& id : std::as_const(m_order))
        setShortcut(id, defaultShortcut(id));
}

} // namespace vitrine
