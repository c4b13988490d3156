// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Mijn uren" on the phone (PhoneHours, its PhoneHoursModel and PhoneHoursRepository): the
// form keeps what was typed and says per field what is wrong; a saved entry waits in the
// outbox; an edit or a withdrawal goes the same way while staff have not verified it; the
// server's word (pushed outcomes, pulled entries and balance) shows on each entry in words.

#include "controllers/phonehours.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/registrationrepository.h"
#include "storage/transaction.h"
#include "sync/pullapplier.h"
#include "common/stafffixture.h"
#include "common/storagefixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

const QDateTime kNow(QDate(2026, 12, 6), QTime(11, 0), Qt::UTC);

QJsonObject page(const QJsonArray &changes, int cursor)
{
    return {{u"changes"_s, changes}, {u"cursor"_s, QString::number(cursor)}, {u"more"_s, false}};
}

using StaffFixture::change; // a pulled change is the same for a phone

} // namespace

class TestPhoneHours : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PhoneHours> m_hours;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_tenant;

    QString stateOf(const QString &entryId) const
    {
        const PhoneHoursModel *model = m_hours->entries();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row);
            if (i.data(PhoneHoursModel::EntryIdRole).toString() == entryId)
                return i.data(PhoneHoursModel::StateRole).toString() + u" | "_s
                       + i.data(PhoneHoursModel::StateTextRole).toString();
        }
        return {};
    }
    QString onlyEntryId() const
    {
        return m_hours->entries()->rowCount() == 1
                   ? m_hours->entries()->index(0).data(PhoneHoursModel::EntryIdRole).toString()
                   : QString();
    }
    int pendingHours() const { return Outbox(m_db->connection()).pendingCount(Wire::MutationKind::Hours); }
    // What waits for the server about hours (the tenant's registration and sign-up are left out).
    QList<Outbox::Entry> pendingHoursRows() const
    {
        QList<Outbox::Entry> rows;
        for (const Outbox::Entry &e : Outbox(m_db->connection()).pending(100)) {
            if (e.kind == Wire::MutationKind::Hours || e.kind == Wire::MutationKind::HoursWithdraw)
                rows.append(e);
        }
        return rows;
    }
    bool fill(const QString &date, const QString &duration, const QString &note = {})
    {
        m_hours->setField(u"date"_s, date);
        m_hours->setField(u"duration"_s, duration);
        m_hours->setField(u"note"_s, note);
        return m_hours->save();
    }
    // The server's answer to the outbox row with this seq, as the sync client records it.
    bool answer(qint64 seq, Wire::MutationKind kind, const QString &entryId, const Wire::Outcome &outcome)
    {
        QSqlDatabase db = m_db->connection();
        Transaction tx(db);
        Wire::Outcome o = outcome;
        o.seq = seq;
        return tx.isActive() && PhoneHoursRepository(db).applyOutcome(kind, entryId, o)
               && Outbox(db).markAcknowledged({seq}, kNow) && tx.commit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"phone-%1.db"_s.arg(++m_n))), Database::Status::Open);
        CatalogueRepository catalogue(m_db->connection());
        Opportunity tuin, stage;
        tuin.id = u"moestuin-wielewaal"_s; // StorageFixtures::signup's opportunity
        tuin.title = u"Moestuin De Wielewaal"_s;
        tuin.kind = OpportunityKind::SelfManagement;
        tuin.neighbourhood = u"wielewaal"_s;
        tuin.site = {u"site-a"_s, u"Buurthuis De Wielewaal"_s, u"wielewaal"_s, u"Wielewaalplein 3"_s, 51.87, 4.49};
        stage = tuin;
        stage.id = u"stage-zorg"_s;
        stage.title = u"Stage in de zorg"_s;
        stage.kind = OpportunityKind::TrainingPlace;
        QVERIFY(catalogue.upsert({{u"wielewaal"_s, u"Wielewaal"_s, u"Rotterdam"_s}}, {tuin.site}, {tuin, stage}));
        RegistrationRepository registrations(m_db->connection());
        const Submission sub = StorageFixtures::registrationWithSignup(1);
        QVERIFY(registrations.submit(sub, kNow.addDays(-30)));
        m_tenant = sub.newPerson->id;
        QVERIFY(registrations.applyOutcome(sub.signup->id, SignupState::Confirmed, 0, {}, 1));
        Signup training = StorageFixtures::signup(2, m_tenant);
        training.opportunityId = stage.id;
        training.state = SignupState::Confirmed;
        QVERIFY(registrations.keepPulledSignup(training));

        m_hours = std::make_unique<PhoneHours>(m_db->connection());
        m_hours->setClock([] { return kNow; });
        m_tester = std::make_unique<QAbstractItemModelTester>(m_hours->entries(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_hours->setPersonId(m_tenant);
    }

    void cleanup()
    {
        m_tester.reset();
        m_hours.reset();
        m_db.reset();
    }

    void onlyConfirmedVolunteerOrZelfbeheerPlaces()
    {
        QVERIFY(m_hours->canLog());
        QCOMPARE(m_hours->choices().size(), 1);
        QCOMPARE(m_hours->choices().first().toMap().value(u"title"_s).toString(), u"Moestuin De Wielewaal"_s);
        QCOMPARE(m_hours->fields().value(u"opportunityId"_s).toString(), u"moestuin-wielewaal"_s);
        QCOMPARE(m_hours->fields().value(u"date"_s).toString(), u"6-12-2026"_s); // today, ready to save
        QVERIFY(!m_hours->hasAgreement());
    }

    void badInputKeepsWhatWasTyped_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("field");
        QTest::newRow("tomorrow") << u"7-12-2026"_s << u"1:00"_s << u"date"_s;
        QTest::newRow("too long ago") << u"1-9-2026"_s << u"1:00"_s << u"date"_s;
        QTest::newRow("no date") << QString() << u"1:00"_s << u"date"_s;
        QTest::newRow("not a quarter") << u"5-12-2026"_s << u"1:10"_s << u"duration"_s;
        QTest::newRow("no duration") << u"5-12-2026"_s << QString() << u"duration"_s;
        QTest::newRow("over twelve hours") << u"5-12-2026"_s << u"13"_s << u"duration"_s;
    }
    void badInputKeepsWhatWasTyped()
    {
        QFETCH(QString, date);
        QFETCH(QString, duration);
        QFETCH(QString, field);
        QSignalSpy errors(m_hours.get(), &PhoneHours::errorsChanged);
        QVERIFY(errors.isValid());
        QVERIFY(!fill(date, duration, u"Onkruid"_s));
        QVERIFY(errors.count() > 0);
        QVERIFY(!m_hours->errors().value(field).toString().isEmpty());
        QCOMPARE(m_hours->errors().size(), 1);
        QCOMPARE(m_hours->fields().value(u"date"_s).toString(), date);
        QCOMPARE(m_hours->fields().value(u"duration"_s).toString(), duration);
        QCOMPARE(m_hours->fields().value(u"note"_s).toString(), u"Onkruid"_s);
        QCOMPARE(pendingHours(), 0);
        QCOMPARE(m_hours->entries()->rowCount(), 0);
    }

    // A phone whose storage is full: the hours are not saved, the form says why and keeps
    // what was typed, the entries saved before stay; with room again the same form saves.
    void fullPhoneKeepsTheForm()
    {
        QVERIFY(fill(u"6-12-2026"_s, u"1:30"_s, u"Eerste keer"_s));
        QVERIFY(!onlyEntryId().isEmpty());
        QVERIFY(StorageFixtures::fillToPageLimit(m_db->connection()));
        m_hours->refresh();
        QCOMPARE(m_hours->entries()->rowCount(), 1);

        // Quarters on the days before until one does not fit (a save that finds room in a
        // page still fits on a full disk): that one is the subject from here on.
        QString date;
        int saved = 0;
        for (int day = 0; day < 30 && date.isEmpty(); ++day) {
            const QString d = kNow.date().addDays(-day).toString(u"d-M-yyyy"_s);
            for (int q = 0; q < 40; ++q) {
                if (!fill(d, u"0:15"_s, u"Onkruid gewied"_s)) {
                    date = d;
                    break;
                }
                ++saved;
            }
        }
        QVERIFY2(!date.isEmpty(), "the disk never filled up");
        const QString form = m_hours->errors().value(u"form"_s).toString();
        QVERIFY2(form.contains(u"vol"_s), qPrintable(form));
        QCOMPARE(m_hours->fields().value(u"date"_s).toString(), date);
        QCOMPARE(m_hours->fields().value(u"duration"_s).toString(), u"0:15"_s);
        QCOMPARE(m_hours->fields().value(u"note"_s).toString(), u"Onkruid gewied"_s);
        QCOMPARE(m_hours->entries()->rowCount(), 1 + saved);
        QCOMPARE(pendingHours(), 1 + saved);

        QVERIFY(StorageFixtures::liftPageLimit(m_db->connection()));
        QVERIFY(m_hours->save());
        QVERIFY(!m_hours->errors().contains(u"form"_s));
        QCOMPARE(m_hours->entries()->rowCount(), 2 + saved);
        QCOMPARE(pendingHours(), 2 + saved);
    }

    void twelveHoursADayOverAllEntries()
    {
        QVERIFY(fill(u"5-12-2026"_s, u"8:00"_s));
        QVERIFY(!fill(u"5-12-2026"_s, u"4:15"_s));
        QVERIFY(m_hours->errors().contains(u"duration"_s));
        QVERIFY(fill(u"5-12-2026"_s, u"4:00"_s));
    }

    void savedEntryWaitsThenShowsTheServersWord()
    {
        QSignalSpy saved(m_hours.get(), &PhoneHours::saved);
        QVERIFY(saved.isValid());
        QVERIFY(fill(u"3-12-2026"_s, u"1,5"_s, u"Onkruid gewied"_s));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(pendingHours(), 1);
        QVERIFY(m_hours->fields().value(u"duration"_s).toString().isEmpty()); // a new, empty form
        const QString id = onlyEntryId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_hours->entries()->index(0).data(PhoneHoursModel::DurationTextRole).toString(), u"1:30"_s);
        QVERIFY(stateOf(id).startsWith(u"queued | "_s));
        const auto pending = pendingHoursRows();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().payload.value(u"entry"_s).toObject().value(u"minutes"_s).toInt(), 90);

        QVERIFY(answer(pending.first().seq, Wire::MutationKind::Hours, id, Wire::Outcome::accepted(0)));
        m_hours->refresh();
        QVERIFY(stateOf(id).startsWith(u"sent | "_s));

        // Staff verify it on a tablet: the pull brings the entry and the month's balance.
        QJsonObject hours{{u"id"_s, id}, {u"personId"_s, m_tenant}, {u"opportunityId"_s, u"moestuin-wielewaal"_s},
                          {u"date"_s, u"2026-12-03"_s}, {u"minutes"_s, 90}, {u"verified"_s, true}};
        QJsonObject balance{{u"personId"_s, m_tenant}, {u"month"_s, u"2026-12"_s}, {u"agreedMinutes"_s, 480},
                            {u"loggedMinutes"_s, 90}, {u"verifiedMinutes"_s, 90}};
        QVERIFY(PullApplier::apply(m_db->connection(),
                                   page({change(1, u"hours"_s, id, hours),
                                         change(2, u"balance"_s, m_tenant + u"/2026-12"_s, balance)},
                                        2),
                                   PullApplier::Scope::Tenant));
        m_hours->refresh();
        QCOMPARE(stateOf(id), u"verified | Goedgekeurd"_s);
        QVERIFY(!m_hours->entries()->index(0).data(PhoneHoursModel::CanChangeRole).toBool());
        QVERIFY(!m_hours->startEdit(id));
        QVERIFY(!m_hours->withdraw(id));
        // Not even the repository itself changes a verified entry, nor queues anything for it.
        const int queued = pendingHours();
        Meedoen::HoursEntry changed;
        changed.id = id;
        changed.personId = m_tenant;
        changed.opportunityId = u"moestuin-wielewaal"_s;
        changed.date = QDate(2026, 12, 3);
        changed.minutes = 600;
        QVERIFY(!PhoneHoursRepository(m_db->connection()).log(changed, QDateTime::currentDateTimeUtc(), u"m-late-edit"_s));
        QCOMPARE(pendingHours(), queued);
        QCOMPARE(m_hours->entries()->index(0).data(PhoneHoursModel::MinutesRole).toInt(), 90);
        QVERIFY(m_hours->hasAgreement());
        QCOMPARE(m_hours->balance().value(u"agreed"_s).toString(), u"8:00"_s);
        QCOMPARE(m_hours->balance().value(u"verified"_s).toString(), u"1:30"_s);
        QCOMPARE(m_hours->balance().value(u"left"_s).toString(), u"6:30"_s);
    }

    void editAndWithdrawWhileNotVerified()
    {
        QVERIFY(fill(u"3-12-2026"_s, u"2"_s));
        const QString id = onlyEntryId();
        QVERIFY(m_hours->startEdit(id));
        QCOMPARE(m_hours->editingId(), id);
        QCOMPARE(m_hours->fields().value(u"duration"_s).toString(), u"2:00"_s);
        m_hours->setField(u"duration"_s, u"2:15"_s);
        QVERIFY(m_hours->save());
        QCOMPARE(m_hours->entries()->rowCount(), 1); // the same entry, changed
        QCOMPARE(m_hours->entries()->index(0).data(PhoneHoursModel::MinutesRole).toInt(), 135);
        QCOMPARE(pendingHours(), 2); // the entry, then its edit: same id
        const auto pending = pendingHoursRows();
        QCOMPARE(pending.at(1).payload.value(u"entry"_s).toObject().value(u"id"_s).toString(), id);

        QVERIFY(m_hours->withdraw(id));
        QCOMPARE(m_hours->entries()->rowCount(), 0);
        const auto withdrawal = pendingHoursRows().last();
        QCOMPARE(withdrawal.kind, Wire::MutationKind::HoursWithdraw);
        QVERIFY(answer(withdrawal.seq, Wire::MutationKind::HoursWithdraw, id, Wire::Outcome::accepted(0)));
        QVERIFY(!PhoneHoursRepository(m_db->connection()).entry(id));
    }

    void withdrawalRefusedBecauseStaffWereFirst()
    {
        QVERIFY(fill(u"3-12-2026"_s, u"1"_s));
        const QString id = onlyEntryId();
        QVERIFY(m_hours->withdraw(id));
        const auto withdrawal = pendingHoursRows().last();
        QVERIFY(answer(withdrawal.seq, Wire::MutationKind::HoursWithdraw, id,
                       Wire::Outcome::refused(0, Wire::Reason::EntryVerified)));
        m_hours->refresh();
        QCOMPARE(onlyEntryId(), id); // back on the list
    }

    void refusedAndCorrectedInWords()
    {
        QVERIFY(fill(u"3-12-2026"_s, u"1"_s));
        const QString refused = onlyEntryId();
        QVERIFY(answer(pendingHoursRows().first().seq, Wire::MutationKind::Hours, refused,
                       Wire::Outcome::refused(0, Wire::Reason::DateOutsideWindow)));
        m_hours->refresh();
        const QString text = stateOf(refused);
        QVERIFY2(text.startsWith(u"rejected | Afgekeurd: "_s), qPrintable(text));
        QVERIFY2(!text.contains(u"date-outside-window"_s), qPrintable(text)); // no key on the screen

        // Staff logged 3 hours for the tenant and corrected them to 2:30; another one to 0.
        const auto entry = [this](const QString &id, int minutes) {
            return QJsonObject{{u"id"_s, id}, {u"personId"_s, m_tenant}, {u"opportunityId"_s, u"moestuin-wielewaal"_s},
                               {u"date"_s, u"2026-12-01"_s}, {u"minutes"_s, minutes}, {u"verified"_s, false}};
        };
        const QString a = u"a0000000-0000-4000-8000-00000000000a"_s, ac = u"a0000000-0000-4000-8000-0000000000ac"_s;
        const QString b = u"b0000000-0000-4000-8000-00000000000b"_s, bc = u"b0000000-0000-4000-8000-0000000000bc"_s;
        QJsonObject original = entry(a, 180), correction = entry(ac, 150), other = entry(b, 60), zero = entry(bc, 0);
        original.insert(u"supersededBy"_s, ac);
        correction.insert(u"correctsEntryId"_s, a);
        other.insert(u"supersededBy"_s, bc);
        zero.insert(u"correctsEntryId"_s, b);
        zero.insert(u"note"_s, u"Die dag was de tuin dicht"_s);
        QVERIFY(PullApplier::apply(m_db->connection(),
                                   page({change(1, u"hours"_s, a, original), change(2, u"hours"_s, ac, correction),
                                         change(3, u"hours"_s, b, other), change(4, u"hours"_s, bc, zero)},
                                        4),
                                   PullApplier::Scope::Tenant));
        m_hours->refresh();
        QCOMPARE(m_hours->entries()->rowCount(), 3); // corrections show on the entry they replace
        QCOMPARE(stateOf(a), u"corrected | Aangepast naar 2:30 uur"_s);
        QCOMPARE(stateOf(b), u"rejected | Afgekeurd: Die dag was de tuin dicht"_s);
    }
};

QTEST_GUILESS_MAIN(TestPhoneHours)
#include "tst_phonehours.moc"
