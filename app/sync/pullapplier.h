// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/partner.h"
#include "core/socialreturn.h"
#include "core/domain.h"
#include "core/goals.h"
#include "protocol/changes.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>
#include <variant>

// Applies one page of `GET /v1/pull` to the device's database: catalogue upserts and
// tombstones, the server's word on this device's sign-ups, and the page's cursor — all in
// ONE transaction, so a crash leaves either the whole page with its cursor or neither.
namespace PullApplier {

inline constexpr QLatin1StringView kCursorKey{"pullCursor"};

// What a device keeps of a page besides the catalogue, by the scope the server gave it.
enum class Scope {
    Device, // a kiosk: the server's word on the sign-ups it holds, nothing else
    Tenant, // a phone: its tenant(s) and their sign-ups, also those made on other devices
    Staff,  // a staff tablet: persons, sign-ups of the site, hours, balances, decisions and
            // audit entries (StaffRepository), tombstones included
};

// The last change of one entity in a page.
template<typename T>
struct LastChange
{
    QString id;
    qint64 seq = 0;
    bool deleted = false;
    T data;
};

// The last change of each entity of one kind, in the order the entities first appeared.
// One hash lookup per change: a page of a full pull holds a thousand of them.
template<typename T>
struct LastChanges
{
    QHash<QString, qsizetype> index;
    QList<LastChange<T>> changes;

    void put(LastChange<T> change)
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
};

// A staff tablet's pulled record: its entity's data as read by the protocol, or a tombstone.
struct StaffChange
{
    Wire::Entity entity = Wire::Entity::Person;
    QString id;
    bool deleted = false;
    std::variant<std::monostate, Wire::PersonChange, Wire::SignupChange, Wire::HoursChange, Wire::BalanceChange,
                 Wire::DecisionChange, Wire::AuditChange, Wire::PlacementChange, Wire::EraseRequestChange,
                 Meedoen::Goal>
        data;
};

// A page read and checked, not yet written: every change as the value its entity's reader
// gives, the catalogue as domain values.
struct Page
{
    QString cursor;
    bool more = false;
    QList<Meedoen::Neighbourhood> neighbourhoods;
    QList<Meedoen::Site> sites;
    QList<Meedoen::Opportunity> opportunities;
    QStringList removedOpportunities;
    LastChanges<Meedoen::PostcodeArea> postcodeAreas; // the corporation's areas, by postcode
    LastChanges<Wire::PersonChange> persons;
    LastChanges<Wire::SignupChange> signups;
    // A phone's tenant's hours and tegenprestatie (a staff tablet keeps them in staffChanges).
    LastChanges<Wire::HoursChange> hours;
    LastChanges<Wire::BalanceChange> balances;
    // Trajectories: a phone's tenant's or a tablet's site's steps; the ladders (every device).
    LastChanges<Wire::TrajectoryStepChange> trajectorySteps;
    LastChanges<Meedoen::Ladder> ladders;
    QList<StaffChange> staffChanges; // in page order: the last one of an entity wins
    // A staff tablet's partner register and its site's contributions (core/partner.h).
    LastChanges<Meedoen::Partner> partners;
    LastChanges<Meedoen::PartnerContribution> contributions;
    LastChanges<Meedoen::SocialReturnConfig> socialReturn; // staff: the one configuration
};

// False (and nothing written) when the page is malformed or the database refuses it.
bool apply(QSqlDatabase db, const QJsonObject &page, QString *error = nullptr);
bool apply(QSqlDatabase db, const QJsonObject &page, Scope scope, QString *error = nullptr);

// apply() in two steps. parse() touches no database (a sync client runs it on another
// thread while the previous page is written): knownSites are the sites an opportunity may
// point at besides those of the page itself (the database's, and those of pages parsed but
// not yet written). write() stores the page and its cursor in one transaction.
std::optional<Page> parse(const QJsonObject &page, Scope scope, const QList<Meedoen::Site> &knownSites,
                          QString *error = nullptr);
bool write(QSqlDatabase db, const Page &page, Scope scope, QString *error = nullptr);

// "Reset required": drops the pulled catalogue (and a staff tablet's pulled records) and
// the cursor in one transaction. The outbox and this device's sign-ups stay.
bool reset(QSqlDatabase db);

} // namespace PullApplier
