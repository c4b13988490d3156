// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Staff roles enforced by the real server process (issue 18, docs/security.md "Staff roles"):
// every staff endpoint and every staff mutation kind, sent by a staff member of each role,
// is answered as the roles table says — 403 role-not-allowed (problem+json naming the
// permission) or a refused outcome role-not-allowed, or whatever the request itself earns.
// A refused mutation does not hold up the rest of its batch; the audit records the role; the
// sign-in answer names the roles; `staff roles` changes them from the next request on;
// staff from before roles become coordinator and consultant. The expectations are written
// out here, not read from protocol/staffroles.h, so a change of the table fails this test.
// SQLite by default; with MEEDOEN_TEST_PG=1 (under pg_virtualenv) on PostgreSQL.

#include "common/serverharness.h"
#include "common/tenants.h"
#include "protocol/mutation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QStringList kRoles{u"coordinator"_s, u"consultant"_s, u"viewer"_s, u"admin"_s};

// What each role may do, as the issue names it.
const QHash<QString, QStringList> kPermissionsOf{
    {u"coordinator"_s, {u"dashboard"_s, u"catalogue"_s, u"partners"_s, u"goals"_s}},
    {u"consultant"_s, {u"dashboard"_s, u"intake"_s, u"review"_s, u"hours"_s, u"trajectories"_s}},
    {u"viewer"_s, {u"dashboard"_s}},
    {u"admin"_s, {u"dashboard"_s, u"devices"_s, u"erasure"_s}},
};

// Every staff mutation kind (its golden file in tests/data/wire/mutation/) and the
// permission it needs.
struct KindCase
{
    const char *golden;
    const char *permission;
};
const QList<KindCase> kKinds{
    {"registration-staff-intake", "intake"}, {"signup-staff-intake", "intake"},
    {"identity-check", "intake"},            {"consent-withdraw-staff", "intake"},
    {"decision", "review"},                  {"placement", "review"},
    {"hours-staff", "hours"},                {"hours-verify", "hours"},
    {"hours-correct", "hours"},              {"hours-agreement", "hours"},
    {"opportunity-upsert", "catalogue"},     {"erase-person", "erasure"},
    {"partner-upsert", "partners"},          {"partner-contribution", "partners"},
    {"trajectory-step", "trajectories"},
    {"goal-upsert", "goals"},                {"goal-upsert-removed", "goals"},
};

// Every staff endpoint, the permission it needs and what it answers when allowed (here:
// an unknown person for the code lock).
struct EndpointCase
{
    const char *name;
    bool post;
    const char *path;
    const char *permission;
    int allowedStatus;
};
const QList<EndpointCase> kEndpoints{
    {"results", false, "/v1/staff/results", "dashboard", 200},
    {"kiosks", false, "/v1/staff/kiosks", "devices", 200},
    {"code-lock", false, "/v1/staff/code-lock?person=7d3c1e58-0000-4000-8000-000000000001", "intake", 404},
    {"code-unlock", true, "/v1/staff/code-unlock", "intake", 404},
};

QJsonObject goldenMutation(const QString &name)
{
    QFile f(qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/tests/data/wire/mutation/"_s + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no golden mutation %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString problemType(const ServerHarness::Reply &r)
{
    return r.json().value(u"type"_s).toString().section(u':', -1);
}

} // namespace

class TestStaffRoles : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestStaffRoles() : ServerHarness(u"roles"_s) {}

private:
    struct Tablet
    {
        Enrolled device;
        SignedIn staff;
        qint64 nextSeq = 1;
    };
    // One tablet at site-a per role, its staff member holding that role only.
    QHash<QString, Tablet> m_tablets;

    QJsonArray push(Tablet &t, const QList<QJsonObject> &mutations)
    {
        QJsonArray list;
        for (QJsonObject m : mutations) {
            m.insert(u"seq"_s, double(t.nextSeq++));
            list.append(m);
        }
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, list}}, t.device.token);
        if (r.status != 200)
            qWarning("push answered %d: %s", r.status, r.body.constData());
        return r.json().value(u"results"_s).toArray();
    }

    // The golden mutation of `kind` as this tablet's staff member sends it (a fresh id).
    static QJsonObject staffMutation(const Tablet &t, const QString &golden)
    {
        QJsonObject m = goldenMutation(golden);
        QJsonObject payload = m.value(u"payload"_s).toObject();
        payload.insert(u"staffId"_s, t.staff.staffId);
        m.insert(u"payload"_s, payload);
        m.insert(u"id"_s, Fixtures::uuid());
        return m;
    }

    Reply callEndpoint(const Tablet &t, const EndpointCase &e)
    {
        if (e.post)
            return post(QString::fromLatin1(e.path), {{u"person"_s, u"7d3c1e58-0000-4000-8000-000000000001"_s}},
                        t.device.token, t.staff.session);
        return get(QString::fromLatin1(e.path), t.device.token, t.staff.session);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(prepare());
        QVERIFY(startFresh(writeSmallCatalogue()));
        for (const QString &role : kRoles) {
            Tablet t;
            t.device = enroll(u"staff"_s, u"site-a"_s);
            QVERIFY(!t.device.token.isEmpty());
            t.staff = signInStaff(t.device, role + u"-staff"_s, u"site-a"_s, role);
            QVERIFY2(!t.staff.session.isEmpty(), qPrintable(role));
            m_tablets.insert(role, t);
        }
    }

    void cleanupTestCase() { stopServer(); }

    // The sign-in answer tells the tablet its roles at the tablet's site.
    void signInNamesTheRoles()
    {
        const Enrolled tablet = enroll(u"staff"_s, u"site-b"_s);
        const CliResult added = cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--site"_s, u"site-b"_s,
                                     u"--name"_s, u"Sanne"_s, u"--login"_s, u"sanne"_s, u"--role"_s,
                                     u"admin,viewer"_s, u"--db"_s, m_db},
                                    "correct horse battery sanne\n");
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(cli({u"staff"_s, u"roles"_s, u"sanne"_s, u"--site"_s, u"site-b"_s, u"--set"_s, u"consultant"_s,
                      u"--db"_s, m_db})
                     .exitCode,
                 0);
        const Reply r = post(u"/v1/staff/login"_s, {{u"login"_s, u"sanne"_s}, {u"password"_s, u"correct horse battery sanne"_s}},
                             tablet.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"roles"_s).toArray(), QJsonArray{u"consultant"_s});
        // `staff list`: every site with its roles.
        const CliResult listed = cli({u"staff"_s, u"list"_s, u"--db"_s, m_db});
        QVERIFY2(listed.out.contains("sanne site-a:viewer+admin,site-b:consultant Sanne\n"), listed.out.constData());
        // Bad roles are a usage error, nothing changed.
        QCOMPARE(cli({u"staff"_s, u"roles"_s, u"sanne"_s, u"--site"_s, u"site-b"_s, u"--set"_s, u"boss"_s,
                      u"--db"_s, m_db})
                     .exitCode,
                 2);
        QCOMPARE(cli({u"staff"_s, u"roles"_s, u"nobody"_s, u"--site"_s, u"site-b"_s, u"--set"_s, u"viewer"_s,
                      u"--db"_s, m_db})
                     .exitCode,
                 3);
    }

    void everyEndpointForEveryRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("endpoint");
        for (const QString &role : kRoles) {
            for (qsizetype e = 0; e < kEndpoints.size(); ++e)
                QTest::addRow("%s %s", qPrintable(role), kEndpoints.at(e).name) << role << int(e);
        }
    }

    void everyEndpointForEveryRole()
    {
        QFETCH(QString, role);
        QFETCH(int, endpoint);
        const EndpointCase &e = kEndpoints.at(endpoint);
        const bool allowed = kPermissionsOf.value(role).contains(QString::fromLatin1(e.permission));
        const Reply r = callEndpoint(m_tablets[role], e);
        if (allowed) {
            QCOMPARE(r.status, e.allowedStatus);
            return;
        }
        QCOMPARE(r.status, 403);
        QCOMPARE(r.contentType, "application/problem+json"_ba);
        QCOMPARE(problemType(r), u"role-not-allowed"_s);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"role-not-allowed"_s);
        QCOMPARE(r.json().value(u"permission"_s).toString(), QString::fromLatin1(e.permission));
    }

    // The matrix below holds every kind a staff member sends: a new kind fails here until it
    // is added to kKinds (and to the roles table). The kinds only a kiosk or phone sends are
    // named here, not read from the code.
    void theMatrixHoldsEveryStaffKind()
    {
        const QSet<QString> deviceOnly{u"withdrawal"_s, u"link"_s, u"hours-withdraw"_s, u"erase-request"_s,
                                       u"consent-give"_s};
        QSet<QString> inMatrix;
        for (const KindCase &k : kKinds)
            inMatrix.insert(goldenMutation(QString::fromLatin1(k.golden)).value(u"kind"_s).toString());
        for (Wire::MutationKind kind : Wire::allMutationKinds()) {
            const QString key = Wire::toKey(kind);
            QVERIFY2(deviceOnly.contains(key) != inMatrix.contains(key), qPrintable(key));
        }
    }

    void everyMutationKindForEveryRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("kind");
        for (const QString &role : kRoles) {
            for (qsizetype k = 0; k < kKinds.size(); ++k)
                QTest::addRow("%s %s", qPrintable(role), kKinds.at(k).golden) << role << int(k);
        }
    }

    void everyMutationKindForEveryRole()
    {
        QFETCH(QString, role);
        QFETCH(int, kind);
        const KindCase &k = kKinds.at(kind);
        Tablet &t = m_tablets[role];
        const QJsonArray results = push(t, {staffMutation(t, QString::fromLatin1(k.golden))});
        QCOMPARE(results.size(), 1);
        const QJsonObject outcome = results.at(0).toObject();
        const bool allowed = kPermissionsOf.value(role).contains(QString::fromLatin1(k.permission));
        if (allowed) {
            // Past the role: whatever the mutation itself earns (the golden ids are unknown here).
            QVERIFY2(outcome.value(u"reason"_s).toString() != "role-not-allowed"_L1,
                     QJsonDocument(outcome).toJson(QJsonDocument::Compact).constData());
            return;
        }
        QCOMPARE(outcome.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(outcome.value(u"reason"_s).toString(), u"role-not-allowed"_s);
        QCOMPARE(outcome.value(u"permission"_s).toString(), QString::fromLatin1(k.permission));
    }

    // A refused mutation gets its own outcome; the batch goes on, and what was allowed is
    // applied and audited with the role it was made in.
    void refusedMutationDoesNotBlockTheBatch()
    {
        // A tenant of site-a, registered at a kiosk.
        const Enrolled kioskDevice = enroll(u"kiosk"_s, u"site-a"_s);
        Tablet kiosk{kioskDevice, {}, 1};
        const Meedoen::Person tenant = Fixtures::person(u"Roos"_s);
        const QJsonArray registered = push(kiosk, {Fixtures::mutationJson(0, u"registration"_s,
                                                                          Fixtures::registrationPayload(tenant))});
        QCOMPARE(registered.at(0).toObject().value(u"status"_s).toString(), u"accepted"_s);

        Tablet &t = m_tablets[u"consultant"_s];
        const qint64 first = t.nextSeq;
        QJsonObject agreement = staffMutation(t, u"hours-agreement"_s);
        QJsonObject payload = agreement.value(u"payload"_s).toObject();
        payload.insert(u"personId"_s, tenant.id);
        agreement.insert(u"payload"_s, payload);
        const QJsonArray results = push(t, {staffMutation(t, u"opportunity-upsert"_s), agreement,
                                            staffMutation(t, u"erase-person"_s)});
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(u"reason"_s).toString(), u"role-not-allowed"_s);
        QCOMPARE(results.at(1).toObject().value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(results.at(2).toObject().value(u"permission"_s).toString(), u"erasure"_s);
        // All three acknowledged: the device's sequence moved past them.
        QCOMPARE(results.at(2).toObject().value(u"seq"_s).toInteger(), first + 2);
        QCOMPARE(m_serve.count(u"SELECT agreed_minutes FROM person WHERE id = ?"_s, {tenant.id}), qint64(480));
        // The audit row of the agreement names the role.
        QSqlQuery q(m_serve.inspect());
        q.prepare(u"SELECT role, detail FROM audit WHERE entity_id = ? AND action = 'hours-agreement'"_s);
        q.addBindValue(tenant.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"consultant"_s);
        QCOMPARE(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(u"role"_s).toString(),
                 u"consultant"_s);
        // … and the site's tablets pull it with the role.
        bool pulled = false;
        const Reply page = get(u"/v1/pull?limit=1000"_s, t.device.token);
        for (const QJsonValue &c : page.json().value(u"changes"_s).toArray()) {
            const QJsonObject data = c.toObject().value(u"data"_s).toObject();
            if (c.toObject().value(u"entity"_s).toString() == "audit"_L1 && data.value(u"entityId"_s) == tenant.id)
                pulled = data.value(u"detail"_s).toObject().value(u"role"_s).toString() == "consultant"_L1;
        }
        QVERIFY(pulled);
    }

    // A coordinator's goal is applied and audited in that role; every tablet of the site pulls
    // it, and its removal as a delete.
    void coordinatorSetsAndRemovesAGoal()
    {
        Tablet &t = m_tablets[u"coordinator"_s];
        QJsonObject set = staffMutation(t, u"goal-upsert"_s);
        QJsonObject payload = set.value(u"payload"_s).toObject();
        QJsonObject goal = payload.value(u"goal"_s).toObject();
        goal.insert(u"site"_s, u"site-a"_s);
        payload.insert(u"goal"_s, goal);
        set.insert(u"payload"_s, payload);
        QJsonArray results = push(t, {set});
        QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"accepted"_s);
        const QString goalId = goal.value(u"id"_s).toString();
        QCOMPARE(m_serve.count(u"SELECT target FROM goal WHERE id = ?"_s, {goalId}), qint64(6));
        QSqlQuery q(m_serve.inspect());
        q.prepare(u"SELECT role FROM audit WHERE entity_id = ? AND action = 'goal-upsert'"_s);
        q.addBindValue(goalId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"coordinator"_s);
        q.finish();

        QJsonObject removed = set;
        payload.insert(u"removed"_s, true);
        removed.insert(u"payload"_s, payload);
        removed.insert(u"id"_s, Fixtures::uuid());
        results = push(t, {removed});
        QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM goal WHERE id = ?"_s, {goalId}), qint64(0));

        // The viewer's tablet at the same site sees both, in order.
        QStringList ops;
        const Reply page = get(u"/v1/pull?limit=1000"_s, m_tablets[u"viewer"_s].device.token);
        for (const QJsonValue &c : page.json().value(u"changes"_s).toArray()) {
            if (c.toObject().value(u"entity"_s).toString() == "goal"_L1 && c.toObject().value(u"id"_s).toString() == goalId)
                ops.append(c.toObject().value(u"op"_s).toString());
        }
        QCOMPARE(ops, (QStringList{u"upsert"_s, u"delete"_s}));
    }

    // `staff roles` counts from the next request: a viewer made consultant may unlock codes;
    // made viewer again, may not.
    void changedRolesCountFromTheNextRequest()
    {
        Tablet &t = m_tablets[u"viewer"_s];
        const EndpointCase &codeLock = kEndpoints.at(2);
        QCOMPARE(callEndpoint(t, codeLock).status, 403);
        QCOMPARE(cli({u"staff"_s, u"roles"_s, u"viewer-staff"_s, u"--site"_s, u"site-a"_s, u"--set"_s,
                      u"consultant,viewer"_s, u"--db"_s, m_db})
                     .exitCode,
                 0);
        QCOMPARE(callEndpoint(t, codeLock).status, 404);
        const QJsonArray results = push(t, {staffMutation(t, u"hours-verify"_s)});
        QVERIFY(results.at(0).toObject().value(u"reason"_s).toString() != "role-not-allowed"_L1);
        QCOMPARE(cli({u"staff"_s, u"roles"_s, u"viewer-staff"_s, u"--site"_s, u"site-a"_s, u"--set"_s, u"viewer"_s,
                      u"--db"_s, m_db})
                     .exitCode,
                 0);
        QCOMPARE(callEndpoint(t, codeLock).status, 403);
    }

    // Roles are per site: coordinator at site-b does not make a viewer at site-a a coordinator
    // on a site-a tablet, nor let them edit site-b's catalogue from it.
    void rolesArePerSite()
    {
        Tablet &t = m_tablets[u"viewer"_s];
        QCOMPARE(cli({u"staff"_s, u"roles"_s, u"viewer-staff"_s, u"--site"_s, u"site-b"_s, u"--set"_s,
                      u"coordinator"_s, u"--db"_s, m_db})
                     .exitCode,
                 0);
        QJsonObject upsert = staffMutation(t, u"opportunity-upsert"_s);
        QJsonObject payload = upsert.value(u"payload"_s).toObject();
        QJsonObject opportunity = payload.value(u"opportunity"_s).toObject();
        opportunity.insert(u"site"_s, u"site-b"_s);
        payload.insert(u"opportunity"_s, opportunity);
        upsert.insert(u"payload"_s, payload);
        const QJsonArray results = push(t, {upsert});
        QCOMPARE(results.at(0).toObject().value(u"reason"_s).toString(), u"role-not-allowed"_s);
        QCOMPARE(results.at(0).toObject().value(u"permission"_s).toString(), u"catalogue"_s);
    }

    // Staff from before roles become coordinator and consultant on each of their sites.
    void migrationGivesExistingStaffCoordinatorAndConsultant()
    {
        stopServer();
        // Back to schema 13 as an older server left it (the steps after it run again), with a
        // staff member on two sites.
        QSqlQuery q(m_serve.inspect());
        // (The partner register's step and the device's rate counter run again too: their
        // tables and columns go first.)
        for (const QString &sql : {u"DROP TABLE staff_role"_s, u"ALTER TABLE audit DROP COLUMN role"_s,
                                   u"DROP TABLE partner"_s, u"DROP TABLE partner_contribution"_s,
                                   u"DROP INDEX opportunity_by_partner"_s,
                                   u"ALTER TABLE opportunity DROP COLUMN partner_id"_s,
                                   u"ALTER TABLE device DROP COLUMN rate_window_start"_s,
                                   u"ALTER TABLE device DROP COLUMN rate_hits"_s,
                                   u"DELETE FROM schema_migration WHERE version >= 14"_s,
                                   u"INSERT INTO staff (id, login, name, password_hash, created_at) VALUES "
                                   "('old-staff', 'oud', 'Oud', 'x', '2026-01-01T00:00:00.000Z')"_s,
                                   u"INSERT INTO staff_site (staff_id, site_id) VALUES ('old-staff', 'site-a'), "
                                   "('old-staff', 'site-b')"_s})
            QVERIFY2(q.exec(sql), qPrintable(sql));
        m_serve.inspect().close();
        const CliResult listed = cli({u"staff"_s, u"list"_s, u"--db"_s, m_db});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("oud site-a:coordinator+consultant,site-b:coordinator+consultant Oud\n"),
                 listed.out.constData());
        QVERIFY2(listed.out.contains("admin-staff site-a:coordinator+consultant admin-staff\n"), listed.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestStaffRoles)
#include "tst_staff_roles.moc"
