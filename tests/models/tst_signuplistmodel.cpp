// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/signuplistmodel.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/registrationrepository.h"
#include "storage/syncstaterepository.h"
#include "sync/pullapplier.h"
#include "common/storagefixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

const QDateTime kMonday(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);

// A sign-up as the server sends it to the tenant's phone; the reference code is the one the
// device gave it (unique on the device).
QJsonObject pulledSignup(const QString &id, const QString &referenceCode, const QString &personId,
                         const QString &opportunityId, const QString &state, int waitlistPosition,
                         const QString &declineReason = {})
{
    QJsonObject o{{u"id"_s, id},
                  {u"referenceCode"_s, referenceCode},
                  {u"personId"_s, personId},
                  {u"opportunityId"_s, opportunityId},
                  {u"state"_s, state},
                  {u"waitlistPosition"_s, waitlistPosition}};
    if (!declineReason.isEmpty())
        o.insert(u"declineReason"_s, declineReason);
    return o;
}

QJsonObject page(const QJsonArray &changes, int cursor)
{
    return {{u"changes"_s, changes}, {u"cursor"_s, QString::number(cursor)}, {u"more"_s, false}};
}

QJsonObject change(int seq, const QString &id, const QJsonObject &data)
{
    return {{u"seq"_s, seq}, {u"entity"_s, u"signup"_s}, {u"id"_s, id}, {u"op"_s, u"upsert"_s}, {u"data"_s, data}};
}

} // namespace

// "Mijn aanmeldingen" on the phone (SignupListModel): the tenant's own sign-ups, newest
// first, with the opportunity's title and the state the phone knows; a withdrawal shows at
// once; the server's word and sign-ups made elsewhere show after a pull; nobody else's ever.
class TestSignupListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<RegistrationRepository> m_registrations;
    std::unique_ptr<SignupListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_tenant;
    QString m_older;  // the tenant's first sign-up (moestuin)
    QString m_newer;  // their second (an opportunity the catalogue no longer has)

    QStringList shownIds() const
    {
        QStringList list;
        for (int row = 0; row < m_model->rowCount(); ++row)
            list.append(m_model->index(row).data(SignupListModel::IdRole).toString());
        return list;
    }

    QModelIndex rowOf(const QString &signupId) const
    {
        return m_model->index(int(shownIds().indexOf(signupId)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"phone-%1.db"_s.arg(++m_n))), Database::Status::Open);
        m_catalogue = std::make_unique<CatalogueRepository>(m_db->connection());
        m_registrations = std::make_unique<RegistrationRepository>(m_db->connection());
        Opportunity moestuin;
        moestuin.id = u"moestuin-wielewaal"_s; // StorageFixtures::signup's opportunity
        moestuin.title = u"Moestuin De Wielewaal"_s;
        moestuin.neighbourhood = u"wielewaal"_s;
        moestuin.site = {u"site-a"_s, u"Buurthuis De Wielewaal"_s, u"wielewaal"_s, u"Wielewaalplein 3"_s, 51.87, 4.49};
        QVERIFY(m_catalogue->upsert({{u"wielewaal"_s, u"Wielewaal"_s, u"Rotterdam"_s}}, {moestuin.site}, {moestuin}));

        // The tenant registers with a sign-up on Monday, signs up again on Tuesday; another
        // tenant on the same device signs up too.
        Submission first = StorageFixtures::registrationWithSignup(1);
        first.signup->createdAt = kMonday;
        QVERIFY(m_registrations->submit(first, kMonday));
        m_tenant = first.newPerson->id;
        m_older = first.signup->id;
        Submission second;
        second.signup = StorageFixtures::signup(2, m_tenant);
        second.signup->opportunityId = u"verdwenen-koor"_s;
        second.signup->createdAt = kMonday.addDays(1);
        QVERIFY(m_registrations->submit(second, kMonday.addDays(1)));
        m_newer = second.signup->id;
        QVERIFY(m_registrations->submit(StorageFixtures::registrationWithSignup(3), kMonday));

        m_model = std::make_unique<SignupListModel>(m_registrations.get(), m_catalogue.get());
        m_model->setClock([] { return kMonday.addDays(2); });
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_registrations.reset();
        m_catalogue.reset();
        m_db.reset();
    }

    // No tenant, nothing shown; the tenant, their own two, newest first.
    void showsOnlyTheTenantsOwnNewestFirst()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QSignalSpy count(m_model.get(), &SignupListModel::countChanged);
        QVERIFY(count.isValid());
        m_model->setPersonId(m_tenant);
        QCOMPARE(shownIds(), (QStringList{m_newer, m_older}));
        QCOMPARE(m_model->property("count").toInt(), 2);
        QCOMPARE(count.size(), 1);
    }

    // What a row shows, role by role, under the names the delegate binds to.
    void rowShowsTheSignup_data()
    {
        QTest::addColumn<bool>("newer");
        QTest::addColumn<QByteArray>("role");
        QTest::addColumn<QVariant>("value");

        QTest::newRow("title from the catalogue") << false << "opportunityTitle"_ba << QVariant(u"Moestuin De Wielewaal"_s);
        QTest::newRow("gone from the catalogue: its id") << true << "opportunityTitle"_ba << QVariant(u"verdwenen-koor"_s);
        QTest::newRow("reference code") << false << "referenceCode"_ba << QVariant(u"R000001"_s);
        QTest::newRow("waiting to be sent") << false << "state"_ba << QVariant(u"queued"_s);
        QTest::newRow("can withdraw") << false << "canWithdraw"_ba << QVariant(true);
        QTest::newRow("no waitlist place") << false << "waitlistPosition"_ba << QVariant(0);
        QTest::newRow("when") << true << "createdAt"_ba << QVariant(kMonday.addDays(1));
        QTest::newRow("opportunity") << false << "opportunityId"_ba << QVariant(u"moestuin-wielewaal"_s);
    }

    void rowShowsTheSignup()
    {
        QFETCH(bool, newer);
        QFETCH(QByteArray, role);
        QFETCH(QVariant, value);
        m_model->setPersonId(m_tenant);
        const int roleId = m_model->roleNames().key(role, -1);
        QVERIFY2(roleId > Qt::UserRole, role.constData());
        QCOMPARE(rowOf(newer ? m_newer : m_older).data(roleId), value);
    }

    // The tenant withdraws: the row says so at once and offers no second withdrawal.
    void withdrawalShowsAtOnce()
    {
        m_model->setPersonId(m_tenant);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(changed.isValid());
        QVERIFY(m_model->withdraw(m_older));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), rowOf(m_older));
        QCOMPARE(rowOf(m_older).data(SignupListModel::StateRole).toString(), u"withdrawn"_s);
        QCOMPARE(rowOf(m_older).data(SignupListModel::CanWithdrawRole).toBool(), false);
        QCOMPARE(rowOf(m_newer).data(SignupListModel::StateRole).toString(), u"queued"_s);
        // Not twice, and not someone else's.
        QVERIFY(!m_model->withdraw(m_older));
        QVERIFY(!m_model->withdraw(u"no-such-signup"_s));
        QCOMPARE(rowOf(m_older).data(SignupListModel::StateRole).toString(), u"withdrawn"_s);
    }

    // After a pull: the server's word on the phone's sign-ups, and one the tenant made at a
    // kiosk, shown once the screen refreshes.
    void updatesAfterAPull()
    {
        m_model->setPersonId(m_tenant);
        const QString atKiosk = u"20000000-0000-4000-8000-000000000009"_s;
        const QJsonArray changes{
            change(1, m_older, pulledSignup(m_older, u"R000001"_s, m_tenant, u"moestuin-wielewaal"_s, u"waitlisted"_s, 2)),
            change(2, m_newer, pulledSignup(m_newer, u"R000002"_s, m_tenant, u"verdwenen-koor"_s, u"declined"_s, 0, u"full"_s)),
            change(3, atKiosk, pulledSignup(atKiosk, u"KIOSK-0009"_s, m_tenant, u"moestuin-wielewaal"_s, u"confirmed"_s, 0)),
        };
        // A phone that has pulled before (its first pull would replace the whole catalogue).
        QVERIFY(SyncStateRepository(m_db->connection()).setValue(QString(PullApplier::kCursorKey), u"0"_s));
        QString error;
        QVERIFY2(PullApplier::apply(m_db->connection(), page(changes, 3), PullApplier::Scope::Tenant, &error),
                 qPrintable(error));
        QCOMPARE(m_model->rowCount(), 2);
        m_model->refresh();
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(shownIds().contains(atKiosk));
        QCOMPARE(rowOf(atKiosk).data(SignupListModel::StateRole).toString(), u"confirmed"_s);
        QCOMPARE(rowOf(atKiosk).data(SignupListModel::OpportunityTitleRole).toString(), u"Moestuin De Wielewaal"_s);
        QCOMPARE(rowOf(m_older).data(SignupListModel::StateRole).toString(), u"waitlisted"_s);
        QCOMPARE(rowOf(m_older).data(SignupListModel::WaitlistPositionRole).toInt(), 2);
        QCOMPARE(rowOf(m_older).data(SignupListModel::CanWithdrawRole).toBool(), true);
        QCOMPARE(rowOf(m_newer).data(SignupListModel::StateRole).toString(), u"declined"_s);
        QCOMPARE(rowOf(m_newer).data(SignupListModel::DeclineReasonRole).toString(), u"full"_s);
        QCOMPARE(rowOf(m_newer).data(SignupListModel::CanWithdrawRole).toBool(), false);
    }

    // The server's word in the tenant's words: a staff decline with its date and message, a
    // pending sign-up waiting for staff; the message stays on the phone across a restart.
    void staffDeclineReadsAsASentenceWithTheMessage()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        m_model->setPersonId(m_tenant);
        QJsonObject declined = pulledSignup(m_older, u"R000001"_s, m_tenant, u"moestuin-wielewaal"_s, u"declined"_s, 0,
                                            u"staff-decision"_s);
        declined.insert(u"messageToTenant"_s, u"Kom in het voorjaar terug."_s);
        declined.insert(u"stateAt"_s, u"2026-12-03T10:00:00.000Z"_s);
        QJsonObject pending = pulledSignup(m_newer, u"R000002"_s, m_tenant, u"verdwenen-koor"_s, u"pending"_s, 0);
        QString error;
        QVERIFY2(PullApplier::apply(m_db->connection(), page({change(1, m_older, declined), change(2, m_newer, pending)}, 2),
                                    PullApplier::Scope::Tenant, &error),
                 qPrintable(error));
        m_model->refresh();
        const QString sentence = rowOf(m_older).data(SignupListModel::StatusTextRole).toString();
        QCOMPARE(sentence, u"Een medewerker heeft je aanmelding op donderdag 3 december 2026 afgewezen."_s);
        QCOMPARE(rowOf(m_older).data(SignupListModel::MessageRole).toString(),
                 u"Bericht van de medewerker: “Kom in het voorjaar terug.”"_s);
        QVERIFY(rowOf(m_newer).data(SignupListModel::StatusTextRole).toString().contains(u"medewerker bekijkt"_s));
        QCOMPARE(rowOf(m_newer).data(SignupListModel::MessageRole).toString(), QString());
        QCOMPARE(rowOf(m_newer).data(SignupListModel::CanWithdrawRole).toBool(), true);
        // The language changes: the rows are read again.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(changed.isValid());
        m_model->retranslate();
        QCOMPARE(changed.size(), 1);
    }

    // A kiosk session ends: nothing of the tenant stays on screen.
    void clearForgetsTheTenant()
    {
        m_model->setPersonId(m_tenant);
        QCOMPARE(m_model->rowCount(), 2);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->personId().isEmpty());
        m_model->refresh();
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSignupListModel)
#include "tst_signuplistmodel.moc"
