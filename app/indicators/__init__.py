"""The commune's yearly indicators (seed 003 §1): catalogue, reported values, report."""
