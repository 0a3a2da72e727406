"""Shared test configuration: the hypothesis profiles the laws run under.

``default`` is what ``make test`` runs: enough examples to catch a broken law on every
run, kept under a minute for all laws on a small machine. ``thorough`` (ten times the
examples) is for ``make thorough`` or ``HYPOTHESIS_PROFILE=thorough``; ``fuzz`` is the
long run of the fuzz target (``make fuzz``). Neither has a
deadline: extraction time varies with the machine's load, and a law is about results.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    derandomize=False,
    # Extraction laws build long texts and read them; on a loaded two-core box
    # generation can look slow to hypothesis without anything being wrong.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    parent=settings.get_profile("default"),
    max_examples=600,
)
# The fuzz target (tests/fuzz, `make fuzz`): FIGURES_FUZZ_EXAMPLES examples per entry point.
settings.register_profile(
    "fuzz",
    parent=settings.get_profile("default"),
    max_examples=int(os.environ.get("FIGURES_FUZZ_EXAMPLES", "100000")),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
