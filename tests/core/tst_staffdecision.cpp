// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staffdecision.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

class TestStaffDecision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<SignupState>("current");
        QTest::addColumn<DecisionKind>("kind");
        QTest::addColumn<bool>("placeFree");
        QTest::addColumn<int>("effect");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<bool>("freesPlace");
        using S = SignupState;
        using D = DecisionKind;
        const int apply = DecisionRuling::Apply, same = DecisionRuling::Unchanged, refuse = DecisionRuling::Refuse;
        QTest::newRow("confirm waitlisted, room") << S::Waitlisted << D::Confirm << true << apply << QString() << false;
        QTest::newRow("confirm waitlisted, full") << S::Waitlisted << D::Confirm << false << refuse << u"full"_s << false;
        QTest::newRow("decline confirmed frees") << S::Confirmed << D::Decline << false << apply << QString() << true;
        QTest::newRow("decline waitlisted") << S::Waitlisted << D::Decline << false << apply << QString() << false;
        QTest::newRow("confirm confirmed") << S::Confirmed << D::Confirm << false << same << QString() << false;
        QTest::newRow("waitlist waitlisted") << S::Waitlisted << D::Waitlist << false << same << QString() << false;
        QTest::newRow("waitlist confirmed") << S::Confirmed << D::Waitlist << true << refuse << u"not-allowed"_s << false;
        QTest::newRow("reopen declined") << S::Declined << D::Confirm << true << refuse << u"not-allowed"_s << false;
        QTest::newRow("withdrawn") << S::Withdrawn << D::Decline << true << refuse << u"signup-withdrawn"_s << false;
        // A pending sign-up holds its place: confirming it needs no free one, anything else frees it.
        QTest::newRow("confirm pending, full") << S::Pending << D::Confirm << false << apply << QString() << false;
        QTest::newRow("decline pending frees") << S::Pending << D::Decline << false << apply << QString() << true;
        QTest::newRow("waitlist pending frees") << S::Pending << D::Waitlist << false << apply << QString() << true;
    }
    void rules()
    {
        QFETCH(SignupState, current);
        QFETCH(DecisionKind, kind);
        QFETCH(bool, placeFree);
        QFETCH(int, effect);
        QFETCH(QString, refusal);
        QFETCH(bool, freesPlace);
        const DecisionRuling r = ruleOnDecision(current, kind, placeFree);
        QCOMPARE(int(r.effect), effect);
        QCOMPARE(r.refusal, refusal);
        QCOMPARE(r.freesPlace, freesPlace);
        // A place is taken only by a confirmation that did not hold one.
        QCOMPARE(r.takesPlace, r.effect == DecisionRuling::Apply && r.to == SignupState::Confirmed
                                   && current != SignupState::Confirmed && current != SignupState::Pending);
    }

    void keys()
    {
        for (DecisionKind k : {DecisionKind::Confirm, DecisionKind::Waitlist, DecisionKind::Decline})
            QCOMPARE(decisionKindFromKey(toKey(k)), k);
        QVERIFY(!decisionKindFromKey(u"maybe"));
    }
};

QTEST_GUILESS_MAIN(TestStaffDecision)
#include "tst_staffdecision.moc"
