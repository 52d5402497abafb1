"""Hypothesis profiles: the suite's default stays small and fast; ``--hypothesis-profile=ci``
runs 10,000 examples per property test (see docs/reliability.md for the measured run)."""
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("default")
