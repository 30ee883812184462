# Relay mode (issue 13): the studio streams to an nginx-rtmp relay made from packaging/relay/nginx-relay.conf,
# which pushes to two stand-in platforms (nginx-rtmp on loopback); run serially like integration_stream_rtmp.
vitrine_add_script_test(integration_relay test_relay.py LABELS integration)
