# One live-show runtime (issue 10): window and headless runs log the same records; headless stock refresh.
vitrine_add_script_test(integration_runtime test_runtime.py LABELS integration)
