<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>Add Test Case</source>
        <translation>Ajouter un cas de test</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>What the case checks, e.g. &quot;Partner SSO login&quot;</source>
        <translation>Ce que vérifie le cas, p. ex. « Connexion SSO des partenaires »</translation>
    </message>
    <message>
        <source>Title of the test case</source>
        <translation>Titre du cas de test</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Group the case is listed under</source>
        <translation>Groupe sous lequel le cas est listé</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>Kind of test case</source>
        <translation>Nature du cas de test</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <source>Steps of the test case</source>
        <translation>Étapes du cas de test</translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation>Résultat &amp;attendu :</translation>
    </message>
    <message>
        <source>Expected result of the test case</source>
        <translation>Résultat attendu du cas de test</translation>
    </message>
</context>
<context>
    <name>CleanupPage</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Databases in the old deployment.toml</source>
        <translation>Bases de données de l&apos;ancien deployment.toml</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Test the connection and find the cleanup scripts</source>
        <translation>Tester la connexion et trouver les scripts de nettoyage</translation>
    </message>
    <message>
        <source>Scripts fro&amp;m:</source>
        <translation>Scripts &amp;issus de :</translation>
    </message>
    <message>
        <source>The IS home whose cleanup scripts run</source>
        <translation>Le dossier IS dont les scripts de nettoyage s&apos;exécutent</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Scrip&amp;ts</source>
        <translation>Scrip&amp;ts</translation>
    </message>
    <message>
        <source>Cleanup scripts found; ticked ones run</source>
        <translation>Scripts de nettoyage trouvés ; ceux qui sont cochés s&apos;exécutent</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Knobs of the selected script; edit a value to change it</source>
        <translation>Paramètres du script sélectionné ; modifiez une valeur pour la changer</translation>
    </message>
    <message>
        <source>Knob</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Knob changes and problems</source>
        <translation>Modifications des paramètres et problèmes</translation>
    </message>
    <message>
        <source>The selected script as it will run</source>
        <translation>Le script sélectionné tel qu&apos;il s&apos;exécutera</translation>
    </message>
    <message>
        <source>Before You R&amp;un</source>
        <translation>Avant d&apos;exéc&amp;uter</translation>
    </message>
    <message>
        <source>The procedures delete rows. The wizard cannot bring them back; your backup can. Confirm each point for this database:</source>
        <translation>Les procédures suppriment des lignes. L&apos;assistant ne peut pas les récupérer ; votre sauvegarde le peut. Confirmez chaque point pour cette base de données :</translation>
    </message>
    <message>
        <source>&amp;A backup of this database was taken, and restoring it has been tried</source>
        <translation>&amp;Une sauvegarde de cette base de données a été faite, et sa restauration a été essayée</translation>
    </message>
    <message>
        <source>The server&apos;s built-in token and session cleanup is switched &amp;off</source>
        <translation>Le nettoyage intégré des jetons et des sessions du serveur est &amp;désactivé</translation>
    </message>
    <message>
        <source>What deployment.toml says about the built-in cleanup</source>
        <translation>Ce que deployment.toml indique sur le nettoyage intégré</translation>
    </message>
    <message>
        <source>This is a &amp;low-traffic window, and the people on call know the cleanup runs</source>
        <translation>Il s&apos;agit d&apos;une p&amp;lage à faible trafic, et les personnes d&apos;astreinte savent que le nettoyage s&apos;exécute</translation>
    </message>
    <message>
        <source>&amp;Skip the cleanup in this environment</source>
        <translation>Passer le &amp;nettoyage dans cet environnement</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <source>Why this environment goes ahead without the cleanup (recorded)</source>
        <translation>Pourquoi cet environnement continue sans le nettoyage (enregistré)</translation>
    </message>
    <message>
        <source>Reason for skipping the cleanup</source>
        <translation>Motif pour passer le nettoyage</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>Simulati&amp;on</translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation>Compte&amp;r les lignes (simulation)</translation>
    </message>
    <message>
        <source>Count the rows the ticked scripts would remove, changing nothing</source>
        <translation>Compter les lignes que les scripts cochés supprimeraient, sans rien modifier</translation>
    </message>
    <message>
        <source>Dry run state</source>
        <translation>État de la simulation</translation>
    </message>
    <message>
        <source>Rows per table and how many the scripts would remove</source>
        <translation>Lignes par table et nombre de lignes que les scripts supprimeraient</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>Seraient supprimées</translation>
    </message>
    <message>
        <source>Would be left</source>
        <translation>Resteraient</translation>
    </message>
    <message>
        <source>What is still missing before the cleanup can run</source>
        <translation>Ce qui manque encore avant que le nettoyage puisse s&apos;exécuter</translation>
    </message>
</context>
<context>
    <name>CleanupRunPage</name>
    <message>
        <source>What runs, where</source>
        <translation>Ce qui s&apos;exécute, et où</translation>
    </message>
    <message>
        <source>Cleanup progress</source>
        <translation>Progression du nettoyage</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation>Annuler &amp;le nettoyage</translation>
    </message>
    <message>
        <source>Stop the running procedure on the server</source>
        <translation>Arrêter la procédure en cours sur le serveur</translation>
    </message>
    <message>
        <source>The procedure&apos;s progress messages</source>
        <translation>Les messages de progression de la procédure</translation>
    </message>
    <message>
        <source>Counts before and after each script</source>
        <translation>Nombres de lignes avant et après chaque script</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Lignes avant</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Lignes après</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Lignes/s</translation>
    </message>
    <message>
        <source>How the cleanup ended</source>
        <translation>Comment le nettoyage s&apos;est terminé</translation>
    </message>
    <message>
        <source>&amp;Prepare Another Run</source>
        <translation>Préparer une a&amp;utre exécution</translation>
    </message>
    <message>
        <source>Go back to the cleanup page to prepare another run</source>
        <translation>Revenir à la page de nettoyage pour préparer une autre exécution</translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Co&amp;mparer :</translation>
    </message>
    <message>
        <source>Files to compare</source>
        <translation>Fichiers à comparer</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>&amp;Unifié</translation>
    </message>
    <message>
        <source>Show both files in one pane, removed lines above added ones</source>
        <translation>Afficher les deux fichiers dans un seul volet, les lignes supprimées au-dessus des lignes ajoutées</translation>
    </message>
    <message>
        <source>Unified view</source>
        <translation>Vue unifiée</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Précé&amp;dent</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Position among the changes</source>
        <translation>Position parmi les modifications</translation>
    </message>
    <message>
        <source>Show s&amp;ecrets</source>
        <translation>Afficher les s&amp;ecrets</translation>
    </message>
    <message>
        <source>Show passwords and other secret values on screen. Off again when you leave the page; never saved.</source>
        <translation>Afficher à l&apos;écran les mots de passe et autres valeurs secrètes. Désactivé dès que vous quittez la page ; jamais enregistré.</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>Afficher les valeurs secrètes</translation>
    </message>
    <message>
        <source>Edi&amp;t Result</source>
        <translation>Éditer &amp;le résultat</translation>
    </message>
    <message>
        <source>Edit the migrated deployment.toml by hand; it is checked again as you type</source>
        <translation>Modifier à la main le deployment.toml migré ; il est vérifié à nouveau pendant la saisie</translation>
    </message>
    <message>
        <source>Edit the migrated result</source>
        <translation>Modifier le résultat migré</translation>
    </message>
    <message>
        <source>Comparison of the configuration files</source>
        <translation>Comparaison des fichiers de configuration</translation>
    </message>
    <message>
        <source>Check of the edited result</source>
        <translation>Vérification du résultat modifié</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Go back to the result the proposed changes give</source>
        <translation>Revenir au résultat que donnent les modifications proposées</translation>
    </message>
    <message>
        <source>Discard the manual edits</source>
        <translation>Abandonner les modifications manuelles</translation>
    </message>
    <message>
        <source>Migrated deployment.toml, editable</source>
        <translation>deployment.toml migré, modifiable</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre :</translation>
    </message>
    <message>
        <source>Which items the list shows</source>
        <translation>Éléments affichés par la liste</translation>
    </message>
    <message>
        <source>Counts of changes and findings</source>
        <translation>Nombres de modifications et de constats</translation>
    </message>
    <message>
        <source>Proposed changes and findings</source>
        <translation>Modifications proposées et constats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <source>Details and remediation of the selected item</source>
        <translation>Détails et correction de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation>Appliquer cette modification au fichier migré</translation>
    </message>
    <message>
        <source>Accept the selected change</source>
        <translation>Accepter la modification sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation>Ne pas reprendre cette modification dans le fichier migré</translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation>Rejeter la modification sélectionnée</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead</source>
        <translation>Pourquoi il est sûr de continuer</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead, e.g. &quot;keystore converted to PKCS12 in the new home&quot;; at least 8 characters</source>
        <translation>Pourquoi il est sûr de continuer, p. ex. &quot;keystore converti en PKCS12 dans le nouveau dossier IS&quot; ; au moins 8 caractères</translation>
    </message>
    <message>
        <source>Reason for acknowledging the blocker</source>
        <translation>Motif d&apos;acceptation du bloquant</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Accepter le bl&amp;oquant</translation>
    </message>
    <message>
        <source>Record that you go ahead knowingly, with your reason, in the project journal</source>
        <translation>Enregistrer dans le registre du projet que vous continuez en connaissance de cause, avec votre motif</translation>
    </message>
    <message>
        <source>Acknowledge the selected blocker</source>
        <translation>Accepter le bloquant sélectionné</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <source>&amp;Write to New Home…</source>
        <translation>Écrire dans le &amp;nouveau dossier IS…</translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation>Écrire le deployment.toml migré dans le nouveau dossier IS, en conservant une sauvegarde horodatée du fichier qu&apos;il remplace</translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new IS home</source>
        <translation>Écrire la configuration migrée dans le nouveau dossier IS</translation>
    </message>
</context>
<context>
    <name>Ismw::AddCaseDialog</name>
    <message>
        <source>Functional</source>
        <translation>Fonctionnel</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Non fonctionnel</translation>
    </message>
</context>
<context>
    <name>Ismw::BuiltInCleanup</name>
    <message>
        <source>%1 is true (line %2)</source>
        <translation>%1 vaut true (ligne %2)</translation>
    </message>
    <message>
        <source>%1 is not set, so it is on</source>
        <translation>%1 n&apos;est pas défini, il est donc activé</translation>
    </message>
    <message>
        <source>deployment.toml switches the built-in token and session cleanup off.</source>
        <translation>deployment.toml désactive le nettoyage intégré des jetons et des sessions.</translation>
    </message>
    <message>
        <source>deployment.toml leaves the built-in cleanup on: %1. Set these to false on the running servers and restart them before the procedures run.</source>
        <translation>deployment.toml laisse le nettoyage intégré activé : %1. Mettez ces valeurs à false sur les serveurs en service et redémarrez-les avant l&apos;exécution des procédures.</translation>
    </message>
</context>
<context>
    <name>Ismw::CheckCommand</name>
    <message>
        <source>Prerequisites of a migration: homes, path, disk and memory, Java, customizations to carry over.</source>
        <translation>Prérequis d&apos;une migration : dossiers IS, chemin, disque et mémoire, Java, personnalisations à reprendre.</translation>
    </message>
    <message>
        <source>The IS home migrated from.</source>
        <translation>Le dossier IS depuis lequel on migre.</translation>
    </message>
    <message>
        <source>The IS home of the newer release, freshly unpacked.</source>
        <translation>Le dossier IS de la nouvelle version, fraîchement décompressé.</translation>
    </message>
    <message>
        <source>two IS homes needed, the old one and the new one; got %1.</source>
        <translation>deux dossiers IS sont nécessaires, l&apos;ancien et le nouveau ; reçu : %1.</translation>
    </message>
    <message>
        <source>%1 (IS %2)</source>
        <translation>%1 (IS %2)</translation>
    </message>
    <message>
        <source>Prerequisites: %1 → %2</source>
        <translation>Prérequis : %1 → %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation>impossible d&apos;écrire le rapport.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the CSV file to import.</source>
        <translation>%1 n&apos;existe pas. Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation>%1 est un dossier. Choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a checklist. Check that it is the right file, or split it.</source>
        <translation>%1 dépasse %2 MB, c&apos;est trop volumineux pour une liste de vérification. Vérifiez qu&apos;il s&apos;agit du bon fichier, ou découpez-le.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 holds binary data (line %2), so it is not a CSV file. Save the checklist as CSV text (UTF-8).</source>
        <translation>%1 contient des données binaires (ligne %2), ce n&apos;est donc pas un fichier CSV. Enregistrez la liste de vérification en texte CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it again as CSV with the UTF-8 encoding.</source>
        <translation>%1 n&apos;est pas du texte UTF-8 (ligne %2). Enregistrez-le à nouveau en CSV avec l&apos;encodage UTF-8.</translation>
    </message>
    <message>
        <source>%1 is empty. A checklist file needs a header row (at least a “title” column) and one row per test case.</source>
        <translation>%1 est vide. Un fichier de liste de vérification a besoin d&apos;une ligne d&apos;en-tête (au moins une colonne « title ») et d&apos;une ligne par cas de test.</translation>
    </message>
    <message>
        <source>the column “%1” appears twice; the first one is read.</source>
        <translation>la colonne « %1 » apparaît deux fois ; la première est lue.</translation>
    </message>
    <message>
        <source>%1, line %2: the header row has no “title” column. The first row must name the columns: title (required), group, kind, steps, expected, id.</source>
        <translation>%1, ligne %2 : la ligne d&apos;en-tête n&apos;a pas de colonne « title ». La première ligne doit nommer les colonnes : title (obligatoire), group, kind, steps, expected, id.</translation>
    </message>
    <message numerus="yes">
        <source>the column(s) %1 are not known and were ignored; the columns read are title, group, kind, steps, expected and id.</source>
        <translation>
            <numerusform>la colonne %1 est inconnue et a été ignorée ; les colonnes lues sont title, group, kind, steps, expected et id.</numerusform>
            <numerusform>les colonnes %1 sont inconnues et ont été ignorées ; les colonnes lues sont title, group, kind, steps, expected et id.</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file; the row is skipped. Add the missing &apos;&quot;&apos;.</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier ; la ligne est ignorée. Ajoutez le &apos;&quot;&apos; manquant.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the row is skipped. Check the separators and quotes.</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2 ; la ligne est ignorée. Vérifiez les séparateurs et les guillemets.</translation>
    </message>
    <message>
        <source>the row has no title; it is skipped.</source>
        <translation>la ligne n&apos;a pas de titre ; elle est ignorée.</translation>
    </message>
    <message>
        <source>the kind “%1” is neither functional nor non-functional; the row is skipped.</source>
        <translation>la nature « %1 » n&apos;est ni functional ni non-functional ; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>the same test case as line %1 (same id, or same title and group); the row is skipped.</source>
        <translation>même cas de test qu&apos;à la ligne %1 (même id, ou même titre et même groupe) ; la ligne est ignorée.</translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistModel</name>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Étapes : %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Résultat attendu : %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>Column header: when the test case&apos;s result was last changed.</extracomment>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>○ Not run</source>
        <translation>○ Non exécuté</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Réussi</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Échoué</translation>
    </message>
    <message>
        <source>⛔ Blocked</source>
        <translation>⛔ Bloqué</translation>
    </message>
    <message>
        <source>— Not applicable</source>
        <translation>— Non applicable</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Non fonctionnel</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fonctionnel</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n passed</source>
        <translation>
            <numerusform>%1 sur %n réussi</numerusform>
            <numerusform>%1 sur %n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échoué</numerusform>
            <numerusform>%n échoués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqué</numerusform>
            <numerusform>%n bloqués</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1 : %2 → %3.</translation>
    </message>
    <message>
        <source>%1: notes removed.</source>
        <translation>%1 : notes supprimées.</translation>
    </message>
    <message>
        <source>%1: notes changed. Notes: %2</source>
        <translation>%1 : notes modifiées. Notes : %2</translation>
    </message>
    <message>
        <source>%1: evidence %2 attached (SHA-256 %3, %4 bytes).</source>
        <translation>%1 : preuve %2 jointe (SHA-256 %3, %4 octets).</translation>
    </message>
    <message>
        <source>%1: evidence %2 (SHA-256 %3) removed.</source>
        <translation>%1 : preuve %2 (SHA-256 %3) supprimée.</translation>
    </message>
    <message>
        <source>%1 added to the group “%2” (%3).</source>
        <translation>%1 ajouté au groupe « %2 » (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) added (%1); %2 already in the checklist or not valid.</source>
        <translation>
            <numerusform>%n cas de test ajouté (%1) ; %2 déjà dans la liste de vérification ou non valides.</numerusform>
            <numerusform>%n cas de test ajoutés (%1) ; %2 déjà dans la liste de vérification ou non valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed; its status was %2.</source>
        <translation>%1 supprimé ; son statut était %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) carried over from %1 (run %2, started %3 by %4); they start again as not run.</source>
        <translation>
            <numerusform>%n cas de test repris de %1 (exécution %2, démarrée le %3 par %4) ; il repart comme non exécuté.</numerusform>
            <numerusform>%n cas de test repris de %1 (exécution %2, démarrée le %3 par %4) ; ils repartent comme non exécutés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistTemplates</name>
    <message>
        <source>Unknown key “%1”.</source>
        <translation>Clé inconnue « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>« %1 » est manquant.</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>« %1 » doit être une chaîne.</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>« %1 » ne doit pas être vide.</translation>
    </message>
    <message>
        <source>“format” is missing.</source>
        <translation>« format » est manquant.</translation>
    </message>
    <message>
        <source>Unknown checklist format; this program reads format 1.</source>
        <translation>Format de liste de vérification inconnu ; ce programme lit le format 1.</translation>
    </message>
    <message>
        <source>The file has no [[case]] tables.</source>
        <translation>Le fichier n&apos;a pas de tables [[case]].</translation>
    </message>
    <message>
        <source>Cases are written as [[case]] tables.</source>
        <translation>Les cas s&apos;écrivent sous forme de tables [[case]].</translation>
    </message>
    <message>
        <source>A case must be a table.</source>
        <translation>Un cas doit être une table.</translation>
    </message>
    <message>
        <source>“%1” is not an id: use lower-case words and digits joined by &apos;.&apos; or &apos;-&apos;.</source>
        <translation>« %1 » n&apos;est pas un id : utilisez des mots en minuscules et des chiffres reliés par &apos;.&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The id is already used on line %1.</source>
        <translation>L&apos;id est déjà utilisé à la ligne %1.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use functional or non-functional.</source>
        <translation>Nature inconnue « %1 » : utilisez functional ou non-functional.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1, case “%2”</source>
        <translation>%1, cas « %2 »</translation>
    </message>
    <message>
        <source>The templates are part of the program: please report this as a bug.</source>
        <translation>Les modèles font partie du programme : veuillez signaler ceci comme un bogue.</translation>
    </message>
    <message>
        <source>Correct the file; the format is described in resources/checklists/README.md.</source>
        <translation>Corrigez le fichier ; le format est décrit dans resources/checklists/README.md.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>The file is not valid TOML (%1).</source>
        <translation>Le fichier n&apos;est pas du TOML valide (%1).</translation>
    </message>
    <message>
        <source>Own cases</source>
        <translation>Cas propres</translation>
    </message>
    <message>
        <source>Use the feature that relies on this component on the migrated server, as its users would.</source>
        <translation>Utilisez sur le serveur migré la fonctionnalité qui s&apos;appuie sur ce composant, comme le feraient ses utilisateurs.</translation>
    </message>
    <message>
        <source>What the prerequisite check found: %1</source>
        <translation>Ce que la vérification des prérequis a trouvé : %1</translation>
    </message>
    <message>
        <source>Custom components</source>
        <translation>Composants personnalisés</translation>
    </message>
    <message>
        <source>Custom component works after the migration: %1</source>
        <translation>Le composant personnalisé fonctionne après la migration : %1</translation>
    </message>
    <message>
        <source>It works as it did on the old server, and the server log shows no errors from it.</source>
        <translation>Il fonctionne comme sur l&apos;ancien serveur, et le journal du serveur ne montre aucune erreur venant de lui.</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupCommand</name>
    <message>
        <source>Runs the token and session cleanup procedures on a database, or counts what they would remove.</source>
        <translation>Exécute les procédures de nettoyage des jetons et des sessions sur une base de données, ou compte ce qu&apos;elles supprimeraient.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing was (or would be) removed; 1 rows were (or would be) removed; 2 bad input, or a script the server refused; 3 the database cannot be reached or failed; 130 cancelled by Ctrl+C (SIGINT), 143 cancelled by SIGTERM. A cancel stops the procedure on the server: batches already committed stay removed, the batch in flight is rolled back, scripts not yet started do not run, and the output says which.</source>
        <translation>Codes de sortie : 0 rien n&apos;a été (ou ne serait) supprimé ; 1 des lignes ont été (ou seraient) supprimées ; 2 entrée incorrecte, ou script refusé par le serveur ; 3 la base de données est injoignable ou en échec ; 130 annulé par Ctrl+C (SIGINT), 143 annulé par SIGTERM. Une annulation arrête la procédure sur le serveur : les lots déjà validés restent supprimés, le lot en cours est annulé (rollback), les scripts pas encore démarrés ne s&apos;exécutent pas, et la sortie indique lesquels.</translation>
    </message>
    <message>
        <source>The deployment.toml that names the database.</source>
        <translation>Le deployment.toml qui nomme la base de données.</translation>
    </message>
    <message>
        <source>The database entry, e.g. identity_db.</source>
        <translation>L&apos;entrée de la base de données, p. ex. identity_db.</translation>
    </message>
    <message>
        <source>An IS home, or its dbscripts/identity/stored-procedures folder.</source>
        <translation>Un dossier IS, ou son dossier dbscripts/identity/stored-procedures.</translation>
    </message>
    <message>
        <source>Only the token or only the session cleanup.</source>
        <translation>Uniquement le nettoyage des jetons ou uniquement celui des sessions.</translation>
    </message>
    <message>
        <source>Count what would be removed; change nothing.</source>
        <translation>Compter ce qui serait supprimé ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Install and call the procedures: rows are deleted.</source>
        <translation>Installer et appeler les procédures : des lignes sont supprimées.</translation>
    </message>
    <message>
        <source>Read the database password from the first line of stdin.</source>
        <translation>Lire le mot de passe de la base de données sur la première ligne de stdin.</translation>
    </message>
    <message>
        <source>Set a knob of the scripts before they run, e.g. batchSize=5000.</source>
        <translation>Définir un paramètre des scripts avant leur exécution, p. ex. batchSize=5000.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>argument inattendu %1.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>give exactly one of --dry-run and --execute.</source>
        <translation>indiquez exactement une option parmi --dry-run et --execute.</translation>
    </message>
    <message>
        <source>--only takes token or session, not %1.</source>
        <translation>--only accepte token ou session, pas %1.</translation>
    </message>
    <message>
        <source>--set takes KNOB=VALUE, not %1.</source>
        <translation>--set attend PARAMÈTRE=VALEUR, pas %1.</translation>
    </message>
    <message>
        <source>%1 has no database %2.</source>
        <translation>%1 n&apos;a pas de base de données %2.</translation>
    </message>
    <message>
        <source>%1 is not a database the cleanup procedures exist for (%2).</source>
        <translation>%1 n&apos;est pas une base de données pour laquelle les procédures de nettoyage existent (%2).</translation>
    </message>
    <message>
        <source>cannot read stdin.</source>
        <translation>impossible de lire stdin.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation>Indiquez le mot de passe avec --password-stdin.</translation>
    </message>
    <message>
        <source>Could not ask %1 for its version: %2</source>
        <translation>Impossible de demander sa version à %1 : %2</translation>
    </message>
    <message>
        <source>Connected to %1: %2 %3</source>
        <translation>Connecté à %1 : %2 %3</translation>
    </message>
    <message>
        <source>Scripts for %1 %2 from %3</source>
        <translation>Scripts pour %1 %2 depuis %3</translation>
    </message>
    <message>
        <source>Skipped %1: for another server version</source>
        <translation>%1 ignoré : prévu pour une autre version du serveur</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>no token or session cleanup script for %1 below %2.</source>
        <translation>aucun script de nettoyage des jetons ou des sessions pour %1 sous %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 %2 on %3 …</source>
        <extracomment>%1 is &quot;Counting for&quot; (dry run) or &quot;Running&quot;, %2 the script, %3 the database.</extracomment>
        <translation>%1 %2 sur %3 …</translation>
    </message>
    <message>
        <source>Counting for</source>
        <translation>Comptage pour</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Exécution de</translation>
    </message>
    <message>
        <source>Cancelling: asking the server to stop %1; batches already committed stay done …</source>
        <translation>Annulation : le serveur est prié d&apos;arrêter %1 ; les lots déjà validés restent appliqués …</translation>
    </message>
    <message>
        <source>Still cancelling, please wait: the server rolls back the batch in flight.</source>
        <translation>Annulation toujours en cours, veuillez patienter : le serveur annule le lot en cours (rollback).</translation>
    </message>
    <message>
        <source>  %1 of %2 rows would be removed</source>
        <translation>  %1 lignes sur %2 seraient supprimées</translation>
    </message>
    <message>
        <source>  %1 rows removed in %2 ms (%3 rows/s)</source>
        <translation>  %1 lignes supprimées en %2 ms (%3 lignes/s)</translation>
    </message>
    <message>
        <source>  rows before %1, after %2</source>
        <translation>  lignes avant %1, après %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>Cancelled by %1: what was removed before the cancel is listed above; scripts marked “not run” were not started.</source>
        <translation>Annulé par %1 : ce qui a été supprimé avant l&apos;annulation est indiqué ci-dessus ; les scripts marqués « non exécuté » n&apos;ont pas été démarrés.</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupPage</name>
    <message>
        <source>Database Cleanup</source>
        <translation>Nettoyage de la base de données</translation>
    </message>
    <message>
        <source>Remove expired tokens and sessions from the old database before it is migrated, with the procedures the IS home ships. Count first; the run itself cannot be undone here.</source>
        <translation>Supprimez les jetons et sessions expirés de l&apos;ancienne base de données avant sa migration, avec les procédures fournies dans le dossier IS. Comptez d&apos;abord ; l&apos;exécution elle-même ne peut pas être annulée ici.</translation>
    </message>
    <message>
        <source>Test the connection to see the scripts for that database&apos;s version.</source>
        <translation>Testez la connexion pour voir les scripts correspondant à la version de cette base de données.</translation>
    </message>
    <message>
        <source>&lt;p&gt;WSO2 advises removing expired and inactive tokens and old sessions before a migration: the migration then moves less data and takes less time. The IS home ships stored procedures for that in &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Pick the database (usually &lt;i&gt;identity_db&lt;/i&gt;) and &lt;b&gt;Test Connection&lt;/b&gt;. A password the configuration does not hold in plain text (secure vault, unset environment variable) is asked for here; it is used for this session only and never saved. The test reads the server&apos;s version and picks the script folders made for it.&lt;/p&gt;&lt;p&gt;Under &lt;b&gt;Scripts&lt;/b&gt;, tick the scripts to run. Their knobs (batch size, safe period, backup tables, …) can be changed in the table; the changed text is what runs and what is hashed into the project record. Under &lt;b&gt;Before You Run&lt;/b&gt;, confirm the backup, the built-in cleanup switched off and the low-traffic window. The &lt;b&gt;Dry Run&lt;/b&gt; counts, per table, the rows the scripts would remove, without changing anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run Cleanup&lt;/b&gt; asks once more and then runs the procedures on the next page, where you see their progress messages and can cancel. After that there is no way back to this page for that run. To go on without the cleanup, tick &lt;b&gt;Skip&lt;/b&gt; and say why; it is journaled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;WSO2 recommande de supprimer les jetons expirés et inactifs ainsi que les anciennes sessions avant une migration : la migration déplace alors moins de données et prend moins de temps. Le dossier IS fournit pour cela des procédures stockées dans &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Choisissez la base de données (généralement &lt;i&gt;identity_db&lt;/i&gt;) et cliquez sur &lt;b&gt;Tester la connexion&lt;/b&gt;. Un mot de passe que la configuration ne contient pas en clair (coffre de secrets, variable d&apos;environnement non définie) est demandé ici ; il n&apos;est utilisé que pour cette session et n&apos;est jamais enregistré. Le test lit la version du serveur et choisit les dossiers de scripts prévus pour elle.&lt;/p&gt;&lt;p&gt;Sous &lt;b&gt;Scripts&lt;/b&gt;, cochez les scripts à exécuter. Leurs paramètres (taille de lot, période de sécurité, tables de sauvegarde, …) peuvent être modifiés dans le tableau ; le texte modifié est celui qui s&apos;exécute et dont l&apos;empreinte est enregistrée dans le projet. Sous &lt;b&gt;Avant d&apos;exécuter&lt;/b&gt;, confirmez la sauvegarde, la désactivation du nettoyage intégré et la plage à faible trafic. La &lt;b&gt;Simulation&lt;/b&gt; compte, par table, les lignes que les scripts supprimeraient, sans rien modifier.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exécuter le nettoyage&lt;/b&gt; demande une dernière confirmation puis exécute les procédures sur la page suivante, où vous voyez leurs messages de progression et pouvez annuler. Ensuite, il n&apos;est plus possible de revenir à cette page pour cette exécution. Pour continuer sans le nettoyage, cochez &lt;b&gt;Passer&lt;/b&gt; et indiquez pourquoi ; c&apos;est consigné dans le registre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation>Ancien dossier IS (%1)</translation>
    </message>
    <message>
        <source>New home (%1)</source>
        <translation>Nouveau dossier IS (%1)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>asked for</source>
        <extracomment>The Password column: where a database&apos;s password comes from.</extracomment>
        <translation>demandé</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>lu dans le fichier</translation>
    </message>
    <message>
        <source>nothing to clean</source>
        <translation>rien à nettoyer</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source>Needed: the password is %1</source>
        <extracomment>%1 is where the password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
        <translation>Nécessaire : le mot de passe est %1</translation>
    </message>
    <message>
        <source>Not needed: the password is %1</source>
        <translation>Pas nécessaire : le mot de passe est %1</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>✖ %1 cannot be reached from here: %2</source>
        <translation>✖ %1 est injoignable depuis cette machine : %2</translation>
    </message>
    <message>
        <source>No database is chosen.</source>
        <translation>Aucune base de données n&apos;est choisie.</translation>
    </message>
    <message>
        <source>Enter the password of %1 (%2).</source>
        <translation>Saisissez le mot de passe de %1 (%2).</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Connexion à %1 …</translation>
    </message>
    <message>
        <source>testing …</source>
        <translation>test en cours …</translation>
    </message>
    <message>
        <source>version unknown (%1)</source>
        <translation>version inconnue (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>✔ Connected to %1: %2.</source>
        <translation>✔ Connecté à %1 : %2.</translation>
    </message>
    <message>
        <source>Scripts for this server version: %1/%2.</source>
        <translation>Scripts pour cette version du serveur : %1/%2.</translation>
    </message>
    <message>
        <source>The wizard runs the token and session cleanups of MySQL, MariaDB and PostgreSQL 11 or later. Run this one with the database&apos;s own client if you need it.</source>
        <translation>L&apos;assistant exécute les nettoyages des jetons et des sessions de MySQL, MariaDB et PostgreSQL 11 ou ultérieur. Exécutez celui-ci avec le client propre à la base de données si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Restore script: %1</source>
        <translation>Script de restauration : %1</translation>
    </message>
    <message>
        <source>✖ No cleanup scripts for %1 below %2.</source>
        <translation>✖ Aucun script de nettoyage pour %1 sous %2.</translation>
    </message>
    <message>
        <source>(set again later in the script) %1</source>
        <translation>(redéfini plus loin dans le script) %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>Changed from the script&apos;s own value</source>
        <translation>Modifié par rapport à la valeur propre du script</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n knob(s) changed. The changed script is what the dry run counts and what runs.</source>
        <translation>
            <numerusform>%n paramètre modifié. Le script modifié est celui que la simulation compte et celui qui s&apos;exécute.</numerusform>
            <numerusform>%n paramètres modifiés. Le script modifié est celui que la simulation compte et celui qui s&apos;exécute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the count …</source>
        <translation>Arrêt du comptage …</translation>
    </message>
    <message>
        <source>Counting for %1 …</source>
        <translation>Comptage pour %1 …</translation>
    </message>
    <message>
        <source>The dry run of %1 did not complete.</source>
        <translation>La simulation de %1 n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation>(instruction à la ligne %1 du script)</translation>
    </message>
    <message>
        <source>%1 (knobs changed since)</source>
        <translation>%1 (paramètres modifiés depuis)</translation>
    </message>
    <message>
        <source>✔ Rows the ticked scripts would remove: %1.</source>
        <translation>✔ Lignes que les scripts cochés supprimeraient : %1.</translation>
    </message>
    <message>
        <source>Choose the old IS home on the Prerequisites page first.</source>
        <translation>Choisissez d&apos;abord l&apos;ancien dossier IS sur la page Prérequis.</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lecture de %1 …</translation>
    </message>
    <message>
        <source>Say why the cleanup is skipped (at least %1 characters).</source>
        <translation>Indiquez pourquoi le nettoyage est passé (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>Choose a database the cleanup procedures exist for, or skip the cleanup.</source>
        <translation>Choisissez une base de données pour laquelle les procédures de nettoyage existent, ou passez le nettoyage.</translation>
    </message>
    <message>
        <source>Testing the connection …</source>
        <translation>Test de la connexion …</translation>
    </message>
    <message>
        <source>Test the connection to %1.</source>
        <translation>Testez la connexion à %1.</translation>
    </message>
    <message>
        <source>No cleanup scripts to run: choose the other IS home, or skip the cleanup.</source>
        <translation>Aucun script de nettoyage à exécuter : choisissez l&apos;autre dossier IS, ou passez le nettoyage.</translation>
    </message>
    <message>
        <source>Tick at least one script to run.</source>
        <translation>Cochez au moins un script à exécuter.</translation>
    </message>
    <message>
        <source>Correct the knob values of %1.</source>
        <translation>Corrigez les valeurs des paramètres de %1.</translation>
    </message>
    <message>
        <source>Counting …</source>
        <translation>Comptage …</translation>
    </message>
    <message>
        <source>Make a dry run of the ticked scripts as they are now (Dry Run tab).</source>
        <translation>Faites une simulation des scripts cochés dans leur état actuel (onglet Simulation).</translation>
    </message>
    <message>
        <source>Confirm each point under Before You Run.</source>
        <translation>Confirmez chaque point sous Avant d&apos;exécuter.</translation>
    </message>
    <message>
        <source>Stop Countin&amp;g</source>
        <translation>Arrêter le compta&amp;ge</translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation>Compte&amp;r les lignes (simulation)</translation>
    </message>
    <message>
        <source>ℹ No database of %1 can be cleaned: %2</source>
        <translation>ℹ Aucune base de données de %1 ne peut être nettoyée : %2</translation>
    </message>
    <message>
        <source>The cleanup is skipped; the reason goes into the project journal.</source>
        <translation>Le nettoyage est passé ; le motif est consigné dans le registre du projet.</translation>
    </message>
    <message>
        <source>✔ Ready. Run Cleanup asks once more, then runs the ticked scripts on %1.</source>
        <translation>✔ Prêt. Exécuter le nettoyage demande une dernière confirmation, puis exécute les scripts cochés sur %1.</translation>
    </message>
    <message>
        <source>Run Cleanup</source>
        <translation>Exécuter le nettoyage</translation>
    </message>
    <message>
        <source>• %1 (procedure %2): rows to remove by the dry run: %3</source>
        <translation>• %1 (procédure %2) : lignes à supprimer selon la simulation : %3</translation>
    </message>
    <message numerus="yes">
        <source>Run %n cleanup script(s) on %1 (%2)?</source>
        <translation>
            <numerusform>Exécuter %n script de nettoyage sur %1 (%2) ?</numerusform>
            <numerusform>Exécuter %n scripts de nettoyage sur %1 (%2) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows the procedures delete cannot be brought back by the wizard; your backup (and the scripts&apos; own backup tables, where their backupTables knob is on) can. You can cancel while they run.</source>
        <translation>Les lignes supprimées par les procédures ne peuvent pas être récupérées par l&apos;assistant ; votre sauvegarde le peut (ainsi que les tables de sauvegarde des scripts, lorsque leur paramètre backupTables est activé). Vous pouvez annuler pendant leur exécution.</translation>
    </message>
    <message>
        <source>S&amp;kip Cleanup</source>
        <translation>Passer &amp;le nettoyage</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunPage</name>
    <message>
        <source>✔ completed</source>
        <translation>✔ terminé</translation>
    </message>
    <message>
        <source>⚠ cancelled</source>
        <translation>⚠ annulé</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ échec</translation>
    </message>
    <message>
        <source>Running the Cleanup</source>
        <translation>Exécution du nettoyage</translation>
    </message>
    <message>
        <source>The procedures run on the database server. Their own progress messages appear as they come; Cancel stops them on the server.</source>
        <translation>Les procédures s&apos;exécutent sur le serveur de base de données. Leurs propres messages de progression s&apos;affichent au fur et à mesure ; Annuler les arrête sur le serveur.</translation>
    </message>
    <message>
        <source>The procedure&apos;s messages appear here.</source>
        <translation>Les messages de la procédure s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The scripts you committed to run one after the other, each in a connection of its own. The messages are the procedure&apos;s own (PostgreSQL notices, MySQL and MariaDB result rows), shown as the server sends them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cancel Cleanup&lt;/b&gt; asks the server to stop the procedure (pg_cancel_backend, KILL QUERY). The batch in progress is rolled back by the server; batches it had committed stay removed. The wizard then counts the tables again and tells you what was and was not done. A script that fails or is cancelled stops the scripts after it.&lt;/p&gt;&lt;p&gt;Every script&apos;s result goes into the project: database, server version, the SHA-256 of the text that ran, the knob values, counts before and after, duration and messages. The durations estimate how long the cleanup will take in production.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les scripts que vous avez validés s&apos;exécutent l&apos;un après l&apos;autre, chacun dans sa propre connexion. Les messages sont ceux de la procédure elle-même (notices PostgreSQL, lignes de résultat MySQL et MariaDB), affichés tels que le serveur les envoie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Annuler le nettoyage&lt;/b&gt; demande au serveur d&apos;arrêter la procédure (pg_cancel_backend, KILL QUERY). Le lot en cours est annulé (rollback) par le serveur ; les lots qu&apos;il avait déjà validés restent supprimés. L&apos;assistant compte ensuite à nouveau les tables et vous indique ce qui a été fait et ce qui ne l&apos;a pas été. Un script qui échoue ou qui est annulé arrête les scripts suivants.&lt;/p&gt;&lt;p&gt;Le résultat de chaque script est enregistré dans le projet : base de données, version du serveur, SHA-256 du texte exécuté, valeurs des paramètres, nombres de lignes avant et après, durée et messages. Les durées permettent d&apos;estimer combien de temps prendra le nettoyage en production.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A cleanup procedure is running on %1. Cancel it first and wait until it has stopped.</source>
        <translation>Une procédure de nettoyage est en cours sur %1. Annulez-la d&apos;abord et attendez qu&apos;elle soit arrêtée.</translation>
    </message>
    <message>
        <source>Nothing to run: no cleanup was committed to.</source>
        <translation>Rien à exécuter : aucun nettoyage n&apos;a été validé.</translation>
    </message>
    <message>
        <source>On %1 (%2): %3</source>
        <translation>Sur %1 (%2) : %3</translation>
    </message>
    <message>
        <source>── %1 (%2 of %3) ──</source>
        <translation>── %1 (%2 sur %3) ──</translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation>Annuler &amp;le nettoyage</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Annulation …</translation>
    </message>
    <message>
        <source>Cancel requested: the server stops the procedure; then the tables are counted again.</source>
        <translation>Annulation demandée : le serveur arrête la procédure ; les tables sont ensuite comptées à nouveau.</translation>
    </message>
    <message>
        <source>✔ The cleanup completed: %1 rows removed in %2. Recorded in the project.</source>
        <translation>✔ Le nettoyage est terminé : %1 lignes supprimées en %2. Enregistré dans le projet.</translation>
    </message>
    <message>
        <source>⚠ Cancelled. %1 rows were removed before the cancel; the database is as the server left it after rolling back the batch in progress. Recorded in the project.</source>
        <translation>⚠ Annulé. %1 lignes ont été supprimées avant l&apos;annulation ; la base de données est dans l&apos;état où le serveur l&apos;a laissée après avoir annulé le lot en cours. Enregistré dans le projet.</translation>
    </message>
    <message>
        <source>✖ %1 failed: %2</source>
        <translation>✖ %1 a échoué : %2</translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation>(instruction à la ligne %1 du script)</translation>
    </message>
    <message>
        <source>Batches committed before the failure stay removed. Recorded in the project.</source>
        <translation>Les lots validés avant l&apos;échec restent supprimés. Enregistré dans le projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) after it did not run.</source>
        <translation>
            <numerusform>%n script suivant ne s&apos;est pas exécuté.</numerusform>
            <numerusform>%n scripts suivants ne se sont pas exécutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Script %1 of %2 · %3 · %n message(s)</source>
        <translation>
            <numerusform>Script %1 sur %2 · %3 · %n message</numerusform>
            <numerusform>Script %1 sur %2 · %3 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Terminé · %1</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunner</name>
    <message>
        <source>Running cleanup scripts for %1 is not supported yet.</source>
        <translation>L&apos;exécution de scripts de nettoyage pour %1 n&apos;est pas encore prise en charge.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL 9 style function (called in a loop); running those is not supported yet.</source>
        <translation>%1 est une fonction de style PostgreSQL 9 (appelée en boucle) ; leur exécution n&apos;est pas encore prise en charge.</translation>
    </message>
    <message>
        <source>The script sets no safePeriod; counting with 2 hours.</source>
        <translation>Le script ne définit pas de safePeriod ; le comptage se fait avec 2 heures.</translation>
    </message>
    <message>
        <source>The wizard does not know which rows a &quot;%1&quot; script removes; no counts.</source>
        <translation>L&apos;assistant ne sait pas quelles lignes un script « %1 » supprime ; pas de comptage.</translation>
    </message>
    <message>
        <source>The script creates no procedure to call.</source>
        <translation>Le script ne crée aucune procédure à appeler.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Could not select the schema %1</source>
        <translation>Impossible de sélectionner le schéma %1</translation>
    </message>
    <message>
        <source>Could not set the session time zone</source>
        <translation>Impossible de définir le fuseau horaire de la session</translation>
    </message>
    <message>
        <source>Could not read the connection id</source>
        <translation>Impossible de lire l&apos;identifiant de connexion</translation>
    </message>
    <message>
        <source>Could not start a read-only transaction</source>
        <translation>Impossible de démarrer une transaction en lecture seule</translation>
    </message>
    <message>
        <source>Could not count the rows of %1</source>
        <translation>Impossible de compter les lignes de %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows would be removed</source>
        <translation>%1 : %2 lignes sur %3 seraient supprimées</translation>
    </message>
    <message>
        <source>Line %1 of the script was refused</source>
        <translation>La ligne %1 du script a été refusée</translation>
    </message>
    <message>
        <source>Cancelled before the procedure was called; nothing was removed.</source>
        <translation>Annulé avant l&apos;appel de la procédure ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Cancelled by closing the connection; the rows could not be counted again: %1</source>
        <translation>Annulé par fermeture de la connexion ; les lignes n&apos;ont pas pu être comptées à nouveau : %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the run (%2). Batches committed before that stay removed; count the rows again before running it once more.</source>
        <translation>La connexion à %1 a été perdue pendant l&apos;exécution (%2). Les lots validés avant restent supprimés ; comptez à nouveau les lignes avant de relancer l&apos;exécution.</translation>
    </message>
    <message>
        <source>The procedure %1 failed</source>
        <translation>La procédure %1 a échoué</translation>
    </message>
    <message>
        <source>The cancel could not be sent: %1</source>
        <translation>L&apos;annulation n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms: %2 rows were removed by the batches committed before the cancel; the batch in flight was rolled back.</source>
        <translation>Annulé après %1 ms : %2 lignes ont été supprimées par les lots validés avant l&apos;annulation ; le lot en cours a été annulé (rollback).</translation>
    </message>
    <message>
        <source>%1 rows removed in %2 ms</source>
        <translation>%1 lignes supprimées en %2 ms</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupScripts</name>
    <message>
        <source>%1 has no %2 folder, so there are no cleanup scripts to run. Point the wizard at the IS home the database belongs to.</source>
        <translation>%1 n&apos;a pas de dossier %2, il n&apos;y a donc aucun script de nettoyage à exécuter. Indiquez à l&apos;assistant le dossier IS auquel appartient la base de données.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than the wizard looks at (%2 entries, %3 levels); some scripts may be missing from the list.</source>
        <translation>Le dossier %1 contient plus que ce que l&apos;assistant examine (%2 entrées, %3 niveaux) ; certains scripts peuvent manquer dans la liste.</translation>
    </message>
    <message>
        <source>This IS home has no cleanup scripts for %1 in %2.</source>
        <translation>Ce dossier IS n&apos;a pas de script de nettoyage pour %1 dans %2.</translation>
    </message>
    <message>
        <source>The scripts in this home are for %1 %2 and later; the server is %3. None of them is chosen.</source>
        <translation>Les scripts de ce dossier IS sont prévus pour %1 %2 et ultérieur ; le serveur est en %3. Aucun n&apos;est choisi.</translation>
    </message>
    <message>
        <source>The server version is not known yet: the scripts in %1 were chosen.</source>
        <translation>La version du serveur n&apos;est pas encore connue : les scripts de %1 ont été choisis.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was left out: it is not a cleanup script.</source>
        <translation>%1 dépasse %2 MB et a été écarté : ce n&apos;est pas un script de nettoyage.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>No CREATE PROCEDURE or CREATE FUNCTION was found in this script.</source>
        <translation>Aucun CREATE PROCEDURE ni CREATE FUNCTION n&apos;a été trouvé dans ce script.</translation>
    </message>
    <message>
        <source>This script creates a procedure, which PostgreSQL has only from version 11; the server is %1.</source>
        <translation>Ce script crée une procédure, ce que PostgreSQL ne permet qu&apos;à partir de la version 11 ; le serveur est en %1.</translation>
    </message>
    <message>
        <source>%1 restores data, but no cleanup script of its kind (%2) was found.</source>
        <translation>%1 restaure des données, mais aucun script de nettoyage de sa nature (%2) n&apos;a été trouvé.</translation>
    </message>
</context>
<context>
    <name>Ismw::Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>unknown format “%1”: use text or json.</source>
        <translation>format inconnu « %1 » : utilisez text ou json.</translation>
    </message>
    <message>
        <source>Output format: text (for people) or json (one object on stdout).</source>
        <translation>Format de sortie : text (pour les personnes) ou json (un objet sur stdout).</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation : %1 %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.</source>
        <translation>Exécutez « %1 COMMAND --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 warnings, differences or findings; 2 bad input or usage; 3 I/O or database failure; 130 or 143 a cleanup cancelled by SIGINT or SIGTERM.</source>
        <translation>Codes de sortie : 0 ok ; 1 avertissements, différences ou constats ; 2 entrée ou utilisation incorrecte ; 3 échec d&apos;E/S ou de base de données ; 130 ou 143 nettoyage annulé par SIGINT ou SIGTERM.</translation>
    </message>
    <message>
        <source>%1: the command line of the %2, for scripts and CI.</source>
        <translation>%1 : la ligne de commande de %2, pour les scripts et la CI.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>La commande à exécuter (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the commands.</source>
        <translation>Exécutez « %1 --help » pour la liste des commandes.</translation>
    </message>
    <message>
        <source>%1 %2 (%3); knows WSO2 Identity Server %4 to %5</source>
        <translation>%1 %2 (%3) ; connaît WSO2 Identity Server %4 à %5</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>aucune commande indiquée.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigFileWriter</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ceci est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be made: %2.</source>
        <translation>La copie de sauvegarde %1 n&apos;a pas pu être faite : %2.</translation>
    </message>
    <message>
        <source>Nothing was written. Check the free space and that you may write to the folder.</source>
        <translation>Rien n&apos;a été écrit. Vérifiez l&apos;espace libre et que vous avez le droit d&apos;écrire dans le dossier.</translation>
    </message>
    <message>
        <source>The backup copy %1 does not match the file it copies.</source>
        <translation>La copie de sauvegarde %1 ne correspond pas au fichier qu&apos;elle copie.</translation>
    </message>
    <message>
        <source>Nothing was written. Check the disk, then try again.</source>
        <translation>Rien n&apos;a été écrit. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>Le fichier ne peut pas être écrit : %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that you may write to the folder.</source>
        <translation>Rien n&apos;a été modifié. Vérifiez que vous avez le droit d&apos;écrire dans le dossier.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space.</source>
        <translation>Rien n&apos;a été modifié. Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space and that you may write to the folder.</source>
        <translation>Rien n&apos;a été modifié. Vérifiez l&apos;espace libre et que vous avez le droit d&apos;écrire dans le dossier.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigMigrator</name>
    <message>
        <source>The edit has no key.</source>
        <translation>La modification n&apos;a pas de clé.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a table.</source>
        <translation>%1 n&apos;est pas une table.</translation>
    </message>
    <message>
        <source>The new value %1 is not a TOML value.</source>
        <translation>La nouvelle valeur %1 n&apos;est pas une valeur TOML.</translation>
    </message>
    <message>
        <source>%1 is a table, not a key.</source>
        <translation>%1 est une table, pas une clé.</translation>
    </message>
    <message>
        <source>The edit has no new key.</source>
        <translation>La modification n&apos;a pas de nouvelle clé.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Remove %1 (was %2)</source>
        <translation>Supprimer %1 (valait %2)</translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation>Définir %1 = %2</translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3</source>
        <translation>Changer %1 de %2 en %3</translation>
    </message>
    <message>
        <source>Add %1 = %2 from the new release&apos;s default file</source>
        <translation>Ajouter %1 = %2 depuis le fichier par défaut de la nouvelle version</translation>
    </message>
    <message>
        <source>The edit %1 cannot be applied: %2</source>
        <translation>La modification %1 ne peut pas être appliquée : %2</translation>
    </message>
    <message>
        <source>The release rules and this file disagree; please report this as a bug.</source>
        <translation>Les règles de version et ce fichier ne concordent pas ; veuillez signaler ceci comme un bogue.</translation>
    </message>
    <message>
        <source>No release rules are loaded.</source>
        <translation>Aucune règle de version n&apos;est chargée.</translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation>Les règles font partie du programme : veuillez signaler ceci comme un bogue.</translation>
    </message>
    <message>
        <source>Both the release to migrate from and the one to migrate to are needed.</source>
        <translation>La version de départ et la version cible de la migration sont toutes deux nécessaires.</translation>
    </message>
    <message>
        <source>Give releases such as 5.11.0 and %1.</source>
        <translation>Indiquez des versions telles que 5.11.0 et %1.</translation>
    </message>
    <message>
        <source>Migrating from %1 to %2 would go back to an older release.</source>
        <translation>Migrer de %1 vers %2 reviendrait à une version plus ancienne.</translation>
    </message>
    <message>
        <source>The wizard only migrates forward; to go back, restore the old home and database from the backup.</source>
        <translation>L&apos;assistant ne migre que vers l&apos;avant ; pour revenir en arrière, restaurez l&apos;ancien dossier IS et la base de données à partir de la sauvegarde.</translation>
    </message>
    <message>
        <source>IS %1 is older than the releases the rules cover (%2 to %3).</source>
        <translation>IS %1 est plus ancien que les versions couvertes par les règles (%2 à %3).</translation>
    </message>
    <message>
        <source>Migrate to %1 first as WSO2 documents it, then use the wizard from there.</source>
        <translation>Migrez d&apos;abord vers %1 comme WSO2 le documente, puis utilisez l&apos;assistant à partir de là.</translation>
    </message>
    <message>
        <source>%1 is not a release the rules know.</source>
        <translation>%1 n&apos;est pas une version connue des règles.</translation>
    </message>
    <message>
        <source>Known releases: %1.</source>
        <translation>Versions connues : %1.</translation>
    </message>
    <message>
        <source>IS %1 is newer than the releases the rules cover (up to %2).</source>
        <translation>IS %1 est plus récent que les versions couvertes par les règles (jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>Use a newer version of the wizard, whose rules know %1.</source>
        <translation>Utilisez une version plus récente de l&apos;assistant, dont les règles connaissent %1.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>not asked for: %1</source>
        <translation>non demandé : %1</translation>
    </message>
    <message>
        <source>Plan the migration again for this file; the plan was made for another one.</source>
        <translation>Planifiez à nouveau la migration pour ce fichier ; le plan a été établi pour un autre.</translation>
    </message>
    <message>
        <source>The migrated configuration cannot be written as TOML: %1</source>
        <translation>La configuration migrée ne peut pas être écrite en TOML : %1</translation>
    </message>
    <message>
        <source>The migrated configuration would not be valid TOML: %1</source>
        <translation>La configuration migrée ne serait pas du TOML valide : %1</translation>
    </message>
    <message>
        <source>Nothing was written; please report this as a bug.</source>
        <translation>Rien n&apos;a été écrit ; veuillez signaler ceci comme un bogue.</translation>
    </message>
    <message>
        <source>The migrated configuration differs from the old one in other ways than the accepted edits.</source>
        <translation>La configuration migrée diffère de l&apos;ancienne sur d&apos;autres points que les modifications acceptées.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigOutput</name>
    <message>
        <source>+ %1 = %2   (new line %3)</source>
        <translation>+ %1 = %2   (nouvelle ligne %3)</translation>
    </message>
    <message>
        <source>- %1 = %2   (old line %3)</source>
        <translation>- %1 = %2   (ancienne ligne %3)</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3   (lines %4 → %5)</source>
        <translation>~ %1 : %2 → %3   (lignes %4 → %5)</translation>
    </message>
    <message>
        <source>! %1: %2 (%3) → %4 (%5)   (lines %6 → %7)</source>
        <translation>! %1 : %2 (%3) → %4 (%5)   (lignes %6 → %7)</translation>
    </message>
    <message>
        <source>&gt; %1 moved   (lines %2 → %3)</source>
        <translation>&gt; %1 déplacé   (lignes %2 → %3)</translation>
    </message>
    <message>
        <source># %1: comments changed   (lines %2 → %3)</source>
        <translation># %1 : commentaires modifiés   (lignes %2 → %3)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Fixed in the written file by the edit %1.</source>
        <translation>Corrigé dans le fichier écrit par la modification %1.</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>aucun constat</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n constat : %1</numerusform>
            <numerusform>%n constats : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a release: write it like 7.3.0.</source>
        <translation>« %1 » n&apos;est pas une version : écrivez-la comme 7.3.0.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigurationPage</name>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Your deployment.toml carried over to the new release. Review the proposed changes and the findings, then write the result into the new IS home.</source>
        <translation>Votre deployment.toml repris pour la nouvelle version. Examinez les modifications proposées et les constats, puis écrivez le résultat dans le nouveau dossier IS.</translation>
    </message>
    <message>
        <source>Old file ↔ migrated result</source>
        <translation>Ancien fichier ↔ résultat migré</translation>
    </message>
    <message>
        <source>Old file ↔ new release as shipped</source>
        <translation>Ancien fichier ↔ nouvelle version telle que livrée</translation>
    </message>
    <message>
        <source>New release as shipped ↔ migrated result</source>
        <translation>Nouvelle version telle que livrée ↔ résultat migré</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Modifications uniquement</translation>
    </message>
    <message>
        <source>Findings only</source>
        <translation>Constats uniquement</translation>
    </message>
    <message>
        <source>Blockers only</source>
        <translation>Bloquants uniquement</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard reads the old home&apos;s &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt;, applies the release rules of every step between the two releases, and proposes a migrated file for the new home: your settings carried over, renamed keys renamed, keys the new release no longer knows removed or flagged.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Compare&lt;/b&gt; shows the old file beside the migrated result (or beside the new release&apos;s own file), lines aligned by key. The gutter marks added (+), removed (−) and changed (~) lines. &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Previous&lt;/b&gt; (F7 and Shift+F7, or Alt+Down and Alt+Up) walk the changes.&lt;/p&gt;&lt;p&gt;The list holds the proposed changes, each of which you accept or reject, and the findings. A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until you acknowledge it with a reason; the reason goes into the project journal. &lt;b&gt;Edit Result&lt;/b&gt; lets you change the migrated file by hand; it is checked as you type.&lt;/p&gt;&lt;p&gt;Passwords and other secrets are masked unless you tick &lt;b&gt;Show secrets&lt;/b&gt;, which is never saved. &lt;b&gt;Write to New Home&lt;/b&gt; replaces the new home&apos;s deployment.toml in one step and keeps the file it replaces as a timestamped backup next to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;assistant lit le fichier &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt; de l&apos;ancien dossier IS, applique les règles de chaque version intermédiaire entre les deux versions, et propose un fichier migré pour le nouveau dossier IS : vos réglages repris, les clés renommées renommées, les clés que la nouvelle version ne connaît plus supprimées ou signalées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Comparer&lt;/b&gt; affiche l&apos;ancien fichier à côté du résultat migré (ou à côté du fichier propre à la nouvelle version), lignes alignées par clé. La marge signale les lignes ajoutées (+), supprimées (−) et modifiées (~). &lt;b&gt;Suivant&lt;/b&gt; et &lt;b&gt;Précédent&lt;/b&gt; (F7 et Maj+F7, ou Alt+Bas et Alt+Haut) parcourent les modifications.&lt;/p&gt;&lt;p&gt;La liste contient les modifications proposées, que vous acceptez ou rejetez une à une, et les constats. Un &lt;b&gt;bloquant&lt;/b&gt; garde Suivant désactivé jusqu&apos;à ce que vous l&apos;acceptiez avec un motif ; le motif est consigné dans le registre du projet. &lt;b&gt;Éditer le résultat&lt;/b&gt; vous permet de modifier le fichier migré à la main ; il est vérifié pendant la saisie.&lt;/p&gt;&lt;p&gt;Les mots de passe et autres secrets sont masqués, sauf si vous cochez &lt;b&gt;Afficher les secrets&lt;/b&gt;, qui n&apos;est jamais enregistré. &lt;b&gt;Écrire dans le nouveau dossier IS&lt;/b&gt; remplace en une seule étape le deployment.toml du nouveau dossier IS et conserve le fichier remplacé comme sauvegarde horodatée à côté de lui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The IS homes are not chosen yet.</source>
        <translation>Les dossiers IS ne sont pas encore choisis.</translation>
    </message>
    <message>
        <source>Choose them on the previous page.</source>
        <translation>Choisissez-les sur la page précédente.</translation>
    </message>
    <message>
        <source>Reading the configuration files…</source>
        <translation>Lecture des fichiers de configuration…</translation>
    </message>
    <message>
        <source>Configuration analysed for %1 → %2: %3 proposed changes, %4 findings (%5 blockers).</source>
        <translation>Configuration analysée pour %1 → %2 : %3 modifications proposées, %4 constats (%5 bloquants).</translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation>Ancien dossier IS (%1)</translation>
    </message>
    <message>
        <source>Migrated result, edited by hand (%1)</source>
        <translation>Résultat migré, modifié à la main (%1)</translation>
    </message>
    <message>
        <source>Migrated result (%1)</source>
        <translation>Résultat migré (%1)</translation>
    </message>
    <message>
        <source>New home as shipped (%1)</source>
        <translation>Nouveau dossier IS tel que livré (%1)</translation>
    </message>
    <message>
        <source>✔ Fixed by a change</source>
        <translation>✔ Corrigé par une modification</translation>
    </message>
    <message>
        <source>✔ Acknowledged</source>
        <translation>✔ Accepté</translation>
    </message>
    <message>
        <source>✖ Needs acknowledgement</source>
        <translation>✖ Doit être accepté</translation>
    </message>
    <message>
        <source>Fixed by a change</source>
        <translation>Corrigé par une modification</translation>
    </message>
    <message>
        <source>Fix not applied</source>
        <translation>Correction non appliquée</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>Étape manuelle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Tick to apply this change to the migrated file, untick to leave it out</source>
        <translation>Cochez pour appliquer cette modification au fichier migré, décochez pour l&apos;écarter</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a proposed change or a finding in the list: what it is and what to do about it show here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une modification proposée ou un constat dans la liste : sa description et ce qu&apos;il faut faire s&apos;affichent ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Proposed change: %1</source>
        <translation>Modification proposée : %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>Key: %1 → %2</source>
        <translation>Clé : %1 → %2</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé : %1</translation>
    </message>
    <message>
        <source>Value now: %1</source>
        <translation>Valeur actuelle : %1</translation>
    </message>
    <message>
        <source>Value after: %1</source>
        <translation>Valeur après : %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>From the new release&apos;s shipped deployment.toml</source>
        <translation>Issu du deployment.toml livré avec la nouvelle version</translation>
    </message>
    <message>
        <source>Not applied unless you accept it.</source>
        <translation>Non appliquée tant que vous ne l&apos;acceptez pas.</translation>
    </message>
    <message>
        <source>The result has hand edits: discard them to accept or reject proposed changes.</source>
        <translation>Le résultat contient des modifications manuelles : abandonnez-les pour accepter ou rejeter des modifications proposées.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>The proposed change that fixes it is rejected: %1</source>
        <translation>La modification proposée qui le corrige est rejetée : %1</translation>
    </message>
    <message>
        <source>Fixed by the proposed change: %1</source>
        <translation>Corrigé par la modification proposée : %1</translation>
    </message>
    <message>
        <source>The key is not in the old file.</source>
        <translation>La clé n&apos;est pas dans l&apos;ancien fichier.</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Accepté :</translation>
    </message>
    <message>
        <source>Next stays disabled until you acknowledge this blocker with a reason of at least %1 characters.</source>
        <translation>Suivant reste désactivé jusqu&apos;à ce que vous acceptiez ce bloquant avec un motif d&apos;au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Discard your hand edits first</source>
        <translation>Abandonnez d&apos;abord vos modifications manuelles</translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation>Appliquer cette modification au fichier migré</translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation>Ne pas reprendre cette modification dans le fichier migré</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Accepter le bl&amp;oquant</translation>
    </message>
    <message>
        <source>Proposed change %1 accepted: %2.</source>
        <translation>Modification proposée %1 acceptée : %2.</translation>
    </message>
    <message>
        <source>Proposed change %1 rejected: %2.</source>
        <translation>Modification proposée %1 rejetée : %2.</translation>
    </message>
    <message>
        <source>Blocker %1 on %2 acknowledged: %3</source>
        <translation>Bloquant %1 sur %2 accepté : %3</translation>
    </message>
    <message>
        <source>Not in the old file: %1 = %2</source>
        <translation>Absent de l&apos;ancien fichier : %1 = %2</translation>
    </message>
    <message>
        <source>Was %1 in the old file</source>
        <translation>Valait %1 dans l&apos;ancien fichier</translation>
    </message>
    <message>
        <source>✖ Line %1, column %2: %3</source>
        <translation>✖ Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Correct it here, or discard your edits.</source>
        <translation>Corrigez-le ici, ou abandonnez vos modifications.</translation>
    </message>
    <message>
        <source>Checking the edited result…</source>
        <translation>Vérification du résultat modifié…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Valid TOML. %n key(s) differ from the proposed result.</source>
        <translation>
            <numerusform>✔ TOML valide. %n clé diffère du résultat proposé.</numerusform>
            <numerusform>✔ TOML valide. %n clés diffèrent du résultat proposé.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Valid TOML: the proposed result, not edited yet.</source>
        <translation>✔ TOML valide : le résultat proposé, pas encore modifié.</translation>
    </message>
    <message>
        <source>Edits that did not parse were undone when the secrets were hidden.</source>
        <translation>Les modifications qui ne pouvaient pas être analysées ont été annulées lorsque les secrets ont été masqués.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Aucune différence</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to
%1?</source>
        <translation>Écrire la configuration migrée dans
%1 ?</translation>
    </message>
    <message>
        <source>The file there now is first copied to a backup next to it,
%1.bak-YYYYMMDD-HHMMSS,
then replaced in one step: it is never left half-written.</source>
        <translation>Le fichier actuellement présent est d&apos;abord copié dans une sauvegarde à côté de lui,
%1.bak-YYYYMMDD-HHMMSS,
puis remplacé en une seule étape : il n&apos;est jamais laissé à moitié écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) are not acknowledged yet: the new home may not start with this file.</source>
        <translation>
            <numerusform>%n bloquant n&apos;est pas encore accepté : le nouveau dossier IS risque de ne pas démarrer avec ce fichier.</numerusform>
            <numerusform>%n bloquants ne sont pas encore acceptés : le nouveau dossier IS risque de ne pas démarrer avec ce fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to New Home</source>
        <translation>Écrire dans le nouveau dossier IS</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>✖ Not written: %1</source>
        <translation>✖ Non écrit : %1</translation>
    </message>
    <message>
        <source>The file in the new home is unchanged.</source>
        <translation>Le fichier du nouveau dossier IS n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>✔ Written to %1 (there was no file to replace).</source>
        <translation>✔ Écrit dans %1 (il n&apos;y avait aucun fichier à remplacer).</translation>
    </message>
    <message>
        <source>✔ Written to %1. The file it replaced is kept as %2.</source>
        <translation>✔ Écrit dans %1. Le fichier remplacé est conservé sous %2.</translation>
    </message>
    <message>
        <source>Migrated configuration written to %1 (SHA-256 %2).</source>
        <translation>Configuration migrée écrite dans %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Backup of the replaced file: %1.</source>
        <translation>Sauvegarde du fichier remplacé : %1.</translation>
    </message>
    <message>
        <source>Rejected changes: %1.</source>
        <translation>Modifications rejetées : %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Keys edited by hand: %1.</source>
        <translation>Clés modifiées à la main : %1.</translation>
    </message>
    <message>
        <source>Edited by hand before writing %1</source>
        <translation>Modifié à la main avant l&apos;écriture de %1</translation>
    </message>
    <message>
        <source>Reading and analysing the configuration…</source>
        <translation>Lecture et analyse de la configuration…</translation>
    </message>
    <message>
        <source>Writing the migrated configuration…</source>
        <translation>Écriture de la configuration migrée…</translation>
    </message>
    <message>
        <source>The configuration could not be analysed: see above.</source>
        <translation>La configuration n&apos;a pas pu être analysée : voir ci-dessus.</translation>
    </message>
    <message>
        <source>The configuration is read once the IS homes are chosen.</source>
        <translation>La configuration est lue dès que les dossiers IS sont choisis.</translation>
    </message>
    <message>
        <source>The edited result is not valid (line %1): correct it or discard your edits.</source>
        <translation>Le résultat modifié n&apos;est pas valide (ligne %1) : corrigez-le ou abandonnez vos modifications.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to acknowledge: select each in the list and give a reason.</source>
        <translation>
            <numerusform>%n bloquant à accepter : sélectionnez-le dans la liste et indiquez un motif.</numerusform>
            <numerusform>%n bloquants à accepter : sélectionnez chacun d&apos;eux dans la liste et indiquez un motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new home to continue.</source>
        <translation>Écrivez la configuration migrée dans le nouveau dossier IS pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>(%n rejected)</source>
        <translation>
            <numerusform>(%n rejetée)</numerusform>
            <numerusform>(%n rejetées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation> : </translation>
    </message>
    <message>
        <source>The new home&apos;s deployment.toml already holds this result</source>
        <translation>Le deployment.toml du nouveau dossier IS contient déjà ce résultat</translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation>Écrire le deployment.toml migré dans le nouveau dossier IS, en conservant une sauvegarde horodatée du fichier qu&apos;il remplace</translation>
    </message>
</context>
<context>
    <name>Ismw::CustomizationChecks</name>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>Rebuild it against the dependencies of %1, test it, and put the rebuilt jar into %2 of the new home.</source>
        <translation>Recompilez-le avec les dépendances de %1, testez-le et placez le jar recompilé dans %2 du nouveau dossier IS.</translation>
    </message>
    <message>
        <source>Dropin %1: the new home has %2</source>
        <translation>Dropin %1 : le nouveau dossier IS contient %2</translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3. Make sure that version is the one rebuilt for %4 and carries the old one&apos;s changes.</source>
        <translation>L&apos;ancien dossier IS contient %1 dans %2 ; le nouveau dossier IS en contient une autre version : %3. Assurez-vous que cette version est celle recompilée pour %4 et qu&apos;elle reprend les modifications de l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Dropin %1</source>
        <translation>Dropin %1</translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks: %3.</source>
        <translation>L&apos;ancien dossier IS contient %1 dans %2, qui manque dans le nouveau dossier IS : %3.</translation>
    </message>
    <message>
        <source>Library %1: the new home has %2</source>
        <translation>Bibliothèque %1 : le nouveau dossier IS contient %2</translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3.</source>
        <translation>L&apos;ancien dossier IS contient %1 dans %2 ; le nouveau dossier IS en contient une autre version : %3.</translation>
    </message>
    <message>
        <source>Keep one version only: the one that works with %1. Two versions of a library in %2 load in an undefined order.</source>
        <translation>Ne gardez qu&apos;une seule version : celle qui fonctionne avec %1. Deux versions d&apos;une bibliothèque dans %2 se chargent dans un ordre indéterminé.</translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation>Bibliothèque %1</translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks.</source>
        <translation>L&apos;ancien dossier IS contient %1 dans %2, qui manque dans le nouveau dossier IS.</translation>
    </message>
    <message>
        <source>%1 may need a newer driver version than %2: take the current %3 driver built for the Java version %1 runs on.</source>
        <translation>%1 peut nécessiter une version de pilote plus récente que %2 : prenez le pilote %3 actuel, compilé pour la version de Java sur laquelle %1 s&apos;exécute.</translation>
    </message>
    <message>
        <source>%1 JDBC driver %2: the new home has %3</source>
        <translation>Pilote JDBC %1 %2 : le nouveau dossier IS contient %3</translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3; the new home has %4.</source>
        <translation>L&apos;ancien dossier IS contient le pilote JDBC %1 %2 dans %3 ; le nouveau dossier IS contient %4.</translation>
    </message>
    <message>
        <source>Keep the newer driver only, if it works with your database server. %1</source>
        <translation>Ne gardez que le pilote le plus récent, s&apos;il fonctionne avec votre serveur de base de données. %1</translation>
    </message>
    <message>
        <source>%1 JDBC driver %2</source>
        <translation>Pilote JDBC %1 %2</translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3, which the new home lacks; without it the new home cannot reach the database.</source>
        <translation>L&apos;ancien dossier IS contient le pilote JDBC %1 %2 dans %3, qui manque dans le nouveau dossier IS ; sans lui, le nouveau dossier IS ne peut pas joindre la base de données.</translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home. %3</source>
        <translation>Copiez un pilote JDBC %1 dans %2 du nouveau dossier IS. %3</translation>
    </message>
    <message>
        <source>User store %1</source>
        <translation>Magasin d&apos;utilisateurs %1</translation>
    </message>
    <message>
        <source>The old home&apos;s %1 differs from the one in the new home: %2.</source>
        <translation>Le fichier %1 de l&apos;ancien dossier IS diffère de celui du nouveau dossier IS : %2.</translation>
    </message>
    <message>
        <source>The old home has %1 in %3, which the new home lacks: %2.</source>
        <translation>L&apos;ancien dossier IS contient %1 dans %3, qui manque dans le nouveau dossier IS : %2.</translation>
    </message>
    <message>
        <source>%1 keystore %2</source>
        <translation>Keystore %1 %2</translation>
    </message>
    <message>
        <source>The old home&apos;s %1 (%2) was changed after the home was unpacked, e.g. with the server&apos;s own certificate or added trusted certificates.</source>
        <translation>Le fichier %1 (%2) de l&apos;ancien dossier IS a été modifié après la décompression, p. ex. avec le propre certificat du serveur ou des certificats de confiance ajoutés.</translation>
    </message>
    <message>
        <source>The old home has the %1 keystore %2 in %3, which the new home lacks.</source>
        <translation>L&apos;ancien dossier IS contient le keystore %1 %2 dans %3, qui manque dans le nouveau dossier IS.</translation>
    </message>
    <message>
        <source>%1 uses PKCS12 keystores by default; this one is JKS.</source>
        <translation>%1 utilise par défaut des keystores PKCS12 ; celui-ci est au format JKS.</translation>
    </message>
    <message>
        <source>Convert it to PKCS12 (keytool asks for the passwords): %1, copy %2.p12 to %3 of the new home and name it in deployment.toml. Or copy it as it is and keep JKS with type = &quot;JKS&quot; in its [keystore.*] or [truststore] section.</source>
        <translation>Convertissez-le en PKCS12 (keytool demande les mots de passe) : %1, copiez %2.p12 dans %3 du nouveau dossier IS et nommez-le dans deployment.toml. Ou copiez-le tel quel et conservez JKS avec type = &quot;JKS&quot; dans sa section [keystore.*] ou [truststore].</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home; deployment.toml names it with type = &quot;%2&quot;.</source>
        <translation>Copiez-le dans %1 du nouveau dossier IS ; deployment.toml le nomme avec type = &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Web app %1</source>
        <translation>Application web %1</translation>
    </message>
    <message>
        <source>The old home deploys %1 in %3, which the new home lacks: %2.</source>
        <translation>L&apos;ancien dossier IS déploie %1 dans %3, qui manque dans le nouveau dossier IS : %2.</translation>
    </message>
    <message>
        <source>Rebuild it against %1 (its servlet container and APIs may have changed) and deploy it in %2 of the new home, or decide it is not needed.</source>
        <translation>Recompilez-la avec %1 (son conteneur de servlets et ses API peuvent avoir changé) et déployez-la dans %2 du nouveau dossier IS, ou décidez qu&apos;elle n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Tenant %1</translation>
    </message>
    <message>
        <source>The old home has the tenant folder %1, which the new home lacks. The tenant&apos;s data moves with the databases; its files (user stores, keystores) do not.</source>
        <translation>L&apos;ancien dossier IS contient le dossier de tenant %1, qui manque dans le nouveau dossier IS. Les données du tenant migrent avec les bases de données ; ses fichiers (magasins d&apos;utilisateurs, keystores) non.</translation>
    </message>
    <message>
        <source>Copy %1 to the new home.</source>
        <translation>Copiez %1 dans le nouveau dossier IS.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>The folder %1 of the old home cannot be read (%2), so its files could not be compared with the new home&apos;s.</source>
        <translation>Le dossier %1 de l&apos;ancien dossier IS ne peut pas être lu (%2), ses fichiers n&apos;ont donc pas pu être comparés avec ceux du nouveau dossier IS.</translation>
    </message>
    <message>
        <source>Run the checks as the user that owns the old home, or grant read access to the folder (e.g. chmod -R u+rX), and check again; or compare the folder by hand.</source>
        <translation>Exécutez les vérifications avec l&apos;utilisateur propriétaire de l&apos;ancien dossier IS, ou accordez un accès en lecture au dossier (p. ex. chmod -R u+rX), puis vérifiez à nouveau ; ou comparez le dossier à la main.</translation>
    </message>
    <message>
        <source>Configuration file %1</source>
        <translation>Fichier de configuration %1</translation>
    </message>
    <message>
        <source>The old home has %1, which the new home lacks.</source>
        <translation>L&apos;ancien dossier IS contient %1, qui manque dans le nouveau dossier IS.</translation>
    </message>
    <message>
        <source>The old home has %1; the new home lacks it and its folder %2.</source>
        <translation>L&apos;ancien dossier IS contient %1 ; le nouveau dossier IS n&apos;a ni ce fichier ni son dossier %2.</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home, and check that %2 still reads it.</source>
        <translation>Copiez-le dans %1 du nouveau dossier IS, et vérifiez que %2 le lit toujours.</translation>
    </message>
    <message>
        <source>Find out where %1 configures what this file did (deployment.toml or another file), or decide it is not needed.</source>
        <translation>Trouvez où %1 configure ce que faisait ce fichier (deployment.toml ou un autre fichier), ou décidez qu&apos;il n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>Changed configuration file %1</source>
        <translation>Fichier de configuration modifié %1</translation>
    </message>
    <message>
        <source>%1 of the old home was changed after the home was unpacked (%2) and differs from the new home&apos;s.</source>
        <translation>%1 de l&apos;ancien dossier IS a été modifié après la décompression (%2) et diffère de celui du nouveau dossier IS.</translation>
    </message>
    <message>
        <source>Compare the two files and carry your changes into the new home&apos;s %1; do not copy the old file over it, it belongs to the old release.</source>
        <translation>Comparez les deux fichiers et reportez vos modifications dans le %1 du nouveau dossier IS ; ne copiez pas l&apos;ancien fichier par-dessus, il appartient à l&apos;ancienne version.</translation>
    </message>
    <message>
        <source>%1 only partly compared</source>
        <translation>%1 comparé en partie seulement</translation>
    </message>
    <message>
        <source>%1 of the old home holds more than %2 entries or is deeper than %3 levels; only the first ones were compared with the new home.</source>
        <translation>%1 de l&apos;ancien dossier IS contient plus de %2 entrées ou dépasse %3 niveaux de profondeur ; seules les premières ont été comparées avec le nouveau dossier IS.</translation>
    </message>
    <message>
        <source>Compare the rest of %1 by hand, or remove what does not belong there.</source>
        <translation>Comparez le reste de %1 à la main, ou supprimez ce qui n&apos;a rien à y faire.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseConnection</name>
    <message>
        <source>The URL of %1 cannot be used: %2</source>
        <translation>L&apos;URL de %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>%1 has no database the wizard can connect to.</source>
        <translation>%1 n&apos;a aucune base de données à laquelle l&apos;assistant peut se connecter.</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>base de données %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (%2): the connection was refused.</source>
        <translation>Rien n&apos;accepte de connexions sur %1 (%2) : la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Check that the database server is running and listens on that address and port (bind address, firewall), and that the URL in deployment.toml names the right port.</source>
        <translation>Vérifiez que le serveur de base de données est en marche et écoute sur cette adresse et ce port (adresse d&apos;écoute, pare-feu), et que l&apos;URL dans deployment.toml indique le bon port.</translation>
    </message>
    <message>
        <source>The database host %1 is unknown: its name does not resolve (%2).</source>
        <translation>L&apos;hôte de base de données %1 est inconnu : son nom ne se résout pas (%2).</translation>
    </message>
    <message>
        <source>The database host %1 cannot be reached from this machine (%2).</source>
        <translation>L&apos;hôte de base de données %1 est injoignable depuis cette machine (%2).</translation>
    </message>
    <message>
        <source>Check the host name in the URL and that this machine can reach it (DNS, VPN, routing, firewall).</source>
        <translation>Vérifiez le nom d&apos;hôte dans l&apos;URL et que cette machine peut le joindre (DNS, VPN, routage, pare-feu).</translation>
    </message>
    <message numerus="yes">
        <source>The database server at %1 did not answer within %n second(s) (%2).</source>
        <translation>
            <numerusform>Le serveur de base de données sur %1 n&apos;a pas répondu en %n seconde (%2).</numerusform>
            <numerusform>Le serveur de base de données sur %1 n&apos;a pas répondu en %n secondes (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection without a word, or the server is overloaded. Check the address and port and try again.</source>
        <translation>Un pare-feu rejette peut-être la connexion sans rien dire, ou le serveur est surchargé. Vérifiez l&apos;adresse et le port, puis réessayez.</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password of user %2 (database %3).</source>
        <translation>Le serveur sur %1 a refusé le nom d&apos;utilisateur ou le mot de passe de l&apos;utilisateur %2 (base de données %3).</translation>
    </message>
    <message>
        <source>Check the user name and enter the password again: the one in deployment.toml may be outdated, or the account locked.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et saisissez à nouveau le mot de passe : celui de deployment.toml est peut-être obsolète, ou le compte verrouillé.</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2 (%3).</source>
        <translation>Le serveur sur %1 n&apos;a pas de base de données %2 (%3).</translation>
    </message>
    <message>
        <source>Check the database name in the URL; many servers tell upper and lower case apart.</source>
        <translation>Vérifiez le nom de la base de données dans l&apos;URL ; beaucoup de serveurs distinguent majuscules et minuscules.</translation>
    </message>
    <message>
        <source>The server at %1 does not let user %2 connect to database %3 from this machine.</source>
        <translation>Le serveur sur %1 n&apos;autorise pas l&apos;utilisateur %2 à se connecter à la base de données %3 depuis cette machine.</translation>
    </message>
    <message>
        <source>Ask the database administrator to allow this host and user (PostgreSQL: pg_hba.conf and the CONNECT privilege; MySQL/MariaDB: the host part of &apos;user&apos;@&apos;host&apos; and the grants on the database).</source>
        <translation>Demandez à l&apos;administrateur de la base de données d&apos;autoriser cet hôte et cet utilisateur (PostgreSQL : pg_hba.conf et le privilège CONNECT ; MySQL/MariaDB : la partie hôte de &apos;user&apos;@&apos;host&apos; et les droits sur la base de données).</translation>
    </message>
    <message>
        <source>The server at %1 accepts only encrypted (TLS) connections, and the URL does not ask for TLS (%2).</source>
        <translation>Le serveur sur %1 n&apos;accepte que des connexions chiffrées (TLS), et l&apos;URL ne demande pas TLS (%2).</translation>
    </message>
    <message>
        <source>Switch TLS on in the URL the way the server expects it (PostgreSQL: sslmode=require; MySQL: sslMode=REQUIRED; SQL Server: encrypt=true).</source>
        <translation>Activez TLS dans l&apos;URL de la manière attendue par le serveur (PostgreSQL : sslmode=require ; MySQL : sslMode=REQUIRED ; SQL Server : encrypt=true).</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to %1 could not be set up (%2): %3</source>
        <translation>La connexion chiffrée (TLS) à %1 n&apos;a pas pu être établie (%2) : %3</translation>
    </message>
    <message>
        <source>The URL asks for TLS (%1). Check that the server has TLS switched on and that its certificate is signed by an authority this machine trusts (the system&apos;s CA certificates) and names the host of the URL.</source>
        <translation>L&apos;URL demande TLS (%1). Vérifiez que TLS est activé sur le serveur et que son certificat est signé par une autorité à laquelle cette machine fait confiance (les certificats CA du système) et qu&apos;il nomme l&apos;hôte de l&apos;URL.</translation>
    </message>
    <message>
        <source>The ODBC driver for %1 could not be loaded (%2): %3</source>
        <translation>Le pilote ODBC pour %1 n&apos;a pas pu être chargé (%2) : %3</translation>
    </message>
    <message>
        <source>Check that the ODBC driver named in the connection is installed and registered in odbcinst.ini.</source>
        <translation>Vérifiez que le pilote ODBC nommé dans la connexion est installé et enregistré dans odbcinst.ini.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) failed: %3</source>
        <translation>La connexion à %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>the server did not encrypt the connection, and the URL asks for TLS</source>
        <translation>le serveur n&apos;a pas chiffré la connexion, alors que l&apos;URL demande TLS</translation>
    </message>
    <message>
        <source>Could not read the server version of %1: %2</source>
        <translation>Impossible de lire la version du serveur de %1 : %2</translation>
    </message>
    <message>
        <source>The server %1 reported the version &quot;%2&quot;, which the wizard cannot read.</source>
        <translation>Le serveur %1 a indiqué la version &quot;%2&quot;, que l&apos;assistant ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseCredentials</name>
    <message>
        <source>The password read from standard input is longer than %1 bytes; pass only the password, on one line.</source>
        <translation>Le mot de passe lu sur l&apos;entrée standard dépasse %1 octets ; transmettez uniquement le mot de passe, sur une seule ligne.</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Aucun mot de passe n&apos;a été fourni sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The password of %1 is %2.</source>
        <extracomment>%1 is the database entry, %2 where its password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
        <translation>Le mot de passe de %1 est %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseDrivers</name>
    <message>
        <source>Install Microsoft&apos;s &quot;ODBC Driver 18 for SQL Server&quot; (the package msodbcsql18 from Microsoft&apos;s package repository for your distribution), or FreeTDS (Debian/Ubuntu: the package tdsodbc).</source>
        <translation>Installez le pilote Microsoft « ODBC Driver 18 for SQL Server » (le paquet msodbcsql18 du dépôt de paquets Microsoft pour votre distribution), ou FreeTDS (Debian/Ubuntu : le paquet tdsodbc).</translation>
    </message>
    <message>
        <source>Install the Oracle Instant Client &quot;Basic&quot; and &quot;ODBC&quot; packages (a download from Oracle; there is no Debian package) and register the driver with the odbc_update_ini.sh script that comes with them.</source>
        <translation>Installez les paquets Oracle Instant Client « Basic » et « ODBC » (à télécharger chez Oracle ; il n&apos;existe pas de paquet Debian) et enregistrez le pilote avec le script odbc_update_ini.sh qui les accompagne.</translation>
    </message>
    <message>
        <source>Install the &quot;IBM Data Server Driver for ODBC and CLI&quot; (a download from IBM; there is no Debian package) and register it in /etc/odbcinst.ini.</source>
        <translation>Installez l&apos;« IBM Data Server Driver for ODBC and CLI » (à télécharger chez IBM ; il n&apos;existe pas de paquet Debian) et enregistrez-le dans /etc/odbcinst.ini.</translation>
    </message>
    <message>
        <source>The database has no usable URL.</source>
        <translation>La base de données n&apos;a pas d&apos;URL utilisable.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1, which the wizard needs for %2, is not installed. Install it (Debian/Ubuntu: sudo apt install %3) and start the wizard again.</source>
        <translation>Le pilote Qt SQL %1, dont l&apos;assistant a besoin pour %2, n&apos;est pas installé. Installez-le (Debian/Ubuntu : sudo apt install %3) et redémarrez l&apos;assistant.</translation>
    </message>
    <message>
        <source>%1 is reached through ODBC, but unixODBC is not set up on this machine: neither the odbcinst tool nor an odbcinst.ini file exists. Install unixODBC (Debian/Ubuntu: sudo apt install unixodbc) and an ODBC driver for %1. %2</source>
        <translation>%1 est joint via ODBC, mais unixODBC n&apos;est pas configuré sur cette machine : ni l&apos;outil odbcinst ni un fichier odbcinst.ini n&apos;existe. Installez unixODBC (Debian/Ubuntu : sudo apt install unixodbc) et un pilote ODBC pour %1. %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No ODBC driver for %1 is installed (ODBC drivers found by %2: %3). %4</source>
        <translation>Aucun pilote ODBC pour %1 n&apos;est installé (pilotes ODBC trouvés par %2 : %3). %4</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseTarget</name>
    <message>
        <source>type is &quot;h2&quot; but the URL points at %1; the wizard goes by the URL.</source>
        <translation>type vaut &quot;h2&quot; mais l&apos;URL désigne %1 ; l&apos;assistant se fie à l&apos;URL.</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not a database type the wizard knows; the wizard goes by the URL.</source>
        <translation>le type &quot;%1&quot; n&apos;est pas un type de base de données connu de l&apos;assistant ; l&apos;assistant se fie à l&apos;URL.</translation>
    </message>
    <message>
        <source>type is &quot;%1&quot; but the URL points at %2; the wizard goes by the URL.</source>
        <translation>type vaut &quot;%1&quot; mais l&apos;URL désigne %2 ; l&apos;assistant se fie à l&apos;URL.</translation>
    </message>
    <message>
        <source>[%1] has no url.</source>
        <translation>[%1] n&apos;a pas d&apos;url.</translation>
    </message>
    <message>
        <source>Add url = &quot;jdbc:…&quot; to the section.</source>
        <translation>Ajoutez url = &quot;jdbc:…&quot; à la section.</translation>
    </message>
    <message>
        <source>The URL uses the environment variable %1, which is not set for the wizard.</source>
        <translation>L&apos;URL utilise la variable d&apos;environnement %1, qui n&apos;est pas définie pour l&apos;assistant.</translation>
    </message>
    <message>
        <source>Start the wizard with the variable set as the server has it.</source>
        <translation>Démarrez l&apos;assistant avec la variable définie comme sur le serveur.</translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have.</source>
        <translation>%1 désigne une clé que le fichier ne contient pas.</translation>
    </message>
    <message>
        <source>Read from this process&apos;s environment: %1.</source>
        <translation>Lu dans l&apos;environnement de ce processus : %1.</translation>
    </message>
    <message>
        <source>The URL names %1 hosts for failover or load balancing; the wizard connects to the first, %2.</source>
        <translation>L&apos;URL nomme %1 hôtes pour le basculement ou la répartition de charge ; l&apos;assistant se connecte au premier, %2.</translation>
    </message>
    <message>
        <source>The URL names no database; PostgreSQL then uses the one named like the user.</source>
        <translation>L&apos;URL ne nomme aucune base de données ; PostgreSQL utilise alors celle qui porte le nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The URL names a Db2 database catalogued on the server&apos;s machine (%1), not a host: the wizard can reach it only where the same catalogue entry exists.</source>
        <translation>L&apos;URL nomme une base de données Db2 cataloguée sur la machine du serveur (%1), et non un hôte : l&apos;assistant ne peut la joindre que là où la même entrée de catalogue existe.</translation>
    </message>
    <message>
        <source>The URL names the TNS alias %1: the Oracle client of this machine must know it (tnsnames.ora, TNS_ADMIN).</source>
        <translation>L&apos;URL nomme l&apos;alias TNS %1 : le client Oracle de cette machine doit le connaître (tnsnames.ora, TNS_ADMIN).</translation>
    </message>
    <message>
        <source>This H2 database runs as a server, but H2 remains unfit for production.</source>
        <translation>Cette base de données H2 s&apos;exécute en mode serveur, mais H2 reste inadapté à la production.</translation>
    </message>
    <message>
        <source>written in deployment.toml</source>
        <translation>écrit dans deployment.toml</translation>
    </message>
    <message>
        <source>written in the JDBC URL</source>
        <translation>écrit dans l&apos;URL JDBC</translation>
    </message>
    <message>
        <source>kept in the secure vault as %1, which the wizard cannot decrypt: it asks for the password</source>
        <translation>conservé dans le coffre de secrets sous %1, que l&apos;assistant ne peut pas déchiffrer : il demande le mot de passe</translation>
    </message>
    <message>
        <source>read from the environment variable %1 of this process</source>
        <translation>lu dans la variable d&apos;environnement %1 de ce processus</translation>
    </message>
    <message>
        <source>the environment variable %1, which is not set for the wizard: it asks for the password</source>
        <translation>la variable d&apos;environnement %1, qui n&apos;est pas définie pour l&apos;assistant : il demande le mot de passe</translation>
    </message>
    <message>
        <source>the Java system property %1 of the server, which the wizard cannot see: it asks for the password</source>
        <translation>la propriété système Java %1 du serveur, que l&apos;assistant ne peut pas voir : il demande le mot de passe</translation>
    </message>
    <message>
        <source>not in deployment.toml: the wizard asks for it</source>
        <translation>absent de deployment.toml : l&apos;assistant le demande</translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have: the wizard asks for the password</source>
        <translation>%1 désigne une clé que le fichier ne contient pas : l&apos;assistant demande le mot de passe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no usable URL</source>
        <translation>aucune URL utilisable</translation>
    </message>
    <message>
        <source>%1: embedded H2 database %2</source>
        <translation>%1 : base de données H2 embarquée %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1: %2 at %3, database %4</source>
        <translation>%1 : %2 sur %3, base de données %4</translation>
    </message>
    <message>
        <source>This database is H2, the embedded database a fresh IS home starts with. WSO2 ships no cleanup procedures for H2, so there is nothing to clean here. H2 is meant for trying the product out: production must not run on it (it does not scale, cannot be clustered and can be corrupted when the server stops abruptly). Move production to MySQL, MariaDB, PostgreSQL, SQL Server, Oracle or Db2 before or during this migration.</source>
        <translation>Cette base de données est H2, la base embarquée avec laquelle démarre un dossier IS neuf. WSO2 ne fournit pas de procédures de nettoyage pour H2, il n&apos;y a donc rien à nettoyer ici. H2 sert à essayer le produit : la production ne doit pas s&apos;exécuter dessus (elle ne passe pas à l&apos;échelle, ne peut pas être mise en cluster et peut être corrompue lorsque le serveur s&apos;arrête brutalement). Migrez la production vers MySQL, MariaDB, PostgreSQL, SQL Server, Oracle ou Db2 avant ou pendant cette migration.</translation>
    </message>
</context>
<context>
    <name>Ismw::DemoProject</name>
    <message>
        <source>Could not create the demo folder %1.</source>
        <translation>Impossible de créer le dossier de démonstration %1.</translation>
    </message>
    <message>
        <source>Demo migration %1 → %2</source>
        <translation>Migration de démonstration %1 → %2</translation>
    </message>
    <message>
        <source>%1 is the newest release</source>
        <translation>%1 est la version la plus récente</translation>
    </message>
    <message>
        <source>Keystores are JKS; %1 defaults to PKCS12</source>
        <translation>Les keystores sont au format JKS ; %1 utilise PKCS12 par défaut</translation>
    </message>
    <message>
        <source>Keep type = &quot;JKS&quot; or convert with keytool.</source>
        <translation>Conservez type = &quot;JKS&quot; ou convertissez avec keytool.</translation>
    </message>
    <message>
        <source>JKS kept for this release</source>
        <translation>JKS conservé pour cette version</translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation>Exécution %1 démarrée le %2 par %3.</translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation>Exécution %1 terminée : %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::DiffCommand</name>
    <message>
        <source>Semantic difference of two deployment.toml files, with the release rules&apos; findings.</source>
        <translation>Différence sémantique entre deux fichiers deployment.toml, avec les constats des règles de version.</translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to, e.g. 5.11.0.</source>
        <translation>La version à laquelle appartient OLD.toml, p. ex. 5.11.0.</translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation>La version vers laquelle migrer, p. ex. 7.3.0.</translation>
    </message>
    <message>
        <source>Also report keys whose comments changed.</source>
        <translation>Signaler aussi les clés dont les commentaires ont changé.</translation>
    </message>
    <message>
        <source>Also report keys that moved within their table.</source>
        <translation>Signaler aussi les clés déplacées au sein de leur table.</translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation>Le deployment.toml actuellement utilisé.</translation>
    </message>
    <message>
        <source>The deployment.toml to compare it with.</source>
        <translation>Le deployment.toml avec lequel le comparer.</translation>
    </message>
    <message numerus="yes">
        <source>give two files, OLD.toml and NEW.toml; got %n.</source>
        <translation>
            <numerusform>indiquez deux fichiers, OLD.toml et NEW.toml ; reçu : %n.</numerusform>
            <numerusform>indiquez deux fichiers, OLD.toml et NEW.toml ; reçus : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to go together: the rules run from one release to another.</source>
        <translation>--from et --to vont ensemble : les règles s&apos;appliquent d&apos;une version à une autre.</translation>
    </message>
    <message>
        <source>No differences: the two files mean the same.</source>
        <translation>Aucune différence : les deux fichiers ont la même signification.</translation>
    </message>
    <message>
        <source>Release rules %1 → %2 (%3):</source>
        <translation>Règles de version %1 → %2 (%3) :</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), %1.</source>
        <translation>
            <numerusform>%n différence, %1.</numerusform>
            <numerusform>%n différences, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::EnvironmentTableModel</name>
    <message numerus="yes">
        <source>%n cleanup run(s), dry runs not counted</source>
        <translation>
            <numerusform>%n exécution de nettoyage, simulations non comptées</numerusform>
            <numerusform>%n exécutions de nettoyage, simulations non comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 rows removed in %2 s</source>
        <translation>%1 lignes supprimées en %2 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepté</numerusform>
            <numerusform>%n acceptés</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Last started</source>
        <translation>Dernier démarrage</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation>Nettoyage de la base de données</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Risques acceptés</translation>
    </message>
</context>
<context>
    <name>Ismw::EvidenceHash</name>
    <message>
        <source>No evidence file was chosen. Choose the file to attach.</source>
        <translation>Aucun fichier de preuve n&apos;a été choisi. Choisissez le fichier à joindre.</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist. Choose an existing file.</source>
        <translation>Le fichier de preuve %1 n&apos;existe pas. Choisissez un fichier existant.</translation>
    </message>
    <message>
        <source>%1 is a folder. Attach a file; to keep a folder as evidence, archive it first.</source>
        <translation>%1 est un dossier. Joignez un fichier ; pour conserver un dossier comme preuve, archivez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2.</source>
        <translation>Le fichier de preuve %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Hashing %1 was cancelled; the file was not attached.</source>
        <translation>Le calcul de l&apos;empreinte de %1 a été annulé ; le fichier n&apos;a pas été joint.</translation>
    </message>
</context>
<context>
    <name>Ismw::HealthProbe</name>
    <message>
        <source>%1 is a plain-HTTP address; the health check is only done over HTTPS, so that the server&apos;s certificate can be checked. Use https:// and the server&apos;s HTTPS port (usually %2).</source>
        <translation>%1 est une adresse HTTP simple ; le contrôle d&apos;état se fait uniquement en HTTPS, afin que le certificat du serveur puisse être vérifié. Utilisez https:// et le port HTTPS du serveur (généralement %2).</translation>
    </message>
    <message>
        <source>The server address contains a user name or password. Leave them out: the health check needs none, and the wizard keeps no passwords.</source>
        <translation>L&apos;adresse du serveur contient un nom d&apos;utilisateur ou un mot de passe. Retirez-les : le contrôle d&apos;état n&apos;en a pas besoin, et l&apos;assistant ne conserve aucun mot de passe.</translation>
    </message>
    <message>
        <source>No server was given. Enter the host name of the migrated Identity Server, for example is.example.com or is.example.com:%1.</source>
        <translation>Aucun serveur n&apos;a été indiqué. Saisissez le nom d&apos;hôte de l&apos;Identity Server migré, par exemple is.example.com ou is.example.com:%1.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a host name such as is.example.com, optionally with the HTTPS port (is.example.com:%2).</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur. Saisissez un nom d&apos;hôte tel que is.example.com, éventuellement avec le port HTTPS (is.example.com:%2).</translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address. Enter the host name, or a URL that starts with https://.</source>
        <translation>« %1 » n&apos;est pas une adresse HTTPS. Saisissez le nom d&apos;hôte, ou une URL commençant par https://.</translation>
    </message>
    <message>
        <source>“%1” points to %2, not to the health-check endpoint. Give only the host and port, or the full URL ending in %3.</source>
        <translation>« %1 » pointe vers %2, et non vers le point de terminaison du contrôle d&apos;état. Indiquez uniquement l&apos;hôte et le port, ou l&apos;URL complète se terminant par %3.</translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address of a server. Enter the server&apos;s host name; the wizard makes the health-check URL from it.</source>
        <translation>« %1 » n&apos;est pas une adresse HTTPS de serveur. Saisissez le nom d&apos;hôte du serveur ; l&apos;assistant en déduit l&apos;URL du contrôle d&apos;état.</translation>
    </message>
    <message>
        <source>The confirmed fingerprint for %1 is not a SHA-256 fingerprint. Check the server&apos;s certificate again and confirm its fingerprint.</source>
        <translation>L&apos;empreinte confirmée pour %1 n&apos;est pas une empreinte SHA-256. Vérifiez à nouveau le certificat du serveur et confirmez son empreinte.</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>autosigné</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <source>%1 presents the certificate “%2” (%3) with the SHA-256 fingerprint %4. Compare it with the server&apos;s keystore and confirm it; nothing has been sent to the server yet.</source>
        <translation>%1 présente le certificat « %2 » (%3) avec l&apos;empreinte SHA-256 %4. Comparez-la avec le keystore du serveur et confirmez-la ; rien n&apos;a encore été envoyé au serveur.</translation>
    </message>
    <message>
        <source>%1 now presents a different certificate (SHA-256 %2) than the confirmed one (%3). If it was renewed on purpose, confirm the new fingerprint; otherwise do not trust this server.</source>
        <translation>%1 présente maintenant un certificat (SHA-256 %2) différent de celui confirmé (%3). S&apos;il a été renouvelé volontairement, confirmez la nouvelle empreinte ; sinon, ne faites pas confiance à ce serveur.</translation>
    </message>
    <message>
        <source>%1 sent more than 1 MiB, which is no health-check answer. Check that the URL points to the Identity Server&apos;s health-check endpoint and not to a proxy or another service.</source>
        <translation>%1 a envoyé plus de 1 MiB, ce qui n&apos;est pas une réponse de contrôle d&apos;état. Vérifiez que l&apos;URL pointe vers le point de terminaison du contrôle d&apos;état de l&apos;Identity Server et non vers un proxy ou un autre service.</translation>
    </message>
    <message>
        <source>%1 answered without health data: the health check is not enabled on the server. Add [carbon_health_check] enable = true to its deployment.toml and restart it.</source>
        <translation>%1 a répondu sans données d&apos;état : le contrôle d&apos;état n&apos;est pas activé sur le serveur. Ajoutez [carbon_health_check] enable = true à son deployment.toml et redémarrez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports the server healthy (%n check(s) up).</source>
        <translation>
            <numerusform>%1 indique que le serveur est en bon état (%n vérification OK).</numerusform>
            <numerusform>%1 indique que le serveur est en bon état (%n vérifications OK).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy: %2. Check these in the server&apos;s wso2carbon.log.</source>
        <translation>%1 indique que le serveur n&apos;est pas en bon état : %2. Vérifiez ces points dans le wso2carbon.log du serveur.</translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy (HTTP %2): %3. Check the named data sources or user stores and the server&apos;s wso2carbon.log.</source>
        <translation>%1 indique que le serveur n&apos;est pas en bon état (HTTP %2) : %3. Vérifiez les sources de données ou magasins d&apos;utilisateurs nommés et le wso2carbon.log du serveur.</translation>
    </message>
    <message>
        <source>no error was named</source>
        <translation>aucune erreur n&apos;a été indiquée</translation>
    </message>
    <message>
        <source>It redirects to %1; give the address it redirects to.</source>
        <translation>Il redirige vers %1 ; indiquez l&apos;adresse vers laquelle il redirige.</translation>
    </message>
    <message>
        <source>The endpoint is normally open; check the server&apos;s access control for /api/health-check.</source>
        <translation>Le point de terminaison est normalement ouvert ; vérifiez le contrôle d&apos;accès du serveur pour /api/health-check.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s path and that the server is the migrated Identity Server.</source>
        <translation>Vérifiez le chemin de l&apos;URL et que le serveur est bien l&apos;Identity Server migré.</translation>
    </message>
    <message>
        <source>Check that the URL points to the Identity Server and not to a proxy or another service.</source>
        <translation>Vérifiez que l&apos;URL pointe vers l&apos;Identity Server et non vers un proxy ou un autre service.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body.</source>
        <translation>%1 a répondu HTTP %2 avec un corps vide.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with something that is not a health-check answer: “%3”.</source>
        <translation>%1 a répondu HTTP %2 avec quelque chose qui n&apos;est pas une réponse de contrôle d&apos;état : « %3 ».</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3). Check that the server has finished starting and that no firewall drops connections to that port.</source>
        <translation>%1 n&apos;a pas répondu en %2 s (%3). Vérifiez que le serveur a fini de démarrer et qu&apos;aucun pare-feu ne rejette les connexions vers ce port.</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2). Check that the server is running and that %3 is its HTTPS port (usually %4).</source>
        <translation>%1 a refusé la connexion (%2). Vérifiez que le serveur est en marche et que %3 est son port HTTPS (généralement %4).</translation>
    </message>
    <message>
        <source>The host %1 was not found (%2). Check the host name and this machine&apos;s DNS settings.</source>
        <translation>L&apos;hôte %1 est introuvable (%2). Vérifiez le nom d&apos;hôte et les paramètres DNS de cette machine.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): %3. Check that %4 is the server&apos;s HTTPS port (usually %5) and that its keystore holds a valid certificate.</source>
        <translation>La négociation TLS avec %1 a échoué (%2) : %3. Vérifiez que %4 est le port HTTPS du serveur (généralement %5) et que son keystore contient un certificat valide.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering (%2). Check the server&apos;s wso2carbon.log and any proxy in front of it.</source>
        <translation>%1 a fermé la connexion sans répondre (%2). Vérifiez le wso2carbon.log du serveur et tout proxy placé devant lui.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2): %3. Check the network between this machine and the server.</source>
        <translation>La connexion à %1 a échoué (%2) : %3. Vérifiez le réseau entre cette machine et le serveur.</translation>
    </message>
</context>
<context>
    <name>Ismw::InspectCommand</name>
    <message>
        <source>Release, parts and customizations of an IS home.</source>
        <translation>Version, composants et personnalisations d&apos;un dossier IS.</translation>
    </message>
    <message>
        <source>The IS home: the folder that contains bin/ and repository/.</source>
        <translation>Le dossier IS : le dossier qui contient bin/ et repository/.</translation>
    </message>
    <message>
        <source>no IS home given.</source>
        <translation>aucun dossier IS indiqué.</translation>
    </message>
    <message>
        <source>one IS home at a time, got %1: %2.</source>
        <translation>un seul dossier IS à la fois, reçu %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::IsHomeInspector</name>
    <message>
        <source>Choose the folder that contains bin/ and repository/, e.g. %1.</source>
        <translation>Choisissez le dossier qui contient bin/ et repository/, p. ex. %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>No folder was given. %1</source>
        <translation>Aucun dossier n&apos;a été indiqué. %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: the folder %2 may not be entered by this user. Run the wizard as the user that owns the IS home, or grant read access to it.</source>
        <translation>%1 ne peut pas être lu : cet utilisateur n&apos;a peut-être pas le droit d&apos;entrer dans le dossier %2. Exécutez l&apos;assistant avec l&apos;utilisateur propriétaire du dossier IS, ou accordez un accès en lecture à celui-ci.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. %3</source>
        <translation>%1 est un lien symbolique vers %2, qui n&apos;existe pas. %3</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path for typing errors. %2</source>
        <translation>%1 n&apos;existe pas. Vérifiez le chemin (fautes de frappe). %2</translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. It seems to be extracted already: choose the folder %2.</source>
        <translation>%1 est une archive, pas un dossier. Elle semble déjà extraite : choisissez le dossier %2.</translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. Extract it first (e.g. unzip %2) and choose the extracted folder %3.</source>
        <translation>%1 est une archive, pas un dossier. Extrayez-la d&apos;abord (p. ex. unzip %2) et choisissez le dossier extrait %3.</translation>
    </message>
    <message>
        <source>%1 is a file inside the IS home %2. Choose the folder %2 itself.</source>
        <translation>%1 est un fichier situé dans le dossier IS %2. Choisissez le dossier %2 lui-même.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. %2</source>
        <translation>%1 est un fichier, pas un dossier. %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied. Run the wizard as the user that owns the IS home, or grant read access to it (e.g. chmod -R u+rX).</source>
        <translation>%1 ne peut pas être lu : permission refusée. Exécutez l&apos;assistant avec l&apos;utilisateur propriétaire du dossier IS, ou accordez un accès en lecture à celui-ci (p. ex. chmod -R u+rX).</translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains one: %2. Choose %2.</source>
        <translation>%1 n&apos;est pas lui-même un dossier IS, mais il en contient un : %2. Choisissez %2.</translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains several: %2. Choose the one to inspect.</source>
        <translation>%1 n&apos;est pas lui-même un dossier IS, mais il en contient plusieurs : %2. Choisissez celui à inspecter.</translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server home: missing %2. %3</source>
        <translation>%1 n&apos;est pas un dossier WSO2 Identity Server : %2 manque. %3</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is a home of %2 (%3 says “%4”), not of WSO2 Identity Server. This wizard migrates Identity Server only: choose an Identity Server folder, e.g. %5.</source>
        <translation>%1 est un dossier de %2 (%3 indique « %4 »), et non de WSO2 Identity Server. Cet assistant migre uniquement Identity Server : choisissez un dossier Identity Server, p. ex. %5.</translation>
    </message>
    <message>
        <source>No file names the release; %1 says kernel %2, which is the kernel of WSO2 Identity Server %3, so this home is taken to be %3. Restore %4 from the release&apos;s distribution to be sure.</source>
        <translation>Aucun fichier ne nomme la version ; %1 indique le noyau %2, qui est le noyau de WSO2 Identity Server %3, ce dossier IS est donc considéré comme %3. Restaurez %4 depuis la distribution de la version pour en être sûr.</translation>
    </message>
    <message>
        <source>None of %1 names a release, so the wizard cannot tell which rules apply to this home. Restore %2 from the release&apos;s distribution.</source>
        <translation>Aucun des fichiers %1 ne nomme une version, l&apos;assistant ne peut donc pas savoir quelles règles s&apos;appliquent à ce dossier IS. Restaurez %2 depuis la distribution de la version.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 predates deployment.toml (introduced in 5.9.0): its configuration lives in the XML files under repository/conf/, which the wizard cannot carry over. Move your changes by hand.</source>
        <translation>WSO2 Identity Server %1 est antérieur à deployment.toml (introduit en 5.9.0) : sa configuration se trouve dans les fichiers XML sous repository/conf/, que l&apos;assistant ne peut pas reprendre. Reportez vos modifications à la main.</translation>
    </message>
    <message>
        <source>%1 is missing, so there is no configuration to carry over. Restore it from a backup of this home.</source>
        <translation>%1 manque, il n&apos;y a donc aucune configuration à reprendre. Restaurez-le à partir d&apos;une sauvegarde de ce dossier IS.</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 indique %2</translation>
    </message>
    <message>
        <source>%1 says kernel %2</source>
        <translation>%1 indique le noyau %2</translation>
    </message>
    <message>
        <source>%1 says kernel %2, which belongs to %3, not to %4 (kernel %5)</source>
        <translation>%1 indique le noyau %2, qui appartient à %3, et non à %4 (noyau %5)</translation>
    </message>
    <message>
        <source>%1 says kernel %2, not %3 as %4 has</source>
        <translation>%1 indique le noyau %2, et non %3 comme %4</translation>
    </message>
    <message>
        <source>The wizard goes by %1 (%2).</source>
        <translation>L&apos;assistant se fie à %1 (%2).</translation>
    </message>
    <message>
        <source>The version sources disagree: %1. %2 Make sure which release this home really is: a partly applied update or a file copied from another home leaves such traces.</source>
        <translation>Les sources de version ne concordent pas : %1. %2 Assurez-vous de la version réelle de ce dossier IS : une mise à jour partiellement appliquée ou un fichier copié depuis un autre dossier IS laisse de telles traces.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is newer than the newest release this wizard knows (%2). Its checks and configuration rules may not cover it: look for a newer version of the wizard.</source>
        <translation>WSO2 Identity Server %1 est plus récent que la version la plus récente connue de cet assistant (%2). Ses vérifications et règles de configuration ne le couvrent peut-être pas : cherchez une version plus récente de l&apos;assistant.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is older than the oldest release this wizard knows (%2). Its checks and configuration rules do not cover it.</source>
        <translation>WSO2 Identity Server %1 est plus ancien que la version la plus ancienne connue de cet assistant (%2). Ses vérifications et règles de configuration ne le couvrent pas.</translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server release this wizard knows (it knows %2 to %3). Check the version files of this home.</source>
        <translation>%1 n&apos;est pas une version de WSO2 Identity Server connue de cet assistant (il connaît %2 à %3). Vérifiez les fichiers de version de ce dossier IS.</translation>
    </message>
    <message>
        <source>Some folders of this home hold more than %1 entries; only the first ones were looked at.</source>
        <translation>Certains dossiers de ce dossier IS contiennent plus de %1 entrées ; seules les premières ont été examinées.</translation>
    </message>
    <message>
        <source>OSGi bundle added to dropins</source>
        <translation>Bundle OSGi ajouté à dropins</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home once it is rebuilt or confirmed for the APIs of %2.</source>
        <translation>Copiez-le dans %1 du nouveau dossier IS une fois qu&apos;il a été recompilé ou validé pour les API de %2.</translation>
    </message>
    <message>
        <source>%1 JDBC driver</source>
        <translation>Pilote JDBC %1</translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home; prefer the current driver release, built for the Java version the new release runs on.</source>
        <translation>Copiez un pilote JDBC %1 dans %2 du nouveau dossier IS ; préférez la version actuelle du pilote, compilée pour la version de Java sur laquelle s&apos;exécute la nouvelle version.</translation>
    </message>
    <message>
        <source>library added to lib</source>
        <translation>bibliothèque ajoutée à lib</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home unless the new release already ships it (or a newer version of it).</source>
        <translation>Copiez-la dans %1 du nouveau dossier IS, sauf si la nouvelle version la fournit déjà (ou une version plus récente).</translation>
    </message>
    <message>
        <source>%1 keystore</source>
        <translation>Keystore %1</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home. From 7.1.0 keystores default to PKCS12: a %2 file keeps working only where deployment.toml says type = &quot;%2&quot;.</source>
        <translation>Copiez-le dans %1 du nouveau dossier IS. À partir de 7.1.0, les keystores sont par défaut au format PKCS12 : un fichier %2 ne continue de fonctionner que là où deployment.toml indique type = &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>secondary user store</source>
        <translation>magasin d&apos;utilisateurs secondaire</translation>
    </message>
    <message>
        <source>secondary user store (%1)</source>
        <translation>magasin d&apos;utilisateurs secondaire (%1)</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home.</source>
        <translation>Copiez-le dans %1 du nouveau dossier IS.</translation>
    </message>
    <message>
        <source>Its user store manager does not support unique user IDs; the newer releases keep such managers for backward compatibility only, so plan the switch to the UniqueID variant.</source>
        <translation>Son gestionnaire de magasin d&apos;utilisateurs ne prend pas en charge les identifiants utilisateur uniques ; les versions récentes ne conservent ces gestionnaires que pour la rétrocompatibilité, prévoyez donc le passage à la variante UniqueID.</translation>
    </message>
    <message>
        <source>web app (folder)</source>
        <translation>application web (dossier)</translation>
    </message>
    <message>
        <source>web app (war)</source>
        <translation>application web (war)</translation>
    </message>
    <message>
        <source>Rebuild it against %1 and deploy it in %2 of the new home.</source>
        <translation>Recompilez-la avec %1 et déployez-la dans %2 du nouveau dossier IS.</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>tenant %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s data moves with the databases; copy %1 to the new home for its files (user stores, keystores).</source>
        <translation>Les données du tenant migrent avec les bases de données ; copiez %1 dans le nouveau dossier IS pour ses fichiers (magasins d&apos;utilisateurs, keystores).</translation>
    </message>
    <message>
        <source>IS home: %1</source>
        <translation>Dossier IS : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Release: %1 %2 (kernel %3)</source>
        <translation>Version : %1 %2 (noyau %3)</translation>
    </message>
    <message>
        <source>Version sources:</source>
        <translation>Sources de version :</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <source>deployment.toml</source>
        <translation>deployment.toml</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Plugin jars</source>
        <translation>Jars de plugins</translation>
    </message>
    <message>
        <source>Dropin jars</source>
        <translation>Jars dropins</translation>
    </message>
    <message>
        <source>Lib jars</source>
        <translation>Jars lib</translation>
    </message>
    <message>
        <source>Keystores</source>
        <translation>Keystores</translation>
    </message>
    <message>
        <source>Secondary user stores</source>
        <translation>Magasins d&apos;utilisateurs secondaires</translation>
    </message>
    <message>
        <source>Web apps</source>
        <translation>Applications web</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>Database scripts</source>
        <translation>Scripts de base de données</translation>
    </message>
    <message>
        <source>%1 .sql files; cleanup scripts for %2</source>
        <translation>%1 fichiers .sql ; scripts de nettoyage pour %2</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>aucune base de données</translation>
    </message>
    <message>
        <source>Customizations: none found.</source>
        <translation>Personnalisations : aucune trouvée.</translation>
    </message>
    <message>
        <source>Customizations to carry over (%1):</source>
        <translation>Personnalisations à reprendre (%1) :</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Dropin jar</source>
        <translation>Jar dropin</translation>
    </message>
    <message>
        <source>Lib jar</source>
        <translation>Jar lib</translation>
    </message>
    <message>
        <source>JDBC driver</source>
        <translation>Pilote JDBC</translation>
    </message>
    <message>
        <source>User store</source>
        <translation>Magasin d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Keystore</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Application web</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
</context>
<context>
    <name>Ismw::JdbcUrl</name>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>Le port &quot;%1&quot; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Write the port as digits after the host, e.g. db.example.com:%1.</source>
        <translation>Écrivez le port en chiffres après l&apos;hôte, p. ex. db.example.com:%1.</translation>
    </message>
    <message>
        <source>The port %1 is out of range: ports run from 1 to 65535.</source>
        <translation>Le port %1 est hors plage : les ports vont de 1 à 65535.</translation>
    </message>
    <message>
        <source>The host entry &quot;%1&quot; names no host.</source>
        <translation>L&apos;entrée d&apos;hôte &quot;%1&quot; ne nomme aucun hôte.</translation>
    </message>
    <message>
        <source>Write it as address=(host=db.example.com)(port=3306).</source>
        <translation>Écrivez-la sous la forme address=(host=db.example.com)(port=3306).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; opens a bracket [ that is not closed.</source>
        <translation>L&apos;adresse &quot;%1&quot; ouvre un crochet [ qui n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>IPv6 addresses are written in brackets: [2001:db8::5]:%1.</source>
        <translation>Les adresses IPv6 s&apos;écrivent entre crochets : [2001:db8::5]:%1.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the host list in brackets.</source>
        <translation>Texte inattendu &quot;%1&quot; après la liste d&apos;hôtes entre crochets.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the address [%2].</source>
        <translation>Texte inattendu &quot;%1&quot; après l&apos;adresse [%2].</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; has more than one colon.</source>
        <translation>L&apos;hôte &quot;%1&quot; contient plus d&apos;un deux-points.</translation>
    </message>
    <message>
        <source>A host name is missing before &quot;%1&quot;.</source>
        <translation>Un nom d&apos;hôte manque avant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Write the database server as host:port, e.g. db.example.com:%1.</source>
        <translation>Écrivez le serveur de base de données sous la forme hôte:port, p. ex. db.example.com:%1.</translation>
    </message>
    <message>
        <source>The URL names no database server.</source>
        <translation>L&apos;URL ne nomme aucun serveur de base de données.</translation>
    </message>
    <message>
        <source>Write the server after //, e.g. //db.example.com:%1/.</source>
        <translation>Écrivez le serveur après //, p. ex. //db.example.com:%1/.</translation>
    </message>
    <message>
        <source>The parameter %1=%2 is neither true nor false.</source>
        <translation>Le paramètre %1=%2 ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MySQL driver knows.</source>
        <translation>sslMode=%1 n&apos;est pas un mode connu du pilote MySQL.</translation>
    </message>
    <message>
        <source>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>Utilisez DISABLED, PREFERRED, REQUIRED, VERIFY_CA ou VERIFY_IDENTITY.</translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MariaDB driver knows.</source>
        <translation>sslMode=%1 n&apos;est pas un mode connu du pilote MariaDB.</translation>
    </message>
    <message>
        <source>Use disable, trust, verify-ca or verify-full.</source>
        <translation>Utilisez disable, trust, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:%1:.</source>
        <translation>// attendu après jdbc:%1:.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets or parentheses.</source>
        <translation>La liste d&apos;hôtes &quot;%1&quot; contient des crochets ou des parenthèses non appariés.</translation>
    </message>
    <message>
        <source>The URL names no database.</source>
        <translation>L&apos;URL ne nomme aucune base de données.</translation>
    </message>
    <message>
        <source>Add the database after the host: %1</source>
        <translation>Ajoutez la base de données après l&apos;hôte : %1</translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets.</source>
        <translation>La liste d&apos;hôtes &quot;%1&quot; contient des crochets non appariés.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a mode the PostgreSQL driver knows.</source>
        <translation>sslmode=%1 n&apos;est pas un mode connu du pilote PostgreSQL.</translation>
    </message>
    <message>
        <source>Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>Utilisez disable, allow, prefer, require, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>The parameter ssl=%1 is neither true nor false.</source>
        <translation>Le paramètre ssl=%1 ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:sqlserver:.</source>
        <translation>// attendu après jdbc:sqlserver:.</translation>
    </message>
    <message>
        <source>The URL names no SQL Server host.</source>
        <translation>L&apos;URL ne nomme aucun hôte SQL Server.</translation>
    </message>
    <message>
        <source>encrypt=%1 is not a value the SQL Server driver knows.</source>
        <translation>encrypt=%1 n&apos;est pas une valeur connue du pilote SQL Server.</translation>
    </message>
    <message>
        <source>Use true, false or strict.</source>
        <translation>Utilisez true, false ou strict.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:jtds:sqlserver:.</source>
        <translation>// attendu après jdbc:jtds:sqlserver:.</translation>
    </message>
    <message>
        <source>Example: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</source>
        <translation>Exemple : jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</translation>
    </message>
    <message>
        <source>ssl=%1 is not a value the jTDS driver knows.</source>
        <translation>ssl=%1 n&apos;est pas une valeur connue du pilote jTDS.</translation>
    </message>
    <message>
        <source>Use off, request, require or authenticate.</source>
        <translation>Utilisez off, request, require ou authenticate.</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor has unbalanced parentheses.</source>
        <translation>Le descripteur de connexion Oracle contient des parenthèses non appariées.</translation>
    </message>
    <message>
        <source>Each ( needs its ): (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</source>
        <translation>Chaque ( a besoin de sa ) : (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names no (ADDRESS=…(HOST=…)…).</source>
        <translation>Le descripteur de connexion Oracle ne nomme aucun (ADDRESS=…(HOST=…)…).</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names neither SERVICE_NAME nor SID.</source>
        <translation>Le descripteur de connexion Oracle ne nomme ni SERVICE_NAME ni SID.</translation>
    </message>
    <message>
        <source>Add (CONNECT_DATA=(SERVICE_NAME=ORCL)) to the descriptor.</source>
        <translation>Ajoutez (CONNECT_DATA=(SERVICE_NAME=ORCL)) au descripteur.</translation>
    </message>
    <message>
        <source>Expected thin: or oci: after jdbc:oracle:.</source>
        <translation>thin: ou oci: attendu après jdbc:oracle:.</translation>
    </message>
    <message>
        <source>jdbc:oracle:kprb: is the server-side driver inside the database; it cannot be reached from outside.</source>
        <translation>jdbc:oracle:kprb: est le pilote côté serveur, interne à la base de données ; il est injoignable depuis l&apos;extérieur.</translation>
    </message>
    <message>
        <source>The Oracle URL has no @ before the database address.</source>
        <translation>L&apos;URL Oracle n&apos;a pas de @ avant l&apos;adresse de la base de données.</translation>
    </message>
    <message>
        <source>The Oracle URL names no database after @.</source>
        <translation>L&apos;URL Oracle ne nomme aucune base de données après @.</translation>
    </message>
    <message>
        <source>The Oracle URL names neither a service (host:port/SERVICE) nor a SID (host:port:SID).</source>
        <translation>L&apos;URL Oracle ne nomme ni un service (host:port/SERVICE) ni un SID (host:port:SID).</translation>
    </message>
    <message>
        <source>Expected // after jdbc:h2:%1:.</source>
        <translation>// attendu après jdbc:h2:%1:.</translation>
    </message>
    <message>
        <source>The H2 server URL names no database after the host.</source>
        <translation>L&apos;URL du serveur H2 ne nomme aucune base de données après l&apos;hôte.</translation>
    </message>
    <message>
        <source>The H2 URL names no database file.</source>
        <translation>L&apos;URL H2 ne nomme aucun fichier de base de données.</translation>
    </message>
    <message>
        <source>Example: jdbc:h2:./repository/database/WSO2IDENTITY_DB</source>
        <translation>Exemple : jdbc:h2:./repository/database/WSO2IDENTITY_DB</translation>
    </message>
    <message>
        <source>The wizard knows jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: and jdbc:h2:.</source>
        <translation>L&apos;assistant connaît jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: et jdbc:h2:.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>L&apos;URL est vide.</translation>
    </message>
    <message>
        <source>The URL does not start with jdbc:.</source>
        <translation>L&apos;URL ne commence pas par jdbc:.</translation>
    </message>
    <message>
        <source>A JDBC URL looks like jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB.</source>
        <translation>Une URL JDBC ressemble à jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB.</translation>
    </message>
    <message>
        <source>The URL names no driver after jdbc:.</source>
        <translation>L&apos;URL ne nomme aucun pilote après jdbc:.</translation>
    </message>
    <message>
        <source>The driver &quot;%1&quot; in the URL is not one the wizard knows.</source>
        <translation>Le pilote &quot;%1&quot; de l&apos;URL n&apos;est pas connu de l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>Ismw::LogScanner</name>
    <message>
        <source>More than %1 different kinds of errors were found; only the first %1 are listed.</source>
        <translation>Plus de %1 types d&apos;erreurs différents ont été trouvés ; seuls les %1 premiers sont listés.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more line(s) not shown)</source>
        <translation>
            <numerusform>(%n autre ligne non affichée)</numerusform>
            <numerusform>(%n autres lignes non affichées)</numerusform>
        </translation>
    </message>
    <message>
        <source>The log scan was cancelled.</source>
        <translation>L&apos;analyse du journal a été annulée.</translation>
    </message>
    <message>
        <source>No log file was given. Name the wso2carbon.log of the server to check.</source>
        <translation>Aucun fichier journal n&apos;a été indiqué. Indiquez le wso2carbon.log du serveur à vérifier.</translation>
    </message>
    <message>
        <source>The log file %1 does not exist. Check the path, or leave the file out.</source>
        <translation>Le fichier journal %1 n&apos;existe pas. Vérifiez le chemin, ou retirez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is not a file. Name the log files themselves, not their folder.</source>
        <translation>%1 n&apos;est pas un fichier. Indiquez les fichiers journaux eux-mêmes, pas leur dossier.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be read: %2. Check its permissions.</source>
        <translation>Le fichier journal %1 ne peut pas être lu : %2. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Reading the log file %1 failed: %2.</source>
        <translation>La lecture du fichier journal %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not valid UTF-8; the bad bytes were replaced and the scan went on.</source>
        <translation>La ligne %1 de %2 n&apos;est pas de l&apos;UTF-8 valide ; les octets invalides ont été remplacés et l&apos;analyse a continué.</translation>
    </message>
    <message>
        <source>%1 ends in a truncated line (no newline at the end); the line was read as it is.</source>
        <translation>%1 se termine par une ligne tronquée (pas de saut de ligne à la fin) ; la ligne a été lue telle quelle.</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrateConfigCommand</name>
    <message>
        <source>Carry a deployment.toml over to a newer release: renames, removals, new keys, findings.</source>
        <translation>Transpose un deployment.toml vers une version plus récente : renommages, suppressions, nouvelles clés, constats.</translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to. Needed unless OLD.toml lies in its IS home.</source>
        <translation>La version à laquelle appartient OLD.toml. Nécessaire sauf si OLD.toml se trouve dans son dossier IS.</translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation>La version cible de la migration, p. ex. 7.3.0.</translation>
    </message>
    <message>
        <source>The deployment.toml the new release ships: keys it requires are added.</source>
        <translation>Le deployment.toml livré avec la nouvelle version : les clés qu’il exige sont ajoutées.</translation>
    </message>
    <message>
        <source>Do not apply the proposed edit with this id (repeatable; the ids are in the output).</source>
        <translation>Ne pas appliquer la modification proposée portant cet identifiant (répétable ; les identifiants figurent dans la sortie).</translation>
    </message>
    <message>
        <source>Where to write the migrated file; an existing file is kept as a timestamped backup. &quot;-&quot; prints it.</source>
        <translation>Où écrire le fichier migré ; un fichier existant est conservé en sauvegarde horodatée. « - » l’affiche.</translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation>Le deployment.toml actuellement utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>give one file, OLD.toml; got %n.</source>
        <translation>
            <numerusform>indiquez un seul fichier, OLD.toml ; %n reçu.</numerusform>
            <numerusform>indiquez un seul fichier, OLD.toml ; %n reçus.</numerusform>
        </translation>
    </message>
    <message>
        <source>--to is missing: which release to migrate to?</source>
        <translation>--to manque : vers quelle version migrer ?</translation>
    </message>
    <message>
        <source>-o is missing: where to write the migrated file (&quot;-o -&quot; prints it)?</source>
        <translation>-o manque : où écrire le fichier migré (« -o - » l’affiche) ?</translation>
    </message>
    <message>
        <source>&quot;-o -&quot; prints the file itself; it cannot go with --format json.</source>
        <translation>« -o - » affiche le fichier lui-même ; il ne peut pas être combiné avec --format json.</translation>
    </message>
    <message>
        <source>cannot tell which release %1 is from: it is not in an IS home&apos;s repository/conf. Give --from.</source>
        <translation>impossible de déterminer de quelle version provient %1 : il ne se trouve pas dans le dossier repository/conf d’un dossier IS. Indiquez --from.</translation>
    </message>
    <message>
        <source>--reject %1: no proposed edit has this id; run without --reject to see the ids.</source>
        <translation>--reject %1 : aucune modification proposée ne porte cet identifiant ; exécutez sans --reject pour voir les identifiants.</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation>De %1 vers %2 (%3).</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) applied, %1.</source>
        <translation>
            <numerusform>%n modification appliquée, %1.</numerusform>
            <numerusform>%n modifications appliquées, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Le fichier remplacé est conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationProject</name>
    <message>
        <source>Project &quot;%1&quot; created in %2.</source>
        <translation>Projet « %1 » créé dans %2.</translation>
    </message>
    <message>
        <source>Environment %1 (%2) added to the project.</source>
        <translation>Environnement %1 (%2) ajouté au projet.</translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation>Exécution %1 démarrée sur %2 par %3.</translation>
    </message>
    <message>
        <source>Went ahead despite rule %1: %2 Reason given: %3</source>
        <translation>Poursuite malgré la règle %1 : %2 Motif indiqué : %3</translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation>Exécution %1 terminée : %2.</translation>
    </message>
    <message>
        <source>Old IS home %1 (%2), new IS home %3 (%4).</source>
        <translation>Ancien dossier IS %1 (%2), nouveau dossier IS %3 (%4).</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationWizard</name>
    <message>
        <source>Help: %1</source>
        <translation>Aide : %1</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Still Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Language of the wizard (%1)</source>
        <translation>Langue de l’assistant (%1)</translation>
    </message>
</context>
<context>
    <name>Ismw::OrderRule</name>
    <message>
        <source>No pre-production pilot is recorded in this project. The migration guide asks for a pilot on pre-production with a production-like database before production is migrated.</source>
        <translation>Aucun pilote en préproduction n’est enregistré dans ce projet. Le guide de migration demande un pilote en préproduction avec une base de données proche de la production avant de migrer la production.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-production pilot recorded in this project has not been completed (%n run(s) started, none finished). The migration guide asks for a completed pilot before production is migrated.</source>
        <translation>
            <numerusform>Le pilote en préproduction enregistré dans ce projet n’est pas terminé (%n exécution démarrée, aucune terminée). Le guide de migration demande un pilote terminé avant de migrer la production.</numerusform>
            <numerusform>Le pilote en préproduction enregistré dans ce projet n’est pas terminé (%n exécutions démarrées, aucune terminée). Le guide de migration demande un pilote terminé avant de migrer la production.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::PathChecks</name>
    <message>
        <source>old home</source>
        <extracomment>Put into sentences such as &quot;Choose %1 as the %2.&quot;: the old or the new IS home folder.</extracomment>
        <translation>ancien dossier IS</translation>
    </message>
    <message>
        <source>new home</source>
        <translation>nouveau dossier IS</translation>
    </message>
    <message>
        <source>%1 says “%2”</source>
        <translation>%1 indique « %2 »</translation>
    </message>
    <message>
        <source>The old home is not usable</source>
        <translation>L’ancien dossier IS n’est pas utilisable</translation>
    </message>
    <message>
        <source>The new home is not usable</source>
        <translation>Le nouveau dossier IS n’est pas utilisable</translation>
    </message>
    <message>
        <source>Choose %1 as the %2.</source>
        <translation>Choisissez %1 comme %2.</translation>
    </message>
    <message>
        <source>Choose the folder of the extracted WSO2 Identity Server (the one holding bin/ and repository/) as the %1.</source>
        <translation>Choisissez comme %1 le dossier du WSO2 Identity Server extrait (celui qui contient bin/ et repository/).</translation>
    </message>
    <message>
        <source>The old home&apos;s release is unknown</source>
        <translation>La version de l’ancien dossier IS est inconnue</translation>
    </message>
    <message>
        <source>The new home&apos;s release is unknown</source>
        <translation>La version du nouveau dossier IS est inconnue</translation>
    </message>
    <message>
        <source>%1 is an IS home, but no file in it names its release. %2</source>
        <translation>%1 est un dossier IS, mais aucun de ses fichiers n’indique sa version. %2</translation>
    </message>
    <message>
        <source>Restore bin/version.txt from the release&apos;s distribution.</source>
        <translation>Restaurez bin/version.txt à partir de la distribution de la version.</translation>
    </message>
    <message>
        <source>Old home: WSO2 Identity Server %1</source>
        <translation>Ancien dossier IS : WSO2 Identity Server %1</translation>
    </message>
    <message>
        <source>New home: WSO2 Identity Server %1</source>
        <translation>Nouveau dossier IS : WSO2 Identity Server %1</translation>
    </message>
    <message>
        <source> (kernel %1)</source>
        <translation> (noyau %1)</translation>
    </message>
    <message>
        <source>%1 is %2 %3%4.</source>
        <translation>%1 est %2 %3%4.</translation>
    </message>
    <message>
        <source>The release is read from: %1.</source>
        <translation>La version est lue dans : %1.</translation>
    </message>
    <message>
        <source>Check the version files of the %1 against the release you installed.</source>
        <translation>Comparez les fichiers de version (%1) avec la version que vous avez installée.</translation>
    </message>
    <message>
        <source>The old home&apos;s version files disagree</source>
        <translation>Les fichiers de version de l’ancien dossier IS se contredisent</translation>
    </message>
    <message>
        <source>The new home&apos;s version files disagree</source>
        <translation>Les fichiers de version du nouveau dossier IS se contredisent</translation>
    </message>
    <message>
        <source>Find out which release the %1 really is (its update level, the distribution it came from) and restore the version files that are wrong.</source>
        <translation>Déterminez la version réelle (%1 : son niveau de mise à jour, la distribution dont il provient) et restaurez les fichiers de version erronés.</translation>
    </message>
    <message>
        <source>Needs both homes with a known release; see the checks of the homes above.</source>
        <translation>Nécessite les deux dossiers IS avec une version connue ; voir les vérifications des dossiers ci-dessus.</translation>
    </message>
    <message>
        <source>Direction of the migration</source>
        <translation>Sens de la migration</translation>
    </message>
    <message>
        <source>Both homes are IS %1</source>
        <translation>Les deux dossiers sont IS %1</translation>
    </message>
    <message>
        <source>The old home (%1) and the new home (%2) are both WSO2 Identity Server %3: there is nothing to migrate between them.</source>
        <translation>L’ancien dossier IS (%1) et le nouveau dossier IS (%2) sont tous deux WSO2 Identity Server %3 : il n’y a rien à migrer entre eux.</translation>
    </message>
    <message>
        <source>Choose the extracted newer release as the new home (the newest is %1).</source>
        <translation>Choisissez la version plus récente extraite comme nouveau dossier IS (la plus récente est %1).</translation>
    </message>
    <message>
        <source>IS %1 → %2 is a downgrade</source>
        <translation>IS %1 → %2 est un retour à une version antérieure</translation>
    </message>
    <message>
        <source>The old home (%1) is WSO2 Identity Server %2, newer than the new home (%3), which is %4. The migration only goes to newer releases; the databases of %2 cannot be used by %4.</source>
        <translation>L’ancien dossier IS (%1) est WSO2 Identity Server %2, plus récent que le nouveau dossier IS (%3), qui est %4. La migration ne se fait que vers des versions plus récentes ; les bases de données de %2 ne peuvent pas être utilisées par %4.</translation>
    </message>
    <message>
        <source>Check that the homes are not swapped: the old home is the one in use, the new home the newer release you extracted.</source>
        <translation>Vérifiez que les dossiers ne sont pas inversés : l’ancien dossier IS est celui en service, le nouveau est la version plus récente que vous avez extraite.</translation>
    </message>
    <message>
        <source>IS %1 → %2</source>
        <translation>IS %1 → %2</translation>
    </message>
    <message>
        <source>An upgrade from WSO2 Identity Server %1 (%2) to %3 (%4).</source>
        <translation>Une mise à niveau de WSO2 Identity Server %1 (%2) vers %3 (%4).</translation>
    </message>
    <message>
        <source>Target release</source>
        <translation>Version cible</translation>
    </message>
    <message>
        <source>Needs the new home with a known release; see the check of the new home above.</source>
        <translation>Nécessite le nouveau dossier IS avec une version connue ; voir la vérification du nouveau dossier ci-dessus.</translation>
    </message>
    <message>
        <source>IS %1 is the newest release</source>
        <translation>IS %1 est la version la plus récente</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is the newest release this wizard knows.</source>
        <translation>La cible, WSO2 Identity Server %1, est la version la plus récente connue de cet assistant.</translation>
    </message>
    <message>
        <source>IS %1 is newer than the target</source>
        <translation>IS %1 est plus récent que la cible</translation>
    </message>
    <message>
        <source>The target is WSO2 Identity Server %1, but %2 is out. WSO2 recommends migrating to the latest release: each later migration walks every step again, and older releases stop getting updates first.</source>
        <translation>La cible est WSO2 Identity Server %1, mais %2 est disponible. WSO2 recommande de migrer vers la dernière version : chaque migration ultérieure repasse par toutes les étapes, et les versions plus anciennes cessent en premier de recevoir des mises à jour.</translation>
    </message>
    <message>
        <source>Extract IS %1 and choose it as the new home, unless there is a reason to stop at %2 (for instance the 5.10.0 stop that embedded H2 data needs).</source>
        <translation>Extrayez IS %1 et choisissez-le comme nouveau dossier IS, sauf s’il y a une raison de s’arrêter à %2 (par exemple l’étape 5.10.0 qu’exigent les données H2 embarquées).</translation>
    </message>
    <message>
        <source>IS %1 is newer than the wizard&apos;s rules</source>
        <translation>IS %1 est plus récent que les règles de l’assistant</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is newer than the newest release this wizard knows (%2): its configuration rules end at %2, so changes of %1 are not checked.</source>
        <translation>La cible, WSO2 Identity Server %1, est plus récente que la dernière version connue de cet assistant (%2) : ses règles de configuration s’arrêtent à %2, donc les changements de %1 ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>Look for a newer version of the wizard, or read the migration guide of %1 for the changes after %2.</source>
        <translation>Cherchez une version plus récente de l’assistant, ou lisez le guide de migration de %1 pour les changements postérieurs à %2.</translation>
    </message>
    <message>
        <source>IS %1 is not a release the wizard knows</source>
        <translation>IS %1 n’est pas une version connue de l’assistant</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is not one of the releases this wizard knows (%2 to %3); the newest is %3.</source>
        <translation>La cible, WSO2 Identity Server %1, ne fait pas partie des versions connues de cet assistant (%2 à %3) ; la plus récente est %3.</translation>
    </message>
    <message>
        <source>Check the version files of the new home, and migrate to %1 if you can.</source>
        <translation>Vérifiez les fichiers de version du nouveau dossier IS, et migrez vers %1 si possible.</translation>
    </message>
    <message>
        <source>Release steps</source>
        <translation>Étapes de version</translation>
    </message>
    <message>
        <source>There are no release steps from %1 to %2.</source>
        <translation>Il n’y a aucune étape de version de %1 à %2.</translation>
    </message>
    <message>
        <source>No rules for IS %1 → %2</source>
        <translation>Aucune règle pour IS %1 → %2</translation>
    </message>
    <message>
        <source>The wizard&apos;s configuration rules cover the releases %1 to %2; the way from %3 to %4 is not among them, so the configuration changes it brings are not checked.</source>
        <translation>Les règles de configuration de l’assistant couvrent les versions %1 à %2 ; le passage de %3 à %4 n’en fait pas partie, donc les changements de configuration qu’il apporte ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>Read WSO2&apos;s migration guide for each release step on the way.</source>
        <translation>Lisez le guide de migration de WSO2 pour chaque étape de version du parcours.</translation>
    </message>
    <message>
        <source>%1 (blocker): %2</source>
        <translation>%1 (bloquant) : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4, %5)</source>
        <translation>%1 : %2 (%3, %4, %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic edit(s)</source>
        <translation>
            <numerusform>%n modification automatique</numerusform>
            <numerusform>%n modifications automatiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release step(s) from IS %1 to %2</source>
        <translation>
            <numerusform>%n étape de version de IS %1 à %2</numerusform>
            <numerusform>%n étapes de version de IS %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration client walks every release step from %1 to %2: %3.</source>
        <translation>Le client de migration parcourt chaque étape de version de %1 à %2 : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n further rule(s) apply to every migration.</source>
        <translation>
            <numerusform>%n autre règle s’applique à toute migration.</numerusform>
            <numerusform>%n autres règles s’appliquent à toute migration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation>Parmi elles : %1</translation>
    </message>
    <message>
        <source>Some steps have rules that block the migration when the configuration matches them; the Configuration page checks the old deployment.toml against every rule and shows which apply.</source>
        <translation>Certaines étapes ont des règles qui bloquent la migration lorsque la configuration y correspond ; la page Configuration vérifie l’ancien deployment.toml par rapport à chaque règle et indique celles qui s’appliquent.</translation>
    </message>
    <message>
        <source>Embedded H2 databases</source>
        <translation>Bases de données H2 embarquées</translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home above.</source>
        <translation>Nécessite l’ancien dossier IS ; voir la vérification de l’ancien dossier ci-dessus.</translation>
    </message>
    <message>
        <source>The configuration %1 could not be read, so the wizard cannot tell whether the old deployment uses H2; the Configuration page says why.</source>
        <translation>La configuration %1 n’a pas pu être lue ; l’assistant ne peut donc pas déterminer si l’ancien déploiement utilise H2 ; la page Configuration en indique la raison.</translation>
    </message>
    <message>
        <source>The old home has no %1, so the wizard cannot tell whether it uses H2.</source>
        <translation>L’ancien dossier IS n’a pas de %1 ; l’assistant ne peut donc pas déterminer s’il utilise H2.</translation>
    </message>
    <message>
        <source>No database configured</source>
        <translation>Aucune base de données configurée</translation>
    </message>
    <message>
        <source>%1 names no database, so the server runs on its built-in defaults: the embedded H2 databases under repository/database/.</source>
        <translation>%1 ne désigne aucune base de données ; le serveur utilise donc ses valeurs par défaut intégrées : les bases de données H2 embarquées sous repository/database/.</translation>
    </message>
    <message>
        <source>Check where the old server&apos;s data really is before the migration; the Configuration page shows the file&apos;s database settings.</source>
        <translation>Vérifiez où se trouvent réellement les données de l’ancien serveur avant la migration ; la page Configuration affiche les paramètres de base de données du fichier.</translation>
    </message>
    <message>
        <source>No embedded H2 database</source>
        <translation>Aucune base de données H2 embarquée</translation>
    </message>
    <message>
        <source>%1 uses no H2 database (%2).</source>
        <translation>%1 n’utilise aucune base de données H2 (%2).</translation>
    </message>
    <message>
        <source>H2 in use: %1</source>
        <translation>H2 utilisé : %1</translation>
    </message>
    <message>
        <source>Embedded H2 data of releases before 5.10.0 can only be carried over by migrating to 5.10.0 first and converting the H2 files there; going from %1 to %2 in one go leaves the data behind.</source>
        <translation>Les données H2 embarquées des versions antérieures à 5.10.0 ne peuvent être reprises qu’en migrant d’abord vers 5.10.0 et en y convertissant les fichiers H2 ; passer de %1 à %2 en une seule fois laisse les données de côté.</translation>
    </message>
    <message>
        <source>Migrate to 5.10.0 first and convert the H2 files there, then migrate from 5.10.0 to %1; or move the data to a production database before the migration.</source>
        <translation>Migrez d’abord vers 5.10.0 et convertissez-y les fichiers H2, puis migrez de 5.10.0 vers %1 ; ou transférez les données vers une base de données de production avant la migration.</translation>
    </message>
    <message>
        <source>This is the 5.10.0 stop that embedded H2 data of releases before 5.10.0 needs: convert the H2 files there before going on.</source>
        <translation>Il s’agit de l’étape 5.10.0 qu’exigent les données H2 embarquées des versions antérieures à 5.10.0 : convertissez-y les fichiers H2 avant de poursuivre.</translation>
    </message>
    <message>
        <source>Convert the H2 files after migrating to 5.10.0, before any later migration.</source>
        <translation>Convertissez les fichiers H2 après la migration vers 5.10.0, avant toute migration ultérieure.</translation>
    </message>
    <message>
        <source>6.0.0 moves from H2 1.4.199 to H2 2.1.210, which cannot open the files the old version wrote: they have to be converted (WSO2&apos;s H2 migration tool) before %1 starts. Homes on 5.11.0 with update level 111 or later already write the new format.</source>
        <translation>6.0.0 passe de H2 1.4.199 à H2 2.1.210, qui ne peut pas ouvrir les fichiers écrits par l’ancienne version : ils doivent être convertis (outil de migration H2 de WSO2) avant le démarrage de %1. Les dossiers IS en 5.11.0 avec un niveau de mise à jour 111 ou supérieur écrivent déjà le nouveau format.</translation>
    </message>
    <message>
        <source>Convert the H2 files with WSO2&apos;s H2 migration tool before starting %1, or move the data to a production database.</source>
        <translation>Convertissez les fichiers H2 avec l’outil de migration H2 de WSO2 avant de démarrer %1, ou transférez les données vers une base de données de production.</translation>
    </message>
    <message>
        <source>Plan moving the data to a production database; until then copy the H2 files to the new home with the rest of its data.</source>
        <translation>Prévoyez le transfert des données vers une base de données de production ; d’ici là, copiez les fichiers H2 dans le nouveau dossier IS avec le reste de ses données.</translation>
    </message>
    <message>
        <source>%1 uses embedded H2: %2.</source>
        <translation>%1 utilise H2 embarqué : %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisiteChecks</name>
    <message>
        <source>IS homes</source>
        <translation>Dossiers IS</translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation>Chemin de migration</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>Disque et mémoire</translation>
    </message>
    <message>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <source>Customizations to carry over</source>
        <translation>Personnalisations à reprendre</translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisitesPage</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ réussi</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ avertissement</translation>
    </message>
    <message>
        <source>✖ blocker</source>
        <translation>✖ bloquant</translation>
    </message>
    <message>
        <source>– not applicable</source>
        <translation>– sans objet</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Choose the IS home in use now and the unpacked home of the release to migrate to. The wizard reads their releases from their files.</source>
        <translation>Choisissez le dossier IS actuellement en service et le dossier décompressé de la version vers laquelle migrer. L’assistant lit leurs versions dans leurs fichiers.</translation>
    </message>
    <message>
        <source>Choose the Old IS Home</source>
        <translation>Choisir l’ancien dossier IS</translation>
    </message>
    <message>
        <source>Choose the New IS Home</source>
        <translation>Choisir le nouveau dossier IS</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(Carbon kernel %1)</source>
        <translation>(noyau Carbon %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) to carry over, e.g. %1.</source>
        <translation>
            <numerusform>%n personnalisation à reprendre, p. ex. %1.</numerusform>
            <numerusform>%n personnalisations à reprendre, p. ex. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IS homes…</source>
        <translation>Lecture des dossiers IS…</translation>
    </message>
    <message>
        <source>Choose the old IS home.</source>
        <translation>Choisissez l’ancien dossier IS.</translation>
    </message>
    <message>
        <source>The old IS home is not usable: see above.</source>
        <translation>L’ancien dossier IS n’est pas utilisable : voir ci-dessus.</translation>
    </message>
    <message>
        <source>Choose the new IS home.</source>
        <translation>Choisissez le nouveau dossier IS.</translation>
    </message>
    <message>
        <source>The new IS home is not usable: see above.</source>
        <translation>Le nouveau dossier IS n’est pas utilisable : voir ci-dessus.</translation>
    </message>
    <message>
        <source>The new home (%1) must be a later release than the old one (%2): choose the homes the other way round, or the unpacked new release.</source>
        <translation>Le nouveau dossier IS (%1) doit être une version ultérieure à l’ancien (%2) : choisissez les dossiers dans l’autre sens, ou la nouvelle version décompressée.</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Exécution des vérifications…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to fix (then Run Checks Again) or to accept with a reason: %1.</source>
        <translation>
            <numerusform>%n bloquant à corriger (puis Relancer les vérifications) ou à accepter avec un motif : %1.</numerusform>
            <numerusform>%n bloquants à corriger (puis Relancer les vérifications) ou à accepter avec un motif : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Confirm the backup of the old home and its databases.</source>
        <translation>Confirmez la sauvegarde de l’ancien dossier IS et de ses bases de données.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>pas nécessaire</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a check to see what it found.</source>
        <translation>Choisissez une vérification pour voir ce qu’elle a trouvé.</translation>
    </message>
    <message>
        <source>Concerns: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>Concerne : &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Que faire :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Décision :&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>This cannot be accepted: choose other homes.</source>
        <translation>Ceci ne peut pas être accepté : choisissez d’autres dossiers.</translation>
    </message>
    <message>
        <source>carried over to the new home</source>
        <translation>repris dans le nouveau dossier IS</translation>
    </message>
    <message>
        <source>From %1 to %2: %3, %4, %5.</source>
        <translation>De %1 à %2 : %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) still to decide.</source>
        <translation>
            <numerusform>%n personnalisation encore à décider.</numerusform>
            <numerusform>%n personnalisations encore à décider.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks run when both homes are chosen.</source>
        <translation>Les vérifications s’exécutent lorsque les deux dossiers sont choisis.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;old IS home&lt;/b&gt; is the folder of the Identity Server in use now (it contains &lt;i&gt;bin/&lt;/i&gt; and &lt;i&gt;repository/&lt;/i&gt;). The &lt;b&gt;new IS home&lt;/b&gt; is the newest release, downloaded and unpacked but not yet started against your databases.&lt;/p&gt;&lt;p&gt;The wizard reads each home&apos;s release from its files and refuses a folder that is not an IS home, saying what it missed. The migration must go forward: the new release must be later than the old one, and should be the newest release.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;checks&lt;/b&gt; then look at what the migration needs: the release steps it crosses and what each changes, H2 in use, free disk space and memory, the Java runtime each release would run on (JAVA_HOME, else PATH), and the customizations of the old home that the new one lacks: jars, JDBC drivers, user stores, keystores, web apps, tenants and changed configuration files.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until it is fixed (&lt;b&gt;Run Checks Again&lt;/b&gt;) or accepted with a reason, for example when the server runs on another machine with its own Java. Mark each customization &lt;b&gt;done&lt;/b&gt; once it is in the new home, or &lt;b&gt;not needed&lt;/b&gt; with a reason. Results and decisions go into the project and its journal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L’&lt;b&gt;ancien dossier IS&lt;/b&gt; est le dossier de l’Identity Server actuellement en service (il contient &lt;i&gt;bin/&lt;/i&gt; et &lt;i&gt;repository/&lt;/i&gt;). Le &lt;b&gt;nouveau dossier IS&lt;/b&gt; est la version la plus récente, téléchargée et décompressée mais pas encore démarrée sur vos bases de données.&lt;/p&gt;&lt;p&gt;L’assistant lit la version de chaque dossier dans ses fichiers et refuse un dossier qui n’est pas un dossier IS, en indiquant ce qui manque. La migration doit aller de l’avant : la nouvelle version doit être ultérieure à l’ancienne, et devrait être la plus récente.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;vérifications&lt;/b&gt; examinent ensuite ce dont la migration a besoin : les étapes de version qu’elle franchit et ce que chacune change, l’utilisation de H2, l’espace disque libre et la mémoire, l’environnement d’exécution Java sur lequel chaque version tournerait (JAVA_HOME, sinon PATH), et les personnalisations de l’ancien dossier qui manquent au nouveau : jars, pilotes JDBC, magasins d’utilisateurs, magasins de clés, applications web, locataires et fichiers de configuration modifiés.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;bloquant&lt;/b&gt; laisse Suivant désactivé jusqu’à ce qu’il soit corrigé (&lt;b&gt;Relancer les vérifications&lt;/b&gt;) ou accepté avec un motif, par exemple lorsque le serveur tourne sur une autre machine avec son propre Java. Marquez chaque personnalisation comme &lt;b&gt;faite&lt;/b&gt; une fois qu’elle se trouve dans le nouveau dossier, ou &lt;b&gt;pas nécessaire&lt;/b&gt; avec un motif. Les résultats et les décisions sont enregistrés dans le projet et son registre.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ismw::ProductionEstimate</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No estimate for %1: it has not run to completion on an environment below %2. Run it there first (a real run, not a dry run) to measure its speed.</source>
        <translation>Aucune estimation pour %1 : il n’a pas été exécuté jusqu’au bout sur un environnement inférieur à %2. Exécutez-le d’abord là-bas (une exécution réelle, pas une simulation) pour mesurer sa vitesse.</translation>
    </message>
    <message>
        <source>%1: %2 rows removed in %3 (%4 rows/s)</source>
        <translation>%1 : %2 lignes supprimées en %3 (%4 lignes/s)</translation>
    </message>
    <message>
        <source>No estimate for %1: run a dry run on %2 to count its rows (%3).</source>
        <translation>Aucune estimation pour %1 : lancez une simulation sur %2 pour compter ses lignes (%3).</translation>
    </message>
    <message>
        <source>%1 — %2; the %3 dry run counted %4 eligible rows → about %5.</source>
        <translation>%1 — %2 ; la simulation sur %3 a compté %4 lignes concernées → environ %5.</translation>
    </message>
    <message>
        <source>No estimate for %1: no cleanup has run on a lower environment and no dry run on %1 counted rows. Run the cleanup on a lower environment and a dry run on %1.</source>
        <translation>Aucune estimation pour %1 : aucun nettoyage n’a été exécuté sur un environnement inférieur et aucune simulation sur %1 n’a compté de lignes. Exécutez le nettoyage sur un environnement inférieur et une simulation sur %1.</translation>
    </message>
    <message>
        <source>No estimate for %1 yet: see each script for what is missing.</source>
        <translation>Pas encore d’estimation pour %1 : voir chaque script pour ce qui manque.</translation>
    </message>
    <message>
        <source>Cleanup on %1: about %2 in total.</source>
        <translation>Nettoyage sur %1 : environ %2 au total.</translation>
    </message>
    <message>
        <source>Cleanup on %1: at least %2 for the scripts that could be estimated; the others are not included.</source>
        <translation>Nettoyage sur %1 : au moins %2 pour les scripts qui ont pu être estimés ; les autres ne sont pas inclus.</translation>
    </message>
    <message>
        <source>An estimate, not a promise: load, hardware and indexes on %1 differ from the environments measured. Where a script ran more than once, the slowest run is used, and every figure is rounded up.</source>
        <translation>Une estimation, pas une promesse : la charge, le matériel et les index de %1 diffèrent de ceux des environnements mesurés. Lorsqu’un script a été exécuté plusieurs fois, l’exécution la plus lente est retenue, et chaque valeur est arrondie à l’unité supérieure.</translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectPage</name>
    <message>
        <source>Migration projects (*.ismig)</source>
        <translation>Projets de migration (*.ismig)</translation>
    </message>
    <message>
        <source>Migration project</source>
        <translation>Projet de migration</translation>
    </message>
    <message>
        <source>One project file follows a migration through every environment, from development to production. Choose it, the environment you migrate now, and who you are.</source>
        <translation>Un seul fichier de projet suit une migration à travers chaque environnement, du développement à la production. Choisissez-le, ainsi que l’environnement que vous migrez maintenant, et indiquez qui vous êtes.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A migration moves each environment in turn: development first, then test, then a pilot on pre-production with a production-like database, and production last. One project file (&lt;i&gt;*.ismig&lt;/i&gt;) records all of them, so what dev and pre-prod found and how long their database cleanup took is in front of you when production comes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;New Project&lt;/b&gt; starts a project file; &lt;b&gt;Open Project&lt;/b&gt; continues one. Choose the environment you migrate now and enter your name: every decision is journaled under it.&lt;/p&gt;&lt;p&gt;Production cannot start before a completed pre-production pilot is recorded, unless you acknowledge that with a reason. The reason goes into the journal and the final report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une migration traite chaque environnement à tour de rôle : d’abord le développement, puis le test, puis un pilote en préproduction avec une base de données proche de la production, et la production en dernier. Un seul fichier de projet (&lt;i&gt;*.ismig&lt;/i&gt;) les enregistre tous, de sorte que ce que le développement et la préproduction ont trouvé et la durée de leur nettoyage de base de données sont sous vos yeux quand vient la production.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nouveau projet&lt;/b&gt; crée un fichier de projet ; &lt;b&gt;Ouvrir un projet&lt;/b&gt; en poursuit un. Choisissez l’environnement que vous migrez maintenant et saisissez votre nom : chaque décision est consignée sous ce nom dans le registre.&lt;/p&gt;&lt;p&gt;La production ne peut pas commencer avant qu’un pilote en préproduction terminé soit enregistré, sauf si vous l’acceptez avec un motif. Le motif est consigné dans le registre et dans le rapport final.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Migration Project</source>
        <translation>Nouveau projet de migration</translation>
    </message>
    <message>
        <source>is-migration.ismig</source>
        <translation>is-migration.ismig</translation>
    </message>
    <message>
        <source>Open Migration Project</source>
        <translation>Ouvrir un projet de migration</translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation>Effacer cette liste</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Create or open a project file to continue.</source>
        <translation>Créez ou ouvrez un fichier de projet pour continuer.</translation>
    </message>
    <message>
        <source>Name the custom environment.</source>
        <translation>Nommez l’environnement personnalisé.</translation>
    </message>
    <message>
        <source>Enter your name as the operator of this run.</source>
        <translation>Saisissez votre nom en tant qu’opérateur de cette exécution.</translation>
    </message>
    <message>
        <source>Give the reason for going ahead in a few words (at least %1 characters).</source>
        <translation>Indiquez en quelques mots le motif de la poursuite (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>Tick the acknowledgement to go ahead without a completed pre-production pilot.</source>
        <translation>Cochez la confirmation pour poursuivre sans pilote en préproduction terminé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · created %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · créé le %3</translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation>Aucun projet n’est ouvert. Créez un nouveau projet pour cette migration, ou ouvrez celui utilisé par les environnements précédents.</translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectStore</name>
    <message>
        <source>The project file %1 is damaged (%2: %3). It was not changed. Restore it from your backup; if the wizard ever upgraded its format, the copy it made then lies beside it (*.schema-N.bak).</source>
        <translation>Le fichier de projet %1 est endommagé (%2 : %3). Il n’a pas été modifié. Restaurez-le à partir de votre sauvegarde ; si l’assistant a déjà mis à niveau son format, la copie faite à ce moment se trouve à côté (*.schema-N.bak).</translation>
    </message>
    <message>
        <source>Could not %1 in the project file %2: %3. Check that the disk is not full and the file is writable; the change was not saved.</source>
        <extracomment>%1 is what was being done, from the messages &quot;open&quot;, &quot;read&quot;, &quot;check&quot;, &quot;commit&quot;, &quot;set up&quot; (an infinitive), %2 the file&apos;s path, %3 the database&apos;s own error text.</extracomment>
        <translation>Impossible de %1 dans le fichier de projet %2 : %3. Vérifiez que le disque n’est pas plein et que le fichier est accessible en écriture ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>préparer une instruction</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écrire</translation>
    </message>
    <message>
        <source>No project file is open.</source>
        <translation>Aucun fichier de projet n’est ouvert.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>démarrer une transaction</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>valider</translation>
    </message>
    <message>
        <source>The project file %1 does not exist. Choose an existing *.ismig file or create a new project.</source>
        <translation>Le fichier de projet %1 n’existe pas. Choisissez un fichier *.ismig existant ou créez un nouveau projet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a migration project file. Choose a *.ismig file.</source>
        <translation>%1 est un dossier, pas un fichier de projet de migration. Choisissez un fichier *.ismig.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the file&apos;s permissions.</source>
        <translation>Impossible de lire %1 : %2. Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a migration project. It was not changed.</source>
        <translation>%1 est vide, ce n’est donc pas un projet de migration. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a migration project file (it is not an SQLite database). It was not changed. Choose a *.ismig file made by the IS Migration Wizard.</source>
        <translation>%1 n’est pas un fichier de projet de migration (ce n’est pas une base de données SQLite). Il n’a pas été modifié. Choisissez un fichier *.ismig créé par l’IS Migration Wizard.</translation>
    </message>
    <message>
        <source>The project %1 is open in another IS Migration Wizard (process %2 on %3). Close it there first: two wizards writing one project would mix their records.</source>
        <translation>Le projet %1 est ouvert dans un autre IS Migration Wizard (processus %2 sur %3). Fermez-le d’abord là-bas : deux assistants écrivant dans un même projet mélangeraient leurs enregistrements.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a migration project. It was not changed.</source>
        <translation>%1 est une base de données SQLite d’un autre programme, pas un projet de migration. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IS Migration Wizard (project format %2; this version reads up to format %3). Update the wizard to open it. The file was not changed.</source>
        <translation>%1 a été écrit par un IS Migration Wizard plus récent (format de projet %2 ; cette version lit jusqu’au format %3). Mettez à jour l’assistant pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérifier</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new project.</source>
        <translation>%1 existe déjà. Ouvrez-le, ou choisissez un autre nom pour le nouveau projet.</translation>
    </message>
    <message>
        <source>Could not create %1. Check that the folder exists and is writable.</source>
        <translation>Impossible de créer %1. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>initialiser</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading its format. Check that the folder is writable; the file was not changed.</source>
        <translation>Impossible de sauvegarder %1 vers %2 avant la mise à niveau de son format. Vérifiez que le dossier est accessible en écriture ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 has no project format version. It was not changed.</source>
        <translation>%1 n’a pas de version de format de projet. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>lire le registre</translation>
    </message>
    <message>
        <source>read the checklist</source>
        <translation>lire la liste de vérification</translation>
    </message>
    <message>
        <source>The project file %1 has lost its project record. Restore it from a backup.</source>
        <translation>Le fichier de projet %1 a perdu son enregistrement de projet. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReleaseRules</name>
    <message>
        <source>Unknown rule file format; this program reads format 1.</source>
        <translation>Format de fichier de règles inconnu ; ce programme lit le format 1.</translation>
    </message>
    <message>
        <source>[step] must be a table.</source>
        <translation>[step] doit être une table.</translation>
    </message>
    <message>
        <source>every_migration must be true when it is given.</source>
        <translation>every_migration doit valoir true lorsqu’il est indiqué.</translation>
    </message>
    <message>
        <source>A step must go to a newer release.</source>
        <translation>Une étape doit mener à une version plus récente.</translation>
    </message>
    <message>
        <source>Rules are written as [[rule]] tables.</source>
        <translation>Les règles s’écrivent sous forme de tables [[rule]].</translation>
    </message>
    <message>
        <source>Unknown key “%1”.</source>
        <translation>Clé « %1 » inconnue.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>« %1 » manque.</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>« %1 » doit être une chaîne.</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>« %1 » ne doit pas être vide.</translation>
    </message>
    <message>
        <source>“%1” must be a string or an array of strings.</source>
        <translation>« %1 » doit être une chaîne ou un tableau de chaînes.</translation>
    </message>
    <message>
        <source>“%1” is not a key path.</source>
        <translation>« %1 » n’est pas un chemin de clé.</translation>
    </message>
    <message>
        <source>A regular expression must be a string.</source>
        <translation>Une expression régulière doit être une chaîne.</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1.</source>
        <translation>Expression régulière non valide : %1.</translation>
    </message>
    <message>
        <source>A release must be a string such as &quot;7.1.0&quot;.</source>
        <translation>Une version doit être une chaîne telle que &quot;7.1.0&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a release.</source>
        <translation>« %1 » n’est pas une version.</translation>
    </message>
    <message>
        <source>A value to compare with must be a string, number or boolean.</source>
        <translation>Une valeur de comparaison doit être une chaîne, un nombre ou un booléen.</translation>
    </message>
    <message>
        <source>“%1” is not a key name.</source>
        <translation>« %1 » n’est pas un nom de clé.</translation>
    </message>
    <message>
        <source>“%1” must be an array.</source>
        <translation>« %1 » doit être un tableau.</translation>
    </message>
    <message>
        <source>“%1” must be a table of key paths.</source>
        <translation>« %1 » doit être une table de chemins de clés.</translation>
    </message>
    <message>
        <source>Unknown condition “%1”.</source>
        <translation>Condition « %1 » inconnue.</translation>
    </message>
    <message>
        <source>value_* and sibling_* conditions need the rule&apos;s path.</source>
        <translation>Les conditions value_* et sibling_* nécessitent le chemin de la règle.</translation>
    </message>
    <message>
        <source>An edit must be a table.</source>
        <translation>Une modification doit être une table.</translation>
    </message>
    <message>
        <source>Unknown edit action “%1”.</source>
        <translation>Action de modification « %1 » inconnue.</translation>
    </message>
    <message>
        <source>“%1” does not belong to a %2 edit.</source>
        <translation>« %1 » n’appartient pas à une modification %2.</translation>
    </message>
    <message>
        <source>An edit names either a key beside the rule&apos;s key or a target path, not both.</source>
        <translation>Une modification désigne soit une clé voisine de la clé de la règle, soit un chemin cible, pas les deux.</translation>
    </message>
    <message>
        <source>A target path cannot contain &apos;*&apos;.</source>
        <translation>Un chemin cible ne peut pas contenir &apos;*&apos;.</translation>
    </message>
    <message>
        <source>An append edit&apos;s value must be an array.</source>
        <translation>La valeur d’une modification append doit être un tableau.</translation>
    </message>
    <message>
        <source>A map edit needs a table of old value = new value.</source>
        <translation>Une modification map nécessite une table ancienne valeur = nouvelle valeur.</translation>
    </message>
    <message>
        <source>An edit of a rule without a path needs a target.</source>
        <translation>Une modification d’une règle sans chemin nécessite une cible.</translation>
    </message>
    <message>
        <source>“after” cannot contain &apos;*&apos;.</source>
        <translation>« after » ne peut pas contenir &apos;*&apos;.</translation>
    </message>
    <message>
        <source>{{%1}} needs the rule&apos;s path.</source>
        <translation>{{%1}} nécessite le chemin de la règle.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}.</source>
        <translation>Espace réservé {{%1}} inconnu.</translation>
    </message>
    <message>
        <source>Unknown severity “%1”: use info, warning or blocker.</source>
        <translation>Gravité « %1 » inconnue : utilisez info, warning ou blocker.</translation>
    </message>
    <message>
        <source>A rule must be a table.</source>
        <translation>Une règle doit être une table.</translation>
    </message>
    <message>
        <source>A rule id in this file starts with “%1”.</source>
        <translation>Dans ce fichier, un identifiant de règle commence par « %1 ».</translation>
    </message>
    <message>
        <source>A rule id is the release, &apos;/&apos;, and lower-case words joined by &apos;-&apos;.</source>
        <translation>Un identifiant de règle se compose de la version, de &apos;/&apos; et de mots en minuscules reliés par &apos;-&apos;.</translation>
    </message>
    <message>
        <source>[rule.when] must be a table.</source>
        <translation>[rule.when] doit être une table.</translation>
    </message>
    <message>
        <source>[rule.escalate] must be a table.</source>
        <translation>[rule.escalate] doit être une table.</translation>
    </message>
    <message>
        <source>An escalation must raise the severity.</source>
        <translation>Une escalade doit augmenter la gravité.</translation>
    </message>
    <message>
        <source>An escalation needs a condition.</source>
        <translation>Une escalade nécessite une condition.</translation>
    </message>
    <message>
        <source>This edit needs the rule&apos;s path.</source>
        <translation>Cette modification nécessite le chemin de la règle.</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Règle « %1 » : %2</translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation>Les règles font partie du programme : veuillez signaler ceci comme un bogue.</translation>
    </message>
    <message>
        <source>Correct the rule file; the rules are documented in resources/rules/README.md.</source>
        <translation>Corrigez le fichier de règles ; les règles sont documentées dans resources/rules/README.md.</translation>
    </message>
    <message>
        <source>The rule file cannot be read: %1.</source>
        <translation>Le fichier de règles ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>The rule file is not valid TOML.</source>
        <translation>Le fichier de règles n’est pas du TOML valide.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>No rule files (*.toml) found.</source>
        <translation>Aucun fichier de règles (*.toml) trouvé.</translation>
    </message>
    <message>
        <source>The id is already used in %1, line %2.</source>
        <translation>L’identifiant est déjà utilisé dans %1, ligne %2.</translation>
    </message>
    <message>
        <source>The step %1 does not continue the step %2 (%3).</source>
        <translation>L’étape %1 ne prolonge pas l’étape %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportCommand</name>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>There is no project file %1. Check the path.</source>
        <translation>Il n’y a pas de fichier de projet %1. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The project %1 is open in the IS Migration Wizard (process %2 on %3). Export the report from the wizard&apos;s report page, or close the project there and run this command again.</source>
        <translation>Le projet %1 est ouvert dans l’IS Migration Wizard (processus %2 sur %3). Exportez le rapport depuis la page Rapport de l’assistant, ou fermez le projet là-bas et relancez cette commande.</translation>
    </message>
    <message>
        <source>Cannot read %1 into a temporary folder (%2). Check that the file is readable and the disk has room.</source>
        <translation>Impossible de lire %1 dans un dossier temporaire (%2). Vérifiez que le fichier est lisible et que le disque a de la place.</translation>
    </message>
    <message>
        <source>%1 is in the older project format %2; it was read through an upgraded temporary copy and was not changed. Opening it in the wizard upgrades it.</source>
        <translation>%1 est dans l’ancien format de projet %2 ; il a été lu via une copie temporaire mise à niveau et n’a pas été modifié. L’ouvrir dans l’assistant le met à niveau.</translation>
    </message>
    <message>
        <source>To check it without this tool, in %1 run:</source>
        <translation>Pour le vérifier sans cet outil, exécutez dans %1 :</translation>
    </message>
    <message>
        <source>The migration report of one environment as PDF, HTML and JSON, signed; and the check of a signed report.</source>
        <translation>Le rapport de migration d’un environnement en PDF, HTML et JSON, signé ; et la vérification d’un rapport signé.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation : %1 %2</translation>
    </message>
    <message>
        <source>Run “%1 report export --help” or “%1 report verify --help” for the options.</source>
        <translation>Exécutez « %1 report export --help » ou « %1 report verify --help » pour voir les options.</translation>
    </message>
    <message>
        <source>name a subcommand: export or verify.</source>
        <translation>indiquez une sous-commande : export ou verify.</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”: use export or verify.</source>
        <translation>sous-commande « %1 » inconnue : utilisez export ou verify.</translation>
    </message>
    <message>
        <source>Writes the migration report of one environment: the PDF, optionally its HTML and JSON twins, a SHA-256 manifest of them (report.pdf.sha256) and, with --sign, CMS signatures of the PDF and of the manifest (.p7s). All files appear together or none does. The project file is read, never changed.
Exit codes: 0 written (also when the verdict is “not ready”: that is the report&apos;s finding, see its reasons); 2 bad input (unknown environment, unreadable project, wrong passphrase, a certificate that cannot sign); 3 I/O failure (a missing folder, the project open in the wizard).</source>
        <translation>Écrit le rapport de migration d’un environnement : le PDF, éventuellement ses équivalents HTML et JSON, un manifeste SHA-256 de ces fichiers (report.pdf.sha256) et, avec --sign, les signatures CMS du PDF et du manifeste (.p7s). Tous les fichiers apparaissent ensemble, ou aucun. Le fichier de projet est lu, jamais modifié.
Codes de sortie : 0 écrit (y compris lorsque le verdict est « pas prêt » : c’est le constat du rapport, voir ses motifs) ; 2 entrée incorrecte (environnement inconnu, projet illisible, phrase secrète erronée, certificat qui ne peut pas signer) ; 3 erreur d’E/S (dossier manquant, projet ouvert dans l’assistant).</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>La sous-commande.</translation>
    </message>
    <message>
        <source>The migration project file (*.ismig).</source>
        <translation>Le fichier de projet de migration (*.ismig).</translation>
    </message>
    <message>
        <source>The environment to report on.</source>
        <translation>L’environnement sur lequel porte le rapport.</translation>
    </message>
    <message>
        <source>Where to write the PDF report.</source>
        <translation>Où écrire le rapport PDF.</translation>
    </message>
    <message>
        <source>Also write the report as HTML to this file.</source>
        <translation>Écrire aussi le rapport en HTML dans ce fichier.</translation>
    </message>
    <message>
        <source>Also write the report as JSON (schema ismw-report) to this file.</source>
        <translation>Écrire aussi le rapport en JSON (schéma ismw-report) dans ce fichier.</translation>
    </message>
    <message>
        <source>Sign with the certificate and key in this PKCS#12 file.</source>
        <translation>Signer avec le certificat et la clé de ce fichier PKCS#12.</translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from the first line of stdin.</source>
        <translation>Lire la phrase secrète PKCS#12 sur la première ligne de stdin.</translation>
    </message>
    <message>
        <source>Report this run of the environment (default: its latest).</source>
        <translation>Rapport sur cette exécution de l’environnement (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>name one project file.</source>
        <translation>indiquez un seul fichier de projet.</translation>
    </message>
    <message>
        <source>name the environment with --environment.</source>
        <translation>indiquez l’environnement avec --environment.</translation>
    </message>
    <message>
        <source>name the PDF to write with -o.</source>
        <translation>indiquez le PDF à écrire avec -o.</translation>
    </message>
    <message>
        <source>--sign and --pass-stdin go together: the passphrase of the PKCS#12 file is read from stdin, never from the command line.</source>
        <translation>--sign et --pass-stdin vont ensemble : la phrase secrète du fichier PKCS#12 est lue sur stdin, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>--run “%1” is not a run id.</source>
        <translation>--run « %1 » n’est pas un identifiant d’exécution.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>There is no certificate file %1. Name the PKCS#12 (.p12 or .pfx) file with your signing certificate and key.</source>
        <translation>Il n’y a pas de fichier de certificat %1. Indiquez le fichier PKCS#12 (.p12 ou .pfx) contenant votre certificat de signature et votre clé.</translation>
    </message>
    <message>
        <source>No passphrase on stdin: --pass-stdin reads it from the first line, e.g. from a file only you can read: --pass-stdin &lt; pass.txt.</source>
        <translation>Aucune phrase secrète sur stdin : --pass-stdin la lit sur la première ligne, p. ex. depuis un fichier que vous seul pouvez lire : --pass-stdin &lt; pass.txt.</translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>Verdict pour %1 : %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Écrit :</translation>
    </message>
    <message>
        <source>Signed by %1, issued by %2, certificate valid until %3.</source>
        <translation>Signé par %1, émis par %2, certificat valide jusqu’au %3.</translation>
    </message>
    <message>
        <source>Checks a signed report: the PDF against its signature and, when the manifest report.pdf.sha256 and its signature are beside it, every file the manifest lists. With --ca, also that the signer&apos;s certificate was issued by that certificate authority.
Exit codes: 0 verified; 1 verification failed (a changed or missing file, a signature that does not match, a signer the CA does not trust); 2 bad input (no such report or signature).</source>
        <translation>Vérifie un rapport signé : le PDF par rapport à sa signature et, lorsque le manifeste report.pdf.sha256 et sa signature se trouvent à côté, chaque fichier listé dans le manifeste. Avec --ca, vérifie aussi que le certificat du signataire a été émis par cette autorité de certification.
Codes de sortie : 0 vérifié ; 1 échec de la vérification (fichier modifié ou manquant, signature qui ne correspond pas, signataire auquel l’AC ne fait pas confiance) ; 2 entrée incorrecte (rapport ou signature introuvable).</translation>
    </message>
    <message>
        <source>The signed PDF report.</source>
        <translation>Le rapport PDF signé.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature (default: REPORT.p7s).</source>
        <translation>La signature du PDF (par défaut : REPORT.p7s).</translation>
    </message>
    <message>
        <source>Check that the signer chains to a CA in this PEM file.</source>
        <translation>Vérifier que le signataire se rattache à une AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>name one report PDF.</source>
        <translation>indiquez un seul rapport PDF.</translation>
    </message>
    <message>
        <source>there is no CA file %1.</source>
        <translation>il n’y a pas de fichier d’AC %1.</translation>
    </message>
    <message>
        <source>not checked: no --ca given</source>
        <translation>non vérifié : aucun --ca indiqué</translation>
    </message>
    <message>
        <source>trusted by %1</source>
        <translation>approuvé par %1</translation>
    </message>
    <message>
        <source>NOT trusted by %1</source>
        <translation>NON approuvé par %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signataire : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Signé le : %1</translation>
    </message>
    <message>
        <source>Report unchanged: %1</source>
        <translation>Rapport inchangé : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>NE CORRESPOND PAS</translation>
    </message>
    <message>
        <source>Manifest: none beside the report; only the PDF was checked.</source>
        <translation>Manifeste : aucun à côté du rapport ; seul le PDF a été vérifié.</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Chaîne : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Vérifié.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>ÉCHEC de la vérification.</translation>
    </message>
    <message>
        <source>Manifest %1: %2, %3, %4; signature %5.</source>
        <extracomment>%1 the manifest&apos;s path; %2 files listed, %3 changed, %4 missing (each counted in its own message); %5 the state of its signature.</extracomment>
        <translation>Manifeste %1 : %2, %3, %4 ; signature %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) listed</source>
        <translation>
            <numerusform>%n fichier listé</numerusform>
            <numerusform>%n fichiers listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ReportData</name>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>a warning</source>
        <translation>un avertissement</translation>
    </message>
    <message>
        <source>a blocker</source>
        <translation>un bloquant</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message numerus="yes">
        <source> and %n more (see the checklist)</source>
        <translation>
            <numerusform> et %n autre (voir la liste de vérification)</numerusform>
            <numerusform> et %n autres (voir la liste de vérification)</numerusform>
        </translation>
    </message>
    <message>
        <source>The run on %1 was still in progress when this report was made.</source>
        <translation>L’exécution sur %1 était encore en cours lors de la création de ce rapport.</translation>
    </message>
    <message>
        <source>The run on %1 was rolled back.</source>
        <translation>L’exécution sur %1 a fait l’objet d’un retour arrière.</translation>
    </message>
    <message>
        <source>The run on %1 was abandoned before it finished.</source>
        <translation>L’exécution sur %1 a été abandonnée avant la fin.</translation>
    </message>
    <message>
        <source>The check %1 is %2 and was not accepted: %3</source>
        <extracomment>%1 is the check&apos;s id, %2 its state (&quot;a warning&quot;, &quot;a blocker&quot;), %3 its summary.</extracomment>
        <translation>La vérification %1 est %2 et n’a pas été acceptée : %3</translation>
    </message>
    <message>
        <source>The automatic check %1 did not pass and was not accepted: %2</source>
        <translation>La vérification automatique %1 n’a pas réussi et n’a pas été acceptée : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or blocker(s) were accepted with a reason; see the checks.</source>
        <translation>
            <numerusform>%n avertissement ou bloquant a été accepté avec un motif ; voir les vérifications.</numerusform>
            <numerusform>%n avertissements ou bloquants ont été acceptés avec un motif ; voir les vérifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>No test cases were recorded for this run: the migrated system was not verified.</source>
        <translation>Aucun cas de test n’a été enregistré pour cette exécution : le système migré n’a pas été vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed: %1.</source>
        <translation>
            <numerusform>%n cas de test a échoué : %1.</numerusform>
            <numerusform>%n cas de test ont échoué : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) are blocked: %1.</source>
        <translation>
            <numerusform>%n cas de test est bloqué : %1.</numerusform>
            <numerusform>%n cas de test sont bloqués : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) were not run: %1. A case not run has not shown that the migrated system works.</source>
        <translation>
            <numerusform>%n cas de test n’a pas été exécuté : %1. Un cas non exécuté n’a pas montré que le système migré fonctionne.</numerusform>
            <numerusform>%n cas de test n’ont pas été exécutés : %1. Un cas non exécuté n’a pas montré que le système migré fonctionne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not switch users to the new system on %1 until every reason above is resolved.</source>
        <translation>Ne basculez pas les utilisateurs vers le nouveau système sur %1 tant que chacun des motifs ci-dessus n’est pas résolu.</translation>
    </message>
    <message>
        <source>If traffic already goes to the new system, route it back to the old environment (load balancer or DNS) and keep the old IS home and its databases untouched.</source>
        <translation>Si le trafic va déjà vers le nouveau système, redirigez-le vers l’ancien environnement (répartiteur de charge ou DNS) et laissez intacts l’ancien dossier IS et ses bases de données.</translation>
    </message>
    <message>
        <source>Investigate the failed checks and test cases, and the errors in the server log, before trying again.</source>
        <translation>Examinez les vérifications et cas de test en échec, ainsi que les erreurs du journal du serveur, avant de réessayer.</translation>
    </message>
    <message>
        <source>If the database cleanup or migration left the databases in a doubtful state, restore them from the backup taken before the migration.</source>
        <translation>Si le nettoyage ou la migration de la base de données a laissé les bases de données dans un état douteux, restaurez-les à partir de la sauvegarde effectuée avant la migration.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>The project has no environment “%1”; it has no environments at all yet. Start a run in the wizard first.</source>
        <translation>Le projet n’a pas d’environnement « %1 » ; il n’a encore aucun environnement. Démarrez d’abord une exécution dans l’assistant.</translation>
    </message>
    <message>
        <source>The project has no environment “%1”. Choose one of: %2.</source>
        <translation>Le projet n’a pas d’environnement « %1 ». Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>The environment %1 has no run yet, so there is nothing to report. Run the wizard on %1 first.</source>
        <translation>L’environnement %1 n’a encore aucune exécution, il n’y a donc rien à rapporter. Exécutez d’abord l’assistant sur %1.</translation>
    </message>
    <message>
        <source>Run %1 is not a run of the environment %2. Leave the run out to report the latest run of %2.</source>
        <translation>L’exécution %1 n’est pas une exécution de l’environnement %2. N’indiquez pas d’exécution pour rapporter la plus récente de %2.</translation>
    </message>
    <message numerus="yes">
        <source>The journal&apos;s hash chain verifies: none of its %n entries was changed or removed.</source>
        <translation>
            <numerusform>La chaîne de hachage du registre est vérifiée : aucune de ses %n entrée n’a été modifiée ou supprimée.</numerusform>
            <numerusform>La chaîne de hachage du registre est vérifiée : aucune de ses %n entrées n’a été modifiée ou supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s hash chain breaks at entry %1: an entry was changed or removed outside the wizard, so the project&apos;s record cannot be trusted. Find out who changed the project file.</source>
        <translation>La chaîne de hachage du registre est rompue à l’entrée %1 : une entrée a été modifiée ou supprimée en dehors de l’assistant, on ne peut donc pas faire confiance à l’historique du projet. Déterminez qui a modifié le fichier de projet.</translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 was cancelled.</source>
        <extracomment>%1 is the script&apos;s file name, %2 the database entry (e.g. identity_db).</extracomment>
        <translation>La simulation du script de nettoyage %1 sur %2 a été annulée.</translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 failed.</source>
        <translation>La simulation du script de nettoyage %1 sur %2 a échoué.</translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 was cancelled.</source>
        <translation>Le script de nettoyage %1 sur %2 a été annulé.</translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 failed.</source>
        <translation>Le script de nettoyage %1 sur %2 a échoué.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportExport</name>
    <message>
        <source>Cannot write in %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d’écrire dans %1 : %2. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2. Nothing was exported; choose a folder you can write to.</source>
        <translation>Impossible de mettre %1 en place : %2. Rien n’a été exporté ; choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF report.</source>
        <translation>Choisissez où enregistrer le rapport PDF.</translation>
    </message>
    <message>
        <source>%1 is named for two of the exported files. Give each file its own name.</source>
        <translation>%1 est le nom donné à deux des fichiers exportés. Donnez à chaque fichier son propre nom.</translation>
    </message>
    <message>
        <source>The folder %1 for %2 does not exist. Create it, or choose another folder.</source>
        <translation>Le dossier %1 pour %2 n’existe pas. Créez-le, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is no report %1. Check the path.</source>
        <translation>Il n’y a pas de rapport %1. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>There is no signature %1 for the report %2. Name the signature file (report.pdf.p7s) that came with the report, or export the report again with a certificate.</source>
        <translation>Il n’y a pas de signature %1 pour le rapport %2. Indiquez le fichier de signature (report.pdf.p7s) fourni avec le rapport, ou exportez à nouveau le rapport avec un certificat.</translation>
    </message>
    <message>
        <source>The manifest %1 has no signature %2, so the files it lists are not covered by a signature. Use the files as exported, with both signatures.</source>
        <translation>Le manifeste %1 n’a pas de signature %2 ; les fichiers qu’il liste ne sont donc couverts par aucune signature. Utilisez les fichiers tels qu’exportés, avec les deux signatures.</translation>
    </message>
    <message>
        <source>%1 was changed after the report was exported: its SHA-256 no longer matches the manifest %2. Do not rely on it.</source>
        <translation>%1 a été modifié après l’export du rapport : son SHA-256 ne correspond plus au manifeste %2. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>%1, listed in the manifest %2, is missing. Keep the exported files together.</source>
        <translation>%1, listé dans le manifeste %2, est manquant. Conservez les fichiers exportés ensemble.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportPage</name>
    <message>
        <source>Signed by %1 (certificate issued by %2)</source>
        <translation>Signé par %1 (certificat émis par %2)</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <extracomment>%1 is &quot;Signed by &lt;subject&gt; (certificate issued by &lt;issuer&gt;)&quot;, %2 the signing time</extracomment>
        <translation>%1 le %2.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The record of this environment&apos;s migration for the change board or auditor: export it, sign it with your certificate, and check a signed report.</source>
        <translation>L’historique de la migration de cet environnement pour le comité des changements ou l’auditeur : exportez-le, signez-le avec votre certificat et vérifiez un rapport signé.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose Your Certificate</source>
        <translation>Choisir votre certificat</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Signed Report</source>
        <translation>Ouvrir un rapport signé</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose CA Certificates</source>
        <translation>Choisir les certificats d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report covers the latest run on this environment: the verdict and why, the homes and releases, every check with the reasons given for accepting it, the configuration decisions, the cleanup runs with their counts and durations, the test cases with the SHA-256 of their evidence, the log scan, the journal, and the production time estimate with its basis.&lt;/p&gt;&lt;p&gt;Export writes the PDF and, if chosen, an HTML copy and a JSON twin for machines, plus a manifest (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) with the SHA-256 of each file. Signing adds a CMS detached signature of the PDF (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) and one of the manifest, with your certificate from a PKCS#12 file. The passphrase is used once and never stored.&lt;/p&gt;&lt;p&gt;Anyone can check a signed report without this tool; the commands are in the report&apos;s appendix: &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;, the same for the manifest, and &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt;. &lt;b&gt;Check Signature&lt;/b&gt; does the same here and names any file that changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le rapport couvre la dernière exécution sur cet environnement : le verdict et sa justification, les dossiers IS et les versions, chaque vérification avec les motifs donnés pour l’accepter, les décisions de configuration, les exécutions de nettoyage avec leurs comptages et durées, les cas de test avec le SHA-256 de leurs preuves, l’analyse du journal, le registre, et l’estimation de durée en production avec sa base de calcul.&lt;/p&gt;&lt;p&gt;L’export écrit le PDF et, si vous le choisissez, une copie HTML et un équivalent JSON pour les machines, ainsi qu’un manifeste (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) avec le SHA-256 de chaque fichier. La signature ajoute une signature CMS détachée du PDF (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) et une du manifeste, avec votre certificat issu d’un fichier PKCS#12. La phrase secrète est utilisée une seule fois et n’est jamais stockée.&lt;/p&gt;&lt;p&gt;Chacun peut vérifier un rapport signé sans cet outil ; les commandes figurent en annexe du rapport : &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;, la même pour le manifeste, et &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt;. &lt;b&gt;Vérifier la signature&lt;/b&gt; fait de même ici et nomme tout fichier modifié.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The report is being written. Wait until the export has finished.</source>
        <translation>Le rapport est en cours d’écriture. Attendez la fin de l’export.</translation>
    </message>
    <message>
        <source>Finish Without a Report</source>
        <translation>Terminer sans rapport</translation>
    </message>
    <message>
        <source>No report was exported in this session. Finish anyway? The project keeps everything, and the report can be exported later from the project.</source>
        <translation>Aucun rapport n’a été exporté dans cette session. Terminer quand même ? Le projet conserve tout, et le rapport pourra être exporté plus tard à partir du projet.</translation>
    </message>
    <message>
        <source>Run finished with the verdict “%1”.</source>
        <translation>Exécution terminée avec le verdict « %1 ».</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Exécution terminée.</translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>Verdict pour %1 : %2</translation>
    </message>
    <message>
        <source>%1 → %2, run by %3, started %4.</source>
        <translation>%1 → %2, exécutée par %3, démarrée le %4.</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>Retour arrière :</translation>
    </message>
    <message>
        <source>Production estimate:</source>
        <translation>Estimation pour la production :</translation>
    </message>
    <message>
        <source>no cleanup run was recorded on a lower environment, so there is nothing to scale.</source>
        <translation>aucune exécution de nettoyage n’a été enregistrée sur un environnement inférieur, il n’y a donc rien à extrapoler.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Written: %1.</source>
        <translation>Écrit : %1.</translation>
    </message>
    <message>
        <source>Signed as %1 (certificate valid until %2).</source>
        <translation>Signé en tant que %1 (certificat valide jusqu’au %2).</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <source>Report with the verdict “%1” exported to %2%3.</source>
        <translation>Rapport avec le verdict « %1 » exporté vers %2%3.</translation>
    </message>
    <message>
        <source>, signed as %1</source>
        <translation>, signé en tant que %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The report is intact.</source>
        <translation>Le rapport est intact.</translation>
    </message>
    <message>
        <source>The report does not verify.</source>
        <translation>La vérification du rapport échoue.</translation>
    </message>
    <message>
        <source>Who signed was not checked: choose the CA certificates to check it.</source>
        <translation>Le signataire n’a pas été vérifié : choisissez les certificats d’AC pour le vérifier.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chains to the CA given.</source>
        <translation>Le certificat du signataire se rattache à l’AC indiquée.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the manifest checked.</source>
        <translation>
            <numerusform>%n fichier du manifeste vérifié.</numerusform>
            <numerusform>%n fichiers du manifeste vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest next to the report: only the PDF was checked.</source>
        <translation>Aucun manifeste à côté du rapport : seul le PDF a été vérifié.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportRenderer</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S/O</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration report: %1</source>
        <translation>Rapport de migration : %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 → %2</source>
        <translation>WSO2 Identity Server %1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, de %2 à %3 (%4)</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapport créé</translation>
    </message>
    <message>
        <source>%1 by IS Migration Wizard %2</source>
        <translation>%1 par IS Migration Wizard %2</translation>
    </message>
    <message>
        <source>Why it is not ready:</source>
        <translation>Pourquoi il n’est pas prêt :</translation>
    </message>
    <message>
        <source>Also note:</source>
        <translation>À noter également :</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>Column of the homes table: &quot;Old&quot; or &quot;New&quot;.</extracomment>
        <translation>Côté</translation>
    </message>
    <message>
        <source>IS home</source>
        <translation>Dossier IS</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Exécution précédente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Homes and releases</source>
        <translation>Dossiers IS et versions</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun enregistrement.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary and details</source>
        <translation>Résumé et détails</translation>
    </message>
    <message>
        <source>Accepted with the reason</source>
        <translation>Accepté avec le motif</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Acknowledged risks</source>
        <translation>Risques acceptés</translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Columns of the accepted risks: who accepted it (&quot;By&quot;) and when.</extracomment>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>Modifications de configuration</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation>Nettoyage de la base de données</translation>
    </message>
    <message>
        <source>No cleanup ran in this run.</source>
        <translation>Aucun nettoyage n’a été exécuté lors de cette exécution.</translation>
    </message>
    <message>
        <source>Database and script</source>
        <translation>Base de données et script</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Lignes avant</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Concernées</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Lignes après</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Real run</source>
        <translation>Exécution réelle</translation>
    </message>
    <message>
        <source>Messages of %1 on %2:</source>
        <translation>Messages de %1 sur %2 :</translation>
    </message>
    <message>
        <source>Time estimate for the cleanup on %1</source>
        <translation>Estimation de durée du nettoyage sur %1</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>No test cases were recorded.</source>
        <translation>Aucun cas de test n’a été enregistré.</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence (SHA-256)</source>
        <translation>Preuve (SHA-256)</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Attendu : %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 cases: %2 passed, %3 failed, %4 blocked, %5 not run, %6 not applicable.</source>
        <translation>%1 cas : %2 réussis, %3 échoués, %4 bloqués, %5 non exécutés, %6 sans objet.</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <source>No server log was scanned in this run.</source>
        <translation>Aucun journal du serveur n’a été analysé lors de cette exécution.</translation>
    </message>
    <message>
        <source>Files: %1. Since: %2. Lines read: %3. Errors: %4, fatal: %5.</source>
        <translation>Fichiers : %1. Depuis : %2. Lignes lues : %3. Erreurs : %4, fatales : %5.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Level and logger</source>
        <translation>Niveau et logger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>First and last</source>
        <translation>Premier et dernier</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>The manifest %1 lists the SHA-256 of every exported file: %2.</source>
        <translation>Le manifeste %1 liste le SHA-256 de chaque fichier exporté : %2.</translation>
    </message>
    <message>
        <source>A PDF cannot contain its own hash: this PDF is covered by its signature %1 and by the manifest, not by a hash printed here.</source>
        <translation>Un PDF ne peut pas contenir sa propre empreinte : ce PDF est couvert par sa signature %1 et par le manifeste, pas par une empreinte imprimée ici.</translation>
    </message>
    <message>
        <source>The report and the manifest are signed (CMS, SHA-256). To check them without this tool, run these commands in the folder that holds the files:</source>
        <translation>Le rapport et le manifeste sont signés (CMS, SHA-256). Pour les vérifier sans cet outil, exécutez ces commandes dans le dossier qui contient les fichiers :</translation>
    </message>
    <message>
        <source>This export was not signed. Once it is signed, these commands in the folder that holds the files check it without this tool:</source>
        <translation>Cet export n’a pas été signé. Une fois signé, ces commandes, exécutées dans le dossier qui contient les fichiers, le vérifient sans cet outil :</translation>
    </message>
    <message>
        <source>“-noverify” checks that the files are unchanged since they were signed; replace it with “-CAfile CA.pem” (your certificate authority) to check the signer as well. Each command must end without an error, and sha256sum must print OK for every file.</source>
        <translation>« -noverify » vérifie que les fichiers n’ont pas changé depuis leur signature ; remplacez-le par « -CAfile CA.pem » (votre autorité de certification) pour vérifier aussi le signataire. Chaque commande doit se terminer sans erreur, et sha256sum doit afficher OK pour chaque fichier.</translation>
    </message>
    <message>
        <source>Appendix: verifying this report</source>
        <translation>Annexe : vérifier ce rapport</translation>
    </message>
    <message>
        <source>Migration report: %1 — %2</source>
        <translation>Rapport de migration : %1 — %2</translation>
    </message>
    <message>
        <source>Rollback guidance</source>
        <translation>Consignes de retour arrière</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>Vérifications automatiques</translation>
    </message>
    <message>
        <source>Cannot write the PDF: the program runs without its graphics layer (QGuiApplication). Export HTML or JSON instead, or report this as a bug.</source>
        <translation>Impossible d’écrire le PDF : le programme s’exécute sans sa couche graphique (QGuiApplication). Exportez plutôt en HTML ou JSON, ou signalez ceci comme un bogue.</translation>
    </message>
    <message>
        <source>IS Migration Wizard %1</source>
        <translation>IS Migration Wizard %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer produced no PDF for the report. Export HTML or JSON instead, and report this as a bug.</source>
        <translation>Le générateur PDF de Qt n’a produit aucun PDF pour le rapport. Exportez plutôt en HTML ou JSON, et signalez ceci comme un bogue.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportSigner</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot read %1 to list it in the manifest: %2.</source>
        <translation>Impossible de lire %1 pour le lister dans le manifeste : %2.</translation>
    </message>
    <message>
        <source>%1 is not a manifest written by this tool: the line &quot;%2&quot; has no SHA-256 and file name. Export the report again.</source>
        <translation>%1 n’est pas un manifeste écrit par cet outil : la ligne « %2 » n’a pas de SHA-256 ni de nom de fichier. Exportez à nouveau le rapport.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file (.p12 or .pfx), or it is damaged. Export the signing key and its certificate chain as PKCS#12 and choose that file.</source>
        <translation>%1 n’est pas un fichier PKCS#12 (.p12 ou .pfx), ou il est endommagé. Exportez la clé de signature et sa chaîne de certificats au format PKCS#12 et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong. Enter the passphrase that protects this PKCS#12 file.</source>
        <translation>La phrase secrète de %1 est erronée. Saisissez la phrase secrète qui protège ce fichier PKCS#12.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that it is a PKCS#12 file made for signing; files that use old encryption may need to be exported again.</source>
        <translation>Impossible d’ouvrir %1 (%2). Vérifiez qu’il s’agit d’un fichier PKCS#12 destiné à la signature ; les fichiers utilisant un ancien chiffrement doivent parfois être exportés à nouveau.</translation>
    </message>
    <message>
        <source>%1 holds no private key. Export the signing key together with its certificate.</source>
        <translation>%1 ne contient aucune clé privée. Exportez la clé de signature avec son certificat.</translation>
    </message>
    <message>
        <source>%1 holds a key but no certificate. Export the key together with its certificate and chain.</source>
        <translation>%1 contient une clé mais aucun certificat. Exportez la clé avec son certificat et sa chaîne.</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2. Renew it or choose a valid signing certificate.</source>
        <translation>Le certificat de %1 a expiré le %2. Renouvelez-le ou choisissez un certificat de signature valide.</translation>
    </message>
    <message>
        <source>The certificate in %1 is not valid before %2. Check the computer&apos;s clock or choose another certificate.</source>
        <translation>Le certificat de %1 n’est pas valide avant le %2. Vérifiez l’horloge de l’ordinateur ou choisissez un autre certificat.</translation>
    </message>
    <message>
        <source>Cannot sign %1 with %2: %3.</source>
        <translation>Impossible de signer %1 avec %2 : %3.</translation>
    </message>
    <message>
        <source>Cannot encode the signature of %1: %2.</source>
        <translation>Impossible d’encoder la signature de %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a CMS signature in DER form (.p7s). Choose the signature file exported with the report.</source>
        <translation>%1 n’est pas une signature CMS au format DER (.p7s). Choisissez le fichier de signature exporté avec le rapport.</translation>
    </message>
    <message>
        <source>%1 holds no signer. Choose the signature file exported with the report.</source>
        <translation>%1 ne contient aucun signataire. Choisissez le fichier de signature exporté avec le rapport.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: the file was changed after it was signed, or the signature belongs to another file. Do not rely on its content; export the report again.</source>
        <translation>%1 ne correspond pas à sa signature %2 : le fichier a été modifié après sa signature, ou la signature appartient à un autre fichier. Ne vous fiez pas à son contenu ; exportez à nouveau le rapport.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates in %1, so the signer was not checked. Choose a PEM file with the certificate authority.</source>
        <translation>Impossible de lire les certificats d’AC dans %1 ; le signataire n’a donc pas été vérifié. Choisissez un fichier PEM contenant l’autorité de certification.</translation>
    </message>
    <message>
        <source>The file is unchanged, but the signer %1 is not trusted by the certificate authorities in %2 (%3). Check that you chose the right CA file.</source>
        <translation>Le fichier est inchangé, mais les autorités de certification de %2 ne font pas confiance au signataire %1 (%3). Vérifiez que vous avez choisi le bon fichier d’AC.</translation>
    </message>
</context>
<context>
    <name>Ismw::ResourceChecks</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 (%2) could not be started: %3.</source>
        <translation>%1 (%2) n’a pas pu être démarré : %3.</translation>
    </message>
    <message>
        <source>%1 (%2) did not answer within %3 s to -version and was stopped.</source>
        <translation>%1 (%2) n’a pas répondu à -version en %3 s et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 (%2) -version failed (exit code %3): %4</source>
        <translation>%1 (%2) -version a échoué (code de sortie %3) : %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>aucune sortie</translation>
    </message>
    <message>
        <source>%1 (%2) -version printed no Java version: %3</source>
        <translation>%1 (%2) -version n’a affiché aucune version de Java : %3</translation>
    </message>
    <message>
        <source>Free space at the old home</source>
        <translation>Espace libre pour l’ancien dossier IS</translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home.</source>
        <translation>Nécessite l’ancien dossier IS ; voir la vérification de l’ancien dossier.</translation>
    </message>
    <message>
        <source>The free space of the file system of %1 could not be read.</source>
        <translation>L’espace libre du système de fichiers de %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the old home %3); the last runs of the old server and the backups taken before the migration want about %4 there.</source>
        <translation>%1 libres sur %2 (le système de fichiers de l’ancien dossier IS %3) ; les dernières exécutions de l’ancien serveur et les sauvegardes faites avant la migration y demandent environ %4.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2.</source>
        <translation>Libérez au moins %1 sur %2.</translation>
    </message>
    <message>
        <source>Free space at the new home</source>
        <translation>Espace libre pour le nouveau dossier IS</translation>
    </message>
    <message>
        <source>Needs the new home; see the check of the new home.</source>
        <translation>Nécessite le nouveau dossier IS ; voir la vérification du nouveau dossier.</translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds at least %2 (the count stopped after %3 entries)</source>
        <translation>le %1 de l’ancien dossier IS contient au moins %2 (le comptage s’est arrêté après %3 entrées)</translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds %2</source>
        <translation>le %1 de l’ancien dossier IS contient %2</translation>
    </message>
    <message>
        <source>the size of the old home&apos;s repository is unknown (see the check of the old home)</source>
        <translation>la taille du repository de l’ancien dossier IS est inconnue (voir la vérification de l’ancien dossier)</translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the new home %3); %4, so the migration wants about %5 there, with %6 for logs and temporary files.</source>
        <translation>%1 libres sur %2 (le système de fichiers du nouveau dossier IS %3) ; %4, la migration y demande donc environ %5, dont %6 pour les journaux et les fichiers temporaires.</translation>
    </message>
    <message>
        <source>The old home is on the same file system.</source>
        <translation>L’ancien dossier IS se trouve sur le même système de fichiers.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2, or extract the new release on a larger file system.</source>
        <translation>Libérez au moins %1 sur %2, ou extrayez la nouvelle version sur un système de fichiers plus grand.</translation>
    </message>
    <message>
        <source>Space to convert the H2 databases</source>
        <translation>Espace pour convertir les bases de données H2</translation>
    </message>
    <message>
        <source>The old configuration uses H2 (%1), but no H2 database files were found under %2: there is nothing to convert (the server creates them when it first starts).</source>
        <translation>L’ancienne configuration utilise H2 (%1), mais aucun fichier de base de données H2 n’a été trouvé sous %2 : il n’y a rien à convertir (le serveur les crée à son premier démarrage).</translation>
    </message>
    <message>
        <source>The H2 database files take %1: %2. Converting them needs about %3 free on %4 (a converted copy beside a backup); %5 is free.</source>
        <translation>Les fichiers de base de données H2 occupent %1 : %2. Leur conversion nécessite environ %3 libres sur %4 (une copie convertie à côté d’une sauvegarde) ; %5 sont libres.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2 before converting the H2 files.</source>
        <translation>Libérez au moins %1 sur %2 avant de convertir les fichiers H2.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>The machine&apos;s memory could not be read from %1.</source>
        <translation>La mémoire de la machine n’a pas pu être lue dans %1.</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Mémoire : %1</translation>
    </message>
    <message>
        <source>This machine has %1 of memory (MemTotal in %2); a WSO2 Identity Server wants %3, and the migration client runs inside the server.</source>
        <translation>Cette machine dispose de %1 de mémoire (MemTotal dans %2) ; un WSO2 Identity Server demande %3, et le client de migration s’exécute dans le serveur.</translation>
    </message>
    <message>
        <source>Run the migration on a machine with at least %1 of memory, or stop other services while it runs.</source>
        <translation>Exécutez la migration sur une machine disposant d’au moins %1 de mémoire, ou arrêtez d’autres services pendant son exécution.</translation>
    </message>
    <message>
        <source>old home</source>
        <translation>ancien dossier IS</translation>
    </message>
    <message>
        <source>new home</source>
        <translation>nouveau dossier IS</translation>
    </message>
    <message>
        <source>Java for the old home</source>
        <translation>Java pour l’ancien dossier IS</translation>
    </message>
    <message>
        <source>Java for the new home</source>
        <translation>Java pour le nouveau dossier IS</translation>
    </message>
    <message>
        <source>Needs the %1 with a known release; see the check of the %1.</source>
        <translation>Nécessite une version connue pour : %1 ; voir la vérification correspondante (%1).</translation>
    </message>
    <message>
        <source>No Java for IS %1</source>
        <translation>Aucun Java pour IS %1</translation>
    </message>
    <message>
        <source>No Java runtime was found.</source>
        <translation>Aucun environnement d’exécution Java n’a été trouvé.</translation>
    </message>
    <message>
        <source>Install the Java runtime IS %1 needs and set JAVA_HOME to it.</source>
        <translation>Installez l’environnement d’exécution Java dont IS %1 a besoin et faites pointer JAVA_HOME dessus.</translation>
    </message>
    <message>
        <source>Install Java %1 and set JAVA_HOME to it.</source>
        <translation>Installez Java %1 et faites pointer JAVA_HOME dessus.</translation>
    </message>
    <message>
        <source>%1 (%2) says “%3”.</source>
        <translation>%1 (%2) indique « %3 ».</translation>
    </message>
    <message>
        <source>Java %1 for IS %2</source>
        <translation>Java %1 pour IS %2</translation>
    </message>
    <message>
        <source>The wizard does not know which Java versions IS %1 supports; found %2%3. %4</source>
        <translation>L’assistant ne sait pas quelles versions de Java IS %1 prend en charge ; trouvé : %2%3. %4</translation>
    </message>
    <message>
        <source>Check the installation prerequisites of IS %1.</source>
        <translation>Consultez les prérequis d’installation de IS %1.</translation>
    </message>
    <message>
        <source>IS %1 supports Java %2; found %3%4. %5</source>
        <translation>IS %1 prend en charge Java %2 ; trouvé : %3%4. %5</translation>
    </message>
    <message>
        <source>IS %1 needs Java %2; found %3 at %4 (%5). It says “%6”.</source>
        <translation>IS %1 nécessite Java %2 ; trouvé : %3 dans %4 (%5). Il indique « %6 ».</translation>
    </message>
    <message>
        <source>The old server may not start with it; the migration itself runs on the new home.</source>
        <translation>L’ancien serveur risque de ne pas démarrer avec celui-ci ; la migration elle-même s’exécute sur le nouveau dossier IS.</translation>
    </message>
    <message>
        <source>Install Java %1 and point JAVA_HOME to it before starting the %2.</source>
        <translation>Installez Java %1 et faites pointer JAVA_HOME dessus avant de démarrer le serveur (%2).</translation>
    </message>
    <message>
        <source>JAVA_HOME is %1, but it has no bin/%2.</source>
        <translation>JAVA_HOME vaut %1, mais il n’a pas de bin/%2.</translation>
    </message>
    <message>
        <source>PATH has %1, but the IS scripts use JAVA_HOME when it is set.</source>
        <translation>PATH contient %1, mais les scripts IS utilisent JAVA_HOME lorsqu’il est défini.</translation>
    </message>
    <message>
        <source>%1 (JAVA_HOME) is not executable.</source>
        <translation>%1 (JAVA_HOME) n’est pas exécutable.</translation>
    </message>
    <message>
        <source>No Java runtime found: JAVA_HOME is not set and no folder on PATH has %1.</source>
        <translation>Aucun environnement d’exécution Java trouvé : JAVA_HOME n’est pas défini et aucun dossier du PATH ne contient %1.</translation>
    </message>
    <message>
        <source>%1 (PATH) is not executable, and JAVA_HOME is not set.</source>
        <translation>%1 (PATH) n’est pas exécutable, et JAVA_HOME n’est pas défini.</translation>
    </message>
</context>
<context>
    <name>Ismw::RunStatus</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>Ismw::SampleHome</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not set the time of %1: %2</source>
        <translation>Impossible de définir l’horodatage de %1 : %2</translation>
    </message>
    <message>
        <source>There is no sample home for WSO2 Identity Server %1: choose one of the releases from %2 to %3.</source>
        <translation>Il n’existe pas de dossier IS d’exemple pour WSO2 Identity Server %1 : choisissez l’une des versions de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 is a file; a sample home needs a folder.</source>
        <translation>%1 est un fichier ; un dossier IS d’exemple nécessite un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty; a sample home is written only into a new or empty folder.</source>
        <translation>%1 n’est pas vide ; un dossier IS d’exemple ne s’écrit que dans un dossier nouveau ou vide.</translation>
    </message>
</context>
<context>
    <name>Ismw::ScanLogCommand</name>
    <message>
        <source>Errors in Carbon logs (wso2carbon.log and rotated files), grouped, and when the server started.</source>
        <translation>Erreurs des journaux Carbon (wso2carbon.log et fichiers issus de la rotation), regroupées, et heure de démarrage du serveur.</translation>
    </message>
    <message>
        <source>A log file: wso2carbon.log or a rotated one (not .gz).</source>
        <translation>Un fichier journal : wso2carbon.log ou un fichier issu de la rotation (pas .gz).</translation>
    </message>
    <message>
        <source>Only entries at or after this local time, e.g. the start of the migrated server.</source>
        <translation>Uniquement les entrées à partir de cette heure locale, p. ex. le démarrage du serveur migré.</translation>
    </message>
    <message>
        <source>name at least one log file.</source>
        <translation>indiquez au moins un fichier journal.</translation>
    </message>
    <message>
        <source>--since “%1” is not a date: use &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>--since « %1 » n’est pas une date : utilisez &quot;YYYY-MM-DD HH:MM:SS&quot;.</translation>
    </message>
    <message>
        <source>%1× %2 %3</source>
        <translation>%1× %2 %3</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Exception : %1</translation>
    </message>
    <message>
        <source>First: %1  Last: %2</source>
        <translation>Premier : %1  Dernier : %2</translation>
    </message>
    <message>
        <source>First at %1:%2</source>
        <translation>Premier à %1:%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Server started at %1.</source>
        <translation>Serveur démarré à %1.</translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line in the scanned range.</source>
        <translation>Aucune ligne « WSO2 Carbon started in » dans la plage analysée.</translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation>impossible d’écrire le rapport.</translation>
    </message>
    <message>
        <source>%1, %2, in %3; %4.</source>
        <extracomment>%1 errors and %2 fatal entries (each counted in its own message), %3 groups, %4 entries scanned.</extracomment>
        <translation>%1, %2, en %3 ; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fatal</source>
        <translation>
            <numerusform>%n fatale</numerusform>
            <numerusform>%n fatales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries scanned</source>
        <translation>
            <numerusform>%n entrée analysée</numerusform>
            <numerusform>%n entrées analysées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ScriptKnobs</name>
    <message>
        <source>Rows deleted in one transaction. Smaller batches hold locks for less time; larger ones finish sooner.</source>
        <translation>Lignes supprimées par transaction. Des lots plus petits maintiennent les verrous moins longtemps ; des lots plus grands terminent plus vite.</translation>
    </message>
    <message>
        <source>Rows gathered into one chunk, which is then deleted batch by batch; keeps the work on very large tables bounded.</source>
        <translation>Lignes regroupées en un bloc, qui est ensuite supprimé lot par lot ; limite le travail sur les très grandes tables.</translation>
    </message>
    <message>
        <source>The cleanup stops when fewer rows than this are left to delete.</source>
        <translation>Le nettoyage s’arrête lorsqu’il reste moins de lignes que ce nombre à supprimer.</translation>
    </message>
    <message>
        <source>Copy the tables into BAK_… tables before deleting. The copies of the previous run are overwritten.</source>
        <translation>Copier les tables dans des tables BAK_… avant la suppression. Les copies de l’exécution précédente sont écrasées.</translation>
    </message>
    <message>
        <source>Seconds to pause between batches, so that the server keeps serving its users.</source>
        <translation>Secondes de pause entre les lots, pour que le serveur continue de servir ses utilisateurs.</translation>
    </message>
    <message>
        <source>Hours of grace: what expired less than this long ago is kept.</source>
        <translation>Heures de grâce : ce qui a expiré depuis moins longtemps est conservé.</translation>
    </message>
    <message>
        <source>The procedure reports its progress as messages while it runs.</source>
        <translation>La procédure indique sa progression par des messages pendant son exécution.</translation>
    </message>
    <message>
        <source>How much the progress messages tell: TRACE for every step, DEBUG for less.</source>
        <translation>Niveau de détail des messages de progression : TRACE pour chaque étape, DEBUG pour moins.</translation>
    </message>
    <message>
        <source>Keep the deleted rows in the AUDITLOG_… tables; this switches the backup on too.</source>
        <translation>Conserver les lignes supprimées dans les tables AUDITLOG_… ; cela active aussi la sauvegarde.</translation>
    </message>
    <message>
        <source>Rebuild the indexes of the cleaned tables afterwards.</source>
        <translation>Reconstruire ensuite les index des tables nettoyées.</translation>
    </message>
    <message>
        <source>Refresh the planner statistics of the cleaned tables afterwards (ANALYZE).</source>
        <translation>Actualiser ensuite les statistiques du planificateur des tables nettoyées (ANALYZE).</translation>
    </message>
    <message>
        <source>Report every step of the session cleanup as a message.</source>
        <translation>Signaler chaque étape du nettoyage des sessions par un message.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>« %1 » n’est pas un nombre entier supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 can hold (at most %3).</source>
        <translation>%1 dépasse ce que %2 peut contenir (au plus %3).</translation>
    </message>
    <message>
        <source>“%1” is not a number of zero or more (use a dot for decimals: 0.5).</source>
        <translation>« %1 » n’est pas un nombre supérieur ou égal à zéro (utilisez un point pour les décimales : 0.5).</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no value: use TRUE or FALSE (or 1 or 0).</source>
        <translation>« %1 » n’est pas une valeur oui/non : utilisez TRUE ou FALSE (ou 1 ou 0).</translation>
    </message>
    <message>
        <source>The text may not contain line breaks or control characters.</source>
        <translation>Le texte ne doit pas contenir de sauts de ligne ni de caractères de contrôle.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 allows (%3 characters at most).</source>
        <translation>« %1 » est plus long que ce que %2 autorise (%3 caractères au plus).</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (ligne %2) : %3</translation>
    </message>
    <message>
        <source>The script has no knob called “%1”.</source>
        <translation>Le script n’a pas de paramètre nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>Ismw::SecretMasking</name>
    <message>
        <source>The value of %1 is hidden and its key is new, so the real value is unknown.</source>
        <translation>La valeur de %1 est masquée et sa clé est nouvelle ; la valeur réelle est donc inconnue.</translation>
    </message>
    <message>
        <source>Turn on Show secrets and type the value.</source>
        <translation>Activez Afficher les secrets et saisissez la valeur.</translation>
    </message>
</context>
<context>
    <name>Ismw::SettingsDialog</name>
    <message>
        <source>System language (%1)</source>
        <extracomment>In the language list of the settings: follow the desktop&apos;s language, here %1.</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>À &amp;propos…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>À propos de &amp;Qt…</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Moves a WSO2 Identity Server deployment to a newer release, step by step.&lt;/p&gt;&lt;p&gt;Knows Identity Server %1 to %2. Uses Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 and %2 are the oldest and newest WSO2 Identity Server releases the wizard knows.</extracomment>
        <translation>&lt;p&gt;Fait passer pas à pas un déploiement WSO2 Identity Server à une version plus récente.&lt;/p&gt;&lt;p&gt;Connaît Identity Server %1 à %2. Utilise Qt %3.&lt;/p&gt;&lt;p&gt;Sous licence Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ismw::SqlScriptSplitter</name>
    <message>
        <source>The string that starts at line %1, column %2 is never closed: everything after it would be part of the string.</source>
        <translation>La chaîne qui commence à la ligne %1, colonne %2 n’est jamais fermée : tout ce qui suit en ferait partie.</translation>
    </message>
    <message>
        <source>The quoted name that starts at line %1, column %2 is never closed.</source>
        <translation>Le nom entre guillemets qui commence à la ligne %1, colonne %2 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>The comment that starts at line %1, column %2 is never closed: everything after it would be ignored.</source>
        <translation>Le commentaire qui commence à la ligne %1, colonne %2 n’est jamais fermé : tout ce qui suit serait ignoré.</translation>
    </message>
    <message>
        <source>The body quoted with %3 at line %1, column %2 is never closed by another %3.</source>
        <translation>Le corps délimité par %3 à la ligne %1, colonne %2 n’est jamais fermé par un autre %3.</translation>
    </message>
    <message>
        <source>At line %1, column %2: %3</source>
        <translation>À la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>GO %1 would run the batch no time at all.</source>
        <translation>GO %1 n’exécuterait le lot aucune fois.</translation>
    </message>
    <message>
        <source>DELIMITER names no delimiter.</source>
        <translation>DELIMITER ne désigne aucun délimiteur.</translation>
    </message>
    <message>
        <source>A delimiter may not contain a backslash (“%1”).</source>
        <translation>Un délimiteur ne doit pas contenir de barre oblique inverse (« %1 »).</translation>
    </message>
    <message>
        <source>The delimiter “%1” is longer than %2 characters.</source>
        <translation>Le délimiteur « %1 » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>--#SET TERMINATOR needs one terminator of at most %1 characters.</source>
        <translation>--#SET TERMINATOR nécessite un seul terminateur d’au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>Ismw::Tier</name>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>Ismw::TomlDiffView</name>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Gauche : %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Droite : %1</translation>
    </message>
    <message>
        <source>Unified: %1 to %2</source>
        <translation>Unifié : %1 vers %2</translation>
    </message>
    <message>
        <source>Added: %1 = %2</source>
        <translation>Ajouté : %1 = %2</translation>
    </message>
    <message>
        <source>Removed: %1 (was %2)</source>
        <translation>Supprimé : %1 (était %2)</translation>
    </message>
    <message>
        <source>Type changed: %1 from %2 %3 to %4 %5</source>
        <translation>Type modifié : %1 de %2 %3 à %4 %5</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Déplacé : %1</translation>
    </message>
    <message>
        <source>Comment changed: %1</source>
        <translation>Commentaire modifié : %1</translation>
    </message>
    <message>
        <source>Changed: %1 from %2 to %3</source>
        <translation>Modifié : %1 de %2 à %3</translation>
    </message>
    <message>
        <source>Left file of the comparison</source>
        <translation>Fichier de gauche de la comparaison</translation>
    </message>
    <message>
        <source>Right file of the comparison</source>
        <translation>Fichier de droite de la comparaison</translation>
    </message>
    <message>
        <source>Both files, unified</source>
        <translation>Les deux fichiers, unifiés</translation>
    </message>
</context>
<context>
    <name>Ismw::TomlDocument</name>
    <message>
        <source>Correct the file at that place and load it again; the wizard has not changed it.</source>
        <translation>Corrigez le fichier à cet endroit et chargez-le à nouveau ; l’assistant ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation>Le fichier n’est pas du TOML valide.</translation>
    </message>
    <message>
        <source>“%1” is defined twice; it was first defined on line %2.</source>
        <translation>« %1 » est défini deux fois ; il a d’abord été défini à la ligne %2.</translation>
    </message>
    <message>
        <source>“%1” is defined twice.</source>
        <translation>« %1 » est défini deux fois.</translation>
    </message>
    <message>
        <source>Keep one of the two definitions and load the file again; the wizard has not changed it.</source>
        <translation>Conservez l’une des deux définitions et chargez à nouveau le fichier ; l’assistant ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>TOML syntax error: %1.</source>
        <translation>Erreur de syntaxe TOML : %1.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Check the path; an IS home keeps it in repository/conf/deployment.toml.</source>
        <translation>Vérifiez le chemin ; un dossier IS le conserve dans repository/conf/deployment.toml.</translation>
    </message>
    <message>
        <source>This is a folder, not a deployment.toml file.</source>
        <translation>Ceci est un dossier, pas un fichier deployment.toml.</translation>
    </message>
    <message>
        <source>Choose the file itself, e.g. repository/conf/deployment.toml in the IS home.</source>
        <translation>Choisissez le fichier lui-même, p. ex. repository/conf/deployment.toml dans le dossier IS.</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 a deployment.toml can sensibly be.</source>
        <translation>Le fichier fait %1, plus que les %2 qu’un deployment.toml peut raisonnablement atteindre.</translation>
    </message>
    <message>
        <source>Check that this is the right file: a deployment.toml is normally a few kilobytes.</source>
        <translation>Vérifiez qu’il s’agit du bon fichier : un deployment.toml fait normalement quelques kilo-octets.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>Check that your user may read it.</source>
        <translation>Vérifiez que votre utilisateur a le droit de le lire.</translation>
    </message>
    <message>
        <source>The file grew past the size limit while it was read.</source>
        <translation>Le fichier a dépassé la taille limite pendant sa lecture.</translation>
    </message>
    <message>
        <source>Wait until nothing writes to it and load it again.</source>
        <translation>Attendez que plus rien n’y écrive et chargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Check the disk and load it again.</source>
        <translation>Vérifiez le disque et chargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>An IS home always ships a deployment.toml with content: restore it from your backup or the release package.</source>
        <translation>Un dossier IS est toujours livré avec un deployment.toml non vide : restaurez-le à partir de votre sauvegarde ou du paquet de la version.</translation>
    </message>
    <message>
        <source>This is a binary file, not a TOML text file.</source>
        <translation>Ceci est un fichier binaire, pas un fichier texte TOML.</translation>
    </message>
    <message>
        <source>Choose the deployment.toml text file.</source>
        <translation>Choisissez le fichier texte deployment.toml.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1).</source>
        <translation>Le fichier n’est pas du texte UTF-8 (octet 0x%1).</translation>
    </message>
    <message>
        <source>TOML files must be UTF-8: convert it, e.g. with iconv -f LATIN1 -t UTF-8, and check the characters at that place.</source>
        <translation>Les fichiers TOML doivent être en UTF-8 : convertissez-le, p. ex. avec iconv -f LATIN1 -t UTF-8, et vérifiez les caractères à cet endroit.</translation>
    </message>
    <message>
        <source>The configuration cannot be written as TOML: %1.</source>
        <translation>La configuration ne peut pas être écrite en TOML : %1.</translation>
    </message>
</context>
<context>
    <name>Ismw::VerificationPage</name>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Run your test cases against the migrated environment and record each result; check the server&apos;s health and its log. A failed or blocked case means: roll back and investigate.</source>
        <translation>Exécutez vos cas de test sur l’environnement migré et enregistrez chaque résultat ; contrôlez l’état du serveur et son journal. Un cas en échec ou bloqué signifie : revenez en arrière et analysez.</translation>
    </message>
    <message>
        <source>Select an error to see its message and stack trace.</source>
        <translation>Sélectionnez une erreur pour voir son message et sa pile d’appels.</translation>
    </message>
    <message>
        <source>The confirmed certificate of %1 was forgotten.</source>
        <translation>Le certificat confirmé de %1 a été oublié.</translation>
    </message>
    <message>
        <source>The certificate is forgotten; the next probe shows it for confirmation.</source>
        <translation>Le certificat est oublié ; le prochain contrôle l’affichera pour confirmation.</translation>
    </message>
    <message>
        <source>Choose Log Files</source>
        <translation>Choisir les fichiers journaux</translation>
    </message>
    <message>
        <source>Carbon logs (*.log *.log.*);;All files (*)</source>
        <translation>Journaux Carbon (*.log *.log.*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Evidence Not Attached</source>
        <translation>Preuve non jointe</translation>
    </message>
    <message>
        <source>The case was removed while its file was read. Nothing was attached.</source>
        <translation>Le cas a été supprimé pendant la lecture de son fichier. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>CSV Not Imported</source>
        <translation>CSV non importé</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) from %1</source>
        <translation>
            <numerusform>%n nouveau cas depuis %1</numerusform>
            <numerusform>%n nouveaux cas depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the list)</source>
        <translation>
            <numerusform>(%n déjà dans la liste)</numerusform>
            <numerusform>(%n déjà dans la liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV Imported with Problems</source>
        <translation>CSV importé avec des problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or column(s) were skipped; see the details.</source>
        <translation>
            <numerusform>%n ligne ou colonne a été ignorée ; voir les détails.</numerusform>
            <numerusform>%n lignes ou colonnes ont été ignorées ; voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Test cases.&lt;/b&gt; List what your users do with the Identity Server as test cases: start from the templates (they include a case for every custom component found on the prerequisites page), import your own from a CSV file (a header row with &lt;i&gt;title&lt;/i&gt; and optionally &lt;i&gt;group&lt;/i&gt;, &lt;i&gt;kind&lt;/i&gt;, &lt;i&gt;steps&lt;/i&gt;, &lt;i&gt;expected&lt;/i&gt;, &lt;i&gt;id&lt;/i&gt;), or add them one by one. On the next environment, &lt;b&gt;Carry Over&lt;/b&gt; copies the cases of the environment below, each back to Not run.&lt;/p&gt;&lt;p&gt;Run each case against the migrated environment and record its result. A failed or blocked case needs notes. Attach screenshots, HAR files or load-test reports as evidence: the project keeps each file&apos;s path and SHA-256, so an auditor can check that the file is the one you attached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server checks.&lt;/b&gt; The health endpoint is called over HTTPS only. The first time, the wizard shows the server&apos;s certificate and asks you to confirm its fingerprint (compare it with &lt;tt&gt;keytool -list&lt;/tt&gt; on the server); after that it talks only to a server presenting that certificate. The log scan reads wso2carbon.log and its rotated files line by line, however large, and groups the ERROR and FATAL entries since the time you give. Log times are read in this computer&apos;s time zone.&lt;/p&gt;&lt;p&gt;A failed or blocked case, or a server that is not healthy, means the environment is not ready: route the traffic back to the old environment and investigate before you try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cas de test.&lt;/b&gt; Listez sous forme de cas de test ce que vos utilisateurs font avec l’Identity Server : partez des modèles (ils incluent un cas pour chaque composant personnalisé trouvé sur la page des prérequis), importez les vôtres depuis un fichier CSV (une ligne d’en-tête avec &lt;i&gt;title&lt;/i&gt; et éventuellement &lt;i&gt;group&lt;/i&gt;, &lt;i&gt;kind&lt;/i&gt;, &lt;i&gt;steps&lt;/i&gt;, &lt;i&gt;expected&lt;/i&gt;, &lt;i&gt;id&lt;/i&gt;), ou ajoutez-les un par un. Sur l’environnement suivant, &lt;b&gt;Reprendre&lt;/b&gt; copie les cas de l’environnement inférieur, chacun remis à Non exécuté.&lt;/p&gt;&lt;p&gt;Exécutez chaque cas sur l’environnement migré et enregistrez son résultat. Un cas en échec ou bloqué nécessite des notes. Joignez des captures d’écran, des fichiers HAR ou des rapports de test de charge comme preuves : le projet conserve le chemin et le SHA-256 de chaque fichier, afin qu’un auditeur puisse vérifier que le fichier est bien celui que vous avez joint.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Contrôles du serveur.&lt;/b&gt; Le point de terminaison de contrôle d’état n’est appelé qu’en HTTPS. La première fois, l’assistant affiche le certificat du serveur et vous demande de confirmer son empreinte (comparez-la avec &lt;tt&gt;keytool -list&lt;/tt&gt; sur le serveur) ; ensuite, il ne communique qu’avec un serveur présentant ce certificat. L’analyse du journal lit wso2carbon.log et ses fichiers issus de la rotation ligne par ligne, quelle que soit leur taille, et regroupe les entrées ERROR et FATAL depuis l’heure que vous indiquez. Les heures du journal sont lues dans le fuseau horaire de cet ordinateur.&lt;/p&gt;&lt;p&gt;Un cas en échec ou bloqué, ou un serveur qui n’est pas en bon état, signifie que l’environnement n’est pas prêt : redirigez le trafic vers l’ancien environnement et analysez avant de réessayer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every template case is already in the list.</source>
        <translation>Tous les cas des modèles sont déjà dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added from the templates.</source>
        <translation>
            <numerusform>%n cas ajouté depuis les modèles.</numerusform>
            <numerusform>%n cas ajoutés depuis les modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Test Cases</source>
        <translation>Importer des cas de test</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) carried over from %1, each back to Not run.</source>
        <translation>
            <numerusform>%n cas repris depuis %1, remis à Non exécuté.</numerusform>
            <numerusform>%n cas repris depuis %1, chacun remis à Non exécuté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation>Supprimer le cas de test</translation>
    </message>
    <message>
        <source>“%1” has a result or evidence. Remove it from this run&apos;s checklist? The journal keeps a note of the removal.</source>
        <translation>« %1 » a un résultat ou une preuve. Le supprimer de la liste de vérification de cette exécution ? Le registre conserve une trace de la suppression.</translation>
    </message>
    <message>
        <source>A failed or blocked case needs notes: what you did and what happened.</source>
        <translation>Un cas en échec ou bloqué nécessite des notes : ce que vous avez fait et ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>No test cases yet. Add them from the templates, import a CSV file, add your own, or carry them over from the environment below.</source>
        <translation>Aucun cas de test pour l’instant. Ajoutez-les depuis les modèles, importez un fichier CSV, ajoutez les vôtres, ou reprenez-les depuis l’environnement inférieur.</translation>
    </message>
    <message>
        <source>Select a test case.</source>
        <translation>Sélectionnez un cas de test.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Attendu :</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>A test case&apos;s result: %1 the status (Passed, Failed…), %2 who set it, %3 when.</extracomment>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2…</source>
        <translation>%1 — SHA-256 %2…</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2
%3 bytes, attached %4</source>
        <translation>%1
SHA-256 %2
%3 octets, joint le %4</translation>
    </message>
    <message>
        <source>No test cases yet.</source>
        <translation>Aucun cas de test pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n cas : </numerusform>
            <numerusform>%n cas : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 blocked, %4 not applicable, %5 not run.</source>
        <translation>%1 réussis, %2 échoués, %3 bloqués, %4 sans objet, %5 non exécutés.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed or blocked</source>
        <translation>
            <numerusform>%n cas de test en échec ou bloqué</numerusform>
            <numerusform>%n cas de test en échec ou bloqués</numerusform>
        </translation>
    </message>
    <message>
        <source>the server checks found a problem</source>
        <translation>les contrôles du serveur ont trouvé un problème</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Not ready: %1.&lt;/b&gt; Route the traffic back to the old environment, which still runs the old release; keep the migrated servers and their logs for the investigation; fix the cause on a lower environment and migrate this one again. The report&apos;s verdict stays “not ready” until every case passes or is not applicable.</source>
        <translation>&lt;b&gt;⚠ Pas prêt : %1.&lt;/b&gt; Redirigez le trafic vers l’ancien environnement, qui exécute toujours l’ancienne version ; conservez les serveurs migrés et leurs journaux pour l’analyse ; corrigez la cause sur un environnement inférieur et migrez à nouveau celui-ci. Le verdict du rapport reste « pas prêt » tant que chaque cas n’est pas réussi ou sans objet.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Carr&amp;y Over from %1</source>
        <translation>Re&amp;prendre depuis %1</translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Stop &amp;Scan</source>
        <translation>Arrêter l’analy&amp;se</translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation>Anal&amp;yser le journal</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <source>Confirm the Server&apos;s Certificate</source>
        <translation>Confirmer le certificat du serveur</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 presents this certificate. Compare its fingerprint with the one of the server&apos;s keystore (for example &lt;tt&gt;keytool -list -v&lt;/tt&gt; on the server) before you trust it. The wizard will then talk only to a server presenting exactly this certificate.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %6 to %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 présente ce certificat. Comparez son empreinte avec celle du magasin de clés du serveur (par exemple &lt;tt&gt;keytool -list -v&lt;/tt&gt; sur le serveur) avant de lui faire confiance. L’assistant ne communiquera ensuite qu’avec un serveur présentant exactement ce certificat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256 :&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sujet :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Émetteur :&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;Validité :&lt;/b&gt; du %6 au %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (auto-signé)</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Faire confiance à ce cer&amp;tificat</translation>
    </message>
    <message>
        <source>Not called: the certificate was not confirmed.</source>
        <translation>Non appelé : le certificat n’a pas été confirmé.</translation>
    </message>
    <message>
        <source>Certificate of %1 confirmed: SHA-256 %2, subject %3, valid until %4.</source>
        <translation>Certificat de %1 confirmé : SHA-256 %2, sujet %3, valide jusqu’au %4.</translation>
    </message>
    <message>
        <source>Name the log file first: wso2carbon.log in the new home&apos;s repository/logs.</source>
        <translation>Indiquez d’abord le fichier journal : wso2carbon.log dans repository/logs du nouveau dossier IS.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>The server finished starting at %1.</source>
        <translation>Le serveur a fini de démarrer à %1.</translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line since %1: the server has not finished starting, or the log named is not the new server&apos;s.</source>
        <translation>Aucune ligne « WSO2 Carbon started in » depuis %1 : le serveur n’a pas fini de démarrer, ou le journal indiqué n’est pas celui du nouveau serveur.</translation>
    </message>
    <message>
        <source>%1× %2 %3 %4</source>
        <translation>%1× %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>No ERROR or FATAL entries since %1 (%n line(s) read).</source>
        <translation>
            <numerusform>Aucune entrée ERROR ou FATAL depuis %1 (%n ligne lue).</numerusform>
            <numerusform>Aucune entrée ERROR ou FATAL depuis %1 (%n lignes lues).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ERROR and %2 FATAL entries since %3, in %n group(s).</source>
        <translation>
            <numerusform>%1 entrées ERROR et %2 entrées FATAL depuis %3, en %n groupe.</numerusform>
            <numerusform>%1 entrées ERROR et %2 entrées FATAL depuis %3, en %n groupes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server finding(s) open. Fix and check again, or accept with a reason the report will show.</source>
        <translation>
            <numerusform>%n constat serveur ouvert. Corrigez et vérifiez à nouveau, ou acceptez-le avec un motif que le rapport affichera.</numerusform>
            <numerusform>%n constats serveur ouverts. Corrigez et vérifiez à nouveau, ou acceptez-les avec un motif que le rapport affichera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Server Findings</source>
        <translation>Accepter les constats serveur</translation>
    </message>
    <message>
        <source>Why are these findings acceptable for this environment? (at least %1 characters)

%2</source>
        <translation>Pourquoi ces constats sont-ils acceptables pour cet environnement ? (au moins %1 caractères)

%2</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>IS homes</source>
        <translation>Dossiers IS</translation>
    </message>
    <message>
        <source>&amp;Old IS home:</source>
        <translation>Ancien d&amp;ossier IS :</translation>
    </message>
    <message>
        <source>The folder of the release in use now, e.g. /opt/wso2is-5.11.0</source>
        <translation>Le dossier de la version actuellement en service, p. ex. /opt/wso2is-5.11.0</translation>
    </message>
    <message>
        <source>Old IS home folder</source>
        <translation>Dossier de l’ancien dossier IS</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Browse for the old IS home</source>
        <translation>Rechercher l’ancien dossier IS</translation>
    </message>
    <message>
        <source>Old IS home detection result</source>
        <translation>Résultat de la détection de l’ancien dossier IS</translation>
    </message>
    <message>
        <source>N&amp;ew IS home:</source>
        <translation>Nouveau &amp;dossier IS :</translation>
    </message>
    <message>
        <source>The folder of the release to migrate to, unpacked, e.g. /opt/wso2is-7.3.0</source>
        <translation>Le dossier de la version vers laquelle migrer, décompressé, p. ex. /opt/wso2is-7.3.0</translation>
    </message>
    <message>
        <source>New IS home folder</source>
        <translation>Dossier du nouveau dossier IS</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <source>Browse for the new IS home</source>
        <translation>Rechercher le nouveau dossier IS</translation>
    </message>
    <message>
        <source>New IS home detection result</source>
        <translation>Résultat de la détection du nouveau dossier IS</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Résumé des vérifications</translation>
    </message>
    <message>
        <source>Run Checks A&amp;gain</source>
        <translation>&amp;Relancer les vérifications</translation>
    </message>
    <message>
        <source>Run every check again</source>
        <translation>Relancer toutes les vérifications</translation>
    </message>
    <message>
        <source>Prerequisite checks by category</source>
        <translation>Vérifications des prérequis par catégorie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>What the selected check found and what to do</source>
        <translation>Ce que la vérification sélectionnée a trouvé et ce qu’il faut faire</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Why (recorded in the project journal)</source>
        <translation>Pourquoi (consigné dans le registre du projet)</translation>
    </message>
    <message>
        <source>Reason for the decision on the selected check</source>
        <translation>Motif de la décision sur la vérification sélectionnée</translation>
    </message>
    <message>
        <source>A&amp;ccept with Reason</source>
        <translation>Accepter a&amp;vec un motif</translation>
    </message>
    <message>
        <source>Accept the selected warning or blocker with the reason given</source>
        <translation>Accepter l’avertissement ou le bloquant sélectionné avec le motif indiqué</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>The selected customization has been carried over</source>
        <translation>La personnalisation sélectionnée a été reprise</translation>
    </message>
    <message>
        <source>No&amp;t Needed</source>
        <translation>Pas &amp;nécessaire</translation>
    </message>
    <message>
        <source>The selected customization is not needed in the new home, for the reason given</source>
        <translation>La personnalisation sélectionnée n’est pas nécessaire dans le nouveau dossier IS, pour le motif indiqué</translation>
    </message>
    <message>
        <source>A backup of the old IS home and of its databases has been ta&amp;ken, and restoring it has been tried</source>
        <translation>Une sauvegarde de l’ancien dossier IS et de ses bases de données a été &amp;effectuée, et sa restauration a été testée</translation>
    </message>
    <message>
        <source>Backup of the old home and its databases acknowledged</source>
        <translation>Sauvegarde de l’ancien dossier IS et de ses bases de données confirmée</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Ce qui manque encore</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project file</source>
        <translation>Fichier de projet</translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation>Aucun projet n’est ouvert. Créez un nouveau projet pour cette migration, ou ouvrez celui utilisé par les environnements précédents.</translation>
    </message>
    <message>
        <source>Ne&amp;w Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create a new migration project file (*.ismig)</source>
        <translation>Créer un nouveau fichier de projet de migration (*.ismig)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open an existing migration project file</source>
        <translation>Ouvrir un fichier de projet de migration existant</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>Projects opened recently on this computer</source>
        <translation>Projets ouverts récemment sur cet ordinateur</translation>
    </message>
    <message>
        <source>Open recent project</source>
        <translation>Ouvrir un projet récent</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Cette exécution</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>The environment this run migrates. Migrate development first, pilot on pre-production, then production.</source>
        <translation>L’environnement que cette exécution migre. Migrez d’abord le développement, faites un pilote en préproduction, puis la production.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Name of the environment, e.g. perf-test</source>
        <translation>Nom de l’environnement, p. ex. perf-test</translation>
    </message>
    <message>
        <source>Custom environment name</source>
        <translation>Nom de l’environnement personnalisé</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>Opérate&amp;ur :</translation>
    </message>
    <message>
        <source>Your name, as it should appear in the journal and the report</source>
        <translation>Votre nom, tel qu’il doit apparaître dans le registre et le rapport</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nom de l’opérateur</translation>
    </message>
    <message>
        <source>What earlier environments recorded</source>
        <translation>Ce que les environnements précédents ont enregistré</translation>
    </message>
    <message>
        <source>Environments of this project</source>
        <translation>Environnements de ce projet</translation>
    </message>
    <message>
        <source>Order rule</source>
        <translation>Règle d’ordre</translation>
    </message>
    <message>
        <source>Order rule explanation</source>
        <translation>Explication de la règle d’ordre</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Why production goes first, e.g. &quot;no pre-prod exists; dev ran against a copy of the production database&quot;</source>
        <translation>Pourquoi la production passe en premier, p. ex. « il n’existe pas de préproduction ; le développement a été exécuté sur une copie de la base de données de production »</translation>
    </message>
    <message>
        <source>Reason for going ahead</source>
        <translation>Motif de la poursuite</translation>
    </message>
    <message>
        <source>I go ahead &amp;knowingly; record my reason in the project journal</source>
        <translation>Je poursuis en &amp;connaissance de cause ; consigner mon motif dans le registre du projet</translation>
    </message>
    <message>
        <source>Acknowledge the order rule</source>
        <translation>Accepter la règle d’ordre</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Ce qui manque encore</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Verdict, the reasons for it and the production time estimate</source>
        <translation>Verdict, ses motifs et l’estimation de durée en production</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Output PDF:</source>
        <translation>PDF de s&amp;ortie :</translation>
    </message>
    <message>
        <source>Where the PDF report is written</source>
        <translation>Où le rapport PDF est écrit</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Enregistrer so&amp;us…</translation>
    </message>
    <message>
        <source>Also H&amp;TML</source>
        <translation>Aussi &amp;en HTML</translation>
    </message>
    <message>
        <source>Also &amp;JSON (machine-readable)</source>
        <translation>Aussi en &amp;JSON (lisible par machine)</translation>
    </message>
    <message>
        <source>&amp;Sign with my certificate (CMS detached signature, SHA-256)</source>
        <translation>Signer avec &amp;mon certificat (signature CMS détachée, SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>Cert&amp;ificat (PKCS#12) :</translation>
    </message>
    <message>
        <source>Your certificate and key as a PKCS#12 file</source>
        <translation>Votre certificat et votre clé sous forme de fichier PKCS#12</translation>
    </message>
    <message>
        <source>Choose Certificat&amp;e…</source>
        <translation>&amp;Choisir un certificat…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file; never stored</source>
        <translation>Phrase secrète du fichier PKCS#12 ; jamais stockée</translation>
    </message>
    <message>
        <source>Used once for signing; never stored</source>
        <translation>Utilisée une seule fois pour la signature ; jamais stockée</translation>
    </message>
    <message>
        <source>E&amp;xport Report</source>
        <translation>E&amp;xporter le rapport</translation>
    </message>
    <message>
        <source>What was exported</source>
        <translation>Ce qui a été exporté</translation>
    </message>
    <message>
        <source>Check a signed report</source>
        <translation>Vérifier un rapport signé</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>&amp;Rapport signé :</translation>
    </message>
    <message>
        <source>The report PDF to check; its .p7s and manifest are found next to it</source>
        <translation>Le rapport PDF à vérifier ; son .p7s et son manifeste sont recherchés à côté</translation>
    </message>
    <message>
        <source>Open Signe&amp;d Report…</source>
        <translation>Ouvrir un rapport sig&amp;né…</translation>
    </message>
    <message>
        <source>C&amp;A certificates (PEM):</source>
        <translation>Certificats &amp;d’AC (PEM) :</translation>
    </message>
    <message>
        <source>Optional: without it only the integrity is checked, not who signed</source>
        <translation>Facultatif : sans lui, seule l’intégrité est vérifiée, pas l’identité du signataire</translation>
    </message>
    <message>
        <source>CA certificates the signer must chain to</source>
        <translation>Certificats d’AC auxquels le signataire doit se rattacher</translation>
    </message>
    <message>
        <source>Choose CA F&amp;ile…</source>
        <translation>Choisir un &amp;fichier d’AC…</translation>
    </message>
    <message>
        <source>Check Si&amp;gnature</source>
        <translation>Vérifier la si&amp;gnature</translation>
    </message>
    <message>
        <source>Result of the signature check</source>
        <translation>Résultat de la vérification de la signature</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language of the wizard&apos;s windows and messages. The reports are written in this language as well.</source>
        <translation>La langue des fenêtres et des messages de l’assistant. Les rapports sont aussi rédigés dans cette langue.</translation>
    </message>
    <message>
        <source>The wizard uses the new language the next time it starts.</source>
        <translation>L’assistant utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Rollback guidance</source>
        <translation>Consignes de retour arrière</translation>
    </message>
    <message>
        <source>Test Cases</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Add from Te&amp;mplates</source>
        <translation>Ajouter depuis les &amp;modèles</translation>
    </message>
    <message>
        <source>Adds the built-in test cases and one case per custom component found on the prerequisites page; cases already in the list are not added again.</source>
        <translation>Ajoute les cas de test intégrés et un cas par composant personnalisé trouvé sur la page des prérequis ; les cas déjà dans la liste ne sont pas ajoutés à nouveau.</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Importer u&amp;n CSV…</translation>
    </message>
    <message>
        <source>Reads your own test cases from a CSV file with a header row: title, and optionally group, kind, steps, expected, id.</source>
        <translation>Lit vos propres cas de test depuis un fichier CSV avec une ligne d’en-tête : title, et éventuellement group, kind, steps, expected, id.</translation>
    </message>
    <message>
        <source>Add Cas&amp;e…</source>
        <translation>A&amp;jouter un cas…</translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>Supprimer &amp;le cas</translation>
    </message>
    <message>
        <source>Test cases by group</source>
        <translation>Cas de test par groupe</translation>
    </message>
    <message>
        <source>Steps and expected result of the selected case</source>
        <translation>Étapes et résultat attendu du cas sélectionné</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Status of the selected case</source>
        <translation>Statut du cas sélectionné</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Notes on the selected case</source>
        <translation>Notes sur le cas sélectionné</translation>
    </message>
    <message>
        <source>What you did and saw; required for a failed or blocked case</source>
        <translation>Ce que vous avez fait et constaté ; obligatoire pour un cas en échec ou bloqué</translation>
    </message>
    <message>
        <source>&amp;Record Result</source>
        <translation>Enre&amp;gistrer le résultat</translation>
    </message>
    <message>
        <source>Evidence files (kept by path and SHA-256):</source>
        <translation>Fichiers de preuve (conservés par chemin et SHA-256) :</translation>
    </message>
    <message>
        <source>Evidence files of the selected case</source>
        <translation>Fichiers de preuve du cas sélectionné</translation>
    </message>
    <message>
        <source>A&amp;ttach File…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve File</source>
        <translation>Retirer le fic&amp;hier</translation>
    </message>
    <message>
        <source>How many cases passed, failed or were not run</source>
        <translation>Combien de cas ont réussi, échoué ou n’ont pas été exécutés</translation>
    </message>
    <message>
        <source>Server Checks</source>
        <translation>Contrôles du serveur</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>Point de terminaison de contrôle d’état</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Adr&amp;esse du serveur :</translation>
    </message>
    <message>
        <source>is.example.com:9443</source>
        <translation>is.example.com:9443</translation>
    </message>
    <message>
        <source>Address of the migrated server</source>
        <translation>Adresse du serveur migré</translation>
    </message>
    <message>
        <source>&amp;Probe Health</source>
        <translation>&amp;Contrôler l’état</translation>
    </message>
    <message>
        <source>For&amp;get Certificate</source>
        <translation>Ou&amp;blier le certificat</translation>
    </message>
    <message>
        <source>Forgets the confirmed certificate fingerprint; the next probe asks again.</source>
        <translation>Oublie l’empreinte du certificat confirmé ; le prochain contrôle la demandera à nouveau.</translation>
    </message>
    <message>
        <source>Health probe result</source>
        <translation>Résultat du contrôle d’état</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <source>&amp;Log files:</source>
        <translation>Fichiers journau&amp;x :</translation>
    </message>
    <message>
        <source>…/repository/logs/wso2carbon.log; rotated files separated by ;</source>
        <translation>…/repository/logs/wso2carbon.log ; fichiers issus de la rotation séparés par ;</translation>
    </message>
    <message>
        <source>Log files to scan</source>
        <translation>Fichiers journaux à analyser</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>Depu&amp;is :</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Only entries at or after this time</source>
        <translation>Uniquement les entrées à partir de cette heure</translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation>Anal&amp;yser le journal</translation>
    </message>
    <message>
        <source>Log scan progress</source>
        <translation>Progression de l’analyse du journal</translation>
    </message>
    <message>
        <source>Log scan result and start-up</source>
        <translation>Résultat de l’analyse du journal et démarrage</translation>
    </message>
    <message>
        <source>Errors found, grouped by logger and exception</source>
        <translation>Erreurs trouvées, regroupées par logger et exception</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Logger</source>
        <translation>Logger</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Message and stack trace of the selected error</source>
        <translation>Message et pile d’appels de l’erreur sélectionnée</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge with Reason…</source>
        <translation>Accepter a&amp;vec un motif…</translation>
    </message>
    <message>
        <source>Records why the open server findings are acceptable; the report shows the reason.</source>
        <translation>Enregistre pourquoi les constats serveur ouverts sont acceptables ; le rapport affiche le motif.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moves a WSO2 Identity Server deployment to a newer release, step by step.</source>
        <translation>Migre un déploiement WSO2 Identity Server vers une version plus récente, étape par étape.</translation>
    </message>
    <message>
        <source>Open a demo project over two sample IS homes that the wizard generates.</source>
        <translation>Ouvrir un projet de démonstration sur deux dossiers IS d’exemple générés par l’assistant.</translation>
    </message>
    <message>
        <source>A migration project file (*.ismig) to open.</source>
        <translation>Un fichier de projet de migration (*.ismig) à ouvrir.</translation>
    </message>
</context>
</TS>
