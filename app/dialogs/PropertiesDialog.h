#pragma once

#include "engine/ObsHandles.h"

#include <QDialog>

namespace vitrine {

class DeviceCatalog;
class PropertiesView;
class SceneEditor;
class SceneGraph;

// A source's properties: edits show live in the preview; OK keeps them as one undoable edit (saved in the
// show), Cancel puts the source back as it was. Our own kinds get friendly fields: a camera's device picker
// (libobs's own device list left out) with the low-level settings under "Advanced"; a GStreamer source's
// resolution and frame rate, its pipeline text under "Advanced".
class PropertiesDialog : public QDialog {
    Q_OBJECT
public:
    // With a device catalogue, cameras and microphones get a picker listing the devices plugged in.
    PropertiesDialog(SceneEditor* editor, SceneGraph* graph, const QString& source,
                     DeviceCatalog* devices = nullptr, QWidget* parent = nullptr);
    ~PropertiesDialog() override;

    PropertiesView* view() const { return m_view; }

    void accept() override;
    void reject() override;

private:
    QWidget* devicePicker(DeviceCatalog* devices, bool cameras);
    QWidget* pipelineFields();

    SceneEditor* m_editor;
    SceneGraph* m_graph;
    QString m_name;
    OBSSource m_source;
    OBSDataAutoRelease m_original;
    PropertiesView* m_view = nullptr;
    bool m_done = false;
};

} // namespace vitrine
