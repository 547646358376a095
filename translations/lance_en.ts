<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EnrichmentSession</name>
    <message numerus="yes">
        <source>%n selected lead(s)</source>
        <translation>
            <numerusform>%n selected lead</numerusform>
            <numerusform>%n selected leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::CreditEstimateDialog</name>
    <message numerus="yes">
        <source>&amp;Enrich %n lead(s)</source>
        <translation>
            <numerusform>&amp;Enrich %n lead</numerusform>
            <numerusform>&amp;Enrich %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrich the first %n I can afford</source>
        <translation>
            <numerusform>Enrich the first %n I can afford</numerusform>
            <numerusform>Enrich the first %n I can afford</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::EnrichFlow</name>
    <message numerus="yes">
        <source>Cancel %n pending email enrichment(s)?</source>
        <translation>
            <numerusform>Cancel %n pending email enrichment?</numerusform>
            <numerusform>Cancel %n pending email enrichments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n pending phone enrichment(s)?</source>
        <translation>
            <numerusform>Cancel %n pending phone enrichment?</numerusform>
            <numerusform>Cancel %n pending phone enrichments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending enrichment(s) cancelled; their credits are released.</source>
        <translation>
            <numerusform>%n pending enrichment cancelled; their credits are released.</numerusform>
            <numerusform>%n pending enrichments cancelled; their credits are released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled; some could not be: %1</source>
        <translation>
            <numerusform>%n cancelled; some could not be: %1</numerusform>
            <numerusform>%n cancelled; some could not be: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::ExportController</name>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1</source>
        <translation>
            <numerusform>Exported %n lead to %1</numerusform>
            <numerusform>Exported %n leads to %1</numerusform>
        </translation>
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
</context>
</TS>
