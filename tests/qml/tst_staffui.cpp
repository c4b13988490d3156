// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/appcontext.h"
#include "controllers/staffresults.h"
#include "controllers/stafftablet.h"
#include "storage/staffrepository.h"
#include "tour/stafftourdata.h"
#include "storage/outbox.h"
#include <QJsonDocument>
#include "protocol/mutation.h"
#include "controllers/startup.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <functional>

#include "common/uitesting.h"

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

namespace {

using UiTesting::collectInteractive;
using UiTesting::messages;

// Reads the Accessible attached properties (as QML sees them) and drives the staff screens
// the way the tour does.
constexpr auto kHelper = R"(
import QtQuick
import Meedoen
QtObject {
    function describe(item) {
        return [item.Accessible.name, item.Accessible.role, item.Accessible.ignored]
    }
    function act(workspace, step) {
        const [section, detail] = step.split(":")
        workspace.show(section)
        const page = workspace.sectionItem(section)
        if (section === "signups" || section === "training")
            page.selectedOpportunity = section === "signups" ? "wlw-voedselbank-01" : "wlw-stage-01"
        if (section === "persons")
            page.selectedPerson = "tour-person-0"
        if (section === "partners") {
            page.open(detail === "new" || page.list.count === 0 ? "" : StaffPartners.partnerList.get(0).partnerId)
            return page
        }
        if (detail === "decision")
            page.openDecision("tour-signup-2", "decline")
        else if (detail === "editor")
            page.edit("wlw-voedselbank-01")
        else if (detail === "new")
            page.edit("")
        else if (detail === "candidates")
            page.showCandidates("wlw-moestuin-01")
        else if (detail === "participants")
            page.showParticipants("wlw-voedselbank-01")
        else if (detail === "participantsExport") {
            page.showParticipants("wlw-voedselbank-01")
            page.participants.exportDialog.open()
        }
        else if (detail === "erase")
            page.eraseDialog.open()
        else if (detail === "export")
            page.askExport("results")
        else if (detail === "correct") {
            // The first entry as its delegate shows it (the list binds to StaffHoursProxy).
            page.list.forceLayout()
            const first = page.list.itemAtIndex(0)
            page.correct(first.entryId, first.date, first.minutes)
        }
        return page
    }
    function closePopups(workspace) {
        for (const key of ["signups", "catalogue", "persons", "dashboard"]) {
            const page = workspace.sectionItem(key)
            for (const p of [page.dialog, page.editor, page.eraseDialog, page.candidates, page.participants,
                             page.participants ? page.participants.exportDialog : null])
                if (p) p.close()
        }
    }
}
)";

} // namespace

// Every staff screen — sign-in, PIN, each section, the decision dialog, the opportunity
// editor, the PIN dialogs — at 1280×800 and 800×1280: every item a person can operate has
// an accessible name and role and is at least 44 px both ways, and no screen prints a
// warning (the editor once caused a Qt Quick Layouts polish loop).
class TestStaffUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTesting::TestApp> m_app;
    std::unique_ptr<StaffTablet> m_staff;
    std::unique_ptr<StaffTourData> m_tour;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<QObject> m_helper;
    QQuickWindow *m_window = nullptr;
    const QString m_pin = u"24680"_s;

    // Lays out and renders one frame, so that polish (and any polish loop) has happened.
    // Until the screen stands as a staff member sees it: every pending polish (layouts,
    // a list's new rows) done and a frame drawn — on a busy machine that takes more than one
    // turn of the event loop.
    void settle()
    {
        QCoreApplication::processEvents();
        QVERIFY(QQuickTest::qWaitForPolish(m_window, 10000));
        m_window->grabWindow();
        QCoreApplication::processEvents();
        QVERIFY(QQuickTest::qWaitForPolish(m_window, 10000));
    }

    QObject *workspace() const { return m_window->findChild<QObject *>(u"staffWorkspace"_s); }

    // The problems of the screen on view, one line each.
    QStringList problems(const QString &screen)
    {
        settle();
        QStringList bad;
        for (const QString &m : std::as_const(messages()))
            bad.append(screen + u": warning: "_s + m);
        messages().clear();
        QList<QQuickItem *> items;
        collectInteractive(m_window->contentItem(), &items);
        if (items.isEmpty())
            bad.append(screen + u": nothing to operate"_s);
        for (QQuickItem *item : std::as_const(items)) {
            QVariant described;
            QMetaObject::invokeMethod(m_helper.get(), "describe", Q_RETURN_ARG(QVariant, described),
                                      Q_ARG(QVariant, QVariant::fromValue<QObject *>(item)));
            const QVariantList d = described.toList();
            if (d.size() != 3 || d.at(2).toBool())
                continue;
            const QString what = screen + u": "_s + (item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className())
                                                                                    : item->objectName())
                + u" \""_s + d.at(0).toString() + u'"';
            if (d.at(0).toString().trimmed().isEmpty())
                bad.append(what + u" has no accessible name"_s);
            if (d.at(1).toInt() == 0)
                bad.append(what + u" has no accessible role"_s);
            // A row a list has only just made gets its size from the next layout pass.
            const auto tooSmall = [item] { return item->width() < 44 || item->height() < 44; };
            if (tooSmall())
                (void)QTest::qWaitFor([&] { return !tooSmall(); }, 2000);
            if (tooSmall())
                bad.append(what + u" is %1×%2 px"_s.arg(item->width()).arg(item->height()));
        }
        return bad;
    }

    // The tour's staff member unlocked on a landscape tablet.
    void unlockedInLandscape()
    {
        m_window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        if (m_staff->session()->accounts().isEmpty())
            QVERIFY(m_tour->load(m_pin));
        QVERIFY(m_staff->session()->unlock(u"tour-staff-1"_s, m_pin));
        settle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Basic"_s);
        UiTesting::startCollectingMessages();
        m_app = std::make_unique<UiTesting::TestApp>(AppMode::Staff);
        m_staff = std::make_unique<StaffTablet>(&m_app->services().database(), nullptr,
                                                [] { return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC); },
                                                    StaffPinGuard::Cost::Minimum);
        m_staff->results()->setExportDir(m_app->filePath(u"export"_s));
        m_tour = std::make_unique<StaffTourData>(m_staff->session(), m_staff->results());
    }

    void cleanupTestCase() { UiTesting::stopCollectingMessages(); }

    void init()
    {
        messages().clear();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/"_s);
        m_engine->setInitialProperties({{u"mode"_s, u"staff"_s}});
        m_engine->load(QUrl(u"qrc:/Meedoen/Ui/Main.qml"_s));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QQmlComponent helper(m_engine.get());
        helper.setData(kHelper, QUrl(u"qrc:/staffui-helper.qml"_s));
        m_helper.reset(helper.create());
        QVERIFY2(m_helper, qPrintable(helper.errorString()));
    }

    void cleanup()
    {
        m_staff->session()->lock();
        m_helper.reset();
        m_engine.reset();
        m_window = nullptr;
    }

    void everyScreenCanBeOperated_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("landscape 1280x800") << QSize(1280, 800);
        QTest::newRow("portrait 800x1280") << QSize(800, 1280);
    }

    void everyScreenCanBeOperated()
    {
        QFETCH(QSize, size);
        m_window->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QStringList bad;

        // Signed out: the online sign-in; then the tablet's staff and the PIN.
        m_staff->session()->addColleague();
        QCOMPARE(m_staff->session()->stage(), StaffSession::Stage::SignIn);
        bad += problems(u"sign-in"_s);
        if (m_staff->session()->accounts().isEmpty())
            QVERIFY(m_tour->load(m_pin));
        m_staff->session()->lock();
        QCOMPARE(m_staff->session()->stage(), StaffSession::Stage::Locked);
        bad += problems(u"pin"_s);
        QVERIFY(m_staff->session()->unlock(u"tour-staff-1"_s, m_pin));
        settle();
        QVERIFY(workspace());

        const QStringList steps{u"volunteers"_s, u"signups"_s,  u"signups:decision"_s, u"training"_s,
                                u"conflicts"_s,  u"catalogue"_s, u"catalogue:editor"_s, u"catalogue:new"_s,
                                u"partners"_s,   u"partners:new"_s,
                                u"catalogue:candidates"_s, u"catalogue:participants"_s, u"catalogue:participantsExport"_s,
                                u"hours"_s,      u"hours:correct"_s, u"persons"_s,    u"persons:erase"_s,
                                u"dashboard"_s,  u"dashboard:export"_s, u"audit"_s};
        for (const QString &step : steps) {
            QVariant page;
            QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, page),
                                              Q_ARG(QVariant, QVariant::fromValue(workspace())), Q_ARG(QVariant, step)));
            QVERIFY2(page.value<QObject *>(), qPrintable(step));
            bad += problems(step);
            QMetaObject::invokeMethod(m_helper.get(), "closePopups", Q_ARG(QVariant, QVariant::fromValue(workspace())));
            settle();
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    // "Zuilen die stil zijn" on the dashboard: each quiet kiosk with since when it is quiet, in
    // words, and what waits in its queue; a clear sentence when all kiosks were seen.
    void dashboardShowsQuietKiosks()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime yesterday(now.toLocalTime().date().addDays(-1), QTime(14, 5));
        Wire::KioskWatchReply reply{24,
                                    now,
                                    {Wire::WatchedKiosk{u"4b1f0c2e-7d3a-4e55-9a10-3c2d1e0f4a01"_s, now.addDays(-9),
                                                        yesterday.toUTC(), true, Wire::DeviceReport{u"0.1.0"_s, 3, 600}},
                                     Wire::WatchedKiosk{u"9e2d7a41-2b6c-4f08-8d3e-5a4b3c2d1e02"_s, now.addDays(-9),
                                                        now.addSecs(-60), false, Wire::DeviceReport{u"0.1.0"_s, 0, 0}}}};
        m_staff->results()->showKiosks(reply);
        QVariant page;
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, page),
                                          Q_ARG(QVariant, QVariant::fromValue(workspace())), Q_ARG(QVariant, u"dashboard"_s)));
        settle();
        // By the visual tree: a Repeater's delegates are not QObject children of the page.
        const auto named = [this](const QString &name) {
            QList<QQuickItem *> found;
            QList<QQuickItem *> todo{m_window->contentItem()};
            while (!todo.isEmpty()) {
                QQuickItem *item = todo.takeLast();
                if (item->objectName() == name && item->isVisible())
                    found.append(item);
                todo.append(item->childItems());
            }
            return found;
        };
        const auto texts = [&named](const QString &name) {
            QStringList out;
            for (QQuickItem *item : named(name))
                out.append(item->property("text").toString());
            return out;
        };
        QCOMPARE(named(u"quietKiosk"_s).size(), 1);
        QCOMPARE(texts(u"quietKioskSeen"_s), QStringList{u"Stil sinds gisteren 14:05"_s});
        QVERIFY2(texts(u"quietKioskQueue"_s).value(0).startsWith(u"3 in de wachtrij, de oudste sinds"_s),
                 qPrintable(texts(u"quietKioskQueue"_s).join(u'|')));
        QVERIFY(texts(u"quietKiosksNote"_s).value(0).contains(u"meer dan 24 uur niet gezien"_s));

        reply.kiosks[0].quiet = false;
        m_staff->results()->showKiosks(reply);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        settle();
        QVERIFY(named(u"quietKiosk"_s).isEmpty());
        QCOMPARE(texts(u"quietKiosksNote"_s),
                 QStringList{u"Alle zuilen van deze locatie zijn de afgelopen 24 uur gezien."_s});
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

    // Goals on the dashboard (the tour's three, on 28 November 2026): each with its status in
    // words and its forecast, drawn with Qt Charts. The form keeps what was typed when
    // something is missing, says what beside the field, and a saved goal shows at once.
    void dashboardShowsGoalsAndTheirForm()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        QVariant shown;
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, shown),
                                          Q_ARG(QVariant, QVariant::fromValue(workspace())), Q_ARG(QVariant, u"dashboard"_s)));
        auto *page = shown.value<QQuickItem *>();
        QVERIFY(page);
        settle();
        const auto named = [this](const QString &name) {
            QList<QQuickItem *> found;
            QList<QQuickItem *> todo{m_window->contentItem()};
            while (!todo.isEmpty()) {
                QQuickItem *item = todo.takeFirst();
                if (item->objectName() == name && item->isVisible())
                    found.append(item);
                todo.append(item->childItems());
            }
            return found;
        };
        const auto texts = [&named](const QString &name) {
            QStringList out;
            // Without the isolates that keep numbers and dates left to right in Arabic.
            for (QQuickItem *item : named(name))
                out.append(item->property("text").toString().remove(QChar(0x2066)).remove(QChar(0x2068)).remove(QChar(0x2069)));
            return out;
        };
        QCOMPARE(named(u"goalCard"_s).size(), 3);
        QCOMPARE(texts(u"goalStatus"_s), (QStringList{u"Loopt achter"_s, u"Doel gehaald"_s, u"Loopt voor"_s}));
        // 25 hours of 40; the line at 40 × 332/365 = 36.4; at this pace 27.5 by 31 December.
        QCOMPARE(texts(u"goalForecast"_s).value(0),
                 u"25 van 40 gehaald; volgens de rechte lijn 36,4. Verwachting op 31-12-2026: 27,5."_s);
        QCOMPARE(named(u"goalChart"_s).size(), 3);
        QCOMPARE(named(u"goalChart"_s).first()->property("count").toInt(), 3); // reached, forecast, straight line

        // A new goal without a measure or a target: both say so, the year typed stays.
        QVERIFY(QMetaObject::invokeMethod(page, "newGoal"));
        settle();
        auto *form = m_window->findChild<QQuickItem *>(u"goalForm"_s);
        QVERIFY(form && form->isVisible());
        auto *year = m_window->findChild<QQuickItem *>(u"goalYear"_s);
        auto *target = m_window->findChild<QQuickItem *>(u"goalTarget"_s);
        QVERIFY(year && target);
        year->setProperty("text", u"2027"_s);
        QVERIFY(QMetaObject::invokeMethod(form, "save"));
        settle();
        QVERIFY(form->isVisible());
        QCOMPARE(year->property("text").toString(), u"2027"_s);
        // The limit in the app's language (QLocale's default, which AppContext sets).
        QCOMPARE(target->property("error").toString(),
                 u"Vul een heel getal in van 0 tot %1."_s.arg(QLocale().toString(1000000)));
        QCOMPARE(m_staff->results()->goalErrors().value(u"measure"_s).toString(), u"Kies wat u wilt tellen."_s);
        form->setProperty("measure", u"hours"_s);
        target->setProperty("text", u"120"_s);
        QVERIFY(QMetaObject::invokeMethod(form, "save"));
        settle();
        QVERIFY(!form->isVisible());
        QVERIFY(m_staff->results()->goalErrors().isEmpty());
        QCOMPARE(named(u"goalCard"_s).size(), 4);
        QVERIFY(texts(u"goalStatus"_s).contains(u"Nog niet begonnen"_s));
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

    // The sections the rail offers, as a staff member sees them: the navigation buttons
    // on screen, by their accessible names (the sections' titles).
    QStringList railButtons()
    {
        QStringList keys;
        QList<QQuickItem *> todo{m_window->contentItem()};
        while (!todo.isEmpty()) {
            QQuickItem *item = todo.takeFirst();
            if (item->objectName().startsWith(u"nav_"_s) && item->isVisible() && item->isEnabled())
                keys.append(item->objectName().mid(4));
            todo.append(item->childItems());
        }
        return keys;
    }

    // Asks the workspace for a section the way the tour does (its show()).
    void askFor(const QString &section)
    {
        QVariant page;
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, page),
                                          Q_ARG(QVariant, QVariant::fromValue(workspace())), Q_ARG(QVariant, section)));
        settle();
    }

    // On screen: visible in the visual tree (a hidden page hides everything on it).
    bool isShown(const QString &objectName)
    {
        QList<QQuickItem *> todo{m_window->contentItem()};
        while (!todo.isEmpty()) {
            QQuickItem *item = todo.takeLast();
            if (item->objectName() == objectName && item->isVisible())
                return true;
            todo.append(item->childItems());
        }
        return false;
    }

    // What each role sees (issue 18, docs/security.md "Staff roles"): the navigation it is
    // offered, and on each section it may open the buttons it may use — a viewer only the
    // dashboard; a consultant intake, review, hours and persons but no catalogue and no
    // export; a coordinator the catalogue and the exports but no persons; an administrator
    // the erasure requests, a person's erase button (not intake's or hours'), the log and the
    // quiet kiosks. A section asked for by name that the roles do not allow is not shown.
    // The roles come from the tablet's copy of the account: offline, as here.
    void rolesDecideWhatTheWorkspaceShows_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QStringList>("sections");
        // "section:objectName": opened the section (when offered), the item is on screen.
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        const QStringList every{u"dashboard:exportResultsButton"_s, u"dashboard:exportDecisionsButton"_s,
                                u"dashboard:quietKiosksNote"_s,     u"dashboard:intakeButton"_s,
                                u"catalogue:newOpportunityButton"_s, u"persons:eraseButton"_s,
                                u"partners:newPartnerButton"_s,
                                u"persons:hoursAgreementRow"_s,     u"persons:codeLockNote"_s,
                                u"erasure:eraseRequestList"_s, u"report:saveReportButton"_s};
        const auto rest = [&every](const QStringList &shown) {
            QStringList hidden;
            for (const QString &item : every) {
                if (!shown.contains(item))
                    hidden.append(item);
            }
            return hidden;
        };
        QStringList shown{u"dashboard:dashboardSection"_s};
        QTest::newRow("viewer") << QStringList{u"viewer"_s} << QStringList{u"dashboard"_s, u"report"_s} << shown << rest(shown);
        shown = QStringList{u"dashboard:intakeButton"_s, u"persons:hoursAgreementRow"_s, u"persons:codeLockNote"_s};
        QTest::newRow("consultant") << QStringList{u"consultant"_s}
                                    << QStringList{u"volunteers"_s, u"signups"_s, u"training"_s, u"conflicts"_s,
                                                   u"hours"_s, u"persons"_s, u"dashboard"_s, u"report"_s}
                                    << shown << rest(shown);
        shown = QStringList{u"dashboard:exportResultsButton"_s, u"dashboard:exportDecisionsButton"_s,
                            u"catalogue:newOpportunityButton"_s, u"partners:newPartnerButton"_s,
                            u"report:saveReportButton"_s};
        QTest::newRow("coordinator") << QStringList{u"coordinator"_s}
                                     << QStringList{u"catalogue"_s, u"partners"_s, u"dashboard"_s, u"report"_s} << shown
                                     << rest(shown);
        shown = QStringList{u"dashboard:quietKiosksNote"_s, u"persons:eraseButton"_s, u"erasure:eraseRequestList"_s};
        QTest::newRow("admin") << QStringList{u"admin"_s}
                               << QStringList{u"persons"_s, u"erasure"_s, u"dashboard"_s, u"report"_s, u"audit"_s}
                               << shown << rest(shown);
        // What everyone from before roles holds (the migrations' default).
        shown = QStringList{u"dashboard:exportResultsButton"_s, u"dashboard:exportDecisionsButton"_s,
                            u"dashboard:intakeButton"_s,      u"catalogue:newOpportunityButton"_s,
                            u"partners:newPartnerButton"_s,
                            u"persons:hoursAgreementRow"_s,   u"persons:codeLockNote"_s, u"report:saveReportButton"_s};
        QTest::newRow("coordinator and consultant")
            << QStringList{u"coordinator"_s, u"consultant"_s}
            << QStringList{u"volunteers"_s, u"signups"_s, u"training"_s, u"conflicts"_s, u"catalogue"_s,
                           u"partners"_s, u"hours"_s, u"persons"_s, u"dashboard"_s, u"report"_s}
            << shown << rest(shown);
    }

    void rolesDecideWhatTheWorkspaceShows()
    {
        QFETCH(QStringList, roles);
        QFETCH(QStringList, sections);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        m_window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        if (m_staff->session()->accounts().isEmpty())
            QVERIFY(m_tour->load(m_pin));
        const QString id = u"tour-role-"_s + roles.join(u'-');
        StaffRepository::Account a;
        a.staffId = id;
        a.login = roles.join(u'-');
        a.name = roles.join(u' ');
        a.sites = {u"wielewaal-buurthuis"_s};
        a.roles = roles;
        a.signedInAt = m_staff->session()->now();
        QVERIFY(m_staff->session()->addAccount(a));
        QVERIFY(m_staff->session()->pinGuard().setPin(id, m_pin));
        // The tour's quiet kiosk, so that the kiosks' part has something to show.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_staff->results()->showKiosks(Wire::KioskWatchReply{
            24, now, {Wire::WatchedKiosk{u"4b1f0c2e-7d3a-4e55-9a10-3c2d1e0f4a01"_s, now.addDays(-9), now.addDays(-2),
                                         true, Wire::DeviceReport{u"0.1.0"_s, 3, 600}}}});

        QVERIFY(m_staff->session()->unlock(id, m_pin));
        settle();
        QVERIFY(workspace());
        QCOMPARE(m_staff->session()->roles(), roles);
        QCOMPARE(railButtons(), sections);
        // The first section offered is the one on view.
        QCOMPARE(workspace()->property("shownSection").toString(), sections.constFirst());

        // Every section: offered ones open; the others, asked for by name, do not.
        for (const QString &key : {u"volunteers"_s, u"signups"_s, u"training"_s, u"conflicts"_s, u"catalogue"_s,
                                   u"partners"_s, u"hours"_s, u"persons"_s, u"erasure"_s, u"dashboard"_s,
                                   u"report"_s, u"audit"_s}) {
            const QString before = workspace()->property("shownSection").toString();
            askFor(key);
            if (sections.contains(key)) {
                QCOMPARE(workspace()->property("shownSection").toString(), key);
                QVERIFY2(isShown(key + u"Section"_s), qPrintable(key));
            } else {
                QCOMPARE(workspace()->property("shownSection").toString(), before);
                QVERIFY2(!isShown(key + u"Section"_s), qPrintable(key));
            }
        }
        const auto check = [&](const QString &item, bool expected) {
            const QString section = item.section(u':', 0, 0);
            askFor(section); // the persons section selects the tour's first person
            return isShown(item.section(u':', 1)) == expected;
        };
        for (const QString &item : std::as_const(shown))
            QVERIFY2(check(item, true), qPrintable(item + u" is not shown"_s));
        for (const QString &item : std::as_const(hidden))
            QVERIFY2(check(item, false), qPrintable(item + u" is shown"_s));
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

    // The partner form (issue 18): a wrong field is said beside it in words and nothing is
    // queued; what was typed stays; once right, the partner is queued (partner-upsert), listed
    // and shown; its contribution form checks the month and the amount the same way, and the
    // partner's page adds up what it put in.
    void partnerFormKeepsWhatWasTypedAndSaves()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        askFor(u"partners"_s);
        QObject *page = m_window->findChild<QObject *>(u"partnersSection"_s);
        QVERIFY(page);
        QVERIFY(QMetaObject::invokeMethod(page, "open", Q_ARG(QString, QString())));
        settle();
        const auto field = [this](const QString &name) {
            QObject *f = m_window->findChild<QObject *>(name);
            if (!f)
                qWarning("no field %s", qPrintable(name));
            return f;
        };
        // The page's functions are typed (": bool"): asked for a bool, not a QVariant.
        const auto save = [&](const char *method) {
            bool saved = false;
            if (!QMetaObject::invokeMethod(page, method, Q_RETURN_ARG(bool, saved)))
                qWarning("could not call %s", method);
            settle();
            return saved;
        };
        StaffPartners *partners = m_staff->partners();
        const int before = partners->partnerList()->rowCount();
        field(u"partnerNameField"_s)->setProperty("text", u"Kringloop De Heuvel"_s);
        field(u"partnerContactEmailField"_s)->setProperty("text", u"info@"_s);
        QVERIFY(!save("savePartner"));
        QVERIFY2(partners->fieldErrors().contains(u"contactEmail"_s),
                 qPrintable(m_staff->session()->message() + u" | "_s + partners->fieldErrors().keys().join(u',')));
        QVERIFY(!field(u"partnerContactEmailField"_s)->property("error").toString().isEmpty());
        QCOMPARE(field(u"partnerNameField"_s)->property("text").toString(), u"Kringloop De Heuvel"_s);
        QCOMPARE(partners->partnerList()->rowCount(), before);

        field(u"partnerContactEmailField"_s)->setProperty("text", u"info@kringloop.example.nl"_s);
        QVERIFY(save("savePartner"));
        QVERIFY(partners->fieldErrors().isEmpty());
        QCOMPARE(partners->partnerList()->rowCount(), before + 1);
        const QString partnerId = page->property("partnerId").toString();
        QVERIFY(!partnerId.isEmpty());
        QCOMPARE(partners->partner(partnerId).value(u"name"_s).toString(), u"Kringloop De Heuvel"_s);
        QVERIFY(isShown(u"contributionMonthField"_s));

        // A contribution: the month is checked, the amount kept while wrong, then saved.
        field(u"contributionMonthField"_s)->setProperty("text", u"2026-13"_s);
        field(u"contributionMoneyField"_s)->setProperty("text", u"1.250,50"_s);
        QVERIFY(!save("saveContribution"));
        QVERIFY(partners->fieldErrors().contains(u"month"_s));
        QCOMPARE(field(u"contributionMoneyField"_s)->property("text").toString(), u"1.250,50"_s);
        field(u"contributionMonthField"_s)->setProperty("text", u"2026-11"_s);
        QVERIFY(save("saveContribution"));
        const QVariantList given = partners->contributions(partnerId);
        QCOMPARE(given.size(), 1);
        const QSqlDatabase db = m_app->services().database().connection();
        const Meedoen::PartnerFigures figures = StaffRepository(db).partnerFigures(partnerId, {});
        QCOMPARE(figures.total.moneyCents, 125050);
        QCOMPARE(figures.opportunities, 1);
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

    // Staff intake: the registration steps and the receipt can be operated, and "Klaar" leaves
    // nothing of the tenant on screen.
    void intakeCanBeOperatedAndLeavesNothingBehind()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        StaffIntake *intake = m_app->context().intake();
        intake->setSession(m_staff->session());
        RegistrationController *registration = m_app->context().registration();
        QObject *shell = nullptr;
        for (QObject *o : m_window->findChildren<QObject *>()) {
            if (QByteArray(o->metaObject()->className()).contains("AppShell"))
                shell = o;
        }
        QVERIFY(shell);

        QVERIFY(intake->begin());
        QStringList bad = problems(u"intake:name"_s);
        QVERIFY(m_window->findChild<QObject *>(u"nextButton"_s));
        const QList<QPair<QString, QString>> fields{
            {u"givenName"_s, u"Samira"_s}, {u"familyName"_s, u"El Amrani"_s}, {u"phone"_s, u"06 12345678"_s},
            {u"postcode"_s, u"3083 BK"_s}, {u"houseNumber"_s, u"7"_s},        {u"birthDay"_s, u"14"_s},
            {u"birthMonth"_s, u"2"_s},      {u"birthYear"_s, u"1979"_s}};
        for (const auto &[name, value] : fields)
            registration->setField(name, value);
        registration->setConsent(u"contact"_s, true);
        QVERIFY(QMetaObject::invokeMethod(shell, "submit"));
        settle();
        QVERIFY(m_window->findChild<QObject *>(u"staffIntakeReceiptPage"_s));
        const QString code = intake->personalCode();
        QVERIFY(!code.isEmpty());
        bad += problems(u"intake:receipt"_s);

        auto *done = m_window->findChild<QObject *>(u"intakeDoneButton"_s);
        QVERIFY(done);
        QVERIFY(QMetaObject::invokeMethod(done, "clicked"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        settle();
        QVERIFY(workspace());
        for (QQuickItem *item : m_window->contentItem()->findChildren<QQuickItem *>()) {
            const QString text = item->property("text").toString();
            QVERIFY2(!text.contains(u"El Amrani"_s) && !text.contains(code), qPrintable(text));
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    // The opportunity editor keeps everything typed when a field is wrong, shows the
    // problem beside that field, and saves once it is right.
    void editorShowsProblemsBesideTheFieldAndKeepsWhatWasTyped()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        QVariant page;
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, page),
                                          Q_ARG(QVariant, QVariant::fromValue(workspace())),
                                          Q_ARG(QVariant, u"catalogue:editor"_s)));
        settle();
        auto *editor = m_window->findChild<QObject *>(u"opportunityEditor"_s);
        QVERIFY(editor);
        QVERIFY(editor->property("visible").toBool());
        auto field = [this](const char *name) {
            auto *f = m_window->findChild<QQuickItem *>(QString::fromLatin1(name));
            return f;
        };
        QVERIFY(field("startDateField") && field("endDateField") && field("contactPhoneField"));
        field("startDateField")->setProperty("text", u"1-12-2026"_s);
        field("endDateField")->setProperty("text", u"31-13-2026"_s);
        field("contactPhoneField")->setProperty("text", u"06 1234"_s);
        bool saved = true;
        QVERIFY(QMetaObject::invokeMethod(editor, "save", Q_RETURN_ARG(bool, saved)));
        QVERIFY(!saved);
        settle();
        QVERIFY(editor->property("visible").toBool());
        QCOMPARE(field("startDateField")->property("text").toString(), u"1-12-2026"_s);
        QCOMPARE(field("endDateField")->property("text").toString(), u"31-13-2026"_s);
        QCOMPARE(field("contactPhoneField")->property("text").toString(), u"06 1234"_s);
        QVERIFY(!field("endDateField")->property("error").toString().isEmpty());
        QVERIFY(!field("contactPhoneField")->property("error").toString().isEmpty());
        QVERIFY(field("startDateField")->property("error").toString().isEmpty());
        // An end before the start is a problem of the end date.
        field("endDateField")->setProperty("text", u"2026-11-30"_s);
        field("contactPhoneField")->setProperty("text", u"06 12345678"_s);
        QVERIFY(QMetaObject::invokeMethod(editor, "save", Q_RETURN_ARG(bool, saved)));
        QVERIFY(!saved);
        QVERIFY(field("endDateField")->property("error").toString().contains(u"startdatum"_s));
        QVERIFY(field("contactPhoneField")->property("error").toString().isEmpty());
        field("endDateField")->setProperty("text", u"2027-06-30"_s);
        QVERIFY(QMetaObject::invokeMethod(editor, "save", Q_RETURN_ARG(bool, saved)));
        QVERIFY(saved);
        QVERIFY(m_staff->catalogue()->fieldErrors().isEmpty());
        settle();
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }
    // A tenant's trajectory on the person page: the route as measured, and the step form
    // keeps what was typed when a field is wrong, names that field, and queues the step once
    // it is right.
    void trajectoryFormKeepsWhatWasTypedAndNamesTheField()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        QVariant page;
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, page),
                                          Q_ARG(QVariant, QVariant::fromValue(workspace())),
                                          Q_ARG(QVariant, u"persons"_s)));
        settle();
        auto *section = m_window->findChild<QQuickItem *>(u"staffTrajectory"_s);
        QVERIFY(section);
        QVERIFY(section->isVisible());
        // Delegates of a Repeater are items of the section, not its QObject children.
        std::function<QQuickItem *(QQuickItem *, const QString &)> find = [&find](QQuickItem *in, const QString &name) {
            for (QQuickItem *child : in->childItems()) {
                if (child->objectName() == name)
                    return child;
                if (QQuickItem *deeper = find(child, name))
                    return deeper;
            }
            return static_cast<QQuickItem *>(nullptr);
        };
        auto field = [&](const char *name) { return find(section, QString::fromLatin1(name)); };
        QVERIFY(field("trajectoryRoute_werken"));
        QVERIFY2(field("trajectoryRoute_werken")->property("text").toString().contains(u"trede 4 van 6"_s),
                 qPrintable(field("trajectoryRoute_werken")->property("text").toString()));
        QVERIFY(field("trajectoryDate") && field("trajectoryNote") && field("trajectoryGoal") && field("trajectoryReview"));

        field("trajectoryDate")->setProperty("text", u"20-11-2026"_s);
        field("trajectoryNote")->setProperty("text", u"Stage loopt goed"_s);
        field("trajectoryGoal")->setProperty("text", u"Over 6 maanden betaald werk"_s);
        QVERIFY(QMetaObject::invokeMethod(section, "record"));
        settle();
        QVERIFY(!field("trajectoryDate")->property("error").toString().isEmpty());
        QCOMPARE(field("trajectoryDate")->property("text").toString(), u"20-11-2026"_s);
        QCOMPARE(field("trajectoryNote")->property("text").toString(), u"Stage loopt goed"_s);
        QCOMPARE(field("trajectoryGoal")->property("text").toString(), u"Over 6 maanden betaald werk"_s);

        // A goal needs a date to look at it again: that field is named, the date no longer.
        field("trajectoryDate")->setProperty("text", u"2026-11-20"_s);
        QVERIFY(QMetaObject::invokeMethod(section, "record"));
        settle();
        QVERIFY(field("trajectoryDate")->property("error").toString().isEmpty());
        QVERIFY(!field("trajectoryReview")->property("error").toString().isEmpty());
        QCOMPARE(Outbox(m_app->services().database().connection()).pendingCount(Wire::MutationKind::TrajectoryStep), 0);

        field("trajectoryReview")->setProperty("text", u"2027-05-20"_s);
        QVERIFY(QMetaObject::invokeMethod(section, "record"));
        settle();
        QVERIFY(field("trajectoryReview")->property("error").toString().isEmpty());
        QVERIFY(field("trajectoryMessage")->property("text").toString().contains(u"vastgelegd"_s));
        QCOMPARE(Outbox(m_app->services().database().connection()).pendingCount(Wire::MutationKind::TrajectoryStep), 1);
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

    // Stale errors: each form shows a problem only after staff did something in it. A refused
    // capacity goes once corrected; reopened, the editor and the erase dialog start clean.
    void formsShowNoProblemBeforeInput()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        const auto shown = [this](const char *name) {
            auto *item = m_window->findChild<QQuickItem *>(QString::fromLatin1(name));
            return item && item->isVisible() && !item->property("text").toString().isEmpty();
        };
        const auto act = [this](const QString &step) {
            QVariant page;
            QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, page),
                                              Q_ARG(QVariant, QVariant::fromValue(workspace())), Q_ARG(QVariant, step)));
            settle();
        };
        act(u"catalogue:editor"_s);
        auto *editor = m_window->findChild<QObject *>(u"opportunityEditor"_s);
        QVERIFY(editor && editor->property("visible").toBool());
        const int confirmed = editor->property("confirmed").toInt();
        QVERIFY2(confirmed > 1, "the tour's food bank needs confirmed participants");
        auto *capacity = m_window->findChild<QQuickItem *>(u"capacityField"_s);
        QVERIFY(capacity);
        auto *input = capacity->property("input").value<QQuickItem *>();
        QVERIFY(input);
        // Below the confirmed count: refused, said beside the field.
        capacity->setProperty("text", QString::number(confirmed - 1));
        bool saved = true;
        QVERIFY(QMetaObject::invokeMethod(editor, "save", Q_RETURN_ARG(bool, saved)));
        QVERIFY(!saved);
        settle();
        QVERIFY(!capacity->property("error").toString().isEmpty());
        // Staff type a right number: the problem is gone before they save again.
        input->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_End);
        QTest::keyClick(m_window, Qt::Key_0);
        settle();
        QCOMPARE(capacity->property("text").toString(), QString::number((confirmed - 1) * 10));
        QVERIFY2(capacity->property("error").toString().isEmpty(), "the corrected capacity still shows its problem");
        QVERIFY2(!shown("editorMessage"), "the corrected capacity's problem is still under the form");
        // Refused again and cancelled: the next form starts clean.
        capacity->setProperty("text", QString::number(confirmed - 1));
        QVERIFY(QMetaObject::invokeMethod(editor, "save", Q_RETURN_ARG(bool, saved)));
        QVERIFY(!saved);
        QVERIFY(QMetaObject::invokeMethod(editor, "close"));
        settle();
        act(u"catalogue:editor"_s);
        QVERIFY(capacity->property("error").toString().isEmpty());
        QVERIFY2(!shown("editorMessage"), "the reopened editor shows the last form's problem");
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "closePopups", Q_ARG(QVariant, QVariant::fromValue(workspace()))));
        settle();
        // The same refusal, then the erase dialog: it asks for the PIN, nothing else yet.
        act(u"catalogue:editor"_s);
        capacity->setProperty("text", QString::number(confirmed - 1));
        QVERIFY(QMetaObject::invokeMethod(editor, "save", Q_RETURN_ARG(bool, saved)));
        QVERIFY(!saved);
        act(u"persons:erase"_s);
        QVERIFY2(!shown("pinDialogMessage"), "the erase dialog shows a problem before the PIN was typed");
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "closePopups", Q_ARG(QVariant, QVariant::fromValue(workspace()))));
        settle();
    }

    // The editor's capacity takes what the domain allows (AppContext.limits from app/core),
    // not a number typed again in QML: 100000 places is fine, one more is not.
    void editorCapacityFollowsTheDomainLimit()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        QVariant page;
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, page),
                                          Q_ARG(QVariant, QVariant::fromValue(workspace())),
                                          Q_ARG(QVariant, u"catalogue:editor"_s)));
        settle();
        auto *capacity = m_window->findChild<QQuickItem *>(u"capacityField"_s);
        QVERIFY(capacity);
        auto *input = capacity->property("input").value<QQuickItem *>();
        QVERIFY(input);
        const auto accepts = [input](const QString &text) {
            input->setProperty("text", text);
            return input->property("acceptableInput").toBool();
        };
        QVERIFY(accepts(u"0"_s));
        QVERIFY(accepts(u"100000"_s));
        QVERIFY(!accepts(u"100001"_s));
        QVERIFY(!accepts(u"-1"_s));
        settle();
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

    // The server's tenancy check as staff see it on the new volunteers: one plain sentence per
    // volunteer the server checked (the tour's tenants have every verdict once), none for the
    // tenant who registered before the first import.
    void newVolunteersShowTheServersVerdict()
    {
        unlockedInLandscape();
        if (QTest::currentTestFailed())
            return;
        m_window->resize(1280, 1600); // every card on screen at once
        QVariant page;
        QVERIFY(QMetaObject::invokeMethod(m_helper.get(), "act", Q_RETURN_ARG(QVariant, page),
                                          Q_ARG(QVariant, QVariant::fromValue(workspace())),
                                          Q_ARG(QVariant, u"volunteers"_s)));
        settle();
        // The sentences on screen: the visual tree (delegates are not QObject children).
        QStringList shown;
        const std::function<void(QQuickItem *)> visit = [&shown, &visit](QQuickItem *item) {
            if (!item->isVisible())
                return;
            if (item->objectName() == "tenancyVerdictSentence"_L1)
                shown.append(item->property("text").toString());
            for (QQuickItem *child : item->childItems())
                visit(child);
        };
        visit(m_window->contentItem());
        shown.sort();
        QCOMPARE(shown, (QStringList{u"Geen huurdernummer opgegeven"_s, u"Huurdernummer hoort bij een ander adres"_s,
                                     u"Huurdernummer klopt met het adres"_s, u"Huurdernummer klopt met het adres"_s,
                                     u"Huurdernummer onbekend in de huuradministratie"_s}));
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }
};

QTEST_MAIN(TestStaffUi)
#include "tst_staffui.moc"
