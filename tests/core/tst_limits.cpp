// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/limits.h"

#include <QMetaProperty>
#include <QTest>

using namespace Qt::StringLiterals;

// The limits QML reads (AppContext.limits) are the validators' own constants, each one
// under the name a screen binds to, and nothing else is published.
class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsTheValidators_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("value");
        QTest::newRow("name") << u"maxNameLength"_s << Meedoen::kMaxNameLength;
        QTest::newRow("short text") << u"maxShortTextLength"_s << Meedoen::kMaxShortTextLength;
        QTest::newRow("free text") << u"maxFreeTextLength"_s << Meedoen::kMaxFreeTextLength;
        QTest::newRow("email") << u"maxEmailLength"_s << Meedoen::kMaxEmailLength;
        QTest::newRow("house number from") << u"minHouseNumber"_s << Meedoen::kMinHouseNumber;
        QTest::newRow("house number to") << u"maxHouseNumber"_s << Meedoen::kMaxHouseNumber;
        QTest::newRow("house addition") << u"maxHouseNumberAdditionLength"_s << Meedoen::kMaxHouseNumberAdditionLength;
        QTest::newRow("tenant number") << u"maxTenantNumberLength"_s << Meedoen::kMaxTenantNumberLength;
        QTest::newRow("volunteer age") << u"minimumVolunteerAge"_s << Meedoen::kMinimumVolunteerAge;
        QTest::newRow("opportunity minimum age") << u"maxOpportunityMinimumAge"_s << Meedoen::kMaxOpportunityMinimumAge;
        QTest::newRow("capacity") << u"maxCapacity"_s << Meedoen::kMaxCapacity;
        QTest::newRow("minutes a day") << u"maxMinutesPerDay"_s << Meedoen::kMaxMinutesPerDay;
        QTest::newRow("minutes a month") << u"maxAgreedMinutesPerMonth"_s << Meedoen::kMaxAgreedMinutesPerMonth;
        QTest::newRow("hours a month") << u"maxAgreedHoursPerMonth"_s << Meedoen::kMaxAgreedMinutesPerMonth / 60;
    }

    void sameAsTheValidators()
    {
        QFETCH(QString, name);
        QFETCH(int, value);
        const QMetaObject &meta = Meedoen::Limits::staticMetaObject;
        const int index = meta.indexOfProperty(name.toLatin1().constData());
        QVERIFY2(index >= 0, qPrintable(name));
        const QMetaProperty property = meta.property(index);
        QVERIFY(property.isConstant());
        QVERIFY(!property.isWritable());
        const Meedoen::Limits limits;
        QCOMPARE(property.readOnGadget(&limits).toInt(), value);
    }

    // The figures the task names, spelled out once more: a changed constant is a decision.
    void theFiguresThemselves()
    {
        QCOMPARE(Meedoen::Limits::maxCapacity(), 100000);
        QCOMPARE(Meedoen::Limits::maxOpportunityMinimumAge(), 99);
        QCOMPARE(Meedoen::Limits::maxMinutesPerDay(), 1440);
        QCOMPARE(Meedoen::Limits::maxAgreedHoursPerMonth(), 744);
    }

    // A limit added to the gadget gets a row above.
    void everyPropertyIsTested()
    {
        const QMetaObject &meta = Meedoen::Limits::staticMetaObject;
        QCOMPARE(meta.propertyCount() - meta.propertyOffset(), 14);
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
