<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EnrichmentSession</name>
    <message numerus="yes">
        <source>%Ln selected lead(s)</source>
        <translation>
            <numerusform>%Ln selected lead</numerusform>
            <numerusform>%Ln selected leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::ConnectionDialog</name>
    <message numerus="yes">
        <source>Connected: organization %1, %Ln credit(s) available</source>
        <translation>
            <numerusform>Connected: organization %1, %Ln credit available</numerusform>
            <numerusform>Connected: organization %1, %Ln credits available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::CreditEstimateDialog</name>
    <message numerus="yes">
        <source>&amp;Enrich %Ln lead(s)</source>
        <translation>
            <numerusform>&amp;Enrich %Ln lead</numerusform>
            <numerusform>&amp;Enrich %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrich the first %Ln I can afford</source>
        <translation>
            <numerusform>Enrich the first %Ln I can afford</numerusform>
            <numerusform>Enrich the first %Ln I can afford</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln credit</numerusform>
            <numerusform>%Ln credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s) held for enrichments in progress, not counted as available.</source>
        <translation>
            <numerusform>%Ln credit is held for enrichments in progress, not counted as available.</numerusform>
            <numerusform>%Ln credits are held for enrichments in progress, not counted as available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your balance is short by %Ln credit(s) for the maximum cost.</source>
        <translation>
            <numerusform>Your balance is short by %Ln credit for the maximum cost.</numerusform>
            <numerusform>Your balance is short by %Ln credits for the maximum cost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads are hidden by the current filters; they are enriched too.</source>
        <translation>
            <numerusform>%Ln of the selected leads is hidden by the current filters; it is enriched too.</numerusform>
            <numerusform>%Ln of the selected leads are hidden by the current filters; they are enriched too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads already have an email on file.</source>
        <translation>
            <numerusform>%Ln of the selected leads already has an email on file.</numerusform><numerusform>%Ln of the selected leads already have an email on file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads already have a phone number on file.</source>
        <translation>
            <numerusform>%Ln of the selected leads already has a phone number on file.</numerusform><numerusform>%Ln of the selected leads already have a phone number on file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln that already have one</source>
        <translation>
            <numerusform>&amp;Skip the %Ln that already has one</numerusform><numerusform>&amp;Skip the %Ln that already have one</numerusform></translation>
    </message>
</context>
<context>
    <name>lance::EnrichFlow</name>
    <message numerus="yes">
        <source>Cancel %Ln pending email enrichment(s)?</source>
        <translation>
            <numerusform>Cancel %Ln pending email enrichment?</numerusform>
            <numerusform>Cancel %Ln pending email enrichments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln pending phone enrichment(s)?</source>
        <translation>
            <numerusform>Cancel %Ln pending phone enrichment?</numerusform>
            <numerusform>Cancel %Ln pending phone enrichments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending enrichment(s) cancelled; their credits are released.</source>
        <translation>
            <numerusform>%Ln pending enrichment cancelled; their credits are released.</numerusform>
            <numerusform>%Ln pending enrichments cancelled; their credits are released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled; some could not be: %1</source>
        <translation type="vanished">
            <numerusform>%Ln cancelled; some could not be: %1</numerusform>
            <numerusform>%Ln cancelled; some could not be: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrichment(s) on their way.</source>
        <translation>
            <numerusform>%Ln enrichment on its way.</numerusform>
            <numerusform>%Ln enrichments on their way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already enriched or pending, at no cost.</source>
        <translation>
            <numerusform>%Ln already enriched or pending, at no cost.</numerusform>
            <numerusform>%Ln already enriched or pending, at no cost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled before sending: up to %Ln lead(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Cancelled before sending: up to %Ln lead; nothing was charged for it.</numerusform>
            <numerusform>Cancelled before sending: up to %Ln leads; nothing was charged for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent after the failure: up to %Ln lead(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Not sent after the failure: up to %Ln lead; nothing was charged for it.</numerusform>
            <numerusform>Not sent after the failure: up to %Ln leads; nothing was charged for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had finished meanwhile and keep their result.</source>
        <translation>
            <numerusform>%Ln had finished meanwhile and keeps its result.</numerusform>
            <numerusform>%Ln had finished meanwhile and keep their result.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::ExportController</name>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln lead to %1</numerusform>
            <numerusform>Exported %Ln leads to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::FacetSection</name>
    <message numerus="yes">
        <source>%1, %Ln leads</source>
        <translation>
            <numerusform>%1, %Ln lead</numerusform><numerusform>%1, %Ln leads</numerusform></translation>
    </message>
</context>
<context>
    <name>lance::FilterPanel</name>
    <message numerus="yes">
        <source>%Ln leads match</source>
        <translation>
            <numerusform>%Ln lead matches</numerusform>
            <numerusform>%Ln leads match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::MainWindow</name>
    <message numerus="yes">
        <source>%Ln enrichment(s) are still on their way.</source>
        <translation>
            <numerusform>%Ln enrichment is still on its way.</numerusform>
            <numerusform>%Ln enrichments are still on their way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::SelectionBanner</name>
    <message numerus="yes">
        <source>All %Ln lead(s) that match are selected.</source>
        <translation>
            <numerusform>The %Ln lead that matches is selected.</numerusform>
            <numerusform>All %Ln leads that match are selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln you unticked are left out.</source>
        <translation>
            <numerusform>%Ln you unticked is left out.</numerusform>
            <numerusform>%Ln you unticked are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) selected.</source>
        <translation>
            <numerusform>%Ln lead selected.</numerusform>
            <numerusform>%Ln leads selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln that match</source>
        <translation>
            <numerusform>Select the %Ln that matches</numerusform>
            <numerusform>Select all %Ln that match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filters changed, so the selection of all %Ln lead(s) that matched the previous filters ended: nothing is selected.</source>
        <translation>
            <numerusform>The filters changed, so the selection of the %Ln lead that matched the previous filters ended: nothing is selected.</numerusform>
            <numerusform>The filters changed, so the selection of all %Ln leads that matched the previous filters ended: nothing is selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hidden by the filters; Enrich includes them.</source>
        <translation>
            <numerusform>%Ln of them hidden by the filters; Enrich includes it.</numerusform>
            <numerusform>%Ln of them hidden by the filters; Enrich includes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::WorkspaceStatusBar</name>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Offline — retrying in %n s</numerusform>
            <numerusform>Offline — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln credit</numerusform>
            <numerusform>%Ln credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
</TS>
