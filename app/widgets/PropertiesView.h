#pragma once

#include "engine/ObsHandles.h"

#include <QSet>
#include <QWidget>

class QFormLayout;

namespace vitrine {

// A form built from a libobs source's obs_properties, so every source kind is editable without a UI of its
// own: booleans, numbers, text, paths, lists, colours, fonts and buttons. Each change updates the source at
// once (obs_source_update), so the preview shows it live.
class PropertiesView : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesView(obs_source_t* source, QWidget* parent = nullptr);

    // The settings as they are now, and the keys the user changed.
    OBSData settings() const { return m_settings.Get(); }
    QSet<QString> changedKeys() const { return m_changed; }
    int rowCount() const;
    // Sets a text setting from outside the form (a device picker), as if the user had edited it.
    void setString(const char* key, const QString& value);

Q_SIGNALS:
    void changed(const QString& key);

private:
    void build();
    void addProperty(obs_property_t* property);
    void commit(const char* key);

    OBSSource m_source;
    OBSDataAutoRelease m_settings;
    obs_properties_t* m_properties = nullptr;
    QFormLayout* m_form;
    QSet<QString> m_changed;

public:
    ~PropertiesView() override;
};

} // namespace vitrine
