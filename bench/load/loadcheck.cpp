// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadcheck.h"

#include "core/signup.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace LoadCheck {

namespace {

constexpr int kMaxProblemsShown = 10;

// The first column of the first row of `sql`, -1 when the query fails.
qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return -1;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void note(Result &r, const QString &problem)
{
    if (r.problems.size() < kMaxProblemsShown)
        r.problems.append(problem);
}

} // namespace

bool writeLedger(const QString &path, const Ledger &ledger)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QByteArray text = "# unanswered " + QByteArray::number(ledger.unansweredRegistrations) + ' '
                      + QByteArray::number(ledger.unansweredSignups) + '\n';
    for (const Acked &a : ledger.acked)
        text += QStringList{a.deviceId, QString::number(a.seq), a.mutationId, a.kind, a.entityId, a.status}
                    .join(u'\t')
                    .toUtf8()
                + '\n';
    return f.write(text) == text.size();
}

std::optional<Ledger> readLedger(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    Ledger ledger;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith("# unanswered ")) {
            const QList<QByteArray> n = line.mid(13).split(' ');
            ledger.unansweredRegistrations = n.value(0).toLongLong();
            ledger.unansweredSignups = n.value(1).toLongLong();
            continue;
        }
        const QStringList f6 = QString::fromUtf8(line).split(u'\t');
        if (f6.size() != 6)
            return std::nullopt;
        ledger.acked.append({f6[0], f6[1].toLongLong(), f6[2], f6[3], f6[4], f6[5]});
    }
    return ledger;
}

Result check(const QSqlDatabase &db, const Ledger &ledger)
{
    Result r;
    qint64 registrations = 0;
    qint64 signups = 0;
    for (const Acked &a : ledger.acked) {
        ++r.checked;
        // The server keeps every applied mutation under (device, seq), its id unique per device.
        const qint64 kept = scalar(db, u"SELECT count(*) FROM mutation WHERE device_id = ? AND mutation_id = ? AND seq = ?"_s,
                                   {a.deviceId, a.mutationId, a.seq});
        if (kept == 0) {
            ++r.lost;
            note(r, u"mutation %1 (seq %2 of device %3) acknowledged but not kept"_s.arg(a.mutationId).arg(a.seq).arg(a.deviceId));
            continue;
        }
        if (kept != 1) {
            ++r.doubled;
            note(r, u"mutation %1 kept %2 times"_s.arg(a.mutationId).arg(kept));
            continue;
        }
        if (a.entityId.isEmpty())
            continue;
        const bool isRegistration = a.kind == "registration"_L1;
        const qint64 rows = scalar(db, isRegistration ? u"SELECT count(*) FROM person WHERE id = ?"_s
                                                      : u"SELECT count(*) FROM signup WHERE id = ?"_s,
                                   {a.entityId});
        if (rows == 0) {
            ++r.lost;
            note(r, u"%1 %2 acknowledged but not in the database"_s.arg(a.kind, a.entityId));
        } else if (rows != 1) {
            ++r.doubled;
            note(r, u"%1 %2 held %3 times"_s.arg(a.kind, a.entityId).arg(rows));
        }
        (isRegistration ? registrations : signups) += 1;
    }

    // More rows than were ever sent: something was applied twice under another id.
    const qint64 persons = scalar(db, u"SELECT count(*) FROM person"_s);
    if (persons > registrations + ledger.unansweredRegistrations) {
        r.doubled += persons - registrations - ledger.unansweredRegistrations;
        note(r, u"%1 persons held, %2 registrations acknowledged and %3 unanswered"_s.arg(persons).arg(registrations).arg(
                    ledger.unansweredRegistrations));
    }
    const qint64 signupRows = scalar(db, u"SELECT count(*) FROM signup"_s);
    if (signupRows > signups + ledger.unansweredSignups) {
        r.doubled += signupRows - signups - ledger.unansweredSignups;
        note(r, u"%1 sign-ups held, %2 acknowledged and %3 unanswered"_s.arg(signupRows).arg(signups).arg(
                    ledger.unansweredSignups));
    }
    // One tenant signed up twice for one opportunity (each run's tenant signs up once).
    const qint64 twice = scalar(db, u"SELECT count(*) FROM (SELECT person_id, opportunity_id FROM signup "
                                     "GROUP BY person_id, opportunity_id HAVING count(*) > 1) AS twice"_s);
    if (twice != 0) {
        r.doubled += qMax<qint64>(twice, 1);
        note(r, u"%1 tenants hold two sign-ups for one opportunity"_s.arg(twice));
    }

    // Places taken (confirmed, or held for staff review) against the capacity, counted from
    // the sign-ups themselves rather than the opportunity's own counter.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT o.id, o.capacity, (SELECT count(*) FROM signup s WHERE s.opportunity_id = o.id "
               "AND s.state IN (?, ?)) FROM opportunity o WHERE o.capacity > 0"_s);
    q.addBindValue(Meedoen::toKey(Meedoen::SignupState::Confirmed));
    q.addBindValue(Meedoen::toKey(Meedoen::SignupState::Pending));
    if (!q.exec()) {
        ++r.overbooked;
        note(r, u"cannot count the places taken"_s);
    }
    while (q.next()) {
        if (q.value(2).toLongLong() > q.value(1).toLongLong()) {
            ++r.overbooked;
            note(r, u"opportunity %1: %2 places taken of %3"_s.arg(q.value(0).toString())
                        .arg(q.value(2).toLongLong())
                        .arg(q.value(1).toLongLong()));
        }
    }
    if (persons < 0 || signupRows < 0 || twice < 0) {
        ++r.lost;
        note(r, u"cannot count the persons and sign-ups"_s);
    }
    return r;
}

} // namespace LoadCheck
