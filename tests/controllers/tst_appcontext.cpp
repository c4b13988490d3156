// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/appcontext.h"
#include "common/storagefixtures.h"
#include "controllers/mydata.h"
#include "controllers/startup.h"
#include "core/domain.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AppMode)

// What AppContext keeps of a tenant's choices between runs of the app: a phone belongs to one
// tenant and keeps their high-contrast choice; a kiosk serves the next tenant and starts in
// the usual colours (its session end turns it off: tst_kiosksession).
class TestAppContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void highContrastAfterRestart_data()
    {
        QTest::addColumn<AppMode>("mode");
        QTest::addColumn<bool>("kept");
        QTest::newRow("phone") << AppMode::Phone << true;
        QTest::newRow("kiosk") << AppMode::Kiosk << false;
    }

    void highContrastAfterRestart()
    {
        QFETCH(AppMode, mode);
        QFETCH(bool, kept);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StartupOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        bool before = false; // a new device: the usual colours
        // Each run finds the last run's choice (or not), then the tenant turns it on or off.
        for (const bool choice : {true, false, true, true}) {
            AppServices services;
            QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
            AppContext context(mode, services);
            QCOMPARE(context.highContrast(), kept && before);
            QSignalSpy changed(&context, &AppContext::highContrastChanged);
            QVERIFY(changed.isValid());
            context.setHighContrast(choice);
            QCOMPARE(context.highContrast(), choice);
            QCOMPARE(changed.size(), context.highContrast() != (kept && before) ? 1 : 0);
            before = choice;
        }
    }

    // "Mijn gegevens" speaks the language the app ends up in, also when a listener to the
    // change picks another language at once (the tour goes back to its own language): the
    // tenant's birth date is never left in the language in between.
    void nestedLanguageChangeLeavesNoPartBehind()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StartupOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        AppServices services;
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
        const Submission tenant = StorageFixtures::registrationWithSignup(1);
        QVERIFY(services.registrations().submit(tenant, StorageFixtures::fixedNow()));
        AppContext context(AppMode::Phone, services);
        context.myData()->setPersonId(tenant.newPerson->id);
        const auto birthDate = [&context]() -> QString {
            for (const QVariant &row : context.myData()->personFields()) {
                if (row.toMap().value(u"label"_s).toString() == MyData::tr("Geboortedatum"))
                    return row.toMap().value(u"value"_s).toString();
            }
            return {};
        };
        context.setLanguage(u"ar"_s);
        const QString arabic = Meedoen::uiLocale(u"ar"_s).toString(tenant.newPerson->dateOfBirth, QLocale::LongFormat);
        QCOMPARE(birthDate(), arabic);
        // Dutch is asked for, and a listener turns it back into Arabic straight away.
        connect(&context, &AppContext::languageChanged, &context, [&context] {
            if (context.language() == u"nl")
                context.setLanguage(u"ar"_s);
        });
        context.setLanguage(u"nl"_s);
        QCOMPARE(context.language(), u"ar"_s);
        QCOMPARE(birthDate(), arabic);
    }
};

QTEST_MAIN(TestAppContext)
#include "tst_appcontext.moc"
