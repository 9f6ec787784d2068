<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="26"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="32"/>
        <source>&lt;p&gt;A crisis self-assessment for manufacturing SMEs: exposure by country, the revenue forecast under the CPB scenarios, and the support measures that fit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="38"/>
        <source>Measures catalogue as of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="40"/>
        <source>&lt;p&gt;&lt;b&gt;Sources:&lt;/b&gt; CPB, &apos;Scenario&apos;s economische gevolgen coronacrisis&apos; (26 March 2020); FME, &apos;Coronacrisis: hoe nu verder&apos; (April 2020); UWV and Rijksoverheid for NOW and the other schemes; RVO; CBS StatLine. Each figure names its source in the app and in the workbook.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47"/>
        <source>&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing leaves this PC. Herstelscan makes no internet connections; your answers are stored only in the files you save and in a recovery copy in your own user folder.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="53"/>
        <source>&lt;p&gt;&lt;b&gt;Disclaimer:&lt;/b&gt; the results are estimates from a model and public figures. They are not advice and no decision on any scheme; check with your accountant and the authority that runs the scheme.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="63"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="67"/>
        <source>Start here: begin a new case, open a saved one, or try the example company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="70"/>
        <source>Name, sector and normal annual revenue are needed; the KvK number and clusters are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="74"/>
        <source>The months of production your firm orders cover decide when the drop reaches your revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="78"/>
        <source>Purchases as a share of revenue, stock, and where you buy. Insert adds a country, Delete removes it, Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="82"/>
        <source>Where your customers are; the shares must add up to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="83"/>
        <source>Employees, FTE and the monthly wage bill size NOW and the other wage schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="86"/>
        <source>Optional: cash and fixed costs show how long your cash lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="87"/>
        <source>Hover over or click &apos;Why?&apos; on a figure to see its formula, values and source. Change an assumption to see its effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="91"/>
        <source>Filter by verdict; proposals are FME&apos;s requests, not law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="92"/>
        <source>Write the Excel workbook (Ctrl+E) and save the case (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="107"/>
        <source>&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; Ctrl+N new, Ctrl+O open, Ctrl+S save, Ctrl+E export, Ctrl+Z undo, Alt+N next step, Alt+B previous step, F1 this help. Every field can be reached with Tab; underlined letters jump to a field with Alt.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssumptionsEditor</name>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="33"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="52"/>
        <source>Reset all assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="88"/>
        <source>changed (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/assumptions_editor.py" line="90"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <location filename="../../ui/widgets/badges.py" line="20"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/badges.py" line="21"/>
        <source>Possibly eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/badges.py" line="22"/>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/badges.py" line="23"/>
        <source>FME proposal (not law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/badges.py" line="29"/>
        <source>Ended (historical scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/badges.py" line="30"/>
        <source>Current scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/badges.py" line="31"/>
        <source>Proposal: does not exist (yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="84"/>
        <source>Revenue, % of a normal month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="97"/>
        <source>20% drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="107"/>
        <source>Revenue forecast chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="190"/>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="197"/>
        <source>Sector (FME paper)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/pages/company.py" line="22"/>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="24"/>
        <source>The basics: the scan compares your company with its sector and sizes every amount from your normal revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="33"/>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="35"/>
        <source>Printed on the report, so your accountant or bank knows whose it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="41"/>
        <source>&amp;KvK number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="43"/>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="46"/>
        <source>Only for the report; some support schemes ask for it. Leave it empty if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="51"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="52"/>
        <source>Metal products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="53"/>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="54"/>
        <source>Electrical engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="55"/>
        <source>Plastics and rubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="56"/>
        <source>Machine building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="57"/>
        <source>Other technology industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="62"/>
        <source>&amp;Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="65"/>
        <source>Your sector&apos;s figures from the FME paper (how much of the value chain comes from China, Germany and Italy) are shown next to yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="71"/>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="72"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="73"/>
        <source>Built environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="74"/>
        <source>Agri &amp; Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="75"/>
        <source>Safety &amp; security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="80"/>
        <source>FME &amp;clusters you supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="84"/>
        <source>Some measures and FME proposals target these markets (for example health care suppliers during the crisis). Tick any that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="92"/>
        <source>Normal annual &amp;revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="94"/>
        <source>euro per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="96"/>
        <source>Revenue in a normal year (for example 2019). Every forecast is a share of this, and NOW compares your drop against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="104"/>
        <source>Start-up or scale-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="106"/>
        <source>We are a start-up or scale-up (innovative, less than 5 years old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/company.py" line="110"/>
        <source>Start-ups and scale-ups had their own support (the COL facility) because banks lend to them less easily.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../ui/widgets/country_picker.py" line="36"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/country_picker.py" line="37"/>
        <source>Type to search a country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/pages/export.py" line="20"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="22"/>
        <source>&lt;p&gt;The Excel workbook holds everything you saw, to discuss with your accountant, bank or works council:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Samenvatting&lt;/b&gt;: the headline figures, the disclaimer and the catalogue date;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Invoer&lt;/b&gt;: all your answers (open the workbook in Herstelscan to continue);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Blootstelling&lt;/b&gt; and &lt;b&gt;Omzetprognose&lt;/b&gt;: the tables and charts;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Maatregelen&lt;/b&gt;: every measure with verdict, amount and link;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Berekening&lt;/b&gt; and &lt;b&gt;Aannames&lt;/b&gt;: how each number was computed.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Save the case as well, to change your answers later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="38"/>
        <source>&amp;Export Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="40"/>
        <source>&amp;Save the case as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="59"/>
        <source>Case file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export.py" line="61"/>
        <source>The case has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../ui/field_names.py" line="27"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="28"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="29"/>
        <source>KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="30"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="31"/>
        <source>FME clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="32"/>
        <source>Normal annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="33"/>
        <source>Start-up or scale-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="34"/>
        <source>Order book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="35"/>
        <source>Months of production in the order book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="36"/>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="37"/>
        <source>Purchases as a share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="38"/>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="39"/>
        <source>Supplier countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="40"/>
        <source>Sales countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="41"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="42"/>
        <source>Number of employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="43"/>
        <source>Full-time equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="44"/>
        <source>Monthly wage bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="45"/>
        <source>BBL students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="46"/>
        <source>R&amp;D staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="47"/>
        <source>Flex workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="48"/>
        <source>1.5 m distancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="49"/>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="50"/>
        <source>Cash and unused credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="51"/>
        <source>Other fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="52"/>
        <source>R&amp;D wage costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="53"/>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="54"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="55"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="56"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="57"/>
        <source>weeks to an alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_names.py" line="67"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../ui/widgets/figures.py" line="66"/>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/figures.py" line="119"/>
        <source>Explain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="64"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="65"/>
        <source>The case has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="100"/>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="103"/>
        <source>Herstelscan cases and workbooks (*.herstelscan.json *.json *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="124"/>
        <source>this is not a Herstelscan case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="136"/>
        <source>Reading workbooks is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="149"/>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="151"/>
        <source>%1 could not be opened:

%2

Your current case is unchanged. Choose another file, or check that this is a Herstelscan case file or a workbook exported by Herstelscan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="168"/>
        <source>Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="170"/>
        <source>Herstelscan cases (*.herstelscan.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="189"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="192"/>
        <source>Your answers are still here and kept in the autosave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="205"/>
        <source>Nothing to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="207"/>
        <source>The workbook needs a complete case. The Result page lists what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="213"/>
        <source>Export the Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="218"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228"/>
        <source>Export not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="229"/>
        <source>The workbook writer is not part of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="236"/>
        <source>Could not write the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="241"/>
        <source>Workbook written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="242"/>
        <source>The workbook was saved as %1. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../ui/pages/finance.py" line="15"/>
        <source>Finances (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="17"/>
        <source>Everything on this page is optional; leave empty what you do not know. With cash and fixed costs the scan shows how long your cash lasts in each scenario, which decides the loan and guarantee schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="27"/>
        <source>&amp;Cash and unused credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="29"/>
        <source>euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="32"/>
        <source>What you could spend today: bank balance plus the unused part of your credit line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="39"/>
        <source>Other &amp;fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="41"/>
        <source>euro per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="44"/>
        <source>Rent, leases, interest, insurance: costs that go on when production stops (wages are counted separately).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="52"/>
        <source>R&amp;&amp;D &amp;wage costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="54"/>
        <source>euro per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="56"/>
        <source>Wages of R&amp;D work; WBSO reduces the wage tax on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="59"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="59"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="59"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="63"/>
        <source>&amp;Export contracts over €200,000?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="67"/>
        <source>Export credit insurance (Atradius) covers single transactions from €200,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="74"/>
        <source>Do you have an &amp;innovation credit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="77"/>
        <source>Holders of an innovation credit could get a deferral of repayment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="83"/>
        <source>An &amp;SDE project with a 2020 deadline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/finance.py" line="87"/>
        <source>SDE+ projects could get an extension (ontheffing) of their completion deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>S&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Example company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Export workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;About Herstelscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Questions still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Something needs correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>%1 of %2 question steps complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <location filename="../../ui/pages/measures.py" line="60"/>
        <source>estimated amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="63"/>
        <source>period %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="74"/>
        <source>This is a proposal from the FME paper, not an existing scheme: you cannot apply for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="91"/>
        <source>Per scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="99"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../../ui/pages/measures.py" line="120"/>
        <source>Support measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="122"/>
        <source>Every measure the scan knows, with its verdict for your company. The amounts are estimates for the chosen scenario; the scheme&apos;s own rules and the authority that runs it decide. Proposals are FME&apos;s requests, not law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="133"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="136"/>
        <source>All measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="185"/>
        <source>The measures catalogue is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/measures.py" line="201"/>
        <source>%1 shown · %2 eligible, %3 possible, %4 proposals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderBookPage</name>
    <message>
        <location filename="../../ui/pages/order_book.py" line="15"/>
        <source>Order book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="17"/>
        <source>&lt;p&gt;The FME paper&apos;s key observation: revenue can stay up for a while because the production line keeps working on orders already booked. The biggest impact on revenue often comes only after about six months.&lt;/p&gt;&lt;p&gt;A company with an order book of more than three months sees its revenue drop only in the second half of the year, after the first NOW window has closed. That is why FME asked for a NOW with a longer horizon, and why this number matters so much for your forecast.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="31"/>
        <source>How many &amp;months of production do your firm orders cover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="33"/>
        <source>months (0 to 36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/order_book.py" line="35"/>
        <source>Count only firm orders, at your normal production rate. Half months are fine (4,5). A job shop working from week to week enters 0 or 0,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="40"/>
        <source>The result needs these answers first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="42"/>
        <source>Computed, but check these answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="44"/>
        <source>The calculation is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="47"/>
        <source>The calculation failed: %1. Your answers are kept; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="51"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems_banner.py" line="55"/>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="18"/>
        <source>Purchasing and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="20"/>
        <source>The FME paper: China supplies 6% of the total value in the sector&apos;s value chain, Germany more than 10% and Italy 3%. When those deliveries stop, production falls by those percentages, unless a supply is irreplaceable: then the whole line stops until an alternative delivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="31"/>
        <source>&amp;Purchases as a share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="35"/>
        <source>Materials, parts and subcontracted work bought in a normal year, as a percentage of revenue. Your exposure to a supplier country is this share times that country&apos;s share of your purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="44"/>
        <source>&amp;Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="46"/>
        <source>weeks of production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="47"/>
        <source>Stock delays the effect of missing deliveries by this many weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="50"/>
        <location filename="../../ui/pages/purchasing.py" line="63"/>
        <source>Supplier countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/purchasing.py" line="53"/>
        <source>One row per country you buy from, with its share of your purchases. Tick &apos;critical&apos; when production stops without it, and say how many weeks it takes to get an alternative supplier. Keys: Insert adds a row, Delete removes it, F2 or typing edits a cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/app.py" line="50"/>
        <source>an unnamed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="55"/>
        <source>Restore your answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="56"/>
        <source>Herstelscan was not closed properly last time. Restore the answers for %1, saved automatically at %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/pages/result.py" line="28"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="35"/>
        <source>&amp;Scenario for the figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="49"/>
        <source>Monthly revenue in the four CPB scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="52"/>
        <source>Shaded: the NOW measurement windows for the chosen scenario (green where your drop qualifies). Dots: the first month with a drop of 20% or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="61"/>
        <source>Exposure by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="64"/>
        <source>Supply: purchases as a share of revenue × the country&apos;s share of purchases (the share of production at risk if deliveries stop). Demand: the share of revenue sold there. The sector figures (FME paper) also count indirect effects through other countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="75"/>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="78"/>
        <source>The model&apos;s assumptions with their sources (hover for the reasoning). Change one and everything is recomputed; changes are saved with the case and marked in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="97"/>
        <source>Supply: share of the value chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="98"/>
        <source>Demand: share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="148"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="180"/>
        <source>&lt;b&gt;%1 is a critical supplier country.&lt;/b&gt; If its deliveries stop, production stops until an alternative supplier delivers in %2 weeks; your stock covers %3 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/result.py" line="191"/>
        <source>That leaves a gap of %1 weeks: look for a second supplier now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../ui/pages/sales.py" line="17"/>
        <source>Sales by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sales.py" line="19"/>
        <source>Production depends on demand abroad: for the sector, final demand from China is 5% of production, from Germany 11% and from Italy 3%. When demand in a country falls, your orders from there fall with it, and China&apos;s lockdown came about a month earlier than Europe&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sales.py" line="29"/>
        <source>One row per country where your customers are, with its share of your revenue; the shares must add up to 100%. Sales to a Dutch customer that exports your part count as the Netherlands. Keys: Insert adds a row, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sales.py" line="39"/>
        <source>Sales countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="88"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="89"/>
        <source>Share of purchases (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="91"/>
        <source>Share of revenue (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="92"/>
        <source>Critical (irreplaceable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="93"/>
        <source>Weeks to an alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_model.py" line="137"/>
        <source>Only needed for critical suppliers: how many weeks until another supplier can deliver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareTable</name>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="83"/>
        <source>&amp;Add country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="84"/>
        <source>Add a row (Insert key in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="85"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="86"/>
        <source>Remove the selected rows (Delete key in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="87"/>
        <source>&amp;Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="88"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="93"/>
        <source>&amp;Import supplier list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="96"/>
        <source>Read a CSV or Excel list of suppliers with their country and purchase amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="158"/>
        <source>Total: %1. Shares of purchases cannot add up to more than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="164"/>
        <source>Total: %1. The other %2 of your purchases is counted as &apos;country not specified&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="171"/>
        <location filename="../../ui/widgets/share_table.py" line="182"/>
        <source>Total: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="175"/>
        <source>Total: %1 — the shares must add up to 100% (now %2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="178"/>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="178"/>
        <source>too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/share_table.py" line="199"/>
        <source>Row %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/pages/staff.py" line="15"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="17"/>
        <source>Wage support (NOW), part-time unemployment and training schemes are all sized from these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="26"/>
        <source>Number of &amp;employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="28"/>
        <source>people on the payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="29"/>
        <source>Caps the wage bill NOW counts (at most €9,538 a month per employee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="35"/>
        <source>Full-time &amp;equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="37"/>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="39"/>
        <source>Used to express idle capacity as people: how many FTE have no work in the worst month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="47"/>
        <source>Monthly &amp;wage bill (SV-loon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="49"/>
        <source>euro per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="51"/>
        <source>The social-insurance wages of a normal month, as in your payroll report. NOW reimburses a share of exactly this amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="59"/>
        <source>&amp;BBL students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="61"/>
        <location filename="../../ui/pages/staff.py" line="73"/>
        <location filename="../../ui/pages/staff.py" line="86"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="64"/>
        <source>Work-study students: the &apos;praktijkleren&apos; subsidy pays up to €2,700 per student a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="71"/>
        <source>&amp;R&amp;&amp;D staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="76"/>
        <source>People doing research and development; decides whether WBSO (tax credit on R&amp;D wages) is worth applying for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="84"/>
        <source>&amp;Flex workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="89"/>
        <source>Temporary and agency staff are usually the first to go; NOW does not cover agency workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="95"/>
        <source>Yes, everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="96"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="97"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="102"/>
        <source>Can people keep &amp;1.5 m apart on the shop floor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py" line="105"/>
        <source>The paper names lower productivity from distancing; where it is impossible, sites close during the restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/pages/start.py" line="19"/>
        <source>Herstelscan: how will the crisis hit your company?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="21"/>
        <source>&lt;p&gt;In about ten minutes you answer questions about your company: order book, suppliers, customers, staff and (optionally) finances. The scan then shows&lt;/p&gt;&lt;ul&gt;&lt;li&gt;how exposed you are to each country you buy from and sell to, next to your sector;&lt;/li&gt;&lt;li&gt;your monthly revenue under the four CPB scenarios, and when it drops;&lt;/li&gt;&lt;li&gt;which support measures fit your company, with amounts and periods;&lt;/li&gt;&lt;li&gt;an Excel workbook to discuss with your accountant, bank or works council.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="34"/>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; everything stays on this PC. Herstelscan sends nothing over the internet; your answers are saved only where you save them (and in an automatic recovery copy in your own user folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="43"/>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="44"/>
        <source>&amp;Open a saved case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="45"/>
        <source>Try the &amp;example company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="58"/>
        <source>The scan is an estimate based on the CPB scenarios of March 2020 and the FME paper &apos;Coronacrisis: hoe nu verder&apos;. It is no substitute for advice from your accountant, and no decision on any support scheme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../ui/steps.py" line="12"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="13"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="14"/>
        <source>Order book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="15"/>
        <source>Purchasing and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="16"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="17"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="18"/>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="19"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="20"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="21"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierImport</name>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="144"/>
        <source>Import supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="146"/>
        <source>Supplier lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="155"/>
        <source>the file has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="156"/>
        <source>the file is too large to be a supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="160"/>
        <source>Could not read the supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="161"/>
        <source>%1 could not be read: %2.

Save the list as CSV or Excel (.xlsx) with a header row, one row per supplier, a country column and an amount column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierImportDialog</name>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="42"/>
        <source>Import supplier list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="48"/>
        <source>%1: %2 rows. Choose the column with the supplier&apos;s country and the column with the purchase amount; the amounts are added up per country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="60"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="68"/>
        <source>&amp;Country column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="69"/>
        <source>&amp;Amount column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="73"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="73"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="73"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="76"/>
        <source>Preview per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="84"/>
        <source>Rows that could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="91"/>
        <source>Replace the supplier table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="103"/>
        <source>no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="105"/>
        <source>country &apos;%1&apos; not recognised (use a name or ISO code such as DE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="107"/>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="108"/>
        <source>amount &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="109"/>
        <source>amount %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="125"/>
        <source>%1 rows used, %2 countries, total %3. %4 rows could not be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="132"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="137"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
