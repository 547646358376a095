<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>leads %1–%2 of the filter</source>
        <translation>prospects %1 à %2 du filtre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected lead(s)</source>
        <translation>
            <numerusform>%Ln prospect sélectionné</numerusform>
            <numerusform>%Ln prospects sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::AboutDialog</name>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>About Lance Desk</source>
        <translation>À propos de Lance Desk</translation>
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
        <translation>Enrichissez vos prospects commerciaux avec des numéros de téléphone et des adresses e-mail grâce à l&apos;API Lance.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Publié sous licence MIT.</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2).</source>
        <translation>Fonctionne avec Qt %1 (compilé avec Qt %2).</translation>
    </message>
    <message>
        <source>Demo mode runs lance-engine, a local stand-in for the Lance API with generated leads and simulated enrichment providers: it spends no real credits. Made with Qt (LGPL v3) and QtKeychain (BSD licence).</source>
        <translation>Le mode démo utilise lance-engine, un substitut local de l&apos;API Lance avec des prospects générés et des fournisseurs d&apos;enrichissement simulés : aucun crédit réel n&apos;est dépensé. Réalisé avec Qt (LGPL v3) et QtKeychain (licence BSD).</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Show or hide the full licence text</source>
        <translation>Afficher ou masquer le texte complet de la licence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Licence MIT

Copyright (c) Lance Desk contributors

Le texte complet de la licence n&apos;a pas été trouvé lors de la compilation
de cette copie. En bref : l&apos;autorisation est accordée, gratuitement,
d&apos;utiliser, copier, modifier, fusionner, publier, distribuer,
sous-licencier et vendre des copies du logiciel, à condition que l&apos;avis de
copyright et le présent avis d&apos;autorisation figurent dans toutes les
copies ou parties substantielles de celui-ci. Le logiciel est fourni « tel
quel », sans garantie d&apos;aucune sorte.
</translation>
    </message>
</context>
<context>
    <name>lance::ConnectionDialog</name>
    <message>
        <source>&amp;Demo: the built-in engine with generated leads</source>
        <translation>&amp;Démo : le moteur intégré avec des prospects générés</translation>
    </message>
    <message>
        <source>Lance &amp;server</source>
        <translation>&amp;Serveur Lance</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>&amp;Mémoriser le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>Lance server</source>
        <translation>Serveur Lance</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Leave empty to use the one in the keychain</source>
        <translation>Laisser vide pour utiliser celui du trousseau</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Mémoriser le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse :</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;API :</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Type the API token to test the connection.</source>
        <translation>Saisissez le jeton d&apos;API pour tester la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: organization %1, %Ln credit(s) available</source>
        <translation>
            <numerusform>Connecté : organisation %1, %Ln crédit disponible</numerusform>
            <numerusform>Connecté : organisation %1, %Ln crédits disponibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::CreditEstimateDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enrich emails</source>
        <translation>Enrichir les e-mails</translation>
    </message>
    <message>
        <source>Enrich phones</source>
        <translation>Enrichir les téléphones</translation>
    </message>
    <message>
        <source>Leads selected</source>
        <translation>Prospects sélectionnés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Already enriched (free)</source>
        <translation>Déjà enrichis (gratuit)</translation>
    </message>
    <message>
        <source>Finished earlier: you see their result again without paying.</source>
        <translation>Déjà terminés : vous revoyez leur résultat sans payer.</translation>
    </message>
    <message>
        <source>Already pending (free)</source>
        <translation>Déjà en attente (gratuit)</translation>
    </message>
    <message>
        <source>Already on their way: no second request is made.</source>
        <translation>Déjà en cours : aucune seconde demande n&apos;est envoyée.</translation>
    </message>
    <message>
        <source>New to enrich</source>
        <translation>Nouveaux à enrichir</translation>
    </message>
    <message>
        <source>Credits per email found</source>
        <translation>Crédits par e-mail trouvé</translation>
    </message>
    <message>
        <source>Credits per phone found</source>
        <translation>Crédits par téléphone trouvé</translation>
    </message>
    <message>
        <source>Maximum cost</source>
        <translation>Coût maximal</translation>
    </message>
    <message>
        <source>If every new lead is found. Leads not found, failed or cancelled cost nothing.</source>
        <translation>Si chaque nouveau prospect est trouvé. Les prospects non trouvés, en échec ou annulés ne coûtent rien.</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Solde disponible</translation>
    </message>
    <message>
        <source>&amp;Track them</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enrich %Ln lead(s)</source>
        <translation>
            <numerusform>&amp;Enrichir %Ln prospect</numerusform>
            <numerusform>&amp;Enrichir %Ln prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to enrich: every selected lead is already enriched or pending. No credits will be used.</source>
        <translation>Rien de nouveau à enrichir : chaque prospect sélectionné est déjà enrichi ou en attente. Aucun crédit ne sera utilisé.</translation>
    </message>
    <message>
        <source>Not enough credits for every new lead</source>
        <translation>Pas assez de crédits pour tous les nouveaux prospects</translation>
    </message>
    <message numerus="yes">
        <source>Enrich the first %Ln I can afford</source>
        <translation>
            <numerusform>Enrichir seulement %Ln prospect (couvert par le solde)</numerusform>
            <numerusform>Enrichir seulement les %Ln premiers (couverts par le solde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Credits are held now and charged only for contacts found.</source>
        <translation>Les crédits sont réservés maintenant et facturés uniquement pour les coordonnées trouvées.</translation>
    </message>
    <message>
        <source>This server cannot say which of these leads are already enriched, so every one is counted as new: the cost can only be lower.</source>
        <translation>Ce serveur ne peut pas indiquer lesquels de ces prospects sont déjà enrichis ; chacun est donc compté comme nouveau : le coût ne peut être que plus bas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln crédit</numerusform>
            <numerusform>%Ln crédits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s) held for enrichments in progress, not counted as available.</source>
        <translation>
            <numerusform>%Ln crédit est réservé aux enrichissements en cours et n’est pas compté comme disponible.</numerusform>
            <numerusform>%Ln crédits sont réservés aux enrichissements en cours et ne sont pas comptés comme disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance after, if every contact is found</source>
        <translation>Solde après, si chaque contact est trouvé</translation>
    </message>
    <message>
        <source>Contacts not found cost nothing, so the balance after is at least this.</source>
        <translation>Les contacts non trouvés ne coûtent rien : le solde après sera donc au moins celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Your balance is short by %Ln credit(s) for the maximum cost.</source>
        <translation>
            <numerusform>Il manque %Ln crédit à votre solde pour le coût maximal.</numerusform>
            <numerusform>Il manque %Ln crédits à votre solde pour le coût maximal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads are hidden by the current filters; they are enriched too.</source>
        <translation>
            <numerusform>%Ln des leads sélectionnés est masqué par les filtres actuels ; il est enrichi aussi.</numerusform>
            <numerusform>%Ln des leads sélectionnés sont masqués par les filtres actuels ; ils sont enrichis aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the selected leads may be hidden by the current filters; they are enriched too.</source>
        <translation>Certains leads sélectionnés sont peut-être masqués par les filtres actuels ; ils sont enrichis aussi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads already have an email on file.</source>
        <translation>
            <numerusform>%Ln des prospects sélectionnés a déjà un e-mail enregistré.</numerusform><numerusform>%Ln des prospects sélectionnés ont déjà un e-mail enregistré.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads already have a phone number on file.</source>
        <translation>
            <numerusform>%Ln des prospects sélectionnés a déjà un numéro de téléphone enregistré.</numerusform><numerusform>%Ln des prospects sélectionnés ont déjà un numéro de téléphone enregistré.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln that already have one</source>
        <translation>
            <numerusform>&amp;Ignorer le %Ln qui en a déjà un</numerusform><numerusform>&amp;Ignorer les %Ln qui en ont déjà un</numerusform></translation>
    </message>
    <message>
        <source>They are left out of the request: no credits are spent on contacts you already have.</source>
        <translation>Ils sont exclus de la demande&amp;#xa0;: aucun crédit n’est dépensé pour des contacts que vous avez déjà.</translation>
    </message>
    <message>
        <source>They are enriched as well; each contact found is charged.</source>
        <translation>Ils sont enrichis eux aussi&amp;#xa0;; chaque contact trouvé est facturé.</translation>
    </message>
    <message>
        <source>Enrich them t&amp;oo</source>
        <translation>Les enrichir &amp;aussi</translation>
    </message>
</context>
<context>
    <name>lance::CsvExporter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>No server to export from.</source>
        <translation>Aucun serveur depuis lequel exporter.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Le fichier d&apos;export n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>The export file was closed during the export.</source>
        <translation>Le fichier d&apos;export a été fermé pendant l&apos;export.</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;export : %1</translation>
    </message>
    <message>
        <source>the file was closed</source>
        <translation>le fichier a été fermé</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Niveau hiérarchique</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
</context>
<context>
    <name>lance::EnrichFlow</name>
    <message>
        <source>Select leads first: click, Ctrl-click or Space.</source>
        <translation>Sélectionnez d&apos;abord des prospects : clic, Ctrl+clic ou Espace.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Calcul du coût…</translation>
    </message>
    <message>
        <source>Enrich</source>
        <translation>Enrichir</translation>
    </message>
    <message>
        <source>The cost could not be worked out, so nothing was spent: %1</source>
        <translation>Le coût n&apos;a pas pu être calculé ; rien n&apos;a donc été dépensé : %1</translation>
    </message>
    <message>
        <source>The selection changed since you confirmed; please check the new cost.</source>
        <translation>La sélection a changé depuis votre confirmation ; vérifiez le nouveau coût.</translation>
    </message>
    <message>
        <source>Starting enrichments…</source>
        <translation>Lancement des enrichissements…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Starting enrichments: %1 of %2</source>
        <translation>Lancement des enrichissements : %1 sur %2</translation>
    </message>
    <message>
        <source>Not started: %1 — %2</source>
        <translation>Non lancés : %1 — %2</translation>
    </message>
    <message>
        <source>Cancel pending</source>
        <translation>Annuler les demandes en attente</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln pending email enrichment(s)?</source>
        <translation>
            <numerusform>Annuler %Ln enrichissement d&apos;e-mail en attente ?</numerusform>
            <numerusform>Annuler %Ln enrichissements d&apos;e-mail en attente ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln pending phone enrichment(s)?</source>
        <translation>
            <numerusform>Annuler %Ln enrichissement de téléphone en attente ?</numerusform>
            <numerusform>Annuler %Ln enrichissements de téléphone en attente ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their held credits are released. You can enrich them again later.</source>
        <translation>Leurs crédits réservés sont libérés. Vous pourrez les enrichir à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Cancel them</source>
        <translation>Les annuler</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending enrichment(s) cancelled; their credits are released.</source>
        <translation>
            <numerusform>%Ln enrichissement en attente annulé ; ses crédits sont libérés.</numerusform>
            <numerusform>%Ln enrichissements en attente annulés ; leurs crédits sont libérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled; some could not be: %1</source>
        <translation type="vanished">
            <numerusform>%Ln annulé ; d&apos;autres n&apos;ont pas pu l&apos;être : %1</numerusform>
            <numerusform>%Ln annulés ; d&apos;autres n&apos;ont pas pu l&apos;être : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrichment(s) on their way.</source>
        <translation>
            <numerusform>%Ln enrichissement en cours.</numerusform>
            <numerusform>%Ln enrichissements en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already enriched or pending, at no cost.</source>
        <translation>
            <numerusform>%Ln déjà enrichi ou en cours, sans frais.</numerusform>
            <numerusform>%Ln déjà enrichis ou en cours, sans frais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled before sending: up to %Ln lead(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Annulé avant l’envoi : jusqu’à %Ln prospect ; rien n’a été facturé.</numerusform>
            <numerusform>Annulé avant l’envoi : jusqu’à %Ln prospects ; rien n’a été facturé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent after the failure: up to %Ln lead(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Non envoyé après l’échec : jusqu’à %Ln prospect ; rien n’a été facturé.</numerusform>
            <numerusform>Non envoyés après l’échec : jusqu’à %Ln prospects ; rien n’a été facturé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending any more: every enrichment finished while this question was open.</source>
        <translation>Plus rien n&apos;est en attente : chaque enrichissement s&apos;est terminé pendant que cette question était ouverte.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln had finished meanwhile and keep their result.</source>
        <translation>
            <numerusform>%Ln était terminé entre-temps et garde son résultat.</numerusform>
            <numerusform>%Ln étaient terminés entre-temps et gardent leur résultat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some could not be cancelled: %1</source>
        <translation>Certains n&apos;ont pas pu être annulés : %1</translation>
    </message>
</context>
<context>
    <name>lance::Enrichment</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trouvé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>lance::ExportController</name>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Export des prospects…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>%Ln prospect exporté vers %1</numerusform>
            <numerusform>%Ln prospects exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
</context>
<context>
    <name>lance::FacetSection</name>
    <message>
        <source>%1 filter</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type an exact value, then Enter</source>
        <translation>Saisissez une valeur exacte, puis Entrée</translation>
    </message>
    <message>
        <source>Type to find values</source>
        <translation type="vanished">Saisissez pour trouver des valeurs</translation>
    </message>
    <message>
        <source>Suggestions are unavailable on this server: type an exact value and press Enter to add it.</source>
        <translation>Les suggestions ne sont pas disponibles sur ce serveur : saisissez une valeur exacte et appuyez sur Entrée pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Type the start of a value; pick one with the arrow keys and Enter, or click it.</source>
        <translation type="vanished">Saisissez le début d&apos;une valeur ; choisissez-la avec les flèches et Entrée, ou cliquez dessus.</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation type="vanished">Suggestions indisponibles : %1</translation>
    </message>
    <message>
        <source>No values start with “%1”.</source>
        <translation type="vanished">Aucune valeur ne commence par « %1 ».</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Valeurs de %1</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Show more values of %1</source>
        <translation>Afficher plus de valeurs de %1</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>Chercher une valeur</translation>
    </message>
    <message>
        <source>Type any part of a value to list the values that contain it; Enter includes the best match, Down goes to the list.</source>
        <translation>Tapez une partie d’une valeur pour lister les valeurs qui la contiennent&amp;#xa0;; Entrée inclut la meilleure correspondance, Bas va dans la liste.</translation>
    </message>
    <message>
        <source>Each count is the number of leads the value would match with the other filters in place.</source>
        <translation>Chaque nombre est celui des prospects que la valeur donnerait avec les autres filtres en place.</translation>
    </message>
    <message>
        <source>Counts are over all leads: this server does not narrow them by the other filters.</source>
        <translation>Les nombres portent sur tous les prospects&amp;#xa0;: ce serveur ne les restreint pas selon les autres filtres.</translation>
    </message>
    <message>
        <source>Click or Space includes a value; the ⊘ mark, Ctrl+click or Shift+Space excludes it.</source>
        <translation>Un clic ou Espace inclut une valeur&amp;#xa0;; la marque ⊘, Ctrl+clic ou Maj+Espace l’exclut.</translation>
    </message>
    <message>
        <source>Click or Space includes a value.</source>
        <translation>Un clic ou Espace inclut une valeur.</translation>
    </message>
    <message>
        <source>%1, excluded</source>
        <translation>%1, exclu</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln leads</source>
        <translation>
            <numerusform>%1, %Ln prospect</numerusform><numerusform>%1, %Ln prospects</numerusform></translation>
    </message>
    <message>
        <source>Stop excluding %1 (Shift+Space)</source>
        <translation>Ne plus exclure %1 (Maj+Espace)</translation>
    </message>
    <message>
        <source>Exclude %1: leave its leads out (Shift+Space)</source>
        <translation>Exclure %1&amp;#xa0;: écarter ses prospects (Maj+Espace)</translation>
    </message>
    <message>
        <source>Values are unavailable: %1</source>
        <translation>Valeurs indisponibles&amp;#xa0;: %1</translation>
    </message>
    <message>
        <source>No value contains “%1”.</source>
        <translation>Aucune valeur ne contient «&amp;#xa0;%1&amp;#xa0;».</translation>
    </message>
    <message>
        <source>No value is left with the other filters.</source>
        <translation>Aucune valeur ne reste avec les autres filtres.</translation>
    </message>
    <message>
        <source>No values.</source>
        <translation>Aucune valeur.</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>Chargement des valeurs…</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&amp;#xa0;%1&amp;#xa0;»</translation>
    </message>
    <message>
        <source>Include “%1”</source>
        <translation>Inclure «&amp;#xa0;%1&amp;#xa0;»</translation>
    </message>
    <message>
        <source>Stop excluding “%1”</source>
        <translation>Ne plus exclure «&amp;#xa0;%1&amp;#xa0;»</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>Exclure «&amp;#xa0;%1&amp;#xa0;»</translation>
    </message>
</context>
<context>
    <name>lance::FilterPanel</name>
    <message>
        <source>No filters: every lead is shown.</source>
        <translation>Aucun filtre : tous les prospects sont affichés.</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Effacer &amp;tout</translation>
    </message>
    <message>
        <source>&amp;Save preset…</source>
        <translation>Enre&amp;gistrer le préréglage…</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>&amp;Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Save filter preset</source>
        <translation>Enregistrer le préréglage de filtres</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nom du préréglage :</translation>
    </message>
    <message>
        <source>Leads matching the filters</source>
        <translation>Prospects correspondant aux filtres</translation>
    </message>
    <message>
        <source>Search name, title or company</source>
        <translation>Rechercher un nom, un poste ou une entreprise</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Supprimer tous les filtres</translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation>Préréglages de filtres</translation>
    </message>
    <message>
        <source>Apply a preset…</source>
        <translation>Appliquer un préréglage…</translation>
    </message>
    <message>
        <source>Save the filters as a preset</source>
        <translation>Enregistrer les filtres comme préréglage</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>Supprimer le préréglage choisi</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Préréglages</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>Filter by email</source>
        <translation>Filtrer par e-mail</translation>
    </message>
    <message>
        <source>Has email</source>
        <translation>Avec e-mail</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Sans e-mail</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>Té&amp;léphone :</translation>
    </message>
    <message>
        <source>Filter by phone</source>
        <translation>Filtrer par téléphone</translation>
    </message>
    <message>
        <source>Has phone</source>
        <translation>Avec téléphone</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Sans téléphone</translation>
    </message>
    <message>
        <source>Remove filter %1: %2</source>
        <translation>Supprimer le filtre %1 : %2</translation>
    </message>
    <message>
        <source>has email</source>
        <translation>avec e-mail</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>sans e-mail</translation>
    </message>
    <message>
        <source>has phone</source>
        <translation>avec téléphone</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sans téléphone</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads match</source>
        <translation>
            <numerusform>%Ln prospect correspondant</numerusform>
            <numerusform>%Ln prospects correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 leads match</source>
        <comment>more than 2^31: always plural</comment>
        <translation>%L1 prospects correspondants</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Nombre indisponible</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? The filters in use stay as they are.</source>
        <translation>Supprimer le préréglage « %1 » ? Les filtres actifs restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
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
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>not %1</source>
        <comment>an excluded filter value: leads without it</comment>
        <translation>pas %1</translation>
    </message>
</context>
<context>
    <name>lance::FilterSet</name>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Niveau hiérarchique</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Picked leads</source>
        <translation>Leads choisis</translation>
    </message>
    <message>
        <source>Never enriched</source>
        <translation>Jamais enrichi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trouvé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Statut e-mail</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Statut téléphone</translation>
    </message>
</context>
<context>
    <name>lance::LanceClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>L&apos;adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>Refusing to send your token over plain http:// to %1. Use https://.</source>
        <translation>Votre jeton ne sera pas envoyé en clair via http:// à %1. Utilisez https://.</translation>
    </message>
    <message>
        <source>Cannot reach the server: the connection was refused.</source>
        <translation>Impossible de joindre le serveur : la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Cannot find the server. Check the address and your connection.</source>
        <translation>Serveur introuvable. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; the connection was not made.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié ; la connexion n&apos;a pas été établie.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid data. Try again later.</source>
        <translation>Le serveur a envoyé une réponse qui n&apos;est pas valide. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1) and no explanation.</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1) sans explication.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur n&apos;a pas pu être comprise.</translation>
    </message>
    <message>
        <source>The server sent data in an unexpected shape.</source>
        <translation>Le serveur a envoyé des données dans un format inattendu.</translation>
    </message>
    <message>
        <source>No server is set up. Choose one with File → Connection…</source>
        <translation>Aucun serveur n’est configuré. Choisissez-en un dans Fichier → Connexion…</translation>
    </message>
</context>
<context>
    <name>lance::LeadColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Statut e-mail</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Statut téléphone</translation>
    </message>
    <message>
        <source>This server cannot sort leads; they are shown in its own order</source>
        <translation>Ce serveur ne peut pas trier les prospects ; ils sont affichés dans son propre ordre</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>Sorts by last name</source>
        <translation>Trie par nom de famille</translation>
    </message>
    <message>
        <source>Sorts by this column</source>
        <translation>Trie selon cette colonne</translation>
    </message>
</context>
<context>
    <name>lance::LeadDetailsPane</name>
    <message>
        <source>Lead details</source>
        <translation>Détails du prospect</translation>
    </message>
    <message>
        <source>Select a lead to see its contact data and enrichments.</source>
        <translation>Sélectionnez un prospect pour voir ses coordonnées et ses enrichissements.</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>E-mails :</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones :</translation>
    </message>
    <message>
        <source>Latest enrichment</source>
        <translation>Dernier enrichissement</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>E-mails : %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Téléphones : %1</translation>
    </message>
    <message>
        <source>never enriched</source>
        <translation>jamais enrichi</translation>
    </message>
    <message>
        <source>%1 (updated %2)</source>
        <translation>%1 (mis à jour le %2)</translation>
    </message>
</context>
<context>
    <name>lance::LeadTableModel</name>
    <message>
        <source>On file</source>
        <translation>Déjà en base</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1
%2 at %3
%4, %5</source>
        <translation>%1
%2 chez %3
%4, %5</translation>
    </message>
</context>
<context>
    <name>lance::LeadTableView</name>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Could not select every row: %1</source>
        <translation>Impossible de sélectionner toutes les lignes : %1</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Effacer les f&amp;iltres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No leads match these filters.</source>
        <translation>Aucun prospect ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>There are no leads here yet.</source>
        <translation>Il n’y a pas encore de prospects ici.</translation>
    </message>
    <message>
        <source>Lead names, kept in view</source>
        <translation>Noms des leads, gardés en vue</translation>
    </message>
</context>
<context>
    <name>lance::MainWindow</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation>Détails du prospect</translation>
    </message>
    <message>
        <source>Lance Desk</source>
        <translation>Lance Desk</translation>
    </message>
    <message>
        <source>Start-up status</source>
        <translation>État du démarrage</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Progression du démarrage</translation>
    </message>
    <message>
        <source>Creating demo leads: %1 of %2</source>
        <translation>Création des prospects de démo : %1 sur %2</translation>
    </message>
    <message>
        <source>Enrichments in progress cannot be remembered for the next start of Lance Desk: %1</source>
        <translation>Les enrichissements en cours ne peuvent pas être mémorisés pour le prochain démarrage de Lance Desk : %1</translation>
    </message>
    <message>
        <source>Tracking file</source>
        <translation>Fichier de suivi</translation>
    </message>
    <message>
        <source>They are still followed while Lance Desk stays open.</source>
        <translation>Ils restent suivis tant que Lance Desk reste ouvert.</translation>
    </message>
    <message>
        <source>Quit Lance Desk</source>
        <translation>Quitter Lance Desk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrichment(s) are still on their way.</source>
        <translation>
            <numerusform>%Ln enrichissement est encore en cours.</numerusform>
            <numerusform>%Ln enrichissements sont encore en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>They carry on at the server without Lance Desk; their results and charges are tracked again the next time you start it.</source>
        <translation>Ils continuent sur le serveur sans Lance Desk ; leurs résultats et débits seront suivis de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Garder ouvert</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lance Desk shows the new language after a restart.</source>
        <translation>Lance Desk affiche la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <source>Restart now? Enrichments on their way carry on and are tracked again after the restart.</source>
        <translation>Redémarrer maintenant ? Les enrichissements en cours continuent et sont suivis de nouveau après le redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Lance Desk.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Lance Desk.</translation>
    </message>
</context>
<context>
    <name>lance::PendingStore</name>
    <message>
        <source>Could not save the enrichments being tracked.</source>
        <translation>Impossible d&apos;enregistrer les enrichissements suivis.</translation>
    </message>
</context>
<context>
    <name>lance::SelectionBanner</name>
    <message>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) that match are selected.</source>
        <translation>
            <numerusform>Le %Ln prospect correspondant est sélectionné.</numerusform>
            <numerusform>Les %Ln prospects correspondants sont tous sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln you unticked are left out.</source>
        <translation>
            <numerusform>%Ln que vous avez décoché est exclu.</numerusform>
            <numerusform>%Ln que vous avez décochés sont exclus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) selected.</source>
        <translation>
            <numerusform>%Ln prospect sélectionné.</numerusform>
            <numerusform>%Ln prospects sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln that match</source>
        <translation>
            <numerusform>Sélectionner le %Ln correspondant</numerusform>
            <numerusform>Sélectionner les %Ln correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Untick them</source>
        <translation>Les décocher</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Filter the table to the leads you picked</source>
        <translation>Filtrer le tableau sur les leads choisis</translation>
    </message>
    <message>
        <source>Leave the hidden leads out of the selection</source>
        <translation>Retirer les leads masqués de la sélection</translation>
    </message>
    <message numerus="yes">
        <source>The filters changed, so the selection of all %Ln lead(s) that matched the previous filters ended: nothing is selected.</source>
        <translation>
            <numerusform>Les filtres ont changé : la sélection du %Ln lead qui correspondait aux filtres précédents a pris fin, rien n&apos;est sélectionné.</numerusform>
            <numerusform>Les filtres ont changé : la sélection des %Ln leads qui correspondaient aux filtres précédents a pris fin, rien n&apos;est sélectionné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hidden by the filters; Enrich includes them.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux masqué par les filtres ; Enrichir l&apos;inclut.</numerusform>
            <numerusform>%Ln d&apos;entre eux masqués par les filtres ; Enrichir les inclut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some may be hidden by the filters.</source>
        <translation>Certains sont peut-être masqués par les filtres.</translation>
    </message>
    <message>
        <source>Too many picked leads to show at once (at most %L1)</source>
        <translation>Trop de leads choisis pour les afficher d&apos;un coup (au plus %L1)</translation>
    </message>
</context>
<context>
    <name>lance::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Include a filter value, or remove it</source>
        <translation>Inclure une valeur de filtre, ou la retirer</translation>
    </message>
    <message>
        <source>Exclude a filter value, or stop excluding it</source>
        <translation>Exclure une valeur de filtre, ou ne plus l’exclure</translation>
    </message>
</context>
<context>
    <name>lance::TokenDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Enter the API &amp;token for %1:</source>
        <translation type="vanished">Saisissez le &amp;jeton d&apos;API pour %1 :</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Store the token in the system keychain so it is not asked for next time.</source>
        <translation>Enregistrer le jeton dans le trousseau du système pour ne pas avoir à le saisir la prochaine fois.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau système n&apos;est disponible.</translation>
    </message>
    <message>
        <source>%1 The token is kept only until Lance Desk closes and is asked for again next time; it is not written to disk.</source>
        <translation>%1 Le jeton n&apos;est conservé que jusqu&apos;à la fermeture de Lance Desk et sera redemandé la prochaine fois ; il n&apos;est pas écrit sur le disque.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect with this token</source>
        <translation>Se connecter avec ce jeton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel without a token</source>
        <translation>Annuler sans jeton</translation>
    </message>
    <message>
        <source>Enter the API &amp;token for this server:</source>
        <translation>Saisissez le &amp;jeton d&apos;API de ce serveur :</translation>
    </message>
</context>
<context>
    <name>lance::TokenResolver</name>
    <message>
        <source>No API token for %1: set LANCE_TOKEN or store one in the system keychain.</source>
        <translation>Aucun jeton d&apos;API pour %1 : définissez LANCE_TOKEN ou enregistrez-en un dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No API token for %1: the token was not entered. Start again and enter it, or set LANCE_TOKEN.</source>
        <translation>Aucun jeton d&apos;API pour %1 : le jeton n&apos;a pas été saisi. Relancez l&apos;application et saisissez-le, ou définissez LANCE_TOKEN.</translation>
    </message>
    <message>
        <source>The token could not be stored in the system keychain: %1</source>
        <translation>Le jeton n&apos;a pas pu être enregistré dans le trousseau du système : %1</translation>
    </message>
</context>
<context>
    <name>lance::TokenStore</name>
    <message>
        <source>No system keychain is available (no D-Bus session).</source>
        <translation>Aucun trousseau système n&apos;est disponible (pas de session D-Bus).</translation>
    </message>
    <message>
        <source>The system keychain holds no token for this server.</source>
        <translation>Le trousseau du système ne contient aucun jeton pour ce serveur.</translation>
    </message>
    <message>
        <source>The system keychain denied access (it may be locked).</source>
        <translation>Le trousseau du système a refusé l&apos;accès (il est peut-être verrouillé).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Erreur du trousseau du système : %1</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running).</source>
        <translation>Aucun trousseau système n&apos;est disponible (aucun Secret Service n&apos;est en cours d&apos;exécution).</translation>
    </message>
    <message>
        <source>No system keychain is available (the Secret Service has no default keyring).</source>
        <translation>Aucun trousseau système n&apos;est disponible (le Secret Service n&apos;a pas de trousseau par défaut).</translation>
    </message>
</context>
<context>
    <name>lance::WorkspaceActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the selected leads (or, with none selected, all that match) as CSV</source>
        <translation>Enregistrer les prospects sélectionnés (ou, sans sélection, tous ceux qui correspondent) au format CSV</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connexion…</translation>
    </message>
    <message>
        <source>Use the demo engine or connect to a Lance server</source>
        <translation>Utiliser le moteur de démo ou se connecter à un serveur Lance</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Select &amp;visible leads</source>
        <translation>Sélectionner les prospects &amp;visibles</translation>
    </message>
    <message>
        <source>Select &amp;all that match</source>
        <translation>Sélectionner &amp;tous ceux qui correspondent</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Désélectionner tout</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>Go to &amp;leads</source>
        <translation>Aller aux &amp;prospects</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Lance Desk.</source>
        <translation type="vanished">La nouvelle langue s&apos;appliquera au prochain démarrage de Lance Desk.</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>En&amp;rich</source>
        <translation>En&amp;richir</translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation>&amp;Enrichir…</translation>
    </message>
    <message>
        <source>See the cost, then enrich the selected leads</source>
        <translation>Voir le coût, puis enrichir les prospects sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Cancel pending</source>
        <translation>&amp;Annuler les demandes en attente</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>Find e&amp;mails</source>
        <translation>Trouver les e-&amp;mails</translation>
    </message>
    <message>
        <source>Find &amp;phones</source>
        <translation>Trouver les &amp;téléphones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Lance Desk</source>
        <translation>À &amp;propos de Lance Desk</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Enrichissement</translation>
    </message>
    <message>
        <source>Contact data to find</source>
        <translation>Coordonnées à trouver</translation>
    </message>
    <message>
        <source>What to find for the selected leads (Alt+1, Alt+2)</source>
        <translation>Ce qu&apos;il faut trouver pour les prospects sélectionnés (Alt+1, Alt+2)</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Cancel this session&apos;s pending enrichments and release their credits</source>
        <translation>Annuler les enrichissements en attente de cette session et libérer leurs crédits</translation>
    </message>
    <message>
        <source>This server cannot cancel enrichments</source>
        <translation>Ce serveur ne peut pas annuler les enrichissements</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>Pre&amp;miers pas</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1. Narrow the leads.&lt;/b&gt; Type in the filters on the left (Ctrl+F for free text); each value you pick becomes a chip, removed with its ×.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Pick leads.&lt;/b&gt; Click, Ctrl+click or Shift+click rows, or tick their boxes; Ctrl+A picks what you see, and the banner offers every lead that matches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Choose emails or phones&lt;/b&gt; in the toolbar (Alt+1, Alt+2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Enrich (Ctrl+E).&lt;/b&gt; The estimate shows what is new, what is free because it was enriched already, and the most it can cost. Credits are held, then charged only for contacts found.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Watch the statuses&lt;/b&gt; change in the table and the status bar; you can close Lance Desk meanwhile: the next start picks up where it left off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1. Affinez les prospects.&lt;/b&gt; Tapez dans les filtres à gauche (Ctrl+F pour le texte libre) ; chaque valeur choisie devient une puce, retirée par son ×.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Choisissez des prospects.&lt;/b&gt; Cliquez, Ctrl+cliquez ou Maj+cliquez des lignes, ou cochez leurs cases ; Ctrl+A choisit ce que vous voyez, et le bandeau propose tous les prospects correspondants.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Choisissez e-mails ou téléphones&lt;/b&gt; dans la barre d’outils (Alt+1, Alt+2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Enrichissez (Ctrl+E).&lt;/b&gt; L’estimation montre ce qui est nouveau, ce qui est gratuit car déjà enrichi, et le coût maximal. Les crédits sont réservés, puis facturés seulement pour les contacts trouvés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Suivez les statuts&lt;/b&gt; dans le tableau et la barre d’état ; vous pouvez fermer Lance Desk entre-temps : le prochain démarrage reprend là où il s’était arrêté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Ra&amp;ccourcis clavier</translation>
    </message>
</context>
<context>
    <name>lance::WorkspaceStatusBar</name>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Leads matching</source>
        <translation>Prospects correspondants</translation>
    </message>
    <message>
        <source>Selected leads</source>
        <translation>Prospects sélectionnés</translation>
    </message>
    <message>
        <source>Enrichment progress</source>
        <translation>Progression de l&apos;enrichissement</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Solde de crédits</translation>
    </message>
    <message>
        <source>Credits held</source>
        <translation>Crédits réservés</translation>
    </message>
    <message>
        <source>Held for enrichments in progress: charged only for contacts found, released otherwise.</source>
        <translation>Réservés pour les enrichissements en cours : facturés uniquement pour les coordonnées trouvées, libérés sinon.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Demo data: the embedded engine with generated leads</source>
        <translation>Données de démo : le moteur intégré avec des prospects générés</translation>
    </message>
    <message>
        <source>You are looking at generated demo leads on the built-in engine. No real credits are spent.</source>
        <translation>Vous consultez des prospects de démo générés par le moteur intégré. Aucun crédit réel n&apos;est dépensé.</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Hors ligne — nouvelle tentative dans %n s</numerusform>
            <numerusform>Hors ligne — nouvelle tentative dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Connected to the built-in engine</source>
        <translation>Connecté au moteur intégré</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Balance unavailable</source>
        <translation>Solde indisponible</translation>
    </message>
    <message>
        <source>Credits available to spend</source>
        <translation>Crédits disponibles</translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation>Réservés : %1</translation>
    </message>
    <message>
        <source>Counting leads…</source>
        <translation>Comptage des prospects…</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>Chargement des prospects…</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <source>Enriching %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Trouvés : %1</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>Non trouvés : %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>Échecs : %1</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>Annulés : %1</translation>
    </message>
    <message>
        <source>Could not load leads: %1</source>
        <translation>Impossible de charger les prospects : %1</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Nombre indisponible</translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Hors ligne — reconnexion…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln crédit</numerusform>
            <numerusform>%Ln crédits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln prospect</numerusform>
            <numerusform>%Ln prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 leads</source>
        <comment>more than 2^31: always plural</comment>
        <translation>%L1 prospects</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in engine could not start: %1</source>
        <translation>Le moteur intégré n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Starting the built-in engine…</source>
        <translation>Démarrage du moteur intégré…</translation>
    </message>
    <message>
        <source>Enrich leads with phone numbers and emails through the Lance API.</source>
        <translation>Enrichir des prospects avec des numéros de téléphone et des e-mails via l&apos;API Lance.</translation>
    </message>
    <message>
        <source>Use the built-in engine with demo leads (the default when no server is configured).</source>
        <translation>Utiliser le moteur intégré avec des prospects de démo (par défaut si aucun serveur n&apos;est configuré).</translation>
    </message>
    <message>
        <source>Connect to the Lance server at &lt;url&gt;. The API token comes from the LANCE_TOKEN environment variable when set, else from the system keychain; otherwise it is asked for.</source>
        <translation>Se connecter au serveur Lance à l&apos;adresse &lt;url&gt;. Le jeton d&apos;API provient de la variable d&apos;environnement LANCE_TOKEN si elle est définie, sinon du trousseau du système ; à défaut, il est demandé.</translation>
    </message>
    <message>
        <source>The demo database file to use (default: %1).</source>
        <translation>Le fichier de base de données de démo à utiliser (par défaut : %1).</translation>
    </message>
    <message>
        <source>No API token for %1.</source>
        <translation>Aucun jeton d&apos;API pour %1.</translation>
    </message>
</context>
</TS>
