"""Coverage against the campaign targets (DOMAIN §7): unit categories, targets, coverage and summary reports."""
