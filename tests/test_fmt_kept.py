def test_kept_results_are_those_of_the_argument_itself() -> None:
    """core.fmt keeps results per (type, value): each call returns what formatting that
    very argument gives, also after an equal value of another type or sign was formatted."""
    import numpy as np

    from core import fmt

    values = [0.0, -0.0, 1, 1.0, True, np.float64(0.125), np.float32(0.1), 0.1, -0.04, 1e17]
    for lang in ("nl", "en"):
        for decimals in (0, 1, 2, 4):
            for _ in range(2):  # the second round comes from what was kept
                for v in values:
                    assert fmt.number(v, lang, decimals) == fmt._number(v, lang, decimals)
                    assert fmt.pct(v, lang, decimals) == fmt.pct.__wrapped__(v, lang, decimals)
                assert fmt.number(-0.0, lang, decimals) == fmt._number(-0.0, lang, decimals)
        for v in values:
            assert fmt.eur(v, lang) == fmt.eur.__wrapped__(v, lang)
    assert fmt.number(-0.0, "nl", 1) == "-0" and fmt.number(0.0, "nl", 1) == "0"
