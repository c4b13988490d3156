// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pullapplier.h"

#include "storage/cataloguerepository.h"
#include "storage/registrationrepository.h"
#include "storage/staffrepository.h"
#include "storage/syncstaterepository.h"
#include "storage/transaction.h"
#include "protocol/wire.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace PullApplier {

namespace {

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

void LastChanges::put(LastChange change)
{
    const qsizetype next = changes.size();
    qsizetype &at = index[change.id];
    if (index.size() > next) {
        at = next;
        changes.append(std::move(change));
    } else {
        changes[at] = std::move(change);
    }
}

std::optional<Page> parse(const QJsonObject &json, Scope scope, const QList<Site> &knownSites, QString *error)
{
    const bool staffScope = scope == Scope::Staff;
    const bool tenantScope = scope == Scope::Tenant;
    const QJsonValue changesValue = json.value(u"changes"_s);
    const QJsonValue cursorValue = json.value(u"cursor"_s);
    if (!changesValue.isArray() || !cursorValue.isString()) {
        fail(error, u"page: changes or cursor missing"_s);
        return std::nullopt;
    }
    Page page;
    page.cursor = cursorValue.toString();
    page.more = json.value(u"more"_s).toBool();

    // An entity may appear several times in a page; the last one wins. Reduce first so
    // that opportunities go to the database in one prepared statement.
    LastChanges neighbourhoods, sites, opportunities;
    const QJsonArray changes = changesValue.toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject c = changes.at(i).toObject();
        const QString entity = c.value(u"entity"_s).toString();
        const QString id = c.value(u"id"_s).toString();
        const QString op = c.value(u"op"_s).toString();
        if (id.isEmpty() || (op != "upsert"_L1 && op != "delete"_L1)) {
            fail(error, u"changes[%1]: id or op"_s.arg(i));
            return std::nullopt;
        }
        if (staffScope && StaffRepository::isStaffEntity(entity))
            page.staffChanges.append({entity, id, op == "delete"_L1, c.value(u"data"_s).toObject()});
        LastChanges *target = nullptr;
        if (entity == "opportunity"_L1) {
            target = &opportunities;
        } else if (entity == "neighbourhood"_L1) {
            target = &neighbourhoods;
        } else if (entity == "site"_L1) {
            target = &sites;
        } else if (entity == "signup"_L1) {
            target = &page.signups;
        } else if (entity == "person"_L1 && tenantScope) {
            target = &page.persons;
        } else {
            continue; // persons elsewhere, and entities a newer server may add: not kept here
        }
        target->put({id, qint64(c.value(u"seq"_s).toDouble()), op == "delete"_L1, c.value(u"data"_s).toObject()});
    }

    for (const LastChange &c : std::as_const(neighbourhoods.changes)) {
        if (c.deleted)
            continue; // a neighbourhood is never removed while opportunities point at it
        auto n = Wire::neighbourhoodFromJson(c.data, u"neighbourhood"_s);
        if (!n.ok()) {
            fail(error, n.error->field);
            return std::nullopt;
        }
        page.neighbourhoods.append(n.value);
    }
    QList<Site> known = knownSites;
    for (const LastChange &c : std::as_const(sites.changes)) {
        if (c.deleted)
            continue;
        auto s = Wire::siteFromJson(c.data, u"site"_s);
        if (!s.ok()) {
            fail(error, s.error->field);
            return std::nullopt;
        }
        page.sites.append(s.value);
        known.append(s.value);
    }
    page.opportunities.reserve(opportunities.changes.size());
    for (const LastChange &c : std::as_const(opportunities.changes)) {
        if (c.deleted) {
            page.removedOpportunities.append(c.id);
            continue;
        }
        auto o = Wire::opportunityFromJson(c.data, u"opportunity"_s, known);
        if (!o.ok()) {
            fail(error, o.error->field);
            return std::nullopt;
        }
        page.opportunities.append(o.value);
    }
    return page;
}

bool apply(QSqlDatabase db, const QJsonObject &json, Scope scope, QString *error)
{
    const auto page = parse(json, scope, CatalogueRepository(db).sites(), error);
    return page && write(db, *page, scope, error);
}

bool write(QSqlDatabase db, const Page &page, Scope scope, QString *error)
{
    const bool tenantScope = scope == Scope::Tenant;
    CatalogueRepository catalogue(db);
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
    const bool lastPage = !page.more;
    if (bulk && (!catalogue.suspendSearchIndex() || !syncState.setValue(stale, u"1"_s)))
        return fail(error, u"database: search index"_s);
    if (!catalogue.upsertInTransaction(page.neighbourhoods, page.sites, page.opportunities))
        return fail(error, u"database: catalogue"_s);
    for (const QString &id : std::as_const(page.removedOpportunities)) {
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
    for (const LastChange &c : std::as_const(page.persons.changes)) {
        if (c.deleted) {
            if (!registrations.erasePersonInTransaction(c.id))
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
    for (const LastChange &c : std::as_const(page.signups.changes)) {
        const QString &id = c.id;
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
    for (const Page::StaffChange &c : std::as_const(page.staffChanges)) {
        if (!staff.applyPulled(c.entity, c.id, c.deleted, c.data))
            return fail(error, u"database: "_s + c.entity);
    }
    if (!syncState.setValue(QString(kCursorKey), page.cursor))
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
