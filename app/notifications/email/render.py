"""The emails' texts: Jinja2 templates (files in app/notifications/templates/email), Vietnamese, each email in
plain text and HTML. HTML templates escape everything they are given (autoescape): a model's name or a reason
typed by a user cannot inject markup. Subjects are one line (whitespace collapsed), so nothing a user typed can
add a header."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from app.notifications.type_facts import label

SUBJECT_MAX = 300


@dataclass(frozen=True)
class Item:
    """One notification as an email shows it."""

    label: str
    text: str
    at: str


@dataclass(frozen=True)
class Rendered:
    """An email's subject and bodies."""

    subject: str
    text: str
    html: str


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment (built once): HTML escaped, a missing variable an error."""
    return Environment(
        loader=PackageLoader("app.notifications", "templates/email"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def local_time(moment: datetime, zone: ZoneInfo) -> str:
    """'07:30 ngày 15/08/2026' in the person's time zone."""
    local = moment.astimezone(zone)
    return f"{local:%H:%M} ngày {local:%d/%m/%Y}"


def vietnamese_day(day: date) -> str:
    """'15/08/2026'."""
    return f"{day:%d/%m/%Y}"


def item(type_: str, text_vi: str, created_at: datetime, zone: ZoneInfo) -> Item:
    """A notification as a line of an email."""
    return Item(label(type_).vi, text_vi, local_time(created_at, zone))


def _subject(template: str, **context: object) -> str:
    text = environment().get_template(template).render(**context)
    return " ".join(text.split())[:SUBJECT_MAX]


def _bodies(name: str, **context: object) -> tuple[str, str]:
    env = environment()
    return env.get_template(f"{name}.txt").render(**context), env.get_template(f"{name}.html").render(**context)


def immediate(full_name: str, one: Item) -> Rendered:
    """The email that carries one notification as soon as it is written."""
    subject = _subject("immediate_subject.txt", item=one)
    text, html = _bodies("immediate", full_name=full_name, item=one, subject=subject)
    return Rendered(subject, text, html)


def digest(full_name: str, items: Sequence[Item], total: int, day: date) -> Rendered:
    """The daily digest: the newest `items` of the person's `total` unread notifications waiting for it."""
    shown = vietnamese_day(day)
    subject = _subject("digest_subject.txt", day=shown, total=total)
    more = max(total - len(items), 0)
    text, html = _bodies("digest", full_name=full_name, items=items, total=total, more=more, day=shown, subject=subject)
    return Rendered(subject, text, html)
