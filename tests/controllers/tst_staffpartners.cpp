// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffpartners.h"
#include "controllers/staffsession.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/staffrepository.h"
#include "sync/staffapi.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

// The partner register on the tablet (StaffPartners): a wrong field is refused with words
// beside it and nothing is queued; a right partner is queued (partner-upsert) and listed at
// once; a contribution is typed in euros and hours and queued in cents and minutes; the
// partner's figures add it up; a role without `partners` queues nothing.
class TestStaffPartners : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffApi> m_api;
    std::unique_ptr<StaffSession> m_session;
    std::unique_ptr<StaffPartners> m_partners;
    const QString m_pin = u"24680"_s;

    bool unlockAs(const QString &id, const QStringList &roles)
    {
        StaffRepository::Account a;
        a.staffId = id;
        a.login = id;
        a.name = id;
        a.sites = {u"site-a"_s};
        a.roles = roles;
        a.signedInAt = m_session->now();
        return m_session->addAccount(a) && m_session->pinGuard().setPin(id, m_pin) && m_session->unlock(id, m_pin);
    }

    qint64 queued(const QString &kind)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT count(*) FROM staff_action WHERE kind = ?"_s);
        q.addBindValue(kind);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"partners.db"_s)), Database::Status::Open);
        Site site{u"site-a"_s, u"Buurthuis A"_s, u"wielewaal"_s, {}, 0, 0};
        Opportunity tuin;
        tuin.id = u"tuin"_s;
        tuin.title = u"Moestuin"_s;
        tuin.site = site;
        tuin.neighbourhood = u"wielewaal"_s;
        tuin.capacity = 4;
        QVERIFY(CatalogueRepository(m_db->connection()).upsert({{u"wielewaal"_s, u"Wielewaal"_s, u"Rotterdam"_s}},
                                                               {site}, {tuin}));
        m_api = std::make_unique<StaffApi>();
        m_session = std::make_unique<StaffSession>(m_db.get(), m_api.get(), nullptr,
                                                   [] { return QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC); },
                                                   StaffPinGuard::Cost::Minimum);
        m_partners = std::make_unique<StaffPartners>(m_session.get());
        QVERIFY(unlockAs(u"coordinator-1"_s, {u"coordinator"_s}));
    }

    void wrongFieldsQueueNothing()
    {
        QVERIFY(!m_partners->savePartner({{u"name"_s, u"  "_s}, {u"contactEmail"_s, u"roc@"_s}}));
        QVERIFY(m_partners->fieldErrors().contains(u"name"_s));
        QVERIFY(m_partners->fieldErrors().contains(u"contactEmail"_s));
        QVERIFY(!m_partners->fieldErrors().value(u"contactEmail"_s).toString().isEmpty());
        QVERIFY(!m_session->message().isEmpty());
        QCOMPARE(queued(u"partner-upsert"_s), 0);
        // Changed by staff: that field's problem goes.
        m_partners->clearFieldError(u"name"_s);
        QVERIFY(!m_partners->fieldErrors().contains(u"name"_s));
    }

    void partnerQueuedAndListed()
    {
        QVERIFY(m_partners->savePartner({{u"name"_s, u" ROC Maasland "_s}, {u"kind"_s, u"onderwijs"_s},
                                         {u"contactPhone"_s, u"010-1234567"_s}}));
        QVERIFY(m_partners->fieldErrors().isEmpty());
        QCOMPARE(queued(u"partner-upsert"_s), 1);
        QCOMPARE(m_partners->partnerList()->rowCount(), 1);
        const QVariantMap row = m_partners->partnerList()->get(0);
        QCOMPARE(row.value(u"name"_s).toString(), u"ROC Maasland"_s);
        QCOMPARE(row.value(u"kindText"_s).toString(), u"Onderwijs"_s);
        QCOMPARE(row.value(u"contactPhone"_s).toString(), u"+31101234567"_s);
        const QVariantList choices = m_partners->partnerChoices();
        QCOMPARE(choices.size(), 2); // "no partner" first
        QCOMPARE(choices.at(1).toMap().value(u"value"_s).toString(), row.value(u"partnerId"_s).toString());
    }

    void contributionInEurosAndHours()
    {
        const QString partnerId = m_partners->partnerList()->get(0).value(u"partnerId"_s).toString();
        QVariantMap fields{{u"partnerId"_s, partnerId}, {u"opportunityId"_s, u"tuin"_s}, {u"role"_s, u"financier"_s},
                           {u"month"_s, u"2026-13"_s},  {u"moneyEuros"_s, u"1.250,50"_s},  {u"staffHours"_s, u"2,5"_s},
                           {u"places"_s, u""_s},        {u"premisesHours"_s, u"veel"_s}};
        QVERIFY(!m_partners->saveContribution(fields));
        QCOMPARE(m_partners->fieldErrors().keys(), (QStringList{u"month"_s, u"premisesHours"_s}));
        QCOMPARE(queued(u"partner-contribution"_s), 0);
        fields.insert(u"month"_s, u"2026-11"_s);
        fields.insert(u"premisesHours"_s, u"4"_s);
        QVERIFY(m_partners->saveContribution(fields));
        QCOMPARE(queued(u"partner-contribution"_s), 1);
        const QList<PartnerContribution> kept = PartnerRepository(m_db->connection()).contributions(partnerId);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).moneyCents, 125050);
        QCOMPARE(kept.at(0).staffMinutes, 150);
        QCOMPARE(kept.at(0).premisesMinutes, 240);
        QCOMPARE(kept.at(0).role, PartnerRole::Financier);
        const QVariantMap figures = m_partners->figures(partnerId);
        QCOMPARE(figures.value(u"opportunities"_s).toInt(), 1);
        QCOMPARE(figures.value(u"roles"_s).toString(), u"Financier"_s);
        QCOMPARE(figures.value(u"total"_s).toMap().value(u"staffHours"_s).toString(), u"2,50"_s);
        QCOMPARE(m_partners->contributions(partnerId).size(), 1);
        QVERIFY(m_partners->removeContribution(kept.at(0).id));
        QCOMPARE(queued(u"partner-contribution"_s), 2);
        QVERIFY(m_partners->contributions(partnerId).isEmpty());
    }

    void consultantQueuesNothing()
    {
        m_session->lock();
        QVERIFY(unlockAs(u"consultant-1"_s, {u"consultant"_s}));
        QVERIFY(!m_partners->savePartner({{u"name"_s, u"Gemeente"_s}}));
        QCOMPARE(queued(u"partner-upsert"_s), 1);
        QVERIFY(!m_session->message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffPartners)
#include "tst_staffpartners.moc"
