# A GStreamer source's resolution and frame rate, read from and written into its pipeline text (issue 12).
vitrine_add_qtest(pipeline_video_format_test SOURCES PipelineVideoFormatTest.cpp LABELS unit LINK vitrine_engine)
