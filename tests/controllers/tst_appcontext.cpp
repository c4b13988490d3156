// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/appcontext.h"
#include "controllers/startup.h"

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
};

QTEST_MAIN(TestAppContext)
#include "tst_appcontext.moc"
