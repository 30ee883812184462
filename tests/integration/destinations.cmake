# Several destinations on real nginx-rtmp ingests: shared encoder, a killed ingest, a refused key.
vitrine_add_script_test(integration_destinations test_destinations.py LABELS integration)
