# The show's figures and report from the command line (issue 15): `vitrine report` on a copy of the demo show with
# an event log and a Shopify orders export; figures.json, report.html, report.pdf; bad input exits 2.
vitrine_add_script_test(integration_report_cli test_report_cli.py LABELS integration)
