// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inboxnotice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

Q_DECLARE_METATYPE(Meedoen::Signup)
Q_DECLARE_METATYPE(Meedoen::HoursNotice)

// Which pulled changes reach a tenant's inbox, and the sentence they read for their hours.
class TestInboxNotice : public QObject
{
    Q_OBJECT

    static Signup sent()
    {
        Signup s;
        s.id = u"s1"_s;
        s.state = SignupState::Sent;
        s.serverVersion = 4;
        return s;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "Europe/Amsterdam"); }

    void news_data()
    {
        QTest::addColumn<Signup>("before");
        QTest::addColumn<Signup>("after");
        QTest::addColumn<bool>("news");
        const auto newer = [](Signup s, auto change) {
            s.serverVersion += 3;
            change(s);
            return s;
        };
        Signup pending = sent();
        pending.state = SignupState::Pending;
        Signup confirmed = sent();
        confirmed.state = SignupState::Confirmed;
        QTest::newRow("sent → confirmed") << sent() << newer(sent(), [](Signup &s) { s.state = SignupState::Confirmed; }) << true;
        QTest::newRow("pending → confirmed") << pending << newer(pending, [](Signup &s) { s.state = SignupState::Confirmed; }) << true;
        QTest::newRow("pending → declined") << pending << newer(pending, [](Signup &s) { s.state = SignupState::Declined; }) << true;
        QTest::newRow("sent → waitlisted") << sent() << newer(sent(), [](Signup &s) { s.state = SignupState::Waitlisted; }) << true;
        QTest::newRow("sent → pending (held, not decided)") << sent() << newer(sent(), [](Signup &s) { s.state = SignupState::Pending; }) << false;
        QTest::newRow("withdrawn by the tenant") << confirmed << newer(confirmed, [](Signup &s) { s.state = SignupState::Withdrawn; }) << false;
        QTest::newRow("placement started") << confirmed << newer(confirmed, [](Signup &s) {
            s.placement = PlacementEvent::Started;
            s.placementDate = QDate(2026, 12, 7);
        }) << true;
        QTest::newRow("a message alone") << confirmed << newer(confirmed, [](Signup &s) { s.messageToTenant = u"Tot dinsdag!"_s; }) << true;
        QTest::newRow("same word again") << confirmed << newer(confirmed, [](Signup &) {}) << false;
        QTest::newRow("repeated version") << sent() << [] { Signup s = sent(); s.state = SignupState::Confirmed; return s; }() << false;
    }

    void news()
    {
        QFETCH(Signup, before);
        QFETCH(Signup, after);
        QFETCH(bool, news);
        QCOMPARE(isSignupNews(before, after), news);
    }

    void hoursSentence_data()
    {
        QTest::addColumn<HoursNotice>("notice");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("message");
        const QDate day(2026, 12, 3);
        QTest::newRow("verified") << HoursNotice{HoursNotice::Event::Verified, day, 90, 0, {}}
                                  << u"Je uren van donderdag 3 december 2026 (1:30 uur) zijn goedgekeurd."_s << QString();
        QTest::newRow("corrected") << HoursNotice{HoursNotice::Event::Corrected, day, 120, 60, u"Was een uur"_s}
                                   << u"Je uren van donderdag 3 december 2026 zijn aangepast van 2:00 naar 1:00 uur."_s
                                   << u"Bericht van de medewerker: “Was een uur”"_s;
        QTest::newRow("rejected") << HoursNotice{HoursNotice::Event::Rejected, day, 60, 0, u"  "_s}
                                  << u"Je uren van donderdag 3 december 2026 (1:00 uur) zijn afgekeurd."_s << QString();
    }

    void hoursSentence()
    {
        QFETCH(HoursNotice, notice);
        QFETCH(QString, sentence);
        QFETCH(QString, message);
        QCOMPARE(hoursNoticeSentence(notice, QLocale(QLocale::Dutch, QLocale::Netherlands)), sentence);
        QCOMPARE(hoursNoticeMessage(notice), message);
    }
};

QTEST_GUILESS_MAIN(TestInboxNotice)
#include "tst_inboxnotice.moc"
