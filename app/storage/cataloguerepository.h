// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/postcodeareas.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// What a tenant asks of the catalogue: typed text, filters, and where they are.
struct CatalogueQuery
{
    QString text;                               // search-as-you-type; every word is a prefix
    std::optional<Meedoen::OpportunityKind> kind;
    std::optional<Meedoen::Route> route;
    QString neighbourhood;                      // neighbourhood id, empty = all
    bool includeClosed = false;
    // Without text, results come nearest first from here (when valid), else by title.
    double originLatitude = qQNaN();
    double originLongitude = qQNaN();
    int limit = 20;                             // always bounded
};

// The catalogue of opportunities on this device, with full-text search (FTS5).
class CatalogueRepository
{
public:
    static constexpr int kMaxLimit = 200;
    // Words of typed text that count; the rest is ignored.
    static constexpr int kMaxSearchWords = 8;
    // How many text matches are ranked at most (see search()).
    static constexpr int kRankedCandidates = 200;

    explicit CatalogueRepository(QSqlDatabase db);

    // Inserts or updates in one transaction; places, then opportunities.
    bool upsert(const QList<Meedoen::Neighbourhood> &neighbourhoods, const QList<Meedoen::Site> &sites,
                const QList<Meedoen::Opportunity> &opportunities);
    // The same, inside a transaction the caller holds (a pulled page and its cursor commit together).
    bool upsertInTransaction(const QList<Meedoen::Neighbourhood> &neighbourhoods, const QList<Meedoen::Site> &sites,
                             const QList<Meedoen::Opportunity> &opportunities);
    bool remove(const QString &opportunityId);
    // Drops the whole catalogue (the server said "reset required"); no transaction of its own.
    bool clear();

    // Bulk loading (a pull from scratch): the full-text triggers index row by row, which is
    // most of the cost of a large catalogue. Inside the caller's transaction,
    // suspendSearchIndex() drops them and resumeSearchIndex() puts the very same triggers
    // back (DDL is transactional in SQLite, so a crash or rollback in between leaves them in
    // place). Rows written in between are not searchable until rebuildSearchIndex(), which
    // indexes the whole catalogue in one statement. Whoever suspends keeps a mark (sync_state
    // key kSearchIndexStale) until the rebuild; Database::open() rebuilds when it finds one,
    // so an interrupted bulk load still leaves a searchable catalogue after a restart.
    static constexpr QLatin1StringView kSearchIndexStale{"searchIndexStale"};
    bool suspendSearchIndex();
    bool resumeSearchIndex();
    bool rebuildSearchIndex();

    QList<Meedoen::Opportunity> search(const CatalogueQuery &query) const;
    std::optional<Meedoen::Opportunity> opportunity(const QString &id) const;
    QList<Meedoen::Neighbourhood> neighbourhoods() const;
    std::optional<Meedoen::Site> site(const QString &id) const;
    QList<Meedoen::Site> sites() const;         // by name
    int count() const;

    // The corporation's areas (cataloguerepository_areas.cpp), inside the caller's transaction:
    // one postcode's ranges replaced, or the postcode gone.
    bool keepPostcodeArea(const Meedoen::PostcodeArea &area);
    bool removePostcodeArea(const QString &postcode);
    // The neighbourhood an address lies in ("3083 BK", 17), from the pulled areas; empty when
    // the table does not hold it.
    QString neighbourhoodAt(const QString &postcode, int houseNumber) const;
    // Where a neighbourhood is: the mean of its sites' coordinates (sites without any are
    // passed over); nullopt when none of its sites has coordinates.
    std::optional<std::pair<double, double>> neighbourhoodCentre(const QString &neighbourhoodId) const;

    // The FTS5 MATCH expression for typed text: each word becomes a quoted prefix term,
    // so quotes, operators and stray symbols a tenant types are never FTS syntax.
    static QString matchExpression(QStringView text);

private:
    QSqlDatabase m_db;
    QStringList m_suspendedTriggers; // their CREATE statements, while suspended
    mutable QSqlQuery m_textSearch;
    mutable QSqlQuery m_browse;
    mutable QSqlQuery m_areaLookup;
};
