// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the damage check at every start costs (issue 15): `PRAGMA quick_check` on a device
// database with N tenants who registered and signed up (person, consent, sign-up and two
// outbox rows each), against the whole Database::open it is part of. Cold page cache is not
// forced: this is a start after the file was written, as on a kiosk that restarts.
//
// Usage: meedoen_bench_quick_check [tenants=10000] [directory for the database file]

#include "benchutil.h"
#include "storage/database.h"
#include "storage/registrationrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

Submission makeSubmission(int i)
{
    Person p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.personalCode = u"MD%1"_s.arg(i, 6, 10, QChar(u'0'));
    p.givenName = u"Fatma"_s;
    p.familyName = u"Yılmaz"_s;
    p.phone = u"+31612345678"_s;
    p.address = {u"3086 AB"_s, 12, u"A"_s};
    p.dateOfBirth = QDate(1984, 5, 17);
    p.languages = {u"nl"_s, u"tr"_s};
    p.neighbourhoods = {u"wielewaal"_s};
    Submission s;
    s.newPerson = p;
    s.consents = {{p.id, u"contact"_s, u"2026-01"_s, QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC), {}, u"nl"_s}};
    Signup signup;
    signup.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    signup.referenceCode = u"R%1"_s.arg(i, 6, 10, QChar(u'0'));
    signup.personId = p.id;
    signup.opportunityId = u"moestuin-wielewaal"_s;
    signup.motivation = u"Ik help graag in de tuin."_s;
    s.signup = signup;
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tenants = args.size() > 1 ? args.at(1).toInt() : 10000;
    QTemporaryDir tmp(args.size() > 2 ? args.at(2) + u"/quickcheck-XXXXXX"_s : QString());
    const QString path = tmp.filePath(u"meedoen.db"_s);
    {
        Database db;
        if (db.open(path) != Database::Status::Open)
            return 1;
        QSqlQuery(db.connection()).exec(u"PRAGMA synchronous = OFF"_s); // only to fill it quickly
        RegistrationRepository repository(db.connection());
        const QDateTime now(QDate(2026, 11, 3), QTime(10, 15), Qt::UTC);
        for (int i = 0; i < tenants; ++i) {
            if (!repository.submit(makeSubmission(i), now))
                return 1;
        }
        if (!db.checkpointTruncate())
            return 1;
    }
    std::vector<double> checks;
    std::vector<double> opens;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        Database db;
        if (db.open(path) != Database::Status::Open)
            return 1;
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        if (!db.quickCheck().isEmpty())
            return 1;
        checks.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    Bench::report("quick_check_file", double(QFileInfo(path).size()) / 1024.0, "KiB");
    Bench::report("quick_check", Bench::median(checks), "ms");
    Bench::report("database_open_with_quick_check", Bench::median(opens), "ms");
    return 0;
}
