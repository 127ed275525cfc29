"""Shared test set-up: hypothesis profiles."""

import os
import sys
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

# "ci": no deadline (shared, noisy machines), a steady example count, and the
# same examples on every run, so that a red CI is a change's doing and never
# the luck of the draw. Exploring is the "fuzz" profile's job.
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=100,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# "dev": quicker feedback while editing.
settings.register_profile("dev", deadline=None, max_examples=25)
# "fuzz": the bounded heavy run behind the `fuzz` marker.
settings.register_profile(
    "fuzz", deadline=None, max_examples=2000, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def untraced() -> Iterator[None]:
    """Run a timing test with the coverage tracer paused.

    A timing bound measured under a line tracer says more about the tracer
    than about the code; real timing lives in benchmarks/.
    """
    tracer = sys.gettrace()
    sys.settrace(None)
    try:
        yield
    finally:
        sys.settrace(tracer)
