// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The models and the sign-up controller behind the tenant's screens.
#include "models/cataloguemodel.h"
#include "storage/outbox.h"
#include "core/personalcode.h"
#include "controllers/registrationcontroller.h"
#include "controllers/kiosksession.h"
#include "models/signuplistmodel.h"
#include "controllers/staffpin.h"
#include "controllers/startup.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRegistrationController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_services = std::make_unique<AppServices>();
        StartupOptions options;
        options.dataDir = m_dir->path();
        options.demo = true;
        QCOMPARE(m_services->open(options).exitCode, ExitCode::Ok);
        m_controller = std::make_unique<RegistrationController>(&m_services->registrations(), &m_services->catalogue());
        m_controller->setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); });
    }

    void cleanup()
    {
        m_controller.reset();
        m_services.reset();
        m_dir.reset();
    }

    void catalogueModelIsSound()
    {
        CatalogueModel model(&m_services->catalogue());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QVERIFY(model.rowCount() > 0);
        model.setOrigin(51.8756, 4.4708); // Buurthuis De Wielewaal
        model.setKind(u"volunteer"_s);
        model.setSearchText(u"taal"_s);
        model.setSearchText(QString());
        // Nearest first, and the distance grows down the list.
        double previous = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const double d = model.index(row).data(CatalogueModel::DistanceRole).toDouble();
            QVERIFY2(d >= previous - 1.0, qPrintable(u"row %1 is nearer than the one above"_s.arg(row)));
            previous = d;
        }
        QCOMPARE(model.index(0).data(CatalogueModel::PlaceRole).toString().contains(u"Wielewaal"_s), true);
        model.clear();
        QCOMPARE(model.searchText(), QString());
    }

    void consentUntickedByDefaultAndStoredWithVersion()
    {
        QVERIFY(m_controller->begin(u"wlw-taal-01"_s));
        for (const QVariant &c : m_controller->consents())
            QCOMPARE(c.toMap().value(u"given"_s).toBool(), false);
        fillNewTenant();
        m_controller->setConsent(u"matching"_s, true);
        QVERIFY2(m_controller->submit(), qPrintable(m_controller->submitError()));
        const auto person = m_services->registrations().persons().value(0);
        const auto consents = m_services->registrations().consents(person.id);
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.constFirst().purpose, u"matching"_s);
        QCOMPARE(consents.constFirst().textVersion, RegistrationController::consentTextVersion());
        QVERIFY(consents.constFirst().isActive());
        // The form keeps no copy of what was typed once it is saved.
        QVERIFY(m_controller->fields().isEmpty());
    }

    void languagesAndTenantNumberAreOptional_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QString>("tenantNumber");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("storedTenantNumber");
        QTest::newRow("neither") << QStringList() << QString() << true << QString();
        QTest::newRow("languages only") << QStringList{u"tr"_s, u"nl"_s} << QString() << true << QString();
        QTest::newRow("tenant number trimmed") << QStringList{u"ar"_s} << u" WV-12345 "_s << true << u"WV-12345"_s;
        QTest::newRow("tenant number with a slash") << QStringList() << u"12/345"_s << false << QString();
        QTest::newRow("tenant number too long") << QStringList() << QString(21, u'7') << false << QString();
    }

    void languagesAndTenantNumberAreOptional()
    {
        QFETCH(QStringList, languages);
        QFETCH(QString, tenantNumber);
        QFETCH(bool, accepted);
        QFETCH(QString, storedTenantNumber);
        QVERIFY(m_controller->begin(u"wlw-taal-01"_s));
        fillNewTenant();
        QSignalSpy languagesChanged(m_controller.get(), &RegistrationController::spokenLanguagesChanged);
        QVERIFY(languagesChanged.isValid());
        for (const QString &code : std::as_const(languages))
            m_controller->toggleSpokenLanguage(code);
        QCOMPARE(languagesChanged.size(), languages.size());
        QCOMPARE(m_controller->spokenLanguages(), languages);
        m_controller->setField(u"tenantNumber"_s, tenantNumber);
        QCOMPARE(m_controller->validateField(u"tenantNumber"_s), accepted);
        QCOMPARE(m_controller->submit(), accepted);
        if (!accepted) {
            // The message sits under the field; what was typed and chosen stays for correcting.
            QVERIFY(!m_controller->errors().value(u"tenantNumber"_s).toString().isEmpty());
            QCOMPARE(m_controller->field(u"tenantNumber"_s), tenantNumber);
            QCOMPARE(m_controller->field(u"givenName"_s), u"Fatma"_s);
            QCOMPARE(m_controller->spokenLanguages(), languages);
            QVERIFY(m_services->registrations().persons().isEmpty());
            return;
        }
        const auto person = m_services->registrations().persons().value(0);
        QCOMPARE(person.languages, languages);
        QCOMPARE(person.tenantNumber, storedTenantNumber);
        // Both travel to the corporation in the registration.
        Outbox outbox(m_services->database().connection());
        bool found = false;
        for (const auto &e : outbox.pending(10)) {
            if (e.kind != Wire::MutationKind::Registration)
                continue;
            const QJsonObject sent = e.payload.value(u"person"_s).toObject();
            QCOMPARE(sent.value(u"tenantNumber"_s).toString(), storedTenantNumber);
            QStringList sentLanguages;
            for (const QJsonValue &l : sent.value(u"languages"_s).toArray())
                sentLanguages.append(l.toString());
            QCOMPARE(sentLanguages, languages);
            found = true;
        }
        QVERIFY(found);
        QVERIFY(m_controller->spokenLanguages().isEmpty());
    }

    void fullOpportunityBecomesWaitlistRequest()
    {
        QVERIFY(m_controller->begin(u"wlw-voedselbank-01"_s));
        QVERIFY(m_controller->isFull());
        fillNewTenant();
        QVERIFY(m_controller->submit());
        QVERIFY(m_controller->isWaitlisted());
        Outbox outbox(m_services->database().connection());
        const auto pending = outbox.pending(10);
        bool found = false;
        for (const auto &e : pending) {
            if (e.kind == Wire::MutationKind::Signup) {
                QCOMPARE(e.payload.value(u"waitlist"_s).toBool(), true);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void returningTenantNeedsValidCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too short") << u"ABCD-EFGH"_s << false;
        QRandomGenerator rng(42);
        const QString valid = Meedoen::generatePersonalCode(rng);
        QString mistyped = valid;
        mistyped.back() = valid.back() == u'2' ? u'3' : u'2';
        QTest::newRow("one symbol wrong") << mistyped << false;
        QTest::newRow("valid") << valid << true;
    }

    void returningTenantNeedsValidCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, accepted);
        QVERIFY(m_controller->begin(u"wlw-taal-01"_s));
        m_controller->setReturning(true);
        m_controller->setField(u"personalCode"_s, code);
        m_controller->setField(u"birthDay"_s, u"3"_s);
        m_controller->setField(u"birthMonth"_s, u"4"_s);
        m_controller->setField(u"birthYear"_s, u"1985"_s);
        QCOMPARE(m_controller->submit(), accepted);
        QCOMPARE(m_controller->errors().contains(u"personalCode"_s), !accepted);
    }

    void signupListShowsAndWithdraws()
    {
        QVERIFY(m_controller->begin(u"wlw-taal-01"_s));
        fillNewTenant();
        QVERIFY(m_controller->submit());
        const QString personId = m_services->registrations().persons().value(0).id;
        SignupListModel model(&m_services->registrations(), &m_services->catalogue());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPersonId(personId);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(SignupListModel::StateRole).toString(), u"queued"_s);
        QCOMPARE(row.data(SignupListModel::ReferenceCodeRole).toString(), m_controller->referenceCode());
        QVERIFY(row.data(SignupListModel::CanWithdrawRole).toBool());
        QVERIFY(model.withdraw(row.data(SignupListModel::IdRole).toString()));
        QCOMPARE(model.index(0).data(SignupListModel::StateRole).toString(), u"withdrawn"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void staffExitNeedsTheRightPin()
    {
        KioskSession session;
        QVERIFY(!session.staffExitAvailable());
        QVERIFY(!session.checkStaffPin(u"48213"_s)); // no PIN configured: no way out
        session.setStaffPinHash(StaffPinGuard::hash(u"48213"_s, StaffPinGuard::Cost::Minimum));
        QVERIFY(session.staffExitAvailable());
        QVERIFY(session.checkStaffPin(u"48213"_s));
        QVERIFY(!session.checkStaffPin(u"48214"_s));
        QVERIFY(!session.checkStaffPin(QString()));
    }
    // The receipt tells what happens next, truthfully: for a training place (review) that a
    // staff member looks at it, for a volunteer task that the place comes at once, for a full
    // one the waitlist; once the server answered, its word.
    void receiptSaysWhatHappensNext_data()
    {
        QTest::addColumn<QString>("opportunity");
        QTest::addColumn<QString>("says");
        QTest::newRow("training place: review") << u"wlw-stage-01"_s << u"Een medewerker van de corporatie bekijkt"_s;
        QTest::newRow("volunteer task: at once") << u"wlw-taal-01"_s << u"meteen"_s;
        QTest::newRow("full: the waitlist") << u"wlw-voedselbank-01"_s << u"wachtlijst"_s;
    }
    void receiptSaysWhatHappensNext()
    {
        QFETCH(QString, opportunity);
        QFETCH(QString, says);
        QVERIFY(m_controller->begin(opportunity));
        QCOMPARE(m_controller->receiptStatus(), QString());
        fillNewTenant();
        m_controller->setField(u"motivation"_s, u"Ik wil leren."_s);
        m_controller->setField(u"preferredStart"_s, u"2027-02-01"_s);
        QVERIFY2(m_controller->submit(), qPrintable(m_controller->submitError()));
        QVERIFY2(m_controller->receiptStatus().contains(says), qPrintable(m_controller->receiptStatus()));

        // The server's word arrives: the receipt reads it.
        const QString signupId = m_services->registrations().signups(m_services->registrations().persons().value(0).id)
                                     .value(0).id;
        QVERIFY(m_services->registrations().applyOutcome(signupId, Meedoen::SignupState::Pending, 0, {}, 1));
        QSignalSpy changed(m_controller.get(), &RegistrationController::receiptChanged);
        QVERIFY(changed.isValid());
        m_controller->signupOutcomeArrived(u"another-signup"_s);
        QCOMPARE(changed.size(), 0);
        m_controller->signupOutcomeArrived(signupId);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(m_controller->receiptStatus().contains(u"vastgehouden"_s), qPrintable(m_controller->receiptStatus()));
    }

    // The tenant's own neighbourhood comes from their address through the corporation's areas
    // (the demo's: 3083BK is Wielewaal), the activity's neighbourhood after it; an address the
    // areas do not hold leaves only the activity's.
    void registrationDerivesTheNeighbourhood_data()
    {
        QTest::addColumn<bool>("areaKnown");
        QTest::addColumn<QStringList>("neighbourhoods");
        QTest::newRow("address in the areas") << true << QStringList{u"wielewaal"_s, u"woensel-west"_s};
        QTest::newRow("address not in the areas") << false << QStringList{u"woensel-west"_s};
    }
    void registrationDerivesTheNeighbourhood()
    {
        QFETCH(bool, areaKnown);
        QFETCH(QStringList, neighbourhoods);
        if (!areaKnown)
            QVERIFY(m_services->catalogue().removePostcodeArea(u"3083BK"_s));
        QCOMPARE(m_services->catalogue().neighbourhoodAt(u"3083 BK"_s, 12), areaKnown ? u"wielewaal"_s : QString());
        QVERIFY(m_controller->begin(u"wsw-huiswerk-01"_s));
        fillNewTenant();
        QVERIFY(m_controller->submit());
        QCOMPARE(m_services->registrations().persons().value(0).neighbourhoods, neighbourhoods);
    }

private:
    void fillNewTenant()
    {
        m_controller->setField(u"givenName"_s, u"Fatma"_s);
        m_controller->setField(u"familyName"_s, u"Yılmaz"_s);
        m_controller->setField(u"phone"_s, u"06 12345678"_s);
        m_controller->setField(u"postcode"_s, u"3083bk"_s);
        m_controller->setField(u"houseNumber"_s, u"12a"_s);
        m_controller->setField(u"birthDay"_s, u"3"_s);
        m_controller->setField(u"birthMonth"_s, u"4"_s);
        m_controller->setField(u"birthYear"_s, u"1985"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<RegistrationController> m_controller;
};

QTEST_MAIN(TestRegistrationController)
#include "tst_registrationcontroller.moc"
