// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffresults.h"
#include "controllers/staffsession.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "sync/staffapi.h"

#include "common/fakestaffapi.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);

Wire::KioskWatchReply reply()
{
    const QDateTime enrolled = kNow.addDays(-60);
    return {24,
            kNow,
            {Wire::WatchedKiosk{u"kiosk-quiet-with-queue"_s, enrolled, kNow.addSecs(-25 * 3600), true,
                                Wire::DeviceReport{u"0.1.0"_s, 3, 30 * 3600}},
             Wire::WatchedKiosk{u"kiosk-fine"_s, enrolled, kNow.addSecs(-120), false, Wire::DeviceReport{u"0.1.0"_s, 0, 0}},
             Wire::WatchedKiosk{u"kiosk-old-app"_s, enrolled, kNow.addDays(-3), true, std::nullopt},
             Wire::WatchedKiosk{u"kiosk-never-seen"_s, enrolled, QDateTime(), true, std::nullopt}}};
}

} // namespace

// The dashboard's "Zuilen die stil zijn": the server's answer for the tablet's site reduced to
// the quiet kiosks with when they were last seen and what waits; "not known" when the tablet
// cannot ask; only the latest question's answer counts.
class TestStaffResults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeStaffApi> m_api;
    std::unique_ptr<StaffSession> m_session;
    std::unique_ptr<StaffResults> m_results;

    void signIn() { QVERIFY(m_api->signIn(*m_session, kNow)); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"results.db"_s)), Database::Status::Open);
        m_api = std::make_unique<FakeStaffApi>();
        m_session = std::make_unique<StaffSession>(m_db.get(), m_api.get(), nullptr, [] { return kNow; },
                                                   StaffPinGuard::Cost::Minimum);
        m_results = std::make_unique<StaffResults>(m_session.get(), m_api.get());
    }

    void cleanup()
    {
        m_results.reset();
        m_session.reset();
        m_api.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(u"results.db"_s));
    }

    void showsOnlyTheQuietKiosks()
    {
        signIn();
        QSignalSpy changed(m_results.get(), &StaffResults::kiosksChanged);
        QVERIFY(changed.isValid());
        m_results->loadKiosks();
        QCOMPARE(m_api->pendingKiosks.size(), 1);
        m_api->pendingKiosks.takeFirst()(reply());
        QCOMPARE(changed.size(), 1);

        const QVariantMap kiosks = m_results->kiosks();
        QVERIFY(kiosks.value(u"known"_s).toBool());
        QCOMPARE(kiosks.value(u"quietHours"_s).toInt(), 24);
        QCOMPARE(kiosks.value(u"total"_s).toInt(), 4);
        QCOMPARE(kiosks.value(u"asOf"_s).toDateTime(), kNow);
        const QVariantList quiet = kiosks.value(u"quiet"_s).toList();
        QCOMPARE(quiet.size(), 3);
        const QVariantMap first = quiet.at(0).toMap();
        QCOMPARE(first.value(u"id"_s).toString(), u"kiosk-quiet-with-queue"_s);
        QCOMPARE(first.value(u"lastSeen"_s).toDateTime(), kNow.addSecs(-25 * 3600));
        QCOMPARE(first.value(u"queueLength"_s).toInt(), 3);
        QCOMPARE(first.value(u"oldestQueuedAt"_s).toDateTime(), kNow.addSecs(-30 * 3600));
        const QVariantMap oldApp = quiet.at(1).toMap();
        QCOMPARE(oldApp.value(u"queueLength"_s).toInt(), -1); // an app too old to report
        QVERIFY(!oldApp.value(u"oldestQueuedAt"_s).toDateTime().isValid());
        QVERIFY(!quiet.at(2).toMap().value(u"lastSeen"_s).toDateTime().isValid());
    }

    void notKnownWithoutTheServer()
    {
        // Locked (no staff member): the tablet does not ask and says it cannot tell.
        m_results->loadKiosks();
        QVERIFY(m_api->pendingKiosks.isEmpty());
        QVERIFY(!m_results->kiosks().value(u"known"_s).toBool());

        // Signed in, but the server does not answer: what was known is no longer claimed.
        signIn();
        m_results->loadKiosks();
        m_api->pendingKiosks.takeFirst()(reply());
        QVERIFY(m_results->kiosks().value(u"known"_s).toBool());
        m_results->loadKiosks();
        m_api->pendingKiosks.takeFirst()(std::nullopt);
        QVERIFY(!m_results->kiosks().value(u"known"_s).toBool());
        QVERIFY(m_results->kiosks().value(u"quiet"_s).toList().isEmpty());
    }

    void onlyTheLatestAnswerCounts()
    {
        signIn();
        m_results->loadKiosks();
        m_results->loadKiosks();
        QCOMPARE(m_api->pendingKiosks.size(), 2);
        Wire::KioskWatchReply allFine = reply();
        for (Wire::WatchedKiosk &k : allFine.kiosks)
            k.quiet = false;
        m_api->pendingKiosks.takeLast()(allFine);
        m_api->pendingKiosks.takeFirst()(reply()); // the older question, answered late
        QVERIFY(m_results->kiosks().value(u"known"_s).toBool());
        QVERIFY(m_results->kiosks().value(u"quiet"_s).toList().isEmpty());
    }

    // The kiosks' state is the administrator's, the exports the coordinator's
    // (protocol/staffroles.h): other roles' tablets do not ask the server nor write a file,
    // whatever calls them, and say why.
    void rolesWithoutThePermissionNeitherAskNorExport()
    {
        QVERIFY(m_api->signIn(*m_session, kNow, {u"consultant"_s, u"viewer"_s}));
        m_results->setExportDir(m_dir.filePath(u"export"_s));
        m_results->loadKiosks();
        QVERIFY(m_api->pendingKiosks.isEmpty());
        QVERIFY(!m_results->kiosks().value(u"known"_s).toBool());
        QCOMPARE(m_results->exportResults(u"24680"_s, QString(), QString(), QString()), QString());
        QVERIFY2(m_session->message().contains(u"rol"_s), qPrintable(m_session->message()));
        QCOMPARE(m_results->exportDecisions(u"24680"_s), QString());
        QCOMPARE(m_results->exportReport(u"24680"_s, QString(), QString(), u"2026-01"_s, u"2026-12"_s), QString());
        QCOMPARE(m_results->exportSroi(u"24680"_s, QString(), QString(), u"2026-01"_s, u"2026-12"_s, u"xlsx"_s), QString());
        QCOMPARE(m_results->exportSroi(u"24680"_s, QString(), QString(), u"2026-01"_s, u"2026-12"_s, u"csv"_s), QString());
        QVERIFY(QDir(m_dir.filePath(u"export"_s)).entryList(QDir::Files).isEmpty());
    }

    // Social return on the dashboard: the obligation the server sent, in the app's language,
    // for the dashboard's viewers too; nothing before the staff member is unlocked.
    void theObligationsShowWhatIsRequiredAndMet()
    {
        Meedoen::SocialReturnConfig config;
        config.obligations = {{u"2026-017"_s, u"supplier"_s, u"Renovatie"_s, QString(), 400'000'00,
                               Meedoen::SocialReturnBasis::ContractSum, 0, Meedoen::PsoLevel::Trede2,
                               QDate(2026, 1, 1), QDate(2026, 12, 31)}};
        PartnerRepository partners(m_db->connection());
        QVERIFY(partners.keepPartner({u"supplier"_s, u"Bouwbedrijf De Vries"_s, Meedoen::PartnerKind::Werkgever, {}, {}, {}}));
        QVERIFY(partners.keepSocialReturn(config));
        QCOMPARE(partners.socialReturn(), config);
        QVERIFY(m_results->socialReturn(QString()).isEmpty());
        QVERIFY(m_api->signIn(*m_session, kNow, {u"viewer"_s}));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const QVariantList rows = m_results->socialReturn(QString());
        QLocale::setDefault(before);
        QCOMPARE(rows.size(), 1);
        const QVariantMap row = rows.first().toMap();
        QCOMPARE(row.value(u"supplier"_s).toString(), u"Bouwbedrijf De Vries"_s);
        QCOMPARE(row.value(u"fulfilled"_s).toDouble(), 0.0);
        QCOMPARE(row.value(u"placements"_s).toInt(), 0);
        // 5 % of € 400,000, in the app's language (here Dutch: the default locale follows it).
        QVERIFY2(row.value(u"required"_s).toString().contains(u"20.000,00"_s), qPrintable(row.value(u"required"_s).toString()));
        // The SROI sheet has its outcomes even with nothing put in yet.
        const QVariantMap sheet = m_results->sroiSheet(QString(), QString(), u"2026-01"_s, u"2026-12"_s);
        QVERIFY(sheet.value(u"inputs"_s).toList().isEmpty());
        QCOMPARE(sheet.value(u"outcomes"_s).toList().first().toMap().value(u"item"_s).toString(), u"volunteer-hours"_s);
    }

    // A coordinator exports; without admin, the tablet still does not ask for the kiosks.
    void aCoordinatorExportsButDoesNotWatchKiosks()
    {
        QVERIFY(m_api->signIn(*m_session, kNow, {u"coordinator"_s}));
        m_results->setExportDir(m_dir.filePath(u"export"_s));
        const QString file = m_results->exportDecisions(u"24680"_s);
        QVERIFY2(!file.isEmpty() && QFile::exists(file), qPrintable(m_session->message()));
        // The period report: a whole PDF under its own name, nothing half-written beside it.
        QCOMPARE(m_results->exportReport(u"13579"_s, QString(), QString(), u"2026-01"_s, u"2026-12"_s), QString());
        const QString report = m_results->exportReport(u"24680"_s, QString(), QString(), u"2026-01"_s, u"2026-12"_s);
        QVERIFY2(report.endsWith(u".pdf"_s) && QFile::exists(report), qPrintable(m_session->message()));
        QFile pdf(report);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(QDir(m_dir.filePath(u"export"_s)).entryList({u"*.partial"_s}, QDir::Files), QStringList());
        // The SROI sheet for the accountant: a workbook (a zip) and a CSV, the PIN asked again.
        QCOMPARE(m_results->exportSroi(u"13579"_s, QString(), QString(), u"2026-01"_s, u"2026-12"_s, u"xlsx"_s), QString());
        const QString xlsx = m_results->exportSroi(u"24680"_s, QString(), QString(), u"2026-01"_s, u"2026-12"_s, u"xlsx"_s);
        QVERIFY2(xlsx.endsWith(u".xlsx"_s) && QFile::exists(xlsx), qPrintable(m_session->message()));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK");
        const QString csv = m_results->exportSroi(u"24680"_s, QString(), QString(), u"2026-01"_s, u"2026-12"_s, u"csv"_s);
        QFile sheet(csv);
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QVERIFY(sheet.readLine().startsWith("section,item,label,quantity"));
        m_results->loadKiosks();
        QVERIFY(m_api->pendingKiosks.isEmpty());
    }
};

// A GUI application: the period report lays out text (StaffReport::writePdf).
QTEST_MAIN(TestStaffResults)
#include "tst_staffresults.moc"
