// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving one sign-up at the kiosk: RegistrationRepository::submit (new person + one
// consent + sign-up + their outbox rows, one transaction, WAL + synchronous=FULL) against
// the same rows written with the sqlite3 C API (prepared statements, one BEGIN/COMMIT,
// same pragmas, same schema). Rounds alternate between the two to cancel drift; the
// medians and their ratio are printed.
//
// Usage: meedoen_bench_signup_save [iterations=300] [directory for the database files]

#include "benchutil.h"
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/registrationrepository.h"
#include "protocol/wire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

constexpr int kRoundSize = 10;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 3), QTime(10, 15), Qt::UTC);
}

// A realistic kiosk registration; `i` makes every unique column unique.
Submission makeSubmission(int i)
{
    Person p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.personalCode = u"MD%1"_s.arg(i, 6, 10, QChar(u'0'));
    p.givenName = u"Fatma"_s;
    p.familyName = u"Yılmaz-de Vries"_s;
    p.phone = u"+31612345678"_s;
    p.email = u"fatma@example.nl"_s;
    p.address = {u"3081 AB"_s, 12, u"B"_s};
    p.dateOfBirth = QDate(1978, 4, 23);
    p.languages = {u"nl"_s, u"tr"_s};
    p.interests = {u"koken"_s, u"tuin"_s, u"taal"_s};
    p.availability = Availability(0b000000111000000111000);
    p.neighbourhoods = {u"wielewaal"_s};
    p.uiLanguage = u"tr"_s;

    ConsentRecord c{p.id, u"contact"_s, u"2026-11-01"_s, fixedNow(), {}, u"nl"_s};

    Signup s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.referenceCode = u"K%1"_s.arg(i, 7, 10, QChar(u'0'));
    s.personId = p.id;
    s.opportunityId = u"wielewaal-moestuin"_s;
    s.motivation = u"Ik werk graag buiten en wil mijn buren leren kennen."_s;

    Submission sub;
    sub.newPerson = p;
    sub.consents = {c};
    sub.signup = s;
    return sub;
}

// The same five INSERTs submit() runs, without Qt: person, consent, outbox (registration),
// signup, outbox (signup).
class RawWriter
{
public:
    explicit RawWriter(const QString &path) : m_sql(path)
    {
        m_person = prepare("INSERT INTO person (id, personal_code, given_name, family_name, phone, email, postcode, "
                           "house_number, house_addition, date_of_birth, languages, interests, availability, "
                           "neighbourhoods, tenant_number, ui_language, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_consent = prepare("INSERT INTO consent (person_id, purpose, text_version, given_at, withdrawn_at) "
                            "VALUES (?, ?, ?, ?, ?)");
        m_signup = prepare("INSERT INTO signup (id, reference_code, person_id, opportunity_id, state, "
                           "waitlist_position, decline_reason, motivation, preferred_start, created_at, "
                           "server_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_outbox = prepare("INSERT INTO outbox (mutation_id, kind, entity_id, payload, created_at) "
                           "VALUES (?, ?, ?, ?, ?)");
        m_begin = prepare("BEGIN");
        m_commit = prepare("COMMIT");
    }
    // Payloads of the same size as the repository's (computed once, outside the timing).
    std::string registrationPayload;
    std::string signupPayload;

    void save(int i)
    {
        const std::string personId = Bench::numbered("raw-person-", i);
        const std::string signupId = Bench::numbered("raw-signup-", i);
        const std::string code = Bench::numbered("RW", 100000 + i);
        const std::string reference = Bench::numbered("R", 1000000 + i);
        const std::string now = "2026-11-03T10:15:00.000Z";

        step(m_begin);
        text(m_person, 1, personId);
        text(m_person, 2, code);
        text(m_person, 3, "Fatma");
        text(m_person, 4, "Yılmaz-de Vries");
        text(m_person, 5, "+31612345678");
        text(m_person, 6, "fatma@example.nl");
        text(m_person, 7, "3081 AB");
        sqlite3_bind_int(m_person, 8, 12);
        text(m_person, 9, "B");
        text(m_person, 10, "1978-04-23");
        text(m_person, 11, "nl tr");
        text(m_person, 12, "koken tuin taal");
        sqlite3_bind_int(m_person, 13, 0b000000111000000111000);
        text(m_person, 14, "wielewaal");
        text(m_person, 15, "");
        text(m_person, 16, "tr");
        text(m_person, 17, now);
        step(m_person);

        text(m_consent, 1, personId);
        text(m_consent, 2, "contact");
        text(m_consent, 3, "2026-11-01");
        text(m_consent, 4, now);
        sqlite3_bind_null(m_consent, 5);
        step(m_consent);

        outbox(Bench::numbered("raw-mutation-r", i), "registration", personId, registrationPayload, now);

        text(m_signup, 1, signupId);
        text(m_signup, 2, reference);
        text(m_signup, 3, personId);
        text(m_signup, 4, "wielewaal-moestuin");
        text(m_signup, 5, "queued");
        sqlite3_bind_int(m_signup, 6, 0);
        text(m_signup, 7, "");
        text(m_signup, 8, "Ik werk graag buiten en wil mijn buren leren kennen.");
        text(m_signup, 9, "");
        text(m_signup, 10, now);
        sqlite3_bind_int64(m_signup, 11, 0);
        step(m_signup);

        outbox(Bench::numbered("raw-mutation-s", i), "signup", signupId, signupPayload, now);
        step(m_commit);
    }

private:
    sqlite3_stmt *prepare(const char *sql) { return m_sql.prepare(sql); }
    static void text(sqlite3_stmt *s, int column, const std::string &value) { Bench::RawSqlite::text(s, column, value); }
    void step(sqlite3_stmt *s) { m_sql.step(s); }
    void outbox(const std::string &mutationId, const char *kind, const std::string &entityId,
                const std::string &payload, const std::string &now)
    {
        text(m_outbox, 1, mutationId);
        sqlite3_bind_text(m_outbox, 2, kind, -1, SQLITE_STATIC);
        text(m_outbox, 3, entityId);
        sqlite3_bind_blob(m_outbox, 4, payload.data(), int(payload.size()), SQLITE_TRANSIENT);
        text(m_outbox, 5, now);
        step(m_outbox);
    }

    Bench::RawSqlite m_sql;
    sqlite3_stmt *m_person = nullptr;
    sqlite3_stmt *m_consent = nullptr;
    sqlite3_stmt *m_signup = nullptr;
    sqlite3_stmt *m_outbox = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int iterations = std::max(kRoundSize, args.value(1, u"300"_s).toInt());

    QTemporaryDir tmp(args.size() > 2 ? args.at(2) + u"/meedoen-bench-XXXXXX"_s : QString());
    if (!tmp.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }

    Database database;
    if (database.open(tmp.filePath(u"meedoen.db"_s)) != Database::Status::Open) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    // The raw side gets its own file with the very same schema, created by Database.
    const QString rawPath = tmp.filePath(u"raw.db"_s);
    {
        Database schemaOnly;
        if (schemaOnly.open(rawPath) != Database::Status::Open) {
            std::fprintf(stderr, "cannot create the raw database\n");
            return 1;
        }
    }
    RegistrationRepository repository(database.connection());
    RawWriter raw(rawPath);
    {
        const Submission sample = makeSubmission(0);
        QJsonObject registration{{u"person"_s, Wire::toJson(*sample.newPerson)},
                                 {u"consents"_s, QJsonArray{Wire::toJson(sample.consents.first())}}};
        Signup queued = *sample.signup;
        queued.state = SignupState::Queued;
        queued.createdAt = fixedNow();
        raw.registrationPayload = QJsonDocument(registration).toJson(QJsonDocument::Compact).toStdString();
        raw.signupPayload = QJsonDocument(QJsonObject{{u"signup"_s, Wire::toJson(queued)}})
                                .toJson(QJsonDocument::Compact).toStdString();
    }

    // Warm up both paths (statement caches, file growth) before measuring.
    int next = 1;
    for (int i = 0; i < kRoundSize; ++i, ++next) {
        if (!repository.submit(makeSubmission(next), fixedNow()))
            return 1;
        raw.save(next);
    }

    const auto times = Bench::alternateSaves(iterations, kRoundSize, next, [&repository](int n) {
        const Submission submission = makeSubmission(n); // built before the clock starts
        return [&repository, submission] { return repository.submit(submission, fixedNow()); };
    }, [&raw](int n) { raw.save(n); });
    if (!times)
        return 1;
    const std::vector<double> &repoMs = times->ours, &rawMs = times->baseline;
    const double rawMedian = Bench::median(rawMs);
    Bench::report("signup_save_median", Bench::median(repoMs), "ms", rawMedian);
    Bench::report("signup_save_p95", Bench::percentile(repoMs, 95), "ms", Bench::percentile(rawMs, 95));
    Bench::report("signup_save_raw_median", rawMedian, "ms");
    return 0;
}
