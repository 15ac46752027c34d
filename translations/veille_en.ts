<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-FileCopyrightText: 2026 Veille developers -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<TS version="2.1" language="en">
<context>
    <name>Veille::Command</name>
    <message numerus="yes">
        <source>+%n copies</source>
        <translation>
            <numerusform>+%n copy</numerusform>
            <numerusform>+%n copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseCheck</name>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, and %n more problem</numerusform>
            <numerusform>%1, and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::DecideDetectedCommand</name>
    <message numerus="yes">
        <source>Accept %n detected name(s)</source>
        <translation>
            <numerusform>Accept %n detected name</numerusform>
            <numerusform>Accept %n detected names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n detected name(s)</source>
        <translation>
            <numerusform>Reject %n detected name</numerusform>
            <numerusform>Reject %n detected names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::DigestWriter</name>
    <message numerus="yes">
        <source>%n new articles, the %1 newest below</source>
        <translation>
            <numerusform>%n new article, the %1 newest below</numerusform>
            <numerusform>%n new articles, the %1 newest below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::DoctorCommand</name>
    <message numerus="yes">
        <source>(%n damaged read(s): the rows there are lost)</source>
        <translation>
            <numerusform>(%n damaged read: the rows there are lost)</numerusform>
            <numerusform>(%n damaged reads: the rows there are lost)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported again: %n file(s) or folder(s), which brought back %1 article(s)</source>
        <translation>
            <numerusform>imported again: %n file or folder, which brought back %1 article(s)</numerusform>
            <numerusform>imported again: %n files or folders, which brought back %1 article(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>names found again in %n article(s)</source>
        <translation>
            <numerusform>names found again in %n article</numerusform>
            <numerusform>names found again in %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) whose article is lost are kept only in the user data backup; import these files again, then run: veille-cli --db %1 restore %2</source>
        <translation>
            <numerusform>%n passage whose article is lost is kept only in the user data backup; import these files again, then run: veille-cli --db %1 restore %2</numerusform>
            <numerusform>%n passages whose article is lost are kept only in the user data backup; import these files again, then run: veille-cli --db %1 restore %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::EntitiesCommand</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translation>
            <numerusform>%n entity added</numerusform>
            <numerusform>%n entities added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines failed</source>
        <translation>
            <numerusform>%n line failed</numerusform>
            <numerusform>%n lines failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) indexed again</source>
        <translation>
            <numerusform>%n article indexed again</numerusform>
            <numerusform>%n articles indexed again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::EntitiesDialog</name>
    <message numerus="yes">
        <source>Add the %n detected name(s) shown to the gazetteer? They will be highlighted in every article that names them.</source>
        <translation>
            <numerusform>Add the detected name shown to the gazetteer? It will be highlighted in every article that names it.</numerusform>
            <numerusform>Add the %n detected names shown to the gazetteer? They will be highlighted in every article that names them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::EntityPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::FeedFetch</name>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::FeedsCommand</name>
    <message numerus="yes">
        <source>%n subscribed</source>
        <translation>
            <numerusform>%n subscribed</numerusform>
            <numerusform>%n subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::FeedsDialog</name>
    <message numerus="yes">
        <source>Unsubscribe from %n feed(s)? Their articles stay in the database.</source>
        <translation>
            <numerusform>Unsubscribe from %n feed? Their articles stay in the database.</numerusform>
            <numerusform>Unsubscribe from %n feeds? Their articles stay in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) subscribed</source>
        <translation>
            <numerusform>%n feed subscribed</numerusform>
            <numerusform>%n feeds subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::ImportCommand</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::MainWindow</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::OtherVersionsBar</name>
    <message numerus="yes">
        <source>Other versions (%n)</source>
        <translation>
            <numerusform>Other version (%n)</numerusform>
            <numerusform>Other versions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::PassageActions</name>
    <message numerus="yes">
        <source>%n passage(s) exported to %1.</source>
        <translation>
            <numerusform>%n passage exported to %1.</numerusform>
            <numerusform>%n passages exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) added</source>
        <translation>
            <numerusform>%n passage added</numerusform>
            <numerusform>%n passages added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be imported.</source>
        <translation>
            <numerusform>%n annotation could not be imported.</numerusform>
            <numerusform>%n annotations could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n passage(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n passage in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n passages in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::ReadStateActions</name>
    <message numerus="yes">
        <source>Mark the %Ln articles of this list as read?</source>
        <translation>
            <numerusform>Mark the %Ln article of this list as read?</numerusform>
            <numerusform>Mark the %Ln articles of this list as read?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::ReadingPane</name>
    <message numerus="yes">
        <source>Named in %Ln article(s)</source>
        <translation>
            <numerusform>Named in %Ln article</numerusform>
            <numerusform>Named in %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::SnippetDelegate</name>
    <message numerus="yes">
        <source>+%n copies</source>
        <translation>
            <numerusform>+%n copy</numerusform>
            <numerusform>+%n copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::TimelineCounter</name>
    <message numerus="yes">
        <source>counting took more than %n second(s).</source>
        <translation>
            <numerusform>counting took more than %n second.</numerusform>
            <numerusform>counting took more than %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::TimelinePanel</name>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln undated</numerusform>
            <numerusform>%Ln undated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated only to the year</source>
        <translation>
            <numerusform>%Ln dated only to the year</numerusform>
            <numerusform>%Ln dated only to the year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated only to the month or the year</source>
        <translation>
            <numerusform>%Ln dated only to the month or the year</numerusform>
            <numerusform>%Ln dated only to the month or the year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln article(s)</source>
        <translation>
            <numerusform>about %Ln article</numerusform>
            <numerusform>about %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln of them mention %1</source>
        <translation>
            <numerusform>about %Ln of them mentions %1</numerusform>
            <numerusform>about %Ln of them mention %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them mention %1</source>
        <translation>
            <numerusform>%Ln of them mentions %1</numerusform>
            <numerusform>%Ln of them mention %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::WatchNotifier</name>
    <message numerus="yes">
        <source>%n new articles in %1</source>
        <translation>
            <numerusform>%n new article in %1</numerusform>
            <numerusform>%n new articles in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
