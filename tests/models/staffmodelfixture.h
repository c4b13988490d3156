// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A staff tablet's store in a temporary SQLite file, filled the way a pull fills it:
// the catalogue through CatalogueRepository, the staff records through StaffRepository's
// typed applyPulled(). Two neighbourhoods, two sites, three opportunities; persons,
// sign-ups and hours are added by each test.

#include "protocol/changes.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/staffrepository.h"

#include <QAbstractItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace StaffModelFixture {

using namespace Qt::StringLiterals;

class Store
{
public:
    // False (with a QTest failure message) when the database cannot be opened.
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_dir.isValid())
            return false;
        m_db = std::make_unique<Database>();
        return m_db->open(m_dir.filePath(u"staff.sqlite"_s)) == Database::Status::Open && catalogue();
    }

    Database *database() { return m_db.get(); }
    StaffRepository repository() { return StaffRepository(m_db->connection()); }

    bool person(const QString &id, const QString &given, const QString &family, const QString &tenantNumber,
                const QStringList &neighbourhoods = {}, int agreedMinutes = 0, const QString &personalCode = {})
    {
        Wire::PersonChange c;
        c.person.id = id;
        c.person.personalCode = personalCode;
        c.person.givenName = given;
        c.person.familyName = family;
        c.person.tenantNumber = tenantNumber;
        c.person.neighbourhoods = neighbourhoods;
        c.person.address.postcode = u"3083 BK"_s;
        c.person.address.houseNumber = 12;
        c.person.dateOfBirth = QDate(1980, 5, 17);
        c.agreedMinutesPerMonth = agreedMinutes;
        return repository().applyPulled(c);
    }

    bool signup(const QString &id, const QString &personId, const QString &opportunityId, Meedoen::SignupState state,
                int waitlistPosition, qint64 arrival)
    {
        Wire::SignupChange c;
        c.id = id;
        c.referenceCode = u"REF-"_s + id;
        c.personId = personId;
        c.opportunityId = opportunityId;
        c.state = state;
        c.waitlistPosition = waitlistPosition;
        c.arrival = arrival;
        c.version = 1;
        return repository().applyPulled(c);
    }

    bool hours(const QString &id, const QString &personId, const QString &opportunityId, QDate date, int minutes,
               bool verified, const QString &supersededBy = {})
    {
        Wire::HoursChange c;
        c.id = id;
        c.personId = personId;
        c.opportunityId = opportunityId;
        c.date = date;
        c.minutes = minutes;
        c.note = u"Schoffelen"_s;
        c.createdAt = QDateTime(date, QTime(12, 0), Qt::UTC);
        c.verified = verified;
        c.supersededBy = supersededBy;
        return repository().applyPulled(c);
    }

    bool opportunity(const QString &id, const QString &title, Meedoen::OpportunityKind kind,
                     Meedoen::OpportunityStatus status, const QString &siteId, int capacity = 4)
    {
        Meedoen::Opportunity o;
        o.id = id;
        o.title = title;
        o.kind = kind;
        o.trainingType = kind == Meedoen::OpportunityKind::TrainingPlace ? Meedoen::TrainingType::Internship
                                                                         : Meedoen::TrainingType::None;
        o.status = status;
        o.site = siteId == m_siteA.id ? m_siteA : m_siteB;
        o.neighbourhood = o.site.neighbourhood;
        o.summary = title;
        o.capacity = capacity;
        o.startDate = QDate(2026, 11, 2);
        o.version = 1;
        return CatalogueRepository(m_db->connection()).upsert({}, {}, {o});
    }

private:
    bool catalogue()
    {
        m_siteA = {u"site-a"_s, u"Buurthuis A"_s, u"wielewaal"_s, u"Dortsmondstraat 1"_s, 51.88, 4.48};
        m_siteB = {u"site-b"_s, u"Buurthuis B"_s, u"heuvel"_s, u"Heuvelweg 2"_s, 51.89, 4.49};
        return CatalogueRepository(m_db->connection())
            .upsert({{u"wielewaal"_s, u"Wielewaal"_s, u"Rotterdam"_s}, {u"heuvel"_s, u"Heuvel"_s, u"Rotterdam"_s}},
                    {m_siteA, m_siteB}, {});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Meedoen::Site m_siteA;
    Meedoen::Site m_siteB;
};

// One column of a model (or proxy) by role, top to bottom: what the list shows.
inline QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

// The model's role names, sorted: a StaffRowModel's are the keys of its repository rows.
inline QStringList sortedRoleNames(const QAbstractItemModel &model)
{
    QStringList roles;
    for (const QByteArray &name : model.roleNames())
        roles.append(QString::fromLatin1(name));
    roles.sort();
    return roles;
}

// The keys of a repository row, sorted.
inline QStringList sortedKeys(const QVariant &row)
{
    QStringList keys = row.toMap().keys();
    keys.sort();
    return keys;
}

} // namespace StaffModelFixture
