"""Units' "Dân vận khéo" plans (seed 000 §2.1): record, correct, list, the plan document."""
