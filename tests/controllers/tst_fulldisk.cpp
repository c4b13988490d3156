// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A device whose storage is full (issue 15): a tenant's sign-up is not saved, and the app says
// why in words (no receipt, no "saved"); the form keeps everything typed; what was saved
// before stays as it was; once there is room again the same form saves. Two full disks:
// SQLite's page limit on the connection, and a small tmpfs filled to its last byte (it needs
// the right to mount, as root; skipped otherwise).

#include "controllers/registrationcontroller.h"
#include "controllers/startup.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "common/smalldisk.h"
#include "common/storagefixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

    static void fillNewTenant(RegistrationController &c, const QString &givenName)
    {
        c.setField(u"givenName"_s, givenName);
        c.setField(u"familyName"_s, u"Yılmaz"_s);
        c.setField(u"phone"_s, u"06 12345678"_s);
        c.setField(u"postcode"_s, u"3083bk"_s);
        c.setField(u"houseNumber"_s, u"12a"_s);
        c.setField(u"birthDay"_s, u"3"_s);
        c.setField(u"birthMonth"_s, u"4"_s);
        c.setField(u"birthYear"_s, u"1985"_s);
    }

    struct Saved
    {
        int persons = 0;
        int pending = 0;
        QString firstName;
        bool operator==(const Saved &) const = default;
    };
    static Saved saved(AppServices &services, const QString &personId)
    {
        Saved s;
        s.persons = services.registrations().personCount();
        s.pending = Outbox(services.database().connection()).pendingCount();
        if (const auto p = services.registrations().person(personId))
            s.firstName = p->givenName;
        return s;
    }

    // The whole story on one database: a first tenant saved, the disk full, the second
    // tenant's sign-up refused with the reason, then saved once `makeRoom` ran.
    void fullThenRoom(AppServices &services, const std::function<bool()> &fill, const std::function<bool()> &makeRoom)
    {
        RegistrationController controller(&services.registrations(), &services.catalogue());
        controller.setClock([] { return kNow; });
        QVERIFY(controller.begin(u"wlw-taal-01"_s));
        fillNewTenant(controller, u"Fatma"_s);
        QVERIFY2(controller.submit(), qPrintable(controller.submitError()));
        const QString firstPerson = services.registrations().persons().value(0).id;
        QVERIFY(!firstPerson.isEmpty());
        controller.reset();

        QVERIFY(fill());
        const Saved before = saved(services, firstPerson);
        QCOMPARE(before.firstName, u"Fatma"_s);

        // Tenants sign up until one does not fit (a save that finds room in a page still
        // fits on a full disk): that one is the subject from here on.
        QVariantMap typed;
        int tenant = 0;
        for (bool fitted = true; fitted && tenant < 500; ++tenant) {
            QVERIFY(controller.begin(u"wlw-taal-01"_s));
            fillNewTenant(controller, u"Ahmet"_s);
            controller.setConsent(u"matching"_s, true);
            typed = controller.fields();
            fitted = controller.submit();
            if (fitted)
                controller.reset();
        }
        QVERIFY2(tenant < 500, "the disk never filled up");
        const Saved beforeFailed = saved(services, firstPerson);
        // Told why, in words; no receipt.
        QVERIFY(!controller.isSubmitted());
        QVERIFY2(controller.submitError().contains(u"vol"_s), qPrintable(controller.submitError()));
        QVERIFY2(controller.submitError().contains(u"staat er nog"_s), qPrintable(controller.submitError()));
        // The form keeps what was typed, the consent ticked.
        QCOMPARE(controller.fields(), typed);
        bool consentKept = false;
        for (const QVariant &c : controller.consents()) {
            if (c.toMap().value(u"purpose"_s).toString() == "matching"_L1)
                consentKept = c.toMap().value(u"given"_s).toBool();
        }
        QVERIFY(consentKept);
        // Nothing of it was half saved, and what was saved before is as it was.
        QCOMPARE(saved(services, firstPerson), beforeFailed);
        QCOMPARE(beforeFailed.firstName, before.firstName);
        QCOMPARE(services.database().quickCheck(), QString());

        // Room again: the same form, sent again, saves.
        QVERIFY(makeRoom());
        QVERIFY2(controller.submit(), qPrintable(controller.submitError()));
        QVERIFY(controller.isSubmitted());
        QVERIFY(controller.submitError().isEmpty());
        const Saved after = saved(services, firstPerson);
        QCOMPARE(after.persons, beforeFailed.persons + 1);
        QCOMPARE(after.pending, beforeFailed.pending + 2); // registration and sign-up
        QCOMPARE(after.firstName, u"Fatma"_s);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageLimitReached()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StartupOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        AppServices services;
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
        const QSqlDatabase db = services.database().connection();
        fullThenRoom(services, [db] { return StorageFixtures::fillToPageLimit(db); },
                     [db] { return StorageFixtures::liftPageLimit(db); });
    }

    void smallDiskFilled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Fixtures::SmallDisk disk(dir.filePath(u"disk"_s), 24);
        if (!disk.mounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here (%1)"_s.arg(disk.error())));
        {
            StartupOptions options;
            options.dataDir = dir.filePath(u"disk/data"_s);
            options.demo = true;
            AppServices services;
            QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
            const QString filler = u"data/filler"_s;
            const QString fillerPath = dir.filePath(u"disk/"_s + filler);
            fullThenRoom(
                services,
                [&] {
                    // The log starts empty, so that the next write needs a new block.
                    return services.database().checkpointTruncate() && disk.fill(filler) > 0
                           && Database::isStorageFull(services.database().connection());
                },
                [&] { return QFile::remove(fillerPath); });
        }
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
