# The producer remote's pages (issue 16) in Debian's headless Chromium against a headless studio serving them
# (--remote-port), and the real obs-websocket-js client (npm, tests/remote) driving the same studio.
vitrine_add_script_test(integration_remote_pages test_remote_pages.py LABELS integration)
set_property(TEST integration_remote_pages APPEND PROPERTY ENVIRONMENT
             "VITRINE_SCREENSHOT_DIR=${PROJECT_BINARY_DIR}/screenshots")
