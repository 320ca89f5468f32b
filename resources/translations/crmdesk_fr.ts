<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Acceptance</name>
    <message>
        <source>Step {n} ({result}): {action}</source>
        <translation>Étape {n} ({result}) : {action}</translation>
    </message>
    <message>
        <source>Expected: {expected}</source>
        <translation>Attendu : {expected}</translation>
    </message>
    <message>
        <source>Actual: {actual}</source>
        <translation>Obtenu : {actual}</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Commentaire : {comment}</translation>
    </message>
    <message>
        <source>Found by {ref} (attempt {attempt}) in the campaign &quot;{campaign}&quot;.</source>
        <translation>Constatée par {ref} (passage {attempt}) dans la campagne « {campaign} ».</translation>
    </message>
</context>
<context>
    <name>AcceptanceCommon</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>KO</source>
        <translation>KO</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non passé</translation>
    </message>
</context>
<context>
    <name>AcceptanceTab</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Add cases to the campaign</source>
        <translation>Ajouter des cas à la campagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>Change the testers</source>
        <translation>Changer les testeurs</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Démarrer la campagne</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>Clôturer la campagne</translation>
    </message>
    <message>
        <source>Close the campaign? Its results can no longer change.</source>
        <translation>Clôturer la campagne ? Ses résultats ne pourront plus changer.</translation>
    </message>
    <message>
        <source>Reopen the campaign</source>
        <translation>Rouvrir la campagne</translation>
    </message>
    <message>
        <source>Delete the campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Delete the campaign &quot;{name}&quot; and its list of cases?</source>
        <translation>Supprimer la campagne « {name} » et sa liste de cas ?</translation>
    </message>
    <message>
        <source>Assign tester</source>
        <translation>Affecter un testeur</translation>
    </message>
    <message>
        <source>Remove from the campaign</source>
        <translation>Retirer de la campagne</translation>
    </message>
    <message>
        <source>Add cases to re-test</source>
        <translation>Ajouter les cas à re-tester</translation>
    </message>
    <message>
        <source>New test case</source>
        <translation>Nouveau cas de test</translation>
    </message>
    <message>
        <source>Edit test case</source>
        <translation>Modifier le cas de test</translation>
    </message>
    <message>
        <source>Change the steps</source>
        <translation>Modifier les étapes</translation>
    </message>
    <message>
        <source>Link needs</source>
        <translation>Lier des besoins</translation>
    </message>
    <message>
        <source>Link stories</source>
        <translation>Lier des stories</translation>
    </message>
    <message>
        <source>Edit test case {ref}</source>
        <translation>Modifier le cas de test {ref}</translation>
    </message>
    <message>
        <source>Create test cases from needs</source>
        <translation>Créer des cas de test depuis les besoins</translation>
    </message>
    <message>
        <source>{n} test cases created.</source>
        <translation>{n} cas de test créés.</translation>
    </message>
    <message>
        <source>Every story already has a test case.</source>
        <translation>Chaque user story a déjà un cas de test.</translation>
    </message>
    <message>
        <source>Create test cases from stories</source>
        <translation>Créer des cas de test depuis les user stories</translation>
    </message>
    <message>
        <source>Create one test case for each of the {n} stories without one?</source>
        <translation>Créer un cas de test pour chacune des {n} user stories qui n&apos;en ont pas ?</translation>
    </message>
    <message>
        <source>Delete test cases</source>
        <translation>Supprimer des cas de test</translation>
    </message>
    <message>
        <source>Delete {n} test cases? Past campaigns keep their copies.</source>
        <translation>Supprimer {n} cas de test ? Les campagnes passées gardent leurs copies.</translation>
    </message>
    <message>
        <source>Record an attempt</source>
        <translation>Enregistrer un passage</translation>
    </message>
    <message>
        <source>Attempt {n} recorded: {result}.</source>
        <translation>Passage {n} enregistré : {result}.</translation>
    </message>
    <message>
        <source>Rename defect</source>
        <translation>Renommer l&apos;anomalie</translation>
    </message>
    <message>
        <source>Defect {ref} created.</source>
        <translation>Anomalie {ref} créée.</translation>
    </message>
    <message>
        <source>Sent back to correction: {refs}.</source>
        <translation>Renvoyées en correction : {refs}.</translation>
    </message>
    <message>
        <source>Can now be closed: {refs}.</source>
        <translation>Peuvent maintenant être clôturées : {refs}.</translation>
    </message>
    <message>
        <source>New defect</source>
        <translation>Nouvelle anomalie</translation>
    </message>
    <message>
        <source>Change defect status</source>
        <translation>Changer le statut de l&apos;anomalie</translation>
    </message>
    <message>
        <source>Change defect severity</source>
        <translation>Changer la gravité de l&apos;anomalie</translation>
    </message>
    <message>
        <source>Set the vendor ticket</source>
        <translation>Renseigner le ticket éditeur</translation>
    </message>
    <message>
        <source>Export the testers&apos; workbook</source>
        <translation>Exporter le cahier des testeurs</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the testers&apos; workbook…</source>
        <translation>Écriture du cahier des testeurs…</translation>
    </message>
    <message>
        <source>Workbook written: {path}</source>
        <translation>Cahier écrit : {path}</translation>
    </message>
    <message>
        <source>Import the testers&apos; results</source>
        <translation>Importer les résultats des testeurs</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>Vérification du cahier…</translation>
    </message>
    <message>
        <source>{n} attempts imported, {d} defects created.</source>
        <translation>{n} passages importés, {d} anomalies créées.</translation>
    </message>
    <message>
        <source>Sign off the campaign</source>
        <translation>Prononcer la recette de la campagne</translation>
    </message>
    <message>
        <source>Save the PV de recette</source>
        <translation>Enregistrer le PV de recette</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PV de recette…</source>
        <translation>Écriture du PV de recette…</translation>
    </message>
    <message>
        <source>PV de recette written: {path}</source>
        <translation>PV de recette écrit : {path}</translation>
    </message>
    <message>
        <source>The campaign the runner, the coverage and the charts show</source>
        <translation>La campagne que montrent l&apos;exécution, la couverture et les graphiques</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Edit campaign…</source>
        <translation>Modifier la campagne…</translation>
    </message>
    <message>
        <source>Close campaign…</source>
        <translation>Clôturer la campagne…</translation>
    </message>
    <message>
        <source>Delete the campaign…</source>
        <translation>Supprimer la campagne…</translation>
    </message>
    <message>
        <source>Add selected cases to the campaign</source>
        <translation>Ajouter les cas sélectionnés à la campagne</translation>
    </message>
    <message>
        <source>Export the testers&apos; workbook…</source>
        <translation>Exporter le cahier des testeurs…</translation>
    </message>
    <message>
        <source>Import the testers&apos; results…</source>
        <translation>Importer les résultats des testeurs…</translation>
    </message>
    <message>
        <source>PV de recette…</source>
        <translation>PV de recette…</translation>
    </message>
    <message>
        <source>Record the decision and save the sign-off report (PDF)</source>
        <translation>Enregistrer la décision et le PV de recette (PDF)</translation>
    </message>
    <message>
        <source>New test case…</source>
        <translation>Nouveau cas de test…</translation>
    </message>
    <message>
        <source>Edit test case…</source>
        <translation>Modifier le cas de test…</translation>
    </message>
    <message>
        <source>New defect…</source>
        <translation>Nouvelle anomalie…</translation>
    </message>
    <message>
        <source>Create test cases from needs…</source>
        <translation>Créer des cas de test depuis les besoins…</translation>
    </message>
    <message>
        <source>Create test cases from stories…</source>
        <translation>Créer des cas de test depuis les user stories…</translation>
    </message>
    <message>
        <source>Delete selected test cases</source>
        <translation>Supprimer les cas de test sélectionnés</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Cahier</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Coverage &amp;&amp; go/no-go</source>
        <translation>Couverture &amp;&amp; go/no-go</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Graphiques d&apos;avancement</translation>
    </message>
    <message>
        <source>Scope of {campaign}</source>
        <translation>Périmètre de {campaign}</translation>
    </message>
    <message>
        <source>Whole project (latest results)</source>
        <translation>Tout le projet (derniers résultats)</translation>
    </message>
    <message>
        <source>No campaign yet. Write test cases, then create a campaign (Campaign ▸ New campaign…).</source>
        <translation>Aucune campagne pour l&apos;instant. Écrivez des cas de test, puis créez une campagne (Campagne ▸ Nouvelle campagne…).</translation>
    </message>
    <message>
        <source>{done}/{total} run ({pct} %)</source>
        <translation>{done}/{total} passés ({pct} %)</translation>
    </message>
    <message>
        <source>{ok} OK · {ko} KO · {blocked} blocked</source>
        <translation>{ok} OK · {ko} KO · {blocked} bloqués</translation>
    </message>
    <message>
        <source>testers: {names}</source>
        <translation>testeurs : {names}</translation>
    </message>
    <message>
        <source>signed off: {decision}</source>
        <translation>PV signé : {decision}</translation>
    </message>
    <message>
        <source>Save the PV de recette…</source>
        <translation>Enregistrer le PV de recette…</translation>
    </message>
    <message>
        <source>{cases} test cases · {open} open defects</source>
        <translation>{cases} cas de test · {open} anomalies ouvertes</translation>
    </message>
    <message>
        <source>{campaign}: {done}/{total} run</source>
        <translation>{campaign} : {done}/{total} passés</translation>
    </message>
</context>
<context>
    <name>Aggregate</name>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
</context>
<context>
    <name>AnswerHistoryDialog</name>
    <message>
        <source>Replaced on</source>
        <translation>Remplacée le</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Extra cost</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Planned lot</source>
        <translation>Lot prévu</translation>
    </message>
    <message>
        <source>History of the answer: {ref}</source>
        <translation>Historique de la réponse : {ref}</translation>
    </message>
    <message>
        <source>{candidate} on {ref} {title}: now {coverage}</source>
        <translation>{candidate} sur {ref} {title} : aujourd&apos;hui {coverage}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>No earlier answer: this one was never replaced.</source>
        <translation>Aucune réponse antérieure : celle-ci n&apos;a jamais été remplacée.</translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>The need was renamed since the vendor answered; they answered: {title}</source>
        <translation>Le besoin a été renommé depuis la réponse du fournisseur, qui a répondu à : {title}</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Proposed score</source>
        <translation>Note proposée</translation>
    </message>
    <message>
        <source>Counts in the matrix as one more opinion</source>
        <translation>Compte dans la matrice comme un avis de plus</translation>
    </message>
    <message>
        <source>Not counted until you accept it</source>
        <translation>Ne compte pas tant que vous ne l&apos;avez pas acceptée</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Extra cost</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Planned lot</source>
        <translation>Lot prévu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Double-click to accept or withdraw this proposal</source>
        <translation>Double-cliquez pour accepter ou retirer cette proposition</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Proposals waiting</source>
        <translation>Propositions en attente</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <source>Send questionnaire…</source>
        <translation>Envoyer le questionnaire…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Importer des réponses…</translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>Accepter toutes les propositions</translation>
    </message>
    <message>
        <source>Withdraw selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>A proposed score comes from the coverage the vendor declares (mapping in Settings). It counts in the matrix, as one more opinion beside the evaluators&apos;, only once accepted. A mandatory need declared not covered eliminates the candidate.</source>
        <translation>Une note proposée vient de la couverture déclarée par le fournisseur (correspondance dans les Paramètres). Elle ne compte dans la matrice, comme un avis de plus à côté de ceux des évaluateurs, qu&apos;une fois acceptée. Un besoin impératif déclaré non couvert élimine le candidat.</translation>
    </message>
    <message>
        <source>Add candidates first (Candidates page).</source>
        <translation>Ajoutez d&apos;abord des candidats (page Candidats).</translation>
    </message>
    <message>
        <source>No answers from {name} yet: send them the questionnaire, then import the file they send back.</source>
        <translation>Pas encore de réponses de {name} : envoyez-lui le questionnaire, puis importez le fichier qu&apos;il vous renvoie.</translation>
    </message>
    <message>
        <source>{n} answers · {accepted} accepted · {waiting} proposals waiting · {nc} not covered</source>
        <translation>{n} réponses · {accepted} acceptées · {waiting} propositions en attente · {nc} non couvertes</translation>
    </message>
    <message>
        <source>questionnaire version {v} sent on {date}</source>
        <translation>questionnaire version {v} envoyé le {date}</translation>
    </message>
    <message>
        <source>Accept the proposed scores of {name}</source>
        <translation>Accepter les notes proposées de {name}</translation>
    </message>
    <message>
        <source>Withdraw the proposed scores of {name}</source>
        <translation>Retirer les notes proposées de {name}</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>vierge</translation>
    </message>
    <message>
        <source>Questionnaire - {name}.xlsx</source>
        <translation>Questionnaire - {name}.xlsx</translation>
    </message>
    <message>
        <source>Send a vendor questionnaire</source>
        <translation>Envoyer un questionnaire fournisseur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Send the questionnaire to {name}</source>
        <translation>Envoyer le questionnaire à {name}</translation>
    </message>
    <message>
        <source>Send a blank questionnaire</source>
        <translation>Envoyer un questionnaire vierge</translation>
    </message>
    <message>
        <source>Questionnaire written to {path}</source>
        <translation>Questionnaire enregistré dans {path}</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>Questionnaires (*.xlsx *.csv);;All files (*)</source>
        <translation>Questionnaires (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Import the answers of {name}</source>
        <translation>Importer les réponses de {name}</translation>
    </message>
    <message>
        <source>Answers of {name} imported from {file}: {created} new, {replaced} replaced, {unchanged} unchanged</source>
        <translation>Réponses de {name} importées depuis {file} : {created} nouvelles, {replaced} remplacées, {unchanged} inchangées</translation>
    </message>
    <message>
        <source>Which candidate answered?</source>
        <translation>Quel candidat a répondu ?</translation>
    </message>
</context>
<context>
    <name>AnswersPreviewDialog</name>
    <message>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>{candidate}: {new} new answers, {replaced} replacing earlier ones (kept in the history), {unchanged} unchanged</source>
        <translation>{candidate} : {new} nouvelles réponses, {replaced} qui en remplacent de précédentes (gardées dans l&apos;historique), {unchanged} inchangées</translation>
    </message>
    <message>
        <source>{n} unknown references</source>
        <translation>{n} références inconnues</translation>
    </message>
    <message>
        <source>{n} changed question texts</source>
        <translation>{n} libellés de question modifiés</translation>
    </message>
    <message>
        <source>{n} needs without an answer</source>
        <translation>{n} besoins sans réponse</translation>
    </message>
    <message>
        <source>{n} invalid values: correct them in the file and import it again. Nothing is imported until then.</source>
        <translation>{n} valeurs non valides : corrigez-les dans le fichier et importez-le de nouveau. Rien n&apos;est importé d&apos;ici là.</translation>
    </message>
    <message>
        <source>The file holds no answers: nothing to import.</source>
        <translation>Le fichier ne contient aucune réponse : rien à importer.</translation>
    </message>
    <message>
        <source>Nothing new to import: every answer is the one already imported.</source>
        <translation>Rien de nouveau à importer : chaque réponse est celle déjà importée.</translation>
    </message>
    <message>
        <source>Everything is imported in one step (undo with Ctrl+Z); a backup of the project is taken first. Replaced answers go to the history.</source>
        <translation>Tout est importé en une seule étape (annulable avec Ctrl+Z) ; une sauvegarde du projet est faite avant. Les réponses remplacées vont dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <source>The backlog is empty. Create stories with “New story…” (Ctrl+Shift+U) or from the needs (Ctrl+Shift+B).</source>
        <translation>Le backlog est vide. Créez des user stories avec « Nouvelle user story… » (Ctrl+Maj+U) ou à partir des besoins (Ctrl+Maj+B).</translation>
    </message>
    <message>
        <source>Drag stories here from the backlog, or select them there and press Alt+Right.</source>
        <translation>Faites glisser ici des user stories depuis le backlog, ou sélectionnez-les là et appuyez sur Alt+Droite.</translation>
    </message>
    <message>
        <source>Create their stories…</source>
        <translation>Créer leurs user stories…</translation>
    </message>
    <message>
        <source>Search the backlog (Ctrl+F): ref, title, need…</source>
        <translation>Rechercher dans le backlog (Ctrl+F) : réf, titre, besoin…</translation>
    </message>
    <message>
        <source>All lots</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>En tête</translation>
    </message>
    <message>
        <source>Move to the top of the backlog (Alt+Home)</source>
        <translation>Placer en tête du backlog (Alt+Début)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Plan into sprint ▸</source>
        <translation>Planifier dans le sprint ▸</translation>
    </message>
    <message>
        <source>Put the selected stories into the sprint on the right (Alt+Right)</source>
        <translation>Mettre les user stories sélectionnées dans le sprint de droite (Alt+Droite)</translation>
    </message>
    <message>
        <source>◂ Back to the backlog</source>
        <translation>◂ Retour au backlog</translation>
    </message>
    <message>
        <source>Take the selected stories out of the sprint (Alt+Left)</source>
        <translation>Retirer du sprint les user stories sélectionnées (Alt+Gauche)</translation>
    </message>
    <message>
        <source>New sprint…</source>
        <translation>Nouveau sprint…</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Sans lot</translation>
    </message>
    <message>
        <source>Product backlog — {n} stories, {points} pts</source>
        <translation>Backlog produit — {n} user stories, {points} pts</translation>
    </message>
    <message>
        <source>({n} not estimated)</source>
        <translation>({n} non estimées)</translation>
    </message>
    <message>
        <source>No sprint yet</source>
        <translation>Aucun sprint pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create a sprint, then drag stories from the backlog into it.</source>
        <translation>Créez un sprint, puis faites-y glisser des user stories depuis le backlog.</translation>
    </message>
    <message>
        <source>committed at the start: {points} pts</source>
        <translation>engagement au démarrage : {points} pts</translation>
    </message>
    <message>
        <source>done: {points} pts</source>
        <translation>terminés : {points} pts</translation>
    </message>
    <message>
        <source>{n} not estimated</source>
        <translation>{n} non estimées</translation>
    </message>
    <message>
        <source>closed: its stories no longer move</source>
        <translation>clos : ses user stories ne bougent plus</translation>
    </message>
    <message>
        <source>adding a story now is a scope change</source>
        <translation>ajouter une user story maintenant est un changement de périmètre</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objectif : {goal}</translation>
    </message>
    <message>
        <source>{n} mandatory need(s) have no user story yet: {refs}.</source>
        <translation>{n} besoin(s) impératif(s) sans user story pour l&apos;instant : {refs}.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>on opening</source>
        <translation>à l&apos;ouverture</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before upgrading the file</source>
        <translation>avant la mise à niveau du fichier</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
</context>
<context>
    <name>BoardCard</name>
    <message>
        <source>{ref}, {title}, {points} points, {assignee}</source>
        <translation>{ref}, {title}, {points} points, {assignee}</translation>
    </message>
    <message>
        <source>As {who}, I want {what}, so that {why}.</source>
        <translation>En tant que {who}, je veux {what}, afin de {why}.</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
    <message>
        <source>Needs: {refs}</source>
        <translation>Besoins : {refs}</translation>
    </message>
    <message>
        <source>{n} open defect(s)</source>
        <translation>{n} anomalie(s) ouverte(s)</translation>
    </message>
    <message>
        <source>{n} defect(s)</source>
        <translation>{n} anomalie(s)</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>In acceptance</source>
        <translation>En recette</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>Filter cards (Ctrl+F): ref, title, need, person…</source>
        <translation>Filtrer les cartes (Ctrl+F) : réf, titre, besoin, personne…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All lots</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Swimlanes: split the board in rows</source>
        <translation>Couloirs : partager le tableau en lignes</translation>
    </message>
    <message>
        <source>No swimlanes</source>
        <translation>Sans couloirs</translation>
    </message>
    <message>
        <source>Swimlanes by lot</source>
        <translation>Couloirs par lot</translation>
    </message>
    <message>
        <source>Swimlanes by assignee</source>
        <translation>Couloirs par personne assignée</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Sans lot</translation>
    </message>
    <message>
        <source>{shown} of {total} cards</source>
        <translation>{shown} cartes sur {total}</translation>
    </message>
    <message>
        <source>{total} cards</source>
        <translation>{total} cartes</translation>
    </message>
    <message>
        <source>{column} holds {count} cards for a limit of {limit}</source>
        <translation>{column} contient {count} cartes pour une limite de {limit}</translation>
    </message>
    <message>
        <source>Over the WIP limit: {columns}. Finish work in progress before starting more.</source>
        <translation>Limite WIP dépassée : {columns}. Terminez le travail en cours avant d&apos;en commencer d&apos;autre.</translation>
    </message>
    <message>
        <source>(Counted over every card, including those the filter hides.)</source>
        <translation>(Compté sur toutes les cartes, y compris celles que le filtre masque.)</translation>
    </message>
    <message>
        <source>No sprint yet: create one with “New sprint…”, then plan stories into it from the backlog.</source>
        <translation>Aucun sprint pour l&apos;instant : créez-en un avec « Nouveau sprint… », puis planifiez-y des user stories depuis le backlog.</translation>
    </message>
    <message>
        <source>{sprint} is closed: its board is kept as it was and can no longer change.</source>
        <translation>{sprint} est clos : son tableau est conservé tel quel et ne peut plus changer.</translation>
    </message>
    <message>
        <source>{sprint} has not started yet: start it when the team commits to its stories.</source>
        <translation>{sprint} n&apos;a pas encore démarré : démarrez-le quand l&apos;équipe s&apos;engage sur ses user stories.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Move card to the next column</source>
        <translation>Déplacer la carte dans la colonne suivante</translation>
    </message>
    <message>
        <source>Move card to the previous column</source>
        <translation>Déplacer la carte dans la colonne précédente</translation>
    </message>
    <message>
        <source>Move card up</source>
        <translation>Monter la carte</translation>
    </message>
    <message>
        <source>Move card down</source>
        <translation>Descendre la carte</translation>
    </message>
    <message>
        <source>Open the story</source>
        <translation>Ouvrir la user story</translation>
    </message>
    <message>
        <source>Delete the story</source>
        <translation>Supprimer la user story</translation>
    </message>
    <message>
        <source>{n} card(s) · {points} pts</source>
        <translation>{n} carte(s) · {points} pts</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>(all lots)</source>
        <translation>(tous les lots)</translation>
    </message>
    <message>
        <source>mandatory needs passed ≥</source>
        <translation>besoins obligatoires OK ≥</translation>
    </message>
    <message>
        <source>blocking ≤</source>
        <translation>bloquantes ≤</translation>
    </message>
    <message>
        <source>major ≤</source>
        <translation>majeures ≤</translation>
    </message>
    <message>
        <source>No case yet (add them later)</source>
        <translation>Aucun cas pour l&apos;instant (à ajouter ensuite)</translation>
    </message>
    <message>
        <source>Every ready case of the lot</source>
        <translation>Tous les cas prêts du lot</translation>
    </message>
    <message>
        <source>Every case of the mandatory needs</source>
        <translation>Tous les cas des besoins obligatoires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Testeurs</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Entry criteria</source>
        <translation>Critères d&apos;entrée</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>Go/no-go</source>
        <translation>Go/no-go</translation>
    </message>
</context>
<context>
    <name>CampaignKind</name>
    <message>
        <source>pre-acceptance</source>
        <translation>pré-recette</translation>
    </message>
    <message>
        <source>VABF</source>
        <translation>VABF</translation>
    </message>
    <message>
        <source>pre-production acceptance</source>
        <translation>recette en pré-production</translation>
    </message>
    <message>
        <source>VSR</source>
        <translation>VSR</translation>
    </message>
    <message>
        <source>non-regression</source>
        <translation>non-régression</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
</context>
<context>
    <name>CandidateContactsDialog</name>
    <message>
        <source>Contacts of {name}</source>
        <translation>Contacts de {name}</translation>
    </message>
    <message>
        <source>Only people with the role vendor contact are listed (Project tab).</source>
        <translation>Seules les personnes ayant le rôle contact éditeur sont proposées (onglet Projet).</translation>
    </message>
</context>
<context>
    <name>CandidateKind</name>
    <message>
        <source>vendor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>integrator</source>
        <translation>intégrateur</translation>
    </message>
    <message>
        <source>vendor + integrator</source>
        <translation>éditeur + intégrateur</translation>
    </message>
</context>
<context>
    <name>CandidateStatus</name>
    <message>
        <source>long list</source>
        <translation>liste longue</translation>
    </message>
    <message>
        <source>short list</source>
        <translation>liste courte</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>eliminated</source>
        <translation>éliminé</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <source>Add a candidate</source>
        <translation>Ajouter un candidat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Contacts…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Eliminate…</source>
        <translation>Éliminer…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Set-up
(one-off)</source>
        <translation>Mise en place
(ponctuel)</translation>
    </message>
    <message>
        <source>Data migration
(one-off)</source>
        <translation>Reprise des données
(ponctuel)</translation>
    </message>
    <message>
        <source>Training
(one-off)</source>
        <translation>Formation
(ponctuel)</translation>
    </message>
    <message>
        <source>Licence
(user × month)</source>
        <translation>Licence
(utilisateur × mois)</translation>
    </message>
    <message>
        <source>Hosting
(per year)</source>
        <translation>Hébergement
(par an)</translation>
    </message>
    <message>
        <source>Support
(per year)</source>
        <translation>Support
(par an)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>Total cost of ownership over the horizon of the settings</source>
        <translation>Coût total de possession (TCO) sur l&apos;horizon des paramètres</translation>
    </message>
    <message>
        <source>What the candidate offers, the references called, the impressions of the demonstration…</source>
        <translation>Ce que propose le candidat, les références appelées, les impressions de la démonstration…</translation>
    </message>
    <message>
        <source>One-off costs: set-up, data migration, training. Recurring costs: licence per user per month, hosting and support per year. TCO over {years} years for {users} users = one-off + {years} × (licence × {users} users × 12 + hosting + support).</source>
        <translation>Coûts ponctuels : mise en place, reprise des données, formation. Coûts récurrents : licence par utilisateur et par mois, hébergement et support par an. TCO sur {years} ans pour {users} utilisateurs = ponctuels + {years} × (licence × {users} utilisateurs × 12 + hébergement + support).</translation>
    </message>
    <message>
        <source>{n} candidates · {out} eliminated</source>
        <translation>{n} candidats · {out} éliminés</translation>
    </message>
    <message>
        <source>Notes on {name}</source>
        <translation>Notes sur {name}</translation>
    </message>
    <message>
        <source>Eliminated: {reason}</source>
        <translation>Éliminé : {reason}</translation>
    </message>
    <message>
        <source>Edit the notes on {name}</source>
        <translation>Modifier les notes sur {name}</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>Delete a candidate</source>
        <translation>Supprimer un candidat</translation>
    </message>
    <message>
        <source>Delete {name} with its scores and answers? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer {name} avec ses notes et ses réponses ? Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete the candidate {name}</source>
        <translation>Supprimer le candidat {name}</translation>
    </message>
    <message>
        <source>Move the candidate {name}</source>
        <translation>Déplacer le candidat {name}</translation>
    </message>
    <message>
        <source>Eliminate {name}</source>
        <translation>Éliminer {name}</translation>
    </message>
    <message>
        <source>Why is {name} eliminated? (kept with the results)</source>
        <translation>Pourquoi {name} est-il éliminé ? (conservé avec les résultats)</translation>
    </message>
    <message>
        <source>Set the status of {name}</source>
        <translation>Changer le statut de {name}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Nobody has the role vendor contact yet: add the vendors&apos; contacts in the Project tab first.</source>
        <translation>Personne n&apos;a encore le rôle contact éditeur : ajoutez d&apos;abord les contacts des éditeurs dans l&apos;onglet Projet.</translation>
    </message>
    <message>
        <source>Change the contacts of {name}</source>
        <translation>Modifier les contacts de {name}</translation>
    </message>
    <message>
        <source>Edit the candidate {name}</source>
        <translation>Modifier le candidat {name}</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <source>{points} pts planned · no capacity set</source>
        <translation>{points} pts planifiés · capacité non définie</translation>
    </message>
    <message>
        <source>{points} / {capacity} pts planned</source>
        <translation>{points} / {capacity} pts planifiés</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>No card</source>
        <translation>Aucune carte</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New test case</source>
        <translation>Nouveau cas de test</translation>
    </message>
    <message>
        <source>One step a line: action | expected result</source>
        <translation>Une étape par ligne : action | résultat attendu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Préconditions</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <source>Edit test case {ref}</source>
        <translation>Modifier le cas de test {ref}</translation>
    </message>
    <message>
        <source>Search needs…</source>
        <translation>Rechercher un besoin…</translation>
    </message>
    <message>
        <source>Search stories…</source>
        <translation>Rechercher une story…</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>Linked &amp;needs</source>
        <translation>Besoi&amp;ns liés</translation>
    </message>
    <message>
        <source>Linked s&amp;tories</source>
        <translation>&amp;Stories liées</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Preconditions</source>
        <translation>&amp;Préconditions</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>P&amp;riorité</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>User stories</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Search cases (ref, title, need)…</source>
        <translation>Rechercher des cas (réf., titre, besoin)…</translation>
    </message>
    <message>
        <source>Double-click, Enter or F2 to edit a case</source>
        <translation>Double-clic, Entrée ou F2 pour modifier un cas de test</translation>
    </message>
    <message>
        <source>{shown} of {total} cases</source>
        <translation>{shown} cas sur {total}</translation>
    </message>
    <message>
        <source>Select a case to see its steps.</source>
        <translation>Sélectionnez un cas pour voir ses étapes.</translation>
    </message>
    <message>
        <source>Preconditions:</source>
        <translation>Préconditions :</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add needs from the catalogue</source>
        <translation>Ajouter des besoins depuis le catalogue</translation>
    </message>
    <message>
        <source>Filter the catalogue…</source>
        <translation>Filtrer le catalogue…</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>déjà dans le projet</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Sélectionner les besoins affichés</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Add to the project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <source>{n} need(s) chosen</source>
        <translation>{n} besoin(s) choisi(s)</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>No data to chart yet.</source>
        <translation>Aucune donnée à représenter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved: {reason}.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré : {reason}.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Ranking by weighted score</source>
        <translation>Classement par note pondérée</translation>
    </message>
    <message>
        <source>Weighted score (% of the best possible)</source>
        <translation>Note pondérée (% du maximum possible)</translation>
    </message>
    <message>
        <source>out of the ranking</source>
        <translation>hors classement</translation>
    </message>
    <message>
        <source>Out of the ranking:</source>
        <translation>Hors classement :</translation>
    </message>
    <message>
        <source>Weighted score by group of criteria</source>
        <translation>Note pondérée par groupe de critères</translation>
    </message>
    <message>
        <source>Profile of the top candidates by group</source>
        <translation>Profil des meilleurs candidats par groupe</translation>
    </message>
    <message>
        <source>A radar needs three groups of criteria with a weight.</source>
        <translation>Un graphique radar nécessite trois groupes de critères pondérés.</translation>
    </message>
    <message>
        <source>Value for money: score against total cost</source>
        <translation>Rapport qualité-prix : note selon le coût total</translation>
    </message>
    <message>
        <source>Total cost of ownership over {years} years (k€)</source>
        <translation>Coût total de possession sur {years} ans (k€)</translation>
    </message>
    <message>
        <source>Total cost of ownership (k€)</source>
        <translation>Coût total de possession (k€)</translation>
    </message>
    <message>
        <source>Score without the cost criterion (%)</source>
        <translation>Note hors critère de coût (%)</translation>
    </message>
    <message>
        <source>No candidate has costs entered yet.</source>
        <translation>Aucun candidat n&apos;a encore de coûts saisis.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>éliminé</translation>
    </message>
    <message>
        <source>Pareto frontier: best score for the cost</source>
        <translation>Frontière de Pareto : meilleure note pour le coût</translation>
    </message>
    <message>
        <source>beaten on both score and cost</source>
        <translation>devancé à la fois sur la note et sur le coût</translation>
    </message>
    <message>
        <source>Where {winner} stays first</source>
        <translation>Où {winner} reste en tête</translation>
    </message>
    <message>
        <source>Share of the group in the total weight (%)</source>
        <translation>Part du groupe dans la pondération totale (%)</translation>
    </message>
    <message>
        <source>lead over the second: {points} points</source>
        <translation>avance sur le deuxième : {points} points</translation>
    </message>
    <message>
        <source>{name} first</source>
        <translation>{name} en tête</translation>
    </message>
    <message>
        <source>the winner stays first</source>
        <translation>le gagnant reste en tête</translation>
    </message>
    <message>
        <source>another candidate comes first</source>
        <translation>un autre candidat passe en tête</translation>
    </message>
    <message>
        <source>share now</source>
        <translation>part actuelle</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{sprint} burndown</source>
        <translation>Burndown : {sprint}</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Idéal</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste à faire</translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation>Changement de périmètre</translation>
    </message>
    <message>
        <source>Story re-opened</source>
        <translation>User story rouverte</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Remaining points</source>
        <translation>Points restants</translation>
    </message>
    <message>
        <source>Burn-up of {lot}</source>
        <translation>Burn-up : {lot}</translation>
    </message>
    <message>
        <source>Total scope</source>
        <translation>Périmètre total</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>target go-live {date}</source>
        <translation>mise en production visée : {date}</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Points d&apos;effort</translation>
    </message>
    <message>
        <source>Velocity per sprint</source>
        <translation>Vélocité par sprint</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Average of the last three sprints</source>
        <translation>Moyenne des trois derniers sprints</translation>
    </message>
    <message>
        <source>Cumulative flow of {sprint}</source>
        <translation>Flux cumulé : {sprint}</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>User stories</translation>
    </message>
    <message>
        <source>Campaigns by result</source>
        <translation>Campagnes par résultat</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Progress: {campaign}</source>
        <translation>Avancement : {campaign}</translation>
    </message>
    <message>
        <source>Campaign progress</source>
        <translation>Avancement de la campagne</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>Open defects by severity</source>
        <translation>Anomalies ouvertes par gravité</translation>
    </message>
    <message>
        <source>Open defects</source>
        <translation>Anomalies ouvertes</translation>
    </message>
    <message>
        <source>Coverage of the needs by the tests</source>
        <translation>Couverture des besoins par les tests</translation>
    </message>
    <message>
        <source>Mandatory needs</source>
        <translation>Besoins impératifs</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Right click to save the chart as PNG</source>
        <translation>Clic droit pour enregistrer le graphique en PNG</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>stories</source>
        <translation>user stories</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Save the charts as PNG…</source>
        <translation>Enregistrer les graphiques en PNG…</translation>
    </message>
    <message>
        <source>Saves the four charts in a folder; right-click a chart to save only it</source>
        <translation>Enregistre les quatre graphiques dans un dossier ; clic droit sur un graphique pour n&apos;enregistrer que lui</translation>
    </message>
    <message>
        <source>Cumulative flow in</source>
        <translation>Flux cumulé en</translation>
    </message>
    <message>
        <source>Burn-up of</source>
        <translation>Burn-up du lot</translation>
    </message>
    <message>
        <source>Right-click: save as PNG</source>
        <translation>Clic droit : enregistrer en PNG</translation>
    </message>
    <message>
        <source>Save the charts in</source>
        <translation>Enregistrer les graphiques dans</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <source>The charts could not be saved: {reason}.</source>
        <translation>Les graphiques n&apos;ont pas pu être enregistrés : {reason}.</translation>
    </message>
    <message>
        <source>{n} chart(s) saved in {folder}.</source>
        <translation>{n} graphique(s) enregistré(s) dans {folder}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The desktop companion of the pilot of a CRM project. Without a command, opens the window.</source>
        <translation>L&apos;assistant de bureau du pilote d&apos;un projet CRM. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>create an empty project file</source>
        <translation>créer un fichier projet vide</translation>
    </message>
    <message>
        <source>name of the project (default: the file name)</source>
        <translation>nom du projet (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <source>create a project file holding the demo project</source>
        <translation>créer un fichier projet contenant le projet de démonstration</translation>
    </message>
    <message>
        <source>check a project&apos;s integrity and schema version</source>
        <translation>vérifier l&apos;intégrité d&apos;un projet et sa version de schéma</translation>
    </message>
    <message>
        <source>export a project to an Excel workbook</source>
        <translation>exporter un projet vers un classeur Excel</translation>
    </message>
    <message>
        <source>language of the workbook (default: the interface&apos;s)</source>
        <translation>langue du classeur (par défaut : celle de l&apos;interface)</translation>
    </message>
    <message>
        <source>import needs from an .xlsx or .csv file</source>
        <translation>importer des besoins depuis un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <source>show the report without changing the project</source>
        <translation>afficher le rapport sans modifier le projet</translation>
    </message>
    <message>
        <source>render each tab of a project to a PNG file</source>
        <translation>enregistrer chaque onglet d&apos;un projet dans un fichier PNG</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>interrompu.</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); the details are in the log folder.</source>
        <translation>erreur inattendue ({kind}) ; les détails se trouvent dans le dossier des journaux.</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>Créé : {path}</translation>
    </message>
    <message>
        <source>Created the demo project {path}</source>
        <translation>Projet de démonstration créé : {path}</translation>
    </message>
    <message>
        <source>Schema version: {revision}</source>
        <translation>Version du schéma : {revision}</translation>
    </message>
    <message>
        <source>the project has problems.</source>
        <translation>le projet présente des problèmes.</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Intégrité : ok</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Dry run: the project was not changed.</source>
        <translation>Simulation : le projet n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Nothing to import: the project was not changed.</source>
        <translation>Rien à importer : le projet n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Import applied.</source>
        <translation>Import appliqué.</translation>
    </message>
    <message>
        <source>Blank questionnaire (version {version}) written to {path}</source>
        <translation>Questionnaire vierge (version {version}) écrit dans {path}</translation>
    </message>
    <message>
        <source>Questionnaire version {version} for {candidate} written to {path}</source>
        <translation>Questionnaire version {version} pour {candidate} écrit dans {path}</translation>
    </message>
    <message>
        <source>Name the candidate with --candidate NAME.</source>
        <translation>Indiquez le candidat avec --candidate NOM.</translation>
    </message>
    <message>
        <source>Answers imported: {created} new, {replaced} replaced, {unchanged} unchanged.</source>
        <translation>Réponses importées : {created} nouvelles, {replaced} remplacées, {unchanged} inchangées.</translation>
    </message>
    <message>
        <source>write the Excel questionnaire a candidate fills in</source>
        <translation>écrire le questionnaire Excel qu&apos;un candidat remplit</translation>
    </message>
    <message>
        <source>the candidate it is for</source>
        <translation>le candidat destinataire</translation>
    </message>
    <message>
        <source>a blank questionnaire, for any candidate</source>
        <translation>un questionnaire vierge, pour n&apos;importe quel candidat</translation>
    </message>
    <message>
        <source>read a candidate&apos;s answers from a filled-in questionnaire</source>
        <translation>lire les réponses d&apos;un candidat dans un questionnaire rempli</translation>
    </message>
    <message>
        <source>the candidate who answered (when the file does not say it)</source>
        <translation>le candidat qui a répondu (quand le fichier ne le dit pas)</translation>
    </message>
    <message>
        <source>print the ranking of the candidates (weighted score, TCO, status)</source>
        <translation>afficher le classement des candidats (note pondérée, TCO, statut)</translation>
    </message>
    <message>
        <source>list the acceptance campaigns, or print one campaign&apos;s results and go/no-go</source>
        <translation>lister les campagnes de recette, ou afficher les résultats et le go/no-go d&apos;une campagne</translation>
    </message>
    <message>
        <source>name of the campaign</source>
        <translation>nom de la campagne</translation>
    </message>
    <message>
        <source>output format (default: text)</source>
        <translation>format de sortie (par défaut : text)</translation>
    </message>
    <message>
        <source>write a campaign&apos;s acceptance sign-off report (PV de recette) as PDF</source>
        <translation>écrire le PV de recette d&apos;une campagne en PDF</translation>
    </message>
    <message>
        <source>language of the report (default: the interface&apos;s)</source>
        <translation>langue du PV (par défaut : celle de l&apos;interface)</translation>
    </message>
    <message>
        <source>write the Excel workbook testers fill in for a campaign</source>
        <translation>écrire le classeur Excel que les testeurs remplissent pour une campagne</translation>
    </message>
    <message>
        <source>record the results of a testers&apos; workbook filled in</source>
        <translation>enregistrer les résultats d&apos;un classeur de testeurs rempli</translation>
    </message>
    <message>
        <source>record the file&apos;s results even for cases run in crmdesk since the export</source>
        <translation>enregistrer les résultats du fichier même pour les cas passés dans crmdesk depuis l&apos;export</translation>
    </message>
    <message>
        <source>This project has no acceptance campaign yet.</source>
        <translation>Ce projet n&apos;a pas encore de campagne de recette.</translation>
    </message>
    <message>
        <source>{executed}/{total} cases run ({pct} %)</source>
        <translation>{executed}/{total} cas passés ({pct} %)</translation>
    </message>
    <message>
        <source>From {start} to {end}; lot: {lot}; testers: {testers}.</source>
        <translation>Du {start} au {end} ; lot : {lot} ; testeurs : {testers}.</translation>
    </message>
    <message>
        <source>(attempts: {attempts})</source>
        <translation>(passages : {attempts})</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Go/no-go</source>
        <translation>Go/no-go</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NON atteint</translation>
    </message>
    <message>
        <source>Decision suggested: GO</source>
        <translation>Décision suggérée : GO</translation>
    </message>
    <message>
        <source>Decision suggested: NO-GO</source>
        <translation>Décision suggérée : NO-GO</translation>
    </message>
    <message>
        <source>Open defects</source>
        <translation>Anomalies ouvertes</translation>
    </message>
    <message>
        <source>Sign-off report written to {path}</source>
        <translation>PV de recette écrit dans {path}</translation>
    </message>
    <message>
        <source>Testers&apos; workbook written to {path}</source>
        <translation>Classeur des testeurs écrit dans {path}</translation>
    </message>
    <message>
        <source>Results recorded: {attempts} attempts, {created} defects created, {reopened} re-opened.</source>
        <translation>Résultats enregistrés : {attempts} passages, {created} anomalies créées, {reopened} rouvertes.</translation>
    </message>
    <message>
        <source>No candidate yet.</source>
        <translation>Aucun candidat pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Note pondérée</translation>
    </message>
    <message>
        <source>TCO over {years} years</source>
        <translation>TCO sur {years} ans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sensitivity: {verdict}</source>
        <translation>Sensibilité : {verdict}</translation>
    </message>
    <message>
        <source>print a sprint&apos;s stories by column and its burndown</source>
        <translation>afficher les user stories d&apos;un sprint par colonne, et son burndown</translation>
    </message>
    <message>
        <source>number of the sprint (default: the active sprint, else the last one)</source>
        <translation>numéro du sprint (par défaut : le sprint en cours, sinon le dernier)</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objectif : {goal}</translation>
    </message>
    <message>
        <source>From {start} to {end}; capacity {capacity} points, committed {committed}, done {done}.</source>
        <translation>Du {start} au {end} ; capacité {capacity} points, engagés {committed}, terminés {done}.</translation>
    </message>
    <message>
        <source>{column} — stories: {count}, points: {points}</source>
        <translation>{column} — user stories : {count}, points : {points}</translation>
    </message>
    <message>
        <source>(WIP limit {limit} exceeded)</source>
        <translation>(limite WIP de {limit} dépassée)</translation>
    </message>
    <message>
        <source>Burndown (committed {committed} points)</source>
        <translation>Burndown (engagement : {committed} points)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Idéal</translation>
    </message>
    <message>
        <source>Scope changes and re-opened stories</source>
        <translation>Changements de périmètre et user stories rouvertes</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>re-estimated</source>
        <translation>réestimée</translation>
    </message>
    <message>
        <source>re-opened</source>
        <translation>rouverte</translation>
    </message>
</context>
<context>
    <name>CloseSprintDialog</name>
    <message>
        <source>Close {sprint}</source>
        <translation>Clore le {sprint}</translation>
    </message>
    <message>
        <source>{done} story(ies) done, {points} pts: the velocity recorded for this sprint will be {points} pts (committed: {committed} pts).</source>
        <translation>{done} user story(ies) terminée(s), {points} pts : la vélocité enregistrée pour ce sprint sera de {points} pts (engagement : {committed} pts).</translation>
    </message>
    <message>
        <source>Back to the product &amp;backlog (at their place in it)</source>
        <translation>Retour au &amp;backlog produit (à leur place dans celui-ci)</translation>
    </message>
    <message>
        <source>Into the &amp;next sprint: {sprint}</source>
        <translation>Dans le sprint &amp;suivant : {sprint}</translation>
    </message>
    <message>
        <source>Into the &amp;next sprint: a new sprint {number} is created for them</source>
        <translation>Dans le sprint &amp;suivant : un nouveau sprint {number} est créé pour elles</translation>
    </message>
    <message>
        <source>{n} unfinished story(ies), {points} pts</source>
        <translation>{n} user story(ies) non terminée(s), {points} pts</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Pts</source>
        <translation>Pts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where do they go?</source>
        <translation>Où vont-elles ?</translation>
    </message>
    <message>
        <source>Every story of the sprint is done.</source>
        <translation>Toutes les user stories du sprint sont terminées.</translation>
    </message>
    <message>
        <source>A closed sprint&apos;s board and charts are kept as they are. Ctrl+Z undoes the close.</source>
        <translation>Le tableau et les graphiques d&apos;un sprint clos sont conservés tels quels. Ctrl+Z annule la clôture.</translation>
    </message>
    <message>
        <source>Close the sprint</source>
        <translation>Clore le sprint</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
    <message>
        <source>{n} hidden by the filter</source>
        <translation>{n} masquée(s) par le filtre</translation>
    </message>
    <message>
        <source>Over the WIP limit: {count} cards for a limit of {limit}.</source>
        <translation>Limite WIP dépassée : {count} cartes pour une limite de {limit}.</translation>
    </message>
    <message>
        <source>At the WIP limit: {count} cards for a limit of {limit}. Finish one before starting another.</source>
        <translation>Limite WIP atteinte : {count} cartes pour une limite de {limit}. Terminez-en une avant d&apos;en commencer une autre.</translation>
    </message>
    <message>
        <source>WIP limit {limit}: {count} cards.</source>
        <translation>Limite WIP {limit} : {count} cartes.</translation>
    </message>
    <message>
        <source>{count} cards, no WIP limit.</source>
        <translation>{count} cartes, sans limite WIP.</translation>
    </message>
    <message>
        <source>The count includes the cards the filter hides.</source>
        <translation>Le décompte inclut les cartes que le filtre masque.</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>Limite WIP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Counts as done</source>
        <translation>Compte comme terminé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>User stories</translation>
    </message>
    <message>
        <source>Columns and WIP limits</source>
        <translation>Colonnes et limites WIP</translation>
    </message>
    <message>
        <source>Double-click (or F2) a name or a WIP limit to change it. A WIP limit is soft: the board shows a column over its limit in red, counting every card, including those a filter hides. Leave it empty for no limit.</source>
        <translation>Double-cliquez (ou F2) sur un nom ou une limite WIP pour le modifier. Une limite WIP est indicative : le tableau affiche en rouge une colonne qui la dépasse, en comptant toutes les cartes, y compris celles qu&apos;un filtre masque. Laissez vide pour ne fixer aucune limite.</translation>
    </message>
    <message>
        <source>&amp;Add column…</source>
        <translation>&amp;Ajouter une colonne…</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Déplacer à &amp;gauche</translation>
    </message>
    <message>
        <source>Move the column left (Alt+Up)</source>
        <translation>Déplacer la colonne vers la gauche (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;right</source>
        <translation>Déplacer à &amp;droite</translation>
    </message>
    <message>
        <source>Move the column right (Alt+Down)</source>
        <translation>Déplacer la colonne vers la droite (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the column (only when it holds no story)</source>
        <translation>Supprimer la colonne (seulement si elle ne contient aucune user story)</translation>
    </message>
    <message>
        <source>Rename column {name}</source>
        <translation>Renommer la colonne {name}</translation>
    </message>
    <message>
        <source>Set the WIP limit of {name}</source>
        <translation>Modifier la limite WIP de {name}</translation>
    </message>
    <message>
        <source>Add column {name}</source>
        <translation>Ajouter la colonne {name}</translation>
    </message>
    <message>
        <source>Move column {name}</source>
        <translation>Déplacer la colonne {name}</translation>
    </message>
    <message>
        <source>Delete a column</source>
        <translation>Supprimer une colonne</translation>
    </message>
    <message>
        <source>Delete the column {name}? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer la colonne {name} ? Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete column {name}</source>
        <translation>Supprimer la colonne {name}</translation>
    </message>
</context>
<context>
    <name>Commander</name>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>ConsensusDialog</name>
    <message>
        <source>Consensus score</source>
        <translation>Note de consensus</translation>
    </message>
    <message>
        <source>Why the group agreed on this score (required)</source>
        <translation>Pourquoi le groupe s&apos;est accordé sur cette note (obligatoire)</translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation>Note retenue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Say why the group agreed on this score.</source>
        <translation>Indiquez pourquoi le groupe s&apos;est accordé sur cette note.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>The software does it as delivered, without any setting or development.</source>
        <translation>Le logiciel le fait tel qu&apos;il est livré, sans paramétrage ni développement.</translation>
    </message>
    <message>
        <source>The software does it once set up by configuration (fields, screens, rules, workflows), without writing code; it survives upgrades.</source>
        <translation>Le logiciel le fait une fois paramétré (champs, écrans, règles, workflows), sans écrire de code ; le paramétrage est conservé lors des mises à jour.</translation>
    </message>
    <message>
        <source>It needs specific development (code, script or third-party add-on); say its cost in the extra cost column.</source>
        <translation>Il faut un développement spécifique (code, script ou module tiers) ; indiquez son coût dans la colonne du surcoût.</translation>
    </message>
    <message>
        <source>The offer does not meet this need.</source>
        <translation>L&apos;offre ne répond pas à ce besoin.</translation>
    </message>
    <message>
        <source>out of the box</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>paramétrage</translation>
    </message>
    <message>
        <source>custom development</source>
        <translation>développement spécifique</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvert</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mandatory need not covered or failing</source>
        <translation>Besoin obligatoire non couvert ou en échec</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Go / no-go</source>
        <translation>Go / no-go</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>{n} mandatory needs not covered or failing</source>
        <translation>{n} besoins obligatoires non couverts ou en échec</translation>
    </message>
    <message>
        <source>Choose a campaign</source>
        <translation>Choisissez une campagne</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>Evaluated live on the campaign&apos;s current results and open defects.</source>
        <translation>Évalué en direct sur les résultats actuels de la campagne et ses anomalies ouvertes.</translation>
    </message>
</context>
<context>
    <name>CoverageStatus</name>
    <message>
        <source>passed</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>KO</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non passé</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvert</translation>
    </message>
</context>
<context>
    <name>CriteriaFromNeedsDialog</name>
    <message>
        <source>Create criteria from needs</source>
        <translation>Créer des critères à partir des besoins</translation>
    </message>
    <message>
        <source>Each criterion stays linked to its need or domain, so the vendors&apos; answers propose its scores. Needs or domains that already have a criterion are left out.</source>
        <translation>Chaque critère reste lié à son besoin ou à son domaine : les réponses des fournisseurs proposent ses notes. Les besoins ou domaines qui ont déjà un critère sont laissés de côté.</translation>
    </message>
    <message>
        <source>One criterion per need (weight 3 if mandatory, 2 if desired, 1 if optional)</source>
        <translation>Un critère par besoin (pondération 3 si impératif, 2 si souhaité, 1 si optionnel)</translation>
    </message>
    <message>
        <source>One criterion per domain (weight: the sum of its needs&apos; weights)</source>
        <translation>Un critère par domaine (pondération : la somme de celles de ses besoins)</translation>
    </message>
    <message>
        <source>A new group…</source>
        <translation>Un nouveau groupe…</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fonctionnel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Into the group</source>
        <translation>Dans le groupe</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>{name} — weight {weight}</source>
        <translation>{name} — pondération {weight}</translation>
    </message>
    <message>
        <source>Nothing to create: these needs or domains already have their criterion.</source>
        <translation>Rien à créer : ces besoins ou domaines ont déjà leur critère.</translation>
    </message>
    <message>
        <source>1 criterion will be created.</source>
        <translation>1 critère sera créé.</translation>
    </message>
    <message>
        <source>{n} criteria will be created.</source>
        <translation>{n} critères seront créés.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Group / criterion</source>
        <translation>Groupe / critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Knock-out below</source>
        <translation>Éliminatoire sous</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Weight of the group, or of the criterion within its group</source>
        <translation>Pondération du groupe, ou du critère dans son groupe</translation>
    </message>
    <message>
        <source>Share of the whole score: group weight × criterion weight, in %; the shares sum to 100</source>
        <translation>Part dans la note globale : pondération du groupe × pondération du critère, en % ; les parts font 100 au total</translation>
    </message>
    <message>
        <source>A candidate whose score is below this threshold is eliminated (empty: not a knock-out criterion)</source>
        <translation>Un candidat dont la note est sous ce seuil est éliminé (vide : pas un critère éliminatoire)</translation>
    </message>
    <message>
        <source>The need or the domain the criterion judges (vendors&apos; answers propose scores for it)</source>
        <translation>Le besoin ou le domaine que juge le critère (les réponses des fournisseurs lui proposent des notes)</translation>
    </message>
    <message>
        <source>This group has no criteria yet: its weight counts for nothing.</source>
        <translation>Ce groupe n&apos;a pas encore de critère : sa pondération ne compte pas.</translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation>1 critère</translation>
    </message>
    <message>
        <source>{n} criteria</source>
        <translation>{n} critères</translation>
    </message>
    <message>
        <source>domain {name}</source>
        <translation>domaine {name}</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Create criteria from needs…</source>
        <translation>Créer des critères à partir des besoins…</translation>
    </message>
    <message>
        <source>Add the cost criterion</source>
        <translation>Ajouter le critère de coût</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Knock-out threshold…</source>
        <translation>Seuil éliminatoire…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Double-click a weight, a threshold or a link to change it. A criterion&apos;s share is its group&apos;s share × its weight within the group.</source>
        <translation>Double-cliquez sur une pondération, un seuil ou un lien pour le modifier. La part d&apos;un critère est la part de son groupe × sa pondération dans le groupe.</translation>
    </message>
    <message>
        <source>without criteria (their weight counts for nothing): {names}</source>
        <translation>sans critère (leur pondération ne compte pas) : {names}</translation>
    </message>
    <message>
        <source>Shares: {total} in total · {counts}</source>
        <translation>Parts : {total} au total · {counts}</translation>
    </message>
    <message>
        <source>No criteria yet: add a group and its criteria, or create them from the needs.</source>
        <translation>Pas encore de critère : ajoutez un groupe et ses critères, ou créez-les à partir des besoins.</translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation>1 critère</translation>
    </message>
    <message>
        <source>{n} criteria</source>
        <translation>{n} critères</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 groupe</translation>
    </message>
    <message>
        <source>{n} groups</source>
        <translation>{n} groupes</translation>
    </message>
    <message>
        <source>{criteria} in {groups}</source>
        <translation>{criteria} en {groups}</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(non lié)</translation>
    </message>
    <message>
        <source>domain {name}</source>
        <translation>domaine {name}</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Add a group of criteria</source>
        <translation>Ajouter un groupe de critères</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Create criteria from needs</source>
        <translation>Créer des critères à partir des besoins</translation>
    </message>
    <message>
        <source>No criterion was created: every need of these priorities already has its criterion.</source>
        <translation>Aucun critère n&apos;a été créé : chaque besoin de ces priorités a déjà son critère.</translation>
    </message>
    <message>
        <source>Knock-out threshold</source>
        <translation>Seuil éliminatoire</translation>
    </message>
    <message>
        <source>A candidate scoring below this threshold on {name} is eliminated (0: not a knock-out criterion).</source>
        <translation>Un candidat noté sous ce seuil sur {name} est éliminé (0 : pas un critère éliminatoire).</translation>
    </message>
    <message>
        <source>Change the knock-out threshold of {name}</source>
        <translation>Modifier le seuil éliminatoire de {name}</translation>
    </message>
    <message>
        <source>Move the group {name}</source>
        <translation>Déplacer le groupe {name}</translation>
    </message>
    <message>
        <source>Move the criterion {name}</source>
        <translation>Déplacer le critère {name}</translation>
    </message>
    <message>
        <source>Move {n} criteria to another group</source>
        <translation>Déplacer {n} critères dans un autre groupe</translation>
    </message>
    <message>
        <source>Delete the criterion {name} with its scores? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer le critère {name} avec ses notes ? Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete these {n} criteria with their scores? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer ces {n} critères avec leurs notes ? Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete criteria</source>
        <translation>Supprimer des critères</translation>
    </message>
    <message>
        <source>Delete {n} criteria</source>
        <translation>Supprimer {n} critères</translation>
    </message>
    <message>
        <source>Delete the group {name}</source>
        <translation>Supprimer le groupe {name}</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Change the weight of a group</source>
        <translation>Modifier la pondération d&apos;un groupe</translation>
    </message>
    <message>
        <source>Change the weight of {name}</source>
        <translation>Modifier la pondération de {name}</translation>
    </message>
    <message>
        <source>Change what {name} is linked to</source>
        <translation>Modifier le lien de {name}</translation>
    </message>
    <message>
        <source>Edit the criterion {name}</source>
        <translation>Modifier le critère {name}</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Déplacer dans le groupe</translation>
    </message>
</context>
<context>
    <name>CriterionKind</name>
    <message>
        <source>scored</source>
        <translation>noté</translation>
    </message>
    <message>
        <source>cost (from the TCO)</source>
        <translation>coût (issu du TCO)</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>accepted</source>
        <translation>recette prononcée</translation>
    </message>
    <message>
        <source>accepted with reservations</source>
        <translation>recette prononcée avec réserves</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recette refusée</translation>
    </message>
</context>
<context>
    <name>DefectDialog</name>
    <message>
        <source>New defect</source>
        <translation>Nouvelle anomalie</translation>
    </message>
    <message>
        <source>e.g. the vendor&apos;s ticket number</source>
        <translation>p. ex. le numéro de ticket de l&apos;intégrateur</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Besoin</translation>
    </message>
    <message>
        <source>St&amp;ory</source>
        <translation>St&amp;ory</translation>
    </message>
    <message>
        <source>Test &amp;case</source>
        <translation>&amp;Cas de test</translation>
    </message>
    <message>
        <source>&amp;Vendor ticket</source>
        <translation>Ticket &amp;intégrateur</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>DefectStatus</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>in correction</source>
        <translation>en correction</translation>
    </message>
    <message>
        <source>to re-test</source>
        <translation>à retester</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
</context>
<context>
    <name>DefectsPage</name>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>User story</translation>
    </message>
    <message>
        <source>Vendor ticket</source>
        <translation>Ticket éditeur</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Search defects…</source>
        <translation>Rechercher des anomalies…</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Add to the campaign</source>
        <translation>Ajouter à la campagne</translation>
    </message>
    <message>
        <source>New defect…</source>
        <translation>Nouvelle anomalie…</translation>
    </message>
    <message>
        <source>Write a defect by hand (a KO in the runner creates one by itself)</source>
        <translation>Saisir une anomalie à la main (un KO dans l&apos;exécution en crée une automatiquement)</translation>
    </message>
    <message>
        <source>To re-test: {cases}</source>
        <translation>À re-tester : {cases}</translation>
    </message>
    <message>
        <source>No case waits for a re-test.</source>
        <translation>Aucun cas n&apos;attend de re-test.</translation>
    </message>
    <message>
        <source>Select a defect to change its status or severity.</source>
        <translation>Sélectionnez une anomalie pour changer son statut ou sa gravité.</translation>
    </message>
</context>
<context>
    <name>DomainTree</name>
    <message>
        <source>Add domain…</source>
        <translation>Ajouter un domaine…</translation>
    </message>
    <message>
        <source>Add sub-domain…</source>
        <translation>Ajouter un sous-domaine…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete domain</source>
        <translation>Supprimer le domaine</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move out one level</source>
        <translation>Remonter d&apos;un niveau</translation>
    </message>
    <message>
        <source>Move into the domain above</source>
        <translation>Déplacer dans le domaine au-dessus</translation>
    </message>
    <message>
        <source>All needs ({n})</source>
        <translation>Tous les besoins ({n})</translation>
    </message>
    <message>
        <source>No domain ({n})</source>
        <translation>Sans domaine ({n})</translation>
    </message>
    <message>
        <source>New domain</source>
        <translation>Nouveau domaine</translation>
    </message>
    <message>
        <source>Name of the domain:</source>
        <translation>Nom du domaine :</translation>
    </message>
    <message>
        <source>Rename domain</source>
        <translation>Renommer le domaine</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The size must look like 1400x860.</source>
        <translation>La taille doit être de la forme 1400x860.</translation>
    </message>
    <message>
        <source>The backup of {path} could not be verified.</source>
        <translation>La sauvegarde de {path} n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The backup of {path} failed: {reason}.</source>
        <translation>La sauvegarde de {path} a échoué : {reason}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The project {path} is open in another window or program.</source>
        <translation>Le projet {path} est ouvert dans une autre fenêtre ou un autre programme.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a crmdesk project file.</source>
        <translation>{path} est un dossier, et non un fichier projet crmdesk.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Le fichier {path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a crmdesk project: it is not a SQLite database.</source>
        <translation>{path} n&apos;est pas un projet crmdesk : ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>The project {path} is damaged: the file is truncated.</source>
        <translation>Le projet {path} est endommagé : le fichier est tronqué.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a crmdesk project.</source>
        <translation>{path} est une base de données SQLite, mais pas un projet crmdesk.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved.</source>
        <translation>Le disque est plein : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The project file is read-only: the change was not saved.</source>
        <translation>Le fichier projet est en lecture seule : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error: the change was not saved.</source>
        <translation>Le disque a signalé une erreur d&apos;entrée/sortie : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The project file is busy: the change was not saved.</source>
        <translation>Le fichier projet est occupé : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The project file is damaged: the change was not saved.</source>
        <translation>Le fichier projet est endommagé : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A linked record no longer exists or is still in use.</source>
        <translation>Un enregistrement lié n&apos;existe plus ou est encore utilisé.</translation>
    </message>
    <message>
        <source>This change conflicts with existing data: {reason}.</source>
        <translation>Cette modification est en conflit avec des données existantes : {reason}.</translation>
    </message>
    <message>
        <source>The project {path} is open on {host} by {user} since {since}.</source>
        <translation>Le projet {path} est ouvert sur {host} par {user} depuis {since}.</translation>
    </message>
    <message>
        <source>The project {path} was made by a newer version of crmdesk; update crmdesk to open it.</source>
        <translation>Le projet {path} a été créé par une version plus récente de crmdesk ; mettez crmdesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The file {path} already exists.</source>
        <translation>Le fichier {path} existe déjà.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The project {path} could not be created: {reason}.</source>
        <translation>Le projet {path} n&apos;a pas pu être créé : {reason}.</translation>
    </message>
    <message>
        <source>The project {path} could not be upgraded: its links between records are inconsistent.</source>
        <translation>Le projet {path} n&apos;a pas pu être mis à niveau : les liens entre ses enregistrements sont incohérents.</translation>
    </message>
    <message>
        <source>The project {path} could not be upgraded to this version of crmdesk ({reason}); it was left unchanged.</source>
        <translation>Le projet {path} n&apos;a pas pu être mis à niveau vers cette version de crmdesk ({reason}) ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This action was made before the project was reopened and can no longer be undone.</source>
        <translation>Cette action a été effectuée avant la réouverture du projet et ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>Le projet est fermé.</translation>
    </message>
    <message>
        <source>The project {path} cannot be opened: {reason}.</source>
        <translation>Le projet {path} ne peut pas être ouvert : {reason}.</translation>
    </message>
    <message>
        <source>The project {path} is read-only; crmdesk needs to write to it.</source>
        <translation>Le projet {path} est en lecture seule ; crmdesk doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>The project {path} is damaged: {reason}.</source>
        <translation>Le projet {path} est endommagé : {reason}.</translation>
    </message>
    <message>
        <source>The project {path} is damaged: its schema version is missing.</source>
        <translation>Le projet {path} est endommagé : sa version de schéma est absente.</translation>
    </message>
    <message>
        <source>A need must have a title.</source>
        <translation>Un besoin doit avoir un titre.</translation>
    </message>
    <message>
        <source>A need&apos;s title is limited to {n} characters.</source>
        <translation>Le titre d&apos;un besoin est limité à {n} caractères.</translation>
    </message>
    <message>
        <source>A defect must have a title.</source>
        <translation>Une anomalie doit avoir un titre.</translation>
    </message>
    <message>
        <source>A test case must have a title.</source>
        <translation>Un cas de test doit avoir un titre.</translation>
    </message>
    <message>
        <source>A title is limited to {n} characters.</source>
        <translation>Un titre est limité à {n} caractères.</translation>
    </message>
    <message>
        <source>A test case has at most {n} steps.</source>
        <translation>Un cas de test a au plus {n} étapes.</translation>
    </message>
    <message>
        <source>Unknown priority: {value}.</source>
        <translation>Priorité inconnue : {value}.</translation>
    </message>
    <message>
        <source>Unknown test case status: {value}.</source>
        <translation>Statut de cas de test inconnu : {value}.</translation>
    </message>
    <message>
        <source>A campaign must have a name.</source>
        <translation>Une campagne doit avoir un nom.</translation>
    </message>
    <message>
        <source>Unknown kind of campaign: {value}.</source>
        <translation>Type de campagne inconnu : {value}.</translation>
    </message>
    <message>
        <source>The share of mandatory needs passed is a percentage from 0 to 100.</source>
        <translation>La part de besoins impératifs validés est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>A number of open defects allowed is a whole number, 0 or more.</source>
        <translation>Un nombre d&apos;anomalies ouvertes admises est un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>A campaign cannot end before it starts.</source>
        <translation>Une campagne ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>Unknown defect status: {value}.</source>
        <translation>Statut d&apos;anomalie inconnu : {value}.</translation>
    </message>
    <message>
        <source>Unknown severity: {value}.</source>
        <translation>Gravité inconnue : {value}.</translation>
    </message>
    <message>
        <source>This case has no step {n}.</source>
        <translation>Ce cas n&apos;a pas d&apos;étape {n}.</translation>
    </message>
    <message>
        <source>Step {n} has two results.</source>
        <translation>L&apos;étape {n} a deux résultats.</translation>
    </message>
    <message>
        <source>Unknown result: {value}.</source>
        <translation>Résultat inconnu : {value}.</translation>
    </message>
    <message>
        <source>Unknown decision: {value}.</source>
        <translation>Décision inconnue : {value}.</translation>
    </message>
    <message>
        <source>Unknown status: {value}.</source>
        <translation>Statut inconnu : {value}.</translation>
    </message>
    <message>
        <source>Not a date: {value}.</source>
        <translation>Ce n&apos;est pas une date : {value}.</translation>
    </message>
    <message>
        <source>A text is limited to {n} characters.</source>
        <translation>Un texte est limité à {n} caractères.</translation>
    </message>
    <message>
        <source>A person must have a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>Unknown role: {value}.</source>
        <translation>Rôle inconnu : {value}.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {value}.</source>
        <translation>Ce n&apos;est pas une adresse e-mail : {value}.</translation>
    </message>
    <message>
        <source>The sprint length must be a number of days.</source>
        <translation>La durée du sprint doit être un nombre de jours.</translation>
    </message>
    <message>
        <source>The sprint length must be between 1 and 90 days.</source>
        <translation>La durée du sprint doit être comprise entre 1 et 90 jours.</translation>
    </message>
    <message>
        <source>The project must have a name.</source>
        <translation>Le projet doit avoir un nom.</translation>
    </message>
    <message>
        <source>{name} has neither a title column nor a reference column: name the columns &quot;Title&quot; (or &quot;Titre&quot;, &quot;Intitulé&quot;) and &quot;Ref&quot; (or &quot;Réf&quot;, &quot;Référence&quot;).</source>
        <translation>{name} n&apos;a ni colonne de titre ni colonne de référence : nommez les colonnes « Titre » (ou « Intitulé », « Title ») et « Réf » (ou « Référence », « Ref »).</translation>
    </message>
    <message>
        <source>{name} has more than {limit} filled cells; split it into smaller files.</source>
        <translation>{name} contient plus de {limit} cellules remplies ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{name} is too large to be read with the memory available.</source>
        <translation>{name} est trop volumineux pour être lu avec la mémoire disponible.</translation>
    </message>
    <message>
        <source>{name} is not an Excel file (.xlsx) or it is damaged.</source>
        <translation>{name} n&apos;est pas un fichier Excel (.xlsx) ou il est endommagé.</translation>
    </message>
    <message>
        <source>The text of {name} is not in a recognised encoding: save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Le texte de {name} n&apos;est pas dans un encodage reconnu : enregistrez-le au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}.</source>
        <translation>{name} n&apos;a pas pu être lu : {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read: it is damaged or not a valid Excel workbook.</source>
        <translation>{name} n&apos;a pas pu être lu : il est endommagé ou ce n&apos;est pas un classeur Excel valide.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 file (.xls) or a password-protected workbook: open it in Excel and save it as an .xlsx workbook without a password.</source>
        <translation>{name} est un ancien fichier Excel 97-2003 (.xls) ou un classeur protégé par mot de passe : ouvrez-le dans Excel et enregistrez-le en tant que classeur .xlsx sans mot de passe.</translation>
    </message>
    <message>
        <source>{name} holds no questionnaire answers: no sheet has the columns Ref and Coverage.</source>
        <translation>{name} ne contient pas de réponses au questionnaire : aucune feuille n&apos;a les colonnes Réf et Couverture.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of crmdesk; update crmdesk to read it.</source>
        <translation>{name} a été créé par une version plus récente de crmdesk ; mettez crmdesk à jour pour le lire.</translation>
    </message>
    <message>
        <source>{name} is an Excel binary workbook (.xlsb): open it in Excel and save it as an .xlsx workbook.</source>
        <translation>{name} est un classeur Excel binaire (.xlsb) : ouvrez-le dans Excel et enregistrez-le en tant que classeur .xlsx.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods): save it as an Excel .xlsx workbook or as CSV.</source>
        <translation>{name} est une feuille de calcul OpenDocument (.ods) : enregistrez-la en tant que classeur Excel .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>{name} is not an Excel file (.xlsx); it may be damaged or have the wrong extension.</source>
        <translation>{name} n&apos;est pas un fichier Excel (.xlsx) ; il est peut-être endommagé ou son extension est incorrecte.</translation>
    </message>
    <message>
        <source>{name} has an unsupported type: choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Le type de {name} n&apos;est pas pris en charge : choisissez un classeur Excel (.xlsx) ou un fichier CSV.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Le fichier {name} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; the limit is {limit} MB).</source>
        <translation>{name} est trop volumineux pour être importé ({size} Mo ; la limite est de {limit} Mo).</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>{name} is saved as UTF-16 (&quot;Unicode text&quot;): save it as &quot;CSV UTF-8&quot; instead.</source>
        <translation>{name} est enregistré en UTF-16 (« Texte Unicode ») : enregistrez-le plutôt au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{name} contains NUL bytes: it is not a text CSV file.</source>
        <translation>{name} contient des octets NUL : ce n&apos;est pas un fichier CSV texte.</translation>
    </message>
    <message>
        <source>Row {row} of {name} holds a value that is too long.</source>
        <translation>La ligne {row} de {name} contient une valeur trop longue.</translation>
    </message>
    <message>
        <source>{name} is not a valid CSV file: a quoted value opened near row {row} is never closed.</source>
        <translation>{name} n&apos;est pas un fichier CSV valide : une valeur entre guillemets ouverte vers la ligne {row} n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>{name} is not a valid CSV file (row {row}).</source>
        <translation>{name} n&apos;est pas un fichier CSV valide (ligne {row}).</translation>
    </message>
    <message>
        <source>{name} has more rows than Excel allows.</source>
        <translation>{name} contient plus de lignes qu&apos;Excel n&apos;en autorise.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has more than {limit} columns.</source>
        <translation>La ligne {row} de {name} contient plus de {limit} colonnes.</translation>
    </message>
    <message>
        <source>Row {row}, column {col} of {name} holds more than {limit} characters.</source>
        <translation>La cellule en ligne {row}, colonne {col} de {name} contient plus de {limit} caractères.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it into smaller files.</source>
        <translation>{name} contient plus de {limit} lignes ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{name} is empty: no header row was found.</source>
        <translation>{name} est vide : aucune ligne d&apos;en-tête n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>{name} cannot be read safely: the protection of Excel files against malicious XML (defusedxml) is disabled on this computer (OPENPYXL_DEFUSEDXML).</source>
        <translation>{name} ne peut pas être lu en toute sécurité : la protection des fichiers Excel contre le XML malveillant (defusedxml) est désactivée sur cet ordinateur (OPENPYXL_DEFUSEDXML).</translation>
    </message>
    <message>
        <source>{name} contains no worksheet.</source>
        <translation>{name} ne contient aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>{name} is too large or suspicious: it holds {count} parts.</source>
        <translation>{name} est trop volumineux ou suspect : il contient {count} parties.</translation>
    </message>
    <message>
        <source>{name} is too large or suspicious: a part of it expands more than {ratio} times.</source>
        <translation>{name} est trop volumineux ou suspect : l&apos;une de ses parties se décompresse à plus de {ratio} fois sa taille.</translation>
    </message>
    <message>
        <source>{name} is too large or suspicious: it expands to more than {limit} MB.</source>
        <translation>{name} est trop volumineux ou suspect : il dépasse {limit} Mo une fois décompressé.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods): save it as an Excel .xlsx workbook.</source>
        <translation>{name} est une feuille de calcul OpenDocument (.ods) : enregistrez-la en tant que classeur Excel .xlsx.</translation>
    </message>
    <message>
        <source>{name} is not a valid Excel workbook (it is damaged or was written by an incompatible program).</source>
        <translation>{name} n&apos;est pas un classeur Excel valide (il est endommagé ou a été écrit par un programme incompatible).</translation>
    </message>
    <message>
        <source>{name} is too large or suspicious: its part {part} holds too much to be read safely.</source>
        <translation>{name} est trop volumineux ou suspect : sa partie {part} contient trop d&apos;éléments pour être lue sans risque.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>There is not enough memory to write {path}.</source>
        <translation>Il n&apos;y a pas assez de mémoire pour écrire {path}.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({error}).</source>
        <translation>Le fichier {path} n&apos;a pas pu être écrit ({error}).</translation>
    </message>
    <message>
        <source>The sheet {title} has more rows than Excel can hold.</source>
        <translation>La feuille {title} contient plus de lignes qu&apos;Excel ne peut en contenir.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <source>The file {path} is open in another program or read-only; close it and try again.</source>
        <translation>Le fichier {path} est ouvert dans un autre programme ou en lecture seule ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>Le disque est plein : {path} n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The folder {folder} is on a read-only disk.</source>
        <translation>Le dossier {folder} se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>The file name {path} is too long.</source>
        <translation>Le nom de fichier {path} est trop long.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only or you are not allowed to write in it.</source>
        <translation>Le dossier {folder} est en lecture seule ou vous n&apos;avez pas le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Le fichier {path} n&apos;a pas pu être écrit : {reason}.</translation>
    </message>
    <message>
        <source>A domain must have a name.</source>
        <translation>Un domaine doit avoir un nom.</translation>
    </message>
    <message>
        <source>A domain&apos;s name cannot contain &apos;/&apos;.</source>
        <translation>Le nom d&apos;un domaine ne peut pas contenir « / ».</translation>
    </message>
    <message>
        <source>A domain&apos;s name is limited to {n} characters.</source>
        <translation>Le nom d&apos;un domaine est limité à {n} caractères.</translation>
    </message>
    <message>
        <source>The parent domain no longer exists.</source>
        <translation>Le domaine parent n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This domain no longer exists.</source>
        <translation>Ce domaine n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A domain cannot be moved inside itself.</source>
        <translation>Un domaine ne peut pas être déplacé à l&apos;intérieur de lui-même.</translation>
    </message>
    <message>
        <source>This domain still holds other domains; move or delete them first.</source>
        <translation>Ce domaine contient encore d&apos;autres domaines ; déplacez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>This domain still holds needs; move or delete them first.</source>
        <translation>Ce domaine contient encore des besoins ; déplacez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>A domain named {name} already exists here.</source>
        <translation>Un domaine nommé {name} existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation>Ce besoin n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Some of these needs no longer exist.</source>
        <translation>Certains de ces besoins n&apos;existent plus.</translation>
    </message>
    <message>
        <source>This test case no longer exists.</source>
        <translation>Ce cas de test n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{ref} is part of a campaign: it stays for the traceability of its results; mark it obsolete instead.</source>
        <translation>{ref} fait partie d&apos;une campagne : il est conservé pour la traçabilité de ses résultats ; marquez-le plutôt obsolète.</translation>
    </message>
    <message>
        <source>The project&apos;s frame is missing.</source>
        <translation>La fiche du projet est introuvable.</translation>
    </message>
    <message>
        <source>Give a result for the case or for its steps.</source>
        <translation>Donnez un résultat pour le cas ou pour ses étapes.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This execution no longer exists.</source>
        <translation>Cette exécution n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Cette sauvegarde est endommagée et ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée : {reason}.</translation>
    </message>
    <message>
        <source>Choose another file than the open project.</source>
        <translation>Choisissez un autre fichier que le projet ouvert.</translation>
    </message>
    <message>
        <source>The copy could not be verified.</source>
        <translation>La copie n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The copy could not be written: {reason}.</source>
        <translation>La copie n&apos;a pas pu être écrite : {reason}.</translation>
    </message>
    <message>
        <source>The project {path} uses an older schema ({revision}); open it in crmdesk to upgrade it.</source>
        <translation>Le projet {path} utilise un ancien schéma ({revision}) ; ouvrez-le dans crmdesk pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created: {reason}.</source>
        <translation>Le dossier {path} ne peut pas être créé : {reason}.</translation>
    </message>
    <message>
        <source>The picture {path} could not be written.</source>
        <translation>L&apos;image {path} n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>{name} has {count} invalid values: correct them and import the file again; nothing was imported.</source>
        <translation>{name} contient {count} valeurs invalides : corrigez-les et importez de nouveau le fichier ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} has {count} cases run in crmdesk since the export: check them, then import again with --accept-conflicts; nothing was imported.</source>
        <translation>{name} contient {count} cas passés dans crmdesk depuis l&apos;export : vérifiez-les, puis importez de nouveau avec --accept-conflicts ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This project has no sprint yet.</source>
        <translation>Ce projet n&apos;a encore aucun sprint.</translation>
    </message>
    <message>
        <source>The score of a coverage must be a number.</source>
        <translation>La note d&apos;une couverture doit être un nombre.</translation>
    </message>
    <message>
        <source>The score of a coverage must be between {low} and {high}.</source>
        <translation>La note d&apos;une couverture doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>A criterion must have a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>A group of criteria must have a name.</source>
        <translation>Un groupe de critères doit avoir un nom.</translation>
    </message>
    <message>
        <source>A candidate must have a name.</source>
        <translation>Un candidat doit avoir un nom.</translation>
    </message>
    <message>
        <source>A name is limited to {n} characters.</source>
        <translation>Un nom est limité à {n} caractères.</translation>
    </message>
    <message>
        <source>A weight must be a number between 0 and {max}: {value} is not.</source>
        <translation>Une pondération doit être un nombre compris entre 0 et {max} : {value} ne convient pas.</translation>
    </message>
    <message>
        <source>A score must be between 0 and 5: {value} is not.</source>
        <translation>Une note doit être comprise entre 0 et 5 : {value} ne convient pas.</translation>
    </message>
    <message>
        <source>A cost must be a positive amount in euros: {value} is not.</source>
        <translation>Un coût doit être un montant positif en euros : {value} ne convient pas.</translation>
    </message>
    <message>
        <source>Unknown kind of candidate: {value}.</source>
        <translation>Type de candidat inconnu : {value}.</translation>
    </message>
    <message>
        <source>Say why the candidate is eliminated.</source>
        <translation>Indiquez pourquoi le candidat est éliminé.</translation>
    </message>
    <message>
        <source>A knock-out threshold must be above 0 and at most 5: {value} is not.</source>
        <translation>Un seuil éliminatoire doit être supérieur à 0 et au plus égal à 5 : {value} ne convient pas.</translation>
    </message>
    <message>
        <source>The number of users must be a whole number between 1 and 100000.</source>
        <translation>Le nombre d&apos;utilisateurs doit être un nombre entier compris entre 1 et 100000.</translation>
    </message>
    <message>
        <source>The horizon must be a whole number of years between 1 and 20.</source>
        <translation>L&apos;horizon doit être un nombre entier d&apos;années compris entre 1 et 20.</translation>
    </message>
    <message>
        <source>Unknown way to combine scores: {value}.</source>
        <translation>Mode de combinaison des notes inconnu : {value}.</translation>
    </message>
    <message>
        <source>The disagreement gap must be above 0 and at most 5.</source>
        <translation>L&apos;écart signalant un désaccord doit être supérieur à 0 et au plus égal à 5.</translation>
    </message>
    <message>
        <source>Give one label for each mark from 0 to 5.</source>
        <translation>Indiquez un libellé pour chaque note de 0 à 5.</translation>
    </message>
    <message>
        <source>A score label is limited to {n} characters.</source>
        <translation>Le libellé d&apos;une note est limité à {n} caractères.</translation>
    </message>
    <message>
        <source>Story points must be one of {scale}.</source>
        <translation>Les points d&apos;une user story doivent prendre l&apos;une de ces valeurs : {scale}.</translation>
    </message>
    <message>
        <source>A user story must have a title.</source>
        <translation>Une user story doit avoir un titre.</translation>
    </message>
    <message>
        <source>A user story&apos;s title is limited to {n} characters.</source>
        <translation>Le titre d&apos;une user story est limité à {n} caractères.</translation>
    </message>
    <message>
        <source>Unknown kind of story: {value}.</source>
        <translation>Type de user story inconnu : {value}.</translation>
    </message>
    <message>
        <source>A lot must have a name.</source>
        <translation>Un lot doit avoir un nom.</translation>
    </message>
    <message>
        <source>A column must have a name.</source>
        <translation>Une colonne doit avoir un nom.</translation>
    </message>
    <message>
        <source>A sprint must have a start date.</source>
        <translation>Un sprint doit avoir une date de début.</translation>
    </message>
    <message>
        <source>A sprint lasts from 1 to {n} days.</source>
        <translation>Un sprint dure de 1 à {n} jours.</translation>
    </message>
    <message>
        <source>A sprint&apos;s capacity is a number of points, 0 or more.</source>
        <translation>La capacité d&apos;un sprint est un nombre de points, positif ou nul.</translation>
    </message>
    <message>
        <source>A WIP limit is a whole number of cards, at least 1.</source>
        <translation>Une limite WIP est un nombre entier de cartes, au minimum 1.</translation>
    </message>
    <message>
        <source>The project has no needs to put in a questionnaire.</source>
        <translation>Le projet n&apos;a aucun besoin à mettre dans un questionnaire.</translation>
    </message>
    <message>
        <source>This candidate no longer exists.</source>
        <translation>Ce candidat n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No candidate is named &quot;{name}&quot;.</source>
        <translation>Aucun candidat ne s&apos;appelle « {name} ».</translation>
    </message>
    <message>
        <source>{name} is a questionnaire of the project &quot;{project}&quot;, not of this one.</source>
        <translation>{name} est un questionnaire du projet « {project} », pas de celui-ci.</translation>
    </message>
    <message>
        <source>{name} is the questionnaire sent to {sent}, not to {chosen}.</source>
        <translation>{name} est le questionnaire envoyé à {sent}, pas à {chosen}.</translation>
    </message>
    <message>
        <source>{name} does not say which candidate answered it: choose the candidate.</source>
        <translation>{name} n&apos;indique pas quel candidat y a répondu : choisissez le candidat.</translation>
    </message>
    <message>
        <source>{name} was not sent from this project file: choose the candidate who answered it.</source>
        <translation>{name} n&apos;a pas été envoyé depuis ce fichier de projet : choisissez le candidat qui y a répondu.</translation>
    </message>
    <message>
        <source>{name} is a blank questionnaire: choose the candidate who answered it.</source>
        <translation>{name} est un questionnaire vierge : choisissez le candidat qui y a répondu.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The campaign &quot;{name}&quot; is closed: its cases and results can no longer change.</source>
        <translation>La campagne « {name} » est close : ses cas et ses résultats ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>A campaign named &quot;{name}&quot; already exists.</source>
        <translation>Une campagne nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>Some of these people no longer exist.</source>
        <translation>Certaines de ces personnes n&apos;existent plus.</translation>
    </message>
    <message>
        <source>Some of these test cases no longer exist.</source>
        <translation>Certains de ces cas de test n&apos;existent plus.</translation>
    </message>
    <message>
        <source>The campaign &quot;{name}&quot; holds results: it stays for the history.</source>
        <translation>La campagne « {name} » contient des résultats : elle est conservée pour l&apos;historique.</translation>
    </message>
    <message>
        <source>The campaign &quot;{name}&quot; is closed.</source>
        <translation>La campagne « {name} » est close.</translation>
    </message>
    <message>
        <source>The campaign &quot;{name}&quot; was signed off: it can no longer be reopened.</source>
        <translation>Le PV de recette de la campagne « {name} » est signé : elle ne peut plus être rouverte.</translation>
    </message>
    <message>
        <source>{ref} has results in this campaign: it stays for the history.</source>
        <translation>{ref} a des résultats dans cette campagne : il est conservé pour l&apos;historique.</translation>
    </message>
    <message>
        <source>Some of these cases are no longer in the campaign.</source>
        <translation>Certains de ces cas ne sont plus dans la campagne.</translation>
    </message>
    <message>
        <source>A candidate&apos;s contacts must be people with the role vendor contact.</source>
        <translation>Les contacts d&apos;un candidat doivent être des personnes ayant le rôle « contact éditeur ».</translation>
    </message>
    <message>
        <source>A candidate named {name} already exists.</source>
        <translation>Un candidat nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>This group still holds criteria: move or delete them first.</source>
        <translation>Ce groupe contient encore des critères : déplacez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>This group of criteria no longer exists.</source>
        <translation>Ce groupe de critères n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This criterion no longer exists.</source>
        <translation>Ce critère n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Some of these criteria no longer exist.</source>
        <translation>Certains de ces critères n&apos;existent plus.</translation>
    </message>
    <message>
        <source>The cost criterion cannot be a knock-out: it only compares the offers.</source>
        <translation>Le critère de coût ne peut pas être éliminatoire : il sert uniquement à comparer les offres.</translation>
    </message>
    <message>
        <source>Create criteria per need or per domain.</source>
        <translation>Créez les critères par besoin ou par domaine.</translation>
    </message>
    <message>
        <source>A group named {name} already exists.</source>
        <translation>Un groupe nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>A vendor contact cannot evaluate the candidates.</source>
        <translation>Un contact éditeur ne peut pas évaluer les candidats.</translation>
    </message>
    <message>
        <source>This evaluator no longer exists.</source>
        <translation>Cet évaluateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Say why the group agreed on this score.</source>
        <translation>Indiquez pourquoi le groupe s&apos;est accordé sur cette note.</translation>
    </message>
    <message>
        <source>The cost criterion is computed from the TCO; it is not scored by hand.</source>
        <translation>Le critère de coût est calculé à partir du TCO ; il ne se note pas à la main.</translation>
    </message>
    <message>
        <source>This column no longer exists.</source>
        <translation>Cette colonne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A column named {name} already exists.</source>
        <translation>Une colonne nommée {name} existe déjà.</translation>
    </message>
    <message>
        <source>This user story no longer exists.</source>
        <translation>Cette user story n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Sprint {number} is closed: its board can no longer change.</source>
        <translation>Le sprint {number} est clos : son tableau ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This column still holds user stories; move them first.</source>
        <translation>Cette colonne contient encore des user stories ; déplacez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The board needs this column: it is the last one, or the last done one.</source>
        <translation>Le tableau a besoin de cette colonne : c&apos;est la dernière, ou la dernière des colonnes « terminé ».</translation>
    </message>
    <message>
        <source>This lot no longer exists.</source>
        <translation>Ce lot n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A lot named {name} already exists.</source>
        <translation>Un lot nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>This sprint no longer exists.</source>
        <translation>Ce sprint n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{ref} belongs to sprint {number}, which is closed: it can no longer move.</source>
        <translation>{ref} appartient au sprint {number}, qui est clos : elle ne peut plus être déplacée.</translation>
    </message>
    <message>
        <source>Some of these user stories no longer exist.</source>
        <translation>Certaines de ces user stories n&apos;existent plus.</translation>
    </message>
    <message>
        <source>Sprint {number} is closed: only its name and goal can change.</source>
        <translation>Le sprint {number} est clos : seuls son nom et son objectif peuvent être modifiés.</translation>
    </message>
    <message>
        <source>Sprint {number} has started: it can no longer be deleted.</source>
        <translation>Le sprint {number} a commencé : il ne peut plus être supprimé.</translation>
    </message>
    <message>
        <source>Sprint {number} has already started.</source>
        <translation>Le sprint {number} a déjà commencé.</translation>
    </message>
    <message>
        <source>Sprint {number} is still active: close it before starting another.</source>
        <translation>Le sprint {number} est toujours en cours : clôturez-le avant d&apos;en démarrer un autre.</translation>
    </message>
    <message>
        <source>Sprint {number} is already closed.</source>
        <translation>Le sprint {number} est déjà clos.</translation>
    </message>
    <message>
        <source>Sprint {number} has not started.</source>
        <translation>Le sprint {number} n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>The board has no column.</source>
        <translation>Le tableau n&apos;a aucune colonne.</translation>
    </message>
    <message>
        <source>There is no sprint {number} in this project.</source>
        <translation>Il n&apos;y a pas de sprint {number} dans ce projet.</translation>
    </message>
    <message>
        <source>Sprint {number} is closed: its stories can no longer change.</source>
        <translation>Le sprint {number} est clos : ses user stories ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>The points of {ref} can no longer change: it belongs to sprint {number}, which is closed.</source>
        <translation>Les points de {ref} ne peuvent plus être modifiés : elle appartient au sprint {number}, qui est clos.</translation>
    </message>
    <message>
        <source>{ref} was part of a closed sprint: it stays so that the sprint&apos;s charts remain exact.</source>
        <translation>{ref} faisait partie d&apos;un sprint clos : elle est conservée pour que les graphiques du sprint restent exacts.</translation>
    </message>
    <message>
        <source>A case cannot be passed while one of its steps failed or is blocked.</source>
        <translation>Un cas ne peut pas être OK si l&apos;une de ses étapes est KO ou bloquée.</translation>
    </message>
    <message>
        <source>An acceptance without reservations cannot list reservations: choose &quot;accepted with reservations&quot; or remove them.</source>
        <translation>Une recette sans réserves ne peut pas lister de réserves : choisissez « recette prononcée avec réserves » ou retirez-les.</translation>
    </message>
    <message>
        <source>An acceptance with reservations needs at least one reservation.</source>
        <translation>Une recette avec réserves demande au moins une réserve.</translation>
    </message>
    <message>
        <source>{name} is not a testers&apos; workbook: only the Excel workbook (.xlsx) exported for the campaign can be read back.</source>
        <translation>{name} n&apos;est pas un classeur de testeurs : seul le classeur Excel (.xlsx) exporté pour la campagne peut être relu.</translation>
    </message>
    <message>
        <source>{name} holds no test results: no sheet has the columns Ref, Step and Result.</source>
        <translation>{name} ne contient pas de résultats de tests : aucune feuille n&apos;a les colonnes Réf, Étape et Résultat.</translation>
    </message>
    <message>
        <source>Some of these defects no longer exist.</source>
        <translation>Certaines de ces anomalies n&apos;existent plus.</translation>
    </message>
    <message>
        <source>This defect no longer exists.</source>
        <translation>Cette anomalie n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The campaign &quot;{name}&quot; is closed: there is nothing left to run.</source>
        <translation>La campagne « {name} » est close : il n&apos;y a plus rien à passer.</translation>
    </message>
    <message>
        <source>{name} does not say which campaign it belongs to: export the campaign&apos;s workbook from crmdesk and fill that one in.</source>
        <translation>{name} n&apos;indique pas à quelle campagne il appartient : exportez le classeur de la campagne depuis crmdesk et remplissez celui-ci.</translation>
    </message>
    <message>
        <source>{name} is a workbook of the project &quot;{project}&quot;, not of this one.</source>
        <translation>{name} est un classeur du projet « {project} », pas de celui-ci.</translation>
    </message>
    <message>
        <source>{name} is for the campaign &quot;{campaign}&quot;, which is closed: its results can no longer change.</source>
        <translation>{name} concerne la campagne « {campaign} », qui est close : ses résultats ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>{name} belongs to the campaign &quot;{campaign}&quot;, which this project does not have.</source>
        <translation>{name} appartient à la campagne « {campaign} », que ce projet n&apos;a pas.</translation>
    </message>
    <message>
        <source>{name} has {count} problems to correct first; nothing was imported.</source>
        <translation>{name} contient {count} problèmes à corriger d&apos;abord ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The campaign changed since {name} was checked: check the file again.</source>
        <translation>La campagne a changé depuis la vérification de {name} : vérifiez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>There is no campaign named &quot;{name}&quot; in this project.</source>
        <translation>Il n&apos;y a pas de campagne nommée « {name} » dans ce projet.</translation>
    </message>
    <message>
        <source>This case is no longer in the campaign.</source>
        <translation>Ce cas n&apos;est plus dans la campagne.</translation>
    </message>
    <message>
        <source>The campaign &quot;{name}&quot; was already signed off.</source>
        <translation>Le PV de recette de la campagne « {name} » est déjà signé.</translation>
    </message>
</context>
<context>
    <name>EvaluatorsPanel</name>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Cells scored</source>
        <translation>Cases notées</translation>
    </message>
    <message>
        <source>Among the cells of the scored criteria for the candidates not eliminated</source>
        <translation>Parmi les cases des critères notés, pour les candidats non éliminés</translation>
    </message>
    <message>
        <source>Last score</source>
        <translation>Dernière note</translation>
    </message>
    <message>
        <source>Add as evaluators →</source>
        <translation>Ajouter comme évaluateurs →</translation>
    </message>
    <message>
        <source>People of the project</source>
        <translation>Personnes du projet</translation>
    </message>
    <message>
        <source>Vendor contacts are not listed: they would judge their own offer. Add people in the Project tab.</source>
        <translation>Les contacts éditeur ne sont pas proposés : ils jugeraient leur propre offre. Ajoutez des personnes dans l&apos;onglet Projet.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Retirer</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Each evaluator scores every cell of the matrix from 0 to 5; the matrix keeps the mean or the median of their scores (see Settings) and flags disagreements.</source>
        <translation>Chaque évaluateur note chaque case de la matrice de 0 à 5 ; la matrice retient la moyenne ou la médiane de leurs notes (voir Paramètres) et signale les désaccords.</translation>
    </message>
    <message>
        <source>1 evaluator</source>
        <translation>1 évaluateur</translation>
    </message>
    <message>
        <source>{n} evaluators</source>
        <translation>{n} évaluateurs</translation>
    </message>
    <message>
        <source>Add {n} evaluators</source>
        <translation>Ajouter {n} évaluateurs</translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation>Ajouter un évaluateur</translation>
    </message>
    <message>
        <source>Remove evaluators</source>
        <translation>Retirer des évaluateurs</translation>
    </message>
    <message>
        <source>Remove {names} and their scores? You can undo it with Ctrl+Z.</source>
        <translation>Retirer {names} et leurs notes ? Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove {names}</source>
        <translation>Retirer {names}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Source workshop</source>
        <translation>Atelier source</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Date de l&apos;atelier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Domain path</source>
        <translation>Chemin du domaine</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Domaine parent</translation>
    </message>
    <message>
        <source>Number of needs</source>
        <translation>Nombre de besoins</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Scoring matrix</source>
        <translation>Matrice de notation</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason for elimination</source>
        <translation>Motif d&apos;élimination</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Set-up (€)</source>
        <translation>Mise en œuvre (€)</translation>
    </message>
    <message>
        <source>Data migration (€)</source>
        <translation>Reprise des données (€)</translation>
    </message>
    <message>
        <source>Training (€)</source>
        <translation>Formation (€)</translation>
    </message>
    <message>
        <source>One-off total (€)</source>
        <translation>Total ponctuel (€)</translation>
    </message>
    <message>
        <source>Licence per user per month (€)</source>
        <translation>Licence par utilisateur et par mois (€)</translation>
    </message>
    <message>
        <source>Hosting per year (€)</source>
        <translation>Hébergement par an (€)</translation>
    </message>
    <message>
        <source>Support per year (€)</source>
        <translation>Support par an (€)</translation>
    </message>
    <message>
        <source>Recurring per year (€)</source>
        <translation>Récurrent par an (€)</translation>
    </message>
    <message>
        <source>TCO (€)</source>
        <translation>TCO (€)</translation>
    </message>
    <message>
        <source>Cost mark (0-5)</source>
        <translation>Note de coût (0-5)</translation>
    </message>
    <message>
        <source>How the cost mark is found</source>
        <translation>Calcul de la note de coût</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Group weight</source>
        <translation>Pondération du groupe</translation>
    </message>
    <message>
        <source>Group share (%)</source>
        <translation>Part du groupe (%)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Kind of criterion</source>
        <translation>Type de critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Knock-out below</source>
        <translation>Éliminatoire en dessous de</translation>
    </message>
    <message>
        <source>Weighted score (%)</source>
        <translation>Note pondérée (%)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Cells without a score</source>
        <translation>Cellules sans note</translation>
    </message>
    <message>
        <source>{group} (points)</source>
        <translation>{group} (points)</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>As a</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <source>I want</source>
        <translation>Je veux</translation>
    </message>
    <message>
        <source>So that</source>
        <translation>Afin de</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Linked needs</source>
        <translation>Besoins liés</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Executions (audit)</source>
        <translation>Exécutions (audit)</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Needs coverage</source>
        <translation>Couverture des besoins</translation>
    </message>
    <message>
        <source>Linked stories</source>
        <translation>User stories liées</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Préconditions</translation>
    </message>
    <message>
        <source>Steps (action → expected result)</source>
        <translation>Étapes (action → résultat attendu)</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Testeurs</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Go/no-go now</source>
        <translation>Go/no-go actuel</translation>
    </message>
    <message>
        <source>Sign-off decision</source>
        <translation>Décision du PV</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Entry criteria</source>
        <translation>Critères d&apos;entrée</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Testeur</translation>
    </message>
    <message>
        <source>Executed at</source>
        <translation>Exécuté le</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>Résultat obtenu</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Justification of the failure</source>
        <translation>Justification de l&apos;échec</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>User story</translation>
    </message>
    <message>
        <source>Vendor ticket</source>
        <translation>Ticket éditeur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close le</translation>
    </message>
    <message>
        <source>Test cases (latest result)</source>
        <translation>Cas de test (dernier résultat)</translation>
    </message>
    <message>
        <source>go</source>
        <translation>go</translation>
    </message>
    <message>
        <source>no-go</source>
        <translation>no-go</translation>
    </message>
    <message>
        <source>Capacity (points)</source>
        <translation>Capacité (points)</translation>
    </message>
    <message>
        <source>Committed points</source>
        <translation>Points engagés</translation>
    </message>
    <message>
        <source>Done points</source>
        <translation>Points terminés</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Vélocité</translation>
    </message>
    <message>
        <source>Target go-live</source>
        <translation>Mise en production visée</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>User stories</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Total des points</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Export vers {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>FromNeedsDialog</name>
    <message>
        <source>{n} criteria</source>
        <translation>{n} critère(s)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Titre de la user story</translation>
    </message>
    <message>
        <source>So that</source>
        <translation>Afin de</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>Create stories from needs</source>
        <translation>Créer des user stories à partir des besoins</translation>
    </message>
    <message>
        <source>Tick the needs to turn into user stories: one story per need, pre-filled from it (title, benefit, acceptance criteria) and linked to it. Complete “As a … I want …” afterwards, in each story.</source>
        <translation>Cochez les besoins à transformer en user stories : une user story par besoin, pré-remplie à partir de celui-ci (titre, bénéfice, critères d&apos;acceptation) et liée à lui. Complétez ensuite « En tant que … je veux … » dans chaque user story.</translation>
    </message>
    <message>
        <source>(no lot)</source>
        <translation>(sans lot)</translation>
    </message>
    <message>
        <source>Also for needs that already have a story</source>
        <translation>Aussi pour les besoins qui ont déjà une user story</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>Put the stories in &amp;lot</source>
        <translation>Mettre les user stories dans le &amp;lot</translation>
    </message>
    <message>
        <source>Stories that will be created</source>
        <translation>User stories qui seront créées</translation>
    </message>
    <message>
        <source>{n} story(ies) will be created.</source>
        <translation>{n} user story(ies) sera(ont) créée(s).</translation>
    </message>
    <message>
        <source>{n} ticked need(s) already have a story and are skipped.</source>
        <translation>{n} besoin(s) coché(s) ont déjà une user story et sont ignorés.</translation>
    </message>
    <message>
        <source>Create {n} story(ies)</source>
        <translation>Créer {n} user story(ies)</translation>
    </message>
    <message>
        <source>Create test cases from needs</source>
        <translation>Créer des cas de test depuis les besoins</translation>
    </message>
    <message>
        <source>(already has a case)</source>
        <translation>(a déjà un cas)</translation>
    </message>
    <message>
        <source>One case per need, its steps written from the acceptance criteria. Needs that already have a case are skipped.</source>
        <translation>Un cas par besoin, ses étapes écrites à partir des critères d&apos;acceptation. Les besoins qui ont déjà un cas sont ignorés.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>GoNoGo</name>
    <message>
        <source>Mandatory needs passed</source>
        <translation>Besoins impératifs validés</translation>
    </message>
    <message>
        <source>Blocking defects open</source>
        <translation>Anomalies bloquantes ouvertes</translation>
    </message>
    <message>
        <source>Major defects open</source>
        <translation>Anomalies majeures ouvertes</translation>
    </message>
    <message>
        <source>at least {threshold} %</source>
        <translation>au moins {threshold} %</translation>
    </message>
    <message>
        <source>at most {threshold}</source>
        <translation>au plus {threshold}</translation>
    </message>
    <message>
        <source>no mandatory need in scope</source>
        <translation>aucun besoin impératif dans le périmètre</translation>
    </message>
    <message>
        <source>{value} % ({passed} of {total})</source>
        <translation>{value} % ({passed} sur {total})</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>crmdesk user guide</source>
        <translation>Guide de l&apos;utilisateur de crmdesk</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Colonnes non importées : {columns}.</translation>
    </message>
    <message>
        <source>{count} rows had no value in the imported columns and were skipped.</source>
        <translation>{count} lignes sans valeur dans les colonnes importées ont été ignorées.</translation>
    </message>
    <message>
        <source>A new need must have a title.</source>
        <translation>Un nouveau besoin doit avoir un titre.</translation>
    </message>
    <message>
        <source>Unknown reference {ref}.</source>
        <translation>Référence inconnue : {ref}.</translation>
    </message>
    <message>
        <source>The reference {ref} is already on row {row}.</source>
        <translation>La référence {ref} figure déjà à la ligne {row}.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;{value}&quot; (expected {expected}).</source>
        <translation>Priorité inconnue « {value} » (valeurs attendues : {expected}).</translation>
    </message>
    <message>
        <source>Unknown status &quot;{value}&quot; (expected {expected}).</source>
        <translation>Statut inconnu « {value} » (valeurs attendues : {expected}).</translation>
    </message>
    <message>
        <source>Unknown person &quot;{name}&quot;: add them to the project&apos;s people first.</source>
        <translation>Personne inconnue « {name} » : ajoutez-la d&apos;abord aux personnes du projet.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write 31/12/2025 or 2025-12-31).</source>
        <translation>« {value} » n&apos;est pas une date (écrivez 31/12/2025 ou 2025-12-31).</translation>
    </message>
    <message>
        <source>The file is an Excel workbook despite its name; it was read as one.</source>
        <translation>Le fichier est un classeur Excel malgré son nom ; il a été lu comme tel.</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as Windows Western European (cp1252) text.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 ; il a été lu comme du texte Windows Europe occidentale (cp1252).</translation>
    </message>
    <message>
        <source>{count} formula cells have no computed value and were read as empty ({cells}); open and save the file in Excel first.</source>
        <translation>{count} cellules contenant une formule n&apos;ont pas de valeur calculée et ont été lues comme vides ({cells}) ; ouvrez d&apos;abord le fichier dans Excel et enregistrez-le.</translation>
    </message>
    <message>
        <source>Several people are named &quot;{name}&quot;: choose the owner in crmdesk.</source>
        <translation>Plusieurs personnes s’appellent « {name} » : choisissez le porteur dans crmdesk.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Date de l&apos;atelier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
</context>
<context>
    <name>ImportNeedsDialog</name>
    <message>
        <source>Import needs</source>
        <translation>Importer des besoins</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>colonne {n}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>{create} to create, {update} to update, {rejected} rejected</source>
        <translation>{create} à créer, {update} à mettre à jour, {rejected} rejeté(s)</translation>
    </message>
    <message>
        <source>Import {n} need(s) from {name}</source>
        <translation>Importer {n} besoin(s) depuis {name}</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>Import terminé : {created} créé(s), {updated} mis à jour, {unchanged} inchangé(s)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import the testers&apos; results</source>
        <translation>Importer les résultats des testeurs</translation>
    </message>
    <message>
        <source>Record them anyway (conflicts become new attempts)</source>
        <translation>Les enregistrer quand même (les conflits deviennent de nouveaux passages)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing is recorded unless every row can be.</source>
        <translation>Rien n&apos;est enregistré tant que chaque ligne ne peut pas l&apos;être.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File: {name} ({rows} rows read)</source>
        <translation>Fichier : {name} ({rows} lignes lues)</translation>
    </message>
    <message>
        <source>Needs to create: {n}</source>
        <translation>Besoins à créer : {n}</translation>
    </message>
    <message>
        <source>Needs to update (matched on their ref): {n}</source>
        <translation>Besoins à mettre à jour (rapprochés par leur réf) : {n}</translation>
    </message>
    <message>
        <source>Rows rejected: {n}</source>
        <translation>Lignes rejetées : {n}</translation>
    </message>
    <message>
        <source>  row {row}: {reason}</source>
        <translation>  ligne {row} : {reason}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Remarque : {warning}</translation>
    </message>
</context>
<context>
    <name>LaneHeader</name>
    <message>
        <source>{n} card(s) · {points} pts</source>
        <translation>{n} carte(s) · {points} pts</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Edit lot</source>
        <translation>Modifier le lot</translation>
    </message>
    <message>
        <source>New lot</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>Target go-live date</source>
        <translation>Date de mise en production visée</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>LotsPanel</name>
    <message>
        <source>New lot…</source>
        <translation>Nouveau lot…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the lot (Enter)</source>
        <translation>Modifier le lot (Entrée)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Haut</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the lot; its stories stay, with no lot (Delete)</source>
        <translation>Supprimer le lot ; ses user stories restent, sans lot (Suppr)</translation>
    </message>
    <message>
        <source>Show its burn-up</source>
        <translation>Voir son burn-up</translation>
    </message>
    <message>
        <source>Open the lot&apos;s burn-up in the Charts page</source>
        <translation>Ouvrir le burn-up du lot dans la page Graphiques</translation>
    </message>
    <message>
        <source>{n} lot(s) · {done} of {total} pts done</source>
        <translation>{n} lot(s) · {done} pts terminés sur {total}</translation>
    </message>
</context>
<context>
    <name>LotsTable</name>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Target go-live</source>
        <translation>Mise en production visée</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>User stories</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Done points</source>
        <translation>Points terminés</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>&amp;Import needs…</source>
        <translation>&amp;Importer des besoins…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>New &amp;need…</source>
        <translation>Nouveau &amp;besoin…</translation>
    </message>
    <message>
        <source>Add needs from the &amp;catalogue…</source>
        <translation>Ajouter des besoins depuis le &amp;catalogue…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>A&amp;grandir le texte</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;Normal text</source>
        <translation>Texte &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>À &amp;propos de crmdesk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Preparing this tab…</source>
        <translation>Préparation de l&apos;onglet…</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>un partage réseau</translation>
    </message>
    <message>
        <source>a synchronised folder</source>
        <translation>un dossier synchronisé</translation>
    </message>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
    <message>
        <source>This project is on {where}. crmdesk keeps it safe on this computer, but a sync client or a second computer can still damage it: work on a copy on this computer when you can, and never open it from two computers at the same time.</source>
        <translation>Ce projet se trouve sur {where}. crmdesk le protège sur cet ordinateur, mais un client de synchronisation ou un autre ordinateur peut tout de même l&apos;endommager : travaillez si possible sur une copie enregistrée sur cet ordinateur, et ne l&apos;ouvrez jamais depuis deux ordinateurs en même temps.</translation>
    </message>
    <message>
        <source>Open it anyway? Only do so if you are sure it is no longer open there (for example, that computer crashed).</source>
        <translation>L&apos;ouvrir quand même ? Ne le faites que si vous êtes certain qu&apos;il n&apos;y est plus ouvert (par exemple, si cet ordinateur s&apos;est arrêté brutalement).</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>crmdesk projects (*{ext});;All files (*)</source>
        <translation>Projets crmdesk (*{ext});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>crmdesk projects (*{ext})</source>
        <translation>Projets crmdesk (*{ext})</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Project restored from the backup of {date}</source>
        <translation>Projet restauré à partir de la sauvegarde du {date}</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>À propos de crmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;crmdesk {version}&lt;/h3&gt;&lt;p&gt;The desktop companion of the pilot of a CRM project: needs, vendor selection, sprints and acceptance, in one local file.&lt;/p&gt;&lt;p&gt;Project file: {path}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmdesk {version}&lt;/h3&gt;&lt;p&gt;L&apos;assistant de bureau du pilote d&apos;un projet CRM : besoins, sélection de l&apos;éditeur, sprints et recette, dans un seul fichier local.&lt;/p&gt;&lt;p&gt;Fichier projet : {path}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Computed from the TCO, not scored by hand:</source>
        <translation>Calculée à partir du TCO, pas notée à la main :</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>Consensus: {value} (instead of the {how} {middle})</source>
        <translation>Consensus : {value} (au lieu de la {how} {middle})</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Value: {value} ({how} of {count} opinions)</source>
        <translation>Valeur : {value} ({how} de {count} avis)</translation>
    </message>
    <message>
        <source>No score yet: the cell counts 0.</source>
        <translation>Pas encore de note : la case compte 0.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>The vendor&apos;s accepted answer proposes {value}</source>
        <translation>La réponse acceptée du fournisseur propose {value}</translation>
    </message>
    <message>
        <source>The opinions are {spread} points apart (gap {gap}): discuss, or set a consensus.</source>
        <translation>Les avis sont écartés de {spread} points (seuil {gap}) : à discuter, ou fixer une note de consensus.</translation>
    </message>
    <message>
        <source>Knock-out: below the threshold {threshold}, so the candidate is out of the ranking.</source>
        <translation>Critère éliminatoire : sous le seuil {threshold}, le candidat sort du classement.</translation>
    </message>
    <message>
        <source>Out of the ranking: {reason}</source>
        <translation>Hors classement : {reason}</translation>
    </message>
    <message>
        <source>{group} has no weight yet.</source>
        <translation>{group} n&apos;a pas encore de pondération.</translation>
    </message>
    <message>
        <source>{candidate} gets {value} of the best possible on {group} (weight {share} of the total).</source>
        <translation>{candidate} obtient {value} du maximum sur {group} (pondération : {share} du total).</translation>
    </message>
    <message>
        <source>{group}: weight {weight}, {share} of the total. Click to fold or unfold.</source>
        <translation>{group} : pondération {weight}, {share} du total. Cliquer pour replier ou déplier.</translation>
    </message>
    <message>
        <source>{group} · weight {weight}, {share} of the total</source>
        <translation>{group} · pondération {weight}, {share} du total</translation>
    </message>
    <message>
        <source>Computed from each candidate&apos;s TCO: the lowest TCO gets 5.</source>
        <translation>Calculé à partir du TCO de chaque candidat : le TCO le plus bas obtient 5.</translation>
    </message>
    <message>
        <source>Knock-out criterion: a value below {threshold} eliminates the candidate.</source>
        <translation>Critère éliminatoire : une valeur sous {threshold} élimine le candidat.</translation>
    </message>
    <message>
        <source>TCO: {tco}</source>
        <translation>TCO : {tco}</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Filter criteria (Ctrl+F)</source>
        <translation>Filtrer les critères (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show one group of criteria</source>
        <translation>Afficher un seul groupe de critères</translation>
    </message>
    <message>
        <source>Show and enter the scores of one evaluator (Tab: the next one)</source>
        <translation>Afficher et saisir les notes d&apos;un évaluateur (Tab : le suivant)</translation>
    </message>
    <message>
        <source>How the evaluators&apos; scores combine into the value of a cell</source>
        <translation>Comment les notes des évaluateurs se combinent en valeur de la case</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Fold all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Show the groups only</source>
        <translation>N&apos;afficher que les groupes</translation>
    </message>
    <message>
        <source>Unfold all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Show every criterion</source>
        <translation>Afficher tous les critères</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Mode atelier</translation>
    </message>
    <message>
        <source>Score together on the projector, one criterion at a time, full screen</source>
        <translation>Noter ensemble au vidéoprojecteur, un critère à la fois, en plein écran</translation>
    </message>
    <message>
        <source>Score and comment…</source>
        <translation>Note et commentaire…</translation>
    </message>
    <message>
        <source>Set consensus…</source>
        <translation>Fixer une note de consensus…</translation>
    </message>
    <message>
        <source>Clear consensus</source>
        <translation>Retirer le consensus</translation>
    </message>
    <message>
        <source>Scores of</source>
        <translation>Notes de</translation>
    </message>
    <message>
        <source>⚠ evaluators disagree · ✓ consensus · ✎ comment · ✖ knock-out · greyed: out of the ranking</source>
        <translation>⚠ désaccord des évaluateurs · ✓ consensus · ✎ commentaire · ✖ critère éliminatoire · grisé : hors classement</translation>
    </message>
    <message>
        <source>No matrix yet: add candidates on the Candidates page and criteria on the Criteria page (evaluators on the Evaluators page to score them).</source>
        <translation>Pas encore de matrice : ajoutez des candidats dans la page Candidats et des critères dans la page Critères (et des évaluateurs dans la page Évaluateurs pour les noter).</translation>
    </message>
    <message>
        <source>No criterion matches the filter.</source>
        <translation>Aucun critère ne correspond au filtre.</translation>
    </message>
    <message>
        <source>{criteria} criteria · {candidates} candidates · {disagreements} disagreements</source>
        <translation>{criteria} critères · {candidates} candidats · {disagreements} désaccords</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All evaluators (median)</source>
        <translation>Tous les évaluateurs (médiane)</translation>
    </message>
    <message>
        <source>All evaluators (mean)</source>
        <translation>Tous les évaluateurs (moyenne)</translation>
    </message>
    <message>
        <source>Add evaluators first (in the criteria and evaluators view).</source>
        <translation>Ajoutez d&apos;abord des évaluateurs (dans la vue des critères et des évaluateurs).</translation>
    </message>
    <message>
        <source>Cells show the combined value. To score from the keyboard, choose an evaluator above or press Tab; C sets a consensus; right click for more.</source>
        <translation>Les cases montrent la valeur combinée. Pour noter au clavier, choisissez un évaluateur ci-dessus ou appuyez sur Tab ; C fixe une note de consensus ; clic droit pour le reste.</translation>
    </message>
    <message>
        <source>Scoring as {name}: 0–5 sets the score · Delete clears · Tab: next evaluator · Enter: score and comment · C: consensus · arrows move</source>
        <translation>Notes de {name} : 0–5 note · Suppr efface · Tab : évaluateur suivant · Entrée : note et commentaire · C : consensus · flèches pour se déplacer</translation>
    </message>
    <message>
        <source>Move to a criterion&apos;s cell to score it (group rows show the group&apos;s score).</source>
        <translation>Placez-vous sur la case d&apos;un critère pour le noter (les lignes de groupe montrent le score du groupe).</translation>
    </message>
    <message>
        <source>The cost criterion is computed from the TCO; it is not scored by hand.</source>
        <translation>Le critère de coût est calculé à partir du TCO ; il ne se note pas à la main.</translation>
    </message>
    <message>
        <source>Whose score is it? Choose an evaluator above, or press Tab, then type the score again.</source>
        <translation>De qui est cette note ? Choisissez un évaluateur ci-dessus, ou appuyez sur Tab, puis tapez à nouveau la note.</translation>
    </message>
    <message>
        <source>Score {candidate} on {criterion}</source>
        <translation>Noter {candidate} sur {criterion}</translation>
    </message>
    <message>
        <source>Choose an evaluator above (or press Tab) to clear their score.</source>
        <translation>Choisissez un évaluateur ci-dessus (ou appuyez sur Tab) pour effacer sa note.</translation>
    </message>
    <message>
        <source>Clear the score of {candidate} on {criterion}</source>
        <translation>Effacer la note de {candidate} sur {criterion}</translation>
    </message>
    <message>
        <source>Consensus on {candidate} for {criterion}</source>
        <translation>Consensus sur {candidate} pour {criterion}</translation>
    </message>
    <message>
        <source>Clear the consensus on {candidate} for {criterion}</source>
        <translation>Retirer le consensus sur {candidate} pour {criterion}</translation>
    </message>
    <message>
        <source>Use the median of the scores</source>
        <translation>Utiliser la médiane des notes</translation>
    </message>
    <message>
        <source>Use the mean of the scores</source>
        <translation>Utiliser la moyenne des notes</translation>
    </message>
    <message>
        <source>Score and comment…	Enter</source>
        <translation>Note et commentaire…	Entrée</translation>
    </message>
    <message>
        <source>Set consensus…	C</source>
        <translation>Fixer une note de consensus…	C</translation>
    </message>
    <message>
        <source>Fold or unfold this group	Space</source>
        <translation>Replier ou déplier ce groupe	Espace</translation>
    </message>
    <message>
        <source>vendor&apos;s answer {value}</source>
        <translation>réponse du fournisseur {value}</translation>
    </message>
    <message>
        <source>Nobody scored this cell yet.</source>
        <translation>Personne n&apos;a encore noté cette case.</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Scores go from 0 to 5.</source>
        <translation>Les notes vont de 0 à 5.</translation>
    </message>
</context>
<context>
    <name>NeedChecklist</name>
    <message>
        <source>Filter needs: ref, title… (Down to reach the list, Space to tick)</source>
        <translation>Filtrer les besoins : réf, titre… (Bas pour aller à la liste, Espace pour cocher)</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>User stories</translation>
    </message>
    <message>
        <source>Show ticked only</source>
        <translation>Cochés seulement</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>{n} need(s) ticked: {refs}</source>
        <translation>{n} besoin(s) coché(s) : {refs}</translation>
    </message>
    <message>
        <source>{n} need(s) ticked</source>
        <translation>{n} besoin(s) coché(s)</translation>
    </message>
</context>
<context>
    <name>NeedDetailPanel</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>No need selected</source>
        <translation>Aucun besoin sélectionné</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <source>What the organisation needs, in one line</source>
        <translation>Ce dont l&apos;organisation a besoin, en une ligne</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Do&amp;main</source>
        <translation>Do&amp;maine</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Acceptance &amp;criteria</source>
        <translation>&amp;Critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add and next (Ctrl+Enter)</source>
        <translation>Ajouter et continuer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Type a title first.</source>
        <translation>Saisissez d&apos;abord un titre.</translation>
    </message>
    <message>
        <source>{n} need(s) added. Next one:</source>
        <translation>{n} besoin(s) ajouté(s). Suivant :</translation>
    </message>
</context>
<context>
    <name>NeedStatus</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>to clarify</source>
        <translation>à préciser</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Search needs (Ctrl+F): ref, title, text, owner…</source>
        <translation>Rechercher des besoins (Ctrl+F) : réf, titre, texte, responsable…</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>New need…</source>
        <translation>Nouveau besoin…</translation>
    </message>
    <message>
        <source>New need (Ctrl+N)</source>
        <translation>Nouveau besoin (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add from catalogue…</source>
        <translation>Ajouter depuis le catalogue…</translation>
    </message>
    <message>
        <source>Delete need(s)</source>
        <translation>Supprimer le(s) besoin(s)</translation>
    </message>
    <message>
        <source>Change selected</source>
        <translation>Modifier la sélection</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(sans domaine)</translation>
    </message>
    <message>
        <source>{total} needs · {shown} shown · {mandatory} mandatory · {validated} validated</source>
        <translation>{total} besoins · {shown} affichés · {mandatory} impératifs · {validated} validés</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Add {n} need(s) from the catalogue</source>
        <translation>Ajouter {n} besoin(s) depuis le catalogue</translation>
    </message>
    <message>
        <source>Delete needs</source>
        <translation>Supprimer des besoins</translation>
    </message>
    <message>
        <source>Delete {n} need(s) ({refs})? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer {n} besoin(s) ({refs}) ? Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {n} need(s)</source>
        <translation>Supprimer {n} besoin(s)</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Change {field} of {n} need(s)</source>
        <translation>Modifier le champ « {field} » de {n} besoin(s)</translation>
    </message>
    <message>
        <source>Edit {field} of {ref}</source>
        <translation>Modifier le champ « {field} » de {ref}</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>acceptance criteria</source>
        <translation>critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>Rename domain</source>
        <translation>Renommer le domaine</translation>
    </message>
    <message>
        <source>Delete domain</source>
        <translation>Supprimer le domaine</translation>
    </message>
    <message>
        <source>Move domain</source>
        <translation>Déplacer le domaine</translation>
    </message>
</context>
<context>
    <name>NeedsTable</name>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>NewColumnDialog</name>
    <message>
        <source>New column</source>
        <translation>Nouvelle colonne</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Cards in this column count as done (burndown, velocity)</source>
        <translation>Les cartes de cette colonne comptent comme terminées (burndown, vélocité)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;WIP limit</source>
        <translation>Limite &amp;WIP</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatique (langue du système)</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>mandatory</source>
        <translation>impératif</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>souhaité</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optionnel</translation>
    </message>
</context>
<context>
    <name>ProjectTab</name>
    <message>
        <source>Context of the project: the organisation, its current tools, the goals of the CRM…</source>
        <translation>Contexte du projet : l&apos;organisation, ses outils actuels, les objectifs du CRM…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Contexte</translation>
    </message>
    <message>
        <source>&amp;Sprint length</source>
        <translation>&amp;Durée du sprint</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>People of the project</source>
        <translation>Personnes du projet</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>sprint length</source>
        <translation>durée du sprint</translation>
    </message>
    <message>
        <source>Edit project {field}</source>
        <translation>Modifier le champ « {field} » du projet</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Retirer une personne</translation>
    </message>
    <message>
        <source>Remove {name}? The needs they own will have no owner. You can undo it with Ctrl+Z.</source>
        <translation>Retirer {name} ? Les besoins dont cette personne est responsable n&apos;auront plus de responsable. Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Extra cost (€ excl. VAT)</source>
        <translation>Surcoût (€ HT)</translation>
    </message>
    <message>
        <source>Planned lot</source>
        <translation>Lot prévu</translation>
    </message>
    <message>
        <source>Vendor questionnaire: {project}</source>
        <translation>Questionnaire fournisseur : {project}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Your company (please fill in)</source>
        <translation>Votre société (à compléter)</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <source>Answers expected by</source>
        <translation>Réponses attendues pour le</translation>
    </message>
    <message>
        <source>Project context</source>
        <translation>Contexte du projet</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>Comment répondre</translation>
    </message>
    <message>
        <source>1. Answer on the sheet &quot;{sheet}&quot;: one row per need, identified by its reference ({ref}).</source>
        <translation>1. Répondez dans la feuille « {sheet} » : une ligne par besoin, identifié par sa référence ({ref}).</translation>
    </message>
    <message>
        <source>2. In the column &quot;{coverage}&quot;, choose one value from the list for every need (their meaning is below).</source>
        <translation>2. Dans la colonne « {coverage} », choisissez une valeur de la liste pour chaque besoin (leur sens est donné plus bas).</translation>
    </message>
    <message>
        <source>3. In the column &quot;{comment}&quot;, explain how the need is met: module, settings, limits, references. It is expected for every answer other than out of the box.</source>
        <translation>3. Dans la colonne « {comment} », expliquez comment le besoin est couvert : module, paramétrage, limites, références. Il est attendu pour toute réponse autre que standard.</translation>
    </message>
    <message>
        <source>4. In the column &quot;{cost}&quot;, give the cost of what is not in your base offer (custom development, add-on), in euros excluding VAT; leave it empty when included.</source>
        <translation>4. Dans la colonne « {cost} », indiquez le coût de ce qui n&apos;est pas dans votre offre de base (développement spécifique, module complémentaire), en euros HT ; laissez-la vide si c&apos;est inclus.</translation>
    </message>
    <message>
        <source>5. In the column &quot;{lot}&quot;, say in which delivery lot the need would be available (for example Lot 1).</source>
        <translation>5. Dans la colonne « {lot} », indiquez dans quel lot de livraison le besoin serait disponible (par exemple Lot 1).</translation>
    </message>
    <message>
        <source>6. Needs whose priority is mandatory are highlighted: an offer that does not cover them may be eliminated.</source>
        <translation>6. Les besoins de priorité impérative sont mis en évidence : une offre qui ne les couvre pas peut être éliminée.</translation>
    </message>
    <message>
        <source>7. Do not change the references, titles or descriptions, and do not delete rows: your answers are read back automatically. Keep the file as an Excel workbook (.xlsx) when you save it.</source>
        <translation>7. Ne modifiez pas les références, titres ou descriptions et ne supprimez pas de lignes : vos réponses sont relues automatiquement. Enregistrez le fichier au format classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Coverage values</source>
        <translation>Valeurs de couverture</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Essential: the project cannot do without it.</source>
        <translation>Indispensable : le projet ne peut pas s&apos;en passer.</translation>
    </message>
    <message>
        <source>Expected, but a workaround can be accepted.</source>
        <translation>Attendu, mais un contournement peut être accepté.</translation>
    </message>
    <message>
        <source>A plus, if it comes at little cost.</source>
        <translation>Un plus, s&apos;il coûte peu.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, zero or more.</source>
        <translation>Saisissez un montant en euros, nul ou positif.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireReport</name>
    <message>
        <source>Row {row}: an answer without a reference was ignored.</source>
        <translation>Ligne {row} : une réponse sans référence a été ignorée.</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a coverage (expected: {expected}).</source>
        <translation>Ligne {row}, colonne « {column} » : « {value} » n&apos;est pas une couverture (attendu : {expected}).</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: the text is longer than {limit} characters.</source>
        <translation>Ligne {row}, colonne « {column} » : le texte dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an amount (write 1500 or 1 500,00).</source>
        <translation>Ligne {row}, colonne « {column} » : « {value} » n&apos;est pas un montant (écrivez 1500 ou 1 500,00).</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: the amount {value} is negative.</source>
        <translation>Ligne {row}, colonne « {column} » : le montant {value} est négatif.</translation>
    </message>
    <message>
        <source>Row {row}: the reference {ref} is already on row {first}.</source>
        <translation>Ligne {row} : la référence {ref} figure déjà ligne {first}.</translation>
    </message>
    <message>
        <source>Columns not read: {columns}.</source>
        <translation>Colonnes non lues : {columns}.</translation>
    </message>
    <message>
        <source>The column &quot;{column}&quot; is missing: the current values of that column are kept.</source>
        <translation>La colonne « {column} » est absente : les valeurs actuelles de cette colonne sont conservées.</translation>
    </message>
    <message>
        <source>The file is an Excel workbook despite its name; it was read as one.</source>
        <translation>Le fichier est un classeur Excel malgré son nom ; il a été lu comme tel.</translation>
    </message>
    <message>
        <source>The file is a CSV file: it no longer says which questionnaire it answers.</source>
        <translation>Le fichier est un fichier CSV : il n&apos;indique plus à quel questionnaire il répond.</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: a formula without a computed value (open and save the file in Excel first).</source>
        <translation>Ligne {row}, colonne « {column} » : une formule sans valeur calculée (ouvrez et enregistrez d&apos;abord le fichier dans Excel).</translation>
    </message>
    <message>
        <source>{count} formula cells outside the answers have no computed value ({cells}).</source>
        <translation>{count} cellules de formule hors des réponses n&apos;ont pas de valeur calculée ({cells}).</translation>
    </message>
    <message>
        <source>This project has no record of sending this questionnaire (it was sent from another copy of the project, or its sending was undone); answers are matched on the references.</source>
        <translation>Ce projet n&apos;a pas de trace de l&apos;envoi de ce questionnaire (envoyé depuis une autre copie du projet, ou envoi annulé) ; les réponses sont rapprochées par les références.</translation>
    </message>
    <message>
        <source>Candidate: {candidate} (named by the questionnaire, version {version})</source>
        <translation>Candidat : {candidate} (indiqué par le questionnaire, version {version})</translation>
    </message>
    <message>
        <source>Candidate: {candidate} (as chosen)</source>
        <translation>Candidat : {candidate} (choisi)</translation>
    </message>
    <message>
        <source>Candidate: {candidate} (the company name typed in the file)</source>
        <translation>Candidat : {candidate} (nom de société saisi dans le fichier)</translation>
    </message>
    <message>
        <source>  row {row}, {ref}: the title in the file is not the one sent (&quot;{file}&quot;).</source>
        <translation>  ligne {row}, {ref} : le titre dans le fichier n&apos;est pas celui envoyé (« {file} »).</translation>
    </message>
    <message>
        <source>  row {row}, {ref}: the need was renamed after the questionnaire was sent (now &quot;{current}&quot;).</source>
        <translation>  ligne {row}, {ref} : le besoin a été renommé après l&apos;envoi du questionnaire (désormais « {current} »).</translation>
    </message>
    <message>
        <source>  row {row}, {ref}: the title in the file (&quot;{file}&quot;) differs from the need&apos;s title (&quot;{current}&quot;).</source>
        <translation>  ligne {row}, {ref} : le titre dans le fichier (« {file} ») diffère de celui du besoin (« {current} »).</translation>
    </message>
    <message>
        <source>  row {row}, {ref}: the need&apos;s description changed after the questionnaire was sent.</source>
        <translation>  ligne {row}, {ref} : la description du besoin a changé après l&apos;envoi du questionnaire.</translation>
    </message>
    <message>
        <source>File: {name} (sheet &quot;{sheet}&quot;, {rows} rows read)</source>
        <translation>Fichier : {name} (feuille « {sheet} », {rows} lignes lues)</translation>
    </message>
    <message>
        <source>File: {name} ({rows} rows read)</source>
        <translation>Fichier : {name} ({rows} lignes lues)</translation>
    </message>
    <message>
        <source>Answers: {new} new, {replaced} replacing a previous answer (kept in the history), {unchanged} unchanged</source>
        <translation>Réponses : {new} nouvelles, {replaced} remplaçant une réponse précédente (conservée dans l&apos;historique), {unchanged} inchangées</translation>
    </message>
    <message>
        <source>Invalid values: {count}; nothing can be imported until they are corrected:</source>
        <translation>Valeurs invalides : {count} ; rien ne peut être importé tant qu&apos;elles ne sont pas corrigées :</translation>
    </message>
    <message>
        <source>Unknown references (ignored): {count}</source>
        <translation>Références inconnues (ignorées) : {count}</translation>
    </message>
    <message>
        <source>  row {row}: {ref}</source>
        <translation>  ligne {row} : {ref}</translation>
    </message>
    <message>
        <source>Rows ignored: {count}</source>
        <translation>Lignes ignorées : {count}</translation>
    </message>
    <message>
        <source>Needs without an answer: {count} ({mandatory} mandatory)</source>
        <translation>Besoins sans réponse : {count} (dont {mandatory} impératifs)</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>impératif</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <source>  {count} of them keep the answer imported earlier.</source>
        <translation>  {count} d&apos;entre eux gardent la réponse importée auparavant.</translation>
    </message>
    <message>
        <source>Changed question texts: {count}</source>
        <translation>Textes de questions modifiés : {count}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Damaged project</source>
        <translation>Projet endommagé</translation>
    </message>
    <message>
        <source>There is no backup of it. The file was not changed.</source>
        <translation>Il n&apos;en existe aucune sauvegarde. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Open the backup of {date} instead? The damaged file is kept aside, unchanged, beside the project.</source>
        <translation>Ouvrir plutôt la sauvegarde du {date} ? Le fichier endommagé est conservé à part, sans modification, à côté du projet.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the state to go back to. The current state is backed up first, so a restore can itself be undone by restoring again.</source>
        <translation>Choisissez l&apos;état auquel revenir. L&apos;état actuel est d&apos;abord sauvegardé : une restauration peut donc elle-même être annulée en restaurant à nouveau.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>There is no backup of this project yet.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de ce projet.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>passed</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>KO</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non passé</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>{n} criteria without any score count 0 for this candidate</source>
        <translation>{n} critères sans aucune note comptent 0 pour ce candidat</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Weighted
score</source>
        <translation>Note
pondérée</translation>
    </message>
    <message>
        <source>{group}: {score} of the best possible score of the group; adds {points} points to the weighted score</source>
        <translation>{group} : {score} de la meilleure note possible du groupe ; apporte {points} points à la note pondérée</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Exporter les graphiques…</translation>
    </message>
    <message>
        <source>Right-click a chart to save it as PNG.</source>
        <translation>Clic droit sur un graphique pour l&apos;enregistrer en PNG.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Par groupe</translation>
    </message>
    <message>
        <source>Radar of the top 3</source>
        <translation>Radar des 3 premiers</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Rapport qualité-prix</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Score the candidates in the matrix to see who comes first.</source>
        <translation>Notez les candidats dans la matrice pour voir qui arrive en tête.</translation>
    </message>
    <message>
        <source>{winner} is first, {points} points ahead of {runner}.</source>
        <translation>{winner} est premier, avec {points} points d&apos;avance sur {runner}.</translation>
    </message>
    <message>
        <source>{winner} is first.</source>
        <translation>{winner} est premier.</translation>
    </message>
    <message>
        <source>It stays first while the share of {ranges}.</source>
        <translation>Il reste premier tant que la part de {ranges}.</translation>
    </message>
    <message>
        <source>No single group weight can change the first place.</source>
        <translation>Aucune pondération de groupe ne peut à elle seule changer la première place.</translation>
    </message>
    <message>
        <source>{group} is between {low} and {high}</source>
        <translation>{group} est entre {low} et {high}</translation>
    </message>
    <message>
        <source>{group} is at least {low}</source>
        <translation>{group} est d&apos;au moins {low}</translation>
    </message>
    <message>
        <source>{group} is at most {high}</source>
        <translation>{group} est d&apos;au plus {high}</translation>
    </message>
    <message>
        <source>(now {now})</source>
        <translation>(aujourd&apos;hui {now})</translation>
    </message>
    <message>
        <source>{ranked} candidates ranked · {out} out of the ranking</source>
        <translation>{ranked} candidats classés · {out} hors classement</translation>
    </message>
    <message>
        <source>Export the charts to a folder</source>
        <translation>Exporter les graphiques dans un dossier</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>score-by-group</source>
        <translation>note-par-groupe</translation>
    </message>
    <message>
        <source>radar</source>
        <translation>radar</translation>
    </message>
    <message>
        <source>value-for-money</source>
        <translation>rapport-qualite-prix</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilite</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>The charts could not be saved: {reason}.</source>
        <translation>Les graphiques n&apos;ont pas pu être enregistrés : {reason}.</translation>
    </message>
    <message>
        <source>{n} charts saved in {folder}</source>
        <translation>{n} graphiques enregistrés dans {folder}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>key user</source>
        <translation>utilisateur clé</translation>
    </message>
    <message>
        <source>explorer</source>
        <translation>explorateur</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>réalisateur</translation>
    </message>
    <message>
        <source>steering committee</source>
        <translation>comité de pilotage</translation>
    </message>
    <message>
        <source>vendor contact</source>
        <translation>contact éditeur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>RunnerPanel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>Résultat obtenu</translation>
    </message>
    <message>
        <source>From the steps</source>
        <translation>Selon les étapes</translation>
    </message>
    <message>
        <source>What happened, when it differs from the expected result</source>
        <translation>Ce qui s&apos;est passé, quand cela diffère du résultat attendu</translation>
    </message>
    <message>
        <source>Case result</source>
        <translation>Résultat du cas</translation>
    </message>
    <message>
        <source>Tester, date</source>
        <translation>Testeur, date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>KO: a defect will be created</source>
        <translation>KO : une anomalie sera créée</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Record (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Keys: 1 OK · 2 KO · 3 blocked · 0 not run · PgUp/PgDown</source>
        <translation>Touches : 1 OK · 2 KO · 3 bloqué · 0 non passé · Pg préc./Pg suiv.</translation>
    </message>
    <message>
        <source>Attempts of this case</source>
        <translation>Passages de ce cas</translation>
    </message>
    <message>
        <source>Record the attempt</source>
        <translation>Enregistrer le passage</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Cas suivant</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Cas précédent</translation>
    </message>
    <message>
        <source>Assign tester…</source>
        <translation>Affecter un testeur…</translation>
    </message>
    <message>
        <source>Remove from the campaign</source>
        <translation>Retirer de la campagne</translation>
    </message>
    <message>
        <source>This case has results: it stays in the campaign.</source>
        <translation>Ce cas a des résultats : il reste dans la campagne.</translation>
    </message>
    <message>
        <source>(no tester)</source>
        <translation>(aucun testeur)</translation>
    </message>
    <message>
        <source>No case in this campaign yet.</source>
        <translation>Aucun cas dans cette campagne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add cases to the campaign&apos;s scope from the campaign menu.</source>
        <translation>Ajoutez des cas au périmètre de la campagne depuis le menu Campagne.</translation>
    </message>
    <message>
        <source>Case {n} of {total}</source>
        <translation>Cas {n} sur {total}</translation>
    </message>
    <message>
        <source>needs {refs}</source>
        <translation>besoins {refs}</translation>
    </message>
    <message>
        <source>now: {result}</source>
        <translation>actuellement : {result}</translation>
    </message>
    <message>
        <source>attempts: {n}</source>
        <translation>passages : {n}</translation>
    </message>
    <message>
        <source>Preconditions:</source>
        <translation>Préconditions :</translation>
    </message>
    <message>
        <source>no result yet: press 1, 2, 3 or 0 on each step</source>
        <translation>pas encore de résultat : tapez 1, 2, 3 ou 0 sur chaque étape</translation>
    </message>
    <message>
        <source>the case will be recorded {result}</source>
        <translation>le cas sera enregistré {result}</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Testeur</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Anomalies</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why this score (optional): what was seen in the demo, the answer…</source>
        <translation>Pourquoi cette note (facultatif) : ce qui a été vu en démonstration, la réponse…</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(pas de note)</translation>
    </message>
</context>
<context>
    <name>ScoreLabel</name>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>very poor</source>
        <translation>très insuffisant</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>insuffisant</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>pilot&apos;s decision: {reason}</source>
        <translation>décision du pilote : {reason}</translation>
    </message>
    <message>
        <source>knock-out on {criterion}: {value} is below {threshold}</source>
        <translation>critère éliminatoire {criterion} : {value} est inférieur au seuil {threshold}</translation>
    </message>
    <message>
        <source>declares not covered: {ref} {title}</source>
        <translation>déclare non couvert : {ref} {title}</translation>
    </message>
    <message>
        <source>TCO = {one_off} one-off + {years} years × {recurring} a year = {tco}</source>
        <translation>TCO = {one_off} (ponctuel) + {years} ans × {recurring} par an = {tco}</translation>
    </message>
    <message>
        <source>no costs entered, so no cost mark</source>
        <translation>aucun coût saisi, donc pas de note de coût</translation>
    </message>
    <message>
        <source>mark = 5 × lowest TCO {lowest} ({names}) / {tco} = {mark}</source>
        <translation>note = 5 × TCO le plus bas {lowest} ({names}) / {tco} = {mark}</translation>
    </message>
    <message>
        <source>no candidate is ranked</source>
        <translation>aucun candidat n&apos;est classé</translation>
    </message>
    <message>
        <source>fragile: first place is a tie</source>
        <translation>fragile : égalité à la première place</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>fragile, depends on {names}</source>
        <translation>fragile, dépend de {names}</translation>
    </message>
    <message>
        <source>{group}: the winner stays first from {low} to {high} of the weight (now {now})</source>
        <translation>{group} : le gagnant reste en tête de {low} à {high} de la pondération (actuellement {now})</translation>
    </message>
    <message>
        <source>Total cost of ownership (TCO)</source>
        <translation>Coût total de possession (TCO)</translation>
    </message>
</context>
<context>
    <name>SelectionSettingsDialog</name>
    <message>
        <source>Selection settings</source>
        <translation>Paramètres de la sélection</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Total cost of ownership (TCO)</source>
        <translation>Coût total de possession (TCO)</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Nombre d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>TCO = one-off costs + years × (licence × users × 12 + hosting + support).</source>
        <translation>TCO = coûts ponctuels + années × (licence × utilisateurs × 12 + hébergement + support).</translation>
    </message>
    <message>
        <source>Evaluators&apos; scores</source>
        <translation>Notes des évaluateurs</translation>
    </message>
    <message>
        <source>Combine the scores with the</source>
        <translation>Combiner les notes par la</translation>
    </message>
    <message>
        <source>Flag a disagreement from a gap of</source>
        <translation>Signaler un désaccord à partir d&apos;un écart de</translation>
    </message>
    <message>
        <source>The median resists one evaluator far from the others; the mean uses every opinion. A consensus agreed in workshop replaces both.</source>
        <translation>La médiane résiste à un évaluateur éloigné des autres ; la moyenne tient compte de chaque avis. Un consensus décidé en atelier remplace les deux.</translation>
    </message>
    <message>
        <source>Labels of the scores</source>
        <translation>Libellés des notes</translation>
    </message>
    <message>
        <source>Empty: the default label (in grey).</source>
        <translation>Vide : le libellé par défaut (en gris).</translation>
    </message>
    <message>
        <source>Score proposed by a vendor&apos;s declared coverage</source>
        <translation>Note proposée par la couverture déclarée du fournisseur</translation>
    </message>
    <message>
        <source>Proposed scores count in the matrix only once accepted (Answers page).</source>
        <translation>Les notes proposées ne comptent dans la matrice qu&apos;une fois acceptées (page Réponses).</translation>
    </message>
</context>
<context>
    <name>SelectionTab</name>
    <message>
        <source>Workshop mode</source>
        <translation>Mode atelier</translation>
    </message>
    <message>
        <source>Workshop mode ({key})</source>
        <translation>Mode atelier ({key})</translation>
    </message>
    <message>
        <source>Show the matrix full screen, in large type, to score together in a meeting room</source>
        <translation>Afficher la matrice en plein écran et en gros caractères, pour noter ensemble en salle de réunion</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Candidats</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>C&amp;ritères</translation>
    </message>
    <message>
        <source>Evalua&amp;tors</source>
        <translation>É&amp;valuateurs</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>Ré&amp;ponses</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>Résul&amp;tats</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Users and horizon of the TCO, mean or median, score labels, scores proposed by the vendors&apos; answers</source>
        <translation>Utilisateurs et horizon du TCO, moyenne ou médiane, libellés des notes, notes proposées par les réponses des fournisseurs</translation>
    </message>
    <message>
        <source>Change the selection settings</source>
        <translation>Modifier les paramètres de la sélection</translation>
    </message>
    <message>
        <source>{users} users · {years} years · {aggregate}</source>
        <translation>{users} utilisateurs · {years} ans · {aggregate}</translation>
    </message>
</context>
<context>
    <name>SendQuestionnaireDialog</name>
    <message>
        <source>Send a vendor questionnaire</source>
        <translation>Envoyer un questionnaire fournisseur</translation>
    </message>
    <message>
        <source>The questionnaire is an Excel workbook listing every need (except the rejected ones): the vendor says for each how its offer covers it, with a comment, an extra cost and a planned lot. Send it, then import the file they send back.</source>
        <translation>Le questionnaire est un classeur Excel qui liste chaque besoin (sauf les rejetés) : le fournisseur indique pour chacun comment son offre le couvre, avec un commentaire, un surcoût et un lot prévu. Envoyez-le, puis importez le fichier qu&apos;il vous renvoie.</translation>
    </message>
    <message>
        <source>A blank questionnaire (for any candidate)</source>
        <translation>Un questionnaire vierge (pour n&apos;importe quel candidat)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Langue du classeur</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>blocking</source>
        <translation>bloquante</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeure</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
</context>
<context>
    <name>Signoff</name>
    <message>
        <source>{ref} ({severity}): {title}</source>
        <translation>{ref} ({severity}) : {title}</translation>
    </message>
    <message>
        <source>vendor ticket {ticket}</source>
        <translation>ticket éditeur {ticket}</translation>
    </message>
    <message>
        <source>Acceptance sign-off report</source>
        <translation>Procès-verbal de recette</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>whole project</source>
        <translation>tout le projet</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Testers (key users)</source>
        <translation>Testeurs (utilisateurs clés)</translation>
    </message>
    <message>
        <source>Report drawn up on</source>
        <translation>Procès-verbal établi le</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>{cases} test cases; {mandatory} mandatory needs to prove.</source>
        <translation>{cases} cas de test ; {mandatory} besoins impératifs à valider.</translation>
    </message>
    <message>
        <source>Entry criteria</source>
        <translation>Critères d&apos;entrée</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{attempts} attempts recorded, re-runs included.</source>
        <translation>{attempts} passages enregistrés, rejeux compris.</translation>
    </message>
    <message>
        <source>Exit criteria (go/no-go)</source>
        <translation>Critères de sortie (go/no-go)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigé</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Overall: go</source>
        <translation>Bilan : go</translation>
    </message>
    <message>
        <source>Overall: no-go</source>
        <translation>Bilan : no-go</translation>
    </message>
    <message>
        <source>Coverage of the mandatory needs</source>
        <translation>Couverture des besoins impératifs</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No mandatory need in the scope of this campaign.</source>
        <translation>Aucun besoin impératif dans le périmètre de cette campagne.</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>The figures above suggest: {decision}.</source>
        <translation>Les chiffres ci-dessus suggèrent : {decision}.</translation>
    </message>
    <message>
        <source>Decided on {date}.</source>
        <translation>Décision prise le {date}.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>For the project (pilot)</source>
        <translation>Pour le projet (pilote)</translation>
    </message>
    <message>
        <source>For the key users</source>
        <translation>Pour les utilisateurs clés</translation>
    </message>
    <message>
        <source>For the vendor</source>
        <translation>Pour l&apos;éditeur / l&apos;intégrateur</translation>
    </message>
    <message>
        <source>Date and signature:</source>
        <translation>Date et signature :</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <source>PV de recette: {campaign}</source>
        <translation>PV de recette : {campaign}</translation>
    </message>
    <message>
        <source>The figures propose: {decision} ({verdict})</source>
        <translation>Les chiffres proposent : {decision} ({verdict})</translation>
    </message>
    <message>
        <source>go</source>
        <translation>go</translation>
    </message>
    <message>
        <source>no-go</source>
        <translation>no-go</translation>
    </message>
    <message>
        <source>One reservation a line</source>
        <translation>Une réserve par ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add a signatory</source>
        <translation>Ajouter un signataire</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recording the decision closes the campaign; then choose where to save the PDF.</source>
        <translation>Enregistrer la décision clôture la campagne ; choisissez ensuite où enregistrer le PDF.</translation>
    </message>
    <message>
        <source>Sign off and save the PDF…</source>
        <translation>Prononcer et enregistrer le PDF…</translation>
    </message>
</context>
<context>
    <name>SprintChooser</name>
    <message>
        <source>{title} ({start} → {end}) · {status}</source>
        <translation>{title} ({start} → {end}) · {status}</translation>
    </message>
</context>
<context>
    <name>SprintDialog</name>
    <message>
        <source>Edit sprint {number}</source>
        <translation>Modifier le sprint {number}</translation>
    </message>
    <message>
        <source>New sprint {number}</source>
        <translation>Nouveau sprint {number}</translation>
    </message>
    <message>
        <source>A short name, e.g. the theme of the sprint</source>
        <translation>Un nom court, par exemple le thème du sprint</translation>
    </message>
    <message>
        <source>What the sprint delivers, in one or two sentences</source>
        <translation>Ce que le sprint livre, en une ou deux phrases</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>Average velocity of the last three sprints: {points} pts.</source>
        <translation>Vélocité moyenne des trois derniers sprints : {points} pts.</translation>
    </message>
    <message>
        <source>No velocity yet: it is known after two closed sprints.</source>
        <translation>Pas encore de vélocité : elle est connue après deux sprints clos.</translation>
    </message>
    <message>
        <source>The sprint is closed: only its name and goal can change.</source>
        <translation>Le sprint est clos : seuls son nom et son objectif peuvent changer.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
</context>
<context>
    <name>SprintStatus</name>
    <message>
        <source>planned</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
</context>
<context>
    <name>Sprints</name>
    <message>
        <source>Sprint {number}</source>
        <translation>Sprint {number}</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Sans lot</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
</context>
<context>
    <name>SprintsTab</name>
    <message>
        <source>The sprint the backlog, the board and the charts show</source>
        <translation>Le sprint que montrent le backlog, le tableau et les graphiques</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>New story…</source>
        <translation>Nouvelle user story…</translation>
    </message>
    <message>
        <source>Stories from needs…</source>
        <translation>User stories depuis les besoins…</translation>
    </message>
    <message>
        <source>New sprint…</source>
        <translation>Nouveau sprint…</translation>
    </message>
    <message>
        <source>Edit sprint…</source>
        <translation>Modifier le sprint…</translation>
    </message>
    <message>
        <source>Delete sprint</source>
        <translation>Supprimer le sprint</translation>
    </message>
    <message>
        <source>Start sprint</source>
        <translation>Démarrer le sprint</translation>
    </message>
    <message>
        <source>Close sprint…</source>
        <translation>Clore le sprint…</translation>
    </message>
    <message>
        <source>Columns &amp;&amp; WIP…</source>
        <translation>Colonnes et WIP…</translation>
    </message>
    <message>
        <source>New user story in the backlog (Ctrl+Shift+U)</source>
        <translation>Nouvelle user story dans le backlog (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <source>Propose one story per need and create them (Ctrl+Shift+B)</source>
        <translation>Proposer une user story par besoin et les créer (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>New sprint, after the last one (Ctrl+Shift+P)</source>
        <translation>Nouveau sprint, après le dernier (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Record the velocity and move the unfinished stories</source>
        <translation>Enregistrer la vélocité et déplacer les user stories non terminées</translation>
    </message>
    <message>
        <source>Rename, add and reorder the board&apos;s columns; set their WIP limits</source>
        <translation>Renommer, ajouter et réordonner les colonnes du tableau ; fixer leurs limites WIP</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>No sprint yet. Create the first one with “New sprint…” (Ctrl+Shift+P).</source>
        <translation>Aucun sprint pour l&apos;instant. Créez le premier avec « Nouveau sprint… » (Ctrl+Maj+P).</translation>
    </message>
    <message>
        <source>Day {day} of {days}</source>
        <translation>Jour {day} sur {days}</translation>
    </message>
    <message>
        <source>{points} pts committed</source>
        <translation>{points} pts engagés</translation>
    </message>
    <message>
        <source>{points}/{capacity} pts committed</source>
        <translation>{points}/{capacity} pts engagés</translation>
    </message>
    <message>
        <source>scope now {points} pts</source>
        <translation>périmètre actuel {points} pts</translation>
    </message>
    <message>
        <source>{points} pts done</source>
        <translation>{points} pts terminés</translation>
    </message>
    <message>
        <source>{points} pts to do</source>
        <translation>{points} pts restants</translation>
    </message>
    <message>
        <source>{n} stories</source>
        <translation>{n} user stories</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>au-delà de la capacité</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objectif : {goal}</translation>
    </message>
    <message>
        <source>Another sprint is active: close it first</source>
        <translation>Un autre sprint est en cours : clôturez-le d&apos;abord</translation>
    </message>
    <message>
        <source>Start the chosen sprint</source>
        <translation>Démarrer le sprint choisi</translation>
    </message>
    <message>
        <source>{n} stories in the backlog</source>
        <translation>{n} user stories dans le backlog</translation>
    </message>
    <message>
        <source>{sprint}: {done}/{scope} pts done</source>
        <translation>{sprint} : {done}/{scope} pts terminés</translation>
    </message>
    <message>
        <source>over the WIP limit: {columns}</source>
        <translation>limite WIP dépassée : {columns}</translation>
    </message>
    <message>
        <source>Reorder {refs}</source>
        <translation>Réordonner {refs}</translation>
    </message>
    <message>
        <source>Plan {refs} into sprint {number}</source>
        <translation>Planifier {refs} dans le sprint {number}</translation>
    </message>
    <message>
        <source>Put {refs} back in the backlog</source>
        <translation>Remettre {refs} dans le backlog</translation>
    </message>
    <message>
        <source>Move {refs} up</source>
        <translation>Monter {refs}</translation>
    </message>
    <message>
        <source>Move {refs} down</source>
        <translation>Descendre {refs}</translation>
    </message>
    <message>
        <source>Move {refs} to the top</source>
        <translation>Placer {refs} en tête</translation>
    </message>
    <message>
        <source>Move {refs} to the bottom</source>
        <translation>Placer {refs} en dernier</translation>
    </message>
    <message>
        <source>Move {ref} to {column}</source>
        <translation>Déplacer {ref} dans {column}</translation>
    </message>
    <message>
        <source>Reorder {ref} in {column}</source>
        <translation>Réordonner {ref} dans {column}</translation>
    </message>
    <message>
        <source>Add story</source>
        <translation>Ajouter une user story</translation>
    </message>
    <message>
        <source>Edit {ref}</source>
        <translation>Modifier {ref}</translation>
    </message>
    <message>
        <source>Delete stories</source>
        <translation>Supprimer des user stories</translation>
    </message>
    <message>
        <source>Delete {n} user story(ies) ({refs})? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer {n} user story(ies) ({refs}) ? Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {refs}</source>
        <translation>Supprimer {refs}</translation>
    </message>
    <message>
        <source>Create {n} story(ies) from needs</source>
        <translation>Créer {n} user story(ies) à partir des besoins</translation>
    </message>
    <message>
        <source>Create sprint {number}</source>
        <translation>Créer le sprint {number}</translation>
    </message>
    <message>
        <source>Edit sprint {number}</source>
        <translation>Modifier le sprint {number}</translation>
    </message>
    <message>
        <source>Delete a sprint</source>
        <translation>Supprimer un sprint</translation>
    </message>
    <message>
        <source>Delete sprint {number}? Its stories go back to the backlog. You can undo it with Ctrl+Z.</source>
        <translation>Supprimer le sprint {number} ? Ses user stories retournent dans le backlog. Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete sprint {number}</source>
        <translation>Supprimer le sprint {number}</translation>
    </message>
    <message>
        <source>Start sprint {number}</source>
        <translation>Démarrer le sprint {number}</translation>
    </message>
    <message>
        <source>Close sprint {number}</source>
        <translation>Clore le sprint {number}</translation>
    </message>
    <message>
        <source>Create lot {name}</source>
        <translation>Créer le lot {name}</translation>
    </message>
    <message>
        <source>Edit lot {name}</source>
        <translation>Modifier le lot {name}</translation>
    </message>
    <message>
        <source>Delete a lot</source>
        <translation>Supprimer un lot</translation>
    </message>
    <message>
        <source>Delete the lot {name}? Its {n} story(ies) stay, with no lot. You can undo it with Ctrl+Z.</source>
        <translation>Supprimer le lot {name} ? Ses {n} user story(ies) restent, sans lot. Vous pourrez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete lot {name}</source>
        <translation>Supprimer le lot {name}</translation>
    </message>
    <message>
        <source>Move lot {name}</source>
        <translation>Déplacer le lot {name}</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descen&amp;dre</translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <source>Edit {ref}</source>
        <translation>Modifier {ref}</translation>
    </message>
    <message>
        <source>New user story</source>
        <translation>Nouvelle user story</translation>
    </message>
    <message>
        <source>A short name for the story</source>
        <translation>Un nom court pour la user story</translation>
    </message>
    <message>
        <source>who: sales rep, sales assistant…</source>
        <translation>qui : commercial, assistante ADV…</translation>
    </message>
    <message>
        <source>what they want to do</source>
        <translation>ce qu&apos;il ou elle veut faire</translation>
    </message>
    <message>
        <source>the benefit it brings</source>
        <translation>le bénéfice attendu</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimée</translation>
    </message>
    <message>
        <source>Story points on the Fibonacci scale; above 21, split the story.</source>
        <translation>Points d&apos;effort sur l&apos;échelle de Fibonacci ; au-delà de 21, découpez la user story.</translation>
    </message>
    <message>
        <source>(no lot)</source>
        <translation>(sans lot)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non assignée)</translation>
    </message>
    <message>
        <source>One criterion per line: given …, when …, then …</source>
        <translation>Un critère par ligne : étant donné …, quand …, alors …</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;As a</source>
        <translation>En t&amp;ant que</translation>
    </message>
    <message>
        <source>I &amp;want</source>
        <translation>Je &amp;veux</translation>
    </message>
    <message>
        <source>&amp;So that</source>
        <translation>A&amp;fin de</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Points</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation>Assi&amp;gnée à</translation>
    </message>
    <message>
        <source>Acceptance &amp;criteria</source>
        <translation>&amp;Critères d&apos;acceptation</translation>
    </message>
    <message>
        <source>Linked &amp;needs</source>
        <translation>&amp;Besoins liés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create and next (Ctrl+Enter)</source>
        <translation>Créer et continuer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>As {who}, I want {what}, so that {why}.</source>
        <translation>En tant que {who}, je veux {what}, afin de {why}.</translation>
    </message>
    <message>
        <source>Type a title first.</source>
        <translation>Saisissez d&apos;abord un titre.</translation>
    </message>
    <message>
        <source>{n} story(ies) created. Next one:</source>
        <translation>{n} user story(ies) créée(s). La suivante :</translation>
    </message>
</context>
<context>
    <name>StoryKind</name>
    <message>
        <source>configuration</source>
        <translation>paramétrage</translation>
    </message>
    <message>
        <source>custom development</source>
        <translation>développement spécifique</translation>
    </message>
    <message>
        <source>data migration</source>
        <translation>reprise de données</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>StoryTable</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Place in the list: drag the row, or Alt+Up / Alt+Down</source>
        <translation>Place dans la liste : faites glisser la ligne, ou Alt+Haut / Alt+Bas</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Pts</source>
        <translation>Pts</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Non estimée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>As {who}, I want {what}, so that {why}.</source>
        <translation>En tant que {who}, je veux {what}, afin de {why}.</translation>
    </message>
</context>
<context>
    <name>TestCaseStatus</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>obsolete</source>
        <translation>obsolète</translation>
    </message>
</context>
<context>
    <name>TestPriority</name>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
</context>
<context>
    <name>TesterDialog</name>
    <message>
        <source>Assign tester</source>
        <translation>Affecter un testeur</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Tester of {n} cases:</source>
        <translation>Testeur de {n} cas :</translation>
    </message>
</context>
<context>
    <name>TestersReport</name>
    <message>
        <source>The file is an Excel workbook despite its name; it was read as one.</source>
        <translation>Le fichier est un classeur Excel malgré son nom ; il a été lu comme tel.</translation>
    </message>
    <message>
        <source>Row {row}: a result without a case reference.</source>
        <translation>Ligne {row} : un résultat sans référence de cas.</translation>
    </message>
    <message>
        <source>Row {row}: &quot;{value}&quot; is not a step number.</source>
        <translation>Ligne {row} : « {value} » n&apos;est pas un numéro d&apos;étape.</translation>
    </message>
    <message>
        <source>Row {row}: &quot;{value}&quot; is not a result; choose one from the list.</source>
        <translation>Ligne {row} : « {value} » n&apos;est pas un résultat ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Row {row}: &quot;{value}&quot; is not a date.</source>
        <translation>Ligne {row} : « {value} » n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Row {row}: the date {value} is in the future.</source>
        <translation>Ligne {row} : la date {value} est dans le futur.</translation>
    </message>
    <message>
        <source>Row {row}: {ref} step {step} is also on row {other}.</source>
        <translation>Ligne {row} : l&apos;étape {step} de {ref} est aussi en ligne {other}.</translation>
    </message>
    <message>
        <source>File: {name}, campaign &quot;{campaign}&quot; ({rows} rows read)</source>
        <translation>Fichier : {name}, campagne « {campaign} » ({rows} lignes lues)</translation>
    </message>
    <message>
        <source>Attempts to record: {count}</source>
        <translation>Passages à enregistrer : {count}</translation>
    </message>
    <message>
        <source>{result}: {count}</source>
        <translation>{result} : {count}</translation>
    </message>
    <message>
        <source>Invalid values: {count}; nothing can be imported until they are corrected:</source>
        <translation>Valeurs invalides : {count} ; rien ne peut être importé tant qu&apos;elles ne sont pas corrigées :</translation>
    </message>
    <message>
        <source>Conflicts: {count} cases have a result recorded in crmdesk after the export:</source>
        <translation>Conflits : {count} cas ont un résultat enregistré dans crmdesk après l&apos;export :</translation>
    </message>
    <message>
        <source>Row {row}: {ref}</source>
        <translation>Ligne {row} : {ref}</translation>
    </message>
    <message>
        <source>Rows ignored: {count}</source>
        <translation>Lignes ignorées : {count}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Remarque : {text}</translation>
    </message>
    <message>
        <source>Row {row}: {ref} is not a case of this campaign.</source>
        <translation>Ligne {row} : {ref} n&apos;est pas un cas de cette campagne.</translation>
    </message>
    <message>
        <source>Row {row}: {ref} has no step {step}.</source>
        <translation>Ligne {row} : {ref} n&apos;a pas d&apos;étape {step}.</translation>
    </message>
    <message>
        <source>Row {row}: {ref} has a comment but no result: nothing is recorded for it.</source>
        <translation>Ligne {row} : {ref} a un commentaire mais pas de résultat : rien n&apos;est enregistré pour ce cas.</translation>
    </message>
    <message>
        <source>Row {row}: {ref} cannot be passed while one of its steps failed or is blocked.</source>
        <translation>Ligne {row} : {ref} ne peut pas être OK si l&apos;une de ses étapes est KO ou bloquée.</translation>
    </message>
    <message>
        <source>Row {row}: &quot;{name}&quot; is not a person of the project.</source>
        <translation>Ligne {row} : « {name} » n&apos;est pas une personne du projet.</translation>
    </message>
    <message>
        <source>Row {row}: &quot;{name}&quot; is the name of several people of the project; type the full name.</source>
        <translation>Ligne {row} : « {name} » est le nom de plusieurs personnes du projet ; saisissez le nom complet.</translation>
    </message>
    <message>
        <source>{ref} has no date: it is recorded with today&apos;s date.</source>
        <translation>{ref} n&apos;a pas de date : il est enregistré à la date du jour.</translation>
    </message>
</context>
<context>
    <name>TestersWorkbook</name>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Préconditions</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>Résultat obtenu</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Testeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Result of the whole case</source>
        <translation>Résultat du cas entier</translation>
    </message>
    <message>
        <source>Needs verified: {refs}</source>
        <translation>Besoins vérifiés : {refs}</translation>
    </message>
    <message>
        <source>Test campaign: {campaign}</source>
        <translation>Campagne de recette : {campaign}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Testers</source>
        <translation>Testeurs</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>How to fill in</source>
        <translation>Comment remplir</translation>
    </message>
    <message>
        <source>1. On the sheet &quot;{sheet}&quot;, each test case starts with a row in bold (its step number is empty): it holds the result of the whole case. The rows below it are its steps.</source>
        <translation>1. Sur la feuille « {sheet} », chaque cas de test commence par une ligne en gras (son numéro d&apos;étape est vide) : elle porte le résultat du cas entier. Les lignes en dessous sont ses étapes.</translation>
    </message>
    <message>
        <source>2. Run each step as described in &quot;{action}&quot; and compare with &quot;{expected}&quot;; choose a value in the column &quot;{result}&quot; from the list.</source>
        <translation>2. Réalisez chaque étape comme décrit dans « {action} » et comparez avec « {expected} » ; choisissez une valeur de la liste dans la colonne « {result} ».</translation>
    </message>
    <message>
        <source>3. When a step fails, write what you saw in &quot;{actual}&quot;: it becomes the description of the defect.</source>
        <translation>3. Quand une étape est KO, décrivez ce que vous avez constaté dans « {actual} » : ce sera la description de l&apos;anomalie.</translation>
    </message>
    <message>
        <source>4. On the case row, give the result of the whole case (left empty, it is deduced from the steps), your name in &quot;{tester}&quot; and the date of the test.</source>
        <translation>4. Sur la ligne du cas, indiquez le résultat du cas entier (laissé vide, il est déduit des étapes), votre nom dans « {tester} » et la date du test.</translation>
    </message>
    <message>
        <source>5. Leave a case without any result if you did not run it. Do not change the references or step numbers, and keep the file as an Excel workbook (.xlsx).</source>
        <translation>5. Laissez sans résultat un cas que vous n&apos;avez pas passé. Ne modifiez ni les références ni les numéros d&apos;étape, et gardez le fichier au format classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The step or case behaves as expected.</source>
        <translation>L&apos;étape ou le cas se comporte comme attendu.</translation>
    </message>
    <message>
        <source>The result differs from what is expected: a defect.</source>
        <translation>Le résultat diffère de l&apos;attendu : une anomalie.</translation>
    </message>
    <message>
        <source>The test could not be run (missing data, environment down, an earlier defect).</source>
        <translation>Le test n&apos;a pas pu être passé (données manquantes, environnement indisponible, anomalie antérieure).</translation>
    </message>
    <message>
        <source>Not run this time.</source>
        <translation>Non passé cette fois.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Saisissez une date.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Out of the ranking: {reason}</source>
        <translation>Hors classement : {reason}</translation>
    </message>
    <message>
        <source>Rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <source>{group}: {points} points</source>
        <translation>{group} : {points} points</translation>
    </message>
    <message>
        <source>{count} criteria without a value count 0.</source>
        <translation>{count} critères sans valeur comptent 0.</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total pondéré</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Σ share × mark / 5, in % of the best possible; a cell without a value counts 0.</source>
        <translation>Σ part × note / 5, en % du maximum possible ; une case sans valeur compte 0.</translation>
    </message>
    <message>
        <source>Candidates out of the ranking show —; hover for the reason.</source>
        <translation>Les candidats hors classement affichent — ; survolez pour voir le motif.</translation>
    </message>
</context>
<context>
    <name>WorkshopModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Scoring workshop</source>
        <translation>Atelier de notation</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <source>0–5 score · Tab/Enter next evaluator · ↑↓ candidate · ←→ or PgUp/PgDn criterion · B blind entry · R reveal · C consensus · Delete clear · Ctrl+Z undo · Esc leave</source>
        <translation>0–5 noter · Tab/Entrée évaluateur suivant · ↑↓ candidat · ←→ ou Pg préc/Pg suiv critère · B notes cachées · R révéler · C consensus · Suppr effacer · Ctrl+Z annuler · Échap quitter</translation>
    </message>
    <message>
        <source>No criterion to score yet.</source>
        <translation>Aucun critère à noter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add criteria on the Criteria page and evaluators on the Evaluators page, then come back.</source>
        <translation>Ajoutez des critères dans la page Critères et des évaluateurs dans la page Évaluateurs, puis revenez ici.</translation>
    </message>
    <message>
        <source>{group} · weight {share} of the total</source>
        <translation>{group} · pondération : {share} du total</translation>
    </message>
    <message>
        <source>Knock-out: below {threshold}, the candidate is out.</source>
        <translation>Critère éliminatoire : sous {threshold}, le candidat est éliminé.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Acceptance criteria:</source>
        <translation>Critères d&apos;acceptation :</translation>
    </message>
    <message>
        <source>Scoring workshop — criterion {n} of {total}</source>
        <translation>Atelier de notation — critère {n} sur {total}</translation>
    </message>
    <message>
        <source>BLIND ENTRY — R reveals</source>
        <translation>NOTES CACHÉES — R pour révéler</translation>
    </message>
    <message>
        <source>Blind entry — revealed</source>
        <translation>Notes cachées — révélées</translation>
    </message>
    <message>
        <source>Open scoring — B for blind entry</source>
        <translation>Notes visibles — B pour les cacher</translation>
    </message>
    <message>
        <source>Add evaluators and candidates to score.</source>
        <translation>Ajoutez des évaluateurs et des candidats pour noter.</translation>
    </message>
    <message>
        <source>Turn of {evaluator} for {candidate}</source>
        <translation>Au tour de {evaluator} pour {candidate}</translation>
    </message>
    <message>
        <source>{entered} of {expected} scores entered for this criterion.</source>
        <translation>{entered} notes saisies sur {expected} pour ce critère.</translation>
    </message>
    <message>
        <source>Everyone has scored: R reveals the scores.</source>
        <translation>Tout le monde a noté : R révèle les notes.</translation>
    </message>
    <message>
        <source>Everyone has scored: → next criterion.</source>
        <translation>Tout le monde a noté : → critère suivant.</translation>
    </message>
    <message>
        <source>Disagreement on {names}: discuss, then C for a consensus.</source>
        <translation>Désaccord sur {names} : discutez, puis C pour une note de consensus.</translation>
    </message>
    <message>
        <source>Out of the ranking:</source>
        <translation>Hors classement :</translation>
    </message>
    <message>
        <source>Score {candidate} on {criterion}</source>
        <translation>Noter {candidate} sur {criterion}</translation>
    </message>
    <message>
        <source>Clear the score of {candidate} on {criterion}</source>
        <translation>Effacer la note de {candidate} sur {criterion}</translation>
    </message>
    <message>
        <source>Consensus on {candidate} for {criterion}</source>
        <translation>Consensus sur {candidate} pour {criterion}</translation>
    </message>
</context>
</TS>
