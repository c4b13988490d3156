// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/registrationcontroller.h"
#include "controllers/staffintake.h"
#include "controllers/stafftablet.h"
#include "controllers/startup.h"
#include "core/personalcode.h"
#include "protocol/mutation.h"
#include "storage/outbox.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// A wijkconsulent registers the tenant present on the staff tablet: the kiosk's registration
// through RegistrationController, every record naming the staff member, a receipt with the
// personal code to print, sign-ups after it, and nothing of the tenant left when done.
class TestStaffIntake : public QObject
{
    Q_OBJECT

    const QString m_pin = u"24680"_s;
    const QString m_staffId = u"7f0c6f64-5a8b-4f41-9a2a-0f3e1d7c5b21"_s;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<RegistrationController> m_registration;
    std::unique_ptr<StaffTablet> m_staff;
    std::unique_ptr<StaffIntake> m_intake;

    void unlock()
    {
        StaffRepository::Account a;
        a.staffId = m_staffId;
        a.login = u"fatma"_s;
        a.name = u"Fatma Demir"_s;
        a.sites = {u"wielewaal-buurthuis"_s};
        a.signedInAt = m_staff->session()->now();
        QVERIFY(m_staff->session()->addAccount(a));
        QVERIFY(m_staff->session()->pinGuard().setPin(m_staffId, m_pin));
        QVERIFY(m_staff->session()->unlock(m_staffId, m_pin));
    }

    void fillNewTenant()
    {
        m_registration->setField(u"givenName"_s, u"Samira"_s);
        m_registration->setField(u"familyName"_s, u"El Amrani"_s);
        m_registration->setField(u"phone"_s, u"06 12345678"_s);
        m_registration->setField(u"postcode"_s, u"3083bk"_s);
        m_registration->setField(u"houseNumber"_s, u"7"_s);
        m_registration->setField(u"birthDay"_s, u"14"_s);
        m_registration->setField(u"birthMonth"_s, u"2"_s);
        m_registration->setField(u"birthYear"_s, u"1979"_s);
        m_registration->setConsent(u"contact"_s, true);
    }

    // Registered in an intake: the receipt's personal code.
    QString registerTenant()
    {
        unlock();
        if (!m_intake->begin())
            return {};
        fillNewTenant();
        if (!m_registration->submit())
            return {};
        return m_intake->personalCode();
    }

    QList<Outbox::Entry> pending() const { return Outbox(m_services->database().connection()).pending(10); }

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
        m_registration = std::make_unique<RegistrationController>(&m_services->registrations(), &m_services->catalogue());
        m_registration->setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); });
        m_staff = std::make_unique<StaffTablet>(&m_services->database(), nullptr,
                                                [] { return QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); },
                                                StaffPinGuard::Cost::Minimum);
        m_intake = std::make_unique<StaffIntake>(m_registration.get());
        m_intake->setSession(m_staff->session());
        m_intake->setCorporationName(u"Woonstichting De Wielewaal"_s);
    }

    void cleanup()
    {
        m_intake.reset();
        m_staff.reset();
        m_registration.reset();
        m_services.reset();
        m_dir.reset();
    }

    void onlyAnUnlockedStaffMemberStartsAnIntake()
    {
        QSignalSpy started(m_intake.get(), &StaffIntake::started);
        QVERIFY(started.isValid());
        QVERIFY(!m_intake->begin()); // nobody signed in on this tablet
        StaffIntake withoutSession(m_registration.get());
        QVERIFY(!withoutSession.begin()); // a kiosk or phone has no staff session
        QCOMPARE(started.count(), 0);
        QVERIFY(!m_registration->isIntake());
        unlock();
        QVERIFY(m_intake->begin());
        QCOMPARE(started.count(), 1);
        QVERIFY(m_intake->isActive());
        QVERIFY(m_registration->isIntake());
    }

    void registrationAloneNamesTheStaffMember()
    {
        const QString code = registerTenant();
        QVERIFY(!code.isEmpty());
        QCOMPARE(Meedoen::normalisePersonalCode(code).value_or(QString()), code);
        QVERIFY(m_intake->isRegistered());
        QCOMPARE(m_intake->tenantName(), u"Samira El Amrani"_s);
        // The tenant is registered, not signed up: one registration, naming the staff member.
        const auto rows = pending();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().kind, Wire::MutationKind::Registration);
        QCOMPARE(rows.first().payload.value(u"staffId"_s).toString(), m_staffId);
        QCOMPARE(rows.first().payload.value(u"person"_s).toObject().value(u"personalCode"_s).toString(), code);
        // What was typed is gone from the form.
        QCOMPARE(m_registration->field(u"givenName"_s), QString());
    }

    void signupAfterRegistrationIdentifiesByTheNewCode()
    {
        const QString code = registerTenant();
        QVERIFY(!code.isEmpty());
        QVERIFY(m_registration->isKnownTenant());
        QVERIFY(m_registration->begin(u"wlw-taal-01"_s));
        QVERIFY2(m_registration->submit(), qPrintable(m_registration->submitError()));
        QVERIFY(!m_registration->referenceCode().isEmpty());
        const auto rows = pending();
        QCOMPARE(rows.size(), 2);
        const Outbox::Entry &signup = rows.at(1);
        QCOMPARE(signup.kind, Wire::MutationKind::Signup);
        QCOMPARE(signup.payload.value(u"staffId"_s).toString(), m_staffId);
        const QJsonObject identify = signup.payload.value(u"identify"_s).toObject();
        QCOMPARE(identify.value(u"personalCode"_s).toString(), code);
        QCOMPARE(identify.value(u"dateOfBirth"_s).toString(), u"1979-02-14"_s);
        // On the receipt by its title; the tenant keeps one code (their personal code), the
        // sign-up's reference stays behind it.
        QCOMPARE(m_intake->signups().size(), 1);
        QVERIFY(m_intake->signups().first().contains(m_registration->opportunityTitle()));
        QVERIFY(!m_intake->signups().first().contains(m_registration->referenceCode()));
    }

    void aKioskRegistrationNamesNoStaffMember()
    {
        QVERIFY(m_registration->begin(u"wlw-taal-01"_s));
        fillNewTenant();
        QVERIFY(m_registration->submit());
        const auto rows = pending();
        QCOMPARE(rows.size(), 2);
        for (const Outbox::Entry &e : rows)
            QVERIFY(!e.payload.contains(u"staffId"_s));
    }

    void receiptHasCodeQrCorporationAndWhatComesNext()
    {
        QVERIFY(!m_intake->receipt()); // nothing to print before the tenant is registered
        const QString code = registerTenant();
        QVERIFY(!code.isEmpty());
        QVERIFY(m_registration->begin(u"wlw-taal-01"_s));
        QVERIFY(m_registration->submit());
        const auto document = m_intake->receipt();
        QVERIFY(document);
        const QString text = document->toPlainText();
        for (const QString &expected : {code, u"Woonstichting De Wielewaal"_s, u"Samira El Amrani"_s,
                                        m_registration->opportunityTitle(),
                                        u"Wat gebeurt er nu?"_s, u"Je telefoon koppelen"_s, u"Aanmeldingen koppelen"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // One code for the tenant: the sign-up's reference stays behind it.
        QVERIFY(!text.contains(m_registration->referenceCode()));
        const QImage qr = document->resource(QTextDocument::ImageResource, QUrl(u"meedoen-receipt:qr"_s)).value<QImage>();
        QVERIFY(!qr.isNull());
        QVERIFY(document->toHtml().contains(u"meedoen-receipt:qr"_s));

        // Printed to a PDF file: a real PDF of one page.
        const QString path = m_dir->filePath(u"bon.pdf"_s);
        QVERIFY(m_intake->writePdf(path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Type /Page"));
        QVERIFY(bytes.size() > 2000);
    }

    void finishingForgetsTheTenant()
    {
        QVERIFY(!registerTenant().isEmpty());
        QSignalSpy ended(m_intake.get(), &StaffIntake::ended);
        QVERIFY(ended.isValid());
        m_intake->finish();
        QCOMPARE(ended.count(), 1);
        QVERIFY(!m_intake->isActive());
        QCOMPARE(m_intake->tenantName(), QString());
        QCOMPARE(m_intake->personalCode(), QString());
        QVERIFY(!m_intake->receipt());
        QVERIFY(!m_registration->isKnownTenant());
        QVERIFY(!m_registration->isIntake());
        QVERIFY(!m_intake->writePdf(m_dir->filePath(u"after.pdf"_s)));
    }

    void lockingTheTabletEndsTheIntake()
    {
        QVERIFY(!registerTenant().isEmpty());
        m_registration->setField(u"motivation"_s, u"Half getypt"_s);
        QSignalSpy ended(m_intake.get(), &StaffIntake::ended);
        QVERIFY(ended.isValid());
        m_staff->session()->lock();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(m_intake->tenantName(), QString());
        QCOMPARE(m_registration->field(u"motivation"_s), QString());
        QVERIFY(!m_registration->isKnownTenant());
    }
};

QTEST_MAIN(TestStaffIntake)
#include "tst_staffintake.moc"
