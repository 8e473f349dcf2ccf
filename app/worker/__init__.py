"""The background worker: a durable job queue in the database (jobs.py, repository.py), periodic occasions
that run once however many workers run (scheduler.py), and the loop of `dvk worker` (runner.py).

Producers (webhooks now, reminders later) register their job kinds and schedules on a `Registry`
(registry.py); `app.main.worker_registry` assembles the app's. The worker knows no producer."""
