// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signup.h"

#include <QTest>

using namespace Meedoen;

// The sign-up state machine: every legal move is taken, every other one refused and
// leaves the sign-up as it was.
class TestSignupState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<SignupState>("from");
        QTest::addColumn<SignupState>("to");
        QTest::addColumn<bool>("allowed");

        using S = SignupState;
        const QList<S> all = {S::Draft,    S::Queued,   S::Sent,      S::Confirmed,
                              S::Waitlisted, S::Declined, S::Withdrawn, S::Pending};
        const QList<QPair<S, S>> allowed = {
            {S::Draft, S::Queued},         {S::Queued, S::Sent},          {S::Queued, S::Withdrawn},
            {S::Sent, S::Confirmed},       {S::Sent, S::Waitlisted},      {S::Sent, S::Declined},
            {S::Confirmed, S::Withdrawn},  {S::Confirmed, S::Declined},   {S::Waitlisted, S::Confirmed},
            {S::Waitlisted, S::Declined},  {S::Waitlisted, S::Withdrawn}, {S::Sent, S::Pending},
            {S::Pending, S::Confirmed},    {S::Pending, S::Waitlisted},   {S::Pending, S::Declined},
            {S::Pending, S::Withdrawn},    {S::Waitlisted, S::Pending},
        };
        for (S from : all) {
            for (S to : all) {
                const QByteArray name = toKey(from).toLatin1() + " -> " + toKey(to).toLatin1();
                QTest::newRow(name.constData()) << from << to << allowed.contains({from, to});
            }
        }
    }

    void transitions()
    {
        QFETCH(SignupState, from);
        QFETCH(SignupState, to);
        QFETCH(bool, allowed);

        Signup signup;
        signup.state = from;
        signup.waitlistPosition = from == SignupState::Waitlisted ? 4 : 0;
        const Signup before = signup;
        QCOMPARE(signup.transitionTo(to), allowed);
        if (allowed) {
            QCOMPARE(signup.state, to);
        } else {
            QCOMPARE(signup, before);
        }
    }

    void promotionClearsWaitlistPosition()
    {
        Signup signup;
        signup.state = SignupState::Waitlisted;
        signup.waitlistPosition = 1;
        QVERIFY(signup.transitionTo(SignupState::Confirmed));
        QCOMPARE(signup.waitlistPosition, 0);
    }

    void keysRoundTrip()
    {
        for (int i = 0; i <= int(SignupState::Pending); ++i) {
            const auto state = SignupState(i);
            QCOMPARE(signupStateFromKey(toKey(state)), state);
        }
        QCOMPARE(signupStateFromKey(u"confirmd"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestSignupState)
#include "tst_signup.moc"
