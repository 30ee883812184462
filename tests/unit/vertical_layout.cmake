# Where a landscape scene's items go on the vertical 9:16 canvas (issue 13, two canvases).
vitrine_add_qtest(vertical_layout_test SOURCES VerticalLayoutTest.cpp LABELS unit LINK vitrine_scene)
