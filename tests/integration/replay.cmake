# The replay after a recording (issue 15): MP4 with product chapters, manifest and WebVTT from a headless
# run with three pins, the command line, and a recording left by kill -9 (checked with ffprobe).
vitrine_add_script_test(integration_replay test_replay.py LABELS integration)
