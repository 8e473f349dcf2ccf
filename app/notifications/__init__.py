"""Telling people: the inbox (GET /me/notifications), the reminders from the campaign calendar and the email
channel. Every notification is written through `service.notify`, once per person and occasion."""
