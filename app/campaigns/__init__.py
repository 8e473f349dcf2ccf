"""Campaigns (phases of the movement, e.g. 2023–2025) and their yearly cycles."""
