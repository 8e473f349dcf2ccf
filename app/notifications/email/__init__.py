"""The email channel: the producer (new notifications → immediate emails, or waiting for the digest), the daily
digest, the outbox (app/models/email.py), the templates and the sending backends (file, SMTP). Only the worker
sends; a request never waits on a mail server."""
