// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A tenant's route up the ladder through the real server process (issue 18, docs/privacy.md
// "Trajectory"): a consultant's step is kept only for a tenant who gave the `trajectory`
// consent (otherwise refused consent-missing, naming the consent and the field), on a rung
// of the route's ladder; it reaches the tenant's phone and the site's tablets but no kiosk;
// the dashboard counts the moves; withdrawing the consent and erasure remove it everywhere;
// `ladder import` / `ladder show` configure the rungs, which every device pulls.
// SQLite by default; with MEEDOEN_TEST_PG=1 (under pg_virtualenv) on PostgreSQL.

#include "common/serverharness.h"
#include "common/tenants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject stepPayload(const QString &staffId, const QString &personId, int rung, const QString &date,
                        const QString &route = u"werken"_s)
{
    return {{u"staffId"_s, staffId}, {u"stepId"_s, Fixtures::uuid()}, {u"personId"_s, personId},
            {u"route"_s, route},     {u"rung"_s, rung},                {u"date"_s, date},
            {u"note"_s, u"Gesprek gehad; stage loopt goed."_s}};
}

} // namespace

class TestTrajectories : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestTrajectories() : ServerHarness(u"trajectory"_s) {}

private:
    struct Device
    {
        Enrolled enrolled;
        SignedIn staff;
        qint64 nextSeq = 1;
    };
    Device m_consultant, m_admin, m_phone, m_kiosk;

    QJsonArray push(Device &d, const QString &kind, const QJsonObject &payload)
    {
        const QJsonObject m = Fixtures::mutationJson(d.nextSeq++, kind, payload);
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray{m}}}, d.enrolled.token);
        if (r.status != 200)
            qWarning("push answered %d: %s", r.status, r.body.constData());
        return r.json().value(u"results"_s).toArray();
    }
    QJsonObject pushOne(Device &d, const QString &kind, const QJsonObject &payload)
    {
        const QJsonArray results = push(d, kind, payload);
        return results.isEmpty() ? QJsonObject() : results.first().toObject();
    }

    // Registers a tenant from the phone, with the trajectory consent or without it.
    Meedoen::Person registerOnPhone(const QString &name, bool trajectoryConsent)
    {
        const Meedoen::Person p = Fixtures::person(name);
        QJsonObject payload = Fixtures::registrationPayload(p);
        if (trajectoryConsent) {
            QJsonArray consents = payload.value(u"consents"_s).toArray();
            QJsonObject c = consents.first().toObject();
            c.insert(u"purpose"_s, u"trajectory"_s);
            c.insert(u"textVersion"_s, u"traject-2026-12"_s);
            consents.append(c);
            payload.insert(u"consents"_s, consents);
        }
        const QJsonObject outcome = pushOne(m_phone, u"registration"_s, payload);
        if (outcome.value(u"status"_s).toString() != "accepted"_L1)
            qWarning("registration: %s", QJsonDocument(outcome).toJson(QJsonDocument::Compact).constData());
        return p;
    }

    // The changes of `entity` a device pulls from the start: id → op.
    QHash<QString, QString> pulled(const Device &d, const QString &entity, QList<QJsonObject> *data = nullptr)
    {
        QHash<QString, QString> ops;
        const Reply page = get(u"/v1/pull?limit=1000"_s, d.enrolled.token);
        for (const QJsonValue &v : page.json().value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"entity"_s).toString() != entity)
                continue;
            ops.insert(c.value(u"id"_s).toString(), c.value(u"op"_s).toString());
            if (data && c.value(u"op"_s).toString() == "upsert"_L1)
                data->append(c.value(u"data"_s).toObject());
        }
        return ops;
    }

    qint64 stepsOf(const QString &personId)
    {
        return m_serve.count(u"SELECT COUNT(*) FROM trajectory_step WHERE person_id = ?"_s, {personId});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(prepare());
        QVERIFY(startFresh(writeSmallCatalogue()));
        m_consultant.enrolled = enroll(u"staff"_s, u"site-a"_s);
        m_consultant.staff = signInStaff(m_consultant.enrolled, u"consulent"_s, u"site-a"_s, u"consultant"_s);
        QVERIFY(!m_consultant.staff.session.isEmpty());
        m_admin.enrolled = enroll(u"staff"_s, u"site-a"_s);
        m_admin.staff = signInStaff(m_admin.enrolled, u"beheer"_s, u"site-a"_s, u"admin"_s);
        QVERIFY(!m_admin.staff.session.isEmpty());
        m_phone.enrolled = enroll(u"phone"_s, u"site-a"_s);
        m_kiosk.enrolled = enroll(u"kiosk"_s, u"site-a"_s);
        QVERIFY(!m_phone.enrolled.token.isEmpty() && !m_kiosk.enrolled.token.isEmpty());
    }

    void cleanupTestCase() { stopServer(); }

    // No consent, no trajectory: refused, naming the consent and the field; nothing kept.
    void stepWithoutConsentIsRefused()
    {
        const Meedoen::Person tenant = registerOnPhone(u"Zonder"_s, false);
        const QJsonObject outcome = pushOne(m_consultant, u"trajectory-step"_s,
                                            stepPayload(m_consultant.staff.staffId, tenant.id, 3, u"2026-11-02"_s));
        QCOMPARE(outcome.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(outcome.value(u"reason"_s).toString(), u"consent-missing"_s);
        QCOMPARE(outcome.value(u"purpose"_s).toString(), u"trajectory"_s);
        QCOMPARE(outcome.value(u"field"_s).toString(), u"personId"_s);
        QCOMPARE(stepsOf(tenant.id), qint64(0));
    }

    // A bad rung or a date ahead is refused naming the field.
    void badRungAndFutureDateAreRefused()
    {
        const Meedoen::Person tenant = registerOnPhone(u"Fout"_s, true);
        QJsonObject outcome = pushOne(m_consultant, u"trajectory-step"_s,
                                      stepPayload(m_consultant.staff.staffId, tenant.id, 7, u"2026-11-02"_s));
        QCOMPARE(outcome.value(u"reason"_s).toString(), u"rung-unknown"_s);
        QCOMPARE(outcome.value(u"field"_s).toString(), u"rung"_s);
        const QString ahead = QDate::currentDate().addDays(10).toString(Qt::ISODate);
        outcome = pushOne(m_consultant, u"trajectory-step"_s, stepPayload(m_consultant.staff.staffId, tenant.id, 2, ahead));
        QCOMPARE(outcome.value(u"reason"_s).toString(), u"date-in-future"_s);
        QCOMPARE(outcome.value(u"field"_s).toString(), u"date"_s);
        // A rung above 12 is not a payload at all: 400 naming the field.
        const QJsonObject m = Fixtures::mutationJson(m_consultant.nextSeq,
                                                     u"trajectory-step"_s,
                                                     stepPayload(m_consultant.staff.staffId, tenant.id, 13, u"2026-11-02"_s));
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray{m}}}, m_consultant.enrolled.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.contentType, "application/problem+json"_ba);
        QVERIFY2(r.json().value(u"field"_s).toString().endsWith(u"payload.rung"_s), r.body.constData());
        QCOMPARE(stepsOf(tenant.id), qint64(0));
    }

    // With consent: kept, audited in the consultant role, on the tenant's phone and the site's
    // tablets, never on a kiosk; the dashboard counts the move up.
    void stepsReachPhoneAndTabletAndCount()
    {
        const Meedoen::Person tenant = registerOnPhone(u"Ayse"_s, true);
        QJsonObject first = stepPayload(m_consultant.staff.staffId, tenant.id, 2, u"2026-06-10"_s);
        QJsonObject second = stepPayload(m_consultant.staff.staffId, tenant.id, 4, u"2026-11-20"_s);
        second.insert(u"goal"_s, u"Over 6 maanden een stageplek"_s);
        second.insert(u"goalReview"_s, u"2027-05-20"_s);
        QCOMPARE(pushOne(m_consultant, u"trajectory-step"_s, first).value(u"status"_s).toString(), u"accepted"_s);
        const QJsonObject accepted = pushOne(m_consultant, u"trajectory-step"_s, second);
        QCOMPARE(accepted.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(accepted.value(u"stepId"_s).toString(), second.value(u"stepId"_s).toString());
        QCOMPARE(stepsOf(tenant.id), qint64(2));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM audit WHERE action = 'trajectory-step' AND role = 'consultant' "
                               "AND entity_id = ?"_s,
                               {second.value(u"stepId"_s).toString()}),
                 qint64(1));
        // The audit keeps ids and keys only: not the note.
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM audit WHERE detail LIKE '%Gesprek%'"_s), qint64(0));

        QList<QJsonObject> onPhone;
        const auto phone = pulled(m_phone, u"trajectory-step"_s, &onPhone);
        QCOMPARE(phone.value(second.value(u"stepId"_s).toString()), u"upsert"_s);
        bool goalSeen = false;
        for (const QJsonObject &d : onPhone)
            goalSeen = goalSeen || d.value(u"goal"_s).toString() == "Over 6 maanden een stageplek"_L1;
        QVERIFY(goalSeen);
        QCOMPARE(pulled(m_consultant, u"trajectory-step"_s).value(first.value(u"stepId"_s).toString()), u"upsert"_s);
        QVERIFY(pulled(m_kiosk, u"trajectory-step"_s).isEmpty());

        const Reply results = get(u"/v1/staff/results?from=2026-07&to=2026-12"_s, m_consultant.enrolled.token,
                                  m_consultant.staff.session);
        QCOMPARE(results.status, 200);
        const QJsonArray ladder = results.json().value(u"ladder"_s).toArray();
        QCOMPARE(ladder.size(), 1);
        const QJsonObject row = ladder.first().toObject();
        QCOMPARE(row.value(u"neighbourhood"_s).toString(), u"wielewaal"_s);
        QCOMPARE(row.value(u"route"_s).toString(), u"werken"_s);
        QCOMPARE(row.value(u"up"_s).toInt(), 1);
        QCOMPARE(row.value(u"stable"_s).toInt(), 0);
        QCOMPARE(row.value(u"down"_s).toInt(), 0);
        // Nothing measured twice in the first half year: no row.
        QVERIFY(get(u"/v1/staff/results?from=2026-01&to=2026-06"_s, m_consultant.enrolled.token,
                    m_consultant.staff.session)
                    .json()
                    .value(u"ladder"_s)
                    .toArray()
                    .isEmpty());
    }

    // The tenant withdraws the consent on the phone: the trajectory is gone on the server
    // and every device that had it gets a tombstone; new steps are refused.
    void withdrawingTheConsentRemovesTheTrajectory()
    {
        const Meedoen::Person tenant = registerOnPhone(u"Bram"_s, true);
        const QJsonObject step = stepPayload(m_consultant.staff.staffId, tenant.id, 3, u"2026-10-01"_s);
        QCOMPARE(pushOne(m_consultant, u"trajectory-step"_s, step).value(u"status"_s).toString(), u"accepted"_s);
        const QJsonObject withdrawn = pushOne(m_phone, u"consent-withdraw"_s,
                                              {{u"personId"_s, tenant.id}, {u"purpose"_s, u"trajectory"_s}});
        QCOMPARE(withdrawn.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(stepsOf(tenant.id), qint64(0));
        const QString id = step.value(u"stepId"_s).toString();
        QCOMPARE(pulled(m_phone, u"trajectory-step"_s).value(id), u"delete"_s);
        QCOMPARE(pulled(m_consultant, u"trajectory-step"_s).value(id), u"delete"_s);
        const QJsonObject again = pushOne(m_consultant, u"trajectory-step"_s,
                                          stepPayload(m_consultant.staff.staffId, tenant.id, 4, u"2026-11-01"_s));
        QCOMPARE(again.value(u"reason"_s).toString(), u"consent-missing"_s);
    }

    // The tenant gives the consent later on their own phone (consent-give): from then on a
    // consultant's step is kept. Given twice it is recorded once; a tablet cannot give it for
    // the tenant, a kiosk cannot either, and a phone cannot give it for somebody else.
    void theConsentCanBeGivenLaterOnThePhone()
    {
        const Meedoen::Person tenant = registerOnPhone(u"Later"_s, false);
        const QJsonObject refused = pushOne(m_consultant, u"trajectory-step"_s,
                                            stepPayload(m_consultant.staff.staffId, tenant.id, 3, u"2026-11-02"_s));
        QCOMPARE(refused.value(u"reason"_s).toString(), u"consent-missing"_s);

        const QJsonObject give{{u"personId"_s, tenant.id}, {u"purpose"_s, u"trajectory"_s},
                               {u"textVersion"_s, u"traject-2026-12"_s}, {u"language"_s, u"tr"_s}};
        QJsonObject byStaff = give;
        byStaff.insert(u"staffId"_s, m_consultant.staff.staffId);
        QCOMPARE(pushOne(m_consultant, u"consent-give"_s, byStaff).value(u"reason"_s).toString(), u"not-allowed"_s);
        QCOMPARE(pushOne(m_kiosk, u"consent-give"_s, give).value(u"reason"_s).toString(), u"not-allowed"_s);
        Device otherPhone{enroll(u"phone"_s, u"site-a"_s), {}, 1};
        QCOMPARE(pushOne(otherPhone, u"consent-give"_s, give).value(u"reason"_s).toString(), u"person-unknown"_s);
        const auto standing = [&] {
            return m_serve.count(u"SELECT COUNT(*) FROM consent WHERE person_id = ? AND purpose = 'trajectory' "
                                 "AND withdrawn_at IS NULL AND text_version = 'traject-2026-12' AND language = 'tr'"_s,
                                 {tenant.id});
        };
        QCOMPARE(standing(), qint64(0));
        // A purpose the tenant was never shown is not a payload at all: 400 naming the field,
        // and nothing recorded.
        QJsonObject unknownPurpose = give;
        unknownPurpose.insert(u"purpose"_s, u"marketing"_s);
        const Reply r = post(u"/v1/push"_s,
                             {{u"mutations"_s, QJsonArray{Fixtures::mutationJson(m_phone.nextSeq, u"consent-give"_s,
                                                                                  unknownPurpose)}}},
                             m_phone.enrolled.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.contentType, "application/problem+json"_ba);
        QVERIFY2(r.json().value(u"field"_s).toString().endsWith(u"payload.purpose"_s), r.body.constData());
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM consent WHERE person_id = ? AND purpose = 'marketing'"_s,
                               {tenant.id}),
                 qint64(0));

        QCOMPARE(pushOne(m_phone, u"consent-give"_s, give).value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(pushOne(m_phone, u"consent-give"_s, give).value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(standing(), qint64(1));
        // The site's tablets learn of it with the person.
        QList<QJsonObject> persons;
        pulled(m_consultant, u"person"_s, &persons);
        // The person's latest change.
        const auto it = std::find_if(persons.crbegin(), persons.crend(), [&](const QJsonObject &p) {
            return p.value(u"id"_s).toString() == tenant.id;
        });
        QVERIFY(it != persons.crend());
        QVERIFY2(QJsonDocument(*it).toJson().contains("traject-2026-12"), QJsonDocument(*it).toJson().constData());

        const QJsonObject kept = pushOne(m_consultant, u"trajectory-step"_s,
                                         stepPayload(m_consultant.staff.staffId, tenant.id, 3, u"2026-11-02"_s));
        QCOMPARE(kept.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(stepsOf(tenant.id), qint64(1));
    }

    // Erasure takes the trajectory along.
    void erasureErasesTheTrajectory()
    {
        const Meedoen::Person tenant = registerOnPhone(u"Cora"_s, true);
        const QJsonObject step = stepPayload(m_consultant.staff.staffId, tenant.id, 5, u"2026-09-01"_s);
        QCOMPARE(pushOne(m_consultant, u"trajectory-step"_s, step).value(u"status"_s).toString(), u"accepted"_s);
        const QJsonObject erased = pushOne(m_admin, u"erase-person"_s,
                                           {{u"staffId"_s, m_admin.staff.staffId}, {u"personId"_s, tenant.id}});
        QCOMPARE(erased.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(stepsOf(tenant.id), qint64(0));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM change_log WHERE entity = 'trajectory-step' AND entity_id = ? "
                               "AND op = 'upsert'"_s,
                               {step.value(u"stepId"_s).toString()}),
                 qint64(0));
        QCOMPARE(pulled(m_consultant, u"trajectory-step"_s).value(step.value(u"stepId"_s).toString()), u"delete"_s);
    }

    // The corporation's own rungs: `ladder import` replaces a route's ladder, every device
    // pulls it, steps are checked against it; `ladder show` prints what is in force.
    void ladderImportAndShow()
    {
        const CliResult shown = cli({u"ladder"_s, u"show"_s, u"--db"_s, m_db});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("Betaald werk met ondersteuning"), shown.out.constData());
        const QJsonObject file{
            {u"ladders"_s,
             QJsonArray{QJsonObject{
                 {u"route"_s, u"leren"_s},
                 {u"rungs"_s, QJsonArray{QJsonObject{{u"level"_s, 1}, {u"title"_s, u"Taalcafé"_s}},
                                         QJsonObject{{u"level"_s, 2}, {u"title"_s, u"Cursus"_s}},
                                         QJsonObject{{u"level"_s, 3}, {u"title"_s, u"Diploma-opleiding"_s},
                                                     {u"plain"_s, u"Je volgt een opleiding met diploma."_s}}}}}}}};
        const QString path = writeFile(u"ladder.json"_s, QJsonDocument(file).toJson());
        const CliResult imported = cli({u"ladder"_s, u"import"_s, path, u"--db"_s, m_db});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(cli({u"ladder"_s, u"show"_s, u"--db"_s, m_db}).out.contains("Diploma-opleiding"));
        // A bad file changes nothing and says why.
        const QString bad = writeFile(u"bad-ladder.json"_s,
                                      R"({"ladders":[{"route":"leren","rungs":[{"level":2,"title":"Twee"}]}]})");
        const CliResult refused = cli({u"ladder"_s, u"import"_s, bad, u"--db"_s, m_db});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(u"nothing imported"_s), qPrintable(refused.err));

        // Every device pulls the ladder, the kiosk too (it is the catalogue).
        QList<QJsonObject> ladders;
        QCOMPARE(pulled(m_kiosk, u"ladder"_s, &ladders).value(u"leren"_s), u"upsert"_s);
        QCOMPARE(ladders.first().value(u"rungs"_s).toArray().size(), 3);

        const Meedoen::Person tenant = registerOnPhone(u"Dirk"_s, true);
        QCOMPARE(pushOne(m_consultant, u"trajectory-step"_s,
                         stepPayload(m_consultant.staff.staffId, tenant.id, 4, u"2026-10-01"_s, u"leren"_s))
                     .value(u"reason"_s)
                     .toString(),
                 u"rung-unknown"_s);
        QCOMPARE(pushOne(m_consultant, u"trajectory-step"_s,
                         stepPayload(m_consultant.staff.staffId, tenant.id, 3, u"2026-10-01"_s, u"leren"_s))
                     .value(u"status"_s)
                     .toString(),
                 u"accepted"_s);
    }
};

QTEST_GUILESS_MAIN(TestTrajectories)
#include "tst_trajectories.moc"
