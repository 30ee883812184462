# The catalogue verbs of the command line and the headless runner's rehearsal scripts (issue 6).
vitrine_add_script_test(integration_catalogue_cli test_catalogue_cli.py LABELS integration)
vitrine_add_script_test(integration_actions_headless test_actions_headless.py LABELS integration)
