// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlestore.h"

#include <QMainWindow>

class QLabel;
class QSettings;
class QSplitter;
class QTreeView;

namespace Veille {

class ArticleListModel;
class Database;
class ImportRunner;
class ReadingPane;
struct ImportReport;

/*! Veille's window: the article list beside the reading pane. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /*! \a database must be open and outlive the window. */
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Imports \a paths in the background, then shows a summary. */
    void importPaths(const QStringList &paths);
    void selectArticle(qint64 id);

    QTreeView *articleView() const { return m_articleView; }
    ReadingPane *readingPane() const { return m_readingPane; }
    ArticleListModel *articleModel() const { return m_model; }

Q_SIGNALS:
    /*! The store changed and the list shows it; the summary is open. */
    void importFinished(const Veille::ImportReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void chooseFolderToImport();
    void showCurrentArticle();
    void moveSelection(int delta);
    void onImportFinished(const ImportReport &report);
    void updateStatus();
    void restoreState();
    void saveState();

    Database &m_database;
    ArticleStore m_store;
    ArticleListModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_articleView = nullptr;
    ReadingPane *m_readingPane = nullptr;
    QLabel *m_countLabel = nullptr;
    ImportRunner *m_importRunner = nullptr;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Veille
