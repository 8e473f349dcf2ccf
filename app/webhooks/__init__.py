"""Webhooks: subscriptions (URL, event types, subtree filter, secrets), the outbox dispatcher that turns new
events into deliveries (dispatcher.py), and the delivery job that signs (signing.py, Standard Webhooks) and sends
them over an SSRF-safe transport (urls.py, addresses.py, transport.py) with retries (outcomes.py).

`install(registry)` (jobs.py) registers the dispatch and delivery job kinds on a worker registry."""
