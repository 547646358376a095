<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>leads %1–%2 of the filter</source>
        <translation>Leads %1–%2 des Filters</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected lead(s)</source>
        <translation>
            <numerusform>%Ln ausgewählter Lead</numerusform>
            <numerusform>%Ln ausgewählte Leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::AboutDialog</name>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>About Lance Desk</source>
        <translation>Über Lance Desk</translation>
    </message>
    <message>
        <source>Lance Desk</source>
        <translation>Lance Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Enrich sales leads with phone numbers and emails through the Lance API.</source>
        <translation>Reichern Sie Vertriebs-Leads über die Lance-API mit Telefonnummern und E-Mail-Adressen an.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2).</source>
        <translation>Läuft mit Qt %1 (erstellt mit Qt %2).</translation>
    </message>
    <message>
        <source>Demo mode runs lance-engine, a local stand-in for the Lance API with generated leads and simulated enrichment providers: it spends no real credits. Made with Qt (LGPL v3) and QtKeychain (BSD licence).</source>
        <translation>Der Demomodus verwendet lance-engine, einen lokalen Ersatz für die Lance-API mit generierten Leads und simulierten Anreicherungsanbietern: Es werden keine echten Credits verbraucht. Erstellt mit Qt (LGPL v3) und QtKeychain (BSD-Lizenz).</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Show or hide the full licence text</source>
        <translation>Vollständigen Lizenztext ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>MIT License

Copyright (c) Lance Desk contributors

The full licence text was not found when this copy was built. In short:
permission is granted, free of charge, to use, copy, modify, merge,
publish, distribute, sublicense and sell copies of the software, provided
the copyright notice and this permission notice are included in all
copies or substantial portions of it. The software is provided &quot;as is&quot;,
without warranty of any kind.
</source>
        <translation>MIT-Lizenz

Copyright (c) Lance Desk contributors

Der vollständige Lizenztext wurde beim Erstellen dieser Kopie nicht
gefunden. Kurz gesagt: Es wird kostenlos die Erlaubnis erteilt, die
Software zu verwenden, zu kopieren, zu ändern, zusammenzuführen, zu
veröffentlichen, zu verbreiten, unterzulizenzieren und Kopien davon zu
verkaufen, sofern der Urheberrechtshinweis und dieser Erlaubnishinweis in
allen Kopien oder wesentlichen Teilen der Software enthalten sind. Die
Software wird „wie besehen“ ohne jegliche Gewährleistung bereitgestellt.
</translation>
    </message>
</context>
<context>
    <name>lance::ConnectionDialog</name>
    <message>
        <source>&amp;Demo: the built-in engine with generated leads</source>
        <translation>&amp;Demo: die integrierte Engine mit generierten Leads</translation>
    </message>
    <message>
        <source>Lance &amp;server</source>
        <translation>Lance-&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>Token im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <source>Lance server</source>
        <translation>Lance-Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Leave empty to use the one in the keychain</source>
        <translation>Leer lassen, um das Token aus dem Schlüsselbund zu verwenden</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Token im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Type the API token to test the connection.</source>
        <translation>Geben Sie das API-Token ein, um die Verbindung zu testen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: organization %1, %Ln credit(s) available</source>
        <translation>
            <numerusform>Verbunden: Organisation %1, %Ln Credit verfügbar</numerusform>
            <numerusform>Verbunden: Organisation %1, %Ln Credits verfügbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::CreditEstimateDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enrich emails</source>
        <translation>E-Mail-Adressen anreichern</translation>
    </message>
    <message>
        <source>Enrich phones</source>
        <translation>Telefonnummern anreichern</translation>
    </message>
    <message>
        <source>Leads selected</source>
        <translation>Ausgewählte Leads</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Already enriched (free)</source>
        <translation>Bereits angereichert (kostenlos)</translation>
    </message>
    <message>
        <source>Finished earlier: you see their result again without paying.</source>
        <translation>Früher abgeschlossen: Sie sehen das Ergebnis erneut, ohne zu bezahlen.</translation>
    </message>
    <message>
        <source>Already pending (free)</source>
        <translation>Bereits ausstehend (kostenlos)</translation>
    </message>
    <message>
        <source>Already on their way: no second request is made.</source>
        <translation>Bereits in Bearbeitung: Es wird keine zweite Anfrage gestellt.</translation>
    </message>
    <message>
        <source>New to enrich</source>
        <translation>Neu anzureichern</translation>
    </message>
    <message>
        <source>Credits per email found</source>
        <translation>Credits pro gefundener E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Credits per phone found</source>
        <translation>Credits pro gefundener Telefonnummer</translation>
    </message>
    <message>
        <source>Maximum cost</source>
        <translation>Maximale Kosten</translation>
    </message>
    <message>
        <source>If every new lead is found. Leads not found, failed or cancelled cost nothing.</source>
        <translation>Falls jeder neue Lead gefunden wird. Nicht gefundene, fehlgeschlagene oder abgebrochene Leads kosten nichts.</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Verfügbares Guthaben</translation>
    </message>
    <message>
        <source>&amp;Track them</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enrich %Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead &amp;anreichern</numerusform>
            <numerusform>%Ln Leads &amp;anreichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to enrich: every selected lead is already enriched or pending. No credits will be used.</source>
        <translation>Nichts Neues anzureichern: Jeder ausgewählte Lead ist bereits angereichert oder ausstehend. Es werden keine Credits verbraucht.</translation>
    </message>
    <message>
        <source>Not enough credits for every new lead</source>
        <translation>Nicht genug Credits für alle neuen Leads</translation>
    </message>
    <message numerus="yes">
        <source>Enrich the first %Ln I can afford</source>
        <translation>
            <numerusform>Nur %Ln Lead anreichern (vom Guthaben gedeckt)</numerusform>
            <numerusform>Nur die ersten %Ln Leads anreichern (vom Guthaben gedeckt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Credits are held now and charged only for contacts found.</source>
        <translation>Credits werden jetzt reserviert und nur für gefundene Kontaktdaten berechnet.</translation>
    </message>
    <message>
        <source>This server cannot say which of these leads are already enriched, so every one is counted as new: the cost can only be lower.</source>
        <translation>Dieser Server kann nicht angeben, welche dieser Leads bereits angereichert sind, daher wird jeder als neu gezählt: Die Kosten können nur niedriger ausfallen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln Credit</numerusform>
            <numerusform>%Ln Credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s) held for enrichments in progress, not counted as available.</source>
        <translation>
            <numerusform>%Ln Credit ist für laufende Anreicherungen reserviert und zählt nicht als verfügbar.</numerusform>
            <numerusform>%Ln Credits sind für laufende Anreicherungen reserviert und zählen nicht als verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance after, if every contact is found</source>
        <translation>Guthaben danach, wenn jeder Kontakt gefunden wird</translation>
    </message>
    <message>
        <source>Contacts not found cost nothing, so the balance after is at least this.</source>
        <translation>Nicht gefundene Kontakte kosten nichts, das Guthaben danach ist also mindestens so hoch.</translation>
    </message>
    <message numerus="yes">
        <source>Your balance is short by %Ln credit(s) for the maximum cost.</source>
        <translation>
            <numerusform>Für die Höchstkosten fehlt Ihrem Guthaben %Ln Credit.</numerusform>
            <numerusform>Für die Höchstkosten fehlen Ihrem Guthaben %Ln Credits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads are hidden by the current filters; they are enriched too.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Leads ist durch die aktuellen Filter ausgeblendet; er wird ebenfalls angereichert.</numerusform>
            <numerusform>%Ln der ausgewählten Leads sind durch die aktuellen Filter ausgeblendet; sie werden ebenfalls angereichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the selected leads may be hidden by the current filters; they are enriched too.</source>
        <translation>Einige der ausgewählten Leads sind möglicherweise durch die aktuellen Filter ausgeblendet; sie werden ebenfalls angereichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads already have an email on file.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Leads hat bereits eine E-Mail-Adresse hinterlegt.</numerusform><numerusform>%Ln der ausgewählten Leads haben bereits eine E-Mail-Adresse hinterlegt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads already have a phone number on file.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Leads hat bereits eine Telefonnummer hinterlegt.</numerusform><numerusform>%Ln der ausgewählten Leads haben bereits eine Telefonnummer hinterlegt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln that already have one</source>
        <translation>
            <numerusform>Den %Ln Lead, der schon eine hat, &amp;überspringen</numerusform><numerusform>Die %Ln Leads, die schon eine haben, &amp;überspringen</numerusform></translation>
    </message>
    <message>
        <source>They are left out of the request: no credits are spent on contacts you already have.</source>
        <translation>Sie werden nicht angefragt: Für Kontakte, die Sie schon haben, werden keine Credits ausgegeben.</translation>
    </message>
    <message>
        <source>They are enriched as well; each contact found is charged.</source>
        <translation>Sie werden ebenfalls angereichert; jeder gefundene Kontakt wird berechnet.</translation>
    </message>
    <message>
        <source>Enrich them t&amp;oo</source>
        <translation>Auch diese an&amp;reichern</translation>
    </message>
</context>
<context>
    <name>lance::CsvExporter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>No server to export from.</source>
        <translation>Kein Server für den Export vorhanden.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Die Exportdatei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The export file was closed during the export.</source>
        <translation>Die Exportdatei wurde während des Exports geschlossen.</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>Die Exportdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the file was closed</source>
        <translation>die Datei wurde geschlossen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
</context>
<context>
    <name>lance::EnrichFlow</name>
    <message>
        <source>Select leads first: click, Ctrl-click or Space.</source>
        <translation>Wählen Sie zuerst Leads aus: Klick, Strg+Klick oder Leertaste.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Kosten werden berechnet…</translation>
    </message>
    <message>
        <source>Enrich</source>
        <translation>Anreichern</translation>
    </message>
    <message>
        <source>The cost could not be worked out, so nothing was spent: %1</source>
        <translation>Die Kosten konnten nicht berechnet werden, daher wurde nichts ausgegeben: %1</translation>
    </message>
    <message>
        <source>The selection changed since you confirmed; please check the new cost.</source>
        <translation>Die Auswahl hat sich seit Ihrer Bestätigung geändert; bitte prüfen Sie die neuen Kosten.</translation>
    </message>
    <message>
        <source>Starting enrichments…</source>
        <translation>Anreicherungen werden gestartet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Starting enrichments: %1 of %2</source>
        <translation>Anreicherungen werden gestartet: %1 von %2</translation>
    </message>
    <message>
        <source>Not started: %1 — %2</source>
        <translation>Nicht gestartet: %1 – %2</translation>
    </message>
    <message>
        <source>Cancel pending</source>
        <translation>Ausstehende abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln pending email enrichment(s)?</source>
        <translation>
            <numerusform>%Ln ausstehende E-Mail-Anreicherung abbrechen?</numerusform>
            <numerusform>%Ln ausstehende E-Mail-Anreicherungen abbrechen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln pending phone enrichment(s)?</source>
        <translation>
            <numerusform>%Ln ausstehende Telefon-Anreicherung abbrechen?</numerusform>
            <numerusform>%Ln ausstehende Telefon-Anreicherungen abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their held credits are released. You can enrich them again later.</source>
        <translation>Die reservierten Credits werden freigegeben. Sie können diese Leads später erneut anreichern.</translation>
    </message>
    <message>
        <source>Cancel them</source>
        <translation>Anreicherungen abbrechen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending enrichment(s) cancelled; their credits are released.</source>
        <translation>
            <numerusform>%Ln ausstehende Anreicherung abgebrochen; die Credits werden freigegeben.</numerusform>
            <numerusform>%Ln ausstehende Anreicherungen abgebrochen; die Credits werden freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled; some could not be: %1</source>
        <translation type="vanished">
            <numerusform>%Ln abgebrochen; einige konnten nicht abgebrochen werden: %1</numerusform>
            <numerusform>%Ln abgebrochen; einige konnten nicht abgebrochen werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrichment(s) on their way.</source>
        <translation>
            <numerusform>%Ln Anreicherung läuft.</numerusform>
            <numerusform>%Ln Anreicherungen laufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already enriched or pending, at no cost.</source>
        <translation>
            <numerusform>%Ln bereits angereichert oder in Arbeit, kostenlos.</numerusform>
            <numerusform>%Ln bereits angereichert oder in Arbeit, kostenlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled before sending: up to %Ln lead(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Vor dem Senden abgebrochen: bis zu %Ln Lead; dafür wurde nichts berechnet.</numerusform>
            <numerusform>Vor dem Senden abgebrochen: bis zu %Ln Leads; dafür wurde nichts berechnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent after the failure: up to %Ln lead(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Nach dem Fehler nicht gesendet: bis zu %Ln Lead; dafür wurde nichts berechnet.</numerusform>
            <numerusform>Nach dem Fehler nicht gesendet: bis zu %Ln Leads; dafür wurde nichts berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending any more: every enrichment finished while this question was open.</source>
        <translation>Nichts ist mehr ausstehend: Jede Anreicherung wurde beendet, während diese Frage offen war.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln had finished meanwhile and keep their result.</source>
        <translation>
            <numerusform>%Ln war inzwischen fertig und behält sein Ergebnis.</numerusform>
            <numerusform>%Ln waren inzwischen fertig und behalten ihr Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some could not be cancelled: %1</source>
        <translation>Einige konnten nicht abgebrochen werden: %1</translation>
    </message>
</context>
<context>
    <name>lance::Enrichment</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>lance::ExportController</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Leads werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>%Ln Lead nach %1 exportiert</numerusform>
            <numerusform>%Ln Leads nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>lance::FacetSection</name>
    <message>
        <source>%1 filter</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type an exact value, then Enter</source>
        <translation>Genauen Wert eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Type to find values</source>
        <translation type="vanished">Tippen, um Werte zu finden</translation>
    </message>
    <message>
        <source>Suggestions are unavailable on this server: type an exact value and press Enter to add it.</source>
        <translation>Auf diesem Server sind keine Vorschläge verfügbar: Geben Sie einen genauen Wert ein und drücken Sie die Eingabetaste, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Type the start of a value; pick one with the arrow keys and Enter, or click it.</source>
        <translation type="vanished">Geben Sie den Anfang eines Werts ein; wählen Sie ihn mit den Pfeiltasten und der Eingabetaste aus oder klicken Sie darauf.</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation type="vanished">Vorschläge sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No values start with “%1”.</source>
        <translation type="vanished">Keine Werte beginnen mit „%1“.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Werte für %1</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>Show more values of %1</source>
        <translation>Weitere Werte von %1 anzeigen</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>Wert suchen</translation>
    </message>
    <message>
        <source>Type any part of a value to list the values that contain it; Enter includes the best match, Down goes to the list.</source>
        <translation>Geben Sie einen beliebigen Teil eines Werts ein, um die Werte zu sehen, die ihn enthalten; Enter übernimmt den besten Treffer, Pfeil nach unten führt in die Liste.</translation>
    </message>
    <message>
        <source>Each count is the number of leads the value would match with the other filters in place.</source>
        <translation>Jede Zahl gibt an, wie viele Leads der Wert zusammen mit den übrigen Filtern ergäbe.</translation>
    </message>
    <message>
        <source>Counts are over all leads: this server does not narrow them by the other filters.</source>
        <translation>Die Zahlen gelten für alle Leads: Dieser Server grenzt sie nicht nach den übrigen Filtern ein.</translation>
    </message>
    <message>
        <source>Click or Space includes a value; the ⊘ mark, Ctrl+click or Shift+Space excludes it.</source>
        <translation>Klick oder Leertaste nimmt einen Wert auf; das Zeichen ⊘, Strg+Klick oder Umschalt+Leertaste schließt ihn aus.</translation>
    </message>
    <message>
        <source>Click or Space includes a value.</source>
        <translation>Klick oder Leertaste nimmt einen Wert auf.</translation>
    </message>
    <message>
        <source>%1, excluded</source>
        <translation>%1, ausgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln leads</source>
        <translation>
            <numerusform>%1, %Ln Lead</numerusform><numerusform>%1, %Ln Leads</numerusform></translation>
    </message>
    <message>
        <source>Stop excluding %1 (Shift+Space)</source>
        <translation>%1 nicht mehr ausschließen (Umschalt+Leertaste)</translation>
    </message>
    <message>
        <source>Exclude %1: leave its leads out (Shift+Space)</source>
        <translation>%1 ausschließen: seine Leads weglassen (Umschalt+Leertaste)</translation>
    </message>
    <message>
        <source>Values are unavailable: %1</source>
        <translation>Werte sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No value contains “%1”.</source>
        <translation>Kein Wert enthält „%1“.</translation>
    </message>
    <message>
        <source>No value is left with the other filters.</source>
        <translation>Mit den übrigen Filtern bleibt kein Wert übrig.</translation>
    </message>
    <message>
        <source>No values.</source>
        <translation>Keine Werte.</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>Werte werden geladen…</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Include “%1”</source>
        <translation>„%1“ aufnehmen</translation>
    </message>
    <message>
        <source>Stop excluding “%1”</source>
        <translation>„%1“ nicht mehr ausschließen</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>„%1“ ausschließen</translation>
    </message>
</context>
<context>
    <name>lance::FilterPanel</name>
    <message>
        <source>No filters: every lead is shown.</source>
        <translation>Keine Filter: Alle Leads werden angezeigt.</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Alle &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save preset…</source>
        <translation>Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>Vorlage l&amp;öschen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Save filter preset</source>
        <translation>Filtervorlage speichern</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Leads matching the filters</source>
        <translation>Leads, die den Filtern entsprechen</translation>
    </message>
    <message>
        <source>Search name, title or company</source>
        <translation>Name, Position oder Unternehmen suchen</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation>Filtervorlagen</translation>
    </message>
    <message>
        <source>Apply a preset…</source>
        <translation>Vorlage anwenden…</translation>
    </message>
    <message>
        <source>Save the filters as a preset</source>
        <translation>Filter als Vorlage speichern</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>Gewählte Vorlage löschen</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Filter by email</source>
        <translation>Nach E-Mail filtern</translation>
    </message>
    <message>
        <source>Has email</source>
        <translation>Mit E-Mail</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Ohne E-Mail</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Filter by phone</source>
        <translation>Nach Telefon filtern</translation>
    </message>
    <message>
        <source>Has phone</source>
        <translation>Mit Telefon</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Ohne Telefon</translation>
    </message>
    <message>
        <source>Remove filter %1: %2</source>
        <translation>Filter entfernen – %1: %2</translation>
    </message>
    <message>
        <source>has email</source>
        <translation>mit E-Mail</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>ohne E-Mail</translation>
    </message>
    <message>
        <source>has phone</source>
        <translation>mit Telefon</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>ohne Telefon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads match</source>
        <translation>
            <numerusform>%Ln passender Lead</numerusform>
            <numerusform>%Ln passende Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 leads match</source>
        <comment>more than 2^31: always plural</comment>
        <translation>%L1 passende Leads</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Anzahl nicht verfügbar</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? The filters in use stay as they are.</source>
        <translation>Die Vorlage „%1“ löschen? Die aktiven Filter bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>not %1</source>
        <comment>an excluded filter value: leads without it</comment>
        <translation>nicht %1</translation>
    </message>
</context>
<context>
    <name>lance::FilterSet</name>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Picked leads</source>
        <translation>Ausgewählte Leads</translation>
    </message>
    <message>
        <source>Never enriched</source>
        <translation>Nie angereichert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>E-Mail-Status</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Telefon-Status</translation>
    </message>
</context>
<context>
    <name>lance::LanceClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Refusing to send your token over plain http:// to %1. Use https://.</source>
        <translation>Ihr Token wird nicht über unverschlüsseltes http:// an %1 gesendet. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Cannot reach the server: the connection was refused.</source>
        <translation>Server nicht erreichbar: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot find the server. Check the address and your connection.</source>
        <translation>Server nicht gefunden. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; the connection was not made.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden; es wurde keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid data. Try again later.</source>
        <translation>Die Antwort des Servers enthält keine gültigen Daten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1) and no explanation.</source>
        <translation>Der Server hat mit einem Fehler (HTTP %1) ohne Erklärung geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Servers konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>The server sent data in an unexpected shape.</source>
        <translation>Der Server hat Daten in einem unerwarteten Format gesendet.</translation>
    </message>
    <message>
        <source>No server is set up. Choose one with File → Connection…</source>
        <translation>Es ist kein Server eingerichtet. Wählen Sie einen unter Datei → Verbindung…</translation>
    </message>
</context>
<context>
    <name>lance::LeadColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>E-Mail-Status</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Telefonstatus</translation>
    </message>
    <message>
        <source>This server cannot sort leads; they are shown in its own order</source>
        <translation>Dieser Server kann Leads nicht sortieren; sie werden in seiner eigenen Reihenfolge angezeigt</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden</translation>
    </message>
    <message>
        <source>Sorts by last name</source>
        <translation>Sortiert nach Nachname</translation>
    </message>
    <message>
        <source>Sorts by this column</source>
        <translation>Sortiert nach dieser Spalte</translation>
    </message>
</context>
<context>
    <name>lance::LeadDetailsPane</name>
    <message>
        <source>Lead details</source>
        <translation>Lead-Details</translation>
    </message>
    <message>
        <source>Select a lead to see its contact data and enrichments.</source>
        <translation>Wählen Sie einen Lead aus, um seine Kontaktdaten und Anreicherungen zu sehen.</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>E-Mails:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefonnummern:</translation>
    </message>
    <message>
        <source>Latest enrichment</source>
        <translation>Letzte Anreicherung</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>E-Mails: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Telefonnummern: %1</translation>
    </message>
    <message>
        <source>never enriched</source>
        <translation>nie angereichert</translation>
    </message>
    <message>
        <source>%1 (updated %2)</source>
        <translation>%1 (aktualisiert am %2)</translation>
    </message>
</context>
<context>
    <name>lance::LeadTableModel</name>
    <message>
        <source>On file</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1
%2 at %3
%4, %5</source>
        <translation>%1
%2 bei %3
%4, %5</translation>
    </message>
</context>
<context>
    <name>lance::LeadTableView</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Could not select every row: %1</source>
        <translation>Nicht alle Zeilen konnten ausgewählt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>F&amp;ilter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No leads match these filters.</source>
        <translation>Keine Leads passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>There are no leads here yet.</source>
        <translation>Hier gibt es noch keine Leads.</translation>
    </message>
    <message>
        <source>Lead names, kept in view</source>
        <translation>Lead-Namen, im Blick behalten</translation>
    </message>
</context>
<context>
    <name>lance::MainWindow</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation>Lead-Details</translation>
    </message>
    <message>
        <source>Lance Desk</source>
        <translation>Lance Desk</translation>
    </message>
    <message>
        <source>Start-up status</source>
        <translation>Startstatus</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Startfortschritt</translation>
    </message>
    <message>
        <source>Creating demo leads: %1 of %2</source>
        <translation>Demo-Leads werden erstellt: %1 von %2</translation>
    </message>
    <message>
        <source>Enrichments in progress cannot be remembered for the next start of Lance Desk: %1</source>
        <translation>Laufende Anreicherungen können für den nächsten Start von Lance Desk nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Tracking file</source>
        <translation>Verfolgungsdatei</translation>
    </message>
    <message>
        <source>They are still followed while Lance Desk stays open.</source>
        <translation>Sie werden weiter verfolgt, solange Lance Desk geöffnet bleibt.</translation>
    </message>
    <message>
        <source>Quit Lance Desk</source>
        <translation>Lance Desk beenden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrichment(s) are still on their way.</source>
        <translation>
            <numerusform>%Ln Anreicherung ist noch unterwegs.</numerusform>
            <numerusform>%Ln Anreicherungen sind noch unterwegs.</numerusform>
        </translation>
    </message>
    <message>
        <source>They carry on at the server without Lance Desk; their results and charges are tracked again the next time you start it.</source>
        <translation>Sie laufen auf dem Server ohne Lance Desk weiter; ihre Ergebnisse und Abbuchungen werden beim nächsten Start wieder verfolgt.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lance Desk shows the new language after a restart.</source>
        <translation>Lance Desk zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart now? Enrichments on their way carry on and are tracked again after the restart.</source>
        <translation>Jetzt neu starten? Laufende Anreicherungen gehen weiter und werden nach dem Neustart wieder verfolgt.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Lance Desk.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Lance Desk.</translation>
    </message>
</context>
<context>
    <name>lance::PendingStore</name>
    <message>
        <source>Could not save the enrichments being tracked.</source>
        <translation>Die verfolgten Anreicherungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>lance::SelectionBanner</name>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) that match are selected.</source>
        <translation>
            <numerusform>Der %Ln passende Lead ist ausgewählt.</numerusform>
            <numerusform>Alle %Ln passenden Leads sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln you unticked are left out.</source>
        <translation>
            <numerusform>%Ln abgewählter Lead bleibt außen vor.</numerusform>
            <numerusform>%Ln abgewählte Leads bleiben außen vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) selected.</source>
        <translation>
            <numerusform>%Ln Lead ausgewählt.</numerusform>
            <numerusform>%Ln Leads ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln that match</source>
        <translation>
            <numerusform>Den %Ln passenden auswählen</numerusform>
            <numerusform>Alle %Ln passenden auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Untick them</source>
        <translation>Abwählen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Filter the table to the leads you picked</source>
        <translation>Die Tabelle auf die ausgewählten Leads filtern</translation>
    </message>
    <message>
        <source>Leave the hidden leads out of the selection</source>
        <translation>Die ausgeblendeten Leads aus der Auswahl nehmen</translation>
    </message>
    <message numerus="yes">
        <source>The filters changed, so the selection of all %Ln lead(s) that matched the previous filters ended: nothing is selected.</source>
        <translation>
            <numerusform>Die Filter haben sich geändert, daher wurde die Auswahl des %Ln Leads, der den vorherigen Filtern entsprach, aufgehoben: Nichts ist ausgewählt.</numerusform>
            <numerusform>Die Filter haben sich geändert, daher wurde die Auswahl aller %Ln Leads, die den vorherigen Filtern entsprachen, aufgehoben: Nichts ist ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hidden by the filters; Enrich includes them.</source>
        <translation>
            <numerusform>%Ln davon durch die Filter ausgeblendet; Anreichern schließt ihn ein.</numerusform>
            <numerusform>%Ln davon durch die Filter ausgeblendet; Anreichern schließt sie ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some may be hidden by the filters.</source>
        <translation>Einige sind möglicherweise durch die Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>Too many picked leads to show at once (at most %L1)</source>
        <translation>Zu viele ausgewählte Leads, um sie auf einmal anzuzeigen (höchstens %L1)</translation>
    </message>
</context>
<context>
    <name>lance::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Include a filter value, or remove it</source>
        <translation>Filterwert aufnehmen oder entfernen</translation>
    </message>
    <message>
        <source>Exclude a filter value, or stop excluding it</source>
        <translation>Filterwert ausschließen oder nicht mehr ausschließen</translation>
    </message>
</context>
<context>
    <name>lance::TokenDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Enter the API &amp;token for %1:</source>
        <translation type="vanished">API-&amp;Token für %1 eingeben:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Store the token in the system keychain so it is not asked for next time.</source>
        <translation>Token im Schlüsselbund des Systems speichern, damit es beim nächsten Mal nicht abgefragt wird.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>%1 The token is kept only until Lance Desk closes and is asked for again next time; it is not written to disk.</source>
        <translation>%1 Das Token wird nur bis zum Beenden von Lance Desk aufbewahrt und beim nächsten Mal erneut abgefragt; es wird nicht auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect with this token</source>
        <translation>Mit diesem Token verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel without a token</source>
        <translation>Ohne Token abbrechen</translation>
    </message>
    <message>
        <source>Enter the API &amp;token for this server:</source>
        <translation>API-&amp;Token für diesen Server eingeben:</translation>
    </message>
</context>
<context>
    <name>lance::TokenResolver</name>
    <message>
        <source>No API token for %1: set LANCE_TOKEN or store one in the system keychain.</source>
        <translation>Kein API-Token für %1: Setzen Sie LANCE_TOKEN oder speichern Sie ein Token im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>No API token for %1: the token was not entered. Start again and enter it, or set LANCE_TOKEN.</source>
        <translation>Kein API-Token für %1: Es wurde kein Token eingegeben. Starten Sie neu und geben Sie es ein, oder setzen Sie LANCE_TOKEN.</translation>
    </message>
    <message>
        <source>The token could not be stored in the system keychain: %1</source>
        <translation>Das Token konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>lance::TokenStore</name>
    <message>
        <source>No system keychain is available (no D-Bus session).</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (keine D-Bus-Sitzung).</translation>
    </message>
    <message>
        <source>The system keychain holds no token for this server.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Token für diesen Server.</translation>
    </message>
    <message>
        <source>The system keychain denied access (it may be locked).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (er ist möglicherweise gesperrt).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running).</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (kein Secret Service aktiv).</translation>
    </message>
    <message>
        <source>No system keychain is available (the Secret Service has no default keyring).</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (der Secret Service hat keinen Standard-Schlüsselbund).</translation>
    </message>
</context>
<context>
    <name>lance::WorkspaceActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the selected leads (or, with none selected, all that match) as CSV</source>
        <translation>Ausgewählte Leads (oder, ohne Auswahl, alle passenden) als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <source>Use the demo engine or connect to a Lance server</source>
        <translation>Demo-Engine verwenden oder mit einem Lance-Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Select &amp;visible leads</source>
        <translation>&amp;Sichtbare Leads auswählen</translation>
    </message>
    <message>
        <source>Select &amp;all that match</source>
        <translation>&amp;Alle passenden auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Nichts auswählen</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Go to &amp;leads</source>
        <translation>Zu den &amp;Leads</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Lance Desk.</source>
        <translation type="vanished">Die neue Sprache gilt ab dem nächsten Start von Lance Desk.</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>En&amp;rich</source>
        <translation>An&amp;reichern</translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation>&amp;Anreichern…</translation>
    </message>
    <message>
        <source>See the cost, then enrich the selected leads</source>
        <translation>Kosten ansehen, dann die ausgewählten Leads anreichern</translation>
    </message>
    <message>
        <source>&amp;Cancel pending</source>
        <translation>Ausstehende a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Find e&amp;mails</source>
        <translation>&amp;E-Mails finden</translation>
    </message>
    <message>
        <source>Find &amp;phones</source>
        <translation>&amp;Telefonnummern finden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lance Desk</source>
        <translation>&amp;Über Lance Desk</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
    <message>
        <source>Contact data to find</source>
        <translation>Zu suchende Kontaktdaten</translation>
    </message>
    <message>
        <source>What to find for the selected leads (Alt+1, Alt+2)</source>
        <translation>Was für die ausgewählten Leads gesucht wird (Alt+1, Alt+2)</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Cancel this session&apos;s pending enrichments and release their credits</source>
        <translation>Ausstehende Anreicherungen dieser Sitzung abbrechen und ihre Credits freigeben</translation>
    </message>
    <message>
        <source>This server cannot cancel enrichments</source>
        <translation>Dieser Server kann Anreicherungen nicht abbrechen</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1. Narrow the leads.&lt;/b&gt; Type in the filters on the left (Ctrl+F for free text); each value you pick becomes a chip, removed with its ×.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Pick leads.&lt;/b&gt; Click, Ctrl+click or Shift+click rows, or tick their boxes; Ctrl+A picks what you see, and the banner offers every lead that matches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Choose emails or phones&lt;/b&gt; in the toolbar (Alt+1, Alt+2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Enrich (Ctrl+E).&lt;/b&gt; The estimate shows what is new, what is free because it was enriched already, and the most it can cost. Credits are held, then charged only for contacts found.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Watch the statuses&lt;/b&gt; change in the table and the status bar; you can close Lance Desk meanwhile: the next start picks up where it left off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1. Leads eingrenzen.&lt;/b&gt; Tippen Sie in die Filter links (Strg+F für Freitext); jeder gewählte Wert wird ein Chip, den sein × wieder entfernt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Leads wählen.&lt;/b&gt; Zeilen klicken, mit Strg oder Umschalt klicken oder ihre Kästchen ankreuzen; Strg+A wählt, was Sie sehen, und das Banner bietet alle passenden Leads an.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. E-Mails oder Telefonnummern&lt;/b&gt; in der Werkzeugleiste wählen (Alt+1, Alt+2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Anreichern (Strg+E).&lt;/b&gt; Die Schätzung zeigt, was neu ist, was kostenlos ist, weil es schon angereichert wurde, und was es höchstens kostet. Credits werden reserviert und nur für gefundene Kontakte berechnet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Den Status verfolgen&lt;/b&gt; in der Tabelle und der Statusleiste; Sie können Lance Desk währenddessen schließen: Der nächste Start macht dort weiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>lance::WorkspaceStatusBar</name>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Leads matching</source>
        <translation>Passende Leads</translation>
    </message>
    <message>
        <source>Selected leads</source>
        <translation>Ausgewählte Leads</translation>
    </message>
    <message>
        <source>Enrichment progress</source>
        <translation>Anreicherungsfortschritt</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Credit-Guthaben</translation>
    </message>
    <message>
        <source>Credits held</source>
        <translation>Reservierte Credits</translation>
    </message>
    <message>
        <source>Held for enrichments in progress: charged only for contacts found, released otherwise.</source>
        <translation>Für laufende Anreicherungen reserviert: nur für gefundene Kontaktdaten berechnet, sonst freigegeben.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Demo data: the embedded engine with generated leads</source>
        <translation>Demodaten: die eingebettete Engine mit generierten Leads</translation>
    </message>
    <message>
        <source>You are looking at generated demo leads on the built-in engine. No real credits are spent.</source>
        <translation>Sie sehen generierte Demo-Leads der integrierten Engine. Es werden keine echten Credits verbraucht.</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Offline – neuer Versuch in %n s</numerusform>
            <numerusform>Offline – neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Connected to the built-in engine</source>
        <translation>Mit der integrierten Engine verbunden</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Balance unavailable</source>
        <translation>Guthaben nicht verfügbar</translation>
    </message>
    <message>
        <source>Credits available to spend</source>
        <translation>Verfügbare Credits</translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation>%1 reserviert</translation>
    </message>
    <message>
        <source>Counting leads…</source>
        <translation>Leads werden gezählt…</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>Leads werden geladen…</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Enriching %1</source>
        <translation>In Anreicherung: %1</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>Could not load leads: %1</source>
        <translation>Leads konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Anzahl nicht verfügbar</translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Offline — Verbindung wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln Credit</numerusform>
            <numerusform>%Ln Credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 leads</source>
        <comment>more than 2^31: always plural</comment>
        <translation>%L1 Leads</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in engine could not start: %1</source>
        <translation>Die integrierte Engine konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Starting the built-in engine…</source>
        <translation>Integrierte Engine wird gestartet…</translation>
    </message>
    <message>
        <source>Enrich leads with phone numbers and emails through the Lance API.</source>
        <translation>Leads über die Lance-API mit Telefonnummern und E-Mail-Adressen anreichern.</translation>
    </message>
    <message>
        <source>Use the built-in engine with demo leads (the default when no server is configured).</source>
        <translation>Die integrierte Engine mit Demo-Leads verwenden (Standard, wenn kein Server konfiguriert ist).</translation>
    </message>
    <message>
        <source>Connect to the Lance server at &lt;url&gt;. The API token comes from the LANCE_TOKEN environment variable when set, else from the system keychain; otherwise it is asked for.</source>
        <translation>Mit dem Lance-Server unter &lt;url&gt; verbinden. Das API-Token stammt aus der Umgebungsvariable LANCE_TOKEN, falls gesetzt, sonst aus dem Schlüsselbund des Systems; andernfalls wird es abgefragt.</translation>
    </message>
    <message>
        <source>The demo database file to use (default: %1).</source>
        <translation>Die zu verwendende Demo-Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>No API token for %1.</source>
        <translation>Kein API-Token für %1.</translation>
    </message>
</context>
</TS>
