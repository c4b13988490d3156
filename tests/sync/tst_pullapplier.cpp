// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A pulled page and its cursor land together or not at all.

#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "sync/pullapplier.h"
#include "storage/registrationrepository.h"
#include "storage/syncstaterepository.h"
#include "protocol/wire.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QJsonObject change(int seq, const QString &entity, const QString &id, const QJsonObject &data, bool del = false)
{
    return {{u"seq"_s, seq}, {u"entity"_s, entity}, {u"id"_s, id}, {u"op"_s, del ? u"delete"_s : u"upsert"_s}, {u"data"_s, data}};
}

QJsonObject opportunity(const QString &id, const QString &site = u"site-a"_s)
{
    return {{u"id"_s, id}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s}, {u"title"_s, QString(u"Moestuin "_s + id)},
            {u"site"_s, site}};
}

QJsonObject page(const QJsonArray &changes, const QString &cursor, bool more = false)
{
    return {{u"changes"_s, changes}, {u"cursor"_s, cursor}, {u"more"_s, more}};
}

QStringList found(const CatalogueRepository &catalogue, const QString &text)
{
    CatalogueQuery query;
    query.text = text;
    query.includeClosed = true;
    QStringList ids;
    for (const auto &o : catalogue.search(query))
        ids.append(o.id);
    ids.sort();
    return ids;
}

} // namespace

class TestPullApplier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageAndCursorTogether()
    {
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"a%1.db"_s.arg(++m_n))), Database::Status::Open);
        const QJsonObject site{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}};
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(1, u"site"_s, u"site-a"_s, site), change(2, u"opportunity"_s, u"o1"_s, opportunity(u"o1"_s)),
                                         change(3, u"opportunity"_s, u"o2"_s, opportunity(u"o2"_s))},
                                        u"3"_s)));
        CatalogueRepository catalogue(db.connection());
        SyncStateRepository state(db.connection());
        QCOMPARE(catalogue.count(), 2);
        QCOMPARE(state.value(QString(PullApplier::kCursorKey)), u"3"_s);

        // The next page ends in a change this device cannot take: nothing of it lands,
        // not its first rows, not its cursor; the device asks for the same page again.
        QString error;
        QVERIFY(!PullApplier::apply(db.connection(),
                                    page({change(4, u"opportunity"_s, u"o3"_s, opportunity(u"o3"_s)),
                                          change(5, u"opportunity"_s, u"o1"_s, {}, true),
                                          change(6, u"opportunity"_s, u"o4"_s, opportunity(u"o4"_s, u"nowhere"_s))},
                                         u"6"_s),
                                    &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(catalogue.count(), 2);
        QVERIFY(catalogue.opportunity(u"o1"_s));
        QVERIFY(!catalogue.opportunity(u"o3"_s));
        QCOMPARE(state.value(QString(PullApplier::kCursorKey)), u"3"_s);

        // Tombstones and the last-wins rule, with the cursor.
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(7, u"opportunity"_s, u"o3"_s, opportunity(u"o3"_s)),
                                         change(8, u"opportunity"_s, u"o1"_s, {}, true),
                                         change(9, u"opportunity"_s, u"o2"_s, {}, true),
                                         change(10, u"opportunity"_s, u"o2"_s, opportunity(u"o2"_s))},
                                        u"10"_s)));
        QVERIFY(!catalogue.opportunity(u"o1"_s));
        QVERIFY(catalogue.opportunity(u"o2"_s));
        QVERIFY(catalogue.opportunity(u"o3"_s));
        QCOMPARE(state.value(QString(PullApplier::kCursorKey)), u"10"_s);

        // Reset required: catalogue and cursor go together.
        QVERIFY(PullApplier::reset(db.connection()));
        QCOMPARE(catalogue.count(), 0);
        QVERIFY(state.value(QString(PullApplier::kCursorKey)).isEmpty());
    }

    // A pull from scratch loads its pages without the row-by-row search index and builds
    // the index with the last page. Interrupted after a page (the app killed: all that is
    // left is what was committed), the catalogue is searchable again once the app restarts,
    // and the pull goes on from its cursor.
    void interruptedPullFromScratchStaysSearchable()
    {
        const QString path = m_dir.filePath(u"bulk%1.db"_s.arg(++m_n));
        const QJsonObject site{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}};
        {
            Database db;
            QCOMPARE(db.open(path), Database::Status::Open);
            QVERIFY(PullApplier::apply(db.connection(),
                                       page({change(1, u"site"_s, u"site-a"_s, site),
                                             change(2, u"opportunity"_s, u"o1"_s, opportunity(u"o1"_s)),
                                             change(3, u"opportunity"_s, u"o2"_s, opportunity(u"o2"_s))},
                                            u"3"_s, true)));
            QCOMPARE(CatalogueRepository(db.connection()).count(), 2);
        } // killed here, before the next page
        Database db;
        QCOMPARE(db.open(path), Database::Status::Open);
        CatalogueRepository catalogue(db.connection());
        QCOMPARE(found(catalogue, u"moestuin"_s), (QStringList{u"o1"_s, u"o2"_s}));
        QCOMPARE(found(catalogue, u"buurthuis"_s), (QStringList{u"o1"_s, u"o2"_s})); // the place is indexed too
        QCOMPARE(SyncStateRepository(db.connection()).value(QString(PullApplier::kCursorKey)), u"3"_s);

        // The rest of the pull: a new opportunity and a renamed one.
        QJsonObject renamed = opportunity(u"o1"_s);
        renamed.insert(u"title"_s, u"Fietsenwerkplaats"_s);
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(4, u"opportunity"_s, u"o3"_s, opportunity(u"o3"_s)),
                                         change(5, u"opportunity"_s, u"o1"_s, renamed)},
                                        u"5"_s)));
        QCOMPARE(found(catalogue, u"moestuin"_s), (QStringList{u"o2"_s, u"o3"_s}));
        QCOMPARE(found(catalogue, u"fiets"_s), QStringList{u"o1"_s});
        QCOMPARE(catalogue.count(), 3);
    }

    // A whole pull from scratch, then the changes after it: searchable all along the way the
    // tenant sees it (after the last page, and after every later page).
    // A sync client reads the next page while the one before it is written: reading writes
    // nothing, an opportunity may point at a site of a page read but not yet written, and an
    // unknown site is still refused.
    void readAheadOfWriting()
    {
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"ahead%1.db"_s.arg(++m_n))), Database::Status::Open);
        const QJsonObject site{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}};
        const auto first = PullApplier::parse(page({change(1, u"site"_s, u"site-a"_s, site),
                                                    change(2, u"opportunity"_s, u"o1"_s, opportunity(u"o1"_s))},
                                                   u"2"_s, true),
                                              PullApplier::Scope::Device, {});
        QVERIFY(first);
        QCOMPARE(first->cursor, u"2"_s);
        QVERIFY(first->more);
        const QJsonObject second = page({change(3, u"opportunity"_s, u"o2"_s, opportunity(u"o2"_s))}, u"3"_s);
        QString error;
        QVERIFY(!PullApplier::parse(second, PullApplier::Scope::Device, {}, &error));
        QCOMPARE(error, u"opportunity.site"_s);
        const auto next = PullApplier::parse(second, PullApplier::Scope::Device, first->sites);
        QVERIFY(next);
        CatalogueRepository catalogue(db.connection());
        SyncStateRepository state(db.connection());
        QCOMPARE(catalogue.count(), 0);
        QVERIFY(state.value(QString(PullApplier::kCursorKey)).isEmpty());

        QVERIFY(PullApplier::write(db.connection(), *first, PullApplier::Scope::Device));
        QCOMPARE(state.value(QString(PullApplier::kCursorKey)), u"2"_s);
        QVERIFY(PullApplier::write(db.connection(), *next, PullApplier::Scope::Device));
        QCOMPARE(state.value(QString(PullApplier::kCursorKey)), u"3"_s);
        QCOMPARE(found(catalogue, u"moestuin"_s), (QStringList{u"o1"_s, u"o2"_s}));
        QCOMPARE(catalogue.opportunity(u"o2"_s)->site.name, u"Buurthuis A"_s);
    }

    void pullFromScratchThenChanges()
    {
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"scratch%1.db"_s.arg(++m_n))), Database::Status::Open);
        CatalogueRepository catalogue(db.connection());
        const QJsonObject site{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}};
        QJsonArray first{change(1, u"site"_s, u"site-a"_s, site)};
        for (int i = 0; i < 50; ++i)
            first.append(change(2 + i, u"opportunity"_s, u"p%1"_s.arg(i), opportunity(u"p%1"_s.arg(i))));
        QVERIFY(PullApplier::apply(db.connection(), page(first, u"51"_s, true)));
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(52, u"opportunity"_s, u"p50"_s, opportunity(u"p50"_s)),
                                         change(53, u"opportunity"_s, u"p0"_s, {}, true)},
                                        u"53"_s)));
        QCOMPARE(catalogue.count(), 50);
        CatalogueQuery all;
        all.text = u"moestuin"_s;
        all.limit = CatalogueRepository::kMaxLimit;
        QCOMPARE(catalogue.search(all).size(), 50);
        QVERIFY(!found(catalogue, u"p50"_s).isEmpty());
        QVERIFY(found(catalogue, u"p0"_s).isEmpty());

        // Later pages go through the index row by row again.
        QJsonObject renamed = opportunity(u"p7"_s);
        renamed.insert(u"title"_s, u"Repair café"_s);
        QVERIFY(PullApplier::apply(db.connection(), page({change(54, u"opportunity"_s, u"p7"_s, renamed)}, u"54"_s)));
        QCOMPARE(found(catalogue, u"repair"_s), QStringList{u"p7"_s});
        QCOMPARE(catalogue.search(all).size(), 49);
        // Nothing is left for a restart to repair.
        QVERIFY(SyncStateRepository(db.connection()).value(QString(CatalogueRepository::kSearchIndexStale)).isEmpty());
    }

    // A device that showed the demo (or a file) before it was enrolled: its first pull makes
    // the server's catalogue the whole truth, so no fictitious activity stays on a real
    // kiosk; later pages only add and change.
    void firstPullReplacesTheLocalCatalogue()
    {
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"demo%1.db"_s.arg(++m_n))), Database::Status::Open);
        CatalogueRepository catalogue(db.connection());
        Meedoen::Site demoSite;
        demoSite.id = u"demo-site"_s;
        demoSite.name = u"Demo buurthuis"_s;
        Meedoen::Opportunity demo;
        demo.id = u"wlw-demo"_s;
        demo.kind = Meedoen::OpportunityKind::VolunteerTask;
        demo.route = Meedoen::Route::Wonen;
        demo.title = u"Fictieve moestuin"_s;
        demo.site = demoSite;
        QVERIFY(catalogue.upsert({}, {demoSite}, {demo}));
        QCOMPARE(catalogue.count(), 1);

        const QJsonObject site{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}};
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(1, u"site"_s, u"site-a"_s, site),
                                         change(2, u"opportunity"_s, u"o1"_s, opportunity(u"o1"_s))},
                                        u"2"_s, true)));
        QCOMPARE(catalogue.count(), 1);
        QCOMPARE(found(catalogue, u"moestuin"_s), QStringList{u"o1"_s});
        QVERIFY(!catalogue.site(u"demo-site"_s));

        // The next page of the same pull adds; it does not clear what the first one brought.
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(3, u"opportunity"_s, u"o2"_s, opportunity(u"o2"_s))}, u"3"_s)));
        QCOMPARE(found(catalogue, u"moestuin"_s), (QStringList{u"o1"_s, u"o2"_s}));
    }

    // The corporation's areas: a postcode's ranges replace what the device had, a delete
    // removes the postcode, the look-up answers from them; a malformed area refuses the page.
    void postcodeAreasAndTheLookUp()
    {
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"areas%1.db"_s.arg(++m_n))), Database::Status::Open);
        CatalogueRepository catalogue(db.connection());
        const auto range = [](int first, int last, const QString &n) {
            return QJsonObject{{u"first"_s, first}, {u"last"_s, last}, {u"neighbourhood"_s, n}};
        };
        const QJsonObject bk{{u"postcode"_s, u"3083BK"_s},
                             {u"ranges"_s, QJsonArray{range(1, 17, u"bu05990110"_s), range(21, 45, u"wielewaal"_s)}}};
        const QJsonObject bl{{u"postcode"_s, u"3083BL"_s}, {u"ranges"_s, QJsonArray{range(2, 8, u"wielewaal"_s)}}};
        QVERIFY(PullApplier::apply(db.connection(), page({change(1, u"postcode-area"_s, u"3083BK"_s, bk),
                                                          change(2, u"postcode-area"_s, u"3083BL"_s, bl)},
                                                         u"2"_s)));
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BK"_s, 1), u"bu05990110"_s);
        QCOMPARE(catalogue.neighbourhoodAt(u"3083bk"_s, 17), u"bu05990110"_s);
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BK"_s, 19), QString());
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BK"_s, 45), u"wielewaal"_s);
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BK"_s, 46), QString());
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BL"_s, 5), u"wielewaal"_s);

        // Next year's table: 3083BK all one buurt, 3083BL gone.
        const QJsonObject moved{{u"postcode"_s, u"3083BK"_s}, {u"ranges"_s, QJsonArray{range(1, 99, u"wielewaal"_s)}}};
        QVERIFY(PullApplier::apply(db.connection(), page({change(3, u"postcode-area"_s, u"3083BK"_s, moved),
                                                          change(4, u"postcode-area"_s, u"3083BL"_s, {}, true)},
                                                         u"4"_s)));
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BK"_s, 5), u"wielewaal"_s);
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BK"_s, 19), u"wielewaal"_s);
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BL"_s, 5), QString());

        // Overlapping ranges are not what a server sends: the page is refused, nothing kept.
        const QJsonObject overlapping{{u"postcode"_s, u"3083BM"_s},
                                      {u"ranges"_s, QJsonArray{range(1, 9, u"a"_s), range(5, 12, u"b"_s)}}};
        QString error;
        QVERIFY(!PullApplier::apply(db.connection(), page({change(5, u"postcode-area"_s, u"3083BM"_s, overlapping)}, u"5"_s),
                                    &error));
        QVERIFY2(error.contains(u"first"_s), qPrintable(error));
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BM"_s, 5), QString());

        // A reset (or the first pull of an enrolled device) forgets them with the catalogue.
        QVERIFY(PullApplier::reset(db.connection()));
        QCOMPARE(catalogue.neighbourhoodAt(u"3083 BK"_s, 5), QString());
    }

    // A phone keeps its tenant and their sign-ups from any device (a kiosk registration it
    // was linked to); a kiosk keeps neither, only the status of sign-ups it holds.
    void tenantRecordsOnlyOnAPhone_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<bool>("kept");
        QTest::newRow("phone") << int(PullApplier::Scope::Tenant) << true;
        QTest::newRow("kiosk") << int(PullApplier::Scope::Device) << false;
    }
    void tenantRecordsOnlyOnAPhone()
    {
        QFETCH(int, scope);
        QFETCH(bool, kept);
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"t%1.db"_s.arg(++m_n))), Database::Status::Open);
        Meedoen::Person p;
        p.id = u"0d6f3a52-5a4e-4bb8-9a7c-2f7e1f0b9c11"_s;
        p.givenName = u"Fatma"_s;
        p.familyName = u"Demir"_s;
        p.dateOfBirth = QDate(1979, 10, 9);
        QJsonObject person = Wire::toJson(p);
        person.insert(u"consents"_s, QJsonArray{}); // kept on the server, not on the phone
        person.insert(u"agreedMinutesPerMonth"_s, 0);
        const QJsonObject site{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}};
        const QJsonObject signup{{u"id"_s, u"s1"_s}, {u"referenceCode"_s, u"ABCD-EFGH"_s}, {u"personId"_s, p.id},
                                 {u"opportunityId"_s, u"o1"_s}, {u"state"_s, u"waitlisted"_s}, {u"waitlistPosition"_s, 2}};
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(1, u"site"_s, u"site-a"_s, site), change(2, u"opportunity"_s, u"o1"_s, opportunity(u"o1"_s)),
                                         change(3, u"person"_s, p.id, person), change(4, u"signup"_s, u"s1"_s, signup)},
                                        u"4"_s),
                                   PullApplier::Scope(scope)));
        RegistrationRepository registrations(db.connection());
        QCOMPARE(registrations.person(p.id).has_value(), kept);
        QCOMPARE(registrations.signups(p.id).size(), kept ? 1 : 0);
        if (!kept)
            return;
        QCOMPARE(registrations.person(p.id)->givenName, u"Fatma"_s);
        QCOMPARE(registrations.signup(u"s1"_s)->waitlistPosition, 2);
        // Promoted later: the newer version wins, an older one never comes back.
        QJsonObject confirmed = signup;
        confirmed.insert(u"state"_s, u"confirmed"_s);
        confirmed.insert(u"waitlistPosition"_s, 0);
        QVERIFY(PullApplier::apply(db.connection(), page({change(9, u"signup"_s, u"s1"_s, confirmed)}, u"9"_s),
                                   PullApplier::Scope::Tenant));
        QVERIFY(PullApplier::apply(db.connection(), page({change(5, u"signup"_s, u"s1"_s, signup)}, u"9"_s),
                                   PullApplier::Scope::Tenant));
        QCOMPARE(registrations.signup(u"s1"_s)->state, Meedoen::SignupState::Confirmed);
        // Erased on the server: the phone forgets the person.
        QVERIFY(PullApplier::apply(db.connection(), page({change(10, u"person"_s, p.id, {}, true)}, u"10"_s),
                                   PullApplier::Scope::Tenant));
        QVERIFY(!registrations.person(p.id));
    }

    // A phone's inbox gets staff's word on its tenant's sign-ups and hours once per change, in
    // the pull's own transaction: a sign-up seen for the first time is no news, a decision with
    // a message is, a repeated page adds nothing; a kiosk keeps no inbox.
    void inboxOncePerChange_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("items");
        QTest::newRow("phone") << int(PullApplier::Scope::Tenant) << 3;
        QTest::newRow("kiosk") << int(PullApplier::Scope::Device) << 0;
    }
    void inboxOncePerChange()
    {
        QFETCH(int, scope);
        QFETCH(int, items);
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"i%1.db"_s.arg(++m_n))), Database::Status::Open);
        Meedoen::Person p;
        p.id = u"7a1c2e90-5a4e-4bb8-9a7c-2f7e1f0b9c11"_s;
        p.givenName = u"Fatma"_s;
        p.familyName = u"Demir"_s;
        p.dateOfBirth = QDate(1979, 10, 9);
        QJsonObject person = Wire::toJson(p);
        person.insert(u"consents"_s, QJsonArray{});
        person.insert(u"agreedMinutesPerMonth"_s, 0);
        const QJsonObject site{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}};
        const QJsonObject pending{{u"id"_s, u"s1"_s}, {u"referenceCode"_s, u"ABCD-EFGH"_s}, {u"personId"_s, p.id},
                                  {u"opportunityId"_s, u"o1"_s}, {u"state"_s, u"pending"_s}};
        Wire::HoursChange logged;
        logged.id = u"h1"_s;
        logged.personId = p.id;
        logged.opportunityId = u"o1"_s;
        logged.date = QDate(2026, 12, 1);
        logged.minutes = 120;
        logged.createdAt = QDateTime(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC);
        const auto pull = [&](const QJsonArray &changes, int cursor) {
            return PullApplier::apply(db.connection(), page(changes, QString::number(cursor)), PullApplier::Scope(scope));
        };
        QVERIFY(pull({change(1, u"site"_s, u"site-a"_s, site), change(2, u"opportunity"_s, u"o1"_s, opportunity(u"o1"_s)),
                      change(3, u"person"_s, p.id, person), change(4, u"signup"_s, u"s1"_s, pending),
                      change(5, u"hours"_s, u"h1"_s, Wire::toJson(logged))},
                     5));
        InboxRepository inbox(db.connection());
        QCOMPARE(inbox.items(p.id).size(), 0); // first seen: listed, not announced

        QJsonObject declined = pending;
        declined.insert(u"state"_s, u"declined"_s);
        declined.insert(u"declineReason"_s, u"staff-decision"_s);
        declined.insert(u"messageToTenant"_s, u"De groep is vol, volgend voorjaar weer."_s);
        declined.insert(u"stateAt"_s, u"2026-12-03T10:00:00.000Z"_s);
        Wire::HoursChange verified = logged;
        verified.verified = true;
        Wire::HoursChange correction = logged;
        correction.id = u"h2"_s;
        correction.minutes = 60;
        correction.note = u"Was een uur"_s;
        correction.correctsEntryId = u"h1"_s;
        correction.verified = true;
        const QJsonArray news{change(6, u"signup"_s, u"s1"_s, declined), change(7, u"hours"_s, u"h1"_s, Wire::toJson(verified)),
                              change(8, u"hours"_s, u"h2"_s, Wire::toJson(correction))};
        QVERIFY(pull(news, 8));
        QVERIFY(pull(news, 8)); // the same page again (a crash before the cursor, a reset)
        const QList<InboxRepository::Item> kept = inbox.items(p.id);
        QCOMPARE(kept.size(), items);
        QCOMPARE(inbox.unreadCount(p.id), items);
        if (!items)
            return;
        // Newest first; the facts as they arrived, the title from the catalogue.
        QVERIFY(kept.at(2).signup);
        QCOMPARE(kept.at(2).signup->state, Meedoen::SignupState::Declined);
        QCOMPARE(kept.at(2).signup->declineCause, Meedoen::DeclineCause::StaffDecision);
        QCOMPARE(kept.at(2).signup->messageToTenant, u"De groep is vol, volgend voorjaar weer."_s);
        QCOMPARE(kept.at(2).opportunityTitle, u"Moestuin o1"_s);
        QVERIFY(kept.at(1).hours);
        QCOMPARE(kept.at(1).hours->event, Meedoen::HoursNotice::Event::Verified);
        QVERIFY(kept.at(0).hours);
        QCOMPARE(kept.at(0).hours->event, Meedoen::HoursNotice::Event::Corrected);
        QCOMPARE(kept.at(0).hours->minutes, 120);
        QCOMPARE(kept.at(0).hours->correctedMinutes, 60);
        QCOMPARE(kept.at(0).hours->note, u"Was een uur"_s);
        // Announced once; read stays read; the tenant's erasure takes the inbox along.
        QCOMPARE(inbox.unnotified(p.id).size(), 3);
        QVERIFY(inbox.markNotified({kept.at(0).id, kept.at(1).id, kept.at(2).id}));
        QCOMPARE(inbox.unnotified(p.id).size(), 0);
        QVERIFY(inbox.markRead(kept.at(2).id));
        QCOMPARE(inbox.unreadCount(p.id), 2);
        QVERIFY(inbox.markAllRead(p.id));
        QCOMPARE(inbox.unreadCount(p.id), 0);
        QVERIFY(pull({change(10, u"person"_s, p.id, {}, true)}, 10));
        QCOMPARE(inbox.items(p.id).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPullApplier)
#include "tst_pullapplier.moc"
