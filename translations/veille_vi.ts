<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ArticleListModel</name>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ArticleParser</name>
    <message>
        <source>not a text file (binary content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible date “%1” in the header line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer Veille (schema %1; this version knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::EntityStore</name>
    <message>
        <source>an entity needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge needs two different entities that exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ImportCommand</name>
    <message>
        <source>Import article files, or folders of them (recursively), into the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ImportRunner</name>
    <message>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ImportSummaryDialog</name>
    <message>
        <source>The import stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the files imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::Importer</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (%1; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (the limit is %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ListCommand</name>
    <message>
        <source>List the articles, newest first: id, date, source and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, date, source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::MainWindow</name>
    <message>
        <source>Veille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Veille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Veille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;A reading desk for news analysts.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet.
Import a folder with File → Import Folder (Ctrl+O), or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ReadingPane</name>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ShowCommand</name>
    <message>
        <source>Show one article: its title, date, source, photo credit and text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s id, as printed by list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object with photo_credit, body and path as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: give one article id, a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::SqlError</name>
    <message>
        <source>the database is locked by another program; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Veille database, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reading desk for news analysts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the folder or file PATH on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders or files to import, like --import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veille&apos;s command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; see veille-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
