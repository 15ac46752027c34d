// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/watchstore.h"

#include "db/sqltext.h"
#include "db/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Veille {

namespace {

const QString columns = QStringLiteral("id, name, folder, position, search, filters, entity_id, entity_label");
const QString order = QStringLiteral(" ORDER BY folder <> '', folder, position, name");

// The filter bar's values, as one JSON object: a filter added later is a
// new key, and an older row simply lacks it.
QString filtersJson(const Watch &watch)
{
    QJsonObject filters;
    filters.insert(QStringLiteral("from"), watch.dateFrom);
    filters.insert(QStringLiteral("to"), watch.dateTo);
    filters.insert(QStringLiteral("source"), watch.source);
    filters.insert(QStringLiteral("bookmarked"), watch.bookmarkedOnly);
    filters.insert(QStringLiteral("unread"), watch.unreadOnly);
    filters.insert(QStringLiteral("starred"), watch.starredOnly);
    return QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact));
}

void readFilters(const QString &json, Watch &watch)
{
    const QJsonObject filters = QJsonDocument::fromJson(json.toUtf8()).object();
    watch.dateFrom = filters.value(QStringLiteral("from")).toString();
    watch.dateTo = filters.value(QStringLiteral("to")).toString();
    watch.source = filters.value(QStringLiteral("source")).toString();
    watch.bookmarkedOnly = filters.value(QStringLiteral("bookmarked")).toBool();
    watch.unreadOnly = filters.value(QStringLiteral("unread")).toBool();
    watch.starredOnly = filters.value(QStringLiteral("starred")).toBool();
}

Watch readWatch(const QSqlQuery &query)
{
    Watch watch;
    watch.id = query.value(0).toLongLong();
    watch.name = query.value(1).toString();
    watch.folder = query.value(2).toString();
    watch.position = query.value(3).toInt();
    watch.search = query.value(4).toString();
    readFilters(query.value(5).toString(), watch);
    watch.entityId = query.value(6).toLongLong();
    watch.entityLabel = query.value(7).toString();
    return watch;
}

void bindContent(QSqlQuery &query, const Watch &watch)
{
    query.bindValue(QStringLiteral(":name"), watch.name.trimmed());
    query.bindValue(QStringLiteral(":folder"), SqlText::notNull(watch.folder.trimmed()));
    query.bindValue(QStringLiteral(":search"), SqlText::notNull(watch.search));
    query.bindValue(QStringLiteral(":filters"), filtersJson(watch));
    query.bindValue(QStringLiteral(":entity_id"), watch.entityId ? QVariant(watch.entityId) : QVariant());
    query.bindValue(QStringLiteral(":entity_label"), SqlText::notNull(watch.entityLabel));
}

} // namespace

WatchStore::WatchStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QVector<Watch> WatchStore::watches() const
{
    QVector<Watch> watches;
    QSqlQuery query(m_db);
    if (!m_error.exec(query, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM watches") + order))
        return watches;
    while (query.next())
        watches.append(readWatch(query));
    return watches;
}

std::optional<Watch> WatchStore::watch(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM watches WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!m_error.exec(query) || !query.next())
        return std::nullopt;
    return readWatch(query);
}

std::optional<Watch> WatchStore::watchNamed(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM watches WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!m_error.exec(query) || !query.next())
        return std::nullopt;
    return readWatch(query);
}

QStringList WatchStore::folders() const
{
    QStringList folders;
    QSqlQuery query(m_db);
    if (!m_error.exec(query, QStringLiteral("SELECT DISTINCT folder FROM watches WHERE folder <> '' ORDER BY folder")))
        return folders;
    while (query.next())
        folders.append(query.value(0).toString());
    return folders;
}

bool WatchStore::checkName(const QString &name, qint64 id)
{
    m_error.clear();
    if (name.trimmed().isEmpty()) {
        m_error.record(tr("a watch needs a name"));
        return false;
    }
    const std::optional<Watch> same = watchNamed(name);
    if (same && same->id != id) {
        m_error.record(tr("a watch is already named “%1”").arg(name.trimmed()));
        return false;
    }
    return m_error.text().isEmpty();
}

int WatchStore::nextPosition(const QString &folder) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM watches WHERE folder = :folder"));
    query.bindValue(QStringLiteral(":folder"), SqlText::notNull(folder.trimmed()));
    return m_error.exec(query) && query.next() ? query.value(0).toInt() : 0;
}

qint64 WatchStore::add(const Watch &watch)
{
    if (!checkName(watch.name, 0))
        return 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO watches(name, folder, position, search, filters, entity_id,"
                                 " entity_label, created_at) VALUES(:name, :folder, :position, :search, :filters,"
                                 " :entity_id, :entity_label, :now) RETURNING id"));
    bindContent(query, watch);
    query.bindValue(QStringLiteral(":position"), nextPosition(watch.folder));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentSecsSinceEpoch());
    if (!m_error.exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool WatchStore::update(const Watch &watch)
{
    const std::optional<Watch> stored = this->watch(watch.id);
    if (!stored) {
        m_error.record(tr("no such watch"));
        return false;
    }
    if (!checkName(watch.name, watch.id))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE watches SET name = :name, folder = :folder, position = :position,"
                                 " search = :search, filters = :filters, entity_id = :entity_id,"
                                 " entity_label = :entity_label WHERE id = :id"));
    bindContent(query, watch);
    const bool moved = stored->folder != watch.folder.trimmed();
    query.bindValue(QStringLiteral(":position"), moved ? nextPosition(watch.folder) : stored->position);
    query.bindValue(QStringLiteral(":id"), watch.id);
    return m_error.exec(query);
}

bool WatchStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM watches WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!m_error.exec(query))
        return false;
    m_error.clear();
    return query.numRowsAffected() > 0;
}

bool WatchStore::setPosition(qint64 id, int position)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE watches SET position = :position WHERE id = :id"));
    query.bindValue(QStringLiteral(":position"), position);
    query.bindValue(QStringLiteral(":id"), id);
    return m_error.exec(query);
}

bool WatchStore::move(qint64 id, int delta)
{
    const std::optional<Watch> moving = watch(id);
    if (!moving || delta == 0)
        return false;
    QVector<Watch> siblings;
    for (const Watch &watch : this->watches()) {
        if (watch.folder == moving->folder)
            siblings.append(watch);
    }
    int index = 0;
    while (index < siblings.size() && siblings.at(index).id != id)
        ++index;
    const int other = index + (delta < 0 ? -1 : 1);
    if (other < 0 || other >= siblings.size())
        return false;
    std::swap(siblings[index], siblings[other]);
    // Positions are written again in full: watches restored from a backup
    // may share one, and a swap of equal positions would move nothing.
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return false;
    for (int k = 0; k < siblings.size(); ++k) {
        if (!setPosition(siblings.at(k).id, k))
            return false;
    }
    return transaction.commit();
}

} // namespace Veille
