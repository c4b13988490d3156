// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/appcontext.h"
#include "controllers/kiosksession.h"
#include "controllers/startup.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QMouseEvent>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The timeouts as short as the session allows, so a test waits for the session's own
// signals (never for a time of its own) and each wait ends within milliseconds.
constexpr int kNow = 1;
constexpr int kNever = 10 * 60 * 1000; // longer than any test: this timeout does not run out
constexpr int kSignalWait = 10000;     // an upper bound only; the signal ends the wait

enum class LeftBehind { TypedForm, Receipt, ReturningCode, Search, Language, HighContrast };

} // namespace

Q_DECLARE_METATYPE(LeftBehind)

// A tenant's turn at the kiosk (KioskSession) and its end: after the idle time a warning
// counts down, "Ik ben er nog" keeps the turn, anything else does not; when the countdown
// runs out the kiosk is reset as AppShell.qml does (session.timedOut → AppContext.endSession)
// and nothing the tenant typed, chose or was given stays on the screens' objects.
class TestKioskSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void warningCountsDownThenTimesOut()
    {
        KioskSession session;
        session.setIdleTimeout(kNow);
        session.setWarningTimeout(kNow);
        QSignalSpy warning(&session, &KioskSession::warningChanged);
        QVERIFY(warning.isValid());
        QSignalSpy timedOut(&session, &KioskSession::timedOut);
        QVERIFY(timedOut.isValid());
        QVERIFY(!session.isWarning());
        session.setRunning(true);
        QVERIFY(timedOut.wait(kSignalWait));
        QCOMPARE(timedOut.size(), 1);
        // Shown, then gone when the turn ended; the countdown reached zero.
        QVERIFY(warning.size() >= 2);
        QVERIFY(!session.isWarning());
        QCOMPARE(session.secondsLeft(), 0);
        // The next tenant's idle clock runs again: a second turn ends the same way.
        QVERIFY(timedOut.wait(kSignalWait));
    }

    // At night, with nobody at the kiosk, the screen is dark; a touch wakes it for the next
    // tenant, and when their turn ends it goes dark again. By day it never is.
    void darkAtNightWhileNobodyIsHere()
    {
        QTime now(23, 0);
        KioskSession session;
        session.setClock([&now] { return QDateTime(QDate(2026, 12, 4), now); });
        session.setIdleTimeout(kNow);
        session.setWarningTimeout(kNow);
        QVERIFY(!session.setNightHours(u"22:00 tot 07:00"_s));
        QVERIFY(session.setNightHours(u"22:00-07:00"_s));
        QVERIFY(!session.isBlanked()); // not running yet: not a kiosk
        QSignalSpy blanked(&session, &KioskSession::blankedChanged);
        QVERIFY(blanked.isValid());
        QSignalSpy timedOut(&session, &KioskSession::timedOut);
        QVERIFY(timedOut.isValid());
        session.setRunning(true);
        QVERIFY(session.isBlanked());

        QObject screen;
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(10, 10), QPointF(10, 10), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&screen, &press);
        QVERIFY(!session.isBlanked());
        QVERIFY(timedOut.wait(kSignalWait));
        QVERIFY(session.isBlanked());

        // Morning: light again without a touch.
        now = QTime(7, 0);
        session.updateBlanked();
        QVERIFY(!session.isBlanked());
        QCOMPARE(blanked.size(), 4);
        // No night hours configured: never dark.
        now = QTime(23, 0);
        QVERIFY(session.setNightHours(QString()));
        QVERIFY(!session.isBlanked());
    }

    void warningShowsTheSecondsLeft()
    {
        KioskSession session;
        session.setIdleTimeout(kNow);
        session.setWarningTimeout(20'000);
        QSignalSpy warning(&session, &KioskSession::warningChanged);
        QVERIFY(warning.isValid());
        session.setRunning(true);
        QVERIFY(warning.wait(kSignalWait));
        QVERIFY(session.isWarning());
        QVERIFY2(session.secondsLeft() > 0 && session.secondsLeft() <= 20, qPrintable(QString::number(session.secondsLeft())));
    }

    // "Ik ben er nog": the warning goes, the turn goes on and is counted; the idle clock
    // starts again (the warning comes back after it, not a time-out).
    void stillHereKeepsTheTurn()
    {
        KioskSession session;
        session.setIdleTimeout(kNow);
        session.setWarningTimeout(kNever);
        QSignalSpy timedOut(&session, &KioskSession::timedOut);
        QVERIFY(timedOut.isValid());
        QSignalSpy warning(&session, &KioskSession::warningChanged);
        QVERIFY(warning.isValid());
        session.setRunning(true);
        QVERIFY(warning.wait(kSignalWait));
        QVERIFY(session.isWarning());
        session.stillHere();
        QVERIFY(!session.isWarning());
        QCOMPARE(session.extensions(), 1);
        warning.clear();
        QVERIFY(warning.wait(kSignalWait));
        QVERIFY(session.isWarning());
        QCOMPARE(timedOut.size(), 0);
        // Saying so without a warning on screen counts for nothing.
        session.stillHere();
        session.stillHere();
        QCOMPARE(session.extensions(), 2);
    }

    // A touch or a key elsewhere while the warning shows does not dismiss it: only the
    // tenant's answer does (someone walking past must not keep a stranger's form open).
    void inputDoesNotDismissTheWarning_data()
    {
        QTest::addColumn<int>("eventType");
        QTest::newRow("key") << int(QEvent::KeyPress);
        QTest::newRow("touch") << int(QEvent::TouchBegin);
        QTest::newRow("click") << int(QEvent::MouseButtonPress);
    }

    void inputDoesNotDismissTheWarning()
    {
        QFETCH(int, eventType);
        KioskSession session;
        session.setIdleTimeout(kNow);
        session.setWarningTimeout(kNever);
        QSignalSpy warning(&session, &KioskSession::warningChanged);
        QVERIFY(warning.isValid());
        session.setRunning(true);
        QVERIFY(warning.wait(kSignalWait));
        QObject target;
        QEvent event{QEvent::Type(eventType)};
        QCoreApplication::sendEvent(&target, &event); // through the application's event filters
        QVERIFY(session.isWarning());
        QCOMPARE(session.extensions(), 0);
    }

    // The kiosk stops its session (staff exit): the warning goes with it; a restart is a
    // new turn with nothing counted.
    void stoppingAndRestarting()
    {
        KioskSession session;
        session.setIdleTimeout(kNow);
        session.setWarningTimeout(kNever);
        QSignalSpy warning(&session, &KioskSession::warningChanged);
        QVERIFY(warning.isValid());
        session.setRunning(true);
        QVERIFY(warning.wait(kSignalWait));
        session.stillHere();
        QVERIFY(warning.wait(kSignalWait));
        QCOMPARE(session.extensions(), 1);
        session.restart();
        QVERIFY(!session.isWarning());
        QCOMPARE(session.extensions(), 0);
        QVERIFY(warning.wait(kSignalWait));
        session.setRunning(false);
        QVERIFY(!session.isWarning());
        QVERIFY(!session.isRunning());
    }

    // What one tenant left on the kiosk; after their turn times out, none of it is there.
    void timeOutLeavesNothingOfTheTenant_data()
    {
        QTest::addColumn<LeftBehind>("left");
        QTest::newRow("a half-typed form") << LeftBehind::TypedForm;
        QTest::newRow("the receipt with their codes") << LeftBehind::Receipt;
        QTest::newRow("their personal code typed") << LeftBehind::ReturningCode;
        QTest::newRow("their search") << LeftBehind::Search;
        QTest::newRow("their language") << LeftBehind::Language;
        QTest::newRow("their high contrast") << LeftBehind::HighContrast;
    }

    void timeOutLeavesNothingOfTheTenant()
    {
        QFETCH(LeftBehind, left);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppServices services;
        StartupOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
        AppContext context(AppMode::Kiosk, services);
        RegistrationController *form = context.registration();
        CatalogueModel *catalogue = context.catalogue();
        const int wholeCatalogue = catalogue->rowCount();
        QVERIFY(wholeCatalogue > 0);

        const auto typeTenant = [form] {
            form->setField(u"givenName"_s, u"Fatma"_s);
            form->setField(u"familyName"_s, u"Yılmaz"_s);
            form->setField(u"phone"_s, u"06 12345678"_s);
            form->setField(u"postcode"_s, u"3083bk"_s);
            form->setField(u"houseNumber"_s, u"12a"_s);
            form->setField(u"birthDay"_s, u"3"_s);
            form->setField(u"birthMonth"_s, u"4"_s);
            form->setField(u"birthYear"_s, u"1985"_s);
        };
        switch (left) {
        case LeftBehind::TypedForm:
            QVERIFY(form->begin(u"wlw-taal-01"_s));
            typeTenant();
            form->toggleInterest(u"tuin"_s);
            form->setConsent(u"matching"_s, true);
            QVERIFY(!form->fields().isEmpty());
            QVERIFY(!form->interests().isEmpty());
            break;
        case LeftBehind::Receipt:
            QVERIFY(form->begin(u"wlw-taal-01"_s));
            typeTenant();
            QVERIFY2(form->submit(), qPrintable(form->submitError()));
            QVERIFY(form->isSubmitted());
            QVERIFY(!form->referenceCode().isEmpty());
            QVERIFY(!form->newPersonalCode().isEmpty());
            break;
        case LeftBehind::ReturningCode:
            QVERIFY(form->begin(u"wlw-taal-01"_s));
            form->setReturning(true);
            form->setField(u"personalCode"_s, u"K7MN-Q3RT-WX9J"_s);
            form->setField(u"birthYear"_s, u"1985"_s);
            QVERIFY(form->isReturning());
            break;
        case LeftBehind::Search:
            catalogue->setSearchText(u"taal"_s);
            catalogue->setKind(u"volunteer"_s);
            QVERIFY(catalogue->rowCount() < wholeCatalogue);
            break;
        case LeftBehind::Language:
            context.setLanguage(u"en"_s);
            QCOMPARE(context.language(), u"en"_s);
            break;
        case LeftBehind::HighContrast:
            context.setHighContrast(true);
            QVERIFY(context.highContrast());
            break;
        }

        // As AppShell.qml: the session's time-out resets the kiosk.
        KioskSession *session = context.session();
        connect(session, &KioskSession::timedOut, &context, &AppContext::endSession);
        session->setIdleTimeout(kNow);
        session->setWarningTimeout(kNow);
        QSignalSpy timedOut(session, &KioskSession::timedOut);
        QVERIFY(timedOut.isValid());
        session->setRunning(true);
        QVERIFY(timedOut.wait(kSignalWait));

        // The form: no opportunity, no field, choice, consent or error.
        QVERIFY(form->opportunityId().isEmpty());
        QVERIFY(form->fields().isEmpty());
        QVERIFY(form->errors().isEmpty());
        QVERIFY(form->interests().isEmpty());
        QCOMPARE(form->availability(), 0);
        for (const QVariant &c : form->consents())
            QVERIFY(!c.toMap().value(u"given"_s).toBool());
        // Identity: not a returning tenant, no tenant known.
        QVERIFY(!form->isReturning());
        QVERIFY(!form->isKnownTenant());
        QVERIFY(form->field(u"personalCode"_s).isEmpty());
        // The receipt: no reference code, no personal code.
        QVERIFY(!form->isSubmitted());
        QVERIFY(form->referenceCode().isEmpty());
        QVERIFY(form->newPersonalCode().isEmpty());
        QVERIFY(form->submitError().isEmpty());
        // The catalogue as the next tenant finds it, in Dutch; "my sign-ups" empty.
        QVERIFY(catalogue->searchText().isEmpty());
        QVERIFY(catalogue->kind().isEmpty());
        QCOMPARE(catalogue->rowCount(), wholeCatalogue);
        QCOMPARE(context.mySignups()->rowCount(), 0);
        QCOMPARE(context.language(), u"nl"_s);
        QVERIFY(!context.highContrast());
        QVERIFY(!session->isWarning());
        QCOMPARE(session->extensions(), 0);
        session->setRunning(false);
    }
};

QTEST_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
