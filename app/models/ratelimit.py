"""Request quota counters (fixed windows), shared by every worker and replica through the database."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class RateLimitCounter(Base):
    """One counter per quota and subject ("create-user:<uuid>"): the hits of its current window."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger)  # epoch seconds, a multiple of the window
    hits: Mapped[int] = mapped_column(Integer)
