<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-FileCopyrightText: 2026 Veille developers -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<TS version="2.1" language="fr_FR">
<context>
    <name>EntitiesDialog</name>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Find a name or an alias…</source>
        <translation>Chercher un nom ou un alias…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Alias :</translation>
    </message>
    <message>
        <source>Add &amp;Alias…</source>
        <translation>&amp;Ajouter un alias…</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Retirer l’alias</translation>
    </message>
    <message>
        <source>The gazetteer, or the names the French tagger detected that nobody confirmed yet</source>
        <translation>Le répertoire d’entités, ou les noms que l’étiqueteur français a détectés et que personne n’a encore confirmés</translation>
    </message>
    <message>
        <source>in at least </source>
        <translation>dans au moins </translation>
    </message>
    <message>
        <source> articles</source>
        <translation> articles</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>The selected names join the gazetteer</source>
        <translation>Les noms sélectionnés entrent dans le répertoire d’entités</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>The selected names are never highlighted again</source>
        <translation>Les noms sélectionnés ne seront plus jamais surlignés</translation>
    </message>
    <message>
        <source>Accept All &amp;Shown…</source>
        <translation>Accepter &amp;tous ceux affichés…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Import a Table</source>
        <translation>Importer une table</translation>
    </message>
    <message>
        <source>Each row becomes one article. Choose the column that gives each field; the guess comes from the header. A row needs a title or a body.</source>
        <translation>Chaque ligne devient un article. Choisissez la colonne qui donne chaque champ ; la proposition vient de l’en-tête. Une ligne doit avoir un titre ou un corps.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Premières lignes :</translation>
    </message>
</context>
<context>
    <name>Veille::AddEntityCommand</name>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marquer « %1 » comme %2</translation>
    </message>
</context>
<context>
    <name>Veille::AliasCommand</name>
    <message>
        <source>Add “%1” as an alias of %2</source>
        <translation>Ajouter « %1 » comme alias de %2</translation>
    </message>
    <message>
        <source>Remove the alias “%1” of %2</source>
        <translation>Retirer l’alias « %1 » de %2</translation>
    </message>
</context>
<context>
    <name>Veille::AppTheme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>Veille::ArticleFilterBar</name>
    <message>
        <source>A year, a month or a day: 2025, 2025-05 or 2025-05-12</source>
        <translation>Une année, un mois ou un jour : 2025, 2025-05 ou 2025-05-12</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Only the articles of this agency</source>
        <translation>Seulement les articles de cette agence</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Only the articles with a bookmarked passage</source>
        <translation>Seulement les articles qui ont un passage en signet</translation>
    </message>
    <message>
        <source>Best First</source>
        <translation>Meilleurs d’abord</translation>
    </message>
    <message>
        <source>List the best matches of a search first; otherwise, the order of the column headers. A search matching more than %1 articles is listed by date.</source>
        <translation>Lister d’abord les meilleurs résultats d’une recherche ; sinon, l’ordre des en-têtes de colonnes. Une recherche qui trouve plus de %1 articles est listée par date.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2025, 2025-05 or 2025-05-12.</source>
        <translation>« %1 » n’est pas une date : écrivez 2025, 2025-05 ou 2025-05-12.</translation>
    </message>
    <message>
        <source>The first date comes after the second.</source>
        <translation>La première date vient après la seconde.</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Only the articles not read yet</source>
        <translation>Seulement les articles pas encore lus</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Étoilés</translation>
    </message>
    <message>
        <source>Only the starred articles</source>
        <translation>Seulement les articles étoilés</translation>
    </message>
    <message>
        <source>Wire copies: the same story printed by several sites, with another title or a paragraph more. One row per story, under its original or its newest copy, or every copy on its own row.</source>
        <translation>Reprises de dépêches : la même dépêche publiée par plusieurs sites, avec un autre titre ou un paragraphe de plus. Une ligne par dépêche, sous l’original ou sous la reprise la plus récente, ou chaque reprise sur sa propre ligne.</translation>
    </message>
    <message>
        <source>Copies grouped, original</source>
        <translation>Reprises groupées, original</translation>
    </message>
    <message>
        <source>Copies grouped, newest</source>
        <translation>Reprises groupées, la plus récente</translation>
    </message>
    <message>
        <source>Every copy</source>
        <translation>Chaque reprise</translation>
    </message>
</context>
<context>
    <name>Veille::ArticleListModel</name>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Updated since it was read</source>
        <translation>Mis à jour depuis sa lecture</translation>
    </message>
</context>
<context>
    <name>Veille::ArticleListPane</name>
    <message>
        <source>Show all articles again</source>
        <translation>Afficher de nouveau tous les articles</translation>
    </message>
</context>
<context>
    <name>Veille::ArticleParser</name>
    <message>
        <source>not a text file (binary content)</source>
        <translation>pas un fichier texte (contenu binaire)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>impossible date “%1” in the header line</source>
        <translation>date impossible « %1 » dans la ligne d’en-tête</translation>
    </message>
    <message>
        <source>neither a title nor a body</source>
        <translation>ni titre ni corps</translation>
    </message>
</context>
<context>
    <name>Veille::BackupCommand</name>
    <message>
        <source>Back up the user&apos;s data (passages, notes, labels, tags, gazetteer curation) now.</source>
        <translation>Sauvegarder maintenant les données de l&apos;utilisateur (passages, notes, étiquettes, mots-clés, révision du répertoire).</translation>
    </message>
    <message>
        <source>Where to write the backup; by default today&apos;s file in the backups folder beside the database, of which the 7 newest are kept.</source>
        <translation>Où écrire la sauvegarde ; par défaut le fichier du jour dans le dossier des sauvegardes à côté de la base, dont les 7 plus récents sont gardés.</translation>
    </message>
    <message>
        <source>backup: unexpected argument %1</source>
        <translation>backup : argument inattendu %1</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation>échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>sauvegardé dans %1</translation>
    </message>
</context>
<context>
    <name>Veille::BookmarksCommand</name>
    <message>
        <source>What to do, see above.</source>
        <translation>Que faire, voir ci-dessus.</translation>
    </message>
    <message>
        <source>The text to bookmark, as written in the article.</source>
        <translation>Le texte à marquer, tel qu’écrit dans l’article.</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1.</source>
        <translation>Quelle occurrence de la citation, à partir de 1.</translation>
    </message>
    <message>
        <source>First code point of the passage in the body.</source>
        <translation>Premier point de code du passage dans le texte.</translation>
    </message>
    <message>
        <source>Code point after the passage.</source>
        <translation>Point de code qui suit le passage.</translation>
    </message>
    <message>
        <source>A note on the passage.</source>
        <translation>Une note sur le passage.</translation>
    </message>
    <message>
        <source>A label, by name or number: evidence, question, follow up, important.</source>
        <translation>Une étiquette, par nom ou numéro : evidence (preuve), question, follow up (à suivre), important.</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Un mot-clé (répétable).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Only passages naming this entity (name, alias or id).</source>
        <translation>Seulement les passages qui nomment cette entité (nom, alias ou identifiant).</translation>
    </message>
    <message>
        <source>Only the passages of this article.</source>
        <translation>Seulement les passages de cet article.</translation>
    </message>
    <message>
        <source>Only passages in this state: anchored, moved or orphaned.</source>
        <translation>Seulement les passages dans cet état : anchored (ancré), moved (déplacé) ou orphaned (orphelin).</translation>
    </message>
    <message>
        <source>Export format: md, csv or jsonld.</source>
        <translation>Format d’export : md, csv ou jsonld.</translation>
    </message>
    <message>
        <source>Write the export to FILE instead of the standard output.</source>
        <translation>Écrire l’export dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>bookmarks: give a subcommand; see veille-cli bookmarks --help</source>
        <translation>bookmarks : indiquez une sous-commande ; voir veille-cli bookmarks --help</translation>
    </message>
    <message>
        <source>bookmarks: unknown subcommand “%1”</source>
        <translation>bookmarks : sous-commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>bookmarks add: give one ARTICLE_ID</source>
        <translation>bookmarks add : indiquez un ID_ARTICLE</translation>
    </message>
    <message>
        <source>bookmarks add: give either --quote or --start and --end</source>
        <translation>bookmarks add : indiquez soit --quote, soit --start et --end</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>aucun article %1</translation>
    </message>
    <message>
        <source>bookmarks add: --quote needs text and --occurrence a number from 1</source>
        <translation>bookmarks add : --quote demande un texte et --occurrence un nombre à partir de 1</translation>
    </message>
    <message>
        <source>“%1” occurs fewer than %2 times in article %3</source>
        <translation>« %1 » apparaît moins de %2 fois dans l’article %3</translation>
    </message>
    <message>
        <source>bookmarks add: --start and --end must be code points with start &lt; end ≤ %1</source>
        <translation>bookmarks add : --start et --end doivent être des points de code avec début &lt; fin ≤ %1</translation>
    </message>
    <message>
        <source>bookmarks add: unknown label “%1”</source>
        <translation>bookmarks add : étiquette « %1 » inconnue</translation>
    </message>
    <message>
        <source>no entity is named “%1”</source>
        <translation>aucune entité ne s’appelle « %1 »</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>étiquette « %1 » inconnue</translation>
    </message>
    <message>
        <source>--article needs an article id</source>
        <translation>--article demande un identifiant d’article</translation>
    </message>
    <message>
        <source>--state is anchored, moved or orphaned</source>
        <translation>--state vaut anchored, moved ou orphaned</translation>
    </message>
    <message>
        <source>bookmarks remove: give one passage ID</source>
        <translation>bookmarks remove : indiquez l’ID d’un passage</translation>
    </message>
    <message>
        <source>passage %1 moved to the trash</source>
        <translation>passage %1 mis à la corbeille</translation>
    </message>
    <message>
        <source>bookmarks export: --format is md, csv or jsonld</source>
        <translation>bookmarks export : --format vaut md, csv ou jsonld</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>bookmarks import: give one FILE.jsonld</source>
        <translation>bookmarks import : indiquez un FICHIER.jsonld</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for an annotation file</source>
        <translation>%1 est trop gros pour un fichier d’annotations</translation>
    </message>
    <message>
        <source>%1 passages added, %2 already there, %3 not imported</source>
        <translation>%1 passages ajoutés, %2 déjà présents, %3 non importés</translation>
    </message>
    <message>
        <source>“%1” is not in article %2</source>
        <translation>« %1 » n’est pas dans l’article %2</translation>
    </message>
    <message>
        <source>Bookmarked passages. Subcommands:
  add ARTICLE_ID (--quote TEXT [--occurrence N] | --start S --end E)
      [--note TEXT] [--label L] [--tag T]...   bookmark a passage (positions in code points)
  list [--json] [--entity X] [--tag T] [--label L] [--article ID] [--state anchored|moved|orphaned]
  remove ID                                     move a passage to the trash
  share ID | unshare ID                         let the team read one of your passages, or stop
                                                (on a team server)
  export --format md|csv|jsonld [--raw] [--out FILE] [filters as for list]
  import FILE.jsonld                            add passages from W3C Web Annotation JSON-LD</source>
        <translation>Passages en signet. Sous-commandes :
  add ID_ARTICLE (--quote TEXTE [--occurrence N] | --start D --end F)
      [--note TEXTE] [--label L] [--tag T]...  marquer un passage (positions en points de code)
  list [--json] [--entity X] [--tag T] [--label L] [--article ID] [--state anchored|moved|orphaned]
  remove ID                                     mettre un passage à la corbeille
  share ID | unshare ID                         partager l’un de vos passages avec l’équipe, ou cesser
                                                (sur un serveur d’équipe)
  export --format md|csv|jsonld [--raw] [--out FICHIER] [filtres comme pour list]
  import FICHIER.jsonld                         ajouter les passages d’un fichier W3C Web Annotation JSON-LD</translation>
    </message>
    <message>
        <source>bookmarks share: give one passage ID</source>
        <translation>bookmarks share : donnez un ID de passage</translation>
    </message>
    <message>
        <source>bookmarks unshare: give one passage ID</source>
        <translation>bookmarks unshare : donnez un ID de passage</translation>
    </message>
    <message>
        <source>sharing needs a team server: a local database has no team (see --server)</source>
        <translation>le partage demande un serveur d’équipe : une base locale n’a pas d’équipe (voir --server)</translation>
    </message>
    <message>
        <source>passage %1 shared with the team: the others may read it, not change it</source>
        <translation>passage %1 partagé avec l’équipe : les autres peuvent le lire, pas le modifier</translation>
    </message>
    <message>
        <source>passage %1 no longer shared: it is yours only</source>
        <translation>passage %1 plus partagé : il n’est qu’à vous</translation>
    </message>
</context>
<context>
    <name>Veille::ChangeListener</name>
    <message>
        <source>the server does not send notifications</source>
        <translation>le serveur n’envoie pas de notifications</translation>
    </message>
</context>
<context>
    <name>Veille::ColumnMapping</name>
    <message>
        <source>“%1” is not FIELD=COLUMN</source>
        <translation>« %1 » n’est pas de la forme CHAMP=COLONNE</translation>
    </message>
    <message>
        <source>unknown field “%1”; the fields are title, body, date, source and url</source>
        <translation>champ inconnu « %1 » ; les champs sont title, body, date, source et url</translation>
    </message>
    <message>
        <source>the field “%1” is mapped twice</source>
        <translation>le champ « %1 » est associé deux fois</translation>
    </message>
    <message>
        <source>the mapping is empty; write it as title=COLUMN,body=COLUMN,…</source>
        <translation>l’association est vide ; écrivez-la title=COLONNE,body=COLONNE,…</translation>
    </message>
    <message>
        <source>no column “%1” for the %2; the columns are: %3</source>
        <translation>pas de colonne « %1 » pour le champ %2 ; les colonnes sont : %3</translation>
    </message>
    <message>
        <source>no column for the title or the body (the columns are: %1); map one with title=COLUMN or body=COLUMN</source>
        <translation>aucune colonne pour le titre ou le corps (les colonnes sont : %1) ; associez-en une avec title=COLONNE ou body=COLONNE</translation>
    </message>
</context>
<context>
    <name>Veille::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Afficher l’aide de cette commande.</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d’ouvrir la base %1 : %2</translation>
    </message>
    <message>
        <source>Write CSV cells exactly as they are; by default a cell starting with =, +, -, @, a tab or a carriage return is prefixed with &apos; so that a spreadsheet does not run it as a formula.</source>
        <translation>Écrire les cellules CSV telles quelles ; par défaut, une cellule qui commence par =, +, -, @, une tabulation ou un retour chariot est précédée de &apos; pour qu’un tableur ne l’exécute pas comme une formule.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message numerus="yes">
        <source>+%n copies</source>
        <translation>
            <numerusform>+%n reprise</numerusform>
            <numerusform>+%n reprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. Password for %1: </source>
        <translation>Mot de passe refusé. Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>the server %1 asks for a password: put it in ~/.pgpass (a line host:port:database:user:password, readable by you only), or run veille-cli on a terminal to type it</source>
        <translation>le serveur %1 demande un mot de passe : mettez-le dans ~/.pgpass (une ligne hôte:port:base:utilisateur:mot de passe, lisible par vous seul), ou lancez veille-cli dans un terminal pour le taper</translation>
    </message>
</context>
<context>
    <name>Veille::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the database was written by a newer Veille (schema %1; this version knows %2)</source>
        <translation>la base a été écrite par une version plus récente de Veille (schéma %1 ; cette version connaît le %2)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file does not exist and its folder is not writable</source>
        <translation>le fichier n’existe pas et son dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql, or libqt5sql5-psql)</source>
        <translation>le pilote PostgreSQL de Qt n’est pas installé (Debian : libqt6sql6-psql, ou libqt5sql5-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseCheck</name>
    <message>
        <source>the check stopped before the end</source>
        <translation>la vérification s’est arrêtée avant la fin</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, et %n autre problème</numerusform>
            <numerusform>%1, et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is too large to check without a time limit</source>
        <translation>la base est trop grande pour être vérifiée sans limite de temps</translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseCheckNotice</name>
    <message>
        <source>The database is damaged: %1</source>
        <translation>La base est endommagée : %1</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2.

Imports into it will stop. To save what it holds, your passages first, quit Veille and run:

veille-cli --db &quot;%1&quot; doctor

It only reads the file, and writes a recovered copy beside it.</source>
        <translation>La base « %1 » est endommagée : %2.

Les importations y seront arrêtées. Pour sauver ce qu’elle contient, vos passages d’abord, quittez Veille et lancez :

veille-cli --db &quot;%1&quot; doctor

La commande ne fait que lire le fichier, et écrit à côté une copie récupérée.</translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseRecovery</name>
    <message>
        <source>%1 or its user data backup already exists; name a new file</source>
        <translation>%1 ou sa sauvegarde des données utilisateur existe déjà ; indiquez un nouveau fichier</translation>
    </message>
    <message>
        <source>the rows were saved, but finding the names in the articles failed: %1</source>
        <translation>les lignes ont été sauvées, mais la recherche des noms dans les articles a échoué : %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the user data backup: %1</source>
        <translation>impossible d’écrire la sauvegarde des données utilisateur : %1</translation>
    </message>
    <message>
        <source>importing the lost articles again failed: %1</source>
        <translation>la réimportation des articles perdus a échoué : %1</translation>
    </message>
    <message>
        <source>the rows were saved, but grouping the wire copies failed: %1</source>
        <translation>les lignes ont été sauvées, mais le regroupement des reprises a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseSalvage</name>
    <message>
        <source>nothing can be read from %1: %2</source>
        <translation>rien ne peut être lu dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Veille::DecideDetectedCommand</name>
    <message>
        <source>Accept “%1”</source>
        <translation>Accepter « %1 »</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Refuser « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n detected name(s)</source>
        <translation>
            <numerusform>Accepter %n nom détecté</numerusform>
            <numerusform>Accepter %n noms détectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n detected name(s)</source>
        <translation>
            <numerusform>Refuser %n nom détecté</numerusform>
            <numerusform>Refuser %n noms détectés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::DefaultGazetteer</name>
    <message>
        <source>the default gazetteer is not built into this program</source>
        <translation>le répertoire d’entités par défaut n’est pas intégré à ce programme</translation>
    </message>
    <message>
        <source>no countries: Debian&apos;s iso-codes package is not installed</source>
        <translation>aucun pays : le paquet Debian iso-codes n’est pas installé</translation>
    </message>
</context>
<context>
    <name>Veille::DelimitedReader</name>
    <message>
        <source>record longer than %1</source>
        <translation>enregistrement de plus de %1</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>plus de %1 champs</translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field opened on line %1 never closes</source>
        <translation>guillemet non fermé : le champ entre guillemets ouvert ligne %1 ne se ferme jamais</translation>
    </message>
    <message>
        <source>text after the closing quote on line %1 (a quote inside a quoted field must be doubled)</source>
        <translation>du texte après le guillemet fermant ligne %1 (un guillemet dans un champ entre guillemets doit être doublé)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>the header row (line %1) cannot be read: %2</source>
        <translation>la ligne d’en-tête (ligne %1) est illisible : %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>stopped after %1 malformed records in a row; is this really a %2 file?</source>
        <translation>arrêt après %1 enregistrements mal formés d’affilée ; est-ce vraiment un fichier %2 ?</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l’en-tête en a %2</translation>
    </message>
    <message>
        <source>binary content in a field</source>
        <translation>contenu binaire dans un champ</translation>
    </message>
</context>
<context>
    <name>Veille::DigestCommand</name>
    <message>
        <source>Write each watch&apos;s new articles (title, date, source, snippet, entities) as Markdown or HTML.</source>
        <translation>Écrire les nouveaux articles de chaque veille (titre, date, source, extrait, entités) en Markdown ou en HTML.</translation>
    </message>
    <message>
        <source>Articles imported or updated since DATE (2026-12-05 or 2026-12-05T08:00); by default, the last 24 hours.</source>
        <translation>Les articles importés ou mis à jour depuis DATE (2026-12-05 ou 2026-12-05T08:00) ; par défaut, les dernières 24 heures.</translation>
    </message>
    <message>
        <source>The unread articles, whenever imported.</source>
        <translation>Les articles non lus, quelle que soit leur date d’import.</translation>
    </message>
    <message>
        <source>md (default) or html: one self-contained page.</source>
        <translation>md (par défaut) ou html : une page autonome.</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Écrire dans FILE plutôt que sur la sortie standard.</translation>
    </message>
    <message>
        <source>digest: unexpected argument %1</source>
        <translation>digest : argument inattendu %1</translation>
    </message>
    <message>
        <source>digest: give --since or --unread, not both</source>
        <translation>digest : donnez --since ou --unread, pas les deux</translation>
    </message>
    <message>
        <source>digest: the format is md or html</source>
        <translation>digest : le format est md ou html</translation>
    </message>
    <message>
        <source>digest: “%1” is not a date like 2026-12-05</source>
        <translation>digest : « %1 » n’est pas une date comme 2026-12-05</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Veille::DigestDialog</name>
    <message>
        <source>Export Digest</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <source>Articles imported since</source>
        <translation>Articles importés depuis</translation>
    </message>
    <message>
        <source>Unread articles</source>
        <translation>Articles non lus</translation>
    </message>
    <message>
        <source>HTML (one page, for mail or print)</source>
        <translation>HTML (une page, pour un courriel ou l’impression)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>veille-digest-%1.html</source>
        <translation>veille-resume-%1.html</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>New articles:</source>
        <translation>Nouveaux articles :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Veille::DigestWriter</name>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Veille digest, %1</source>
        <translation>Résumé Veille, %1</translation>
    </message>
    <message>
        <source>Unread articles</source>
        <translation>Articles non lus</translation>
    </message>
    <message>
        <source>Articles imported or updated since %1</source>
        <translation>Articles importés ou mis à jour depuis le %1</translation>
    </message>
    <message>
        <source>Every article</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>, for each watch.</source>
        <translation>, pour chaque veille.</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles, the %1 newest below</source>
        <translation>
            <numerusform>%n nouvel article, les %1 plus récents ci-dessous</numerusform>
            <numerusform>%n nouveaux articles, les %1 plus récents ci-dessous</numerusform>
        </translation>
    </message>
    <message>
        <source>1 new article</source>
        <translation>1 nouvel article</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Named: %1</source>
        <translation>Nommés : %1</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Rien de nouveau.</translation>
    </message>
</context>
<context>
    <name>Veille::DoctorCommand</name>
    <message>
        <source>Check the database file for damage; when there is some, write a recovered copy beside it, the user&apos;s work first, and say what was saved. The file itself is only read.</source>
        <translation>Vérifier si le fichier de la base est endommagé ; s’il l’est, écrire à côté une copie récupérée, le travail de l’utilisateur d’abord, et dire ce qui a été sauvé. Le fichier lui-même est seulement lu.</translation>
    </message>
    <message>
        <source>Where to write the recovered copy; by default NAME-recovered.sqlite beside the database. It must not exist yet.</source>
        <translation>Où écrire la copie récupérée ; par défaut NOM-recovered.sqlite à côté de la base. Elle ne doit pas encore exister.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Write the recovered copy even when no damage is found.</source>
        <translation>Écrire la copie récupérée même si aucun dommage n’est trouvé.</translation>
    </message>
    <message>
        <source>Also import again the folders the readable articles came from, to bring back articles lost with the damage (new files there come in too).</source>
        <translation>Réimporter aussi les dossiers d’où viennent les articles lisibles, pour retrouver les articles perdus avec les dommages (les nouveaux fichiers de ces dossiers entrent aussi).</translation>
    </message>
    <message>
        <source>doctor: unexpected argument %1</source>
        <translation>doctor : argument inattendu %1</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 n’est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>recovery failed: %1</source>
        <translation>échec de la récupération : %1</translation>
    </message>
    <message>
        <source>%1: no damage found</source>
        <translation>%1 : aucun dommage trouvé</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 est endommagé :</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 ne peut pas être vérifié : %2</translation>
    </message>
    <message>
        <source>recovered copy written to %1</source>
        <translation>copie récupérée écrite dans %1</translation>
    </message>
    <message>
        <source>rows read, table by table (the user&apos;s work first):</source>
        <translation>lignes lues, table par table (le travail de l’utilisateur d’abord) :</translation>
    </message>
    <message numerus="yes">
        <source>(%n damaged read(s): the rows there are lost)</source>
        <translation>
            <numerusform>(%n lecture endommagée : les lignes à cet endroit sont perdues)</numerusform>
            <numerusform>(%n lectures endommagées : les lignes à ces endroits sont perdues)</numerusform>
        </translation>
    </message>
    <message>
        <source>the user&apos;s work as read is also in %1</source>
        <translation>le travail de l’utilisateur, tel que lu, est aussi dans %1</translation>
    </message>
    <message numerus="yes">
        <source>imported again: %n file(s) or folder(s), which brought back %1 article(s)</source>
        <translation>
            <numerusform>réimporté : %n fichier ou dossier, qui a ramené %1 article(s)</numerusform>
            <numerusform>réimportés : %n fichiers ou dossiers, qui ont ramené %1 article(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>names found again in %n article(s)</source>
        <translation>
            <numerusform>noms retrouvés dans %n article</numerusform>
            <numerusform>noms retrouvés dans %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>the recovered copy has no damage; open it with: veille --db %1</source>
        <translation>la copie récupérée n’a aucun dommage ; ouvrez-la avec : veille --db %1</translation>
    </message>
    <message>
        <source>the recovered copy is not sound either: %1</source>
        <translation>la copie récupérée n’est pas saine non plus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) whose article is lost are kept only in the user data backup; import these files again, then run: veille-cli --db %1 restore %2</source>
        <translation>
            <numerusform>%n passage dont l’article est perdu n’est gardé que dans la sauvegarde des données utilisateur ; importez de nouveau ces fichiers, puis lancez : veille-cli --db %1 restore %2</numerusform>
            <numerusform>%n passages dont l’article est perdu ne sont gardés que dans la sauvegarde des données utilisateur ; importez de nouveau ces fichiers, puis lancez : veille-cli --db %1 restore %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest automatic backup of the user&apos;s work is %1; restore it into a new database with: veille-cli --db NEW restore %1</source>
        <translation>la sauvegarde automatique la plus récente du travail de l’utilisateur est %1 ; restaurez-la dans une nouvelle base avec : veille-cli --db NOUVELLE restore %1</translation>
    </message>
</context>
<context>
    <name>Veille::EditEntityCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>Faire de %1 un(e) %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 avec %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>Veille::EntitiesCommand</name>
    <message>
        <source>What to do, see above.</source>
        <translation>Ce qu’il faut faire, voir ci-dessus.</translation>
    </message>
    <message>
        <source>The entity type: Company, Organisation, Person, Role, Place, or a new one.</source>
        <translation>Le type d’entité : Company, Organisation, Person, Role, Place, ou un nouveau.</translation>
    </message>
    <message>
        <source>Another name for the entity (repeatable).</source>
        <translation>Un autre nom de l’entité (répétable).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Export format: csv or ksyntax.</source>
        <translation>Format d’export : csv ou ksyntax.</translation>
    </message>
    <message>
        <source>entities: give a subcommand; see veille-cli entities --help</source>
        <translation>entities : indiquez une sous-commande ; voir veille-cli entities --help</translation>
    </message>
    <message>
        <source>entities add: give one NAME and --type</source>
        <translation>entities add : indiquez un NOM et --type</translation>
    </message>
    <message>
        <source>entities: unknown subcommand “%1”</source>
        <translation>entities : sous-commande inconnue « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>entities add: --type is required</source>
        <translation>entities add : --type est obligatoire</translation>
    </message>
    <message>
        <source>entities alias: give an entity ID and an ALIAS</source>
        <translation>entities alias : indiquez l’ID d’une entité et un ALIAS</translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation>aucune entité avec l’identifiant %1</translation>
    </message>
    <message>
        <source>entities merge: give KEEP_ID and GONE_ID</source>
        <translation>entities merge : indiquez KEEP_ID et GONE_ID</translation>
    </message>
    <message>
        <source>entities suppress: give the TEXT never to highlight</source>
        <translation>entities suppress : indiquez le TEXTE à ne jamais surligner</translation>
    </message>
    <message>
        <source>entities import: give one CSV file</source>
        <translation>entities import : indiquez un fichier CSV</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translation>
            <numerusform>%n entité ajoutée</numerusform>
            <numerusform>%n entités ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines failed</source>
        <translation>
            <numerusform>%n ligne en échec</numerusform>
            <numerusform>%n lignes en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>entities export: --format is csv or ksyntax</source>
        <translation>entities export : --format vaut csv ou ksyntax</translation>
    </message>
    <message>
        <source>the names changed, but finding them again failed: %1</source>
        <translation>les noms ont changé, mais leur recherche a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) indexed again</source>
        <translation>
            <numerusform>%n article réindexé</numerusform>
            <numerusform>%n articles réindexés</numerusform>
        </translation>
    </message>
    <message>
        <source>List confirmed or detected entities.</source>
        <translation>Lister les entités confirmées ou détectées.</translation>
    </message>
    <message>
        <source>entities list: --status is detected or confirmed</source>
        <translation>entities list : --status vaut detected ou confirmed</translation>
    </message>
    <message>
        <source>entities accept|reject: give one entity ID</source>
        <translation>entities accept|reject : donnez un ID d’entité</translation>
    </message>
    <message>
        <source>entities: no entity %1</source>
        <translation>entities : aucune entité %1</translation>
    </message>
    <message>
        <source>Manage the gazetteer. Subcommands:
  list [--type T] [--status S] [--json] entities with their aliases, articles and mentions;
                                      S: confirmed (the gazetteer, the default) or detected
  accept ID | reject ID               confirm a detected entity, or suppress its name
  add NAME --type T [--alias A]...    add an entity
  alias ID ALIAS                      add an alias to entity ID
  merge KEEP_ID GONE_ID               merge GONE_ID into KEEP_ID
  suppress TEXT                       never highlight TEXT
  import FILE.csv                     add entities from a CSV with header name,type,aliases (aliases split by |)
  export --format csv|ksyntax [--raw] write the gazetteer as CSV or as a Kate syntax definition
  suggestions [--json]                typo variants of known names (&quot;Qualcom&quot;), with their articles</source>
        <translation>Gérer le répertoire d’entités. Sous-commandes :
  list [--type T] [--status S] [--json] les entités avec leurs alias, articles et mentions ;
                                      S : confirmed (le répertoire, par défaut) ou detected
  accept ID | reject ID               confirmer une entité détectée, ou supprimer son nom
  add NAME --type T [--alias A]...    ajouter une entité
  alias ID ALIAS                      ajouter un alias à l’entité ID
  merge KEEP_ID GONE_ID               fusionner GONE_ID dans KEEP_ID
  suppress TEXT                       ne jamais surligner TEXT
  import FILE.csv                     ajouter les entités d’un CSV d’en-tête name,type,aliases (alias séparés par |)
  export --format csv|ksyntax [--raw] écrire le répertoire en CSV ou en définition syntaxique Kate
  suggestions [--json]                les variantes mal orthographiées de noms connus (« Qualcom »), avec leurs articles</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::EntitiesDialog</name>
    <message>
        <source>  (exact case)</source>
        <translation>  (casse exacte)</translation>
    </message>
    <message>
        <source>  (exact accents)</source>
        <translation>  (accents exacts)</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Nouvelle entité</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Type of %1:</source>
        <translation>Type de %1 :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nouveau nom de %1 :</translation>
    </message>
    <message>
        <source>Add an Alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Another name for %1 (start with = for an exact match):</source>
        <translation>Un autre nom de %1 (commencez par = pour une correspondance exacte) :</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Retirer l’alias</translation>
    </message>
    <message>
        <source>The name itself cannot be removed; rename the entity instead.</source>
        <translation>Le nom lui-même ne peut pas être retiré ; renommez plutôt l’entité.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Fusionner %1 avec :</translation>
    </message>
    <message>
        <source>Gazetteer</source>
        <translation>Répertoire d’entités</translation>
    </message>
    <message>
        <source>Detected names</source>
        <translation>Noms détectés</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Accept All Shown</source>
        <translation>Accepter tous ceux affichés</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n detected name(s) shown to the gazetteer? They will be highlighted in every article that names them.</source>
        <translation>
            <numerusform>Ajouter au répertoire d’entités le nom détecté affiché ? Il sera surligné dans chaque article qui le cite.</numerusform>
            <numerusform>Ajouter au répertoire d’entités les %n noms détectés affichés ? Ils seront surlignés dans chaque article qui les cite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
</context>
<context>
    <name>Veille::EntityActions</name>
    <message>
        <source>&amp;Entities…</source>
        <translation>&amp;Entités…</translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation>Accepter « %1 » comme %2</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Refuser « %1 »</translation>
    </message>
    <message>
        <source>Show Every Article Naming %1</source>
        <translation>Afficher tous les articles qui citent %1</translation>
    </message>
    <message>
        <source>Not an Entity Here</source>
        <translation>Pas une entité ici</translation>
    </message>
    <message>
        <source>Never Highlight “%1”</source>
        <translation>Ne jamais surligner « %1 »</translation>
    </message>
    <message>
        <source>Mark “%1” as</source>
        <translation>Marquer « %1 » comme</translation>
    </message>
    <message>
        <source>Add “%1” as an Alias of…</source>
        <translation>Ajouter « %1 » comme alias de…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add an Alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>“%1” is another name for:</source>
        <translation>« %1 » est un autre nom de :</translation>
    </message>
</context>
<context>
    <name>Veille::EntityPanel</name>
    <message>
        <source>Click a name to list every article that mentions it.</source>
        <translation>Cliquez sur un nom pour lister tous les articles qui le citent.</translation>
    </message>
    <message>
        <source>In this article</source>
        <translation>Dans cet article</translation>
    </message>
    <message>
        <source>%1 — %2: list every article that mentions it</source>
        <translation>%1 — %2 : lister tous les articles qui le citent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No known names in this article.</source>
        <translation>Aucun nom connu dans cet article.</translation>
    </message>
    <message>
        <source>Named with %1</source>
        <translation>Cité avec %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Suggestions (%1)</translation>
    </message>
    <message>
        <source>Accept: add “%1” to the gazetteer as %2</source>
        <translation>Accepter : ajouter « %1 » au répertoire comme %2</translation>
    </message>
    <message>
        <source>Reject: never suggest “%1” again</source>
        <translation>Refuser : ne plus jamais suggérer « %1 »</translation>
    </message>
    <message>
        <source>Named with %1: nobody else</source>
        <translation>Cité avec %1 : personne d’autre</translation>
    </message>
    <message>
        <source>(in the newest %1 articles)</source>
        <translation>(dans les %1 articles les plus récents)</translation>
    </message>
    <message>
        <source>Detected by the French name tagger or a rule, not in the gazetteer yet.</source>
        <translation>Détecté par l’étiqueteur de noms français ou par une règle, pas encore dans le répertoire.</translation>
    </message>
    <message>
        <source>Reject: never highlight “%1” again</source>
        <translation>Refuser : ne plus jamais surligner « %1 »</translation>
    </message>
    <message>
        <source>Accept: add “%1” as an alias of %2</source>
        <translation>Accepter : ajouter « %1 » comme alias de %2</translation>
    </message>
</context>
<context>
    <name>Veille::EntityRules</name>
    <message>
        <source>role after a name</source>
        <translation>fonction après un nom</translation>
    </message>
    <message>
        <source>role before a name</source>
        <translation>fonction avant un nom</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>civilité</translation>
    </message>
    <message>
        <source>initial before a name</source>
        <translation>initiale avant un nom</translation>
    </message>
    <message>
        <source>organisation cue “%1”</source>
        <translation>indice d’organisation « %1 »</translation>
    </message>
    <message>
        <source>company suffix “%1”</source>
        <translation>suffixe de société « %1 »</translation>
    </message>
    <message>
        <source>close to “%1”</source>
        <translation>proche de « %1 »</translation>
    </message>
</context>
<context>
    <name>Veille::EntityStore</name>
    <message>
        <source>an entity needs a name</source>
        <translation>une entité doit avoir un nom</translation>
    </message>
    <message>
        <source>merge needs two different entities that exist</source>
        <translation>la fusion demande deux entités différentes qui existent</translation>
    </message>
</context>
<context>
    <name>Veille::EntityType</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>Veille::ExcludeSpanCommand</name>
    <message>
        <source>“%1” is not an entity here</source>
        <translation>« %1 » n’est pas une entité ici</translation>
    </message>
</context>
<context>
    <name>Veille::FeedActions</name>
    <message>
        <source>Subscribe to &amp;Feed…</source>
        <translation>S’abonner à un &amp;flux…</translation>
    </message>
    <message>
        <source>Follow an RSS or Atom feed: its items become articles</source>
        <translation>Suivre un flux RSS ou Atom : ses éléments deviennent des articles</translation>
    </message>
    <message>
        <source>F&amp;eeds…</source>
        <translation>F&amp;lux…</translation>
    </message>
    <message>
        <source>The feeds you follow, their last fetch and their errors</source>
        <translation>Les flux suivis, leur dernière récupération et leurs erreurs</translation>
    </message>
    <message>
        <source>Subscribe to Feed</source>
        <translation>S’abonner à un flux</translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed:</source>
        <translation>Adresse d’un flux RSS ou Atom :</translation>
    </message>
</context>
<context>
    <name>Veille::FeedFetch</name>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the response is larger than %1</source>
        <translation>la réponse dépasse %1</translation>
    </message>
    <message>
        <source>redirected to an address that is not http or https</source>
        <translation>redirigé vers une adresse qui n’est ni http ni https</translation>
    </message>
    <message>
        <source>redirect loop: %1 was visited already</source>
        <translation>boucle de redirections : %1 a déjà été visitée</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>trop de redirections (plus de %1)</translation>
    </message>
    <message>
        <source>HTTP %1: the server asks to wait until %2</source>
        <translation>HTTP %1 : le serveur demande d’attendre jusqu’à %2</translation>
    </message>
    <message>
        <source>HTTP %1: the server is busy</source>
        <translation>HTTP %1 : le serveur est occupé</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>Veille::FeedParser</name>
    <message>
        <source>neither an RSS 2.0 nor an Atom 1.0 feed</source>
        <translation>ni un flux RSS 2.0 ni un flux Atom 1.0</translation>
    </message>
    <message>
        <source>the feed declares entities (a DTD), which Veille refuses</source>
        <translation>le flux déclare des entités (une DTD), ce que Veille refuse</translation>
    </message>
    <message>
        <source>not a well-formed XML document: %1 (line %2)</source>
        <translation>pas un document XML bien formé : %1 (ligne %2)</translation>
    </message>
    <message>
        <source>the feed is larger than %1</source>
        <translation>le flux dépasse %1</translation>
    </message>
</context>
<context>
    <name>Veille::FeedStore</name>
    <message>
        <source>not an http:// or https:// address: %1</source>
        <translation>pas une adresse http:// ou https:// : %1</translation>
    </message>
</context>
<context>
    <name>Veille::FeedsCommand</name>
    <message>
        <source>RSS and Atom feeds, whose items Veille imports as articles:
  add URL              subscribe to the feed at URL
  remove URL           unsubscribe (its articles stay)
  list [--json]        the feeds, their last fetch, status and error
  refresh [URL...]     fetch now (every feed, or those named) and import their items
  import-opml FILE     subscribe to the feeds of an OPML file
  export-opml [--out FILE]  write the feeds as OPML (to standard output by default)</source>
        <translation>Flux RSS et Atom, dont Veille importe les éléments comme articles :
  add URL              s’abonner au flux à l’adresse URL
  remove URL           se désabonner (ses articles restent)
  list [--json]        les flux, leur dernière récupération, leur état et leur erreur
  refresh [URL...]     récupérer maintenant (tous les flux, ou ceux nommés) et importer leurs éléments
  import-opml FILE     s’abonner aux flux d’un fichier OPML
  export-opml [--out FILE]  écrire les flux en OPML (sur la sortie standard par défaut)</translation>
    </message>
    <message>
        <source>What to do, see above.</source>
        <translation>Que faire, voir ci-dessus.</translation>
    </message>
    <message>
        <source>list: write JSON.</source>
        <translation>list : écrire du JSON.</translation>
    </message>
    <message>
        <source>export-opml: write to FILE.</source>
        <translation>export-opml : écrire dans FILE.</translation>
    </message>
    <message>
        <source>feeds: give a subcommand; see veille-cli feeds --help</source>
        <translation>feeds : indiquez une sous-commande ; voir veille-cli feeds --help</translation>
    </message>
    <message>
        <source>feeds: unknown subcommand “%1”</source>
        <translation>feeds : sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>feeds %1: wrong number of arguments; see veille-cli feeds --help</source>
        <translation>feeds %1 : mauvais nombre d’arguments ; voir veille-cli feeds --help</translation>
    </message>
    <message>
        <source>feeds %1: %2</source>
        <translation>feeds %1 : %2</translation>
    </message>
    <message>
        <source>subscribed to %1</source>
        <translation>abonné à %1</translation>
    </message>
    <message>
        <source>already subscribed to %1</source>
        <translation>déjà abonné à %1</translation>
    </message>
    <message>
        <source>feeds remove: not subscribed to %1</source>
        <translation>feeds remove : pas d’abonnement à %1</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>jamais récupéré</translation>
    </message>
    <message>
        <source>feeds refresh: not subscribed to %1</source>
        <translation>feeds refresh : pas d’abonnement à %1</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>échec : %1 : %2</translation>
    </message>
    <message>
        <source>feeds import-opml: %1</source>
        <translation>feeds import-opml : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscribed</source>
        <translation>
            <numerusform>%n abonnement ajouté</numerusform>
            <numerusform>%n abonnements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n déjà abonné</numerusform>
            <numerusform>%n déjà abonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>feeds export-opml: cannot write %1: %2</source>
        <translation>feeds export-opml : impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Veille::FeedsDialog</name>
    <message>
        <source>Not fetched yet</source>
        <translation>Pas encore récupéré</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, nothing new</source>
        <translation>OK, rien de nouveau</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last Fetch</source>
        <translation>Dernière récupération</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>&amp;S’abonner…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Sup&amp;primer</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importer OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exporter OPML…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Remove Feeds</source>
        <translation>Supprimer des flux</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n feed(s)? Their articles stay in the database.</source>
        <translation>
            <numerusform>Se désabonner de %n flux ? Ses articles restent dans la base.</numerusform>
            <numerusform>Se désabonner de %n flux ? Leurs articles restent dans la base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) subscribed</source>
        <translation>
            <numerusform>%n flux ajouté</numerusform>
            <numerusform>%n flux ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n déjà abonné</numerusform>
            <numerusform>%n déjà abonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exporter OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Fichiers OPML (*.opml)</translation>
    </message>
</context>
<context>
    <name>Veille::FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>Chercher dans l’article</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Veille::GazetteerFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>du texte après le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <source>a quote inside a field that is not quoted</source>
        <translation>un guillemet dans un champ qui n’est pas entre guillemets</translation>
    </message>
    <message>
        <source>the first line must be the header, with the columns “type”, “name” and “aliases”</source>
        <translation>la première ligne doit être l’en-tête, avec les colonnes « type », « name » et « aliases »</translation>
    </message>
    <message>
        <source>more columns than the header has</source>
        <translation>plus de colonnes que l’en-tête</translation>
    </message>
    <message>
        <source>the type is empty</source>
        <translation>le type est vide</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the alias “%1” is empty</source>
        <translation>l’alias « %1 » est vide</translation>
    </message>
    <message>
        <source>the file is too large for a gazetteer</source>
        <translation>le fichier est trop gros pour un répertoire d’entités</translation>
    </message>
    <message>
        <source>not a text file (binary content)</source>
        <translation>pas un fichier texte (contenu binaire)</translation>
    </message>
</context>
<context>
    <name>Veille::HelpDialog</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Next / previous article, in the list</source>
        <translation>Article suivant / précédent, dans la liste</translation>
    </message>
    <message>
        <source>Clear the search; close the find bar</source>
        <translation>Efface la recherche ; ferme la barre de recherche dans l’article</translation>
    </message>
    <message>
        <source>Next / previous match, in the find bar</source>
        <translation>Occurrence suivante / précédente, dans la barre de recherche dans l’article</translation>
    </message>
    <message>
        <source>Save the passage, in the passage editor</source>
        <translation>Enregistre le passage, dans l’éditeur de passage</translation>
    </message>
</context>
<context>
    <name>Veille::ImportCommand</name>
    <message>
        <source>Import article files, or folders of them (recursively), into the database.</source>
        <translation>Importer des fichiers d’articles, ou des dossiers (récursivement), dans la base.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>import: give at least one file or folder</source>
        <translation>import : indiquez au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>échec : %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>import stopped: %1</source>
        <translation>import interrompu : %1</translation>
    </message>
    <message>
        <source>Read every file as a table in FORMAT: csv, tsv or jsonl (by default, the extension decides: .csv, .tsv, .jsonl).</source>
        <translation>Lire chaque fichier comme une table au FORMAT csv, tsv ou jsonl (par défaut, l’extension décide : .csv, .tsv, .jsonl).</translation>
    </message>
    <message>
        <source>Which column gives each field of a table, e.g. title=headline,body=text; the fields are title, body, date, source and url. Fields not named are guessed from the header; &quot;date=&quot; means no column.</source>
        <translation>Quelle colonne donne chaque champ d’une table, par exemple title=headline,body=text ; les champs sont title, body, date, source et url. Les champs non nommés sont devinés d’après l’en-tête ; « date= » signifie aucune colonne.</translation>
    </message>
    <message>
        <source>import: unknown format “%1”; use csv, tsv or jsonl</source>
        <translation>import : format inconnu « %1 » ; utilisez csv, tsv ou jsonl</translation>
    </message>
    <message>
        <source>import: bad --map: %1</source>
        <translation>import : --map incorrect : %1</translation>
    </message>
    <message>
        <source>waiting for another import…</source>
        <translation>attente d’une autre importation…</translation>
    </message>
    <message>
        <source>Write in batches of up to 4 seconds instead of a quarter of a second: faster for a large import, but a window open on the same database waits up to 4 seconds to save anything.</source>
        <translation>Écrire par lots de 4 secondes au plus au lieu d’un quart de seconde : plus rapide pour une grosse importation, mais une fenêtre ouverte sur la même base attend jusqu’à 4 secondes pour enregistrer quoi que ce soit.</translation>
    </message>
</context>
<context>
    <name>Veille::ImportSummaryDialog</name>
    <message>
        <source>The import stopped: %1.</source>
        <translation>L’import s’est arrêté : %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; the files imported so far are kept.</source>
        <translation>L’import a été annulé ; les fichiers déjà importés sont conservés.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::Importer</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>file too large (%1; the limit is %2)</source>
        <translation>fichier trop volumineux (%1 ; la limite est de %2)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>file too large (the limit is %1)</source>
        <translation>fichier trop volumineux (la limite est de %1)</translation>
    </message>
    <message>
        <source>no rows under the header</source>
        <translation>aucune ligne sous l’en-tête</translation>
    </message>
    <message>
        <source>folder cannot be read</source>
        <translation>dossier illisible</translation>
    </message>
    <message>
        <source>symbolic link to nothing</source>
        <translation>lien symbolique vers rien</translation>
    </message>
</context>
<context>
    <name>Veille::JobProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop now; what is done so far is kept</source>
        <translation>Arrêter maintenant ; le travail déjà fait est conservé</translation>
    </message>
    <message>
        <source>%1 (stopping…)</source>
        <translation>%1 (arrêt en cours…)</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
</context>
<context>
    <name>Veille::JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Veille::JsonLinesReader</name>
    <message>
        <source>line longer than %1</source>
        <translation>ligne de plus de %1</translation>
    </message>
    <message>
        <source>binary content</source>
        <translation>contenu binaire</translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation>JSON invalide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Veille::ListCommand</name>
    <message>
        <source>List the articles, newest first: id, date, source and title.</source>
        <translation>Lister les articles, du plus récent au plus ancien : id, date, source et titre.</translation>
    </message>
    <message>
        <source>list: unexpected argument %1</source>
        <translation>list : argument inattendu %1</translation>
    </message>
    <message>
        <source>Only the articles that mention this entity (a name, an alias or an id).</source>
        <translation>Seulement les articles qui citent cette entité (un nom, un alias ou un identifiant).</translation>
    </message>
    <message>
        <source>no entity is named “%1”</source>
        <translation>aucune entité ne s’appelle « %1 »</translation>
    </message>
    <message>
        <source>“%1” names %2 entities; give an id (see entities list)</source>
        <translation>« %1 » désigne %2 entités ; indiquez un identifiant (voir entities list)</translation>
    </message>
    <message>
        <source>Only the articles not read yet.</source>
        <translation>Seulement les articles pas encore lus.</translation>
    </message>
    <message>
        <source>Only the starred articles.</source>
        <translation>Seulement les articles étoilés.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, date, source, read, starred, story, copies}: story is the id of the article&apos;s story of wire copies, copies how many other articles it holds.</source>
        <translation>Afficher un tableau JSON de {id, title, date, source, read, starred, story, copies} : story est l’id de la dépêche dont l’article est une reprise, copies le nombre d’autres articles qu’elle compte.</translation>
    </message>
    <message>
        <source>One row per story of wire copies, its first article&apos;s, with the number of other copies as a fifth column.</source>
        <translation>Une ligne par dépêche reprise, celle de son premier article, avec le nombre d’autres reprises en cinquième colonne.</translation>
    </message>
</context>
<context>
    <name>Veille::ListSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>%1 matches: listed by date, newest first, as ranking so many would be slow.</source>
        <translation>%1 résultats : listés par date, les plus récents d’abord, car les classer serait trop lent.</translation>
    </message>
    <message>
        <source>More than %1 matches: listed by date, newest first, as ranking so many would be slow.</source>
        <translation>Plus de %1 résultats : listés par date, les plus récents d’abord, car les classer serait trop lent.</translation>
    </message>
</context>
<context>
    <name>Veille::MainWindow</name>
    <message>
        <source>Veille</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;About Veille</source>
        <translation>À &amp;propos de Veille</translation>
    </message>
    <message>
        <source>About Veille</source>
        <translation>À propos de Veille</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;A reading desk for news analysts.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;Un bureau de lecture pour les analystes de l’actualité.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>This article cannot be read: %1</source>
        <translation>Cet article est illisible : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet.
Import a folder with File → Import Folder (Ctrl+O), or drop files here.</source>
        <translation>Aucun article pour l’instant.
Importez un dossier avec Fichier → Importer un dossier (Ctrl+O), ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Next &amp;Mention</source>
        <translation>&amp;Mention suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Mention</source>
        <translation>Mention &amp;précédente</translation>
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
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>&amp;Thème de surlignage</translation>
    </message>
    <message>
        <source>Follow the System Colours</source>
        <translation>Suivre les couleurs du système</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <source>Finding names again…</source>
        <translation>Nouvelle recherche des noms…</translation>
    </message>
    <message>
        <source>%1 (%2)  ✕</source>
        <translation>%1 (%2)  ✕</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>&amp;Rechercher dans les articles</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Chercher dans l’article…</translation>
    </message>
    <message>
        <source>Import &amp;Table…</source>
        <translation>Importer une &amp;table…</translation>
    </message>
    <message>
        <source>Watched folders: %1</source>
        <translation>Dossiers surveillés : %1</translation>
    </message>
    <message>
        <source>Import a Table</source>
        <translation>Importer une table</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.tab *.jsonl *.ndjson)</source>
        <translation>Tables (*.csv *.tsv *.tab *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Waiting for another import…</source>
        <translation>Attente d’une autre importation…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>Syntaxe de &amp;recherche</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>You type</source>
        <translation>Vous tapez</translation>
    </message>
    <message>
        <source>It finds articles</source>
        <translation>Articles trouvés</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Veilles</translation>
    </message>
    <message>
        <source>Digest written to %1</source>
        <translation>Résumé écrit dans %1</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Flux : %1</translation>
    </message>
    <message>
        <source>Export &amp;Digest…</source>
        <translation>Exporter le &amp;résumé…</translation>
    </message>
    <message>
        <source>Finding names with the current model…</source>
        <translation>Recherche des noms avec le modèle actuel…</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>Se &amp;connecter au serveur d’équipe…</translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation>Décompte des articles…</translation>
    </message>
</context>
<context>
    <name>Veille::MarkCommand</name>
    <message>
        <source>Mark articles read or unread, or star them.</source>
        <translation>Marquer des articles comme lus ou non lus, ou les étoiler.</translation>
    </message>
    <message>
        <source>The articles&apos; ids (see list).</source>
        <translation>Les identifiants des articles (voir list).</translation>
    </message>
    <message>
        <source>Mark them read.</source>
        <translation>Les marquer comme lus.</translation>
    </message>
    <message>
        <source>Mark them unread.</source>
        <translation>Les marquer comme non lus.</translation>
    </message>
    <message>
        <source>Star them.</source>
        <translation>Les étoiler.</translation>
    </message>
    <message>
        <source>Remove their star.</source>
        <translation>Retirer leur étoile.</translation>
    </message>
    <message>
        <source>mark: give --read or --unread, and/or --star or --unstar</source>
        <translation>mark : indiquez --read ou --unread, et/ou --star ou --unstar</translation>
    </message>
    <message>
        <source>mark: give the ids of the articles</source>
        <translation>mark : indiquez les identifiants des articles</translation>
    </message>
    <message>
        <source>mark: “%1” is not an article id</source>
        <translation>mark : « %1 » n’est pas un identifiant d’article</translation>
    </message>
    <message>
        <source>no article has the id %1</source>
        <translation>aucun article n’a l’identifiant %1</translation>
    </message>
</context>
<context>
    <name>Veille::MigrateCommand</name>
    <message>
        <source>Copy the articles, the gazetteer and your passages from one database to another, e.g. a local file to the team server or back; what the destination has already is not copied again.</source>
        <translation>Copier les articles, le répertoire d’entités et vos passages d’une base à une autre, par exemple d’un fichier local vers le serveur d’équipe ou l’inverse ; ce que la destination a déjà n’est pas recopié.</translation>
    </message>
    <message>
        <source>Copy from SOURCE: a database file or a postgresql:// address.</source>
        <translation>Copier depuis SOURCE : un fichier de base ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>Copy into DESTINATION: a database file (made when missing) or a postgresql:// address.</source>
        <translation>Copier vers DESTINATION : un fichier de base (créé s’il manque) ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>migrate: give --from SOURCE and --to DESTINATION</source>
        <translation>migrate : indiquez --from SOURCE et --to DESTINATION</translation>
    </message>
    <message>
        <source>migrate: the source and the destination are the same database</source>
        <translation>migrate : la source et la destination sont la même base</translation>
    </message>
    <message>
        <source>no database %1</source>
        <translation>aucune base %1</translation>
    </message>
    <message>
        <source>articles: %1 / %2</source>
        <translation>articles : %1 / %2</translation>
    </message>
    <message>
        <source>the copy stopped: %1</source>
        <translation>la copie s’est arrêtée : %1</translation>
    </message>
    <message>
        <source>finding the names in the destination&apos;s articles…</source>
        <translation>recherche des noms dans les articles de la destination…</translation>
    </message>
    <message>
        <source>copied, but finding the names in the articles failed: %1</source>
        <translation>copié, mais la recherche des noms dans les articles a échoué : %1</translation>
    </message>
    <message>
        <source>not copied: %1 passages whose article is not in the source</source>
        <translation>non copiés : %1 passages dont l’article n’est pas dans la source</translation>
    </message>
    <message>
        <source>copied: %1 of %2 articles, %3 entity types, %4 entities, %5 aliases, %6 suppressions, %7 passages, %8 tags, %9 labels, %10 read or starred marks, %11 watches, %12 feeds</source>
        <translation>copié : %1 articles sur %2, %3 types d’entités, %4 entités, %5 alias, %6 suppressions, %7 passages, %8 mots-clés, %9 étiquettes, %10 marques « lu » ou « étoilé », %11 veilles, %12 flux</translation>
    </message>
</context>
<context>
    <name>Veille::NerModel</name>
    <message>
        <source>This is not a model of Veille&apos;s name tagger.</source>
        <translation>Ce fichier n’est pas un modèle de l’étiqueteur de noms de Veille.</translation>
    </message>
    <message>
        <source>The model has version %1; this Veille reads version %2.</source>
        <translation>Le modèle est en version %1 ; ce Veille lit la version %2.</translation>
    </message>
    <message>
        <source>The model has %1 labels instead of %2.</source>
        <translation>Le modèle a %1 étiquettes au lieu de %2.</translation>
    </message>
    <message>
        <source>The model file is truncated or too long: %1 bytes instead of %2.</source>
        <translation>Le fichier du modèle est tronqué ou trop long : %1 octets au lieu de %2.</translation>
    </message>
    <message>
        <source>The model file is damaged: its checksum does not match.</source>
        <translation>Le fichier du modèle est endommagé : sa somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>The model file is damaged: its header has impossible values.</source>
        <translation>Le fichier du modèle est endommagé : son en-tête a des valeurs impossibles.</translation>
    </message>
    <message>
        <source>The model file is damaged: its keys are out of order.</source>
        <translation>Le fichier du modèle est endommagé : ses clés ne sont pas dans l’ordre.</translation>
    </message>
    <message>
        <source>The model file is larger than %1 MiB.</source>
        <translation>Le fichier du modèle dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>Cannot read the model %1: %2</source>
        <translation>Impossible de lire le modèle %1 : %2</translation>
    </message>
</context>
<context>
    <name>Veille::Opml</name>
    <message>
        <source>the file is too large for a list of feeds</source>
        <translation>le fichier est trop grand pour une liste de flux</translation>
    </message>
    <message>
        <source>the file declares entities (a DTD), which Veille refuses</source>
        <translation>le fichier déclare des entités (une DTD), ce que Veille refuse</translation>
    </message>
    <message>
        <source>not a well-formed XML document: %1 (line %2)</source>
        <translation>pas un document XML bien formé : %1 (ligne %2)</translation>
    </message>
    <message>
        <source>not an OPML document</source>
        <translation>pas un document OPML</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Veille subscriptions</source>
        <translation>Abonnements de Veille</translation>
    </message>
</context>
<context>
    <name>Veille::OtherVersionsBar</name>
    <message>
        <source>Wire copies of this story printed elsewhere: choose one to see the sentences that differ</source>
        <translation>Reprises de cette dépêche publiées ailleurs : choisissez-en une pour voir les phrases qui diffèrent</translation>
    </message>
    <message numerus="yes">
        <source>Other versions (%n)</source>
        <translation>
            <numerusform>Autre version (%n)</numerusform>
            <numerusform>Autres versions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>no source</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 % alike</source>
        <extracomment>A wire copy in the Other versions menu: title, source, date and similarity in per cent.</extracomment>
        <translation>%1 — %2, %3 · semblable à %4 %</translation>
    </message>
</context>
<context>
    <name>Veille::PassageActions</name>
    <message>
        <source>&amp;Bookmark Passage…</source>
        <translation>&amp;Marquer le passage…</translation>
    </message>
    <message>
        <source>Bookmark the selected text, or the paragraph at the cursor (Ctrl+D)</source>
        <translation>Marquer le texte sélectionné, ou le paragraphe sous le curseur (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Export Passages…</source>
        <translation>&amp;Exporter les passages…</translation>
    </message>
    <message>
        <source>Write the passages the Passages panel lists as Markdown, CSV or W3C JSON-LD</source>
        <translation>Écrire les passages listés dans le panneau Passages en Markdown, CSV ou JSON-LD W3C</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <source>Empty Passage &amp;Trash…</source>
        <translation>Vider la &amp;corbeille des passages…</translation>
    </message>
    <message>
        <source>Rename &amp;Labels…</source>
        <translation>Renommer les é&amp;tiquettes…</translation>
    </message>
    <message>
        <source>Passage not saved</source>
        <translation>Passage non enregistré</translation>
    </message>
    <message>
        <source>The passage could not be saved: %1</source>
        <translation>Le passage n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Passage not changed</source>
        <translation>Passage non modifié</translation>
    </message>
    <message>
        <source>Open an article to bookmark a passage.</source>
        <translation>Ouvrez un article pour marquer un passage.</translation>
    </message>
    <message>
        <source>Select text in the article, or put the cursor in a paragraph, to bookmark it.</source>
        <translation>Sélectionnez du texte dans l’article, ou placez le curseur dans un paragraphe, pour le marquer.</translation>
    </message>
    <message>
        <source>Passage bookmarked.</source>
        <translation>Passage marqué.</translation>
    </message>
    <message>
        <source>The passage could not be saved: %1
Your note is still in the editor.</source>
        <translation>Le passage n’a pas pu être enregistré : %1
Votre note est toujours dans l’éditeur.</translation>
    </message>
    <message>
        <source>Passage moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Passage mis à la corbeille. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Select the text the passage should point at, then re-attach it.</source>
        <translation>Sélectionnez le texte que le passage doit désigner, puis rattachez-le.</translation>
    </message>
    <message>
        <source>Passages Mentioning “%1”</source>
        <translation>Passages qui mentionnent « %1 »</translation>
    </message>
    <message>
        <source>Edit Passage “%1”…</source>
        <translation>Modifier le passage « %1 »…</translation>
    </message>
    <message>
        <source>Delete Passage “%1”</source>
        <translation>Supprimer le passage « %1 »</translation>
    </message>
    <message>
        <source>Re-attach Passage “%1” Here</source>
        <translation>Rattacher ici le passage « %1 »</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Re-attach to the &amp;Selected Text</source>
        <translation>Rattacher au texte &amp;sélectionné</translation>
    </message>
    <message>
        <source>The article of this passage is not in the list; clear the filters to see it.</source>
        <translation>L’article de ce passage n’est pas dans la liste ; effacez les filtres pour le voir.</translation>
    </message>
    <message>
        <source>This passage is no longer in the article: select the text it should point at and re-attach it.</source>
        <translation>Ce passage n’est plus dans l’article : sélectionnez le texte qu’il doit désigner et rattachez-le.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.jsonld)</source>
        <translation>W3C Web Annotation (*.jsonld)</translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation>Exporter les passages</translation>
    </message>
    <message>
        <source>/passages.md</source>
        <translation>/passages.md</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) exported to %1.</source>
        <translation>
            <numerusform>%n passage exporté vers %1.</numerusform>
            <numerusform>%n passages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.jsonld *.json)</source>
        <translation>W3C Web Annotation (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) added</source>
        <translation>
            <numerusform>%n passage ajouté</numerusform>
            <numerusform>%n passages ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported</source>
        <translation>Annotations importées</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be imported.</source>
        <translation>
            <numerusform>%n annotation n’a pas pu être importée.</numerusform>
            <numerusform>%n annotations n’ont pas pu être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passage trash is empty.</source>
        <translation>La corbeille des passages est vide.</translation>
    </message>
    <message>
        <source>Empty Passage Trash</source>
        <translation>Vider la corbeille des passages</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n passage(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n passage de la corbeille ? C’est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n passages de la corbeille ? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash not emptied</source>
        <translation>Corbeille non vidée</translation>
    </message>
    <message>
        <source>Rename Labels</source>
        <translation>Renommer les étiquettes</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Partagé par %1</translation>
    </message>
    <message>
        <source>S&amp;hare with Team</source>
        <translation>&amp;Partager avec l’équipe</translation>
    </message>
    <message>
        <source>Let the other analysts on the team server read this passage</source>
        <translation>Permettre aux autres analystes du serveur d’équipe de lire ce passage</translation>
    </message>
    <message>
        <source>Only a team server has a team to share with</source>
        <translation>Seul un serveur d’équipe a une équipe avec qui partager</translation>
    </message>
    <message>
        <source>Passage not shared</source>
        <translation>Passage non partagé</translation>
    </message>
    <message>
        <source>Passage shared with the team: the others may read it, not change it.</source>
        <translation>Passage partagé avec l’équipe : les autres peuvent le lire, pas le modifier.</translation>
    </message>
    <message>
        <source>Passage no longer shared: it is yours only.</source>
        <translation>Passage plus partagé : il n’est qu’à vous.</translation>
    </message>
    <message>
        <source>Shared with the team: uncheck to make it yours only again</source>
        <translation>Partagé avec l’équipe : décochez pour qu’il ne soit plus qu’à vous</translation>
    </message>
</context>
<context>
    <name>Veille::PassageCommand</name>
    <message>
        <source>Bookmark Passage</source>
        <translation>Marquer le passage</translation>
    </message>
    <message>
        <source>Delete Passage</source>
        <translation>Supprimer le passage</translation>
    </message>
    <message>
        <source>Edit Passage</source>
        <translation>Modifier le passage</translation>
    </message>
</context>
<context>
    <name>Veille::PassageEditor</name>
    <message>
        <source>Bookmark Passage</source>
        <translation>Marquer le passage</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Une note (facultative)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Edit Passage</source>
        <translation>Modifier le passage</translation>
    </message>
</context>
<context>
    <name>Veille::PassageExport</name>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>No longer found in the article; this is the text as bookmarked.</source>
        <translation>Introuvable dans l’article ; voici le texte tel qu’il a été marqué.</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Mots-clés : %1</translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation>Entités : %1</translation>
    </message>
</context>
<context>
    <name>Veille::PassageListModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>No longer found in the article after it changed. Select the text it should point at and choose “Re-attach Passage”.</source>
        <translation>Introuvable dans l’article depuis sa modification. Sélectionnez le texte qu’il doit désigner et choisissez « Rattacher ».</translation>
    </message>
    <message>
        <source>Found again after the article changed.</source>
        <translation>Retrouvé après la modification de l’article.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Shared by %1: read-only.</source>
        <translation>Partagé par %1 : lecture seule.</translation>
    </message>
    <message>
        <source>Shared with the team.</source>
        <translation>Partagé avec l’équipe.</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>partagé par %1</translation>
    </message>
    <message>
        <source>shared by %1: %2</source>
        <translation>partagé par %1 : %2</translation>
    </message>
</context>
<context>
    <name>Veille::PassagePanel</name>
    <message>
        <source>Filter passages and notes</source>
        <translation>Filtrer passages et notes</translation>
    </message>
    <message>
        <source>Mentioning entity…</source>
        <translation>Qui mentionnent l’entité…</translation>
    </message>
    <message>
        <source>Only passages that name this company, person, role or place</source>
        <translation>Seulement les passages qui nomment cette entreprise, personne, fonction ou ce lieu</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation>Ancrés</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tout mot-clé</translation>
    </message>
</context>
<context>
    <name>Veille::PassageShareCommand</name>
    <message>
        <source>Share Passage</source>
        <translation>Partager le passage</translation>
    </message>
    <message>
        <source>Stop Sharing Passage</source>
        <translation>Ne plus partager le passage</translation>
    </message>
</context>
<context>
    <name>Veille::PassageStore</name>
    <message>
        <source>passage %1 does not exist</source>
        <translation>le passage %1 n’existe pas</translation>
    </message>
    <message>
        <source>a passage needs some text</source>
        <translation>un passage doit contenir du texte</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>à suivre</translation>
    </message>
    <message>
        <source>important</source>
        <translation>important</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>select the text the passage should point at</source>
        <translation>sélectionnez le texte que le passage doit désigner</translation>
    </message>
    <message>
        <source>passage %1 was not changed: it does not exist, or it is another analyst&apos;s</source>
        <translation>le passage %1 n’a pas été modifié : il n’existe pas, ou il appartient à un autre analyste</translation>
    </message>
    <message>
        <source>passage %1 is %2’s, shared with the team: only %2 can change it</source>
        <translation>le passage %1 appartient à %2, qui l’a partagé avec l’équipe : seul %2 peut le modifier</translation>
    </message>
    <message>
        <source>article %1 does not exist</source>
        <translation>l’article %1 n’existe pas</translation>
    </message>
    <message>
        <source>label %1 is not one of yours</source>
        <translation>l’étiquette %1 n’est pas l’une des vôtres</translation>
    </message>
</context>
<context>
    <name>Veille::ReadStateActions</name>
    <message>
        <source>Mark as &amp;Read or Unread</source>
        <translation>Marquer comme &amp;lu ou non lu</translation>
    </message>
    <message>
        <source>&amp;Star or Unstar</source>
        <translation>É&amp;toiler ou non</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>Marquer &amp;tout comme lu</translation>
    </message>
    <message>
        <source>Star Article</source>
        <translation>Étoiler l’article</translation>
    </message>
    <message>
        <source>Unstar Article</source>
        <translation>Retirer l’étoile de l’article</translation>
    </message>
    <message>
        <source>Mark Article Read</source>
        <translation>Marquer l’article comme lu</translation>
    </message>
    <message>
        <source>Mark Article Unread</source>
        <translation>Marquer l’article comme non lu</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln articles of this list as read?</source>
        <translation>
            <numerusform>Marquer comme lu %Ln article de cette liste ?</numerusform>
            <numerusform>Marquer comme lus les %Ln articles de cette liste ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles not marked</source>
        <translation>Articles non marqués</translation>
    </message>
</context>
<context>
    <name>Veille::ReadingPane</name>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Fonction : %1</translation>
    </message>
    <message>
        <source>Written here: “%1”</source>
        <translation>Écrit ici : « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Named in %Ln article(s)</source>
        <translation>
            <numerusform>Cité dans %Ln article</numerusform>
            <numerusform>Cité dans %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — suggested %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 suggéré(e)&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Right-click, or use the Entities panel, to accept or reject.</source>
        <translation>Clic droit, ou le panneau Entités, pour accepter ou refuser.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bookmarked passage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Passage marqué&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Detected by the French name tagger (confidence %1 %)</source>
        <translation>Détecté par l’étiqueteur de noms français (confiance %1 %)</translation>
    </message>
    <message>
        <source>Found by a rule (confidence %1 %)</source>
        <translation>Trouvé par une règle (confiance %1 %)</translation>
    </message>
    <message>
        <source>Not in the gazetteer yet: right-click, or use the Entities panel, to accept or reject.</source>
        <translation>Pas encore dans le répertoire : clic droit, ou le panneau Entités, pour accepter ou refuser.</translation>
    </message>
</context>
<context>
    <name>Veille::RestoreCommand</name>
    <message>
        <source>Bring back the user&apos;s data from a backup file; what the database already has is left as it is.</source>
        <translation>Restaurer les données de l&apos;utilisateur depuis une sauvegarde ; ce que la base contient déjà reste tel quel.</translation>
    </message>
    <message>
        <source>A backup file (see the backup command).</source>
        <translation>Un fichier de sauvegarde (voir la commande backup).</translation>
    </message>
    <message>
        <source>restore: give one backup file</source>
        <translation>restore : indiquez un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>impossible de restaurer %1 : %2</translation>
    </message>
    <message>
        <source>the names were restored, but finding them in the articles failed: %1</source>
        <translation>les noms ont été restaurés, mais leur recherche dans les articles a échoué : %1</translation>
    </message>
    <message>
        <source>not restored: %1 passages and %2 exclusions whose article is not in this database (or has changed); import it, then restore again:</source>
        <translation>non restauré : %1 passages et %2 exclusions dont l&apos;article n&apos;est pas dans cette base (ou a changé) ; importez-le, puis restaurez à nouveau :</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>restauré : %1</translation>
    </message>
</context>
<context>
    <name>Veille::SearchBar</name>
    <message>
        <source>Search the articles (/ or Ctrl+K)</source>
        <translation>Rechercher dans les articles (/ ou Ctrl+K)</translation>
    </message>
    <message>
        <source>both words</source>
        <translation>les deux mots</translation>
    </message>
    <message>
        <source>a phrase</source>
        <translation>une expression exacte</translation>
    </message>
    <message>
        <source>words that start so</source>
        <translation>les mots qui commencent ainsi</translation>
    </message>
    <message>
        <source>either</source>
        <translation>l’un ou l’autre</translation>
    </message>
    <message>
        <source>without this word</source>
        <translation>sans ce mot</translation>
    </message>
    <message>
        <source>&lt;p&gt;Search the articles, accents and case aside:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Esc clears the search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rechercher dans les articles, sans tenir compte des accents ni de la casse :&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Échap efface la recherche.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Veille::SearchCommand</name>
    <message>
        <source>What to search; several arguments are joined with spaces. Put -- before a query that starts with -.</source>
        <translation>Ce qu’il faut chercher ; plusieurs arguments sont joints par des espaces. Mettez -- avant une recherche qui commence par -.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, date, source, snippet, score}.</source>
        <translation>Écrire un tableau JSON de {id, title, date, source, snippet, score}.</translation>
    </message>
    <message>
        <source>Print at most N articles (default 20).</source>
        <translation>Écrire au plus N articles (20 par défaut).</translation>
    </message>
    <message>
        <source>relevance (the default; by date beyond %1 matches) or date.</source>
        <translation>relevance (par défaut ; par date au-delà de %1 résultats) ou date.</translation>
    </message>
    <message>
        <source>search: give a query, e.g. veille-cli search &apos;&quot;semi-conducteurs&quot; Hanoï&apos;</source>
        <translation>search : donnez une recherche, par exemple veille-cli search &apos;&quot;semi-conducteurs&quot; Hanoï&apos;</translation>
    </message>
    <message>
        <source>search: --limit needs a positive number, not “%1”</source>
        <translation>search : --limit demande un nombre positif, pas « %1 »</translation>
    </message>
    <message>
        <source>search: --sort is relevance or date, not “%1”</source>
        <translation>search : --sort vaut relevance ou date, pas « %1 »</translation>
    </message>
    <message>
        <source>search: syntax error: %1</source>
        <translation>search : erreur de syntaxe : %1</translation>
    </message>
    <message>
        <source>%1 matches: sorted by date, newest first, rather than by relevance</source>
        <translation>%1 résultats : triés par date, les plus récents d’abord, plutôt que par pertinence</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>%1 of %2 matching articles</source>
        <translation>%1 sur %2 articles trouvés</translation>
    </message>
    <message>
        <source>Search the articles: words, &quot;phrases&quot;, prefix*, OR, -word, %1.</source>
        <translation>Rechercher dans les articles : mots, &quot;expressions&quot;, préfixe*, OR, -mot, %1.</translation>
    </message>
</context>
<context>
    <name>Veille::SearchQuery</name>
    <message>
        <source>The dates leave no day between them.</source>
        <translation>Les dates ne laissent aucun jour entre elles.</translation>
    </message>
    <message>
        <source>No entity is named “%1”.</source>
        <translation>Aucune entité ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>“-” needs a word right after it: -word leaves out the articles with it.</source>
        <translation>« - » demande un mot juste après lui : -mot écarte les articles qui le contiennent.</translation>
    </message>
    <message>
        <source>The closing quote is missing.</source>
        <translation>Le guillemet fermant manque.</translation>
    </message>
    <message>
        <source>The closing quote is missing: the words after it were searched one by one.</source>
        <translation>Le guillemet fermant manque : les mots qui le suivent ont été cherchés un par un.</translation>
    </message>
    <message>
        <source>“-%1:” is not supported: only words and phrases can be left out.</source>
        <translation>« -%1: » n’est pas possible : seuls les mots et les expressions peuvent être écartés.</translation>
    </message>
    <message>
        <source>“%1:” needs a value after it.</source>
        <translation>« %1: » demande une valeur après lui.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write date:2025, date:2025-05, date:2025-05-12 or date:2025-01..2025-06.</source>
        <translation>« %1 » n’est pas une date : écrivez date:2025, date:2025-05, date:2025-05-12 ou date:2025-01..2025-06.</translation>
    </message>
    <message>
        <source>“*” needs letters before it: inter* finds international, interview…</source>
        <translation>« * » demande des lettres avant lui : inter* trouve international, interview…</translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to search for.</source>
        <translation>« %1 » ne contient ni lettre ni chiffre à chercher.</translation>
    </message>
    <message>
        <source>“%1” needs a word or a phrase on each side; it was searched as a word.</source>
        <translation>« %1 » demande un mot ou une expression de chaque côté ; il a été cherché comme un mot.</translation>
    </message>
    <message>
        <source>in the title</source>
        <translation>dans le titre</translation>
    </message>
    <message>
        <source>the agency contains VNA</source>
        <translation>l’agence contient VNA</translation>
    </message>
    <message>
        <source>naming an entity, by name or alias</source>
        <translation>qui nomment une entité, par son nom ou un alias</translation>
    </message>
    <message>
        <source>between two dates (2025, 2025-05 or 2025-05-12); either end may be left out</source>
        <translation>entre deux dates (2025, 2025-05 ou 2025-05-12) ; l’une des bornes peut manquer</translation>
    </message>
    <message>
        <source>The search took too long and was stopped; try fewer words.</source>
        <translation>La recherche a pris trop de temps et a été arrêtée ; essayez avec moins de mots.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <source>Only the first %1 filters (source:, entity:, date:) were applied.</source>
        <translation>Seuls les %1 premiers filtres (source:, entity:, date:) ont été appliqués.</translation>
    </message>
</context>
<context>
    <name>Veille::SearchTerms</name>
    <message>
        <source>Only the first %1 prefixes (word*) were searched.</source>
        <translation>Seuls les %1 premiers préfixes (mot*) ont été recherchés.</translation>
    </message>
    <message>
        <source>Only the first %1 words were searched.</source>
        <translation>Seuls les %1 premiers mots ont été recherchés.</translation>
    </message>
</context>
<context>
    <name>Veille::ServerAddress</name>
    <message>
        <source>not a PostgreSQL address; write postgresql://user@host:port/database</source>
        <translation>ce n’est pas une adresse PostgreSQL ; écrivez postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>the address names no database; add it after the host: …/database</source>
        <translation>l’adresse ne nomme aucune base ; ajoutez-la après l’hôte : …/base</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation>sslmode doit valoir disable, allow, prefer, require, verify-ca ou verify-full</translation>
    </message>
    <message>
        <source>the address&apos;s setting &quot;%1&quot; is not one Veille knows</source>
        <translation>Veille ne connaît pas le réglage « %1 » de l’adresse</translation>
    </message>
    <message>
        <source>the address holds a password; put it in ~/.pgpass, or leave it out to be asked</source>
        <translation>l’adresse contient un mot de passe ; mettez-le dans ~/.pgpass, ou omettez-le pour qu’il soit demandé</translation>
    </message>
</context>
<context>
    <name>Veille::ServerConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>Se connecter au serveur d’équipe</translation>
    </message>
    <message>
        <source>The team server&apos;s address, as your administrator gave it. The password is read from ~/.pgpass, or asked for; it is never saved.</source>
        <translation>L’adresse du serveur d’équipe, telle que votre administrateur l’a donnée. Le mot de passe est lu dans ~/.pgpass, ou demandé ; il n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>Veille::ShowCommand</name>
    <message>
        <source>Show one article: its title, date, source, photo credit and text.</source>
        <translation>Afficher un article : titre, date, source, crédit photo et texte.</translation>
    </message>
    <message>
        <source>The article&apos;s id, as printed by list.</source>
        <translation>L’identifiant de l’article, tel que list l’affiche.</translation>
    </message>
    <message>
        <source>show: give one article id, a number</source>
        <translation>show : indiquez un identifiant d’article, un nombre</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>aucun article avec l’identifiant %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo : %1</translation>
    </message>
    <message>
        <source>Print a JSON object with photo_credit, body, path, mentions, suggestions and copies (the other versions of a wire story: id, title, source, similarity) as well.</source>
        <translation>Afficher aussi un objet JSON avec photo_credit, body, path, mentions, suggestions et copies (les autres versions d’une dépêche : id, title, source, similarity).</translation>
    </message>
</context>
<context>
    <name>Veille::SnippetDelegate</name>
    <message numerus="yes">
        <source>+%n copies</source>
        <translation>
            <numerusform>+%n reprise</numerusform>
            <numerusform>+%n reprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::SqlError</name>
    <message>
        <source>the database is locked by another program; close it and try again</source>
        <translation>la base est verrouillée par un autre programme ; fermez-le et réessayez</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>le fichier de la base est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>le disque n’a pu être lu ou écrit (erreur d’entrée-sortie)</translation>
    </message>
    <message>
        <source>the file is not a Veille database, or it is damaged</source>
        <translation>le fichier n’est pas une base Veille, ou il est endommagé</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>le fichier de la base ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>erreur de la base : %1</translation>
    </message>
    <message>
        <source>the database is damaged (%1); your file was not changed further</source>
        <translation>la base est endommagée (%1) ; votre fichier n’a pas été modifié davantage</translation>
    </message>
</context>
<context>
    <name>Veille::SuppressCommand</name>
    <message>
        <source>Never highlight “%1”</source>
        <translation>Ne jamais surligner « %1 »</translation>
    </message>
</context>
<context>
    <name>Veille::TableImportDialog</name>
    <message>
        <source>malformed: %1</source>
        <translation>mal formée : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>Veille::TableReader</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>UTF-16 tables over %1 are not supported; save the file as UTF-8</source>
        <translation>les tables UTF-16 de plus de %1 ne sont pas prises en charge ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>not a text file (binary content)</source>
        <translation>pas un fichier texte (contenu binaire)</translation>
    </message>
</context>
<context>
    <name>Veille::TimelineCounter</name>
    <message numerus="yes">
        <source>counting took more than %n second(s).</source>
        <translation>
            <numerusform>le décompte a pris plus de %n seconde.</numerusform>
            <numerusform>le décompte a pris plus de %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::TimelinePanel</name>
    <message>
        <source>Articles that mention %1</source>
        <translation>Articles qui mentionnent %1</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>La chronologie n’a pas pu être lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln sans date</numerusform>
            <numerusform>%Ln sans date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated only to the year</source>
        <translation>
            <numerusform>%Ln daté seulement de l’année</numerusform>
            <numerusform>%Ln datés seulement de l’année</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated only to the month or the year</source>
        <translation>
            <numerusform>%Ln daté seulement du mois ou de l’année</numerusform>
            <numerusform>%Ln datés seulement du mois ou de l’année</numerusform>
        </translation>
    </message>
    <message>
        <source>No article in the list.</source>
        <translation>Aucun article dans la liste.</translation>
    </message>
    <message>
        <source>Not shown: %1.</source>
        <translation>Non affichés : %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list these dates; drag to list several.</source>
        <translation>Cliquer pour lister ces dates ; glisser pour en lister plusieurs.</translation>
    </message>
    <message>
        <source>Estimated from one article in %L1; the exact counts could not be read: %2</source>
        <translation>Estimation sur un article sur %L1 ; le compte exact n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Estimated from one article in %L1…</source>
        <translation>Estimation sur un article sur %L1…</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln article(s)</source>
        <translation>
            <numerusform>environ %Ln article</numerusform>
            <numerusform>environ %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln of them mention %1</source>
        <translation>
            <numerusform>environ %Ln mentionne %1</numerusform>
            <numerusform>environ %Ln mentionnent %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them mention %1</source>
        <translation>
            <numerusform>%Ln mentionne %1</numerusform>
            <numerusform>%Ln mentionnent %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::Transaction</name>
    <message>
        <source>cannot start a transaction within a transaction</source>
        <translation>impossible de commencer une transaction dans une transaction</translation>
    </message>
</context>
<context>
    <name>Veille::UserDataBackup</name>
    <message>
        <source>cannot write the backup %1</source>
        <translation>impossible d&apos;écrire la sauvegarde %1</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier des sauvegardes %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>this file is not a backup of Veille&apos;s user data</source>
        <translation>ce fichier n&apos;est pas une sauvegarde des données utilisateur de Veille</translation>
    </message>
    <message>
        <source>%1 passages, %2 tags, %3 labels, %4 entities, %5 aliases, %6 entity types, %7 suppressions, %8 exclusions, %9 watched folders, %10 watches, %11 feeds, %12 read states</source>
        <translation>%1 passages, %2 mots-clés, %3 étiquettes, %4 entités, %5 alias, %6 types d’entité, %7 suppressions, %8 exclusions, %9 dossiers surveillés, %10 veilles, %11 flux, %12 états de lecture</translation>
    </message>
    <message>
        <source>a team server&apos;s data is backed up by its administrator (pg_dump), not by Veille</source>
        <translation>les données d’un serveur d’équipe sont sauvegardées par son administrateur (pg_dump), pas par Veille</translation>
    </message>
    <message>
        <source>a backup cannot be restored into a team server; restore it into a local database</source>
        <translation>une sauvegarde ne peut pas être restaurée dans un serveur d’équipe ; restaurez-la dans une base locale</translation>
    </message>
</context>
<context>
    <name>Veille::UserDataBackups</name>
    <message>
        <source>&amp;Restore User Data…</source>
        <translation>&amp;Restaurer les données utilisateur…</translation>
    </message>
    <message>
        <source>The daily backup of your data failed: %1</source>
        <translation>La sauvegarde quotidienne de vos données a échoué : %1</translation>
    </message>
    <message>
        <source>Restore User Data</source>
        <translation>Restaurer les données utilisateur</translation>
    </message>
    <message>
        <source>Veille backups (*.sqlite)</source>
        <translation>Sauvegardes de Veille (*.sqlite)</translation>
    </message>
    <message>
        <source>Add the passages, labels, tags and gazetteer curation of “%1” that this database lacks? Nothing it has is changed or removed.</source>
        <translation>Ajouter les passages, étiquettes, mots-clés et la révision du répertoire de « %1 » qui manquent à cette base ? Rien de ce qu&apos;elle contient n&apos;est modifié ni supprimé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Nothing was restored from “%1”: %2</source>
        <translation>Rien n&apos;a été restauré depuis « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 passages and %2 exclusions were not restored: their articles are not in this database, or have changed. Import them, then restore again:</source>
        <translation>%1 passages et %2 exclusions n&apos;ont pas été restaurés : leurs articles ne sont pas dans cette base, ou ont changé. Importez-les, puis restaurez à nouveau :</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Restored from “%1”:
%2.</source>
        <translation>Restauré depuis « %1 » :
%2.</translation>
    </message>
</context>
<context>
    <name>Veille::VersionDiffDialog</name>
    <message>
        <source>Other Version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>Highlighted: the sentences the other version does not have.</source>
        <translation>En surbrillance : les phrases que l’autre version n’a pas.</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Article ouvert</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Veille::WatchActions</name>
    <message>
        <source>Delete Watch “%1”</source>
        <translation>Supprimer la veille « %1 »</translation>
    </message>
    <message>
        <source>&amp;Save Search as Watch…</source>
        <translation>&amp;Enregistrer la recherche comme veille…</translation>
    </message>
    <message>
        <source>&amp;Update Watch from Current Search</source>
        <translation>&amp;Mettre à jour la veille avec la recherche actuelle</translation>
    </message>
    <message>
        <source>&amp;Rename Watch…</source>
        <translation>&amp;Renommer la veille…</translation>
    </message>
    <message>
        <source>Move Watch to &amp;Folder…</source>
        <translation>Déplacer la veille dans un &amp;dossier…</translation>
    </message>
    <message>
        <source>Move Watch &amp;Up</source>
        <translation>Monter la veille</translation>
    </message>
    <message>
        <source>Move Watch &amp;Down</source>
        <translation>Descendre la veille</translation>
    </message>
    <message>
        <source>&amp;Delete Watch</source>
        <translation>&amp;Supprimer la veille</translation>
    </message>
    <message>
        <source>The watch was not saved: %1</source>
        <translation>La veille n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Watch “%1” saved.</source>
        <translation>Veille « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Watch “%1” now follows the current search.</source>
        <translation>La veille « %1 » suit maintenant la recherche actuelle.</translation>
    </message>
    <message>
        <source>Watch renamed “%1”.</source>
        <translation>Veille renommée « %1 ».</translation>
    </message>
    <message>
        <source>Watch “%1” deleted (Edit → Undo brings it back).</source>
        <translation>Veille « %1 » supprimée (Édition → Annuler la rétablit).</translation>
    </message>
    <message>
        <source>Save Search as Watch</source>
        <translation>Enregistrer la recherche comme veille</translation>
    </message>
    <message>
        <source>Name of the watch:</source>
        <translation>Nom de la veille :</translation>
    </message>
    <message>
        <source>Rename Watch</source>
        <translation>Renommer la veille</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Move Watch to Folder</source>
        <translation>Déplacer la veille dans un dossier</translation>
    </message>
    <message>
        <source>Folder (a new name makes a folder; empty for none):</source>
        <translation>Dossier (un nouveau nom crée un dossier ; vide pour aucun) :</translation>
    </message>
</context>
<context>
    <name>Veille::WatchCommand</name>
    <message>
        <source>Watched folders, whose new or changed files Veille imports while it runs:
  add FOLDER      watch FOLDER
  remove FOLDER   stop watching FOLDER
  list            the watched folders</source>
        <translation>Dossiers surveillés, dont Veille importe les fichiers nouveaux ou modifiés pendant qu’il tourne :
  add FOLDER      surveiller FOLDER
  remove FOLDER   cesser de surveiller FOLDER
  list            les dossiers surveillés</translation>
    </message>
    <message>
        <source>add, remove or list.</source>
        <translation>add, remove ou list.</translation>
    </message>
    <message>
        <source>watch: give add FOLDER, remove FOLDER or list</source>
        <translation>watch : indiquez add DOSSIER, remove DOSSIER ou list</translation>
    </message>
    <message>
        <source>watch %1: give one folder</source>
        <translation>watch %1 : indiquez un dossier</translation>
    </message>
    <message>
        <source>watch add: %1 is not a folder</source>
        <translation>watch add : %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>watch remove: %1 is not watched</source>
        <translation>watch remove : %1 n’est pas surveillé</translation>
    </message>
</context>
<context>
    <name>Veille::WatchNotifier</name>
    <message>
        <source>1 new article in %1</source>
        <translation>1 nouvel article dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles in %1</source>
        <translation>
            <numerusform>%n nouvel article dans %1</numerusform>
            <numerusform>%n nouveaux articles dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New articles in your watches</source>
        <translation>Nouveaux articles dans vos veilles</translation>
    </message>
</context>
<context>
    <name>Veille::WatchStore</name>
    <message>
        <source>a watch needs a name</source>
        <translation>une veille doit avoir un nom</translation>
    </message>
    <message>
        <source>a watch is already named “%1”</source>
        <translation>une veille s’appelle déjà « %1 »</translation>
    </message>
    <message>
        <source>no such watch</source>
        <translation>cette veille n’existe pas</translation>
    </message>
</context>
<context>
    <name>Veille::WatchedFoldersMenu</name>
    <message>
        <source>&amp;Watched Folders</source>
        <translation>Dossiers &amp;surveillés</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Surveiller un dossier…</translation>
    </message>
    <message>
        <source>Import a folder now, then its new or changed files while Veille runs</source>
        <translation>Importer un dossier maintenant, puis ses fichiers nouveaux ou modifiés pendant que Veille tourne</translation>
    </message>
    <message>
        <source>Uncheck to stop watching</source>
        <translation>Décochez pour cesser de surveiller</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <source>The folder cannot be watched: %1</source>
        <translation>Le dossier ne peut pas être surveillé : %1</translation>
    </message>
</context>
<context>
    <name>Veille::WatchesCommand</name>
    <message>
        <source>Watches, saved searches with their unread counts:
  add NAME QUERY  save QUERY (the search syntax, entity: included) as NAME
  list            the watches and their unread articles
  show NAME       the articles the watch lists, newest first
  remove NAME     delete the watch</source>
        <translation>Veilles, recherches enregistrées avec leur nombre de non lus :
  add NAME QUERY  enregistrer QUERY (la syntaxe de recherche, entity: compris) sous le nom NAME
  list            les veilles et leurs articles non lus
  show NAME       les articles de la veille, du plus récent au plus ancien
  remove NAME     supprimer la veille</translation>
    </message>
    <message>
        <source>add, list, show or remove.</source>
        <translation>add, list, show ou remove.</translation>
    </message>
    <message>
        <source>list and show: print JSON.</source>
        <translation>list et show : afficher du JSON.</translation>
    </message>
    <message>
        <source>show: only the articles not read yet.</source>
        <translation>show : seulement les articles pas encore lus.</translation>
    </message>
    <message>
        <source>add: put the watch in FOLDER.</source>
        <translation>add : ranger la veille dans le dossier FOLDER.</translation>
    </message>
    <message>
        <source>watches: give add NAME QUERY, list, show NAME or remove NAME</source>
        <translation>watches : donnez add NAME QUERY, list, show NAME ou remove NAME</translation>
    </message>
    <message>
        <source>watches add: give a NAME and a QUERY</source>
        <translation>watches add : donnez un NAME et une QUERY</translation>
    </message>
    <message>
        <source>watches %1: give one NAME</source>
        <translation>watches %1 : donnez un NAME</translation>
    </message>
    <message>
        <source>watches list: unexpected argument %1</source>
        <translation>watches list : argument inattendu %1</translation>
    </message>
    <message>
        <source>watches add: %1</source>
        <translation>watches add : %1</translation>
    </message>
    <message>
        <source>no watch is named “%1”</source>
        <translation>aucune veille ne s’appelle « %1 »</translation>
    </message>
</context>
<context>
    <name>Veille::WebAnnotation</name>
    <message>
        <source>Veille passages</source>
        <translation>Passages Veille</translation>
    </message>
    <message>
        <source>not a JSON file: %1 at byte %2</source>
        <translation>ce n’est pas un fichier JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a W3C Web Annotation collection</source>
        <translation>ce n’est pas une collection W3C Web Annotation</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>annotation %1</translation>
    </message>
    <message>
        <source>%1: no article imported from %2</source>
        <translation>%1 : aucun article importé depuis %2</translation>
    </message>
    <message>
        <source>%1: no quote and no position</source>
        <translation>%1 : ni citation ni position</translation>
    </message>
</context>
<context>
    <name>Veille::WindowSession</name>
    <message>
        <source>The server refused the password. Password for %1:</source>
        <translation>Le serveur a refusé le mot de passe. Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Mot de passe du serveur d’équipe</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>Se connecter au serveur d’équipe</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reading desk for news analysts.</source>
        <translation>Un bureau de lecture pour les analystes de l’actualité.</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default.</source>
        <translation>Utiliser la base FILE au lieu de celle par défaut.</translation>
    </message>
    <message>
        <source>Import the folder or file PATH on start.</source>
        <translation>Importer le dossier ou fichier PATH au démarrage.</translation>
    </message>
    <message>
        <source>Folders or files to import, like --import.</source>
        <translation>Dossiers ou fichiers à importer, comme --import.</translation>
    </message>
    <message>
        <source>Veille</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>La base %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>Veille&apos;s command-line tool.</source>
        <translation>L’outil en ligne de commande de Veille.</translation>
    </message>
    <message>
        <source>One of:</source>
        <translation>Une de :</translation>
    </message>
    <message>
        <source>unknown command “%1”; see veille-cli --help</source>
        <translation>commande inconnue « %1 » ; voir veille-cli --help</translation>
    </message>
    <message>
        <source>Use the team&apos;s PostgreSQL server at URL (postgresql://user@host:port/database); the password comes from ~/.pgpass or is asked for.</source>
        <translation>Utiliser le serveur PostgreSQL de l’équipe à l’adresse URL (postgresql://utilisateur@hôte:port/base) ; le mot de passe vient de ~/.pgpass ou est demandé.</translation>
    </message>
    <message>
        <source>give either --db or --server, not both</source>
        <translation>indiquez --db ou --server, pas les deux</translation>
    </message>
</context>
</TS>
