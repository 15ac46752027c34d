// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/namedetection.h"
#include "text/csvfield.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace Veille {
class ArticleStore;
class Database;
struct ArticleQuery;
} // namespace Veille

namespace Veille {

/*! \brief What every command gets: the database to use and the streams. */
struct CommandContext {
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/*! \brief One veille-cli command: "import", "list", "show"… */
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::Command)
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    /*! \brief Runs with \a arguments, the command's name first. */
    int run(const QStringList &arguments, CommandContext &context);

protected:
    /*! \brief Declares the command's options and positional arguments. */
    virtual void setUp(QCommandLineParser &parser) const = 0;
    virtual int execute(const QCommandLineParser &parser, CommandContext &context) = 0;
    static int usageError(CommandContext &context, const QString &message);
    /*! \brief The context's database, open; null after printing why not. */
    static std::unique_ptr<Database> openDatabase(CommandContext &context);
    /*! \brief \a location (a file or a postgresql:// address) open as
     * \a connectionName, asking for the server's password on a terminal;
     * null after printing why not. */
    static std::unique_ptr<Database> openDatabaseAt(const QString &location, const QString &connectionName,
                                                    CommandContext &context);
    /*! \brief A file's path as shownPath() writes it, or a server's
     * address without anything secret. */
    static QString shownLocation(const QString &location);
    /*! \brief The shipped French tagger, read now, with the default
     * threshold: how the commands that write mentions find unknown names. */
    static NameDetection nameDetection();
    /*! \brief Declares --raw, for the commands that export CSV. */
    static void addRawCsvOption(QCommandLineParser &parser);
    /*! \brief How CSV cells are written: safe unless --raw was given. */
    static CsvCells csvCells(const QCommandLineParser &parser);
    /*! \brief \a path as the user's system writes it, with control
     * characters escaped: a path from the disk is data, not output. */
    static QString shownPath(const QString &path);
    /*! \brief Prints the articles \a query lists: a line of id, date, source
     * and title each (escaped for the terminal), or with \a json an array
     * of {id, title, date, source, read, starred, story, copies}; with
     * \a copies, a line ends with "+N copies". Pages through by keyset, so
     * a million articles never sit in memory. */
    static int printArticles(const ArticleStore &store, const ArticleQuery &query, bool json, CommandContext &context,
                             bool copies = false);
};

} // namespace Veille
