// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Partners through the real server process (issue 18, item 3): a catalogue's free-text
// organisers become partners with the same ids devices derive; a coordinator adds a partner
// and its contributions, each tablet pulls what is its share (the register on every staff
// tablet, a contribution on its site's, nothing on a kiosk); a new name carries over to what
// kiosks show; refusals name what was wrong; the audit keeps ids only.
// SQLite by default; with MEEDOEN_TEST_PG=1 (under pg_virtualenv) on PostgreSQL.

#include "common/enrolleddevice.h"
#include "common/serverharness.h"
#include "common/tenants.h"

#include "core/partner.h"
#include "protocol/mutation.h"
#include "protocol/requests.h"
#include "storage/partnerrepository.h"
#include "storage/staffrepository.h"
#include "sync/staffapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject opportunity(const QString &id, const QString &site, const QString &organiser, const QString &role,
                        const QString &kind = u"volunteer"_s)
{
    QJsonObject o{{u"id"_s, id},           {u"kind"_s, kind},      {u"route"_s, u"werken"_s},
                  {u"title"_s, QString(u"Titel "_s + id)}, {u"site"_s, site}, {u"capacity"_s, 5}};
    if (kind == "training"_L1)
        o.insert(u"trainingType"_s, u"internship"_s);
    if (!organiser.isEmpty()) {
        o.insert(u"organiser"_s, organiser);
        o.insert(u"organiserRole"_s, role);
    }
    return o;
}

const QString kWielewaal = u"Bewonersvereniging De Wielewaal"_s;
const QString kRoc = u"ROC Maasland"_s;

} // namespace

class TestPartners : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestPartners() : ServerHarness(u"partners"_s) {}

private:
    struct Tablet
    {
        Enrolled device;
        SignedIn staff;
        qint64 nextSeq = 1;
    };
    Tablet m_a, m_b, m_consultant;
    Enrolled m_kiosk;
    const QString m_gemeente = Fixtures::uuid();

    QJsonArray push(Tablet &t, const QString &kind, QJsonObject payload)
    {
        payload.insert(u"staffId"_s, t.staff.staffId);
        QJsonObject m{{u"seq"_s, double(t.nextSeq++)}, {u"id"_s, Fixtures::uuid()}, {u"kind"_s, kind},
                      {u"deviceTime"_s, u"2026-12-04T09:15:00.000Z"_s}, {u"payload"_s, payload}};
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray{m}}}, t.device.token);
        if (r.status != 200)
            qWarning("push answered %d: %s", r.status, r.body.constData());
        return r.json().value(u"results"_s).toArray();
    }
    QJsonObject pushOne(Tablet &t, const QString &kind, const QJsonObject &payload)
    {
        return push(t, kind, payload).at(0).toObject();
    }

    // The last change of each entity and id a device pulls from scratch ("entity/id" → data;
    // a tombstone's data is {"deleted": true}).
    QHash<QString, QJsonObject> pullAll(const QByteArray &token)
    {
        QHash<QString, QJsonObject> out;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const Reply r = get(u"/v1/pull?limit=1000&cursor="_s + cursor, token);
            if (r.status != 200) {
                qWarning("pull answered %d: %s", r.status, r.body.constData());
                return {};
            }
            for (const QJsonValue &v : r.json().value(u"changes"_s).toArray()) {
                const QJsonObject c = v.toObject();
                const QString key = c.value(u"entity"_s).toString() + u'/' + c.value(u"id"_s).toString();
                out.insert(key, c.value(u"op"_s).toString() == "delete"_L1 ? QJsonObject{{u"deleted"_s, true}}
                                                                             : c.value(u"data"_s).toObject());
            }
            cursor = r.json().value(u"cursor"_s).toString();
            if (!r.json().value(u"more"_s).toBool())
                break;
        }
        return out;
    }
    static int countOf(const QHash<QString, QJsonObject> &changes, const QString &entity)
    {
        int n = 0;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            n += it.key().startsWith(entity + u'/') && !it->contains(u"deleted"_s) ? 1 : 0;
        return n;
    }

    QJsonObject contribution(const QString &id, const QString &partnerId, const QString &opportunityId,
                             qint64 cents = 150000)
    {
        return {{u"id"_s, id},
                {u"partnerId"_s, partnerId},
                {u"opportunityId"_s, opportunityId},
                {u"role"_s, u"financier"_s},
                {u"month"_s, u"2026-11"_s},
                {u"moneyCents"_s, double(cents)},
                {u"staffMinutes"_s, 240},
                {u"places"_s, 0},
                {u"premisesMinutes"_s, 0}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(prepare());
        const QJsonArray opportunities{opportunity(u"tuin"_s, u"site-a"_s, kWielewaal, u"bewonersgroep"_s),
                                       opportunity(u"stage"_s, u"site-a"_s, kRoc, u"opleider"_s, u"training"_s),
                                       opportunity(u"koffie"_s, u"site-b"_s, {}, {})};
        QVERIFY(startFresh(writeSmallCatalogue(opportunities)));
        m_a.device = enroll(u"staff"_s, u"site-a"_s);
        m_a.staff = signInStaff(m_a.device, u"coordinator-a"_s, u"site-a"_s, u"coordinator"_s);
        m_b.device = enroll(u"staff"_s, u"site-b"_s);
        m_b.staff = signInStaff(m_b.device, u"coordinator-b"_s, u"site-b"_s, u"coordinator"_s);
        m_consultant.device = enroll(u"staff"_s, u"site-a"_s);
        m_consultant.staff = signInStaff(m_consultant.device, u"consultant-a"_s, u"site-a"_s, u"consultant"_s);
        m_kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        QVERIFY(!m_a.staff.session.isEmpty() && !m_b.staff.session.isEmpty() && !m_kiosk.token.isEmpty());
    }

    void cleanupTestCase() { stopServer(); }

    // The catalogue's organisers are partners now, with the ids every device derives; kiosks
    // still read the organiser's name, and get no register.
    void importedOrganisersAreThePartners()
    {
        const QString wielewaal = Meedoen::partnerIdForOrganiser(kWielewaal);
        const QString roc = Meedoen::partnerIdForOrganiser(kRoc);
        const auto kiosk = pullAll(m_kiosk.token);
        QCOMPARE(kiosk.value(u"opportunity/tuin"_s).value(u"partnerId"_s).toString(), wielewaal);
        QCOMPARE(kiosk.value(u"opportunity/tuin"_s).value(u"organiser"_s).toString(), kWielewaal);
        QCOMPARE(kiosk.value(u"opportunity/stage"_s).value(u"partnerId"_s).toString(), roc);
        QVERIFY(!kiosk.value(u"opportunity/koffie"_s).contains(u"partnerId"_s));
        QCOMPARE(countOf(kiosk, u"partner"_s), 0);
        // Every staff tablet has the register, also the one of the other site.
        const auto b = pullAll(m_b.device.token);
        QCOMPARE(countOf(b, u"partner"_s), 2);
        QCOMPARE(b.value(u"partner/"_s + wielewaal).value(u"name"_s).toString(), kWielewaal);
        QCOMPARE(b.value(u"partner/"_s + wielewaal).value(u"kind"_s).toString(), u"bewonersgroep"_s);
        QCOMPARE(b.value(u"partner/"_s + roc).value(u"kind"_s).toString(), u"onderwijs"_s);
        QCOMPARE(m_serve.count(u"SELECT count(*) FROM opportunity WHERE partner_id = ?"_s, {roc}), qint64(1));
    }

    void coordinatorAddsPartnerAndContribution()
    {
        const QJsonObject partner{{u"id"_s, m_gemeente},
                                  {u"name"_s, u"  Gemeente Rotterdam "_s},
                                  {u"kind"_s, u"gemeente"_s},
                                  {u"contact"_s, QJsonObject{{u"name"_s, u"Pieter de Vries"_s},
                                                             {u"phone"_s, u"010-1234567"_s}}}};
        const QJsonObject added = pushOne(m_a, u"partner-upsert"_s, {{u"partner"_s, partner}});
        QCOMPARE(added.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(added.value(u"partnerId"_s).toString(), m_gemeente);
        const QString contributionId = Fixtures::uuid();
        const QJsonObject given =
            pushOne(m_a, u"partner-contribution"_s, {{u"contribution"_s, contribution(contributionId, m_gemeente, u"tuin"_s)}});
        QCOMPARE(given.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(given.value(u"contributionId"_s).toString(), contributionId);

        // Site a's tablets get both; site b's the partner only; a kiosk neither.
        const auto a = pullAll(m_consultant.device.token);
        QCOMPARE(a.value(u"partner/"_s + m_gemeente).value(u"name"_s).toString(), u"Gemeente Rotterdam"_s);
        QCOMPARE(a.value(u"partner/"_s + m_gemeente).value(u"contact"_s).toObject().value(u"phone"_s).toString(),
                 u"+31101234567"_s);
        const QJsonObject pulled = a.value(u"partner-contribution/"_s + contributionId);
        QCOMPARE(pulled.value(u"moneyCents"_s).toInteger(), 150000);
        QCOMPARE(pulled.value(u"staffMinutes"_s).toInt(), 240);
        QCOMPARE(pulled.value(u"role"_s).toString(), u"financier"_s);
        const auto b = pullAll(m_b.device.token);
        QVERIFY(b.contains(u"partner/"_s + m_gemeente));
        QVERIFY(!b.contains(u"partner-contribution/"_s + contributionId));
        const auto kiosk = pullAll(m_kiosk.token);
        QVERIFY(!kiosk.contains(u"partner/"_s + m_gemeente));
        QVERIFY(!kiosk.contains(u"partner-contribution/"_s + contributionId));

        // Audited with the role, ids only: the contact person's name is nowhere in the audit.
        QCOMPARE(m_serve.count(u"SELECT count(*) FROM audit WHERE action = 'partner-upsert' AND entity_id = ? "
                               "AND role = 'coordinator'"_s,
                               {m_gemeente}),
                 qint64(1));
        QCOMPARE(m_serve.count(u"SELECT count(*) FROM audit WHERE action = 'partner-contribution' AND entity_id = ?"_s,
                               {contributionId}),
                 qint64(1));
        QCOMPARE(m_serve.count(u"SELECT count(*) FROM audit WHERE detail LIKE '%Pieter%' OR detail LIKE '%Gemeente%'"_s),
                 qint64(0));

        // Taken back: a tombstone for the site's tablets.
        const QJsonObject removed = pushOne(m_a, u"partner-contribution"_s,
                                            {{u"contribution"_s, contribution(contributionId, m_gemeente, u"tuin"_s)},
                                             {u"remove"_s, true}});
        QCOMPARE(removed.value(u"status"_s).toString(), u"accepted"_s);
        QVERIFY(pullAll(m_a.device.token).value(u"partner-contribution/"_s + contributionId).contains(u"deleted"_s));
        QCOMPARE(m_serve.count(u"SELECT count(*) FROM partner_contribution WHERE id = ?"_s, {contributionId}), qint64(0));
    }

    void refusalsNameWhatIsWrong_data()
    {
        QTest::addColumn<QString>("partnerId");
        QTest::addColumn<QString>("opportunityId");
        QTest::addColumn<QString>("reason");
        QTest::newRow("partner unknown") << Fixtures::uuid() << u"tuin"_s << u"partner-unknown"_s;
        QTest::newRow("opportunity unknown") << QString() << u"nergens"_s << u"opportunity-unknown"_s;
        QTest::newRow("other site's opportunity") << QString() << u"koffie"_s << u"site-not-allowed"_s;
    }

    void refusalsNameWhatIsWrong()
    {
        QFETCH(QString, partnerId);
        QFETCH(QString, opportunityId);
        QFETCH(QString, reason);
        const QJsonObject answer =
            pushOne(m_a, u"partner-contribution"_s,
                    {{u"contribution"_s, contribution(Fixtures::uuid(), partnerId.isEmpty() ? m_gemeente : partnerId,
                                                      opportunityId)}});
        QCOMPARE(answer.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(answer.value(u"reason"_s).toString(), reason);
    }

    void consultantMayNot()
    {
        const QJsonObject answer =
            pushOne(m_consultant, u"partner-upsert"_s,
                    {{u"partner"_s, QJsonObject{{u"id"_s, Fixtures::uuid()}, {u"name"_s, u"X"_s}, {u"kind"_s, u"overig"_s}}}});
        QCOMPARE(answer.value(u"reason"_s).toString(), u"role-not-allowed"_s);
        QCOMPARE(answer.value(u"permission"_s).toString(), u"partners"_s);
    }

    void badPartnerIsA400NamingTheField()
    {
        QJsonObject m{{u"seq"_s, double(m_a.nextSeq)},
                      {u"id"_s, Fixtures::uuid()},
                      {u"kind"_s, u"partner-upsert"_s},
                      {u"deviceTime"_s, u"2026-12-04T09:15:00.000Z"_s},
                      {u"payload"_s, QJsonObject{{u"staffId"_s, m_a.staff.staffId},
                                                 {u"partner"_s, QJsonObject{{u"id"_s, Fixtures::uuid()},
                                                                            {u"name"_s, u"ROC"_s},
                                                                            {u"kind"_s, u"overig"_s},
                                                                            {u"contact"_s, QJsonObject{{u"email"_s, u"roc@"_s}}}}}}}};
        const Reply r = post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray{m}}}, m_a.device.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"field"_s).toString(), u"mutations[0].payload.partner.contact.email"_s);
    }

    // A partner's new name is what kiosks show on its opportunities.
    void newNameReachesTheKiosk()
    {
        const QString roc = Meedoen::partnerIdForOrganiser(kRoc);
        const QJsonObject renamed = pushOne(
            m_b, u"partner-upsert"_s,
            {{u"partner"_s, QJsonObject{{u"id"_s, roc}, {u"name"_s, u"ROC Maasland Zuid"_s}, {u"kind"_s, u"onderwijs"_s}}}});
        QCOMPARE(renamed.value(u"status"_s).toString(), u"accepted"_s);
        const auto kiosk = pullAll(m_kiosk.token);
        QCOMPARE(kiosk.value(u"opportunity/stage"_s).value(u"organiser"_s).toString(), u"ROC Maasland Zuid"_s);
        QCOMPARE(kiosk.value(u"opportunity/stage"_s).value(u"partnerId"_s).toString(), roc);
    }

    // The opportunity editor names a partner: its name becomes the organiser; an unknown one
    // is refused and changes nothing.
    void opportunityNamesItsPartner()
    {
        QJsonObject o = opportunity(u"buurtfeest"_s, u"site-a"_s, {}, {});
        o.insert(u"partnerId"_s, m_gemeente);
        QJsonObject answer = pushOne(m_a, u"opportunity-upsert"_s, {{u"opportunity"_s, o}});
        QCOMPARE(answer.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(pullAll(m_kiosk.token).value(u"opportunity/buurtfeest"_s).value(u"organiser"_s).toString(),
                 u"Gemeente Rotterdam"_s);
        o.insert(u"partnerId"_s, Fixtures::uuid());
        answer = pushOne(m_a, u"opportunity-upsert"_s, {{u"opportunity"_s, o}});
        QCOMPARE(answer.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(answer.value(u"reason"_s).toString(), u"partner-unknown"_s);
        QCOMPARE(m_serve.count(u"SELECT count(*) FROM opportunity WHERE id = 'buurtfeest' AND partner_id = ?"_s,
                               {m_gemeente}),
                 qint64(1));
        // An older tablet's free-text organiser: the partner of that name.
        QJsonObject old = opportunity(u"repair"_s, u"site-a"_s, u"Repair Café Zuid"_s, u"bewonersgroep"_s);
        answer = pushOne(m_a, u"opportunity-upsert"_s, {{u"opportunity"_s, old}});
        QCOMPARE(answer.value(u"status"_s).toString(), u"accepted"_s);
        const QString repair = Meedoen::partnerIdForOrganiser(u"Repair Café Zuid"_s);
        QCOMPARE(pullAll(m_b.device.token).value(u"partner/"_s + repair).value(u"kind"_s).toString(),
                 u"bewonersgroep"_s);
    }

    // Two real tablets (the sync client, the device database): what a coordinator queues on
    // one reaches the register of the other at its next pull, the contribution only the
    // tablets of its opportunity's site; the pulled organisers are partners there too.
    void secondTabletPullsWhatTheFirstQueued()
    {
        QNetworkAccessManager nam;
        auto a = Fixtures::enrolledDevice(nam, m_serve, m_dir.filePath(u"tablet-a.db"_s), u"staff"_s, u"site-a"_s);
        auto b = Fixtures::enrolledDevice(nam, m_serve, m_dir.filePath(u"tablet-b.db"_s), u"staff"_s, u"site-b"_s);
        QVERIFY(a && b);
        const QString password = u"correct horse battery partners"_s;
        QVERIFY(Fixtures::addStaff(TestPaths::serverBinary(), m_db, u"site-a"_s, u"lotte"_s, u"Lotte"_s, password,
                                   u"coordinator"_s));
        StaffApi api(a->client.get());
        QString staffId;
        bool answered = false;
        api.login({u"lotte"_s, password}, this, [&](const StaffApi::LoginAnswer &answer) {
            answered = true;
            if (answer.reply)
                staffId = answer.reply->staffId;
        });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 60000));
        QVERIFY(!staffId.isEmpty());

        Meedoen::Partner partner{Fixtures::uuid(), u"Kringloop Zuid"_s, Meedoen::PartnerKind::Werkgever,
                                 u"Sem Jansen"_s, u"+31612345678"_s, u"sem@kringloop.example.nl"_s};
        Meedoen::PartnerContribution given{Fixtures::uuid(), partner.id, u"tuin"_s, Meedoen::PartnerRole::Huisvester,
                                           u"2026-12"_s, 0, 0, 0, 600};
        StaffRepository staff(a->db.connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(staff.queue(Wire::PartnerUpsertPayload{{staffId}, partner}, partner.id, now, Fixtures::uuid()) > 0);
        QVERIFY(staff.queue(Wire::PartnerContributionPayload{{staffId}, given, false}, given.id, now, Fixtures::uuid())
                > 0);
        QVERIFY(Fixtures::syncUntilDrained(*a->client));
        QVERIFY(Fixtures::syncRound(*b->client));

        const PartnerRepository onB(b->db.connection());
        const auto pulled = onB.partner(partner.id);
        QVERIFY(pulled);
        QCOMPARE(*pulled, partner);
        QVERIFY(onB.contributions(partner.id).isEmpty()); // the garden is site a's
        QVERIFY(onB.partner(Meedoen::partnerIdForOrganiser(kWielewaal)));
        const PartnerRepository onA(a->db.connection());
        QCOMPARE(onA.contributions(partner.id), QList<Meedoen::PartnerContribution>{given});
        QCOMPARE(onA.contributions(), QList<Meedoen::PartnerContribution>{given}); // every partner's
        // The opportunities know their partner on the tablet too.
        QCOMPARE(onA.partnerOfOpportunities().value(u"tuin"_s), Meedoen::partnerIdForOrganiser(kWielewaal));

        // The partner's figures the tablet computes offline are the server's export for its site.
        const Meedoen::ResultsFilter siteA{u"site-a"_s, {}, {}};
        const Meedoen::PartnerFigures figures = staff.partnerFigures(partner.id, siteA);
        QCOMPARE(figures.total.premisesMinutes, 600);
        QCOMPARE(figures.opportunities, 1);
        QCOMPARE(figures.roles, QList<Meedoen::PartnerRole>{Meedoen::PartnerRole::Huisvester});
        const CliResult exported = cli({u"export"_s, u"partner"_s, u"--partner"_s, partner.id, u"--site"_s, u"site-a"_s,
                                        u"--format"_s, u"csv"_s, u"--db"_s, m_db});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QString::fromUtf8(exported.out), Meedoen::formatPartnerFiguresCsv(figures));
        QVERIFY2(exported.out.contains("total,,0.00,0.00,0,10.00,0,0.00,0,0,1,0,huisvester\r\n"), exported.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestPartners)
#include "tst_partners.moc"
