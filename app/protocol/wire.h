// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JSON form of the domain values, shared by the device app and meedoen-server so both
// sides read and write exactly the same thing. docs/sync-protocol.md is the contract.

#include "core/domain.h"
#include "core/partner.h"
#include "core/signup.h"
#include "core/validation.h"

#include <QJsonObject>

namespace Wire {

QJsonObject toJson(const Meedoen::Neighbourhood &n);
QJsonObject toJson(const Meedoen::Site &s);
QJsonObject toJson(const Meedoen::Opportunity &o);  // site as its id
// An opportunity's "translations" object ({"en": {"title", "summary"}, …}; {} without any).
QJsonObject toJson(const QMap<QString, Meedoen::LocalText> &translations);
// How the server keeps an opportunity of its catalogue: toJson without the places, which it
// counts itself; and back (the site by id only).
QJsonObject catalogueEntry(const Meedoen::Opportunity &o);
Meedoen::Validated<Meedoen::Opportunity> storedCatalogueEntry(const QJsonObject &entry);
// A stored catalogue entry (catalogueEntry) with its places as they are now, without
// reading the entry again: the server's pulled opportunity.
QJsonObject withPlaces(QJsonObject opportunity, int placesTaken, int waitlistLength);
// A stored catalogue entry's free-text organiser and its role, read without checking the rest
// of the entry (an older server may have stored what today's reader refuses); and the entry
// naming a partner (partnerId, its name as the organiser), the rest kept as it was.
struct StoredOrganiser
{
    QString organiser;
    QString organiserRole;
    QString partnerId;
};
StoredOrganiser storedOrganiser(const QJsonObject &entry);
QJsonObject withPartner(QJsonObject entry, const QString &partnerId, const QString &name);
QJsonObject toJson(const Meedoen::Person &p);
QJsonObject toJson(const Meedoen::ConsentRecord &c);
QJsonObject toJson(const Meedoen::Signup &s);
// An hours entry: as the `hours` payload logs it, as the `hours-correct` payload corrects
// one (no person or opportunity: the corrected entry has them), or as the pulled change
// carries it (everything, the note even when empty).
enum class HoursEntryShape { Logged, Correction, Pulled };
QJsonObject toJson(const Meedoen::HoursEntry &entry, HoursEntryShape shape);
// An empty text is left out.
void insertText(QJsonObject &o, const QString &key, const QString &text);

// Readers refuse unknown fields, wrong types and invalid values; each error names the
// field by its JSON path ("opportunities[3].capacity").
Meedoen::Validated<Meedoen::Neighbourhood> neighbourhoodFromJson(const QJsonObject &o, const QString &path);
Meedoen::Validated<Meedoen::Site> siteFromJson(const QJsonObject &o, const QString &path);
// `sites` resolves the opportunity's site id. What the corporation hands in (a catalogue file,
// a tablet's edit) must have only known fields; a device reading a pulled opportunity passes
// over fields a newer server added (Unknown::PassOver), as the other change readers do.
enum class Unknown { Refuse, PassOver };
Meedoen::Validated<Meedoen::Opportunity> opportunityFromJson(const QJsonObject &o, const QString &path,
                                                             const QList<Meedoen::Site> &sites,
                                                             Unknown unknown = Unknown::Refuse);

// Readers of what a device pushes (app/storage/registrationrepository.cpp writes them).
// personFromJson reads the shape only; the caller runs Meedoen::validatePerson with its own
// "today" (its field names are the person's JSON keys: Meedoen::PersonField).
Meedoen::Validated<Meedoen::Person> personFromJson(const QJsonObject &o, const QString &path);
Meedoen::Validated<Meedoen::ConsentRecord> consentFromJson(const QJsonObject &o, const QString &path);
Meedoen::Validated<Meedoen::Signup> signupFromJson(const QJsonObject &o, const QString &path);

// A partner organisation (core/partner.h): {id, name, kind, contact?: {name?, phone?, email?}}
// (the contact left out when empty), and a partner's role and contribution in a month:
// {id, partnerId, opportunityId, role, month, moneyCents, staffMinutes, places, premisesMinutes}.
// The readers check the shape and the values (validatePartner, validateContribution); the
// partner's texts come back as they are kept (trimmed, phone in E.164). With Unknown::PassOver
// (a pulled change) fields a newer server added are passed over.
QJsonObject toJson(const Meedoen::Partner &p);
Meedoen::Validated<Meedoen::Partner> partnerFromJson(const QJsonObject &o, const QString &path,
                                                     Unknown unknown = Unknown::Refuse);
QJsonObject toJson(const Meedoen::PartnerContribution &c);
Meedoen::Validated<Meedoen::PartnerContribution> contributionFromJson(const QJsonObject &o, const QString &path,
                                                                      Unknown unknown = Unknown::Refuse);

// The catalogue file (assets/demo/catalogue.json), also what `meedoen-server
// import-catalogue` reads.
struct Catalogue
{
    QString textVersion;
    QList<Meedoen::Neighbourhood> neighbourhoods;
    QList<Meedoen::Site> sites;
    QList<Meedoen::Opportunity> opportunities;
    // Partner organisations the opportunities name by partnerId (optional). An opportunity with
    // an organiser and no partnerId names the partner of that name (partnerIdForOrganiser).
    QList<Meedoen::Partner> partners;
};
Meedoen::Validated<Catalogue> parseCatalogue(const QByteArray &json);

} // namespace Wire
