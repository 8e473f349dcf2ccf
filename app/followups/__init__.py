"""The mass-mobilisation boards' follow-ups of registered models (theo dõi, kiểm tra; seed 001 §III.2.1)."""
