"""Suite-wide settings.

``RECONCILE_TEST_CLOCK=YYYY-MM-DD`` runs every test with the wall clock set to that day (via
time-machine), e.g. ``RECONCILE_TEST_CLOCK=2031-06-01 python -m pytest -q``: a report must not
depend on the day it is made, so the whole suite, goldens included, must pass unchanged.

Hypothesis profiles: the suite's default stays small and fast; ``--hypothesis-profile=ci``
runs 10,000 examples per property test (see docs/reliability.md for the measured run).
"""
from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("default")


@pytest.fixture(autouse=True, scope="session")
def _wall_clock():
    day = os.environ.get("RECONCILE_TEST_CLOCK")
    if not day:
        yield
        return
    import time_machine

    with time_machine.travel(dt.datetime.fromisoformat(day).replace(hour=12, tzinfo=dt.timezone.utc)):
        yield
