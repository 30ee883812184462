#pragma once

#include "engine/ObsHandles.h"

#include <QSet>
#include <QWidget>

class QFormLayout;
class QToolButton;

namespace vitrine {

// A form built from a libobs source's obs_properties, so every source kind is editable without a UI of its
// own: booleans, numbers, text, paths, lists, colours, fonts and buttons. Each change updates the source at
// once (obs_source_update), so the preview shows it live. Labels come from PropertyLabels (translated); some
// keys can be left out (the dialog offers its own field) or put in a collapsed "Advanced" section. Each
// editor is named after its property key.
class PropertiesView : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesView(obs_source_t* source, QWidget* parent = nullptr, const QSet<QString>& hidden = {},
                            const QSet<QString>& advanced = {});

    // The settings as they are now, and the keys the user changed.
    OBSData settings() const { return m_settings.Get(); }
    QSet<QString> changedKeys() const { return m_changed; }
    int rowCount() const;
    // The "Advanced" toggle and the section it opens (nullptr when no property is advanced).
    QToolButton* advancedToggle() const { return m_advancedToggle; }
    QWidget* advancedSection() const { return m_advancedSection; }
    // Sets a text setting from outside the form (a device picker, a friendly field), as if the user had
    // edited it; the form's own editor for it shows the new text.
    void setString(const char* key, const QString& value);

Q_SIGNALS:
    void changed(const QString& key);

private:
    void build();
    void addProperty(obs_property_t* property, QFormLayout* form);
    QFormLayout* advancedForm();
    void commit(const char* key);

    OBSSource m_source;
    OBSDataAutoRelease m_settings;
    obs_properties_t* m_properties = nullptr;
    QFormLayout* m_form;
    QSet<QString> m_hidden;
    QSet<QString> m_advanced;
    QToolButton* m_advancedToggle = nullptr;
    QWidget* m_advancedSection = nullptr;
    QFormLayout* m_advancedForm = nullptr;
    QSet<QString> m_changed;

public:
    ~PropertiesView() override;
};

} // namespace vitrine
