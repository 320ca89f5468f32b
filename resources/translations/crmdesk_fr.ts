<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
<context>
    <name>Commander</name>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
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
        <source>Unknown priority: {value}.</source>
        <translation>Priorité inconnue : {value}.</translation>
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
        <source>{name} is not a valid Excel workbook (it is damaged or was written by an incompatible program).</source>
        <translation>{name} n&apos;est pas un classeur Excel valide (il est endommagé ou a été écrit par un programme incompatible).</translation>
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
        <source>The project&apos;s frame is missing.</source>
        <translation>La fiche du projet est introuvable.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
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
        <source>Selection will hold the scoring matrix of vendors and integrators: candidates, weighted criteria, knock-outs, evaluators&apos; scores, vendor questionnaires and the ranking.</source>
        <translation>L&apos;onglet Sélection accueillera la grille de sélection des éditeurs et intégrateurs : candidats, critères pondérés, critères éliminatoires, notes des évaluateurs, questionnaires fournisseurs et classement.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Sprints will hold the backlog of user stories linked to the needs, the sprints, the board and the burndown.</source>
        <translation>L&apos;onglet Sprints accueillera le backlog des user stories liées aux besoins, les sprints, le tableau des tâches et le burndown.</translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>Acceptance will hold the test cases, the campaigns, the defects and the sign-off report of the recette.</source>
        <translation>L&apos;onglet Recette accueillera les cas de test, les campagnes, les anomalies et le PV de recette.</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
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
</TS>
