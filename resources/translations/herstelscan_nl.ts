<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="26"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="32"/>
        <source>&lt;p&gt;A crisis self-assessment for manufacturing SMEs: exposure by country, the revenue forecast under the CPB scenarios, and the support measures that fit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Een crisis-zelfscan voor het industriële mkb: blootstelling per land, de omzetprognose in de CPB-scenario&apos;s en de steunmaatregelen die passen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="38"/>
        <source>Measures catalogue as of: %1</source>
        <translation>Catalogus van maatregelen bijgewerkt tot: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="40"/>
        <source>&lt;p&gt;&lt;b&gt;Sources:&lt;/b&gt; CPB, &apos;Scenario&apos;s economische gevolgen coronacrisis&apos; (26 March 2020); FME, &apos;Coronacrisis: hoe nu verder&apos; (April 2020); UWV and Rijksoverheid for NOW and the other schemes; RVO; CBS StatLine. Each figure names its source in the app and in the workbook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bronnen:&lt;/b&gt; CPB, &apos;Scenario&apos;s economische gevolgen coronacrisis&apos; (26 maart 2020); FME, &apos;Coronacrisis: hoe nu verder&apos; (april 2020); UWV en Rijksoverheid voor de NOW en de andere regelingen; RVO; CBS StatLine. Elk getal noemt zijn bron in het programma en in de werkmap.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47"/>
        <source>&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing leaves this PC. Herstelscan makes no internet connections; your answers are stored only in the files you save and in a recovery copy in your own user folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; er verlaat niets deze pc. Herstelscan maakt geen internetverbindingen; uw antwoorden staan alleen in de bestanden die u opslaat en in een herstelkopie in uw eigen gebruikersmap.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="53"/>
        <source>&lt;p&gt;&lt;b&gt;Disclaimer:&lt;/b&gt; the results are estimates from a model and public figures. They are not advice and no decision on any scheme; check with your accountant and the authority that runs the scheme.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Disclaimer:&lt;/b&gt; de uitkomsten zijn schattingen op basis van een model en openbare cijfers. Ze zijn geen advies en geen besluit over een regeling; overleg met uw accountant en de uitvoerder van de regeling.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="63"/>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="67"/>
        <source>Start here: begin a new case, open a saved one, or try the example company.</source>
        <translation>Begin hier: start een nieuwe casus, open een opgeslagen casus of probeer het voorbeeldbedrijf.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="70"/>
        <source>Name, sector and normal annual revenue are needed; the KvK number and clusters are optional.</source>
        <translation>Naam, sector en normale jaaromzet zijn nodig; het KvK-nummer en de clusters zijn optioneel.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="74"/>
        <source>The months of production your firm orders cover decide when the drop reaches your revenue.</source>
        <translation>Het aantal maanden productie dat uw vaste orders dekken, bepaalt wanneer de daling uw omzet bereikt.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="78"/>
        <source>Purchases as a share of revenue, stock, and where you buy. Insert adds a country, Delete removes it, Ctrl+Z undoes.</source>
        <translation>Inkoop als deel van de omzet, voorraad, en waar u inkoopt. Insert voegt een land toe, Delete verwijdert het, Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="82"/>
        <source>Where your customers are; the shares must add up to 100%.</source>
        <translation>Waar uw klanten zitten; samen moet het 100% zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="83"/>
        <source>Employees, FTE and the monthly wage bill size NOW and the other wage schemes.</source>
        <translation>Medewerkers, fte en de maandelijkse loonsom bepalen de NOW en de andere loonregelingen.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="86"/>
        <source>Optional: cash and fixed costs show how long your cash lasts.</source>
        <translation>Optioneel: met liquide middelen en vaste lasten ziet u hoe lang uw geld toereikend is.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="87"/>
        <source>Hover over or click &apos;Why?&apos; on a figure to see its formula, values and source. Change an assumption to see its effect.</source>
        <translation>Wijs een kerncijfer aan of klik op &apos;Waarom?&apos; voor de formule, de waarden en de bron. Wijzig een aanname om het effect te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="91"/>
        <source>Filter by verdict; proposals are FME&apos;s requests, not law.</source>
        <translation>Filter op oordeel; voorstellen zijn wensen van FME, geen wet.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="92"/>
        <source>Write the Excel workbook (Ctrl+E) and save the case (Ctrl+S).</source>
        <translation>Schrijf de Excel-werkmap (Ctrl+E) en sla de casus op (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="104"/>
        <source>How the scan works</source>
        <translation>Zo werkt de scan</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="109"/>
        <source>&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; Ctrl+N new, Ctrl+O open, Ctrl+S save, Ctrl+E export, Ctrl+Z undo, Alt+N next step, Alt+B previous step, F1 this help. Every field can be reached with Tab; underlined letters jump to a field with Alt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Toetsen:&lt;/b&gt; Ctrl+N nieuw, Ctrl+O openen, Ctrl+S opslaan, Ctrl+E exporteren, Ctrl+Z ongedaan maken, Alt+D volgende stap, Alt+G vorige stap, F1 deze help. Elk veld is met Tab te bereiken; met Alt en de onderstreepte letter springt u naar een veld.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AssumptionsEditor</name>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="37"/>
        <source>% a month</source>
        <translation>% per maand</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="39"/>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="43"/>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="60"/>
        <source>Reset all assumptions</source>
        <translation>Alle aannames terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="96"/>
        <source>changed (default %1)</source>
        <translation>gewijzigd (standaard %1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="98"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <location filename="../../ui/widgets/badges.py" line="31"/>
        <source>Ended (historical scheme)</source>
        <translation>Afgelopen (historische regeling)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/badges.py" line="32"/>
        <source>Current scheme</source>
        <translation>Lopende regeling</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/badges.py" line="33"/>
        <source>Proposal: does not exist (yet)</source>
        <translation>Voorstel: bestaat (nog) niet</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="137"/>
        <source>Revenue, % of a normal month</source>
        <translation>Omzet, % van een normale maand</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="150"/>
        <source>20% drop</source>
        <translation>20% daling</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="189"/>
        <source>Revenue forecast chart</source>
        <translation>Grafiek omzetprognose</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="374"/>
        <source>catching up %1</source>
        <translation>inhaalslag %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="375"/>
        <source>second dip %1</source>
        <translation>tweede dip %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="508"/>
        <source>Your company</source>
        <translation>Uw bedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="515"/>
        <source>Sector (FME paper)</source>
        <translation>Sector (FME-paper)</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/pages/company.py" line="22"/>
        <source>Your company</source>
        <translation>Uw bedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="24"/>
        <source>The basics: the scan compares your company with its sector and sizes every amount from your normal revenue.</source>
        <translation>De basis: de scan vergelijkt uw bedrijf met de sector en rekent elk bedrag uit vanaf uw normale omzet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="33"/>
        <source>Company na&amp;me</source>
        <translation>&amp;Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="35"/>
        <source>Printed on the report, so your accountant or bank knows whose it is.</source>
        <translation>Komt op het rapport, zodat uw accountant of bank weet van wie het is.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="41"/>
        <source>&amp;KvK number (optional)</source>
        <translation>&amp;KvK-nummer (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="43"/>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="46"/>
        <source>Only for the report; some support schemes ask for it. Leave it empty if you like.</source>
        <translation>Alleen voor het rapport; sommige regelingen vragen erom. U mag het leeg laten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="51"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="52"/>
        <source>Metal products</source>
        <translation>Metaalproducten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="53"/>
        <source>Electronics</source>
        <translation>Elektronica</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="54"/>
        <source>Electrical engineering</source>
        <translation>Elektrotechniek</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="55"/>
        <source>Plastics and rubber</source>
        <translation>Kunststof en rubber</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="56"/>
        <source>Machine building</source>
        <translation>Machinebouw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="57"/>
        <source>Other technology industry</source>
        <translation>Overige technologische industrie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="62"/>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="65"/>
        <source>The FME paper&apos;s figures for the whole technology industry (how much of the value chain comes from China, Germany and Italy) are shown next to yours.</source>
        <translation>De cijfers uit het FME-paper voor de hele technologische industrie (hoeveel van de waardeketen uit China, Duitsland en Italië komt) staan naast de uwe.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="71"/>
        <source>Health care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="72"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="73"/>
        <source>Built environment</source>
        <translation>Gebouwde omgeving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="74"/>
        <source>Agri &amp; Food</source>
        <translation>Agri &amp; Food</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="75"/>
        <source>Safety &amp; security</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="80"/>
        <source>FME &amp;clusters you supply</source>
        <translation>FME-&amp;clusters waaraan u levert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="84"/>
        <source>Some measures and FME proposals target these markets (for example health care suppliers during the crisis). Tick any that apply.</source>
        <translation>Sommige maatregelen en FME-voorstellen richten zich op deze markten (bijvoorbeeld toeleveranciers van de zorg tijdens de crisis). Vink aan wat van toepassing is.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="92"/>
        <source>Normal annual &amp;revenue</source>
        <translation>Normale jaar&amp;omzet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="94"/>
        <source>euro per year</source>
        <translation>euro per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="96"/>
        <source>Revenue in a normal year (for example 2019). Every forecast is a share of this, and NOW compares your drop against it.</source>
        <translation>De omzet in een normaal jaar (bijvoorbeeld 2019). Elke prognose is een deel hiervan, en de NOW meet uw omzetdaling hieraan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="104"/>
        <source>Start-up or scale-up</source>
        <translation>Start-up of scale-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="106"/>
        <source>We are a start-up or scale-up (innovative, less than 5 years old)</source>
        <translation>Wij zijn een start-up of scale-up (innovatief, jonger dan 5 jaar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="110"/>
        <source>Start-ups and scale-ups had their own support (the COL facility) because banks lend to them less easily.</source>
        <translation>Start-ups en scale-ups hadden een eigen regeling (de COL-faciliteit), omdat banken minder makkelijk aan hen lenen.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../ui/widgets/country_picker.py" line="87"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/country_picker.py" line="88"/>
        <source>Type to search a country</source>
        <translation>Typ om een land te zoeken</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Herstelscan ran into an unexpected problem: %1.

Your answers could NOT be written to the recovery copy: save your case now (Ctrl+S), in another folder if needed, before you close the program.

Details for the helpdesk: %2</source>
        <translation>Herstelscan liep tegen een onverwacht probleem aan: %1.

Uw antwoorden konden NIET naar de herstelkopie worden geschreven: sla uw casus nu op (Ctrl+S), zo nodig in een andere map, voordat u het programma sluit.

Gegevens voor de helpdesk: %2</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Herstelscan ran into an unexpected problem: %1.

Your answers are safe: they were written to the recovery copy. Save your case (Ctrl+S); if the program behaves strangely, restart it and choose to restore your answers.

Details for the helpdesk: %2</source>
        <translation>Herstelscan liep tegen een onverwacht probleem aan: %1.

Uw antwoorden zijn veilig: ze zijn in de herstelkopie geschreven. Sla uw casus op (Ctrl+S); als het programma zich vreemd gedraagt, start het opnieuw en kies ervoor uw antwoorden te herstellen.

Gegevens voor de helpdesk: %2</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/pages/export.py" line="20"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="22"/>
        <source>&lt;p&gt;The Excel workbook holds everything you saw, to discuss with your accountant, bank or works council:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Summary&lt;/b&gt;: the headline figures, the disclaimer and the catalogue date;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Inputs&lt;/b&gt;: all your answers (open the workbook in Herstelscan to continue);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Exposure&lt;/b&gt; and &lt;b&gt;Forecast&lt;/b&gt;: the tables and charts;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Measures&lt;/b&gt;: every measure with verdict, amount and link;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Calculation&lt;/b&gt; and &lt;b&gt;Assumptions&lt;/b&gt;: how each number was computed.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Save the case as well, to change your answers later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De Excel-werkmap bevat alles wat u zag, om te bespreken met uw accountant, bank of ondernemingsraad:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Samenvatting&lt;/b&gt;: de kerncijfers, de disclaimer en de datum van de catalogus;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Invoer&lt;/b&gt;: al uw antwoorden (open de werkmap in Herstelscan om verder te gaan);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Blootstelling&lt;/b&gt; en &lt;b&gt;Omzetprognose&lt;/b&gt;: de tabellen en grafieken;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Maatregelen&lt;/b&gt;: elke maatregel met oordeel, bedrag en link;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Berekening&lt;/b&gt; en &lt;b&gt;Aannames&lt;/b&gt;: hoe elk getal is berekend.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Bewaar ook de casus, om uw antwoorden later te kunnen aanpassen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="38"/>
        <source>&amp;Export Excel workbook…</source>
        <translation>&amp;Excel-werkmap exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="40"/>
        <source>&amp;Save the case as…</source>
        <translation>Casus op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="61"/>
        <source>Case file: %1</source>
        <translation>Casusbestand: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="63"/>
        <source>The case has not been saved yet.</source>
        <translation>De casus is nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../ui/field_names.py" line="30"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="31"/>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="32"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="33"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="34"/>
        <source>FME clusters</source>
        <translation>FME-clusters</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="35"/>
        <source>Normal annual revenue</source>
        <translation>Normale jaaromzet</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="36"/>
        <source>Start-up or scale-up</source>
        <translation>Start-up of scale-up</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="37"/>
        <source>Order book</source>
        <translation>Orderportefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="38"/>
        <source>Months of production in the order book</source>
        <translation>Maanden productie in de orderportefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="39"/>
        <source>Purchasing</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="40"/>
        <source>Purchases as a share of revenue</source>
        <translation>Inkoop als deel van de omzet</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="41"/>
        <source>Stock on hand</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="42"/>
        <source>Supplier countries</source>
        <translation>Leverancierlanden</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="43"/>
        <source>Sales countries</source>
        <translation>Afzetlanden</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="44"/>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="45"/>
        <source>Number of employees</source>
        <translation>Aantal medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="46"/>
        <source>Full-time equivalents</source>
        <translation>Fte</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="47"/>
        <source>Monthly wage bill</source>
        <translation>Maandelijkse loonsom</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="48"/>
        <source>BBL students</source>
        <translation>BBL-leerlingen</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="49"/>
        <source>R&amp;D staff</source>
        <translation>R&amp;D-medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="50"/>
        <source>Flex workers</source>
        <translation>Flexkrachten</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="51"/>
        <source>1.5 m distancing</source>
        <translation>1,5 meter afstand</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="52"/>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="53"/>
        <source>Cash and unused credit</source>
        <translation>Liquide middelen en ongebruikt krediet</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="54"/>
        <source>Other fixed costs</source>
        <translation>Overige vaste lasten</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="55"/>
        <source>R&amp;D wage costs</source>
        <translation>R&amp;D-loonkosten</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="56"/>
        <source>Assumptions</source>
        <translation>Aannames</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="57"/>
        <source>Chosen scenario</source>
        <translation>Gekozen scenario</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="58"/>
        <source>Crisis starts</source>
        <translation>Crisis begint</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="59"/>
        <source>Own scenario</source>
        <translation>Eigen scenario</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="60"/>
        <source>Own scenario: name</source>
        <translation>Eigen scenario: naam</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="61"/>
        <source>Own scenario: based on</source>
        <translation>Eigen scenario: gebaseerd op</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="62"/>
        <source>Own scenario: GDP fall</source>
        <translation>Eigen scenario: bbp-daling</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="63"/>
        <source>Own scenario: shock</source>
        <translation>Eigen scenario: schok</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="64"/>
        <location filename="../../ui/field_names.py" line="68"/>
        <location filename="../../ui/field_names.py" line="69"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="65"/>
        <source>countries</source>
        <translation>landen</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="66"/>
        <source>size</source>
        <translation>omvang</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="67"/>
        <source>reach</source>
        <translation>doorwerking</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="70"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="71"/>
        <source>build-up</source>
        <translation>opbouw</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="72"/>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="73"/>
        <source>recovery</source>
        <translation>herstel</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="74"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="75"/>
        <source>share</source>
        <translation>aandeel</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="76"/>
        <source>critical</source>
        <translation>onmisbaar</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="77"/>
        <source>weeks to an alternative</source>
        <translation>weken tot alternatief</translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="87"/>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../ui/widgets/figures.py" line="68"/>
        <location filename="../../ui/widgets/figures.py" line="136"/>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/figures.py" line="69"/>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/figures.py" line="70"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/figures.py" line="106"/>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/figures.py" line="139"/>
        <source>Show the formula and the values it used</source>
        <translation>Toon de formule en de gebruikte waarden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/figures.py" line="183"/>
        <source>Explain: %1</source>
        <translation>Uitleg: %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="87"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="88"/>
        <source>The case has changes that are not saved. Save them first?</source>
        <translation>De casus heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="126"/>
        <source>Open a case</source>
        <translation>Casus openen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="129"/>
        <source>Herstelscan cases and workbooks (*.herstelscan.json *.json *.xlsx);;All files (*)</source>
        <translation>Herstelscan-casussen en -werkmappen (*.herstelscan.json *.json *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="159"/>
        <source>this is not a Herstelscan case file</source>
        <translation>dit is geen Herstelscan-casusbestand</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="171"/>
        <source>the file does not exist (any more)</source>
        <translation>het bestand bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="192"/>
        <source>%1: on the sheet %2, in the stored case %3</source>
        <translation>%1: op het blad %2, in de opgeslagen casus %3</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="199"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="202"/>
        <source>The workbook was changed</source>
        <translation>De werkmap is gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="205"/>
        <source>The Invoer sheet of %1 shows other values than the case Herstelscan stored in it (a change made in Excel or LibreOffice). Which values should be used?</source>
        <translation>Het blad Invoer van %1 toont andere waarden dan de casus die Herstelscan erin opsloeg (een wijziging in Excel of LibreOffice). Welke waarden wilt u gebruiken?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="211"/>
        <source>Use the sheet&apos;s values</source>
        <translation>Waarden van het blad gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="213"/>
        <source>Use the stored case</source>
        <translation>Opgeslagen casus gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228"/>
        <source>Could not open the file</source>
        <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="230"/>
        <source>%1 could not be opened:

%2

Your current case is unchanged. Choose another file, or check that this is a Herstelscan case file or a workbook exported by Herstelscan.</source>
        <translation>%1 kon niet worden geopend:

%2

Uw huidige casus is niet veranderd. Kies een ander bestand, of controleer of dit een Herstelscan-casusbestand is of een werkmap die Herstelscan heeft geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>Save the case</source>
        <translation>Casus opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="249"/>
        <source>Herstelscan cases (*.herstelscan.json)</source>
        <translation>Herstelscan-casussen (*.herstelscan.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="269"/>
        <source>Could not save</source>
        <translation>Opslaan mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="281"/>
        <source>Your answers are still here.</source>
        <translation>Uw antwoorden staan er nog.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="285"/>
        <source>Your answers are still here, but NOT in the autosave: it cannot be written to %1 either. Save the case in another folder, or keep the program open until it can be saved.</source>
        <translation>Uw antwoorden staan er nog, maar NIET in de automatische kopie: ook %1 is niet te beschrijven. Sla de casus op in een andere map, of houd het programma open tot opslaan lukt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="289"/>
        <source>Your answers are still here and kept in the autosave.</source>
        <translation>Uw antwoorden staan er nog en worden automatisch bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="296"/>
        <source>Nothing to export yet</source>
        <translation>Nog niets te exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="298"/>
        <source>The workbook needs a complete case. The Result page lists what is still missing.</source>
        <translation>Voor de werkmap is een volledige casus nodig. De pagina Resultaat noemt wat nog ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="304"/>
        <source>Export the Excel workbook</source>
        <translation>Excel-werkmap exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="309"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="320"/>
        <source>Export not available</source>
        <translation>Exporteren niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="321"/>
        <source>The workbook writer is not part of this version.</source>
        <translation>Het schrijven van werkmappen zit niet in deze versie.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="328"/>
        <source>Could not write the workbook</source>
        <translation>Kan de werkmap niet schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="333"/>
        <source>Workbook written</source>
        <translation>Werkmap geschreven</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="334"/>
        <source>The workbook was saved as %1. Open it now?</source>
        <translation>De werkmap is opgeslagen als %1. Nu openen?</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../ui/pages/finance.py" line="15"/>
        <source>Finances (optional)</source>
        <translation>Financiën (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="17"/>
        <source>Everything on this page is optional; leave empty what you do not know. With cash and fixed costs the scan shows how long your cash lasts in each scenario, which decides the loan and guarantee schemes.</source>
        <translation>Alles op deze pagina is optioneel; laat leeg wat u niet weet. Met liquide middelen en vaste lasten laat de scan zien hoe lang uw geld in elk scenario toereikend is; dat bepaalt de lenings- en garantieregelingen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="27"/>
        <source>&amp;Cash and unused credit</source>
        <translation>&amp;Liquide middelen en ongebruikt krediet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="29"/>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="32"/>
        <source>What you could spend today: bank balance plus the unused part of your credit line.</source>
        <translation>Wat u vandaag zou kunnen uitgeven: banksaldo plus het ongebruikte deel van uw kredietlijn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="39"/>
        <source>Other &amp;fixed costs</source>
        <translation>Overige &amp;vaste lasten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="41"/>
        <source>euro per month</source>
        <translation>euro per maand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="44"/>
        <source>Rent, leases, interest, insurance: costs that go on when production stops (wages are counted separately).</source>
        <translation>Huur, lease, rente, verzekeringen: kosten die doorlopen als de productie stilvalt (lonen tellen apart).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="52"/>
        <source>R&amp;&amp;D &amp;wage costs</source>
        <translation>R&amp;&amp;D-loon&amp;kosten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="54"/>
        <source>euro per year</source>
        <translation>euro per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="56"/>
        <source>Wages of R&amp;D work; WBSO reduces the wage tax on them.</source>
        <translation>Lonen voor R&amp;D-werk; de WBSO verlaagt de loonheffing daarop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="59"/>
        <source>Not answered</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="59"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="59"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="63"/>
        <source>&amp;Export contracts over €200,000?</source>
        <translation>&amp;Exportcontracten boven €&#xa0;200.000?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="67"/>
        <source>Export credit insurance (Atradius) covers single transactions from €200,000.</source>
        <translation>De exportkredietverzekering (Atradius) dekt losse transacties vanaf €&#xa0;200.000.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="74"/>
        <source>Do you have an &amp;innovation credit?</source>
        <translation>Heeft u een &amp;innovatiekrediet?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="78"/>
        <source>FME asks to defer repayments of the innovation credit for start-ups and scale-ups; no such deferral exists yet.</source>
        <translation>FME vraagt uitstel van aflossing van het innovatiekrediet voor start- en scale-ups; zo&apos;n uitstel bestaat nog niet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="86"/>
        <source>An &amp;SDE project with a 2020 deadline?</source>
        <translation>Een &amp;SDE-project met een deadline in 2020?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="90"/>
        <source>SDE+ projects could get an extension (ontheffing) of their completion deadline.</source>
        <translation>SDE+-projecten konden ontheffing krijgen van hun realisatietermijn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>S&amp;teps</source>
        <extracomment>the steps&apos; pages, as (module, class): a page&apos;s module loads when the page is first built, so the window paints before the other pages (and numpy, the engine) load set by the app (not by tests and tools): a page that computes on showing (the Resultaat page) paints its frame first and fills in right after the first paint below this window width the step list gives the page room (issue 19, item 8: at 900x600 the answer wrapped to 14 lines); a long step title then wraps in the list</extracomment>
        <translation>S&amp;tappen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Questions answered</source>
        <translation>Vragen beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Vori&amp;ge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Next &gt;</source>
        <translation>Volgen&amp;de &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>&amp;Example company</source>
        <translation>&amp;Voorbeeldbedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Open an e&amp;xample case</source>
        <translation>Voor&amp;beeldcasus openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Export workbook…</source>
        <translation>Werkmap &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>&amp;About Herstelscan</source>
        <translation>&amp;Over Herstelscan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Autosave failed: your answers could not be written to %1. Save the case yourself (Ctrl+S); the autosave keeps trying.</source>
        <translation>Automatisch bewaren mislukt: uw antwoorden konden niet naar %1 worden geschreven. Sla de casus zelf op (Ctrl+S); het automatisch bewaren blijft het proberen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Autosave works again.</source>
        <translation>Automatisch bewaren werkt weer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Complete</source>
        <translation>Compleet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>Questions still open</source>
        <translation>Er staan nog vragen open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Something needs correcting</source>
        <translation>Er moet iets worden verbeterd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>%1 of %2 question steps complete</source>
        <translation>%1 van %2 vraagstappen compleet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <location filename="../../ui/pages/measures.py" line="72"/>
        <source>estimated: %1</source>
        <translation>geschat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="75"/>
        <source>period %1 – %2</source>
        <translation>periode %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="86"/>
        <source>This is a proposal from the FME paper, not an existing scheme: you cannot apply for it.</source>
        <translation>Dit is een voorstel uit het FME-paper, geen bestaande regeling: u kunt het niet aanvragen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="103"/>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../../ui/pages/measures.py" line="125"/>
        <source>Support measures</source>
        <translation>Steunmaatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="127"/>
        <source>Every measure the scan knows, with its verdict for your company. The amounts are estimates for the chosen scenario; the scheme&apos;s own rules and the authority that runs it decide. Proposals are FME&apos;s requests, not law.</source>
        <translation>Elke maatregel die de scan kent, met het oordeel voor uw bedrijf. De bedragen zijn schattingen voor het gekozen scenario; de regels van de regeling en de uitvoerder beslissen. Voorstellen zijn wensen van FME, geen wet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="138"/>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="141"/>
        <location filename="../../ui/pages/measures.py" line="160"/>
        <source>All measures</source>
        <translation>Alle maatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="143"/>
        <source>Only in the past (ended)</source>
        <translation>Alleen in het verleden (afgelopen)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="155"/>
        <source>Can be applied for now</source>
        <translation>Nu aan te vragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="210"/>
        <source>Verdicts and amounts follow %1. Choose another scenario on the Result page.</source>
        <translation>Oordelen en bedragen volgen %1. Een ander scenario kiest u op de pagina Resultaat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="217"/>
        <source>Nothing the scan knows of is open for this case today.</source>
        <translation>Van wat de scan kent, staat vandaag niets open voor deze case.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="237"/>
        <source>Total you qualify for, by kind: %1</source>
        <translation>Totaal waarvoor u in aanmerking komt, per soort: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="247"/>
        <source>Loans and guarantees for the same cash shortfall are alternatives: they count once.</source>
        <translation>Leningen en garanties voor hetzelfde kastekort zijn alternatieven: ze tellen één keer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="264"/>
        <source>%1 shown · %2</source>
        <translation>%1 getoond · %2</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <location filename="../../ui/method_viewer.py" line="29"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../ui/method_viewer.py" line="35"/>
        <source>How Herstelscan calculates exposure, the forecast, NOW, the verdicts and the cash runway, with the assumptions and sources. Texts in the app and the workbook refer to these sections as &apos;§ N&apos;.</source>
        <translation>Hoe Herstelscan de blootstelling, de prognose, de NOW, de oordelen en de kas berekent, met de aannames en bronnen. Teksten in de app en het werkboek verwijzen naar deze paragrafen als &apos;§ N&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/method_viewer.py" line="44"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../ui/method_viewer.py" line="49"/>
        <source>Method text</source>
        <translation>Methodetekst</translation>
    </message>
    <message>
        <location filename="../../ui/method_viewer.py" line="63"/>
        <source>The method text is missing from this installation.</source>
        <translation>De methodetekst ontbreekt in deze installatie.</translation>
    </message>
</context>
<context>
    <name>MonthTableDialog</name>
    <message>
        <location filename="../../ui/widgets/month_table.py" line="47"/>
        <source>Revenue per month, % of normal</source>
        <translation>Omzet per maand, % van normaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_table.py" line="53"/>
        <source>Revenue in each month as a percentage of a normal month, per scenario. Back to normal: from that month on always at least 98% of normal. Above 100% orders are caught up; below 98% again after that is a second dip. Copy pastes the whole table into a spreadsheet.</source>
        <translation>Omzet per maand als percentage van een normale maand, per scenario. Weer normaal: vanaf die maand steeds ten minste 98% van normaal. Boven 100% worden orders ingehaald (inhaalslag); daarna weer onder 98% is een tweede dip. Kopiëren plakt de hele tabel in een spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_table.py" line="69"/>
        <source>(catching up)</source>
        <translation>(inhaalslag)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_table.py" line="71"/>
        <source>(second dip)</source>
        <translation>(tweede dip)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_table.py" line="86"/>
        <source>&amp;Copy table</source>
        <translation>Tabel &amp;kopiëren</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="86"/>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
</context>
<context>
    <name>OrderBookPage</name>
    <message>
        <location filename="../../ui/pages/order_book.py" line="21"/>
        <source>Order book</source>
        <translation>Orderportefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="23"/>
        <source>&lt;p&gt;The FME paper&apos;s key observation: revenue can stay up for a while because the production line keeps working on orders already booked. The biggest impact on revenue often comes only after about six months.&lt;/p&gt;&lt;p&gt;A company with an order book of more than three months sees its revenue drop only in the second half of the year, after the first NOW window has closed. That is why FME asked for a NOW with a longer horizon, and why this number matters so much for your forecast.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De kern van het FME-paper: de omzet kan nog een tijd op peil blijven, zolang de productielijn nog werkt aan orders die al geboekt zijn. De grootste impact op de omzet komt vaak pas na ongeveer zes maanden.&lt;/p&gt;&lt;p&gt;Een bedrijf met een orderportefeuille van meer dan drie maanden ziet de omzet pas in de tweede helft van het jaar dalen, als de eerste NOW-periode al voorbij is. Daarom vroeg FME om een NOW met een langere horizon, en daarom telt dit getal zo zwaar in uw prognose.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="37"/>
        <source>How many &amp;months of production do your firm orders cover?</source>
        <translation>Hoeveel &amp;maanden productie dekken uw vaste orders?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="39"/>
        <source>months (0 to 36)</source>
        <translation>maanden (0 tot 36)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="41"/>
        <source>Count only firm orders, at your normal production rate. Half months are fine (4,5). A job shop working from week to week enters 0 or 0,5.</source>
        <translation>Tel alleen vaste orders, bij uw normale productietempo. Halve maanden mogen (4,5). Een loonbedrijf dat van week tot week werkt, vult 0 of 0,5 in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="70"/>
        <source>&lt;b&gt;What this means for you&lt;/b&gt;, the first month with a 20% revenue drop:</source>
        <translation>&lt;b&gt;Wat dit voor u betekent&lt;/b&gt;, de eerste maand met 20% omzetdaling:</translation>
    </message>
</context>
<context>
    <name>OwnScenarioEditor</name>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="120"/>
        <source>Build a stress test for your own situation: which countries, which channel, how large, from when and for how long. Start from a stress test of the library or from nothing; it is saved with the case and shown as &apos;own scenario&apos; next to the others.</source>
        <translation>Bouw een stresstest voor uw eigen situatie: welke landen, welk kanaal, hoe groot, vanaf wanneer en hoe lang. Begin bij een stresstest uit de bibliotheek of met een leeg scenario; het wordt met de casus opgeslagen en naast de andere scenario&apos;s getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="130"/>
        <source>Start &amp;from:</source>
        <translation>&amp;Beginnen vanaf:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="138"/>
        <source>an empty scenario</source>
        <translation>een leeg scenario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="142"/>
        <source>Remove own scenario</source>
        <translation>Eigen scenario verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="154"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="170"/>
        <source>Leave out the GDP fall</source>
        <translation>Bbp-daling weglaten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="179"/>
        <source>Shocks of the own scenario</source>
        <translation>Schokken van het eigen scenario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="199"/>
        <source>&amp;Add shock</source>
        <translation>Schok &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="200"/>
        <source>Add a row (Insert key in the table)</source>
        <translation>Rij toevoegen (Insert-toets in de tabel)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="201"/>
        <source>Remove selected shock</source>
        <translation>Geselecteerde schok verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="202"/>
        <source>Remove the selected rows (Delete key in the table)</source>
        <translation>De geselecteerde rijen verwijderen (Delete-toets in de tabel)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="203"/>
        <source>Undo last change</source>
        <translation>Laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="204"/>
        <source>Undo the last change of the own scenario</source>
        <translation>De laatste wijziging van het eigen scenario ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="218"/>
        <source>Countries of the selected shock</source>
        <translation>Landen van de geselecteerde schok</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="223"/>
        <source>Remove country</source>
        <translation>Land verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="320"/>
        <source>Start again from this</source>
        <translation>Opnieuw beginnen hiervanaf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="320"/>
        <source>&amp;Make own scenario</source>
        <translation>Eigen scenario &amp;maken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="332"/>
        <source>Based on the library&apos;s stress test &apos;%1&apos;; its facts and sources are in the workbook. What you change here is your own assumption.</source>
        <translation>Gebaseerd op de stresstest ‘%1’ uit de bibliotheek; de feiten en bronnen staan in de werkmap. Wat u hier verandert, is uw eigen aanname.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="336"/>
        <source>Built from nothing: every figure is your own assumption.</source>
        <translation>Zelf opgebouwd: elk getal is uw eigen aanname.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="358"/>
        <source>Also a fall in GDP of %1 below its trend for every customer, from %2</source>
        <translation>Daarnaast een bbp-daling van %1 onder de trend voor alle klanten, vanaf %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="368"/>
        <source>for %1 months.</source>
        <translation>gedurende %1 maanden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="370"/>
        <source>to the end of the forecast.</source>
        <translation>tot het einde van de prognose.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="381"/>
        <source>Countries of shock %1:</source>
        <translation>Landen van schok %1:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="383"/>
        <source>Countries:</source>
        <translation>Landen:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="413"/>
        <source>Shock %1, %2: </source>
        <translation>Schok %1, %2: </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="415"/>
        <source>Shock %1: </source>
        <translation>Schok %1: </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="418"/>
        <source>Name: </source>
        <translation>Naam: </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="420"/>
        <source>GDP fall: </source>
        <translation>Bbp-daling: </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="422"/>
        <source>Shocks: </source>
        <translation>Schokken: </translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="59"/>
        <source>Type to add a country or group</source>
        <translation>Typ om een land of groep toe te voegen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/own_scenario.py" line="60"/>
        <source>Add a country or group</source>
        <translation>Land of groep toevoegen</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="36"/>
        <location filename="../../ui/pages/problems_banner.py" line="40"/>
        <source>not answered yet</source>
        <translation>nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="64"/>
        <source>The result needs these answers first:</source>
        <translation>Voor het resultaat zijn eerst deze antwoorden nodig:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="66"/>
        <source>Computed, but check these answers:</source>
        <translation>Berekend, maar controleer deze antwoorden:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="69"/>
        <source>The calculation failed: %1. Your answers are kept; please report this.</source>
        <translation>De berekening is mislukt: %1. Uw antwoorden blijven bewaard; meld dit alstublieft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="73"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="77"/>
        <source>Go to %1</source>
        <translation>Naar %1</translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="18"/>
        <source>Purchasing and suppliers</source>
        <translation>Inkoop en leveranciers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="20"/>
        <source>The FME paper: China supplies 6% of the total value in the sector&apos;s value chain, Germany more than 10% and Italy 3%. When those deliveries stop, production falls by those percentages, unless a supply is irreplaceable: then the whole line stops until an alternative delivers.</source>
        <translation>Het FME-paper: China levert 6% van de totale waarde in de waardeketen van de sector, Duitsland meer dan 10% en Italië 3%. Stoppen die leveringen, dan daalt de productie met die percentages, tenzij een levering onmisbaar is: dan staat de hele lijn stil tot een alternatief levert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="31"/>
        <source>&amp;Purchases as a share of revenue</source>
        <translation>&amp;Inkoop als deel van de omzet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="35"/>
        <source>Materials, parts and subcontracted work bought in a normal year, as a percentage of revenue. Your exposure to a supplier country is this share times that country&apos;s share of your purchases.</source>
        <translation>Materialen, onderdelen en uitbesteed werk die u in een normaal jaar inkoopt, als percentage van de omzet. Uw blootstelling aan een leverancierland is dit deel maal het aandeel van dat land in uw inkoop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="44"/>
        <source>&amp;Stock on hand</source>
        <translation>&amp;Voorraad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="46"/>
        <source>weeks of production</source>
        <translation>weken productie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="47"/>
        <source>Stock delays the effect of missing deliveries by this many weeks.</source>
        <translation>Voorraad stelt het effect van uitblijvende leveringen zoveel weken uit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="50"/>
        <location filename="../../ui/pages/purchasing.py" line="63"/>
        <source>Supplier countries</source>
        <translation>Leverancierlanden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="53"/>
        <source>One row per country you buy from, with its share of your purchases. Tick &apos;critical&apos; when production stops without it, and say how many weeks it takes to get an alternative supplier. Keys: Insert adds a row, Delete removes it, F2 or typing edits a cell.</source>
        <translation>Eén rij per land waar u inkoopt, met het aandeel in uw inkoop. Vink &apos;onmisbaar&apos; aan als de productie zonder dat land stilvalt, en vul in hoeveel weken het duurt voordat een andere leverancier levert. Toetsen: Insert voegt een rij toe, Delete verwijdert hem, F2 of typen bewerkt een cel.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="252"/>
        <source>Please choose one.</source>
        <translation>Kies er een.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="254"/>
        <source>Please fill this in.</source>
        <translation>Vul dit in, alstublieft.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/app.py" line="92"/>
        <source>an unnamed case</source>
        <translation>een casus zonder naam</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>Restore your answers?</source>
        <translation>Uw antwoorden herstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="96"/>
        <source>Herstelscan was not closed properly last time. Restore the answers for %1, saved automatically at %2?</source>
        <translation>Herstelscan is de vorige keer niet goed afgesloten. De antwoorden voor %1 herstellen, automatisch bewaard op %2?</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/pages/result.py" line="49"/>
        <source>Result</source>
        <extracomment>the widgets hidden while the page waits for its first result (see shown)</extracomment>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="66"/>
        <source>The answer in short</source>
        <translation>Het antwoord in het kort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="70"/>
        <source>&amp;Scenario for the figures:</source>
        <translation>&amp;Scenario voor de kerncijfers:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="77"/>
        <source>&amp;Crisis starts:</source>
        <translation>&amp;Crisis begint:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="80"/>
        <source>March 2020 (CPB scenarios)</source>
        <translation>maart 2020 (CPB-scenario&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="81"/>
        <source>this month (same scenarios, starting now)</source>
        <translation>deze maand (zelfde scenario&apos;s, nu beginnend)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="82"/>
        <source>Stress tests of today</source>
        <translation>Stresstests van nu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="85"/>
        <source>From March 2020 the corona schemes of 2020–2022 apply. Starting this month, those schemes are history and only schemes in force today can be claimed. The stress tests of today replay the shocks of now per country (tariffs, export stops, a slump in a customer country) from this month, with your own scenario next to them.</source>
        <translation>Vanaf maart 2020 gelden de coronaregelingen van 2020–2022. Vanaf deze maand zijn die regelingen geschiedenis en kunnen alleen de regelingen van nu worden aangevraagd. De stresstests van nu spelen de schokken van nu per land af (heffingen, exportstops, een krimp in een klantland) vanaf deze maand, met uw eigen scenario ernaast.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="100"/>
        <source>&amp;Own scenario…</source>
        <translation>&amp;Eigen scenario…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="101"/>
        <source>Build your own stress test or change it</source>
        <translation>Uw eigen stresstest maken of aanpassen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="112"/>
        <source>Monthly revenue per scenario</source>
        <translation>Omzet per maand per scenario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="115"/>
        <source>Month &amp;table…</source>
        <translation>Maand&amp;tabel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="116"/>
        <source>The chart&apos;s numbers: every month, every scenario</source>
        <translation>De getallen achter de grafiek: elke maand, elk scenario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="128"/>
        <source>Your own scenario</source>
        <translation>Uw eigen scenario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="131"/>
        <source>Exposure by country</source>
        <translation>Blootstelling per land</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="134"/>
        <source>Supply: purchases as a share of revenue × the country&apos;s share of purchases (the share of production at risk if deliveries stop). Demand: the share of revenue sold there. The sector figures (FME paper) also count indirect effects through other countries.</source>
        <translation>Levering: inkoop als deel van de omzet × het aandeel van het land in de inkoop (het deel van de productie dat gevaar loopt als leveringen stoppen). Vraag: het deel van de omzet dat u daar verkoopt. De sectorcijfers (FME-paper) tellen ook indirecte effecten via andere landen mee.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="148"/>
        <source>Assumptions</source>
        <translation>Aannames</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="151"/>
        <source>The model&apos;s assumptions with their sources (hover for the reasoning). Change one and everything is recomputed; changes are saved with the case and marked in the report.</source>
        <translation>De aannames van het model met hun bronnen (wijs een aanname aan voor de onderbouwing). Wijzig er een en alles wordt opnieuw berekend; wijzigingen worden met de casus bewaard en in het rapport gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="170"/>
        <source>Supply: share of the value chain</source>
        <translation>Levering: deel van de waardeketen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="171"/>
        <source>Demand: share of revenue</source>
        <translation>Vraag: deel van de omzet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="198"/>
        <source>Computing…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="347"/>
        <location filename="../../ui/pages/result.py" line="414"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="363"/>
        <source>Hover over the chart for the numbers. Dots: the first month with 20% less revenue; red dashed line: 20% below normal.</source>
        <translation>Wijs met de muis in de grafiek voor de getallen. Stippen: de eerste maand met 20% minder omzet; rode stippellijn: 20% onder normaal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="369"/>
        <source>Bars at the top: the NOW measurement periods in the chosen scenario (green with ✓ where your drop qualifies).</source>
        <translation>Balken bovenin: de meetperiodes van de NOW in het gekozen scenario (groen met ✓ waar uw omzetdaling genoeg is).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="377"/>
        <source>No NOW bars: the NOW schemes ran from 2020 to 2022 and do not apply to a crisis that starts now.</source>
        <translation>Geen NOW-balken: de NOW liep van 2020 tot 2022 en geldt niet voor een crisis die nu begint.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="414"/>
        <source>not within the forecast</source>
        <translation>niet binnen de prognose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="441"/>
        <source>&lt;b&gt;%1 is a critical supplier country.&lt;/b&gt; If its deliveries stop, production stops until an alternative supplier delivers in %2 weeks; your stock covers %3 weeks.</source>
        <translation>&lt;b&gt;%1 is een onmisbaar leverancierland.&lt;/b&gt; Stoppen de leveringen, dan staat de productie stil tot een andere leverancier levert, over %2 weken; uw voorraad dekt %3 weken.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="452"/>
        <source>That leaves a gap of %1 weeks: look for a second supplier now.</source>
        <translation>Dan blijft er een gat van %1 weken: zoek nu een tweede leverancier.</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../ui/pages/sales.py" line="17"/>
        <source>Sales by country</source>
        <translation>Afzet per land</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sales.py" line="19"/>
        <source>Production depends on demand abroad: for the sector, final demand from China is 5% of production, from Germany 11% and from Italy 3%. When demand in a country falls, your orders from there fall with it, and China&apos;s lockdown came about a month earlier than Europe&apos;s.</source>
        <translation>De productie hangt af van de vraag in het buitenland: voor de sector is de finale vraag uit China 5% van de productie, uit Duitsland 11% en uit Italië 3%. Daalt de vraag in een land, dan dalen uw orders uit dat land mee, en de lockdown in China kwam ongeveer een maand eerder dan in Europa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sales.py" line="29"/>
        <source>One row per country where your customers are, with its share of your revenue; the shares must add up to 100%. Sales to a Dutch customer that exports your part count as the Netherlands. Keys: Insert adds a row, Delete removes it.</source>
        <translation>Eén rij per land waar uw klanten zitten, met het aandeel in uw omzet; samen moet dat 100% zijn. Verkoop aan een Nederlandse klant die uw onderdeel exporteert, telt als Nederland. Toetsen: Insert voegt een rij toe, Delete verwijdert hem.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sales.py" line="39"/>
        <source>Sales countries</source>
        <translation>Afzetlanden</translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="42"/>
        <source>expected a percentage from 0 to 100 (40 means 40%)</source>
        <translation>verwacht een percentage van 0 tot en met 100 (40 = 40%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="44"/>
        <source>is missing; %1</source>
        <translation>ontbreekt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="47"/>
        <source>&apos;%1&apos; is not a number; %2</source>
        <translation>&apos;%1&apos; is geen getal; %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="52"/>
        <source>%1% is out of range; %2</source>
        <translation>%1% valt buiten het bereik; %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="119"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="120"/>
        <source>Share of purchases (%)</source>
        <translation>Aandeel in inkoop (%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="122"/>
        <source>Share of revenue (%)</source>
        <translation>Aandeel in omzet (%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="123"/>
        <source>Critical (irreplaceable)</source>
        <translation>Onmisbaar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="124"/>
        <source>Weeks to an alternative</source>
        <translation>Weken tot alternatief</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="178"/>
        <source>Only needed for critical suppliers: how many weeks until another supplier can deliver.</source>
        <translation>Alleen nodig bij onmisbare leveranciers: hoeveel weken tot een andere leverancier kan leveren.</translation>
    </message>
</context>
<context>
    <name>ShareTable</name>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="86"/>
        <source>&amp;Add country</source>
        <translation>Land &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="87"/>
        <source>Add a row (Insert key in the table)</source>
        <translation>Rij toevoegen (Insert-toets in de tabel)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="88"/>
        <source>&amp;Remove selected</source>
        <translation>Selectie ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="89"/>
        <source>Remove the selected rows (Delete key in the table)</source>
        <translation>Geselecteerde rijen verwijderen (Delete-toets in de tabel)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="90"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="91"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Laatste wijziging ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="96"/>
        <source>&amp;Import supplier list…</source>
        <translation>Leverancierslijst i&amp;mporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="99"/>
        <source>Read a CSV or Excel list of suppliers with their country and purchase amount</source>
        <translation>Een CSV- of Excel-lijst met leveranciers, hun land en inkoopbedrag inlezen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="177"/>
        <source>No countries yet: add one with the button below.</source>
        <translation>Nog geen landen: voeg er een toe met de knop hieronder.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="182"/>
        <source>Total: %1. Shares of purchases cannot add up to more than 100%.</source>
        <translation>Totaal: %1. De aandelen in de inkoop kunnen samen niet meer dan 100% zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="188"/>
        <source>Total: %1. The other %2 of your purchases is counted as &apos;country not specified&apos;.</source>
        <translation>Totaal: %1. De overige %2 van uw inkoop telt als &apos;land niet opgegeven&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="195"/>
        <location filename="../../ui/widgets/share_table.py" line="206"/>
        <source>Total: %1.</source>
        <translation>Totaal: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="199"/>
        <source>Total: %1 — the shares must add up to 100% (now %2 %3).</source>
        <translation>Totaal: %1 — samen moet het 100% zijn (nu %2 %3).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="202"/>
        <source>short</source>
        <translation>te weinig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="202"/>
        <source>too much</source>
        <translation>te veel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="249"/>
        <source>Row %1, %2: </source>
        <translation>Rij %1, %2: </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="254"/>
        <source>Row %1: </source>
        <translation>Rij %1: </translation>
    </message>
</context>
<context>
    <name>ShockModel</name>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="54"/>
        <source>Demand: orders lost</source>
        <translation>Vraag: orders vallen weg</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="55"/>
        <source>Demand via a tariff</source>
        <translation>Vraag via tarief</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="56"/>
        <source>Supply: deliveries fail</source>
        <translation>Levering: leveringen vallen uit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="57"/>
        <source>Supply, critical suppliers only</source>
        <translation>Levering, alleen kritieke leveranciers</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="58"/>
        <source>Input cost: prices rise</source>
        <translation>Inkoopprijs: prijzen stijgen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="100"/>
        <source>no country chosen yet: add a country or group below the table</source>
        <translation>nog geen land gekozen: voeg onder de tabel een land of groep toe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="107"/>
        <source>expected a percentage from 0 to %1 (15 means 15%)</source>
        <translation>verwacht een percentage van 0 tot en met %1 (15 betekent 15%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="112"/>
        <source>is missing; %1</source>
        <translation>ontbreekt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="115"/>
        <source>&apos;%1&apos; is not a number; %2</source>
        <translation>‘%1’ is geen getal; %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="120"/>
        <source>%1% is out of range; %2</source>
        <translation>%1% valt buiten het bereik; %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="185"/>
        <source>Demand: a share of the orders from customers in these countries is lost (via a tariff: the share is the tariff rate times the price elasticity, an assumption). Supply: a share of the deliveries from these countries fails; your stock delays it. Input cost: purchases from these countries cost more; this works on your margin and cash, not on revenue.</source>
        <translation>Vraag: een deel van de orders van klanten in deze landen valt weg (via tarief: dat deel is het tarief maal de prijselasticiteit, een aanname). Levering: een deel van de leveringen uit deze landen valt uit; uw voorraad stelt dat uit. Inkoopprijs: inkoop uit deze landen wordt duurder; dat werkt op uw marge en kas, niet op de omzet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="191"/>
        <source>The countries or groups the shock hits (edit below).</source>
        <translation>De landen of groepen die de schok raakt (hieronder aan te passen).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="193"/>
        <source>Demand: share of orders lost, or the tariff rate. Supply: share of the deliveries that fail. Input cost: the price rise.</source>
        <translation>Vraag: het deel van de orders dat wegvalt, of het tarief. Levering: het deel van de leveringen dat uitvalt. Inkoopprijs: de prijsstijging.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="197"/>
        <source>How much of the shock reaches you: 100% for a direct hit; less for an indirect route, e.g. the share of your German customers&apos; sales that go to the US.</source>
        <translation>Hoeveel van de schok u bereikt: 100% als die u direct raakt; minder via een omweg, bijvoorbeeld het deel van de omzet van uw Duitse klanten dat naar de VS gaat.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="201"/>
        <source>Months after this month when the shock begins (0 = now).</source>
        <translation>Na hoeveel maanden vanaf deze maand de schok begint (0 = nu).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="202"/>
        <source>Months over which the shock builds up to its full size.</source>
        <translation>Maanden waarin de schok oploopt tot zijn volle omvang.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="203"/>
        <source>Months at full size; empty: to the end of the forecast.</source>
        <translation>Maanden op volle omvang; leeg: tot het einde van de prognose.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="205"/>
        <source>Months (time constant) over which the shock fades afterwards; 0: at once.</source>
        <translation>Maanden (tijdconstante) waarin de schok daarna wegebt; 0: in één keer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="212"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="213"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="214"/>
        <source>Size (%)</source>
        <translation>Omvang (%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="215"/>
        <source>Reach (%)</source>
        <translation>Doorwerking (%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="216"/>
        <source>Start (month)</source>
        <translation>Start (maand)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="217"/>
        <source>Build-up (months)</source>
        <translation>Opbouw (mnd)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="218"/>
        <source>Duration (months)</source>
        <translation>Duur (mnd)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="219"/>
        <source>Recovery (months)</source>
        <translation>Herstel (mnd)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shock_model.py" line="250"/>
        <source>to the end</source>
        <translation>tot het einde</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/pages/staff.py" line="17"/>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="19"/>
        <source>Wage support (NOW), part-time unemployment and training schemes are all sized from these numbers.</source>
        <translation>Loonsteun (NOW), deeltijd-WW en scholingsregelingen worden allemaal met deze getallen berekend.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="28"/>
        <source>Number of &amp;employees</source>
        <translation>Aantal &amp;medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="30"/>
        <source>people on the payroll</source>
        <translation>personen op de loonlijst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="31"/>
        <source>Caps the wage bill NOW counts (at most €9,538 a month per employee).</source>
        <translation>Begrenst de loonsom die de NOW meetelt (ten hoogste €&#xa0;9.538 per maand per medewerker).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="39"/>
        <source>FTE</source>
        <translation>fte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="41"/>
        <source>Used to express idle capacity as people: how many FTE have no work in the worst month.</source>
        <translation>Hiermee wordt onbenutte capaciteit in mensen uitgedrukt: hoeveel fte in de slechtste maand geen werk heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="49"/>
        <source>Monthly &amp;wage bill (SV-loon)</source>
        <translation>Maandelijkse &amp;loonsom (SV-loon)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="51"/>
        <source>euro per month</source>
        <translation>euro per maand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="53"/>
        <source>The social-insurance wages of a normal month, as in your payroll report. NOW reimburses a share of exactly this amount.</source>
        <translation>Het SV-loon van een normale maand, zoals in uw loonaangifte. De NOW vergoedt een deel van precies dit bedrag.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="37"/>
        <source>Full-time e&amp;quivalents</source>
        <translation>F&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="61"/>
        <source>BB&amp;L students</source>
        <translation>&amp;BBL-leerlingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="63"/>
        <location filename="../../ui/pages/staff.py" line="75"/>
        <location filename="../../ui/pages/staff.py" line="88"/>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="66"/>
        <source>Work-study students: the &apos;praktijkleren&apos; subsidy pays up to €2,700 per student a year.</source>
        <translation>Leerlingen in een leerwerktraject: de subsidie praktijkleren is maximaal €&#xa0;2.700 per leerling per jaar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="73"/>
        <source>&amp;R&amp;&amp;D staff</source>
        <translation>&amp;R&amp;&amp;D-medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="78"/>
        <source>People doing research and development; decides whether WBSO (tax credit on R&amp;D wages) is worth applying for.</source>
        <translation>Medewerkers die speur- en ontwikkelingswerk doen; bepaalt of de WBSO (afdrachtvermindering op R&amp;D-lonen) de moeite waard is.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="86"/>
        <source>&amp;Flex workers</source>
        <translation>&amp;Flexkrachten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="91"/>
        <source>Temporary and agency staff are usually the first to go; NOW does not cover agency workers.</source>
        <translation>Tijdelijke krachten en uitzendkrachten gaan meestal als eerste; de NOW dekt geen uitzendkrachten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="97"/>
        <source>Yes, everywhere</source>
        <translation>Ja, overal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="98"/>
        <source>Partly</source>
        <translation>Deels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="99"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="104"/>
        <source>Can people keep &amp;1.5 m apart on the shop floor?</source>
        <translation>Kunnen mensen &amp;1,5 meter afstand houden op de werkvloer?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="119"/>
        <source>During the contact restrictions the model takes %1 (yes), %2 (partly) or %3 (no) off your production capacity: distancing costs productivity, and where it is impossible sites partly close. The percentages are assumptions you can change under Result.</source>
        <translation>Tijdens de contactbeperkingen haalt het model %1 (ja), %2 (deels) of %3 (nee) van uw productiecapaciteit af: afstand houden kost productiviteit, en waar het niet kan gaan locaties deels dicht. De percentages zijn aannames die u bij Resultaat kunt aanpassen.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/pages/start.py" line="19"/>
        <source>Herstelscan: how will the crisis hit your company?</source>
        <translation>Herstelscan: hoe raakt de crisis uw bedrijf?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="21"/>
        <source>&lt;p&gt;In about ten minutes you answer questions about your company: order book, suppliers, customers, staff and (optionally) finances. The scan then shows&lt;/p&gt;&lt;ul&gt;&lt;li&gt;how exposed you are to each country you buy from and sell to, next to your sector;&lt;/li&gt;&lt;li&gt;your monthly revenue under the CPB scenarios and as 2020 really went, and when it drops;&lt;/li&gt;&lt;li&gt;which support measures fit your company, with amounts and periods;&lt;/li&gt;&lt;li&gt;an Excel workbook to discuss with your accountant, bank or works council.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;In ongeveer tien minuten beantwoordt u vragen over uw bedrijf: orderportefeuille, leveranciers, klanten, personeel en (als u wilt) financiën. De scan laat dan zien&lt;/p&gt;&lt;ul&gt;&lt;li&gt;hoe kwetsbaar u bent voor elk land waar u inkoopt en verkoopt, naast uw sector;&lt;/li&gt;&lt;li&gt;uw omzet per maand in de CPB-scenario&apos;s en zoals 2020 echt verliep, en wanneer die daalt;&lt;/li&gt;&lt;li&gt;welke steunmaatregelen bij uw bedrijf passen, met bedragen en periodes;&lt;/li&gt;&lt;li&gt;een Excel-werkmap om te bespreken met uw accountant, bank of ondernemingsraad.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="34"/>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; everything stays on this PC. Herstelscan sends nothing over the internet; your answers are saved only where you save them (and in an automatic recovery copy in your own user folder).</source>
        <translation>&lt;b&gt;Privacy:&lt;/b&gt; alles blijft op deze pc. Herstelscan verstuurt niets via internet; uw antwoorden worden alleen bewaard waar u ze opslaat (en in een automatische herstelkopie in uw eigen gebruikersmap).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="43"/>
        <source>&amp;Start a new case</source>
        <translation>&amp;Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="44"/>
        <source>&amp;Open a saved case…</source>
        <translation>Opgeslagen casus &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="45"/>
        <source>Try the &amp;example company</source>
        <translation>Probeer het &amp;voorbeeldbedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="58"/>
        <source>The scan is an estimate based on the CPB scenarios of March 2020, on what happened in 2020–2021 and 2008–2010 (CBS), and on the FME paper &apos;Coronacrisis: hoe nu verder&apos;. It is no substitute for advice from your accountant, and no decision on any support scheme.</source>
        <translation>De scan is een schatting op basis van de CPB-scenario&apos;s van maart 2020, van wat er in 2020–2021 en 2008–2010 gebeurde (CBS), en van het FME-paper &apos;Coronacrisis: hoe nu verder&apos;. Het vervangt geen advies van uw accountant en is geen besluit over een regeling.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../ui/steps.py" line="12"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="13"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="14"/>
        <source>Order book</source>
        <translation>Orderportefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="15"/>
        <source>Purchasing and suppliers</source>
        <translation>Inkoop en leveranciers</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="16"/>
        <source>Sales</source>
        <translation>Afzet</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="17"/>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="18"/>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="19"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="20"/>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="21"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>StressExposurePanel</name>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="54"/>
        <source>What the stress test &apos;%1&apos; hits in your company</source>
        <translation>Wat de stresstest ‘%1’ bij uw bedrijf raakt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="66"/>
        <source>Demand</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="67"/>
        <source>Supply</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="68"/>
        <source>Input cost</source>
        <translation>Inkoopprijs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="77"/>
        <source>Hits none of your sales countries.</source>
        <translation>Raakt geen van uw afzetlanden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="79"/>
        <source>Hits none of your supplier countries.</source>
        <translation>Raakt geen van uw leverancierslanden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="84"/>
        <source>Hits %1: %2 of your revenue is sold there.</source>
        <translation>Raakt %1: daar verkoopt u %2 van uw omzet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="90"/>
        <source>At full size %1 of your orders is lost.</source>
        <translation>Op volle omvang valt %1 van uw orders weg.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="96"/>
        <source>Hits %1: %2 of your purchases (%3 of your revenue).</source>
        <translation>Raakt %1: %2 van uw inkoop (%3 van uw omzet).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="105"/>
        <source>Critical supplier hit (%1): production falls by the shock&apos;s size until the alternative delivers.</source>
        <translation>Onmisbare leverancier geraakt (%1): de productie valt met de omvang van de schok terug tot het alternatief levert.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="111"/>
        <source>At full size %1 of production is lost.</source>
        <translation>Op volle omvang valt %1 van de productie weg.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stress_exposure.py" line="114"/>
        <source>At full size the extra purchase cost is %1 of your normal revenue, after the share you pass on: margin at stake.</source>
        <translation>Op volle omvang zijn de extra inkoopkosten %1 van uw normale omzet, na wat u doorberekent: marge die op het spel staat.</translation>
    </message>
</context>
<context>
    <name>SupplierImport</name>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="148"/>
        <source>Import supplier list</source>
        <translation>Leverancierslijst importeren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="150"/>
        <source>Supplier lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Leverancierslijsten (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="160"/>
        <source>the file has no rows</source>
        <translation>het bestand heeft geen rijen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="161"/>
        <source>the file is too large to be a supplier list</source>
        <translation>het bestand is te groot voor een leverancierslijst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="162"/>
        <source>it has more than %1 rows; add the amounts up per supplier first</source>
        <translation>er staan meer dan %1 rijen in; tel de bedragen eerst per leverancier op</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="169"/>
        <source>Could not read the supplier list</source>
        <translation>Kan de leverancierslijst niet lezen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="170"/>
        <source>%1 could not be read: %2.

Save the list as CSV or Excel (.xlsx) with a header row, one row per supplier, a country column and an amount column.</source>
        <translation>%1 kon niet worden gelezen: %2.

Bewaar de lijst als CSV of Excel (.xlsx) met een kopregel, één rij per leverancier, een kolom met het land en een kolom met het bedrag.</translation>
    </message>
</context>
<context>
    <name>SupplierImportDialog</name>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="44"/>
        <source>Import supplier list</source>
        <translation>Leverancierslijst importeren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="50"/>
        <source>%1: %2 rows. Choose the column with the supplier&apos;s country and the column with the purchase amount; the amounts are added up per country.</source>
        <translation>%1: %2 rijen. Kies de kolom met het land van de leverancier en de kolom met het inkoopbedrag; de bedragen worden per land opgeteld.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="62"/>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="70"/>
        <source>&amp;Country column:</source>
        <translation>Kolom met &amp;land:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="71"/>
        <source>&amp;Amount column:</source>
        <translation>Kolom met &amp;bedrag:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="75"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="75"/>
        <source>Purchases</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="75"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="78"/>
        <source>Preview per country</source>
        <translation>Voorbeeld per land</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="86"/>
        <source>Rows that could not be used</source>
        <translation>Rijen die niet te gebruiken waren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="93"/>
        <source>Replace the supplier table</source>
        <translation>Leverancierstabel vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="105"/>
        <source>no country</source>
        <translation>geen land</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="107"/>
        <source>country &apos;%1&apos; not recognised (use a name or ISO code such as DE)</source>
        <translation>land &apos;%1&apos; niet herkend (gebruik een naam of ISO-code zoals DE)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="109"/>
        <source>no amount</source>
        <translation>geen bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="110"/>
        <source>amount &apos;%1&apos; is not a number</source>
        <translation>bedrag &apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="111"/>
        <source>amount %1 is negative</source>
        <translation>bedrag %1 is negatief</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="129"/>
        <source>%1 rows used, %2 countries, total %3. %4 rows could not be used:</source>
        <translation>%1 rijen gebruikt, %2 landen, totaal %3. %4 rijen waren niet te gebruiken:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="136"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="141"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
</TS>
