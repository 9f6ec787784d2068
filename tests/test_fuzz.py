"""A bounded, structure-aware fuzz of the case loader and ``assess`` (tools/fuzz.py runs
the long campaign): whatever the input, a case or field-named one-line problems, and a
valid case gives a finite, non-negative result that survives a round trip."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.mutations import case_text, check_text, examples, mutate, mutate_text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1))
def test_mutated_cases_are_refused_by_name_or_assessed_safely(seed: int) -> None:
    check_text(case_text(random.Random(seed)), full=True)


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 8))
def test_heavily_mutated_cases_are_read_and_validated_safely(seed: int, steps: int) -> None:
    import json

    rng = random.Random(seed)
    text = json.dumps(mutate(rng.choice(examples()), rng, steps), default=str)
    check_text(mutate_text(text, rng) if rng.random() < 0.5 else text, full=False)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_text_is_refused_by_name_or_read(text: str) -> None:
    check_text(text, full=False)
