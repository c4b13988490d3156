// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffpersonmodel.h"
#include "staffmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using StaffModelFixture::column;

// The staff member's person list: everyone not erased, by family name, narrowed by what
// they type (name, tenant number or neighbourhood, any case); an erasure pulled later
// takes the person off the list.
class TestStaffPersonModel : public QObject
{
    Q_OBJECT

private:
    StaffModelFixture::Store m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        QVERIFY(m_store.person(u"p1"_s, u"Fatma"_s, u"Yılmaz"_s, u"T-100"_s, {u"wielewaal"_s}, 240));
        QVERIFY(m_store.person(u"p2"_s, u"Jan"_s, u"de Vries"_s, u"T-200"_s, {u"heuvel"_s}));
        QVERIFY(m_store.person(u"p3"_s, u"Anna"_s, u"Kowalska"_s, u"T-300"_s, {u"wielewaal"_s, u"heuvel"_s}, 0,
                                u"7KQ4-9WMX-3HRD"_s));
        QVERIFY(m_store.person(u"p4"_s, u"Kees"_s, u"Bakker"_s, u"X-77"_s));
    }

    void everyoneByFamilyName()
    {
        StaffPersonModel model(m_store.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // By family name as the repository sorts it (binary: "de Vries" after the capitals).
        QCOMPARE(column(model, StaffPersonModel::NameRole),
                 (QStringList{u"Kees Bakker"_s, u"Anna Kowalska"_s, u"Fatma Yılmaz"_s, u"Jan de Vries"_s}));
        QCOMPARE(column(model, StaffPersonModel::NeighbourhoodRole),
                 (QStringList{QString(), u"Wielewaal, Heuvel"_s, u"Wielewaal"_s, u"Heuvel"_s}));
        QCOMPARE(model.index(2, 0).data(StaffPersonModel::AgreedMinutesRole).toInt(), 240);
        QCOMPARE(model.index(2, 0).data(StaffPersonModel::TenantNumberRole).toString(), u"T-100"_s);
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("names");
        const QStringList all{u"Kees Bakker"_s, u"Anna Kowalska"_s, u"Fatma Yılmaz"_s, u"Jan de Vries"_s};
        QTest::newRow("nothing typed") << QString() << all;
        QTest::newRow("only spaces") << u"   "_s << all;
        QTest::newRow("given name, lower case") << u"fatma"_s << QStringList{u"Fatma Yılmaz"_s};
        QTest::newRow("family name, upper case") << u"KOWAL"_s << QStringList{u"Anna Kowalska"_s};
        QTest::newRow("whole name") << u"jan de vries"_s << QStringList{u"Jan de Vries"_s};
        QTest::newRow("tenant number") << u"t-200"_s << QStringList{u"Jan de Vries"_s};
        QTest::newRow("tenant number prefix") << u"T-"_s
                                              << QStringList{u"Anna Kowalska"_s, u"Fatma Yılmaz"_s, u"Jan de Vries"_s};
        // The persons page's search field asks for the personal code too.
        QTest::newRow("personal code, part") << u"9wmx"_s << QStringList{u"Anna Kowalska"_s};
        QTest::newRow("neighbourhood") << u"heuvel "_s << QStringList{u"Anna Kowalska"_s, u"Jan de Vries"_s};
        QTest::newRow("neighbourhood, other case") << u"WIELE"_s << QStringList{u"Anna Kowalska"_s, u"Fatma Yılmaz"_s};
        QTest::newRow("no one") << u"Pietersen"_s << QStringList();
    }

    void search()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, names);
        StaffPersonModel model(m_store.database());
        StaffPersonProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&proxy, &StaffPersonProxy::searchChanged);
        QVERIFY(changed.isValid());
        proxy.setSearch(search);
        QCOMPARE(changed.count(), search.isEmpty() ? 0 : 1);
        QCOMPARE(column(proxy, StaffPersonModel::NameRole), names);
    }

    void typingNarrowsAndWidens()
    {
        StaffPersonModel model(m_store.database());
        StaffPersonProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&proxy, &StaffPersonProxy::searchChanged);
        QVERIFY(changed.isValid());
        for (const QString &typed : {u"k"_s, u"ko"_s, u"kow"_s, u"ko"_s, u""_s})
            proxy.setSearch(typed);
        QCOMPARE(changed.count(), 5);
        proxy.setSearch(QString());
        QCOMPARE(changed.count(), 5);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void reloadAfterPull()
    {
        StaffPersonModel model(m_store.database());
        StaffPersonProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearch(u"wielewaal"_s);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy count(&model, &StaffRowModel::countChanged);
        QVERIFY(count.isValid());

        QVERIFY(m_store.person(u"p5"_s, u"Sanne"_s, u"Aydın"_s, u"T-500"_s, {u"wielewaal"_s}));
        model.reload();
        QCOMPARE(count.count(), 1);
        QCOMPARE(column(proxy, StaffPersonModel::NameRole),
                 (QStringList{u"Sanne Aydın"_s, u"Anna Kowalska"_s, u"Fatma Yılmaz"_s}));

        // Erased on the server: gone from the list at the next pull.
        Wire::PersonChange erased;
        erased.person.id = u"p1"_s;
        erased.erased = true;
        QVERIFY(m_store.repository().applyPulled(erased));
        model.reload();
        QCOMPARE(count.count(), 2);
        QCOMPARE(column(proxy, StaffPersonModel::NameRole), (QStringList{u"Sanne Aydın"_s, u"Anna Kowalska"_s}));
    }

    // More than the 200 the old search list stopped at: the proxy filters them all.
    void noLimitOnTheList()
    {
        for (int i = 0; i < 205; ++i)
            QVERIFY(m_store.person(u"bulk-%1"_s.arg(i), u"Bulk"_s, u"Zz%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"B-%1"_s.arg(i)));
        StaffPersonModel model(m_store.database());
        StaffPersonProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearch(u"b-204"_s);
        QCOMPARE(column(proxy, StaffPersonModel::NameRole), QStringList{u"Bulk Zz204"_s});
    }

    void rolesAreTheRowKeys()
    {
        StaffPersonModel model;
        const QVariantList rows = m_store.repository().persons({});
        QVERIFY(!rows.isEmpty());
        QStringList keys = rows.first().toMap().keys();
        QStringList roles;
        for (const QByteArray &name : model.roleNames())
            roles.append(QString::fromLatin1(name));
        keys.sort();
        roles.sort();
        QCOMPARE(roles, keys);
        QCOMPARE(int(StaffPersonModel::PersonIdRole), Qt::UserRole + 1);
    }

    // Last: it adds a person the list tests above do not expect.
    // The person page shows what the tenant said at registration: the languages they speak
    // and their tenant number, or nothing when they gave none.
    void detailShowsLanguagesAndTenantNumber()
    {
        Wire::PersonChange c;
        c.person.id = u"p-talen"_s;
        c.person.givenName = u"Sara"_s;
        c.person.familyName = u"Haddad"_s;
        c.person.tenantNumber = u"WV-12345"_s;
        c.person.languages = {u"ar"_s, u"nl"_s};
        c.person.address.postcode = u"3083 BK"_s;
        c.person.address.houseNumber = 7;
        c.person.dateOfBirth = QDate(1990, 1, 2);
        QVERIFY(m_store.repository().applyPulled(c));
        const QVariantMap detail = m_store.repository().person(u"p-talen"_s);
        QCOMPARE(detail.value(u"tenantNumber"_s).toString(), u"WV-12345"_s);
        QCOMPARE(detail.value(u"languages"_s).toStringList(), (QStringList{u"ar"_s, u"nl"_s}));
        QVERIFY(m_store.repository().person(u"p4"_s).value(u"languages"_s).toStringList().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffPersonModel)
#include "tst_staffpersonmodel.moc"
