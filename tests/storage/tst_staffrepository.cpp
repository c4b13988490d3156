// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "protocol/changes.h"
#include "protocol/wire.h"
#include "storage/outbox.h"
#include "sync/pullapplier.h"
#include "controllers/stafftablet.h"
#include "controllers/staffexport.h"
#include "models/staffhoursmodel.h"
#include "models/staffopportunitymodel.h"
#include "models/staffreviewopportunitymodel.h"
#include "models/staffsignupmodel.h"
#include "common/shownrows.h"
#include "common/stafffixture.h"
#include "storage/staffrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The staff tablet's store and controller against a pulled page with known answers:
// review queues, the decision rules, the conflict list, catalogue edits, hours, erasure,
// the dashboard figures and the CSV export, idle lock.
class TestStaffStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffTablet> m_staff;
    QDateTime m_now;
    int m_count = 0;
    const QString m_pin = u"24680"_s;

    QSqlDatabase db() { return m_db->connection(); }

    void unlocked()
    {
        StaffRepository::Account a;
        a.staffId = u"st-1"_s;
        a.login = u"fatma"_s;
        a.name = u"Fatma Demir"_s;
        a.sites = {u"site-a"_s};
        a.signedInAt = m_now;
        a.roles = {u"coordinator"_s, u"consultant"_s, u"admin"_s}; // every flow here, erasure too
        QVERIFY(m_staff->session()->addAccount(a));
        QVERIFY(StaffPinGuard(db(), [this] { return m_now; }, StaffPinGuard::Cost::Minimum).setPin(u"st-1"_s, m_pin));
        QCOMPARE(m_staff->session()->stage(), StaffSession::Stage::Locked);
        QVERIFY(!m_staff->session()->unlock(u"st-1"_s, u"13579"_s));
        QVERIFY(m_staff->session()->unlock(u"st-1"_s, m_pin));
        QCOMPARE(m_staff->session()->stage(), StaffSession::Stage::Unlocked);
    }

    QList<Outbox::Entry> outbox() { return Outbox(db()).pending(100); }

    // What the queue page shows for one opportunity: StaffReview's sign-ups through its proxy.
    QVariantList signupsFor(const QString &opportunityId)
    {
        StaffSignupProxy proxy;
        proxy.setSourceModel(m_staff->review()->signups());
        proxy.setOpportunityId(opportunityId);
        return shownRows(proxy);
    }

    // What a queue page lists on its left: StaffReview's opportunities through its proxy.
    QVariantList reviewOpportunities(const QString &kind)
    {
        StaffReviewOpportunityProxy proxy;
        proxy.setSourceModel(m_staff->review()->reviewOpportunities());
        proxy.setKind(kind);
        return shownRows(proxy);
    }

    // What the catalogue page shows: the opportunities of the unlocked staff member's sites.
    QVariantList editableOpportunities()
    {
        StaffOpportunityProxy proxy;
        proxy.setSourceModel(m_staff->catalogue()->opportunityList());
        proxy.setSiteIds(m_staff->catalogue()->siteIds());
        return shownRows(proxy);
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"staff-%1.db"_s.arg(++m_count))), Database::Status::Open);
        m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        QString error;
        QVERIFY2(PullApplier::apply(db(), StaffFixture::page(), PullApplier::Scope::Staff, &error), qPrintable(error));
        m_staff = std::make_unique<StaffTablet>(m_db.get(), nullptr, [this] { return m_now; },
                                                StaffPinGuard::Cost::Minimum);
        m_staff->results()->setExportDir(m_dir.filePath(u"export-%1"_s.arg(m_count)));
        // The screens' lists fill when the tablet is first used (an unlock, a pull), not when
        // it is built: a kiosk builds it too.
        QCOMPARE(m_staff->review()->signups()->rowCount(), 0);
        QCOMPARE(m_staff->review()->reviewOpportunities()->rowCount(), 0);
        QCOMPARE(m_staff->review()->newVolunteers()->rowCount(), 0);
        QCOMPARE(m_staff->review()->conflicts()->rowCount(), 0);
        QCOMPARE(m_staff->persons()->auditList()->rowCount(), 0);
        m_staff->session()->refresh();
        QVERIFY(m_staff->review()->reviewOpportunities()->rowCount() > 0);
        QVERIFY(m_staff->review()->newVolunteers()->rowCount() > 0);
        QVERIFY(m_staff->review()->conflicts()->rowCount() > 0);
    }
    void cleanup()
    {
        m_staff.reset();
        m_db.reset();
    }

    void withoutStaffScopeNothingPersonalIsKept()
    {
        Database other;
        QCOMPARE(other.open(m_dir.filePath(u"phone.db"_s)), Database::Status::Open);
        QVERIFY(PullApplier::apply(other.connection(), StaffFixture::page()));
        QSqlQuery q(other.connection());
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM staff_person) + (SELECT count(*) FROM staff_hours)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void queuesShowCapacityConfirmedAndWaitlistOrder()
    {
        const QVariantList volunteer = reviewOpportunities(u"volunteer"_s);
        QCOMPARE(volunteer.size(), 2); // Koffie, Moestuin
        const QVariantMap tuin = volunteer.at(1).toMap();
        QCOMPARE(tuin.value(u"title"_s).toString(), u"Moestuin"_s);
        QCOMPARE(tuin.value(u"capacity"_s).toInt(), 4);
        QCOMPARE(tuin.value(u"confirmed"_s).toInt(), 3);
        const QVariantList training = reviewOpportunities(u"training"_s);
        QCOMPARE(training.size(), 1);
        QCOMPARE(training.at(0).toMap().value(u"waitlistLength"_s).toInt(), 1);
        const QVariantList stage = signupsFor(u"stage"_s);
        QCOMPARE(stage.size(), 2);
        QCOMPARE(stage.at(0).toMap().value(u"state"_s).toString(), u"confirmed"_s);
        QCOMPARE(stage.at(1).toMap().value(u"name"_s).toString(), u"Jan de Vries"_s);
        QCOMPARE(stage.at(1).toMap().value(u"waitlistPosition"_s).toInt(), 1);
        // New volunteers until checked on this tablet.
        unlocked();
        QCOMPARE(m_staff->review()->newVolunteers()->rowCount(), 3);
        QVERIFY(!m_staff->review()->markIdentityChecked(u"p1"_s, u"looks-fine"_s));
        QVERIFY(m_staff->review()->markIdentityChecked(u"p1"_s, u"tenant-number"_s));
        QCOMPARE(m_staff->review()->newVolunteers()->rowCount(), 2);
        // It travels to the server as a staff mutation, not only into this tablet's trail.
        const auto queued = outbox();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).kind, Wire::MutationKind::IdentityCheck);
        QCOMPARE(queued.at(0).payload.value(u"method"_s).toString(), u"tenant-number"_s);
        // A check from another tablet, pulled with the person, counts the same.
        QJsonObject p2 = StaffFixture::person(u"p2"_s, u"Jan"_s, u"de Vries"_s);
        p2.insert(u"identityCheck"_s, QJsonObject{{u"method"_s, u"address"_s}, {u"staffId"_s, u"st-2"_s}});
        QVERIFY(PullApplier::apply(db(), {{u"cursor"_s, u"200"_s},
                                          {u"changes"_s, QJsonArray{StaffFixture::change(200, u"person"_s, u"p2"_s, p2)}}},
                                   PullApplier::Scope::Staff));
        m_staff->session()->refresh();
        QCOMPARE(m_staff->review()->newVolunteers()->rowCount(), 1);
    }

    void decisionsFollowTheRulesAndCarryTheVersionSeen()
    {
        // Locked: nothing can be decided.
        QVERIFY(!m_staff->review()->decide(u"s5"_s, u"decline"_s, u"Geen plaats meer"_s, {}, {}));
        unlocked();
        // The stage is full: a waitlisted tenant cannot be confirmed; waitlist is what they are.
        const QVariantMap allowed = m_staff->review()->allowedDecisions(u"s5"_s);
        QCOMPARE(allowed.value(u"confirm"_s).toBool(), false);
        QCOMPARE(allowed.value(u"waitlist"_s).toBool(), false);
        QCOMPARE(allowed.value(u"decline"_s).toBool(), true);
        QVERIFY(!m_staff->review()->decide(u"s5"_s, u"confirm"_s, {}, {}, {}));
        QVERIFY(outbox().isEmpty());
        // Declining needs a reason; one line of at most 200 characters.
        QVERIFY(!m_staff->review()->decide(u"s5"_s, u"decline"_s, {}, {}, {}));
        QVERIFY(!m_staff->review()->decide(u"s5"_s, u"decline"_s, {}, u"a\nb"_s, {}));
        QVERIFY(m_staff->review()->decide(u"s5"_s, u"decline"_s, u"Geen plaats meer"_s, u"stage vol tot maart"_s,
                                u"Helaas.\nWe bellen u in maart."_s));
        const auto queued = outbox();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).kind, Wire::MutationKind::Decision);
        const QJsonObject p = queued.at(0).payload;
        QCOMPARE(p.value(u"staffId"_s).toString(), u"st-1"_s);
        QCOMPARE(p.value(u"signupId"_s).toString(), u"s5"_s);
        QCOMPARE(p.value(u"decision"_s).toString(), u"decline"_s);
        QCOMPARE(p.value(u"seenVersion"_s).toInt(), 1);
        QCOMPARE(p.value(u"reason"_s).toString(), u"Geen plaats meer: stage vol tot maart"_s);
        QCOMPARE(p.value(u"messageToTenant"_s).toString(), u"Helaas.\nWe bellen u in maart."_s);
        QCOMPARE(signupsFor(u"stage"_s).at(1).toMap().value(u"pending"_s).toBool(), true);
        // A confirmed tenant may not go back to the waitlist; declining them is allowed.
        const QVariantMap confirmed = m_staff->review()->allowedDecisions(u"s1"_s);
        QCOMPARE(confirmed.value(u"waitlist"_s).toBool(), false);
        QCOMPARE(confirmed.value(u"decline"_s).toBool(), true);
    }

    void aStaleDecisionLandsInTheConflictList()
    {
        // The pulled list has one conflict of a colleague.
        QCOMPARE(m_staff->review()->conflicts()->rowCount(), 1);
        QCOMPARE(m_staff->review()->conflicts()->get(0).value(u"currentVersion"_s).toInt(), 2);
        unlocked();
        QVERIFY(m_staff->review()->decide(u"s5"_s, u"decline"_s, u"Anders"_s, {}, {}));
        const qint64 seq = outbox().at(0).seq;
        // The server's outcome: another tablet decided first.
        {
            QSqlDatabase d = db();
            QVERIFY(d.transaction());
            Wire::Outcome stale = Wire::Outcome::of(seq, Wire::OutcomeStatus::Conflict, Wire::toKey(Wire::Reason::StaleVersion));
            stale.currentVersion = 2;
            stale.currentState = Meedoen::toKey(Meedoen::SignupState::Confirmed);
            stale.decisionId = u"d9"_s;
            QVERIFY(StaffRepository(d).recordOutcome(seq, stale));
            QVERIFY(d.commit());
        }
        m_staff->session()->refresh();
        QVariantList conflicts = shownRows(*m_staff->review()->conflicts());
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.at(1).toMap().value(u"decisionId"_s).toString(), u"d9"_s);
        QCOMPARE(conflicts.at(1).toMap().value(u"currentState"_s).toString(), u"confirmed"_s);
        QCOMPARE(conflicts.at(1).toMap().value(u"staffName"_s).toString(), u"Fatma Demir"_s);
        // The sign-up itself is untouched by the stale decision.
        QCOMPARE(signupsFor(u"stage"_s).at(1).toMap().value(u"state"_s).toString(), u"waitlisted"_s);
        // Once pulled, the server's row replaces ours: still one entry for it.
        QJsonObject page{{u"cursor"_s, u"99"_s},
                         {u"changes"_s, QJsonArray{StaffFixture::change(99, u"decision"_s, u"d9"_s,
                                                                        {{u"signupId"_s, u"s5"_s}, {u"staffId"_s, u"st-1"_s},
                                                                         {u"decision"_s, u"decline"_s}, {u"status"_s, u"conflict"_s},
                                                                         {u"seenVersion"_s, 1}, {u"currentVersion"_s, 2},
                                                                         {u"decidedAt"_s, u"2026-11-28T09:00:00.000Z"_s}})}}};
        QVERIFY(PullApplier::apply(db(), page, PullApplier::Scope::Staff));
        m_staff->session()->refresh();
        QCOMPARE(m_staff->review()->conflicts()->rowCount(), 2);
    }

    void loweringCapacityBelowConfirmedIsRefused()
    {
        unlocked();
        QVERIFY(!m_staff->catalogue()->saveOpportunity({{u"opportunityId"_s, u"tuin"_s}, {u"capacity"_s, 2}}));
        QVERIFY(m_staff->session()->message().contains(u"3"_s));
        QVERIFY(outbox().isEmpty());
        QVERIFY(m_staff->catalogue()->saveOpportunity({{u"opportunityId"_s, u"tuin"_s}, {u"capacity"_s, 6}, {u"title"_s, u"Moestuin De Wielewaal"_s},
                                          {u"schedule"_s, u"Elke dinsdag 9:00–12:00"_s}}));
        QVERIFY(m_staff->catalogue()->setOpportunityStatus(u"tuin"_s, u"paused"_s));
        const auto queued = outbox();
        QCOMPARE(queued.size(), 2);
        const QJsonObject o = queued.at(0).payload.value(u"opportunity"_s).toObject();
        QCOMPARE(queued.at(0).kind, Wire::MutationKind::OpportunityUpsert);
        QCOMPARE(o.value(u"capacity"_s).toInt(), 6);
        QCOMPARE(o.value(u"site"_s).toString(), u"site-a"_s);
        // The protocol's builder wrote it: exactly what its reader (the server's) reads back.
        const auto read = Wire::opportunityFromJson(o, QString(), CatalogueRepository(db()).sites());
        QVERIFY2(read.ok(), qPrintable(read.error ? read.error->field + u": "_s + read.error->message : QString()));
        QCOMPARE(Wire::toJson(read.value), o);
        QCOMPARE(queued.at(1).payload.value(u"opportunity"_s).toObject().value(u"status"_s).toString(), u"paused"_s);
        // A new opportunity needs a title.
        QVERIFY(!m_staff->catalogue()->saveOpportunity({{u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s}, {u"site"_s, u"site-a"_s}}));
        // Only the staff member's sites are offered.
        for (const QVariant &v : editableOpportunities())
            QCOMPARE(v.toMap().value(u"site"_s).toString(), u"site-a"_s);
    }

    void opportunityFieldsAreCheckedOneByOne_data()
    {
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QString>("wrong");
        QTest::newRow("start date") << QVariantMap{{u"startDate"_s, u"31-02-2026"_s}} << u"startDate"_s;
        QTest::newRow("end before start") << QVariantMap{{u"startDate"_s, u"2026-12-01"_s}, {u"endDate"_s, u"30-11-2026"_s}}
                                          << u"endDate"_s;
        QTest::newRow("contact phone") << QVariantMap{{u"contactPhone"_s, u"06 12"_s}} << u"contactPhone"_s;
        QTest::newRow("contact e-mail") << QVariantMap{{u"contactEmail"_s, u"anna@"_s}} << u"contactEmail"_s;
        QTest::newRow("contact name") << QVariantMap{{u"contactName"_s, u"<script>"_s}} << u"contactName"_s;
        QTest::newRow("empty title") << QVariantMap{{u"title"_s, u"  "_s}} << u"title"_s;
        QTest::newRow("capacity below confirmed") << QVariantMap{{u"capacity"_s, 2}} << u"capacity"_s;
    }

    void opportunityFieldsAreCheckedOneByOne()
    {
        QFETCH(QVariantMap, fields);
        QFETCH(QString, wrong);
        unlocked();
        QSignalSpy errorsChanged(m_staff->catalogue(), &StaffCatalogue::fieldErrorsChanged);
        QVERIFY(errorsChanged.isValid());
        QVERIFY(errorsChanged.isValid());
        fields.insert(u"opportunityId"_s, u"tuin"_s);
        QVERIFY(!m_staff->catalogue()->saveOpportunity(fields));
        QCOMPARE(m_staff->catalogue()->fieldErrors().keys(), QStringList{wrong});
        QVERIFY(!m_staff->catalogue()->fieldErrors().value(wrong).toString().isEmpty());
        QCOMPARE(errorsChanged.size(), 1);
        QVERIFY(outbox().isEmpty());
    }

    void scheduleAndContactTravelInTheCatalogueFormat()
    {
        unlocked();
        QVERIFY(m_staff->catalogue()->saveOpportunity({{u"opportunityId"_s, u"tuin"_s}, {u"startDate"_s, u"1-12-2026"_s},
                                          {u"endDate"_s, u"2027-06-30"_s}, {u"contactName"_s, u" Anna  de Boer "_s},
                                          {u"contactPhone"_s, u"06 1234 5678"_s}, {u"contactEmail"_s, u"Anna@Voorbeeld.NL"_s}}));
        QVERIFY(m_staff->catalogue()->fieldErrors().isEmpty());
        const auto queued = outbox();
        QCOMPARE(queued.size(), 1);
        const QJsonObject o = queued.at(0).payload.value(u"opportunity"_s).toObject();
        QCOMPARE(o.value(u"startDate"_s).toString(), u"2026-12-01"_s);
        QCOMPARE(o.value(u"endDate"_s).toString(), u"2027-06-30"_s);
        QCOMPARE(o.value(u"contact"_s)[u"name"_s].toString(), u"Anna de Boer"_s);
        QCOMPARE(o.value(u"contact"_s)[u"phone"_s].toString(), u"+31612345678"_s);
        QCOMPARE(o.value(u"contact"_s)[u"email"_s].toString(), u"Anna@voorbeeld.nl"_s);
        // Emptied dates: the opportunity has none any more.
        QVERIFY(m_staff->catalogue()->saveOpportunity({{u"opportunityId"_s, u"tuin"_s}, {u"startDate"_s, QString()}, {u"endDate"_s, u" "_s}}));
        const auto cleared = Wire::opportunityFromJson(outbox().at(1).payload.value(u"opportunity"_s).toObject(),
                                                       QString(), CatalogueRepository(db()).sites());
        QVERIFY(cleared.ok());
        const Meedoen::Opportunity undated = cleared.value;
        QVERIFY(!undated.startDate.isValid());
        QVERIFY(!undated.endDate.isValid());
    }

    void hoursAreVerifiedOrCorrectedNeverEdited()
    {
        unlocked();
        const QVariantList rows = shownRows(*m_staff->persons()->hoursList());
        // Superseded entries are not shown; the correction is.
        QStringList ids;
        for (const QVariant &v : rows)
            ids.append(v.toMap().value(u"entryId"_s).toString());
        QVERIFY(!ids.contains(u"h2"_s));
        QVERIFY(ids.contains(u"h3"_s));
        QVERIFY(m_staff->persons()->verifyHours(u"h1"_s));
        QVERIFY(!m_staff->persons()->correctHours(u"h4"_s, u"2026-13-01"_s, 60, {}));
        QVERIFY(!m_staff->persons()->correctHours(u"h4"_s, u"2026-11-02"_s, 2000, {}));
        QVERIFY(m_staff->persons()->correctHours(u"h4"_s, u"2026-11-02"_s, 150, u"Half uur eerder weg"_s));
        const auto queued = outbox();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(1).kind, Wire::MutationKind::HoursCorrect);
        const QJsonObject entry = queued.at(1).payload.value(u"entry"_s).toObject();
        QCOMPARE(entry.value(u"correctsEntryId"_s).toString(), u"h4"_s);
        QCOMPARE(entry.value(u"minutes"_s).toInt(), 150);
        QVERIFY(entry.value(u"id"_s).toString() != u"h4"_s);
        // The tegenprestatie balance on the person.
        const QVariantMap p1 = m_staff->persons()->person(u"p1"_s);
        QCOMPARE(p1.value(u"agreedMinutes"_s).toInt(), 240);
        QCOMPARE(p1.value(u"balances"_s).toList().at(0).toMap().value(u"balanceMinutes"_s).toInt(), -60);
    }

    void placementsAndAgreements()
    {
        unlocked();
        // Only a confirmed training place has a placement.
        QVERIFY(!m_staff->review()->recordPlacement(u"s5"_s, u"started"_s));   // waitlisted
        QVERIFY(!m_staff->review()->recordPlacement(u"s1"_s, u"started"_s));   // not a training place
        QVERIFY(!m_staff->review()->recordPlacement(u"s4"_s, u"half"_s));
        QVERIFY(m_staff->review()->recordPlacement(u"s4"_s, u"completed"_s));
        QVERIFY(!m_staff->persons()->setHoursAgreement(u"p2"_s, -1));
        QVERIFY(m_staff->persons()->setHoursAgreement(u"p2"_s, 8 * 60));
        const auto queued = outbox();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).payload.value(u"placement"_s).toString(), u"completed"_s);
        QCOMPARE(queued.at(0).payload.value(u"date"_s).toString(), u"2026-11-28"_s);
        QCOMPARE(queued.at(1).payload.value(u"minutesPerMonth"_s).toInt(), 480);
    }

    void consentHistoryAndWithdrawal()
    {
        unlocked();
        const QVariantList consents = m_staff->persons()->person(u"p2"_s).value(u"consents"_s).toList();
        QCOMPARE(consents.size(), 2);
        QCOMPARE(consents.at(0).toMap().value(u"active"_s).toBool(), true);
        QCOMPARE(consents.at(1).toMap().value(u"active"_s).toBool(), false);
        QVERIFY(m_staff->persons()->withdrawConsent(u"p2"_s, u"contact"_s));
        QCOMPARE(outbox().at(0).payload.value(u"purpose"_s).toString(), u"contact"_s);
    }

    void erasureNeedsThePinAndForgetsAtOnce()
    {
        unlocked();
        QVERIFY(!m_staff->persons()->erasePerson(u"p1"_s, u"13579"_s));
        QCOMPARE(m_staff->persons()->person(u"p1"_s).value(u"name"_s).toString(), u"Fatma Yılmaz"_s);
        QVERIFY(outbox().isEmpty());
        QVERIFY(m_staff->persons()->erasePerson(u"p1"_s, m_pin));
        const QVariantMap erased = m_staff->persons()->person(u"p1"_s);
        QVERIFY(erased.value(u"erased"_s).toBool());
        QVERIFY(erased.value(u"name"_s).toString().isEmpty());
        QVERIFY(erased.value(u"tenantNumber"_s).toString().isEmpty());
        QCOMPARE(outbox().at(0).kind, Wire::MutationKind::ErasePerson);
        for (const QVariant &v : shownRows(*m_staff->persons()->personList()))
            QVERIFY(v.toMap().value(u"personId"_s).toString() != u"p1"_s);
        // The server's tombstones remove the person and their hours.
        QJsonObject page{{u"cursor"_s, u"100"_s},
                         {u"changes"_s, QJsonArray{StaffFixture::change(100, u"person"_s, u"p1"_s, {}, u"delete"_s),
                                                   StaffFixture::change(101, u"hours"_s, u"h1"_s, {}, u"delete"_s)}}};
        QVERIFY(PullApplier::apply(db(), page, PullApplier::Scope::Staff));
        QVERIFY(m_staff->persons()->person(u"p1"_s).isEmpty());
        m_staff->session()->refresh();   // what a pull round does
        for (const QVariant &v : shownRows(*m_staff->persons()->hoursList()))
            QVERIFY(v.toMap().value(u"personId"_s).toString() != u"p1"_s);
    }

    // The tablet pulls trajectory steps and counts the ladder moves offline with the server's
    // definition (Meedoen::ladderMovesFor); a tombstone takes a step out of the figures.
    void ladderMovesFromPulledSteps()
    {
        const auto step = [](qint64 seq, const QString &id, const QString &person, int rung, const QString &date,
                             const QString &site) {
            Wire::TrajectoryStepChange s;
            s.id = id;
            s.personId = person;
            s.route = u"werken"_s;
            s.rung = rung;
            s.date = QDate::fromString(date, Qt::ISODate);
            s.neighbourhood = u"wielewaal"_s;
            s.site = site;
            s.recordedAt = QDateTime(s.date, QTime(10, 0), Qt::UTC);
            return StaffFixture::change(seq, u"trajectory-step"_s, id, Wire::toJson(s));
        };
        const QJsonArray changes{step(300, u"s1"_s, u"p1"_s, 2, u"2026-06-01"_s, u"site-a"_s),
                                 step(301, u"s2"_s, u"p1"_s, 4, u"2026-11-10"_s, u"site-a"_s),
                                 step(302, u"s3"_s, u"p2"_s, 5, u"2026-05-01"_s, u"site-a"_s),
                                 step(303, u"s4"_s, u"p2"_s, 5, u"2026-10-01"_s, u"site-a"_s),
                                 step(304, u"s5"_s, u"p3"_s, 4, u"2026-04-01"_s, u"site-b"_s),
                                 step(305, u"s6"_s, u"p3"_s, 3, u"2026-12-01"_s, u"site-b"_s)};
        QString error;
        QVERIFY2(PullApplier::apply(db(), {{u"cursor"_s, u"305"_s}, {u"changes"_s, changes}}, PullApplier::Scope::Staff,
                                    &error),
                 qPrintable(error));
        StaffRepository repo(db());
        StaffRepository::DashboardFilter f;
        f.fromMonth = u"2026-07"_s;
        f.toMonth = u"2026-12"_s;
        QCOMPARE(repo.dashboard(f).ladder, (QList<Meedoen::LadderMoves>{{u"wielewaal"_s, u"werken"_s, 1, 1, 1}}));
        f.site = u"site-a"_s;
        QCOMPARE(repo.dashboard(f).ladder, (QList<Meedoen::LadderMoves>{{u"wielewaal"_s, u"werken"_s, 1, 1, 0}}));
        // p1's later step withdrawn with the consent: nothing measured twice for p1 any more.
        QVERIFY(PullApplier::apply(db(), {{u"cursor"_s, u"306"_s},
                                          {u"changes"_s, QJsonArray{QJsonObject{{u"seq"_s, 306}, {u"entity"_s, u"trajectory-step"_s},
                                                                                {u"id"_s, u"s2"_s}, {u"op"_s, u"delete"_s}}}}},
                                   PullApplier::Scope::Staff));
        QCOMPARE(repo.dashboard(f).ladder, (QList<Meedoen::LadderMoves>{{u"wielewaal"_s, u"werken"_s, 0, 1, 0}}));
    }

    void dashboardFiguresMatchTheFixture()
    {
        StaffRepository repo(db());
        const auto all = repo.dashboard({});
        QCOMPARE(all.months.size(), 3);
        QCOMPARE(all.months.at(0).month, u"2026-10"_s);
        QCOMPARE(all.months.at(0).route, u"wonen"_s);
        QCOMPARE(all.months.at(0).activeVolunteers, 2);   // p1 and p2 (p2's correction counts, not the original)
        QCOMPARE(all.months.at(0).minutes, 210);
        QCOMPARE(all.months.at(1).month, u"2026-11"_s);
        QCOMPARE(all.months.at(1).site, u"site-a"_s);
        QCOMPARE(all.months.at(1).route, u"werken"_s);
        QCOMPARE(all.months.at(1).minutes, 180);
        QCOMPARE(all.months.at(2).site, u"site-b"_s);
        QCOMPARE(all.months.at(2).minutes, 30);
        QCOMPARE(all.total.minutes, 420);                // h7 was corrected to 0
        QCOMPARE(all.total.activeVolunteers, 3);
        QCOMPARE(all.total.trainingStarted, 1);          // the placement event pl1, dated 2026-11-02
        QCOMPARE(all.months.at(1).trainingStarted, 1);
        QCOMPARE(all.trend.size(), 2);
        QCOMPARE(all.trend.at(1).activeVolunteers, 2);   // November: p1 (stage) and p3 (koffie)
        QCOMPARE(all.opportunities.size(), 3);
        const auto &koffie = all.opportunities.at(0);
        QCOMPARE(koffie.fillRate(), -1.0);               // unlimited
        const auto &tuin = all.opportunities.at(1);
        QCOMPARE(tuin.confirmed, 3);
        QCOMPARE(tuin.fillRate(), 0.75);
        const auto &stage = all.opportunities.at(2);
        QCOMPARE(stage.waitlistLength, 1);
        QCOMPARE(stage.fillRate(), 1.0);

        StaffRepository::DashboardFilter f;
        f.site = u"site-a"_s;
        const auto siteA = repo.dashboard(f);
        QCOMPARE(siteA.total.minutes, 390);
        QCOMPARE(siteA.total.activeVolunteers, 2);
        QCOMPARE(siteA.opportunities.size(), 2);
        f = {};
        f.sites = {u"site-b"_s};
        QCOMPARE(repo.dashboard(f).total.minutes, 30);
        f = {};
        f.neighbourhood = u"heuvel"_s;
        const auto heuvel = repo.dashboard(f);
        QCOMPARE(heuvel.total.minutes, 30);
        f = {};
        f.route = u"wonen"_s;
        const auto wonen = repo.dashboard(f);
        QCOMPARE(wonen.months.size(), 1);
        QCOMPARE(wonen.total.minutes, 210);
        f = {};
        f.fromMonth = u"2026-11"_s;
        f.toMonth = u"2026-11"_s;
        const auto november = repo.dashboard(f);
        QCOMPARE(november.total.minutes, 210);
        QCOMPARE(november.total.activeVolunteers, 2);
        f.fromMonth = u"2026-12"_s;
        f.toMonth.clear();
        QCOMPARE(repo.dashboard(f).total.trainingStarted, 0);

        // What the screen gets: hours per month for the chart, over "all" of the staff
        // member's sites (site-a only: not koffie's 30 minutes at site-b).
        unlocked();
        const QVariantMap screen = m_staff->results()->dashboard({}, {}, {});
        const QVariantList months = screen.value(u"months"_s).toList();
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).toMap().value(u"hours"_s).toDouble(), 3.5);
        QCOMPARE(months.at(1).toMap().value(u"hours"_s).toDouble(), 3.0);
        QCOMPARE(screen.value(u"trainingStarted"_s).toInt(), 1);
        // Without a server the dashboard shows this tablet's own figures, and says so.
        QSignalSpy shown(m_staff->results(), &StaffResults::resultsChanged);
        QVERIFY(shown.isValid());
        QVERIFY(shown.isValid());
        m_staff->results()->loadResults(u"site-a"_s, {}, {});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(m_staff->results()->results().value(u"source"_s).toString(), u"tablet"_s);
        QCOMPARE(m_staff->results()->results().value(u"hours"_s).toDouble(), 6.5);
    }

    void exportAsksThePinAndWritesTheFigures()
    {
        unlocked();
        QVERIFY(m_staff->results()->exportResults(u"13579"_s, {}, {}, {}).isEmpty());
        const QString path = m_staff->results()->exportResults(m_pin, u"site-a"_s, {}, {});
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QVERIFY(csv.startsWith(u"record,month,site,neighbourhood,route,opportunity,title,active_volunteers,hours,"
                               "training_started,training_completed,training_dropped_out,capacity,confirmed,"
                               "waitlist_length,fill_rate\r\n"_s));
        QVERIFY(csv.contains(u"month,2026-10,site-a,wielewaal,wonen,,,2,3.50,0,0,0,,,,\r\n"_s));
        QVERIFY(csv.contains(u"opportunity,,site-a,wielewaal,werken,stage,\"Stage, \"\"keuken\"\"\",,,,,,1,1,1,1.000\r\n"_s));
        QVERIFY(!csv.contains(u"koffie"_s));
        const QString decisions = m_staff->results()->exportDecisions(m_pin);
        QFile d(decisions);
        QVERIFY(d.open(QIODevice::ReadOnly));
        const QString dcsv = QString::fromUtf8(d.readAll());
        // The reason starting with = is neutralised, the message with a line break quoted.
        QVERIFY(dcsv.contains(u",\"'=HYPERLINK(\"\"x\"\")\",\"Welkom,\nmaandag\"\r\n"_s));
        // The exports are in this tablet's audit trail.
        int exports = 0;
        for (const QVariant &v : shownRows(*m_staff->persons()->auditList()))
            exports += v.toMap().value(u"action"_s).toString().startsWith(u"export-"_s) ? 1 : 0;
        QCOMPARE(exports, 2);
    }

    void resetKeepsTheQueueAndTheStaff()
    {
        unlocked();
        QVERIFY(m_staff->persons()->verifyHours(u"h1"_s));
        QVERIFY(PullApplier::reset(db()));
        m_staff->session()->refresh();
        QCOMPARE(m_staff->persons()->personList()->rowCount(), 0);
        QCOMPARE(m_staff->review()->conflicts()->rowCount(), 0);
        QCOMPARE(outbox().size(), 1);
        QCOMPARE(m_staff->session()->accounts().size(), 1);
    }

    void locksAfterIdleAndKeepsEachStaffMemberApart()
    {
        unlocked();
        QSignalSpy stage(m_staff->session(), &StaffSession::stageChanged);
        QVERIFY(stage.isValid());
        QVERIFY(stage.isValid());
        QCOMPARE(m_staff->session()->idleTimeoutMs(), 2 * 60 * 1000);
        m_staff->session()->setIdleTimeoutMs(50);
        QTRY_COMPARE(m_staff->session()->stage(), StaffSession::Stage::Locked);
        QVERIFY(m_staff->session()->staffId().isEmpty());
        QVERIFY(!m_staff->persons()->verifyHours(u"h1"_s));
        // A colleague without a PIN on this tablet cannot unlock with someone else's.
        StaffRepository::Account b;
        b.staffId = u"st-2"_s;
        b.login = u"pieter"_s;
        b.name = u"Pieter"_s;
        b.signedInAt = m_now;
        QVERIFY(m_staff->session()->addAccount(b));
        QVERIFY(!m_staff->session()->unlock(u"st-2"_s, m_pin));
        QVERIFY(m_staff->session()->unlock(u"st-1"_s, m_pin));
        QVERIFY(m_staff->persons()->verifyHours(u"h1"_s));
        // Actions on this tablet carry who did them.
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT staff_id FROM staff_action"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"st-1"_s);
    }
};

QTEST_MAIN(TestStaffStore)
#include "tst_staffrepository.moc"
