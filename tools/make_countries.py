"""Generate resources/countries.json: ISO 3166-1 alpha-2 codes with Dutch and English names.

Codes come from pycountry (the ISO 3166-1 list), names from the Unicode CLDR through
Babel, EU membership from the EU's own list. Run again when a country changes:

    .venv/bin/python tools/make_countries.py
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
import pycountry
from babel import Locale

# EU-27 since 1 February 2020 (the United Kingdom left on 31 January 2020).
EU_MEMBERS = sorted(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
# OECD members (38) per https://www.oecd.org/en/about/members-partners.html
OECD_MEMBERS = sorted(
    (
        "AU AT BE CA CL CO CR CZ DK EE FI FR DE GR HU IS IE IL IT JP KR LV LT LU MX NL NZ "
        "NO PL PT SK SI ES SE CH TR GB US"
    ).split()
)


def main() -> None:
    nl = Locale("nl").territories
    en = Locale("en").territories
    countries = [
        {
            "code": c.alpha_2,
            "nl": nl[c.alpha_2],
            "en": en[c.alpha_2],
            "eu": c.alpha_2 in EU_MEMBERS,
            "oecd": c.alpha_2 in OECD_MEMBERS,
        }
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)
    ]
    data = {
        "source": {
            "codes": f"ISO 3166-1 alpha-2 via pycountry {pycountry.__version__}",
            "names": f"Unicode CLDR via Babel {babel.__version__}",
            "eu": "https://european-union.europa.eu/principles-countries-history/eu-countries_en",
            "oecd": "https://www.oecd.org/en/about/members-partners.html",
        },
        "countries": countries,
    }
    out = Path(__file__).resolve().parent.parent / "resources" / "countries.json"
    rows = ",\n  ".join(json.dumps(c, ensure_ascii=False) for c in countries)
    head = json.dumps(data["source"], ensure_ascii=False, indent=2).replace("\n", "\n ")
    text = f'{{\n "source": {head},\n "countries": [\n  {rows}\n ]\n}}\n'
    json.loads(text)  # the hand-laid layout must still be valid JSON
    out.write_text(text, encoding="utf-8")
    print(f"wrote {len(countries)} countries to {out}")


if __name__ == "__main__":
    main()
