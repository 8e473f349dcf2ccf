"""Test helpers shared across folders."""
