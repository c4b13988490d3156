// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the staff tablet needs from meedoen-server, against the real server process on
// 127.0.0.1: sign-in with back-off and lockout (more in tst_staff_signin), decisions and the conflict list, catalogue
// edits, hours and corrections, erasure reaching other devices, results and the CSV exports.
// SQLite by default; with MEEDOEN_TEST_PG=1 (under pg_virtualenv) on PostgreSQL.

#include "protocol/wire.h"
#include "core/personalcode.h"

#include "common/serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

// An enrolled device and the next sequence number of its outbox.
struct Device
{
    QString id;
    QByteArray token;
    qint64 nextSeq = 1;
};

const QString kPassword = u"correct horse battery"_s;
// Appears only in personal data of the person who is erased.
const QString kCanary = u"Kanariepiet"_s;

} // namespace

class TestIntegrationStaff : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestIntegrationStaff() : ServerHarness(u"staff"_s) {}

private:
    QString m_clockFile;

    // ------------------------------------------------------------ server and admin CLI

    bool startStaffServer()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MEEDOEN_SERVER_TEST_CLOCK_FILE"_s, m_clockFile);
        return startServer({}, env);
    }

    // The server's clock, for the back-off tests (MEEDOEN_SERVER_TEST_CLOCK_FILE).
    void setClock(const QDateTime &t)
    {
        QFile f(m_clockFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(t.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    }

    QString writeCatalogue()
    {
        auto opportunity = [](const QString &id, const QString &kind, const QString &route, const QString &site,
                              int capacity) {
            QJsonObject o{{u"id"_s, id}, {u"kind"_s, kind}, {u"route"_s, route}, {u"title"_s, QString(u"Titel "_s + id)},
                          {u"site"_s, site}, {u"capacity"_s, capacity}};
            if (kind == "training"_L1) {
                o.insert(u"trainingType"_s, u"internship"_s);
                // Confirmed without review, as the corporation chose: these tests are about
                // what staff do after (review itself: tst_app_sync, reviewHoldsThePlace).
                o.insert(u"needsReview"_s, false);
            }
            return o;
        };
        const QJsonObject catalogue{
            {u"format"_s, u"meedoen-catalogue/1"_s},
            {u"textVersion"_s, u"2026-11-01"_s},
            {u"neighbourhoods"_s, QJsonArray{QJsonObject{{u"id"_s, u"wielewaal"_s}, {u"name"_s, u"Wielewaal"_s}},
                                             QJsonObject{{u"id"_s, u"kanaleneiland"_s}, {u"name"_s, u"Kanaleneiland"_s}}}},
            {u"sites"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}, {u"neighbourhood"_s, u"wielewaal"_s}},
                        QJsonObject{{u"id"_s, u"site-b"_s}, {u"name"_s, u"Buurthuis B"_s},
                                    {u"neighbourhood"_s, u"kanaleneiland"_s}}}},
            {u"opportunities"_s,
             QJsonArray{opportunity(u"tuin"_s, u"volunteer"_s, u"wonen"_s, u"site-a"_s, 3),
                        opportunity(u"stage"_s, u"training"_s, u"werken"_s, u"site-a"_s, 1),
                        opportunity(u"koffie"_s, u"volunteer"_s, u"wonen"_s, u"site-b"_s, 0)}},
        };
        const QString path = m_dir.filePath(u"catalogue-%1.json"_s.arg(m_dbCounter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(catalogue).toJson());
        return path;
    }

    Device enrollDevice(const QString &kind, const QString &site)
    {
        const Enrolled e = ServerHarness::enroll(kind, site);
        return {e.deviceId, e.token};
    }

    // `staff add` with the password on stdin, with every role (tst_staff_roles checks each); the staff id.
    QString addStaff(const QString &login, const QString &name, const QStringList &sites)
    {
        QStringList args{u"staff"_s, u"add"_s, u"--name"_s, name, u"--login"_s, login, u"--role"_s,
                         u"coordinator,consultant,viewer,admin"_s, u"--db"_s, m_db};
        for (const QString &s : sites)
            args << u"--site"_s << s;
        const CliResult r = cli(args, kPassword.toUtf8() + '\n');
        if (r.exitCode != 0)
            return {};
        return QString::fromUtf8(r.out).section(u' ', 1, 1);
    }

    Reply login(const Device &tablet, const QString &loginName, const QString &password)
    {
        return post(u"/v1/staff/login"_s, {{u"login"_s, loginName}, {u"password"_s, password}}, tablet.token);
    }

    // ------------------------------------------------------------ HTTP

    // Pushes mutations of one kind each, numbered from the device's outbox; the results.
    QJsonArray push(Device &d, const QList<QPair<QString, QJsonObject>> &mutations)
    {
        QJsonArray list;
        for (const auto &[kind, payload] : mutations) {
            list.append(QJsonObject{{u"seq"_s, double(d.nextSeq++)},
                                    {u"id"_s, Fixtures::uuid()},
                                    {u"kind"_s, kind},
                                    {u"deviceTime"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                    {u"payload"_s, payload}});
        }
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, list}}, d.token);
        if (r.status != 200)
            qWarning("push answered %d: %s", r.status, r.body.constData());
        return r.json().value(u"results"_s).toArray();
    }

    QJsonObject pushOne(Device &d, const QString &kind, const QJsonObject &payload)
    {
        return push(d, {{kind, payload}}).at(0).toObject();
    }

    // Changes from `cursor` on; `cursor` moves to the end.
    QList<QJsonObject> pullFrom(const Device &d, QString &cursor)
    {
        QList<QJsonObject> changes;
        for (int page = 0; page < 100; ++page) {
            const Reply r = get(u"/v1/pull?limit=200&cursor="_s + cursor, d.token);
            if (r.status != 200)
                return {};
            for (const QJsonValue &c : r.json().value(u"changes"_s).toArray())
                changes.append(c.toObject());
            cursor = r.json().value(u"cursor"_s).toString();
            if (!r.json().value(u"more"_s).toBool())
                break;
        }
        return changes;
    }

    QList<QJsonObject> pullAll(const Device &d)
    {
        QString cursor;
        return pullFrom(d, cursor);
    }

    // The last state of every entity of one kind, by id (what a device holds after applying).
    static QHash<QString, QJsonObject> latest(const QList<QJsonObject> &changes, const QString &entity)
    {
        QHash<QString, QJsonObject> out;
        for (const QJsonObject &c : changes) {
            if (c.value(u"entity"_s).toString() != entity)
                continue;
            if (c.value(u"op"_s).toString() == "delete"_L1)
                out.remove(c.value(u"id"_s).toString());
            else
                out.insert(c.value(u"id"_s).toString(), c.value(u"data"_s).toObject());
        }
        return out;
    }

    // ------------------------------------------------------------ tenants, as a kiosk registers them

    static QPair<QString, QJsonObject> registration(const Person &p)
    {
        return {u"registration"_s, Fixtures::registrationPayload(p)};
    }

    static QPair<QString, QJsonObject> signup(const QString &personId, const QString &opportunity)
    {
        return {u"signup"_s, Fixtures::signupPayload(personId, opportunity)};
    }

    // Registers a person at the kiosk's site and signs them up; the sign-up outcomes.
    QJsonArray registerAndSignUp(Device &kiosk, const Person &p, const QStringList &opportunities)
    {
        QList<QPair<QString, QJsonObject>> list{registration(p)};
        for (const QString &o : opportunities)
            list.append(signup(p.id, o));
        QJsonArray results = push(kiosk, list);
        results.removeFirst();
        return results;
    }

    static QJsonObject decision(const QString &staffId, const QString &signupId, const QString &kind, qint64 seen,
                                const QString &reason = {}, const QString &message = {})
    {
        QJsonObject o{{u"staffId"_s, staffId}, {u"signupId"_s, signupId}, {u"decision"_s, kind},
                      {u"seenVersion"_s, double(seen)}};
        if (!reason.isEmpty())
            o.insert(u"reason"_s, reason);
        if (!message.isEmpty())
            o.insert(u"messageToTenant"_s, message);
        return o;
    }

    static QJsonObject hoursEntry(const QString &staffId, const QString &personId, const QString &opportunity,
                                  const QString &date, int minutes, const QString &note = {})
    {
        QJsonObject entry{{u"id"_s, Fixtures::uuid()}, {u"personId"_s, personId}, {u"opportunityId"_s, opportunity},
                          {u"date"_s, date}, {u"minutes"_s, minutes}};
        if (!note.isEmpty())
            entry.insert(u"note"_s, note);
        QJsonObject payload{{u"entry"_s, entry}};
        if (!staffId.isEmpty())
            payload.insert(u"staffId"_s, staffId);
        return payload;
    }

    // A tablet at SITE with a staff member signed in; the staff id.
    QString signedInTablet(Device &tablet, const QString &loginName, const QString &site = u"site-a"_s)
    {
        tablet = enrollDevice(u"staff"_s, site);
        QString staffId = addStaff(loginName, u"Medewerker "_s + loginName, {site});
        const Reply r = login(tablet, loginName, kPassword);
        if (r.status != 200)
            return {};
        return staffId;
    }

    // Every cell of every table of the server's database, as text.
    QStringList databaseCells()
    {
        QStringList cells;
        {
            QSqlDatabase db = m_serve.inspect();
            if (!db.isOpen())
                qFatal("cannot open the server database: %s", qPrintable(db.lastError().text()));
            const QStringList tables = db.tables(QSql::Tables);
            for (const QString &table : tables) {
                QSqlQuery q(db);
                // Table names come from the database itself, not from input.
                if (!q.exec(u"SELECT * FROM "_s + table))
                    qFatal("cannot read %s", qPrintable(table));
                while (q.next()) {
                    for (int i = 0; i < q.record().count(); ++i)
                        cells.append(q.value(i).toString());
                }
            }
        }
        return cells;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_clockFile = m_dir.filePath(u"clock"_s);
        qInfo("backend: %s", m_pg ? "PostgreSQL" : "SQLite");
    }

    void init()
    {
        QFile::remove(m_clockFile); // real time until a test sets it
        freshDatabase();
        const CliResult imported = cli({u"import-catalogue"_s, writeCatalogue(), u"--db"_s, m_db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(startStaffServer());
    }

    void cleanup() { stopServer(); }

    void staffAddAndSignIn()
    {
        Device tablet = enrollDevice(u"staff"_s, u"site-a"_s);
        QVERIFY(!tablet.token.isEmpty());
        // Without a password on stdin one is generated and printed once.
        const CliResult generated = cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"Fatma Demir"_s,
                                         u"--login"_s, u"Fatma"_s, u"--db"_s, m_db});
        QCOMPARE(generated.exitCode, 0);
        const QList<QByteArray> lines = generated.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith("password "));
        const QString password = QString::fromUtf8(lines.at(1).mid(9));
        // The login is case-insensitive; the password is not.
        const Reply ok = login(tablet, u"FATMA"_s, password);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"name"_s).toString(), u"Fatma Demir"_s);
        QCOMPARE(ok.json().value(u"sites"_s).toArray(), QJsonArray{u"site-a"_s});
        QCOMPARE(ok.json().value(u"sessionToken"_s).toString().size(), 43);
        QCOMPARE(login(tablet, u"fatma"_s, password.toLower()).status, 401);
        QCOMPARE(login(tablet, u"nobody"_s, password).status, 401);

        // The same login twice is refused; an unknown site too; a short piped password too.
        QCOMPARE(cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"X"_s, u"--login"_s, u"fatma"_s,
                      u"--db"_s, m_db}).exitCode, 1);
        QCOMPARE(cli({u"staff"_s, u"add"_s, u"--site"_s, u"nowhere"_s, u"--name"_s, u"X"_s, u"--login"_s, u"x"_s,
                      u"--db"_s, m_db}).exitCode, 3);
        QCOMPARE(cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"X"_s, u"--login"_s, u"y"_s,
                      u"--db"_s, m_db}, "kort\n").exitCode, 2);

        // Only staff tablets sign staff in, and only at the staff member's own sites.
        const Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        QCOMPARE(login(kiosk, u"fatma"_s, password).status, 403);
        Device otherSite = enrollDevice(u"staff"_s, u"site-b"_s);
        QCOMPARE(login(otherSite, u"fatma"_s, password).status, 403);
        QCOMPARE(login(otherSite, u"fatma"_s, password).json().value(u"type"_s).toString(),
                 u"urn:meedoen:problem:site-not-allowed"_s);

        // Several staff share one tablet; each is recorded on their own.
        QVERIFY(!addStaff(u"kees"_s, u"Kees"_s, {u"site-a"_s, u"site-b"_s}).isEmpty());
        QCOMPARE(login(tablet, u"kees"_s, kPassword).status, 200);
        QCOMPARE(login(otherSite, u"kees"_s, kPassword).status, 200);
    }

    void loginBackoffAndLockout()
    {
        Device tablet = enrollDevice(u"staff"_s, u"site-a"_s);
        QVERIFY(!addStaff(u"anna"_s, u"Anna"_s, {u"site-a"_s}).isEmpty());
        QDateTime t = QDateTime::currentDateTimeUtc();
        setClock(t);

        for (int i = 0; i < 3; ++i)
            QCOMPARE(login(tablet, u"anna"_s, u"wrong"_s).status, 401);
        // The fourth try waits, even with the right password.
        Reply wait = login(tablet, u"anna"_s, kPassword);
        QCOMPARE(wait.status, 429);
        QCOMPARE(wait.retryAfter, "1"_ba);
        QCOMPARE(wait.json().value(u"type"_s).toString(), u"urn:meedoen:problem:login-backoff"_s);
        t = t.addSecs(1);
        setClock(t);
        QCOMPARE(login(tablet, u"anna"_s, u"wrong"_s).status, 401);
        wait = login(tablet, u"anna"_s, kPassword);
        QCOMPARE(wait.status, 429);
        QCOMPARE(wait.retryAfter, "2"_ba); // doubled
        t = t.addSecs(2);
        setClock(t);
        // The right password after waiting works, and forgives the mistakes.
        QCOMPARE(login(tablet, u"anna"_s, kPassword).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(login(tablet, u"anna"_s, u"wrong"_s).status, 401);

        // Ten mistakes in a row lock the login for an hour (tst_staff_signin: it ends by itself).
        for (int i = 3; i < 10; ++i) {
            t = t.addSecs(3600);
            setClock(t);
            QCOMPARE(login(tablet, u"anna"_s, u"wrong"_s).status, 401);
        }
        t = t.addSecs(30 * 60);
        setClock(t);
        const Reply locked = login(tablet, u"anna"_s, kPassword);
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.json().value(u"type"_s).toString(), u"urn:meedoen:problem:login-locked"_s);
        QCOMPARE(locked.retryAfter, "1800"_ba);

        const CliResult unlock = cli({u"staff"_s, u"unlock"_s, u"anna"_s, u"--db"_s, m_db});
        QCOMPARE(unlock.exitCode, 0);
        QCOMPARE(cli({u"staff"_s, u"unlock"_s, u"nobody"_s, u"--db"_s, m_db}).exitCode, 3);
        QCOMPARE(login(tablet, u"anna"_s, kPassword).status, 200);
    }

    // A kiosk's "Hoe staat mijn aanmelding ervoor?" (POST /v1/status): answered only to a kiosk,
    // only when the personal code AND the date of birth match, with the server's word on each
    // sign-up and the staff member's message but nothing of the person; wrong guesses wait,
    // per kiosk and per code (the same code from another kiosk waits too).
    void kioskStatusLookup()
    {
        QDateTime t = QDateTime::currentDateTimeUtc();
        setClock(t);
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        Device otherKiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        Device phone = enrollDevice(u"phone"_s, u"site-a"_s);
        Device tablet;
        const QString anna = signedInTablet(tablet, u"anna"_s);
        QVERIFY(!anna.isEmpty());
        Person p = Fixtures::person(u"Statusvraag"_s);
        p.personalCode = generatePersonalCode(*QRandomGenerator::system());
        const QJsonArray placed = registerAndSignUp(kiosk, p, {u"tuin"_s, u"stage"_s});
        const QString stageId = placed.at(1).toObject().value(u"signupId"_s).toString();
        const qint64 seen = latest(pullAll(tablet), u"signup"_s).value(stageId).value(u"version"_s).toInteger();
        QCOMPARE(pushOne(tablet, u"decision"_s, decision(anna, stageId, u"decline"_s, seen, u"no-match"_s, u"Volgend jaar weer."_s))
                     .value(u"state"_s).toString(),
                 u"declined"_s);

        const QJsonObject asked{{u"personalCode"_s, p.personalCode.toLower()}, // typed as a tenant types it
                                {u"dateOfBirth"_s, p.dateOfBirth.toString(Qt::ISODate)}};
        const Reply found = post(u"/v1/status"_s, asked, kiosk.token);
        QCOMPARE(found.status, 200);
        const QJsonArray signups = found.json().value(u"signups"_s).toArray();
        QCOMPARE(signups.size(), 2);
        QJsonObject stage;
        for (const QJsonValue &v : signups) {
            if (v.toObject().value(u"opportunityId"_s).toString() == u"stage"_s)
                stage = v.toObject();
        }
        QCOMPARE(stage.value(u"state"_s).toString(), u"declined"_s);
        QCOMPARE(stage.value(u"declineReason"_s).toString(), u"staff-decision"_s);
        QCOMPARE(stage.value(u"messageToTenant"_s).toString(), u"Volgend jaar weer."_s);
        QVERIFY(QDateTime::fromString(stage.value(u"stateAt"_s).toString(), Qt::ISODateWithMs).isValid());
        // Nothing of the person travels back.
        QVERIFY(!found.body.contains(p.id.toUtf8()));
        QVERIFY(!found.body.contains(p.givenName.toUtf8()));
        QVERIFY(!found.body.contains(p.personalCode.toUtf8()));

        // Only a kiosk, with its token; the code alone is no question; the body is small.
        QCOMPARE(post(u"/v1/status"_s, asked, phone.token).status, 403);
        QCOMPARE(post(u"/v1/status"_s, asked, tablet.token).status, 403);
        QCOMPARE(post(u"/v1/status"_s, asked).status, 401);
        const Reply codeOnly = post(u"/v1/status"_s, {{u"personalCode"_s, p.personalCode}}, kiosk.token);
        QCOMPARE(codeOnly.status, 400);
        QCOMPARE(codeOnly.json().value(u"field"_s).toString(), u"dateOfBirth"_s);
        QJsonObject padded = asked;
        padded.insert(u"personalCode"_s, QString(2000, u'A'));
        QCOMPARE(post(u"/v1/status"_s, padded, kiosk.token).status, 413);

        // A wrong date of birth finds no one; after three, the kiosk and the code wait.
        QJsonObject wrong = asked;
        wrong.insert(u"dateOfBirth"_s, p.dateOfBirth.addDays(1).toString(Qt::ISODate));
        for (int i = 0; i < 3; ++i) {
            const Reply none = post(u"/v1/status"_s, wrong, kiosk.token);
            QCOMPARE(none.status, 404);
            QVERIFY(!none.body.contains("signups"));
        }
        const Reply wait = post(u"/v1/status"_s, asked, kiosk.token);
        QCOMPARE(wait.status, 429);
        QCOMPARE(wait.retryAfter, "1"_ba);
        QCOMPARE(post(u"/v1/status"_s, asked, otherKiosk.token).status, 429); // the same code elsewhere
        t = t.addSecs(1);
        setClock(t);
        QCOMPARE(post(u"/v1/status"_s, wrong, kiosk.token).status, 404);
        const Reply doubled = post(u"/v1/status"_s, asked, kiosk.token);
        QCOMPARE(doubled.status, 429);
        QCOMPARE(doubled.retryAfter, "2"_ba);
        // Waited: the right answer, and the mistakes are forgiven.
        t = t.addSecs(2);
        setClock(t);
        QCOMPARE(post(u"/v1/status"_s, asked, kiosk.token).status, 200);
        QCOMPARE(post(u"/v1/status"_s, wrong, kiosk.token).status, 404);
        QCOMPARE(post(u"/v1/status"_s, asked, otherKiosk.token).status, 200);
    }

    void decisionConflictBetweenTwoTablets()
    {
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        Device tablet1, tablet2;
        const QString anna = signedInTablet(tablet1, u"anna"_s);
        const QString bert = signedInTablet(tablet2, u"bert"_s);
        QVERIFY(!anna.isEmpty() && !bert.isEmpty());

        // Three confirmed for "stage" (capacity 1): one confirmed, two waitlisted.
        QJsonArray outcomes;
        for (const QString &name : {u"Een"_s, u"Twee"_s, u"Drie"_s})
            outcomes.append(registerAndSignUp(kiosk, Fixtures::person(name), {u"stage"_s}).at(0));
        const QString first = outcomes.at(0)[u"signupId"_s].toString();
        const QString second = outcomes.at(1)[u"signupId"_s].toString();
        const QString third = outcomes.at(2)[u"signupId"_s].toString();
        QCOMPARE(outcomes.at(1)[u"status"_s].toString(), u"waitlisted"_s);

        // Both tablets pull while online, then decide on the same application offline.
        const auto seen1 = latest(pullAll(tablet1), u"signup"_s);
        const auto seen2 = latest(pullAll(tablet2), u"signup"_s);
        const qint64 version = qint64(seen1.value(second).value(u"version"_s).toDouble());
        QCOMPARE(version, 1);
        QCOMPARE(qint64(seen2.value(second).value(u"version"_s).toDouble()), version);

        const QJsonObject declined = pushOne(tablet1, u"decision"_s,
                                             decision(anna, second, u"decline"_s, version, u"no-match"_s, u"Helaas."_s));
        QCOMPARE(declined.value(u"status"_s).toString(), u"decided"_s);
        QCOMPARE(declined.value(u"state"_s).toString(), u"declined"_s);
        const QJsonObject stale = pushOne(tablet2, u"decision"_s, decision(bert, second, u"confirm"_s, version));
        QCOMPARE(stale.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(stale.value(u"reason"_s).toString(), u"stale-version"_s);
        QCOMPARE(stale.value(u"currentState"_s).toString(), u"declined"_s);
        QVERIFY(!stale.contains(u"httpStatus"_s)); // an outcome, not a broken queue

        // The first decision stands; both are on record, the second in the conflict list.
        const QList<QJsonObject> changes = pullAll(tablet2);
        const auto signups = latest(changes, u"signup"_s);
        QCOMPARE(signups.value(second).value(u"state"_s).toString(), u"declined"_s);
        const auto decisions = latest(changes, u"decision"_s);
        QCOMPARE(decisions.size(), 2);
        QStringList statuses;
        for (const QJsonObject &d : decisions) {
            statuses.append(d.value(u"status"_s).toString());
            QCOMPARE(d.value(u"deviceId"_s).toString(), d.value(u"staffId"_s) == anna ? tablet1.id : tablet2.id);
        }
        statuses.sort();
        QCOMPARE(statuses, (QStringList{u"conflict"_s, u"decided"_s}));
        const auto audit = latest(changes, u"audit"_s);
        QCOMPARE(audit.size(), 2);
        for (const QJsonObject &a : audit) {
            QVERIFY(!a.value(u"at"_s).toString().isEmpty());
            QVERIFY(!a.value(u"deviceTime"_s).toString().isEmpty());
        }

        // Confirm refuses when full; declining the confirmed one promotes the waitlist.
        QCOMPARE(pushOne(tablet1, u"decision"_s, decision(anna, third, u"confirm"_s, 1)).value(u"reason"_s).toString(),
                 u"full"_s);
        QCOMPARE(pushOne(tablet1, u"decision"_s, decision(anna, first, u"decline"_s, 1)).value(u"status"_s).toString(),
                 u"decided"_s);
        const auto after = latest(pullAll(kiosk), u"signup"_s);
        QCOMPARE(after.value(third).value(u"state"_s).toString(), u"confirmed"_s);
        QCOMPARE(after.value(first).value(u"state"_s).toString(), u"declined"_s);
        QVERIFY(!after.value(first).contains(u"messageToTenant"_s)); // a kiosk gets statuses only

        // A staff member who never signed in on this tablet cannot decide on it.
        QCOMPARE(pushOne(tablet1, u"decision"_s, decision(bert, third, u"decline"_s, 2)).value(u"reason"_s).toString(),
                 u"staff-not-signed-in"_s);
        // Nor can a kiosk.
        QCOMPARE(pushOne(kiosk, u"decision"_s, decision(anna, third, u"decline"_s, 2)).value(u"reason"_s).toString(),
                 u"not-allowed"_s);
    }

    // A training place with review (the default for its kind): the first sign-up is pending and
    // holds the only place, the next waits; a staff decline with a message frees the place for
    // the next, who is pending too (staff review them as well), and the first one's phone data
    // carries the message and the date of the decline.
    void reviewHoldsThePlace()
    {
        // The places held (confirmed and pending), as the tablet pulls them.
        const auto placesTaken = [this](Device &d, const QString &id) {
            return latest(pullAll(d), u"opportunity"_s).value(id).value(u"placesTaken"_s).toInt();
        };
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        Device tablet;
        const QString anna = signedInTablet(tablet, u"anna"_s);
        QVERIFY(!anna.isEmpty());
        // A training place made on the tablet, one place; review follows its kind.
        const QJsonObject made = pushOne(
            tablet, u"opportunity-upsert"_s,
            {{u"staffId"_s, anna},
             {u"opportunity"_s, QJsonObject{{u"id"_s, u"review"_s}, {u"kind"_s, u"training"_s},
                                            {u"trainingType"_s, u"internship"_s}, {u"route"_s, u"werken"_s},
                                            {u"title"_s, u"Stage"_s}, {u"site"_s, u"site-a"_s}, {u"capacity"_s, 1},
                                            {u"status"_s, u"open"_s}}}});
        QCOMPARE(made.value(u"status"_s).toString(), u"accepted"_s);
        const QJsonObject first = registerAndSignUp(kiosk, Fixtures::person(u"Een"_s), {u"review"_s}).at(0).toObject();
        const QJsonObject second = registerAndSignUp(kiosk, Fixtures::person(u"Twee"_s), {u"review"_s}).at(0).toObject();
        QCOMPARE(first.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(second.value(u"status"_s).toString(), u"waitlisted"_s);
        QCOMPARE(placesTaken(tablet, u"review"_s), 1);
        const QString firstId = first.value(u"signupId"_s).toString();
        const QString secondId = second.value(u"signupId"_s).toString();
        // A volunteer task without review confirms at once, as before.
        QCOMPARE(registerAndSignUp(kiosk, Fixtures::person(u"Drie"_s), {u"tuin"_s}).at(0)[u"status"_s].toString(),
                 u"confirmed"_s);

        const QJsonObject declined = pushOne(tablet, u"decision"_s,
                                             decision(anna, firstId, u"decline"_s, 1, u"no-match"_s, u"Volgend jaar weer."_s));
        QCOMPARE(declined.value(u"state"_s).toString(), u"declined"_s);
        const auto signups = latest(pullAll(tablet), u"signup"_s);
        QCOMPARE(signups.value(firstId).value(u"messageToTenant"_s).toString(), u"Volgend jaar weer."_s);
        QCOMPARE(signups.value(firstId).value(u"declineReason"_s).toString(), u"staff-decision"_s);
        QVERIFY(QDateTime::fromString(signups.value(firstId).value(u"stateAt"_s).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(signups.value(secondId).value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(placesTaken(tablet, u"review"_s), 1);

        // Confirming a pending sign-up needs no free place: it holds one.
        const QJsonObject confirmed = pushOne(tablet, u"decision"_s, decision(anna, secondId, u"confirm"_s, 2));
        QCOMPARE(confirmed.value(u"state"_s).toString(), u"confirmed"_s);
        QCOMPARE(placesTaken(tablet, u"review"_s), 1);
    }

    void capacityAndCatalogueEdits()
    {
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        Device tablet;
        const QString staff = signedInTablet(tablet, u"anna"_s);
        QVERIFY(!staff.isEmpty());
        for (const QString &name : {u"Een"_s, u"Twee"_s, u"Drie"_s, u"Vier"_s})
            registerAndSignUp(kiosk, Fixtures::person(name), {u"tuin"_s}); // capacity 3: 3 confirmed, 1 waitlisted

        auto edit = [&](int capacity, const QString &status, const QString &title) {
            return QJsonObject{{u"staffId"_s, staff},
                               {u"opportunity"_s,
                                QJsonObject{{u"id"_s, u"tuin"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                                            {u"title"_s, title}, {u"site"_s, u"site-a"_s}, {u"capacity"_s, capacity},
                                            {u"status"_s, status}, {u"schedule"_s, u"Elke dinsdag 9:00–12:00"_s},
                                            {u"organiser"_s, u"Buurtwerk"_s}, {u"organiserRole"_s, u"begeleiding"_s}}}};
        };
        const QJsonObject lowered = pushOne(tablet, u"opportunity-upsert"_s, edit(2, u"open"_s, u"Tuin"_s));
        QCOMPARE(lowered.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(lowered.value(u"reason"_s).toString(), u"capacity-below-confirmed"_s);
        QCOMPARE(lowered.value(u"confirmed"_s).toInt(), 3);

        // Raising the capacity serves the waitlist; the change reaches a kiosk on its next pull.
        QCOMPARE(pushOne(tablet, u"opportunity-upsert"_s, edit(5, u"open"_s, u"Moestuin De Wielewaal"_s))
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
        auto tuin = latest(pullAll(kiosk), u"opportunity"_s).value(u"tuin"_s);
        QCOMPARE(tuin.value(u"title"_s).toString(), u"Moestuin De Wielewaal"_s);
        QCOMPARE(tuin.value(u"capacity"_s).toInt(), 5);
        QCOMPARE(tuin.value(u"placesTaken"_s).toInt(), 4);
        QCOMPARE(tuin.value(u"waitlistLength"_s).toInt(), 0);
        QCOMPARE(tuin.value(u"schedule"_s).toString(), u"Elke dinsdag 9:00–12:00"_s);

        // Paused: no new sign-ups.
        QCOMPARE(pushOne(tablet, u"opportunity-upsert"_s, edit(5, u"paused"_s, u"Moestuin"_s)).value(u"status"_s).toString(),
                 u"accepted"_s);
        QCOMPARE(registerAndSignUp(kiosk, Fixtures::person(u"Vijf"_s), {u"tuin"_s}).at(0)[u"reason"_s].toString(),
                 u"opportunity-closed"_s);

        // Another site's opportunity is not this staff member's to edit.
        QJsonObject foreign = edit(5, u"open"_s, u"Koffie"_s);
        QJsonObject o = foreign.value(u"opportunity"_s).toObject();
        o.insert(u"id"_s, u"koffie"_s);
        o.insert(u"site"_s, u"site-b"_s);
        foreign.insert(u"opportunity"_s, o);
        QCOMPARE(pushOne(tablet, u"opportunity-upsert"_s, foreign).value(u"reason"_s).toString(), u"site-not-allowed"_s);
    }

    void hoursCorrectionKeepsTheOriginal()
    {
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        Device tablet;
        const QString staff = signedInTablet(tablet, u"anna"_s);
        const Person p = Fixtures::person(u"Uren"_s);
        registerAndSignUp(kiosk, p, {u"tuin"_s});

        QCOMPARE(pushOne(tablet, u"hours-agreement"_s,
                         {{u"staffId"_s, staff}, {u"personId"_s, p.id}, {u"minutesPerMonth"_s, 240}})
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
        const QJsonObject logged = hoursEntry(staff, p.id, u"tuin"_s, u"2026-10-06"_s, 180);
        const QString original = logged[u"entry"_s][u"id"_s].toString();
        QCOMPARE(pushOne(tablet, u"hours"_s, logged).value(u"status"_s).toString(), u"accepted"_s);
        const QString correctionId = Fixtures::uuid();
        const QJsonObject correction{{u"staffId"_s, staff},
                                     {u"entry"_s, QJsonObject{{u"id"_s, correctionId}, {u"correctsEntryId"_s, original},
                                                             {u"date"_s, u"2026-10-06"_s}, {u"minutes"_s, 150},
                                                             {u"note"_s, u"pauze eraf"_s}}}};
        const QJsonObject corrected = pushOne(tablet, u"hours-correct"_s, correction);
        QCOMPARE(corrected.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(corrected.value(u"correctsEntryId"_s).toString(), original);

        const QList<QJsonObject> changes = pullAll(tablet);
        const auto hours = latest(changes, u"hours"_s);
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours.value(original).value(u"minutes"_s).toInt(), 180); // never edited
        QCOMPARE(hours.value(original).value(u"supersededBy"_s).toString(), correctionId);
        QCOMPARE(hours.value(correctionId).value(u"minutes"_s).toInt(), 150);
        QCOMPARE(hours.value(correctionId).value(u"verified"_s).toBool(), true);
        const QJsonObject balance = latest(changes, u"balance"_s).value(p.id + u"/2026-10"_s);
        QCOMPARE(balance.value(u"agreedMinutes"_s).toInt(), 240);
        QCOMPARE(balance.value(u"loggedMinutes"_s).toInt(), 150);
        QCOMPARE(balance.value(u"balanceMinutes"_s).toInt(), -90);

        // The original cannot be verified or corrected a second time.
        QCOMPARE(pushOne(tablet, u"hours-verify"_s, {{u"staffId"_s, staff}, {u"entryId"_s, original}})
                     .value(u"reason"_s).toString(),
                 u"already-corrected"_s);
        QJsonObject again = correction;
        QJsonObject entry = again.value(u"entry"_s).toObject();
        entry.insert(u"id"_s, Fixtures::uuid());
        again.insert(u"entry"_s, entry);
        QCOMPARE(pushOne(tablet, u"hours-correct"_s, again).value(u"reason"_s).toString(), u"already-corrected"_s);
        QCOMPARE(pushOne(tablet, u"hours-verify"_s, {{u"staffId"_s, staff}, {u"entryId"_s, correctionId}})
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
    }

    void tenantLogsHoursFromTheirPhone()
    {
        Device phone = enrollDevice(u"phone"_s, u"site-a"_s);
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        const Person mine = Fixtures::person(u"Eigen"_s), other = Fixtures::person(u"Ander"_s);
        registerAndSignUp(phone, mine, {u"tuin"_s});
        registerAndSignUp(kiosk, other, {u"tuin"_s});
        const QString lastWeek = QDate::currentDate().addDays(-7).toString(Qt::ISODate);
        const QJsonObject own = pushOne(phone, u"hours"_s, hoursEntry({}, mine.id, u"tuin"_s, lastWeek, 45));
        QCOMPARE(own.value(u"status"_s).toString(), u"accepted"_s);
        const auto hours = latest(pullAll(phone), u"hours"_s);
        QCOMPARE(hours.value(own.value(u"entryId"_s).toString()).value(u"loggedBy"_s).toString(), u"tenant"_s);
        QCOMPARE(hours.value(own.value(u"entryId"_s).toString()).value(u"verified"_s).toBool(), false);
        // Not for someone else, and nothing staff-only.
        QCOMPARE(pushOne(phone, u"hours"_s, hoursEntry({}, other.id, u"tuin"_s, lastWeek, 45))
                     .value(u"reason"_s).toString(),
                 u"person-unknown"_s);
        QCOMPARE(pushOne(phone, u"decision"_s, decision(Fixtures::uuid(), Fixtures::uuid(), u"confirm"_s, 1)).value(u"reason"_s).toString(),
                 u"not-allowed"_s);
    }

    // The phone's rules (core/tenanthours.h) hold on the server too, whatever a phone sends.
    void tenantHoursRules_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<QString>("opportunity");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fine") << 3 << u"tuin"_s << 90 << QString();
        QTest::newRow("in the future") << -3 << u"tuin"_s << 90 << u"date-in-future"_s;
        QTest::newRow("older than the window") << 70 << u"tuin"_s << 90 << u"date-outside-window"_s;
        QTest::newRow("not in quarters") << 3 << u"tuin"_s << 50 << u"not-quarter-hours"_s;
        QTest::newRow("over twelve hours") << 3 << u"tuin"_s << 12 * 60 + 15 << u"day-limit"_s;
        QTest::newRow("a training place") << 3 << u"stage"_s << 60 << u"signup-not-confirmed"_s;
        QTest::newRow("no sign-up") << 3 << u"koffie"_s << 60 << u"signup-not-confirmed"_s;
    }
    void tenantHoursRules()
    {
        QFETCH(int, daysAgo);
        QFETCH(QString, opportunity);
        QFETCH(int, minutes);
        QFETCH(QString, reason);
        Device phone = enrollDevice(u"phone"_s, u"site-a"_s);
        const Person mine = Fixtures::person(u"Regel"_s);
        registerAndSignUp(phone, mine, {u"tuin"_s, u"stage"_s});
        const QString date = QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
        const QJsonObject answer = pushOne(phone, u"hours"_s, hoursEntry({}, mine.id, opportunity, date, minutes));
        QCOMPARE(answer.value(u"status"_s).toString(), reason.isEmpty() ? u"accepted"_s : u"refused"_s);
        QCOMPARE(answer.value(u"reason"_s).toString(), reason);
    }

    // Same id again: an edit while no staff member looked at it; then a withdrawal. After
    // verification neither is allowed. 12 hours a day per sign-up count over all entries.
    void tenantEditsAndWithdrawsHours()
    {
        Device phone = enrollDevice(u"phone"_s, u"site-a"_s);
        Device tablet = enrollDevice(u"staff"_s, u"site-a"_s);
        const QString staff = signedInTablet(tablet, u"anna"_s);
        const Person mine = Fixtures::person(u"Wijzig"_s);
        registerAndSignUp(phone, mine, {u"tuin"_s});
        const QString day = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
        QJsonObject logged = hoursEntry({}, mine.id, u"tuin"_s, day, 8 * 60);
        QCOMPARE(pushOne(phone, u"hours"_s, logged).value(u"status"_s).toString(), u"accepted"_s);
        const QString id = logged[u"entry"_s].toObject().value(u"id"_s).toString();
        QCOMPARE(pushOne(phone, u"hours"_s, hoursEntry({}, mine.id, u"tuin"_s, day, 5 * 60)).value(u"reason"_s).toString(),
                 u"day-limit"_s);
        // The edit: 8 hours become 2, and the balance follows.
        QJsonObject entry = logged[u"entry"_s].toObject();
        entry.insert(u"minutes"_s, 120);
        logged.insert(u"entry"_s, entry);
        QCOMPARE(pushOne(phone, u"hours"_s, logged).value(u"status"_s).toString(), u"accepted"_s);
        const auto changes = pullAll(phone);
        QCOMPARE(latest(changes, u"hours"_s).value(id).value(u"minutes"_s).toInt(), 120);
        QCOMPARE(latest(changes, u"balance"_s).value(mine.id + u'/' + day.left(7)).value(u"loggedMinutes"_s).toInt(), 120);
        // Withdrawn: gone for the tablet too.
        QCOMPARE(pushOne(phone, u"hours-withdraw"_s, {{u"entryId"_s, id}}).value(u"status"_s).toString(), u"accepted"_s);
        bool tombstone = false;
        for (const QJsonObject &c : pullAll(tablet))
            tombstone |= c.value(u"entity"_s).toString() == u"hours"_s && c.value(u"id"_s).toString() == id
                         && c.value(u"op"_s).toString() == u"delete"_s;
        QVERIFY(tombstone);
        QCOMPARE(pushOne(phone, u"hours-withdraw"_s, {{u"entryId"_s, id}}).value(u"reason"_s).toString(), u"entry-unknown"_s);
        // Verified: no longer the tenant's to change.
        QJsonObject again = hoursEntry({}, mine.id, u"tuin"_s, day, 60);
        QCOMPARE(pushOne(phone, u"hours"_s, again).value(u"status"_s).toString(), u"accepted"_s);
        const QString againId = again[u"entry"_s].toObject().value(u"id"_s).toString();
        QCOMPARE(pushOne(tablet, u"hours-verify"_s, {{u"staffId"_s, staff}, {u"entryId"_s, againId}})
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
        QCOMPARE(pushOne(phone, u"hours"_s, again).value(u"status"_s).toString(), u"accepted"_s); // unchanged: a resend
        entry = again[u"entry"_s].toObject();
        entry.insert(u"minutes"_s, 90);
        again.insert(u"entry"_s, entry);
        QCOMPARE(pushOne(phone, u"hours"_s, again).value(u"reason"_s).toString(), u"entry-verified"_s);
        QCOMPARE(pushOne(phone, u"hours-withdraw"_s, {{u"entryId"_s, againId}}).value(u"reason"_s).toString(),
                 u"entry-verified"_s);
        // Logged by staff for the tenant: the phone can neither change nor take it back.
        QJsonObject byStaff = hoursEntry(staff, mine.id, u"tuin"_s, day, 30);
        QCOMPARE(pushOne(tablet, u"hours"_s, byStaff).value(u"status"_s).toString(), u"accepted"_s);
        const QString byStaffId = byStaff[u"entry"_s].toObject().value(u"id"_s).toString();
        QJsonObject staffEntry = byStaff[u"entry"_s].toObject();
        staffEntry.insert(u"minutes"_s, 45);
        QJsonObject phoneEdit{{u"entry"_s, staffEntry}};
        QCOMPARE(pushOne(phone, u"hours"_s, phoneEdit).value(u"reason"_s).toString(), u"entry-verified"_s);
        QCOMPARE(pushOne(phone, u"hours-withdraw"_s, {{u"entryId"_s, byStaffId}}).value(u"reason"_s).toString(),
                 u"entry-verified"_s);
        // A tablet cannot withdraw a tenant's hours: staff correct them.
        QCOMPARE(pushOne(tablet, u"hours-withdraw"_s, {{u"staffId"_s, staff}, {u"entryId"_s, againId}})
                     .value(u"reason"_s).toString(),
                 u"not-allowed"_s);
    }

    // A tenant's phone asks for erasure of its own tenant (erase-request): recorded once,
    // published to the site's tablets, refused for someone else and from a tablet, done when
    // staff erase the person.
    void tenantAsksForErasure()
    {
        Device phone = enrollDevice(u"phone"_s, u"site-a"_s);
        Device tablet;
        const QString staff = signedInTablet(tablet, u"wim"_s);
        QVERIFY(!staff.isEmpty());
        const Person mine = Fixtures::person(u"Vergeet"_s);
        const Person other = Fixtures::person(u"Ander"_s);
        registerAndSignUp(phone, mine, {u"tuin"_s});
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        registerAndSignUp(kiosk, other, {u"tuin"_s});

        const QJsonObject asked = pushOne(phone, u"erase-request"_s, {{u"personId"_s, mine.id}});
        QCOMPARE(asked.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(asked.value(u"personId"_s).toString(), mine.id);
        QVERIFY(!asked.contains(u"unchanged"_s));
        // Asked again (another mutation): the same one request.
        const QJsonObject again = pushOne(phone, u"erase-request"_s, {{u"personId"_s, mine.id}});
        QCOMPARE(again.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(again.value(u"unchanged"_s).toBool(), true);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM erase_request WHERE person_id = ?"_s, {mine.id}), 1);
        // Not for a tenant this phone does not know; never from a tablet (staff erase).
        QCOMPARE(pushOne(phone, u"erase-request"_s, {{u"personId"_s, other.id}}).value(u"reason"_s).toString(),
                 u"person-unknown"_s);
        QCOMPARE(pushOne(tablet, u"erase-request"_s, {{u"staffId"_s, staff}, {u"personId"_s, other.id}})
                     .value(u"reason"_s).toString(),
                 u"not-allowed"_s);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM erase_request"_s), 1);

        // The site's tablet sees it open; a kiosk never does.
        const auto open = latest(pullAll(tablet), u"erase-request"_s);
        QCOMPARE(open.size(), 1);
        const QJsonObject request = open.begin().value();
        QCOMPARE(request.value(u"personId"_s).toString(), mine.id);
        QVERIFY(!request.value(u"requestedAt"_s).toString().isEmpty());
        QVERIFY(!request.contains(u"doneAt"_s));
        QVERIFY(latest(pullAll(kiosk), u"erase-request"_s).isEmpty());

        // Staff erase the person: the request is done, by them.
        QCOMPARE(pushOne(tablet, u"erase-person"_s, {{u"staffId"_s, staff}, {u"personId"_s, mine.id}})
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
        const QJsonObject done = latest(pullAll(tablet), u"erase-request"_s).value(open.begin().key());
        QVERIFY(!done.value(u"doneAt"_s).toString().isEmpty());
        QCOMPARE(done.value(u"doneBy"_s).toString(), staff);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM erase_request WHERE done_at IS NULL"_s), 0);
        // Erased: nothing more to ask for.
        QCOMPARE(pushOne(phone, u"erase-request"_s, {{u"personId"_s, mine.id}}).value(u"reason"_s).toString(),
                 u"person-unknown"_s);
    }

    void staffPayloadShape_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("field");
        const QString id = Fixtures::uuid();
        QTest::newRow("unknown field") << u"decision"_s
                                       << QJsonObject{{u"staffId"_s, id}, {u"signupId"_s, id}, {u"decision"_s, u"confirm"_s},
                                                      {u"seenVersion"_s, 1}, {u"colour"_s, u"red"_s}}
                                       << u"mutations[0].payload.colour"_s;
        QTest::newRow("decision value") << u"decision"_s
                                        << QJsonObject{{u"staffId"_s, id}, {u"signupId"_s, id}, {u"decision"_s, u"maybe"_s},
                                                       {u"seenVersion"_s, 1}}
                                        << u"mutations[0].payload.decision"_s;
        QTest::newRow("seen version missing") << u"decision"_s
                                              << QJsonObject{{u"staffId"_s, id}, {u"signupId"_s, id}, {u"decision"_s, u"confirm"_s}}
                                              << u"mutations[0].payload.seenVersion"_s;
        QTest::newRow("staff missing") << u"erase-person"_s << QJsonObject{{u"personId"_s, id}}
                                       << u"mutations[0].payload.staffId"_s;
        QTest::newRow("minutes") << u"hours"_s << hoursEntry(id, id, u"tuin"_s, u"2026-11-02"_s, 5000)
                                 << u"mutations[0].payload.entry.minutes"_s;
        QTest::newRow("date") << u"hours"_s << hoursEntry(id, id, u"tuin"_s, u"2 november"_s, 50)
                              << u"mutations[0].payload.entry.date"_s;
        QTest::newRow("opportunity without site")
            << u"opportunity-upsert"_s
            << QJsonObject{{u"staffId"_s, id},
                           {u"opportunity"_s, QJsonObject{{u"id"_s, u"x"_s}, {u"kind"_s, u"volunteer"_s},
                                                          {u"route"_s, u"wonen"_s}, {u"title"_s, u"X"_s}}}}
            << u"mutations[0].payload.opportunity.site"_s;
        QTest::newRow("placement value") << u"placement"_s
                                         << QJsonObject{{u"staffId"_s, id}, {u"signupId"_s, id},
                                                        {u"placement"_s, u"half"_s}, {u"date"_s, u"2026-11-02"_s}}
                                         << u"mutations[0].payload.placement"_s;
        QTest::newRow("identity check method") << u"identity-check"_s
                                               << QJsonObject{{u"staffId"_s, id}, {u"personId"_s, id},
                                                              {u"method"_s, u"looks-fine"_s}}
                                               << u"mutations[0].payload.method"_s;
        QTest::newRow("identity check person") << u"identity-check"_s
                                               << QJsonObject{{u"staffId"_s, id}, {u"method"_s, u"address"_s}}
                                               << u"mutations[0].payload.personId"_s;
    }

    void staffPayloadShape()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, field);
        const Device tablet = enrollDevice(u"staff"_s, u"site-a"_s);
        const QJsonObject m{{u"seq"_s, 1}, {u"id"_s, Fixtures::uuid()}, {u"kind"_s, kind},
                            {u"deviceTime"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                            {u"payload"_s, payload}};
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray{m}}}, tablet.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"field"_s).toString(), field);
    }

    void erasureReachesOtherDevices()
    {
        Device tablet1, tablet2;
        const QString anna = signedInTablet(tablet1, u"anna"_s);
        QVERIFY(!signedInTablet(tablet2, u"bert"_s).isEmpty());
        Device phone = enrollDevice(u"phone"_s, u"site-a"_s);
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);

        // The person to erase holds the only place of "stage"; someone waits behind them.
        Person p = Fixtures::person(kCanary);
        p.email = kCanary.toLower() + u"@example.org"_s;
        const QJsonArray mine = registerAndSignUp(phone, p, {u"stage"_s, u"tuin"_s});
        QCOMPARE(mine.at(0)[u"status"_s].toString(), u"confirmed"_s);
        const QString waiting = registerAndSignUp(kiosk, Fixtures::person(u"Wachter"_s), {u"stage"_s}).at(0)[u"signupId"_s].toString();
        QCOMPARE(pushOne(tablet1, u"hours"_s, hoursEntry(anna, p.id, u"tuin"_s, u"2026-10-06"_s, 60, kCanary))
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
        QCOMPARE(pushOne(tablet1, u"decision"_s,
                         decision(anna, mine.at(1)[u"signupId"_s].toString(), u"confirm"_s, 1, {}, u"Dag "_s + kCanary))
                     .value(u"status"_s).toString(),
                 u"decided"_s);

        // The second tablet and the phone hold the person before the erasure.
        QString cursor2, phoneCursor;
        const QList<QJsonObject> before = pullFrom(tablet2, cursor2);
        QVERIFY(latest(before, u"person"_s).contains(p.id));
        QVERIFY(latest(pullFrom(phone, phoneCursor), u"person"_s).contains(p.id));

        // The check below can see the canary where it is.
        QVERIFY(databaseCells().join(u'\n').contains(kCanary));

        const QJsonObject erased = pushOne(tablet1, u"erase-person"_s, {{u"staffId"_s, anna}, {u"personId"_s, p.id}});
        QCOMPARE(erased.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(erased.value(u"signupsWithdrawn"_s).toInt(), 2);

        // Tombstones reach both on their next pull; the waitlist moved up.
        const QList<QJsonObject> after = pullFrom(tablet2, cursor2);
        bool personTombstone = false, hoursTombstone = false;
        for (const QJsonObject &c : after) {
            if (c.value(u"op"_s).toString() != "delete"_L1)
                continue;
            personTombstone |= c.value(u"entity"_s) == u"person"_s && c.value(u"id"_s) == p.id;
            hoursTombstone |= c.value(u"entity"_s) == u"hours"_s;
        }
        QVERIFY(personTombstone);
        QVERIFY(hoursTombstone);
        QCOMPARE(latest(after, u"signup"_s).value(waiting).value(u"state"_s).toString(), u"confirmed"_s);
        bool phoneTombstone = false;
        for (const QJsonObject &c : pullFrom(phone, phoneCursor))
            phoneTombstone |= c.value(u"entity"_s) == u"person"_s && c.value(u"op"_s) == u"delete"_s;
        QVERIFY(phoneTombstone);

        // Nothing of them is left: not in what a new device pulls, not in any server table.
        for (const QJsonObject &c : pullAll(tablet2))
            QVERIFY2(!QJsonDocument(c).toJson().contains(kCanary.toUtf8()), "canary in a pulled change");
        const QStringList cells = databaseCells();
        QVERIFY(cells.size() > 50);
        for (const QString &cell : cells)
            QVERIFY2(!cell.contains(kCanary, Qt::CaseInsensitive), qPrintable(u"canary left in: "_s + cell.left(80)));

        // Erasing again is harmless; logging hours for them is refused.
        QCOMPARE(pushOne(tablet1, u"erase-person"_s, {{u"staffId"_s, anna}, {u"personId"_s, p.id}})
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
        QCOMPARE(pushOne(tablet1, u"hours"_s, hoursEntry(anna, p.id, u"tuin"_s, u"2026-10-07"_s, 60))
                     .value(u"reason"_s).toString(),
                 u"person-unknown"_s);
    }

    void consentWithdrawalIsInTheHistory()
    {
        Device tablet;
        const QString staff = signedInTablet(tablet, u"anna"_s);
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        const Person p = Fixtures::person(u"Toestemming"_s);
        registerAndSignUp(kiosk, p, {});
        const QJsonObject r = pushOne(tablet, u"consent-withdraw"_s,
                                      {{u"staffId"_s, staff}, {u"personId"_s, p.id}, {u"purpose"_s, u"contact"_s}});
        QCOMPARE(r.value(u"withdrawn"_s).toInt(), 1);
        const QJsonArray consents = latest(pullAll(tablet), u"person"_s).value(p.id).value(u"consents"_s).toArray();
        QCOMPARE(consents.size(), 1);
        QVERIFY(!consents.at(0)[u"givenAt"_s].toString().isEmpty());
        QVERIFY(!consents.at(0)[u"withdrawnAt"_s].toString().isEmpty());
    }

    // A fixture with known answers, by hand:
    //   tuin (site-a, wonen, capacity 3): Een, Twee, Drie confirmed, Vier waitlisted → fill 1.000, waitlist 1
    //   stage (site-a, werken, capacity 1): Een confirmed, Twee waitlisted            → fill 1.000, waitlist 1
    //   hours 2026-09: Een tuin 90, Twee tuin 60            → wonen: 2 active, 2.50 h
    //   hours 2026-10: Een tuin 120 corrected to 30; Een stage 60 → wonen 1 active 0.50 h; werken 1 active 1.00 h
    //   placements: Een stage started 2026-09-01, completed 2026-10-20
    //   site-b (koffie) has hours too, which must not show for site-a.
    void resultsAgainstFixture()
    {
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        Device kioskB = enrollDevice(u"kiosk"_s, u"site-b"_s);
        Device tablet, tabletB;
        const QString staff = signedInTablet(tablet, u"anna"_s);
        const QString staffB = signedInTablet(tabletB, u"bert"_s, u"site-b"_s);
        const Person een = Fixtures::person(u"Een"_s), twee = Fixtures::person(u"Twee"_s), drie = Fixtures::person(u"Drie"_s), vier = Fixtures::person(u"Vier"_s);
        const QJsonArray eenSignups = registerAndSignUp(kiosk, een, {u"tuin"_s, u"stage"_s});
        registerAndSignUp(kiosk, twee, {u"tuin"_s, u"stage"_s});
        registerAndSignUp(kiosk, drie, {u"tuin"_s});
        registerAndSignUp(kiosk, vier, {u"tuin"_s});
        const Person bee = Fixtures::person(u"Bee"_s);
        registerAndSignUp(kioskB, bee, {u"koffie"_s});

        const QJsonObject oct = hoursEntry(staff, een.id, u"tuin"_s, u"2026-10-02"_s, 120);
        const QJsonArray logged = push(tablet, {{u"hours"_s, hoursEntry(staff, een.id, u"tuin"_s, u"2026-09-10"_s, 90)},
                                                {u"hours"_s, hoursEntry(staff, twee.id, u"tuin"_s, u"2026-09-12"_s, 60)},
                                                {u"hours"_s, oct},
                                                {u"hours"_s, hoursEntry(staff, een.id, u"stage"_s, u"2026-10-05"_s, 60)}});
        for (const QJsonValue &r : logged)
            QCOMPARE(r[u"status"_s].toString(), u"accepted"_s);
        QCOMPARE(pushOne(tabletB, u"hours"_s, hoursEntry(staffB, bee.id, u"koffie"_s, u"2026-09-10"_s, 600))
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
        QCOMPARE(pushOne(tablet, u"hours-correct"_s,
                         {{u"staffId"_s, staff},
                          {u"entry"_s, QJsonObject{{u"id"_s, Fixtures::uuid()}, {u"correctsEntryId"_s, oct[u"entry"_s][u"id"_s]},
                                                   {u"date"_s, u"2026-10-02"_s}, {u"minutes"_s, 30}}}})
                     .value(u"status"_s).toString(),
                 u"accepted"_s);
        const QString stageSignup = eenSignups.at(1)[u"signupId"_s].toString();
        for (const auto &[kind, date] : {QPair{u"started"_s, u"2026-09-01"_s}, QPair{u"completed"_s, u"2026-10-20"_s}}) {
            QCOMPARE(pushOne(tablet, u"placement"_s,
                             {{u"staffId"_s, staff}, {u"signupId"_s, stageSignup}, {u"placement"_s, kind}, {u"date"_s, date}})
                         .value(u"status"_s).toString(),
                     u"accepted"_s);
        }
        // Not a training place.
        QCOMPARE(pushOne(tablet, u"placement"_s,
                         {{u"staffId"_s, staff}, {u"signupId"_s, eenSignups.at(0)[u"signupId"_s].toString()},
                          {u"placement"_s, u"started"_s}, {u"date"_s, u"2026-09-01"_s}})
                     .value(u"reason"_s).toString(),
                 u"not-a-training-place"_s);

        const CliResult csv = cli({u"export"_s, u"results"_s, u"--site"_s, u"site-a"_s, u"--format"_s, u"csv"_s,
                                   u"--db"_s, m_db});
        QCOMPARE(csv.exitCode, 0);
        const QByteArray expected =
            "record,month,site,neighbourhood,route,opportunity,title,active_volunteers,hours,training_started,"
            "training_completed,training_dropped_out,capacity,confirmed,waitlist_length,fill_rate\r\n"
            "month,2026-09,site-a,wielewaal,werken,,,0,0.00,1,0,0,,,,\r\n"
            "month,2026-09,site-a,wielewaal,wonen,,,2,2.50,0,0,0,,,,\r\n"
            "month,2026-10,site-a,wielewaal,werken,,,1,1.00,0,1,0,,,,\r\n"
            "month,2026-10,site-a,wielewaal,wonen,,,1,0.50,0,0,0,,,,\r\n"
            "opportunity,,site-a,wielewaal,werken,stage,Titel stage,,,,,,1,1,1,1.000\r\n"
            "opportunity,,site-a,wielewaal,wonen,tuin,Titel tuin,,,,,,3,3,1,1.000\r\n";
        QCOMPARE(csv.out, expected);

        // The dashboard gets the same figures as JSON, for the staff member's own sites only.
        const QByteArray session = login(tablet, u"anna"_s, kPassword).json().value(u"sessionToken"_s).toString().toLatin1();
        const Reply r = get(u"/v1/staff/results?site=site-a&from=2026-10&to=2026-10"_s, tablet.token, session);
        QCOMPARE(r.status, 200);
        const QJsonArray months = r.json().value(u"months"_s).toArray();
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0)[u"route"_s].toString(), u"werken"_s);
        QCOMPARE(months.at(0)[u"minutes"_s].toInt(), 60);
        QCOMPARE(months.at(0)[u"trainingCompleted"_s].toInt(), 1);
        QCOMPARE(months.at(1)[u"activeVolunteers"_s].toInt(), 1);
        QCOMPARE(months.at(1)[u"minutes"_s].toInt(), 30);
        const QJsonArray opportunities = r.json().value(u"opportunities"_s).toArray();
        QCOMPARE(opportunities.size(), 2);
        QCOMPARE(opportunities.at(1)[u"fillRate"_s].toDouble(), 1.0);
        QCOMPARE(opportunities.at(1)[u"waitlistLength"_s].toInt(), 1);
        // Narrowed to a route, and without a site: all of the staff member's sites.
        const Reply werken = get(u"/v1/staff/results?site=site-a&route=werken"_s, tablet.token, session);
        QCOMPARE(werken.status, 200);
        QCOMPARE(werken.json().value(u"opportunities"_s).toArray().size(), 1);
        QCOMPARE(werken.json().value(u"total"_s)[u"minutes"_s].toInt(), 60);
        QCOMPARE(werken.json().value(u"total"_s)[u"trainingStarted"_s].toInt(), 1);
        QCOMPARE(werken.json().value(u"total"_s)[u"trainingCompleted"_s].toInt(), 1);
        const Reply all = get(u"/v1/staff/results"_s, tablet.token, session);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(u"total"_s)[u"minutes"_s].toInt(), 90 + 60 + 30 + 60);   // not site-b's 600
        QCOMPARE(all.json().value(u"total"_s)[u"activeVolunteers"_s].toInt(), 2);
        QCOMPARE(all.json().value(u"trend"_s).toArray().size(), 2);
        QCOMPARE(all.json().value(u"trend"_s)[0][u"activeVolunteers"_s].toInt(), 2);      // September: Een and Twee
        QVERIFY(QDateTime::fromString(all.json().value(u"generatedAt"_s).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(get(u"/v1/staff/results?site=site-b"_s, tablet.token, session).status, 403);
        QCOMPARE(get(u"/v1/staff/results?site=site-a"_s, tablet.token).status, 401);
        QCOMPARE(get(u"/v1/staff/results?site=site-a&colour=red"_s, tablet.token, session).status, 400);
        QCOMPARE(get(u"/v1/staff/results?site=site-a&from=oktober"_s, tablet.token, session).status, 400);
    }

    void decisionsExportEscapesCsv()
    {
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        Device tablet = enrollDevice(u"staff"_s, u"site-a"_s);
        const QString staff = addStaff(u"jansen"_s, u"Jansen, \"Piet\""_s, {u"site-a"_s});
        QCOMPARE(login(tablet, u"jansen"_s, kPassword).status, 200);
        const QJsonArray signups = registerAndSignUp(kiosk, Fixtures::person(u"Een"_s), {u"tuin"_s, u"stage"_s});
        const QJsonArray more = registerAndSignUp(kiosk, Fixtures::person(u"Twee"_s), {u"stage"_s});
        const QJsonArray results = push(
            tablet,
            {{u"decision"_s, decision(staff, signups.at(0)[u"signupId"_s].toString(), u"decline"_s, 1,
                                      u"=HYPERLINK(\"http://x\")"_s, u"Beste Een,\nhelaas, \"vol\".\n@groet"_s)},
             {u"decision"_s, decision(staff, signups.at(1)[u"signupId"_s].toString(), u"decline"_s, 1, u"+31 6"_s,
                                      u"-2+3"_s)},
             // Decided on what the tablet saw before the decline above promoted Twee: a conflict.
             {u"decision"_s, decision(staff, more.at(0)[u"signupId"_s].toString(), u"confirm"_s, 1, u"@SUM(A1)"_s,
                                      u"=1+1"_s)}});
        QCOMPARE(results.at(0)[u"status"_s].toString(), u"decided"_s);
        QCOMPARE(results.at(2)[u"status"_s].toString(), u"conflict"_s);

        const CliResult csv = cli({u"export"_s, u"decisions"_s, u"--site"_s, u"site-a"_s, u"--format"_s, u"csv"_s,
                                   u"--db"_s, m_db});
        QCOMPARE(csv.exitCode, 0);
        const QString text = QString::fromUtf8(csv.out);
        QVERIFY(text.startsWith(u"decided_at,device_time,staff_login,staff_name,device,reference_code,opportunity,"
                                "title,decision,status,refusal,reason,message_to_tenant\r\n"_s));
        QVERIFY(text.contains(u",jansen,\"Jansen, \"\"Piet\"\"\","_s));
        QVERIFY(text.contains(u",decline,decided,,\"'=HYPERLINK(\"\"http://x\"\")\",\"Beste Een,\nhelaas, \"\"vol\"\".\n@groet\"\r\n"_s));
        QVERIFY(text.contains(u",decline,decided,,'+31 6,'-2+3\r\n"_s));
        // (Texts are stored trimmed, as the protocol's reader normalises them; a leading tab is
        // neutralised like these, tst_csv.)
        QVERIFY(text.contains(u",confirm,conflict,stale-version,'@SUM(A1),'=1+1\r\n"_s));
        // Four records (header + 3 decisions), however many line breaks the messages hold.
        QCOMPARE(text.count(u"\r\n"_s), 4);
        QCOMPARE(cli({u"export"_s, u"decisions"_s, u"--site"_s, u"site-a"_s, u"--format"_s, u"xlsx"_s, u"--db"_s, m_db})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationStaff)
#include "tst_integration_staff.moc"
