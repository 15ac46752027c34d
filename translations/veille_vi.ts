<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-FileCopyrightText: 2026 Veille developers -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<TS version="2.1" language="vi">
<context>
    <name>EntitiesDialog</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name or an alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>TableImportDialog</name>
    <message>
        <source>Import a Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row becomes one article. Choose the column that gives each field; the guess comes from the header. A row needs a title or a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::AddEntityCommand</name>
    <message>
        <source>Mark “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::AliasCommand</name>
    <message>
        <source>Add “%1” as an alias of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the alias “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ArticleFilterBar</name>
    <message>
        <source>A year, a month or a day: 2025, 2025-05 or 2025-05-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the articles of this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the articles with a bookmarked passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the best matches of a search first; otherwise, the order of the column headers. A search matching more than %1 articles is listed by date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2025, 2025-05 or 2025-05-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date comes after the second.</source>
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
    <name>Veille::ArticleListPane</name>
    <message>
        <source>Show all articles again</source>
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
    <message>
        <source>neither a title nor a body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::BackupCommand</name>
    <message>
        <source>Back up the user&apos;s data (passages, notes, labels, tags, gazetteer curation) now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the backup; by default today&apos;s file in the backups folder beside the database, of which the 7 newest are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::BookmarksCommand</name>
    <message>
        <source>What to do, see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to bookmark, as written in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First code point of the passage in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code point after the passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label, by name or number: evidence, question, follow up, important.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only passages naming this entity (name, alias or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the passages of this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only passages in this state: anchored, moved or orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: md, csv or jsonld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export to FILE instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks: give a subcommand; see veille-cli bookmarks --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks: unknown subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks add: give one ARTICLE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks add: give either --quote or --start and --end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks add: --quote needs text and --occurrence a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” occurs fewer than %2 times in article %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks add: --start and --end must be code points with start &lt; end ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks add: unknown label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entity is named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--article needs an article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state is anchored, moved or orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks remove: give one passage ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage %1 moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks export: --format is md, csv or jsonld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks import: give one FILE.jsonld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages added, %2 already there, %3 not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked passages. Subcommands:
  add ARTICLE_ID (--quote TEXT [--occurrence N] | --start S --end E)
      [--note TEXT] [--label L] [--tag T]...   bookmark a passage (positions in code points)
  list [--json] [--entity X] [--tag T] [--label L] [--article ID] [--state anchored|moved|orphaned]
  remove ID                                     move a passage to the trash
  export --format md|csv|jsonld [--raw] [--out FILE] [filters as for list]
  import FILE.jsonld                            add passages from W3C Web Annotation JSON-LD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ColumnMapping</name>
    <message>
        <source>“%1” is not FIELD=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “%1”; the fields are title, body, date, source and url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is mapped twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping is empty; write it as title=COLUMN,body=COLUMN,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column “%1” for the %2; the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column for the title or the body (the columns are: %1); map one with title=COLUMN or body=COLUMN</source>
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
    <message>
        <source>Write CSV cells exactly as they are; by default a cell starting with =, +, -, @, a tab or a carriage return is prefixed with &apos; so that a spreadsheet does not run it as a formula.</source>
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
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist and its folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseCheck</name>
    <message>
        <source>the check stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the database is too large to check without a time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseCheckNotice</name>
    <message>
        <source>The database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2.

Imports into it will stop. To save what it holds, your passages first, quit Veille and run:

veille-cli --db &quot;%1&quot; doctor

It only reads the file, and writes a recovered copy beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseRecovery</name>
    <message>
        <source>%1 or its user data backup already exists; name a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows were saved, but finding the names in the articles failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the user data backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing the lost articles again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseSalvage</name>
    <message>
        <source>nothing can be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::DefaultGazetteer</name>
    <message>
        <source>the default gazetteer is not built into this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no countries: Debian&apos;s iso-codes package is not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::DelimitedReader</name>
    <message>
        <source>record longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field opened on line %1 never closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote on line %1 (a quote inside a quoted field must be doubled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row (line %1) cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 malformed records in a row; is this really a %2 file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary content in a field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::DoctorCommand</name>
    <message>
        <source>Check the database file for damage; when there is some, write a recovered copy beside it, the user&apos;s work first, and say what was saved. The file itself is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the recovered copy; by default NAME-recovered.sqlite beside the database. It must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovered copy even when no damage is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also import again the folders the readable articles came from, to bring back articles lost with the damage (new files there come in too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no damage found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read, table by table (the user&apos;s work first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n damaged read(s): the rows there are lost)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the user&apos;s work as read is also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported again: %n file(s) or folder(s), which brought back %1 article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>names found again in %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the recovered copy has no damage; open it with: veille --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovered copy is not sound either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) whose article is lost are kept only in the user data backup; import these files again, then run: veille-cli --db %1 restore %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the newest automatic backup of the user&apos;s work is %1; restore it into a new database with: veille-cli --db NEW restore %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::EditEntityCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::EntitiesCommand</name>
    <message>
        <source>What to do, see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity type: Company, Organisation, Person, Role, Place, or a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another name for the entity (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv or ksyntax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities: give a subcommand; see veille-cli entities --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities add: give one NAME and --type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities: unknown subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>entities add: --type is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities alias: give an entity ID and an ALIAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities merge: give KEEP_ID and GONE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities suppress: give the TEXT never to highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities import: give one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
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
        <source>%n lines failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>entities export: --format is csv or ksyntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names changed, but finding them again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) indexed again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Manage the gazetteer. Subcommands:
  list [--type T] [--json]            entities with their aliases, articles and mentions
  add NAME --type T [--alias A]...    add an entity
  alias ID ALIAS                      add an alias to entity ID
  merge KEEP_ID GONE_ID               merge GONE_ID into KEEP_ID
  suppress TEXT                       never highlight TEXT
  import FILE.csv                     add entities from a CSV with header name,type,aliases (aliases split by |)
  export --format csv|ksyntax [--raw] write the gazetteer as CSV or as a Kate syntax definition
  suggestions [--json]                names the rules suggest, with the articles that have them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::EntitiesDialog</name>
    <message>
        <source>  (exact case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (exact accents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another name for %1 (start with = for an exact match):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name itself cannot be removed; rename the entity instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::EntityActions</name>
    <message>
        <source>&amp;Entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Every Article Naming %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Entity Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never Highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” as an Alias of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is another name for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::EntityPanel</name>
    <message>
        <source>Click a name to list every article that mentions it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: list every article that mentions it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known names in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a name to see who is named with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept: add “%1” to the gazetteer as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject: never suggest “%1” again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::EntityRules</name>
    <message>
        <source>role after a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role before a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial before a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation cue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company suffix “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close to “%1”</source>
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
    <name>Veille::EntityType</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ExcludeSpanCommand</name>
    <message>
        <source>“%1” is not an entity here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::GazetteerFile</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that is not quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the header, with the columns “type”, “name” and “aliases”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more columns than the header has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alias “%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for a gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (binary content)</source>
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
    <message>
        <source>Read every file as a table in FORMAT: csv, tsv or jsonl (by default, the extension decides: .csv, .tsv, .jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column gives each field of a table, e.g. title=headline,body=text; the fields are title, body, date, source and url. Fields not named are guessed from the header; &quot;date=&quot; means no column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown format “%1”; use csv, tsv or jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: bad --map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another import…</source>
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
    <message>
        <source>no rows under the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::JsonLinesReader</name>
    <message>
        <source>line longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
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
    <message>
        <source>Only the articles that mention this entity (a name, an alias or an id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entity is named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names %2 entities; give an id (see entities list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::ListSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches: listed by date, newest first, as ranking so many would be slow.</source>
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
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding names again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.tab *.jsonl *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::NerModel</name>
    <message>
        <source>This is not a model of Veille&apos;s name tagger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has version %1; this Veille reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has %1 labels instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file is truncated or too long: %1 bytes instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file is damaged: its checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file is damaged: its scales are not positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file is damaged: its keys are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::PassageActions</name>
    <message>
        <source>&amp;Bookmark Passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the selected text, or the paragraph at the cursor (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Passages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the passages the Passages panel lists as Markdown, CSV or W3C JSON-LD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Passage &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article to bookmark a passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the article, or put the cursor in a paragraph, to bookmark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage could not be saved: %1
Your note is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage moved to the trash. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text the passage should point at, then re-attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages Mentioning “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Passage “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Passage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach Passage “%1” Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to the &amp;Selected Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article of this passage is not in the list; clear the filters to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is no longer in the article: select the text it should point at and re-attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.jsonld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/passages.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.jsonld *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passage trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Passage Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n passage(s) in the trash for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trash not emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::PassageCommand</name>
    <message>
        <source>Bookmark Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::PassageEditor</name>
    <message>
        <source>Bookmark Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::PassageExport</name>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer found in the article; this is the text as bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::PassageListModel</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer found in the article after it changed. Select the text it should point at and choose “Re-attach Passage”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found again after the article changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::PassagePanel</name>
    <message>
        <source>Filter passages and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioning entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only passages that name this company, person, role or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::PassageStore</name>
    <message>
        <source>passage %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passage needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select the text the passage should point at</source>
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
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written here: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Named in %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — suggested %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click, or use the Entities panel, to accept or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bookmarked passage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::RestoreCommand</name>
    <message>
        <source>Bring back the user&apos;s data from a backup file; what the database already has is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup file (see the backup command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: give one backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names were restored, but finding them in the articles failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not restored: %1 passages and %2 exclusions whose article is not in this database (or has changed); import it, then restore again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::SearchBar</name>
    <message>
        <source>Search the articles (/ or Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Search the articles, accents and case aside:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;puces hanoi&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;both words&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;vice-ministre des Finances&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;semi*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words that start so&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Intel OR Qualcomm&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-AFP&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;%1&lt;/table&gt;&lt;p&gt;Esc clears the search.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::SearchCommand</name>
    <message>
        <source>What to search; several arguments are joined with spaces. Put -- before a query that starts with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, date, source, snippet, score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N articles (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevance (the default; by date beyond %1 matches) or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: give a query, e.g. veille-cli search &apos;&quot;semi-conducteurs&quot; Hanoï&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: --limit needs a positive number, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: --sort is relevance or date, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches: sorted by date, newest first, rather than by relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 matching articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the articles: words, &quot;phrases&quot;, prefix*, OR, -word, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::SearchQuery</name>
    <message>
        <source>The dates leave no day between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“-” needs a word right after it: -word leaves out the articles with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing quote is missing: the words after it were searched one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“-%1:” is not supported: only words and phrases can be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1:” needs a value after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write date:2025, date:2025-05, date:2025-05-12 or date:2025-01..2025-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“*” needs letters before it: inter* finds international, interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a word or a phrase on each side; it was searched as a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency contains VNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming an entity, by name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between two dates (2025, 2025-05 or 2025-05-12); either end may be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search took too long and was stopped; try fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 filters (source:, entity:, date:) were applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::SearchTerms</name>
    <message>
        <source>Only the first %1 prefixes (word*) were searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 words were searched.</source>
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
    <message>
        <source>the database is damaged (%1); your file was not changed further</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::SuppressCommand</name>
    <message>
        <source>Never highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::TableImportDialog</name>
    <message>
        <source>malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::TableReader</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 tables over %1 are not supported; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (binary content)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::UserDataBackup</name>
    <message>
        <source>cannot write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a backup of Veille&apos;s user data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages, %2 tags, %3 labels, %4 entities, %5 aliases, %6 entity types, %7 suppressions, %8 exclusions, %9 watched folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::UserDataBackups</name>
    <message>
        <source>&amp;Restore User Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup of your data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore User Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veille backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the passages, labels, tags and gazetteer curation of “%1” that this database lacks? Nothing it has is changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored from “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages and %2 exclusions were not restored: their articles are not in this database, or have changed. Import them, then restore again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from “%1”:
%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::WatchCommand</name>
    <message>
        <source>Watched folders, whose new or changed files Veille imports while it runs:
  add FOLDER      watch FOLDER
  remove FOLDER   stop watching FOLDER
  list            the watched folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, remove or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: give add FOLDER, remove FOLDER or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch %1: give one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch add: %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch remove: %1 is not watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::WatchedFoldersMenu</name>
    <message>
        <source>&amp;Watched Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder now, then its new or changed files while Veille runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck to stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be watched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veille::WebAnnotation</name>
    <message>
        <source>Veille passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON file: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a W3C Web Annotation collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no article imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no quote and no position</source>
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
