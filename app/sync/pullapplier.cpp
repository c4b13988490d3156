// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pullapplier.h"

#include "cataloguerepository.h"
#include "registrationrepository.h"
#include "staffrepository.h"
#include "syncstaterepository.h"
#include "transaction.h"
#include "wire.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace PullApplier {

namespace {

struct LastChange
{
    qint64 seq = 0;
    bool deleted = false;
    QJsonObject data;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool apply(QSqlDatabase db, const QJsonObject &page, QString *error)
{
    return apply(db, page, Scope::Device, error);
}

bool apply(QSqlDatabase db, const QJsonObject &page, Scope scope, QString *error)
{
    const bool staffScope = scope == Scope::Staff;
    const bool tenantScope = scope == Scope::Tenant;
    const QJsonValue changesValue = page.value(u"changes"_s);
    const QJsonValue cursorValue = page.value(u"cursor"_s);
    if (!changesValue.isArray() || !cursorValue.isString())
        return fail(error, u"page: changes or cursor missing"_s);

    // An entity may appear several times in a page; the last one wins. Reduce first so
    // that opportunities go to the database in one prepared statement.
    QHash<QString, LastChange> neighbourhoods, sites, opportunities, signups, persons;
    QList<QString> order[5];
    struct StaffChange
    {
        QString entity, id;
        bool deleted = false;
        QJsonObject data;
    };
    QList<StaffChange> staffChanges; // in page order: the last one of an entity wins
    const QJsonArray changes = changesValue.toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject c = changes.at(i).toObject();
        const QString entity = c.value(u"entity"_s).toString();
        const QString id = c.value(u"id"_s).toString();
        const QString op = c.value(u"op"_s).toString();
        if (id.isEmpty() || (op != "upsert"_L1 && op != "delete"_L1))
            return fail(error, u"changes[%1]: id or op"_s.arg(i));
        if (staffScope && StaffRepository::isStaffEntity(entity))
            staffChanges.append({entity, id, op == "delete"_L1, c.value(u"data"_s).toObject()});
        QHash<QString, LastChange> *target = nullptr;
        int slot = 0;
        if (entity == "neighbourhood"_L1) {
            target = &neighbourhoods;
        } else if (entity == "site"_L1) {
            target = &sites;
            slot = 1;
        } else if (entity == "opportunity"_L1) {
            target = &opportunities;
            slot = 2;
        } else if (entity == "signup"_L1) {
            target = &signups;
            slot = 3;
        } else if (entity == "person"_L1 && tenantScope) {
            target = &persons;
            slot = 4;
        } else {
            continue; // persons elsewhere, and entities a newer server may add: not kept here
        }
        if (!target->contains(id))
            order[slot].append(id);
        target->insert(id, {qint64(c.value(u"seq"_s).toDouble()), op == "delete"_L1, c.value(u"data"_s).toObject()});
    }

    CatalogueRepository catalogue(db);
    QList<Neighbourhood> newNeighbourhoods;
    QList<Site> newSites;
    QList<Opportunity> newOpportunities;
    QStringList removedOpportunities;
    for (const QString &id : std::as_const(order[0])) {
        const LastChange &c = neighbourhoods[id];
        if (c.deleted)
            continue; // a neighbourhood is never removed while opportunities point at it
        auto n = Wire::neighbourhoodFromJson(c.data, u"neighbourhood"_s);
        if (!n.ok())
            return fail(error, n.error->field);
        newNeighbourhoods.append(n.value);
    }
    QList<Site> knownSites = catalogue.sites();
    for (const QString &id : std::as_const(order[1])) {
        const LastChange &c = sites[id];
        if (c.deleted)
            continue;
        auto s = Wire::siteFromJson(c.data, u"site"_s);
        if (!s.ok())
            return fail(error, s.error->field);
        newSites.append(s.value);
        knownSites.append(s.value);
    }
    for (const QString &id : std::as_const(order[2])) {
        const LastChange &c = opportunities[id];
        if (c.deleted) {
            removedOpportunities.append(id);
            continue;
        }
        auto o = Wire::opportunityFromJson(c.data, u"opportunity"_s, knownSites);
        if (!o.ok())
            return fail(error, o.error->field);
        newOpportunities.append(o.value);
    }

    Transaction tx(db);
    if (!tx.isActive())
        return fail(error, u"database: no transaction"_s);
    // A pull from scratch (no cursor yet: a new device, or after "reset required") loads the
    // whole catalogue: its pages go in without the row-by-row search index, which the last
    // page builds in one statement, in the same transaction as the final cursor. Until then
    // a mark in sync_state says the index is behind (Database::open() rebuilds it after a
    // crash).
    SyncStateRepository syncState(db);
    const QString stale = QString(CatalogueRepository::kSearchIndexStale);
    const bool bulk = syncState.value(QString(kCursorKey)).isEmpty() || !syncState.value(stale).isEmpty();
    const bool lastPage = !page.value(u"more"_s).toBool();
    if (bulk && (!catalogue.suspendSearchIndex() || !syncState.setValue(stale, u"1"_s)))
        return fail(error, u"database: search index"_s);
    if (!catalogue.upsertInTransaction(newNeighbourhoods, newSites, newOpportunities))
        return fail(error, u"database: catalogue"_s);
    for (const QString &id : std::as_const(removedOpportunities)) {
        if (!catalogue.remove(id))
            return fail(error, u"database: remove"_s);
    }
    if (bulk && (!catalogue.resumeSearchIndex()
                 || (lastPage && (!catalogue.rebuildSearchIndex() || !syncState.remove(stale)))))
        return fail(error, u"database: search index"_s);
    RegistrationRepository registrations(db);
    // A phone's tenant, as the server knows them: kept before their sign-ups, which point at
    // them. Keys the phone does not store (consents, agreed hours) are left out.
    static const QJsonObject personShape = Wire::toJson(Person{});
    for (const QString &id : std::as_const(order[4])) {
        const LastChange &c = persons[id];
        if (c.deleted) {
            if (!registrations.erasePersonInTransaction(id))
                return fail(error, u"database: person"_s);
            continue;
        }
        QJsonObject json;
        for (auto it = c.data.begin(); it != c.data.end(); ++it) {
            if (personShape.contains(it.key()))
                json.insert(it.key(), it.value());
        }
        const auto person = Wire::personFromJson(json, u"person"_s);
        if (!person.ok())
            return fail(error, person.error->field);
        if (!registrations.keepPulledPerson(person.value))
            return fail(error, u"database: person"_s);
    }
    for (const QString &id : std::as_const(order[3])) {
        const LastChange &c = signups[id];
        if (c.deleted)
            continue;
        const auto state = signupStateFromKey(c.data.value(u"state"_s).toString());
        if (!state)
            return fail(error, u"signup.state"_s);
        if (tenantScope) {
            // The tenant's sign-ups from any device (a kiosk, staff), not only this phone's.
            Signup s;
            s.id = id;
            s.referenceCode = c.data.value(u"referenceCode"_s).toString();
            s.personId = c.data.value(u"personId"_s).toString();
            s.opportunityId = c.data.value(u"opportunityId"_s).toString();
            s.state = *state;
            s.waitlistPosition = c.data.value(u"waitlistPosition"_s).toInt();
            s.declineReason = c.data.value(u"declineReason"_s).toString();
            s.serverVersion = c.seq;
            if (s.referenceCode.isEmpty() || s.opportunityId.isEmpty())
                return fail(error, u"signup"_s);
            if (!registrations.keepPulledSignup(s))
                return fail(error, u"database: signup"_s);
            continue;
        }
        // Sign-ups this device does not hold (another device's, for staff) are not kept here.
        if (!registrations.applyOutcome(id, *state, c.data.value(u"waitlistPosition"_s).toInt(),
                                        c.data.value(u"declineReason"_s).toString(), c.seq))
            return fail(error, u"database: signup"_s);
        const QString reference = c.data.value(u"referenceCode"_s).toString();
        if (!reference.isEmpty() && !registrations.setReferenceCode(id, reference))
            return fail(error, u"database: reference code"_s);
    }
    StaffRepository staff(db);
    for (const StaffChange &c : std::as_const(staffChanges)) {
        if (!staff.applyPulled(c.entity, c.id, c.deleted, c.data))
            return fail(error, u"database: "_s + c.entity);
    }
    if (!syncState.setValue(QString(kCursorKey), cursorValue.toString()))
        return fail(error, u"database: cursor"_s);
    if (!tx.commit())
        return fail(error, u"database: commit"_s);
    return true;
}

bool reset(QSqlDatabase db)
{
    Transaction tx(db);
    CatalogueRepository catalogue(db);
    SyncStateRepository state(db);
    StaffRepository staff(db);
    if (!tx.isActive() || !catalogue.clear() || !staff.clearPulled() || !state.remove(QString(kCursorKey)))
        return false;
    return tx.commit();
}

} // namespace PullApplier
