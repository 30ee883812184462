# Headless chat (issue 5): three fake platforms on loopback (IRC over WebSocket, YouTube pages, Facebook SSE),
# the merged JSON Lines transcript, bad specs and an unreachable endpoint.
vitrine_add_script_test(integration_chat_headless test_chat_headless.py LABELS integration)
# Giveaway and poll (issue 14): a rehearsal script runs them on a headless show reading a loopback Twitch chat.
vitrine_add_script_test(integration_engagement_headless test_engagement_headless.py LABELS integration)
# Comment-to-claim headless (issue 14): a Twitch IRC session and a Facebook SSE stream replayed; the claims in
# the event log and the --claims-csv export.
vitrine_add_script_test(integration_claims_headless test_claims_headless.py LABELS integration)
