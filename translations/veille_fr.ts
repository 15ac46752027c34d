<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
<context>
    <name>Veille::ImportRunner</name>
    <message>
        <source>Importing articles…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing articles… %1 of %2</source>
        <translation>Import des articles… %1 sur %2</translation>
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
</context>
<context>
    <name>Veille::ListCommand</name>
    <message>
        <source>List the articles, newest first: id, date, source and title.</source>
        <translation>Lister les articles, du plus récent au plus ancien : id, date, source et titre.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, date, source}.</source>
        <translation>Écrire un tableau JSON de {id, title, date, source}.</translation>
    </message>
    <message>
        <source>list: unexpected argument %1</source>
        <translation>list : argument inattendu %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
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
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet.
Import a folder with File → Import Folder (Ctrl+O), or drop files here.</source>
        <translation>Aucun article pour l’instant.
Importez un dossier avec Fichier → Importer un dossier (Ctrl+O), ou déposez des fichiers ici.</translation>
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
</context>
<context>
    <name>Veille::ShowCommand</name>
    <message>
        <source>Show one article: its title, date, source, photo credit and text.</source>
        <translation>Afficher un article : titre, date, source, crédit photo et texte.</translation>
    </message>
    <message>
        <source>The article's id, as printed by list.</source>
        <translation>L’identifiant de l’article, tel que list l’affiche.</translation>
    </message>
    <message>
        <source>Print a JSON object with photo_credit, body and path as well.</source>
        <translation>Écrire un objet JSON qui contient aussi photo_credit, body et path.</translation>
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
        <source>Veille's command-line tool.</source>
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
</context>
</TS>