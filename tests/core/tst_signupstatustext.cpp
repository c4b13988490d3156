// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signupstatustext.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

Q_DECLARE_METATYPE(Meedoen::Signup)

// Every outcome a tenant can get reads as a sentence: never empty, never a state, reason or
// placement key, with the date in the app's language and the staff member's message.
class TestSignupStatusText : public QObject
{
    Q_OBJECT

    // Keys a screen must never show: the states, the placement events, the decline reasons.
    static QStringList rawKeys()
    {
        QStringList keys;
        for (int i = 0; i <= int(SignupState::Pending); ++i)
            keys << toKey(SignupState(i));
        for (PlacementEvent e : {PlacementEvent::Started, PlacementEvent::Completed, PlacementEvent::DroppedOut})
            keys << toKey(e);
        keys << u"staff-decision"_s << u"opportunity-ended"_s << u"not-allowed"_s << u"full"_s;
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Amsterdam");
    }

    void everyOutcomeIsASentence_data()
    {
        QTest::addColumn<Signup>("signup");
        const QList<std::optional<PlacementEvent>> placements = {std::nullopt, PlacementEvent::Started,
                                                                 PlacementEvent::Completed, PlacementEvent::DroppedOut};
        const QStringList reasons = {QString(), u"staff-decision"_s, u"opportunity-ended"_s, u"too-young"_s};
        for (int i = 0; i <= int(SignupState::Pending); ++i) {
            for (const DeclineCause cause : {DeclineCause::Other, DeclineCause::StaffDecision, DeclineCause::OpportunityEnded}) {
                for (const auto &placement : placements) {
                    for (const bool dated : {false, true}) {
                        for (const int position : {0, 3}) {
                            Signup s;
                            s.state = SignupState(i);
                            s.declineCause = cause;
                            s.declineReason = reasons.at(int(cause));
                            s.placement = placement;
                            s.waitlistPosition = position;
                            if (dated) {
                                s.stateAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
                                s.placementDate = QDate(2026, 12, 7);
                            }
                            const QByteArray name = toKey(s.state).toLatin1() + ' ' + QByteArray::number(int(cause)) + ' '
                                + (placement ? toKey(*placement).toLatin1() : "-") + (dated ? " dated" : "")
                                + ' ' + QByteArray::number(position);
                            QTest::newRow(name.constData()) << s;
                        }
                    }
                }
            }
        }
    }
    void everyOutcomeIsASentence()
    {
        QFETCH(Signup, signup);
        for (const QLocale &locale : {QLocale(QLocale::Dutch, QLocale::Netherlands), QLocale(QLocale::Arabic)}) {
            const QString text = signupStatusText(signup, locale);
            QVERIFY2(text.size() > 10, qPrintable(text));
            for (const QString &key : rawKeys()) {
                const QRegularExpression word(u"(^|[^\\w-])"_s + QRegularExpression::escape(key) + u"($|[^\\w-])"_s);
                QVERIFY2(!word.match(text).hasMatch(), qPrintable(key + u" in: "_s + text));
            }
            if (signup.state == SignupState::Waitlisted && signup.waitlistPosition > 0)
                QVERIFY2(text.contains(locale.toString(signup.waitlistPosition)), qPrintable(text));
        }
    }

    void datesInTheAppLanguage()
    {
        Signup s;
        s.state = SignupState::Declined;
        s.declineCause = DeclineCause::StaffDecision;
        s.stateAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        const QString dutch = signupStatusSentence(s, QLocale(QLocale::Dutch, QLocale::Netherlands));
        QVERIFY2(dutch.contains(u"3 december 2026"_s), qPrintable(dutch));
        const QString polish = signupStatusSentence(s, QLocale(QLocale::Polish, QLocale::Poland));
        QVERIFY2(polish.contains(u"grudnia"_s), qPrintable(polish));
    }

    void declinesSayWhy()
    {
        Signup s;
        s.state = SignupState::Declined;
        s.declineCause = DeclineCause::StaffDecision;
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        const QString byStaff = signupStatusSentence(s, nl);
        s.declineCause = DeclineCause::OpportunityEnded;
        const QString ended = signupStatusSentence(s, nl);
        s.declineCause = DeclineCause::Other;
        const QString other = signupStatusSentence(s, nl);
        QVERIFY(byStaff != ended);
        QVERIFY(ended != other);
        QVERIFY(byStaff.contains(u"medewerker"_s));
        QVERIFY(ended.contains(u"afgelopen"_s));
        // A returning tenant whose code did not identify them is told what to do next.
        s.declineCause = DeclineCause::IdentifyFailed;
        QVERIFY(signupStatusSentence(s, nl).contains(u"geboortedatum"_s));
        s.declineCause = DeclineCause::IdentifyWait;
        QVERIFY(signupStatusSentence(s, nl).contains(u"later"_s));
        s.declineCause = DeclineCause::CodeLocked;
        QVERIFY(signupStatusSentence(s, nl).contains(u"wijkconsulent"_s));
    }

    void pendingIsNotConfirmed()
    {
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        Signup pending;
        pending.state = SignupState::Pending;
        Signup confirmed;
        confirmed.state = SignupState::Confirmed;
        QVERIFY(signupStatusSentence(pending, nl).contains(u"medewerker bekijkt"_s));
        QVERIFY(!signupStatusSentence(confirmed, nl).contains(u"medewerker bekijkt"_s));
    }

    void theStaffMessageIsShownAsWritten()
    {
        Signup s;
        s.state = SignupState::Declined;
        s.declineCause = DeclineCause::StaffDecision;
        s.messageToTenant = u"  Probeer het in het voorjaar nog eens.  "_s;
        const QString text = signupStatusText(s, QLocale(QLocale::Dutch, QLocale::Netherlands));
        QVERIFY(text.startsWith(signupStatusSentence(s, QLocale(QLocale::Dutch, QLocale::Netherlands))));
        QVERIFY(text.contains(u"“Probeer het in het voorjaar nog eens.”"_s));
        s.messageToTenant.clear();
        QCOMPARE(signupMessageText(s), QString());
    }
};

QTEST_GUILESS_MAIN(TestSignupStatusText)
#include "tst_signupstatustext.moc"
