"""Every word the workbook shows, in Dutch and English.

Kept here, next to the sheets, so that a wording change is one edit and both
languages stay side by side. Scheme names (NOW, BMKB, WBSO) stay Dutch in both.
"""

from __future__ import annotations

from core.advice.shown import VERDICT_WORDS
from core.advice.summary import KIND_WORDS
from core.reference.stress import channel_word

SHEETS: dict[str, tuple[str, str]] = {
    "summary": ("Samenvatting", "Summary"),
    "inputs": ("Invoer", "Inputs"),
    "exposure": ("Blootstelling", "Exposure"),
    "forecast": ("Omzetprognose", "Forecast"),
    "now": ("NOW", "NOW"),
    "cash": ("Liquiditeit", "Liquidity"),
    "measures": ("Maatregelen", "Measures"),
    "calculation": ("Berekening", "Calculation"),
    "assumptions": ("Aannames", "Assumptions"),
}

_T: dict[str, tuple[str, str]] = {
    # general
    "app": ("Herstelscan", "Herstelscan"),
    "report_title": ("Herstelscan — adviesrapport", "Herstelscan — advice report"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "none": ("geen", "none"),
    "not_given": ("niet opgegeven", "not given"),
    "page": ("pagina &P van &N", "page &P of &N"),
    # stress tests (issue 17): core/report/stress_facts.py
    "stress_title": (
        "Stresstests in deze werkmap: feiten, aannames en bronnen",
        "Stress tests in this workbook: facts, assumptions and sources",
    ),
    "stress_intro": (
        "Een stresstest speelt een schok van nu per land af vanaf deze maand: wat als die "
        "schok uw bedrijf raakt? Het is geen voorspelling. Per stresstest staan hieronder de "
        "schokken waarmee gerekend is, de feiten waarop ze rusten (met datum en bron; primair "
        "is een officiële bron, secundair een nieuwsbericht waar geen officiële bron bestaat) "
        "en de aannames met de reden.",
        "A stress test replays a shock of today per country from this month: what if that "
        "shock hits your company? It is not a forecast. For each stress test below: the "
        "shocks calculated with, the facts they rest on (with date and source; primary is an "
        "official source, secondary a news report where no official source exists) and the "
        "assumptions with their reason.",
    ),
    "stress_test": ("Stresstest", "Stress test"),
    "stress_not_forecast": ("Stresstest, geen voorspelling.", "Stress test, not a forecast."),
    "stress_hypothetical": (
        "Hypothetisch: zonder echt precedent; de omvang is een keuze, geen gemeten feit.",
        "Hypothetical: no real precedent; its size is a choice, not a measured fact.",
    ),
    "precedent": ("Wat er gebeurde", "What happened"),
    "until_now": ("nu", "now"),
    "stress_gdp": (
        "Daarnaast een bbp-daling van {depth} onder de trend bij alle klanten, vanaf {start}, "
        "opbouw {ramp}, duur {duration}.",
        "Also a fall in GDP of {depth} below trend for every customer, from {start}, "
        "build-up {ramp}, duration {duration}.",
    ),
    "own_scenario": ("Eigen scenario", "Own scenario"),
    "stress_own_based_on": (
        "Door het bedrijf zelf opgesteld, uitgaande van de stresstest ‘{name}’: elk getal "
        "hieronder is een aanname van het bedrijf; de feiten en bronnen van ‘{name}’ staan "
        "bij die stresstest.",
        "Made by the company itself, starting from the stress test ‘{name}’: every figure "
        "below is the company's own assumption; the facts and sources of ‘{name}’ are with "
        "that stress test.",
    ),
    "own_from_nothing": (
        "Door het bedrijf zelf opgesteld: elk getal hieronder is een aanname van het bedrijf.",
        "Made by the company itself: every figure below is the company's own assumption.",
    ),
    "channel": ("Kanaal", "Channel"),
    "countries": ("Landen", "Countries"),
    "size": ("Omvang", "Size"),
    "reach": ("Doorwerking", "Reach"),
    "start": ("Start", "Start"),
    "ramp": ("Opbouw", "Build-up"),
    "duration": ("Duur", "Duration"),
    "recovery": ("Herstel (tijdconstante)", "Recovery (time constant)"),
    "to_the_end": ("tot het einde", "to the end"),
    "months_short": ("mnd", "months"),
    "facts": ("Feiten", "Facts"),
    "fact": ("Feit", "Fact"),
    "date": ("Datum", "Date"),
    "fact_kind": ("Soort bron", "Kind of source"),
    "primary": ("primair", "primary"),
    "secondary": ("secundair (nieuws)", "secondary (news)"),
    "checked_on": ("gecontroleerd", "checked"),
    "stress_assumptions": ("Aannames", "Assumptions"),
    "why_short": ("Waarom", "Why"),
    "stress_exposure_title": (
        "Blootstelling aan de gekozen stresstest: {name}",
        "Exposure to the chosen stress test: {name}",
    ),
    "stress_exposure_note": (
        "Welke van uw landen de stresstest raakt, per kanaal. Vraag: het deel van de omzet "
        "dat u daar verkoopt. Levering en inkoopprijs: het deel van de inkoop dat u daar "
        "koopt, en dat maal de inkoop als deel van de omzet. Op volle omvang: wat de schok "
        "raakt als hij helemaal doorwerkt (vraag: orders; levering: productie; inkoopprijs: "
        "extra kosten als deel van de omzet, na doorberekening). Wanneer het de omzet raakt, "
        "bepalen het orderboek en de voorraad: zie Omzetprognose.",
        "Which of your countries the stress test hits, per channel. Demand: the share of "
        "revenue sold there. Supply and input cost: the share of purchases bought there, and "
        "that times purchases as a share of revenue. At full size: what the shock hits when it "
        "works through fully (demand: orders; supply: production; input cost: extra cost as a "
        "share of revenue, after pass-through). When it reaches revenue is decided by the "
        "order book and the stock: see Forecast.",
    ),
    "hit_countries": ("Geraakte landen", "Countries hit"),
    "exposed": ("Deel van omzet of inkoop", "Share of revenue or purchases"),
    "value_chain": ("Deel van de omzet (waardeketen)", "Share of revenue (value chain)"),
    "at_full_size": ("Op volle omvang", "At full size"),
    "critical_hit": ("Onmisbaar geraakt", "Critical hit"),
    "what_at_stake": ("Wat op het spel staat", "What is at stake"),
    "at_stake_demand": ("orders die wegvallen", "orders lost"),
    "at_stake_supply": ("productie die stilvalt", "production lost"),
    "at_stake_input_cost": (
        "extra inkoopkosten, deel van de omzet (marge)",
        "extra purchase cost, share of revenue (margin)",
    ),
    # summary
    "company": ("Bedrijf", "Company"),
    "kvk": ("KvK-nummer", "KvK number"),
    "sector": ("Sector", "Sector"),
    "generated_on": ("Datum van de berekening", "Date of the calculation"),
    "catalogue_as_of": ("Maatregelencatalogus bijgewerkt tot", "Measures catalogue as of"),
    "catalogue_missing": ("niet beschikbaar", "not available"),
    "catalogue_stale": (
        "Let op: de maatregelencatalogus is voor het laatst gecontroleerd op {date} en kan "
        "verouderd zijn (ouder dan {months} maanden). Regelingen zonder bekende einddatum "
        "staan daarom hooguit op ‘mogelijk’ en tellen niet mee in de totalen; controleer de "
        "pagina van elke regeling.",
        "Note: the measures catalogue was last checked on {date} and may be out of date "
        "(older than {months} months). Schemes without a known end are therefore at most "
        "‘possible’ and do not count in the totals; check each scheme's page.",
    ),
    "headlines": ("Kerncijfers per scenario", "Headline figures per scenario"),
    "figure": ("Kerncijfer", "Figure"),
    "why": ("Waarom dit getal", "Why this number"),
    "to_calculation": ("zie Berekening", "see Calculation"),
    "h_trough": ("Dieptepunt omzet (% van normaal)", "Revenue trough (% of normal)"),
    "h_trough_month": ("Maand van het dieptepunt", "Month of the trough"),
    "h_first_drop": ("Eerste maand met ≥ 20% omzetdaling", "First month with a ≥ 20% drop"),
    "h_loss": ("Omzetverlies over 36 maanden", "Revenue lost over 36 months"),
    "h_idle": ("Onbenutte fte op het hoogtepunt", "Idle FTE at the peak"),
    "h_now": ("NOW-subsidie, alle tranches", "NOW subsidy, all tranches"),
    "h_cash": ("Kas raakt op in", "Cash runs out in"),
    "h_cash_never": ("niet binnen de prognose", "not within the forecast"),
    "unknown": ("onbekend", "unknown"),
    "not_applicable": ("n.v.t.", "n/a"),
    "critical_title": ("Onmisbare leveranciers", "Critical suppliers"),
    "critical_none": (
        "Geen leveranciers als onmisbaar opgegeven.",
        "No suppliers marked as critical.",
    ),
    "critical_row": (
        "{country}: {share} van de inkoop; alternatief in {weeks} weken",
        "{country}: {share} of purchases; alternative in {weeks} weeks",
    ),
    "measures_title": ("Maatregelen in het kort", "Measures at a glance"),
    "measures_none": (
        "Er zijn (nog) geen maatregelen beoordeeld.",
        "No measures were assessed (yet).",
    ),
    "contents": ("Inhoud van deze werkmap", "Contents of this workbook"),
    "disclaimer_title": ("Let op", "Please note"),
    "disclaimer": (
        "Deze werkmap is een zelfscan op basis van de antwoorden van het bedrijf en de "
        "scenario's van deze werkmap (zie Aannames). Het is geen financieel, juridisch of "
        "fiscaal advies en geen toezegging van subsidie: of een regeling van toepassing is, "
        "beslist de uitvoerder (UWV, RVO, Belastingdienst, de bank). Maatregelen gemarkeerd "
        "als VOORSTEL zijn wensen van FME, geen bestaande regelingen. Bespreek de uitkomsten "
        "met uw accountant of adviseur.",
        "This workbook is a self-assessment based on the company's answers and this "
        "workbook's scenarios (see Assumptions). It is not financial, legal or tax advice "
        "and no promise of a subsidy: whether a scheme applies is decided by the agency "
        "running it (UWV, RVO, the tax office, the bank). Measures marked PROPOSAL are FME's "
        "wishes, not existing schemes. Discuss the results with your accountant or adviser.",
    ),
    "roundtrip_note": (
        "Deze werkmap is ook een casusbestand: open hem in Herstelscan om precies deze "
        "invoer terug te krijgen. Is een waarde op het blad Invoer gewijzigd, dan noemt "
        "Herstelscan bij het openen elk gewijzigd veld en vraagt welke waarden gelden.",
        "This workbook is also a case file: open it in Herstelscan to get exactly these "
        "inputs back. If a value on the Inputs sheet was changed, Herstelscan names each "
        "changed field when it opens the workbook and asks which values to use.",
    ),
    # inputs
    "inputs_title": ("Invoer", "Inputs"),
    "field": ("Veld (machineleesbaar)", "Field (machine-readable)"),
    "value": ("Waarde", "Value"),
    "unit": ("Eenheid", "Unit"),
    "item": ("Onderdeel", "Item"),
    "sec_company": ("Bedrijf", "Company"),
    "sec_order_book": ("Orderportefeuille", "Order book"),
    "sec_purchasing": ("Inkoop en leveranciers", "Purchasing and suppliers"),
    "sec_sales": ("Afzet", "Sales"),
    "sec_staff": ("Personeel", "Staff"),
    "sec_finance": ("Financiën", "Finance"),
    "sec_changed": ("Gewijzigde aannames", "Changed assumptions"),
    "changed_none": (
        "geen: alle aannames staan op hun standaardwaarde",
        "none: every assumption is at its default",
    ),
    "sec_own": ("Eigen scenario (stresstest)", "Own scenario (stress test)"),
    "own_name": ("Naam van het scenario", "Name of the scenario"),
    "own_based_on": ("Gebaseerd op de stresstest", "Based on the stress test"),
    "own_based_none": ("geen: zelf opgebouwd", "none: built from scratch"),
    "own_gdp": ("Bbp-daling (op alle klanten)", "GDP fall (on every customer)"),
    "own_channel": ("Kanaal", "Channel"),
    "own_countries": ("Landen", "Countries"),
    "own_size": ("Omvang", "Size"),
    "own_start": ("Vanaf maand", "From month"),
    "own_timing": ("Verloop", "Course"),
    "ch_demand": (
        f"{channel_word('demand', 'nl')}: orders die wegvallen",
        f"{channel_word('demand', 'en')}: orders lost",
    ),
    "ch_demand_tariff": (
        f"{channel_word('demand', 'nl')}: importheffing (× prijselasticiteit)",
        f"{channel_word('demand', 'en')}: import tariff (× price elasticity)",
    ),
    "ch_supply": (
        f"{channel_word('supply', 'nl')}: leveringen die uitvallen",
        f"{channel_word('supply', 'en')}: deliveries that fail",
    ),
    "ch_supply_critical": (
        f"{channel_word('supply', 'nl')}: alleen onmisbare leveranciers",
        f"{channel_word('supply', 'en')}: critical suppliers only",
    ),
    "ch_input_cost": (
        f"{channel_word('input_cost', 'nl')}: prijsstijging",
        f"{channel_word('input_cost', 'en')}: price rise",
    ),
    "own_scale": ("× {scale} (indirect)", "× {scale} (indirect)"),
    "own_ramp": ("opbouw {n} mnd", "ramp {n} mo"),
    "own_duration": ("{n} mnd vol", "{n} mo at full size"),
    "own_to_end": ("tot het einde", "to the end"),
    "own_recovery": ("herstel {n} mnd", "recovery {n} mo"),
    "own_at_once": ("daarna meteen weg", "then gone at once"),
    "name": ("Naam", "Name"),
    "clusters": ("FME-clusters", "FME clusters"),
    "revenue": ("Normale jaaromzet", "Normal annual revenue"),
    "startup": ("Start-up of scale-up", "Start-up or scale-up"),
    "ob_months": ("Orderportefeuille", "Order book"),
    "months": ("maanden", "months"),
    "weeks": ("weken", "weeks"),
    "eur": ("euro", "euros"),
    "eur_month": ("euro per maand", "euros a month"),
    "eur_year": ("euro per jaar", "euros a year"),
    "of_revenue": ("van de omzet", "of revenue"),
    "of_purchases": ("van de inkoop", "of purchases"),
    "people": ("personen", "people"),
    "fte": ("fte", "FTE"),
    "p_share": ("Inkoop als deel van de omzet", "Purchases as a share of revenue"),
    "stock": ("Voorraad", "Stock"),
    "suppliers": ("Leverancierslanden", "Supplier countries"),
    "country": ("Land", "Country"),
    "code": ("Code", "Code"),
    "share_purchases": ("Aandeel inkoop", "Share of purchases"),
    "share_revenue": ("Aandeel omzet", "Share of revenue"),
    "critical": ("Onmisbaar", "Critical"),
    "alt_weeks": ("Weken tot alternatief", "Weeks to an alternative"),
    "unspecified": ("Niet toegewezen aan een land", "Not assigned to a country"),
    "total": ("Totaal", "Total"),
    "employees": ("Medewerkers", "Employees"),
    "fte_label": ("Fte", "FTE"),
    "wage_bill": ("Loonsom (SV-loon)", "Wage bill (SV wages)"),
    "bbl": ("BBL-leerlingen", "BBL apprentices"),
    "rd_staff": ("R&D-medewerkers", "R&D staff"),
    "flex": ("Flexwerkers", "Flex workers"),
    "distancing": ("1,5 meter afstand mogelijk", "1.5 m distancing possible"),
    "cash": ("Liquide middelen", "Cash"),
    "fixed_costs": ("Overige vaste lasten", "Other fixed costs"),
    "rd_costs": ("R&D-loonkosten", "R&D wage costs"),
    "export_200k": ("Exportcontracten boven € 200.000", "Export contracts over €200,000"),
    "innovation_credit": ("Heeft een innovatiekrediet", "Has an innovation credit"),
    "sde_2020": ("SDE-project met deadline in 2020", "SDE project with a 2020 deadline"),
    "assumption": ("Aanname", "Assumption"),
    "default": ("Standaard", "Default"),
    # exposure
    "exposure_title": ("Blootstelling per land", "Exposure by country"),
    "exposure_note": (
        "Levering: inkoop als deel van de omzet × aandeel van het land in de inkoop (het deel "
        "van de productie dat wegvalt als leveringen stoppen). Vraag: aandeel van het land in "
        "de omzet. Sector: de technologische industrie als geheel (FME, WIOD), inclusief "
        "indirecte effecten via andere landen.",
        "Supply: purchases as a share of revenue × the country's share of purchases (the "
        "share of production lost if deliveries stop). Demand: the country's share of "
        "revenue. Sector: the technology industry as a whole (FME, WIOD), including indirect "
        "effects through other countries.",
    ),
    "supply": (
        f"{channel_word('supply', 'nl')} (bedrijf)",
        f"{channel_word('supply', 'en')} (company)",
    ),
    "demand": ("Vraag (bedrijf)", "Demand (company)"),
    "bench_supply": (
        f"{channel_word('supply', 'nl')} (sector)",
        f"{channel_word('supply', 'en')} (sector)",
    ),
    "bench_demand": ("Vraag (sector)", "Demand (sector)"),
    "exposure_chart": (
        "Blootstelling per land: bedrijf en sector",
        "Exposure by country: company and sector",
    ),
    "share_axis": ("aandeel", "share"),
    "concentration": ("Concentratie", "Concentration"),
    "supplier_hhi": ("HHI leverancierslanden", "HHI supplier countries"),
    "sales_hhi": ("HHI afzetlanden", "HHI sales countries"),
    "hhi_threshold": ("Drempel sterk geconcentreerd", "Threshold highly concentrated"),
    "unspecified_supply": ("Inkoop zonder land", "Purchases without a country"),
    # forecast
    "forecast_title": ("Omzetprognose per maand", "Monthly revenue forecast"),
    "forecast_note": (
        "Omzet als % van een normale maand ({monthly} per maand) per scenario (Methode, § 3). "
        "De kolom NOW toont welke NOW-tranche de maand dekt; het blad NOW toont per tranche "
        "het meetvenster en de subsidie.",
        "Revenue as % of a normal month ({monthly} a month) per scenario (Method, § 3). "
        "The NOW column shows which NOW tranche covers the month; the NOW sheet shows each "
        "tranche's measurement window and the subsidy.",
    ),
    "month": ("Maand", "Month"),
    "now_col": ("NOW", "NOW"),
    "restrictions": ("Beperkingen", "Restrictions"),
    "rev_pct": ("Omzet % van normaal", "Revenue % of normal"),
    "rev_eur": ("Omzet", "Revenue"),
    "idle": ("Onbenutte fte", "Idle FTE"),
    "forecast_chart": (
        "Omzet als % van normaal per scenario",
        "Revenue as % of normal per scenario",
    ),
    "now_bands_a": ("NOW-1, 3.1, 3.3, 5", "NOW-1, 3.1, 3.3, 5"),
    "now_bands_b": ("NOW-2, 3.2, 4, 6", "NOW-2, 3.2, 4, 6"),
    "now_table": ("NOW per tranche en scenario", "NOW per tranche and scenario"),
    "now_note": (
        "Per scenario en tranche het meetvenster van de beste toegestane reeks tranches, de "
        "omzetdaling daarin, de subsidie en het voorschot. Bedragen in hele euro's (afgerond); elk totaal is de som "
        "van de bedragen erboven. Berekening rekent elke tranche na met een formule.",
        "Per scenario and tranche the window of the best legal chain of tranches, the revenue "
        "drop in it, the subsidy and the advance. Amounts in whole euros (rounded); each total is the "
        "sum of the amounts above it. Calculation re-performs every tranche with a formula.",
    ),
    "now_none": (
        "Geen NOW-tranche valt binnen de prognose.",
        "No NOW tranche falls within the forecast.",
    ),
    "tranche": ("Tranche", "Tranche"),
    "scenario": ("Scenario", "Scenario"),
    "window_from": ("Meetvenster van", "Window from"),
    "window_to": ("Meetvenster t/m", "Window to"),
    "drop": ("Omzetdaling", "Revenue drop"),
    "eligible": ("Recht op NOW", "Eligible"),
    "subsidy": ("Subsidie", "Subsidy"),
    "advance": ("Voorschot", "Advance"),
    "reason": ("Reden", "Reason"),
    "from": ("van", "from"),
    "to": ("tot en met", "to"),
    # measures
    "measures_sheet_title": ("Maatregelen", "Measures"),
    "measure": ("Maatregel", "Measure"),
    "status": ("Status", "Status"),
    "verdict": ("Oordeel", "Verdict"),
    "amount": ("Bedrag (indicatie)", "Amount (indication)"),
    "period_from": ("Geldig vanaf", "Valid from"),
    "period_to": ("Geldig tot en met", "Valid to"),
    "source": ("Bron", "Source"),
    "more_sources": ("Overige bronnen", "Other sources"),
    "more_sources_link": ("nog {n} → Aannames", "{n} more → Assumptions"),
    "measure_sources": ("Bronnen per maatregel", "Sources per measure"),
    "proposal_mark": ("VOORSTEL", "PROPOSAL"),
    "proposal_note": (
        "Regels met VOORSTEL zijn wensen van FME, geen bestaande regelingen: er bestaat geen "
        "recht op.",
        "Rows marked PROPOSAL are FME's wishes, not existing schemes: there is no entitlement.",
    ),
    "per_scenario": ("Per scenario", "Per scenario"),
    "kind": ("Soort", "Kind"),
    "per": ("Periode", "Period"),
    "claimable": ("Nu aan te vragen", "Open now"),
    "group_cash_need": (
        "alternatief voor één financieringsbehoefte (kies er één, telt één keer) naast",
        "an alternative for one funding need (choose one, counted once) beside",
    ),
    "group_other": (
        "alternatief voor één behoefte ({group}; kies er één, telt één keer) naast",
        "an alternative for one need ({group}; choose one, counted once) beside",
    ),
    "totals_by_kind": (
        "Vandaag aan te vragen, totalen per soort (alleen 'komt in aanmerking'; alternatieven één keer; wat is afgelopen telt niet mee)",
        "To apply for today, totals by kind (eligible only; alternatives once; what has ended does not count)",
    ),
    "totals_history": (
        "Destijds, alleen ter informatie (afgelopen regelingen en behoeften in het verleden; niet opgeteld bij het bovenstaande)",
        "At the time, for information only (ended schemes and past needs; not added to the above)",
    ),
    "total_kind": ("Totaal {kind}", "Total {kind}"),
    "chosen_scenario": ("Gekozen scenario", "Chosen scenario"),
    "chosen": ("gekozen", "chosen"),
    "answer_title": ("Het antwoord in het kort", "The answer in short"),
    "apply_today": ("Vandaag aan te vragen", "To apply for today"),
    "apply_today_none": (
        "Op de datum van de berekening staat geen van de passende regelingen open.",
        "On the date of the calculation none of the fitting schemes is open.",
    ),
    "claimable_totals": (
        "Totalen per soort (alleen 'komt in aanmerking'; alternatieven één keer; soorten worden niet opgeteld)",
        "Totals by kind (eligible only; alternatives once; kinds are not added up)",
    ),
    "now_range": (
        "NOW over de scenario's: van {low} ({low_name}) tot {high} ({high_name})",
        "NOW across the scenarios: from {low} ({low_name}) to {high} ({high_name})",
    ),
    # calculation
    "calculation_title": ("Berekening: waarom dit getal", "Calculation: why this number"),
    "outcome": ("Uitkomst", "Outcome"),
    "formula": ("Formule", "Formula"),
    "values_used": ("Gebruikte waarden", "Values used"),
    "calc_none": ("Geen toelichtingen beschikbaar.", "No explanations available."),
    "calc_note": (
        "Per kerncijfer: de uitkomst van Herstelscan, dezelfde uitkomst als live formule over "
        "de cellen die hij gebruikt (Invoer, Aannames, Omzetprognose, Liquiditeit) en het "
        "verschil, dat nul moet zijn (bedragen op de cent, aandelen op 0,000001; een maand "
        "of tekst: 0 = gelijk). Wijzigt u een invoercel, dan rekent de formule mee; de "
        "uitkomst van Herstelscan niet.",
        "Per figure: Herstelscan's outcome, the same outcome as a live formula over the cells "
        "it uses (Inputs, Assumptions, Forecast, Liquidity) and the difference, which must be "
        "zero (amounts to the cent, shares to 0.000001; a month or text: 0 = equal). Change an "
        "input cell and the formula follows; Herstelscan's outcome does not.",
    ),
    "live_formula": ("Herberekend (formule)", "Re-performed (formula)"),
    "difference": ("Verschil", "Difference"),
    "now_formula": (
        "A × B × maanden × (1 + opslag) × percentage als de tranche wordt aangevraagd (NOW, "
        "kolom Recht op NOW) en A ≥ minimale daling; A = omzetdaling in het meetvenster van "
        "de beste toegestane reeks tranches (1 − gemiddelde omzetindex), begrensd waar de "
        "tranche dat doet; B = MIN(loonsom, medewerkers × maximum per medewerker)",
        "A × B × months × (1 + surcharge) × percentage if the tranche is claimed (NOW, column "
        "Eligible) and A ≥ the minimum drop; A = the revenue drop in the window of the best "
        "legal chain of tranches (1 − average revenue index), capped where the tranche caps "
        "it; B = MIN(wage bill, employees × the cap per employee)",
    ),
    "now_formula_short": (
        "A × B × maanden × (1 + opslag) × percentage als A ≥ minimale daling (zie Formule "
        "bij NOW-subsidie, alle tranches)",
        "A × B × months × (1 + surcharge) × percentage if A ≥ the minimum drop (see the "
        "formula of NOW subsidy, all tranches)",
    ),
    "now_source": (
        "NOW-regels per tranche: zie Aannames (UWV, Rijksoverheid)",
        "NOW rules per tranche: see Assumptions (UWV, Rijksoverheid)",
    ),
    "pl_label": ("Subsidie praktijkleren", "Praktijkleren subsidy"),
    "pl_formula": (
        "BBL-leerlingen × bedrag per leerling in het studiejaar",
        "BBL students × the amount per student for the study year",
    ),
    "wbso_label": ("WBSO-afdrachtvermindering per jaar", "WBSO tax credit a year"),
    "wbso_formula": (
        "MIN(R&D-loonkosten, eerste schijf) × percentage eerste schijf + "
        "MAX(R&D-loonkosten − eerste schijf, 0) × percentage daarboven",
        "MIN(R&D wage costs, first bracket) × first-bracket rate + "
        "MAX(R&D wage costs − first bracket, 0) × the rate above it",
    ),
    "implied_formula": (
        "jaaromzet / 12 × (1 − inkoopaandeel) − loonsom × factor loonkosten − overige vaste lasten",
        "annual revenue / 12 × (1 − purchases share) − wage bill × wage-cost factor − other "
        "fixed costs",
    ),
    "implied_values": (
        "de uitkomst van de kaslijn in een normale maand (omzetindex 100%); zie Liquiditeit",
        "the cash path's result in a normal month (revenue index 100%); see Liquidity",
    ),
    "peak_formula": (
        "MAX(0, −laagste kasstand) over de prognose",
        "MAX(0, −lowest cash balance) over the forecast",
    ),
    "peak_values": (
        "kasstand per maand op Liquiditeit (formulekolom)",
        "cash balance per month on Liquidity (formula column)",
    ),
    "cash_source": ("Methode, § 7 Liquiditeit", "Method, § 7 Cash"),
    # liquidity
    "cash_title": ("Liquiditeit per scenario", "Liquidity per scenario"),
    "cash_not_given": (
        "Niet berekend: de liquide middelen en de overige vaste lasten zijn niet opgegeven.",
        "Not computed: cash and other fixed costs were not given.",
    ),
    "cash_note": (
        "Kasstand per maand: beginkas + Σ [omzet × (1 − inkoopaandeel) − loonsom × factor "
        "loonkosten − overige vaste lasten + NOW-voorschot]. De piekfinancieringsbehoefte is "
        "het grootste tekort; de kas raakt op in de eerste maand onder nul.",
        "Cash balance per month: opening cash + Σ [revenue × (1 − purchases share) − wage bill "
        "× wage-cost factor − other fixed costs + NOW advance]. The peak funding need is the "
        "largest shortfall; cash runs out in the first month below zero.",
    ),
    "cash_per_scenario": ("Per scenario", "Per scenario"),
    "cash_lowest": ("Laagste kasstand", "Lowest cash balance"),
    "cash_lowest_month": ("Maand van de laagste stand", "Month of the lowest balance"),
    "cash_peak_need": ("Piekfinancieringsbehoefte", "Peak funding need"),
    "cash_advances": ("NOW-voorschotten in de kaslijn", "NOW advances in the cash path"),
    "implied_title": (
        "Impliciet normaal maandresultaat (waar de kaslijn op rust)",
        "Implied normal monthly result (what the cash path rests on)",
    ),
    "implied_revenue": ("Normale maandomzet", "Normal monthly revenue"),
    "implied_revenue_how": ("Invoer: normale jaaromzet / 12", "Inputs: normal annual revenue / 12"),
    "implied_purchases": ("− Inkoop", "− Purchases"),
    "implied_purchases_how": (
        "maandomzet × inkoopaandeel ({p})",
        "monthly revenue × purchases share ({p})",
    ),
    "implied_wages": ("− Loonkosten", "− Wage costs"),
    "implied_wages_how": (
        "Invoer: loonsom × factor loonkosten ({factor}, Aannames)",
        "Inputs: wage bill × wage-cost factor ({factor}, Assumptions)",
    ),
    "implied_fixed": ("− Overige vaste lasten", "− Other fixed costs"),
    "implied_fixed_how": ("Invoer: per maand", "Inputs: a month"),
    "implied_result": ("Impliciet normaal maandresultaat", "Implied normal monthly result"),
    "implied_result_how": (
        "wat er in een normale maand overblijft; de kaslijn telt dit op, maal de omzetindex "
        "voor het omzetdeel",
        "what is left in a normal month; the cash path adds this up, with the revenue part "
        "times the revenue index",
    ),
    "implied_share": ("als deel van de normale omzet", "as a share of normal revenue"),
    "implied_share_how": (
        "ter controle: een marge die hoger is dan de werkelijke wijst op ontbrekende kosten",
        "as a check: a margin above the real one points to missing costs",
    ),
    "cash_assumes_title": ("Wat de kaslijn aanneemt", "What the cash path assumes"),
    "cash_assumes": (
        "• Beginkas: de opgegeven liquide middelen, aan het begin van de eerste maand van de "
        "prognose.\n"
        "• Omzet wordt ontvangen en inkoop betaald in dezelfde maand (geen debiteuren- of "
        "crediteurentermijn); vaste lasten lopen elke maand volledig door.\n"
        "• NOW: alleen het voorschot, in de maand na de start van het beste meetvenster; de "
        "vaststelling (nabetaling of terugbetaling) valt buiten de kaslijn.\n"
        "• Geen leningen, garanties, belastinguitstel of andere steun: de kaslijn laat juist "
        "zien hoeveel daarvan nodig is.",
        "• Opening cash: the cash given, at the start of the forecast's first month.\n"
        "• Revenue is received and purchases are paid in the same month (no payment terms); "
        "fixed costs run on in full every month.\n"
        "• NOW: only the advance, in the month after the best window starts; the final "
        "settlement (top-up or repayment) is left out.\n"
        "• No loans, guarantees, tax deferral or other support: the cash path shows how much "
        "of that is needed.",
    ),
    "cash_monthly": ("Kasstand per maand", "Cash balance per month"),
    "cash_advance_in": ("NOW-voorschot", "NOW advance"),
    "cash_balance": ("Kasstand (Herstelscan)", "Balance (Herstelscan)"),
    "cash_formula": ("Kasstand (formule)", "Balance (formula)"),
    # assumptions
    "assumptions_title": ("Aannames en bronnen", "Assumptions and sources"),
    "scenario_params": (
        "Scenarioparameters (CPB, 26 maart 2020)",
        "Scenario parameters (CPB, 26 March 2020)",
    ),
    "cpb": ("CPB", "CPB"),
    "cpb_now_note": (
        "Deze werkmap rekent met een crisis die in {month} begint: de parameters hierboven "
        "worden vanaf die maand herhaald als vorm geleend van 2020 (een pandemiescenario van "
        "toen), niet als prognose van het CPB voor nu.",
        "This workbook assesses a crisis starting in {month}: the parameters above are "
        "replayed from that month as shapes borrowed from 2020 (a pandemic scenario of "
        "then), not as a CPB forecast for now.",
    ),
    "other_scenarios": (
        "Scenario's in deze werkmap die niet van het CPB zijn",
        "Scenarios in this workbook that are not CPB's",
    ),
    "scenario_kind": ("Wat het is", "What it is"),
    "kind_reference": (
        "referentie: zoals het ging vanaf {month}, geen prognose",
        "reference: as it happened from {month}, not a forecast",
    ),
    "kind_shape": (
        "vorm: de crisis van toen, herhaald vanaf {month}",
        "shape: that crisis replayed from {month}",
    ),
    "windows": ("Beperkingen per maand (intensiteit)", "Restrictions by month (intensity)"),
    "windows_none": ("geen beperkingen", "no restrictions"),
    "demand_scale": ("Vraag (× elasticiteit)", "Demand (× elasticity)"),
    "windows_note": (
        "Beperkingen per kalendermaand zoals het model ze leest: 100% is een volledige "
        "lockdown voor de klanten en werkvloeren van de industrie; een maand die maar deels "
        "onder beperkingen viel, telt met het deel waarin ze golden. Vraag: de orders van "
        "de industrie ten opzichte van het vraagpad van het scenario (het bbp; bij 2008–2010 "
        "de orderontvangst in het eurogebied), als veelvoud van de aanname '{elasticity}' "
        "(Modelaannames, hieronder).",
        "Restrictions by calendar month as the model reads them: 100% is a full lockdown "
        "for industry's customers and shop floors; a month only partly under restrictions "
        "counts with the part in which they applied. Demand: industry's orders relative to "
        "the scenario's demand path (GDP; for 2008–2010 the euro area's order intake), as a "
        "multiple of the assumption '{elasticity}' (Model assumptions, below).",
    ),
    "cited_gdp": ("Bbp {quarters}", "GDP {quarters}"),
    "cited_orders": ("Orderontvangst {months}", "Order intake {months}"),
    "cited_windows": ("Beperkingen", "Restrictions"),
    "restr_months": ("Beperkingen (maanden)", "Restrictions (months)"),
    "gdp_2020": ("Bbp-groei 2020", "GDP growth 2020"),
    "gdp_2021": ("Bbp-groei 2021", "GDP growth 2021"),
    "unemp_2020": ("Werkloosheid 2020", "Unemployment 2020"),
    "unemp_2021": ("Werkloosheid 2021", "Unemployment 2021"),
    "supply_disruption": ("Verstoring aanbod", "Supply disruption"),
    "foreign_sev": ("Ernst buitenland", "Severity abroad"),
    "gap_depth": ("Bbp-gat begin", "GDP gap at start"),
    "gap_depth_end": ("Bbp-gat einde beperkingen", "GDP gap at end of restrictions"),
    "gap_tau": ("Hersteltijd (maanden)", "Recovery time (months)"),
    "gap_scar": ("Blijvend verlies", "Lasting loss"),
    "model_assumptions": ("Modelaannames", "Model assumptions"),
    "used": ("Gebruikt", "Used"),
    "changed": ("Gewijzigd", "Changed"),
    "changed_mark": ("GEWIJZIGD", "CHANGED"),
    "now_rules": ("NOW-tranches", "NOW tranches"),
    "period": ("Periode", "Period"),
    "window_starts": ("Meetvensters starten", "Measurement windows start"),
    "window_months": ("Maanden", "Months"),
    "surcharge": ("Opslag", "Surcharge"),
    "pct": ("Percentage", "Percentage"),
    "drop_cap": ("Maximale daling", "Drop cap"),
    "ref_revenue": ("Referentieomzet", "Reference revenue"),
    "now_min_drop": ("Minimale omzetdaling", "Minimum revenue drop"),
    "now_advance_share": ("Voorschot (deel van de subsidie)", "Advance (share of the subsidy)"),
    "now_wage_cap": (
        "Max. loonsom per medewerker per maand",
        "Max. wage bill per employee a month",
    ),
    "scheme_params": (
        "Parameters van regelingen (maatregelencatalogus)",
        "Scheme parameters (measures catalogue)",
    ),
    "sources": ("Bronnen", "Sources"),
    "trend": ("Trendgroei", "Trend growth"),
    "benchmark_source": ("Sectorbenchmark blootstelling", "Sector exposure benchmark"),
}

# The kinds of money in the app's words (core.advice.summary), so a workbook total reads
# as the app's ("belastingvoordeel", not "fiscaal").
KINDS: dict[str, tuple[str, str]] = {
    k: (KIND_WORDS["nl"][k], KIND_WORDS["en"][k]) for k in KIND_WORDS["nl"]
}

PERS: dict[str, tuple[str, str]] = {
    "once": ("eenmalig", "once"),
    "year": ("per jaar", "a year"),
    "study_year": ("per studiejaar", "a study year"),
    "month": ("per maand", "a month"),
}

# The verdicts in the app's words (core.advice.shown: history is not "eligible").
VERDICTS: dict[str, tuple[str, str]] = {
    k: (VERDICT_WORDS["nl"][k], VERDICT_WORDS["en"][k]) for k in VERDICT_WORDS["nl"]
}

STATUSES: dict[str, tuple[str, str]] = {
    "historical": ("Beëindigd", "Ended"),
    "current": ("Lopend", "Current"),
    "proposal": ("Voorstel van FME", "FME proposal"),
}

SECTOR_NAMES: dict[str, tuple[str, str]] = {
    "metaal": ("Metaal", "Metal"),
    "elektronica": ("Elektronica", "Electronics"),
    "elektrotechniek": ("Elektrotechniek", "Electrical engineering"),
    "kunststof": ("Kunststof", "Plastics"),
    "machinebouw": ("Machinebouw", "Machine building"),
    "overig": ("Overig", "Other"),
}

CLUSTER_NAMES: dict[str, tuple[str, str]] = {
    "zorg": ("Zorg", "Health care"),
    "energie": ("Energie", "Energy"),
    "gebouwde_omgeving": ("Gebouwde omgeving", "Built environment"),
    "agri_food": ("Agri & Food", "Agri & Food"),
    "veiligheid": ("Veiligheid", "Security"),
}

DISTANCING_NAMES: dict[str, tuple[str, str]] = {
    "yes": ("ja", "yes"),
    "partly": ("deels", "partly"),
    "no": ("nee", "no"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def t(key: str, lang: str) -> str:
    """The text for ``key`` in ``lang`` (Dutch for anything but ``"en"``)."""
    return _pick(_T[key], lang)


def sheet_name(key: str, lang: str) -> str:
    return _pick(SHEETS[key], lang)


def label(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    """A code's label from one of the tables above, or the code itself if unknown."""
    pair = table.get(key)
    return _pick(pair, lang) if pair else key


def yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return t("not_given", lang)
    return t("yes" if value else "no", lang)
