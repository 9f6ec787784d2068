"""The Dutch translation is complete and up to date with the source strings."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "herstelscan_nl.ts"
QM = ROOT / "resources" / "translations" / "herstelscan_nl.qm"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "")] = m.find("translation")
    return out


def test_every_string_is_translated():
    untranslated = [
        key
        for key, tr in _messages(TS).items()
        if tr is None
        or tr.get("type") in ("unfinished", "obsolete", "vanished")
        or not (tr.text or "").strip()
    ]
    assert not untranslated, untranslated[:10]
    assert QM.exists() and QM.stat().st_size > 1000


def test_ts_has_every_source_string(tmp_path):
    """Run pyside6-lupdate on ui/ and compare: new tr() strings need tools/build_translations.py."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run tools/build_translations.py and translate: {sorted(missing)[:10]}"


def test_the_euro_sign_never_wraps_alone_in_dutch():
    """ "€ 2.700" with a plain space can break after "€" (seen at 1024x700)."""
    loose = [
        (key, tr.text)
        for key, tr in _messages(TS).items()
        if tr is not None and "€ " in (tr.text or "")
    ]
    assert not loose


def test_the_app_names_each_channel_with_the_word_of_core():
    """One word per channel (tidy item 3): the app's Dutch for the exposure card's channel
    titles and the editor's channel choices is core's CHANNEL_WORDS, as the answer and the
    workbook use it (never "Aanbod" beside "Levering")."""
    from core.reference.stress import CHANNEL_WORDS

    msgs = _messages(TS)
    for channel, word in CHANNEL_WORDS.items():
        title = msgs[("StressExposurePanel", word["en"])]
        assert title is not None and title.text == word["nl"], channel
    choices = {  # ui/widgets/shock_model.py's choice_label
        "Demand: orders lost": "demand",
        "Demand via a tariff": "demand",
        "Supply: deliveries fail": "supply",
        "Supply, critical suppliers only": "supply",
        "Input cost: prices rise": "input_cost",
    }
    contexts = dict.fromkeys(choices, "ShockModel")
    # the exposure by country on Resultaat names the supply side with the same word
    choices["Supply: share of the value chain"] = "supply"
    contexts["Supply: share of the value chain"] = "ResultPage"
    for source, channel in choices.items():
        tr = msgs[(contexts[source], source)]
        assert tr is not None and (tr.text or "").startswith(CHANNEL_WORDS[channel]["nl"]), source
