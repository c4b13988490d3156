// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pullapplier.h"

#include "protocol/socialreturnwire.h"

#include "storage/cataloguerepository.h"
#include "storage/inboxrepository.h"
#include "storage/partnerrepository.h"
#include "storage/phonehoursrepository.h"
#include "storage/registrationrepository.h"
#include "storage/staffrepository.h"
#include "storage/syncstaterepository.h"
#include "storage/trajectoryrepository.h"
#include "storage/transaction.h"
#include "protocol/goalwire.h"
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

namespace {

// Reads a change's data with its entity's reader, naming the field on failure.
template<typename T>
std::optional<T> readData(Meedoen::Validated<T> (*reader)(const QJsonObject &, const QString &),
                          const Wire::PulledChange &c, QString *error)
{
    auto read = reader(c.data, c.entityKey);
    if (read.error) {
        fail(error, read.error->field + u' ' + read.error->code);
        return std::nullopt;
    }
    return read.value;
}

// A staff tablet's record of the page, its data read by the entity's reader.
std::optional<StaffChange> readStaffChange(const Wire::PulledChange &c, QString *error)
{
    StaffChange change{*c.entity, c.id, c.op == Wire::ChangeOp::Delete, {}};
    if (change.deleted)
        return change;
    const auto take = [&](auto &&read) -> std::optional<StaffChange> {
        if (!read)
            return std::nullopt;
        if constexpr (requires { read->id = c.id; }) {
            if (read->id.isEmpty())
                read->id = c.id;
        }
        change.data = std::move(*read);
        return change;
    };
    switch (*c.entity) {
    case Wire::Entity::Person: return take(readData(&Wire::personChangeFromJson, c, error));
    case Wire::Entity::Signup: return take(readData(&Wire::signupChangeFromJson, c, error));
    case Wire::Entity::Hours: return take(readData(&Wire::hoursChangeFromJson, c, error));
    case Wire::Entity::Balance: return take(readData(&Wire::balanceChangeFromJson, c, error));
    case Wire::Entity::Decision: return take(readData(&Wire::decisionChangeFromJson, c, error));
    case Wire::Entity::Audit: return take(readData(&Wire::auditChangeFromJson, c, error));
    case Wire::Entity::Placement: return take(readData(&Wire::placementChangeFromJson, c, error));
    case Wire::Entity::EraseRequest: return take(readData(&Wire::eraseRequestChangeFromJson, c, error));
    case Wire::Entity::Goal: return take(readData(&Wire::goalChangeFromJson, c, error));
    case Wire::Entity::Neighbourhood:
    case Wire::Entity::Site:
    case Wire::Entity::Opportunity:
    case Wire::Entity::PostcodeArea:
    case Wire::Entity::Partner:
    case Wire::Entity::PartnerContribution:
    case Wire::Entity::SocialReturn: break;
    case Wire::Entity::TrajectoryStep:
    case Wire::Entity::Ladder: break; // kept by every scope that gets them (below)
    }
    return change;
}

} // namespace

std::optional<Page> parse(const QJsonObject &json, Scope scope, const QList<Site> &knownSites, QString *error)
{
    const bool staffScope = scope == Scope::Staff;
    const bool tenantScope = scope == Scope::Tenant;
    const auto read = Wire::pulledPageFromJson(json);
    if (read.error) {
        fail(error, u"page: "_s + read.error->field + u' ' + read.error->code);
        return std::nullopt;
    }
    Page page;
    page.cursor = read.value.cursor;
    page.more = read.value.more;

    // An entity may appear several times in a page; the last one wins. Reduce first so
    // that opportunities go to the database in one prepared statement.
    LastChanges<QJsonObject> neighbourhoods, sites, opportunities;
    for (const Wire::PulledChange &c : read.value.changes) {
        if (!c.entity)
            continue; // an entity a newer server may add: not kept here
        const bool deleted = c.op == Wire::ChangeOp::Delete;
        if (staffScope && StaffRepository::isStaffEntity(*c.entity)) {
            auto change = readStaffChange(c, error);
            if (!change)
                return std::nullopt;
            page.staffChanges.append(std::move(*change));
        }
        switch (*c.entity) {
        case Wire::Entity::Opportunity: opportunities.put({c.id, c.seq, deleted, c.data}); break;
        case Wire::Entity::Neighbourhood: neighbourhoods.put({c.id, c.seq, deleted, c.data}); break;
        case Wire::Entity::Site: sites.put({c.id, c.seq, deleted, c.data}); break;
        case Wire::Entity::PostcodeArea: {
            PostcodeArea area;
            if (PostcodeAreas::normalisedPostcode(c.id) != c.id) {
                fail(error, Wire::toKey(Wire::Entity::PostcodeArea) + u": id"_s);
                return std::nullopt;
            }
            if (!deleted) {
                const auto data = readData(&Wire::postcodeAreaFromJson, c, error);
                if (!data)
                    return std::nullopt;
                area = *data;
            }
            area.postcode = c.id;
            page.postcodeAreas.put({c.id, c.seq, deleted, area});
            break;
        }
        case Wire::Entity::Signup: {
            Wire::SignupChange signup;
            if (!deleted) {
                const auto data = readData(&Wire::signupChangeFromJson, c, error);
                if (!data)
                    return std::nullopt;
                signup = *data;
            }
            signup.id = c.id;
            page.signups.put({c.id, c.seq, deleted, signup});
            break;
        }
        case Wire::Entity::Person: {
            if (!tenantScope)
                break; // a phone keeps its tenant; a staff tablet keeps persons above
            Wire::PersonChange person;
            if (!deleted) {
                const auto data = readData(&Wire::personChangeFromJson, c, error);
                if (!data)
                    return std::nullopt;
                person = *data;
            }
            page.persons.put({c.id, c.seq, deleted, person});
            break;
        }
        case Wire::Entity::Hours: {
            if (!tenantScope)
                break; // a staff tablet keeps them above
            Wire::HoursChange hours;
            if (!deleted) {
                const auto data = readData(&Wire::hoursChangeFromJson, c, error);
                if (!data)
                    return std::nullopt;
                hours = *data;
            }
            hours.id = c.id;
            page.hours.put({c.id, c.seq, deleted, hours});
            break;
        }
        case Wire::Entity::Balance: {
            if (!tenantScope || deleted)
                break; // a tenant's balances go with the tenant (erasure)
            const auto data = readData(&Wire::balanceChangeFromJson, c, error);
            if (!data)
                return std::nullopt;
            page.balances.put({c.id, c.seq, deleted, *data});
            break;
        }
        case Wire::Entity::Partner: {
            if (!staffScope)
                break; // the register (its contact person) is staff's
            Partner partner;
            if (!deleted) {
                const auto data = readData(&Wire::partnerChangeFromJson, c, error);
                if (!data)
                    return std::nullopt;
                partner = *data;
            }
            partner.id = c.id;
            page.partners.put({c.id, c.seq, deleted, partner});
            break;
        }
        case Wire::Entity::PartnerContribution: {
            if (!staffScope)
                break;
            PartnerContribution contribution;
            if (!deleted) {
                const auto data = readData(&Wire::contributionChangeFromJson, c, error);
                if (!data)
                    return std::nullopt;
                contribution = *data;
            }
            contribution.id = c.id;
            page.contributions.put({c.id, c.seq, deleted, contribution});
            break;
        }
        case Wire::Entity::SocialReturn: {
            if (!staffScope)
                break; // the obligations (contract sums) are staff's
            Meedoen::SocialReturnConfig config;
            if (!deleted) {
                const auto data = readData(&Wire::socialReturnChangeFromJson, c, error);
                if (!data)
                    return std::nullopt;
                config = *data;
            }
            page.socialReturn.put({c.id, c.seq, deleted, config});
            break;
        }
        case Wire::Entity::TrajectoryStep: {
            if (scope == Scope::Device)
                break; // a kiosk keeps no trajectory (the server sends it none)
            Wire::TrajectoryStepChange step;
            if (!deleted) {
                const auto data = readData(&Wire::trajectoryStepChangeFromJson, c, error);
                if (!data)
                    return std::nullopt;
                step = *data;
            }
            step.id = c.id;
            page.trajectorySteps.put({c.id, c.seq, deleted, step});
            break;
        }
        case Wire::Entity::Ladder: {
            Meedoen::Ladder ladder;
            if (!deleted) {
                const auto data = readData(&Wire::ladderFromJson, c, error);
                if (!data)
                    return std::nullopt;
                ladder = *data;
            }
            ladder.route = c.id;
            page.ladders.put({c.id, c.seq, deleted, ladder});
            break;
        }
        default: break; // decisions, audit, erasure requests … are kept by a staff tablet only (above)
        }
    }

    for (const auto &c : std::as_const(neighbourhoods.changes)) {
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
    for (const auto &c : std::as_const(sites.changes)) {
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
    for (const auto &c : std::as_const(opportunities.changes)) {
        if (c.deleted) {
            page.removedOpportunities.append(c.id);
            continue;
        }
        auto o = Wire::opportunityFromJson(c.data, u"opportunity"_s, known, Wire::Unknown::PassOver);
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
    const bool fromScratch = syncState.value(QString(kCursorKey)).isEmpty();
    const bool bulk = fromScratch || !syncState.value(stale).isEmpty();
    const bool lastPage = !page.more;
    if (bulk && (!catalogue.suspendSearchIndex() || !syncState.setValue(stale, u"1"_s)))
        return fail(error, u"database: search index"_s);
    // The server's catalogue is the whole truth: what a file (--demo, --catalogue) put here
    // before the device was enrolled goes with the first page, in its transaction.
    if (fromScratch && !catalogue.clear())
        return fail(error, u"database: catalogue"_s);
    if (!catalogue.upsertInTransaction(page.neighbourhoods, page.sites, page.opportunities))
        return fail(error, u"database: catalogue"_s);
    for (const QString &id : std::as_const(page.removedOpportunities)) {
        if (!catalogue.remove(id))
            return fail(error, u"database: remove"_s);
    }
    for (const auto &c : std::as_const(page.postcodeAreas.changes)) {
        if (!(c.deleted ? catalogue.removePostcodeArea(c.id) : catalogue.keepPostcodeArea(c.data)))
            return fail(error, u"database: postcode area"_s);
    }
    if (bulk && (!catalogue.resumeSearchIndex()
                 || (lastPage && (!catalogue.rebuildSearchIndex() || !syncState.remove(stale)))))
        return fail(error, u"database: search index"_s);
    RegistrationRepository registrations(db);
    // A phone's inbox: the news of this page for its tenant, written with the change itself.
    InboxRepository inbox(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A phone's tenant, as the server knows them: kept before their sign-ups, which point at
    // them, with their consents ("Mijn gegevens"). What the phone does not store (agreed hours)
    // is passed over.
    for (const auto &c : std::as_const(page.persons.changes)) {
        if (c.deleted || c.data.erased) {
            if (!registrations.erasePersonInTransaction(c.id) || !TrajectoryRepository(db).removePerson(c.id))
                return fail(error, u"database: person"_s);
            continue;
        }
        if (!registrations.keepPulledPerson(c.data.person)
            || !registrations.keepPulledConsents(c.data.person.id, c.data.consents))
            return fail(error, u"database: person"_s);
    }
    for (const auto &c : std::as_const(page.signups.changes)) {
        if (c.deleted)
            continue;
        const Wire::SignupChange &d = c.data;
        // The server's word: state, position, reason, the staff member's message, the date and
        // the placement (a kiosk's copy has no message and no placement).
        Signup s;
        s.id = c.id;
        s.referenceCode = d.referenceCode;
        s.personId = d.personId;
        s.opportunityId = d.opportunityId;
        s.state = d.state;
        s.waitlistPosition = d.waitlistPosition;
        s.declineReason = d.declineReason;
        s.messageToTenant = d.messageToTenant;
        s.stateAt = d.stateAt;
        s.placement = d.placement;
        s.placementDate = d.placementDate;
        s.serverVersion = c.seq;
        if (tenantScope) {
            // The tenant's sign-ups from any device (a kiosk, staff), not only this phone's.
            if (s.referenceCode.isEmpty() || s.opportunityId.isEmpty())
                return fail(error, u"signup"_s);
            const std::optional<Signup> before = registrations.signup(s.id);
            if (!registrations.keepPulledSignup(s) || !inbox.notePulledSignup(before, s, now))
                return fail(error, u"database: signup"_s);
            continue;
        }
        // Sign-ups this device does not hold (another device's, for staff) are not kept here.
        if (!registrations.applyPulled(s))
            return fail(error, u"database: signup"_s);
        if (!d.referenceCode.isEmpty() && !registrations.setReferenceCode(c.id, d.referenceCode))
            return fail(error, u"database: reference code"_s);
    }
    // The tenant's hours and balances after their person, whom they point at (a row for a
    // person this phone does not hold is passed over).
    PhoneHoursRepository hours(db);
    for (const auto &c : std::as_const(page.hours.changes)) {
        if (!(c.deleted ? hours.removePulled(c.id) : inbox.notePulledHours(c.data, now) && hours.keepPulled(c.data)))
            return fail(error, u"database: hours"_s);
    }
    for (const auto &c : std::as_const(page.balances.changes)) {
        if (!hours.keepPulledBalance(c.data))
            return fail(error, u"database: balance"_s);
    }
    PartnerRepository partners(db);
    for (const auto &c : std::as_const(page.partners.changes)) {
        if (!(c.deleted ? partners.removePartner(c.id) : partners.keepPartner(c.data)))
            return fail(error, u"database: partner"_s);
    }
    for (const auto &c : std::as_const(page.contributions.changes)) {
        if (!(c.deleted ? partners.removeContribution(c.id) : partners.keepContribution(c.data)))
            return fail(error, u"database: partner contribution"_s);
    }
    for (const auto &c : std::as_const(page.socialReturn.changes)) {
        if (!(c.deleted ? partners.removeSocialReturn() : partners.keepSocialReturn(c.data)))
            return fail(error, u"database: social return"_s);
    }
    TrajectoryRepository trajectories(db);
    for (const auto &c : std::as_const(page.trajectorySteps.changes)) {
        if (!(c.deleted ? trajectories.removePulled(c.id) : trajectories.keepPulled(c.data)))
            return fail(error, u"database: trajectory"_s);
    }
    for (const auto &c : std::as_const(page.ladders.changes)) {
        if (!(c.deleted ? trajectories.removeLadder(c.id) : trajectories.keepLadder(c.data)))
            return fail(error, u"database: ladder"_s);
    }
    StaffRepository staff(db);
    for (const StaffChange &c : std::as_const(page.staffChanges)) {
        const bool ok = c.deleted ? staff.removePulled(c.entity, c.id)
                                  : std::visit(
                                        [&staff](const auto &data) {
                                            if constexpr (std::is_same_v<std::decay_t<decltype(data)>, std::monostate>)
                                                return true;
                                            else
                                                return staff.applyPulled(data);
                                        },
                                        c.data);
        if (!ok)
            return fail(error, u"database: "_s + Wire::toKey(c.entity));
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
    if (!tx.isActive() || !catalogue.clear() || !staff.clearPulled() || !TrajectoryRepository(db).clear()
        || !state.remove(QString(kCursorKey)))
        return false;
    return tx.commit();
}

} // namespace PullApplier
