"""Vietnamese and English texts, chosen by Accept-Language (Vietnamese by default)."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Literal

Lang = Literal["vi", "en"]

current_language: ContextVar[Lang] = ContextVar("current_language", default="vi")


def negotiate_language(header: str | None) -> Lang:
    """Pick vi or en from an Accept-Language header, honouring q-values; vi when unsure."""
    if not header:
        return "vi"
    best: tuple[float, Lang] | None = None
    for index, part in enumerate(header.split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.split("-")[0]
        if primary not in ("vi", "en") or quality <= 0:
            continue
        lang: Lang = "en" if primary == "en" else "vi"
        # Earlier entries win ties, as browsers order by preference.
        score = quality - index * 1e-6
        if best is None or score > best[0]:
            best = (score, lang)
    return best[1] if best else "vi"


class Text:
    """A message in both languages, formatted with the same keyword arguments."""

    __slots__ = ("en", "vi")

    def __init__(self, vi: str, en: str) -> None:
        self.vi = vi
        self.en = en

    def render(self, lang: Lang | None = None, **params: object) -> str:
        """The message in the given (or current) language."""
        template = self.en if (lang or current_language.get()) == "en" else self.vi
        return template.format(**params) if params else template

    def as_dict(self, **params: object) -> dict[str, str]:
        """Both languages at once, for data a client shows in either."""
        return {"vi": self.render("vi", **params), "en": self.render("en", **params)}
