// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/listsearch.h"
#include "entities/entitypanel.h"
#include "passages/passageactions.h"
#include "passages/passagepanel.h"
#include "reading/readingpane.h"

#include <QAbstractItemModel>
#include <QTest>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

// The parts of the window the UI tests drive, found as a user would meet
// them: by the object names the window gives them, not through getters.
namespace WindowParts {

template<typename T> T *part(const QObject &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("The window has no %s", name);
    return found;
}

inline QTableView *articleList(const QObject &window)
{
    return part<QTableView>(window, "articleList");
}

inline QAbstractItemModel *articleModel(const QObject &window)
{
    return articleList(window)->model();
}

// The list's rows come from a worker, at start and after each search,
// filter or entity chip: waits until the latest are shown.
inline bool listShown(const QObject &window, int timeout = 20000)
{
    const auto *search = part<Veille::ListSearch>(window, "listSearch");
    return QTest::qWaitFor([search] { return !search->isBusy(); }, timeout);
}

inline Veille::EntityPanel *entityPanel(const QObject &window)
{
    return part<Veille::EntityPanel>(window, "entityPanel");
}

inline Veille::ReadingPane *readingPane(const QObject &window)
{
    return part<Veille::ReadingPane>(window, "readingPane");
}

inline QUndoStack *undoStack(const QObject &window)
{
    return part<QUndoStack>(window, "undoStack");
}

inline Veille::PassagePanel *passagePanel(const QObject &window)
{
    return part<Veille::PassagePanel>(window, "passagePanel");
}

inline Veille::PassageActions *passageActions(const QObject &window)
{
    return part<Veille::PassageActions>(window, "passageActions");
}

} // namespace WindowParts
