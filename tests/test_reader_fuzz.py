"""Issue 14: no reader raises past the command line. The fuzzer of benchmarks/fuzz_readers.py
runs `isnad import` (its real main) on mutated inputs of every reader; every case either
imports or is refused with a two-part message and leaves the project as it was."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import fuzz_readers  # noqa: E402


def _assert_clean(tally):
    assert tally.failures == [], tally.failures[:3]
    assert (tally.tracebacks, tally.hangs, tally.changed, tally.internal) == (0, 0, 0, 0)
    assert set(tally.by_format) == set(fuzz_readers.FORMATS)
    assert all(counts["refused"] for counts in tally.by_format.values())  # the mutations do bite


def test_a_fast_subset_of_the_fuzzer():
    _assert_clean(fuzz_readers.fuzz(50, seed=0))  # every reader refuses some (the 2,000 cases: slow)


@pytest.mark.slow
def test_the_full_fuzzer_two_thousand_cases():
    tally = fuzz_readers.fuzz(2000, seed=0)
    assert tally.cases == 2000
    _assert_clean(tally)


def test_cases_are_deterministic(tmp_path):
    one = fuzz_readers.make_case(17, 0, tmp_path / "a")
    two = fuzz_readers.make_case(17, 0, tmp_path / "b")
    assert one[0] == two[0] and one[2] == two[2]
    assert sorted(p.read_bytes() for p in one[1].parent.rglob("*") if p.is_file()) == \
        sorted(p.read_bytes() for p in two[1].parent.rglob("*") if p.is_file())
