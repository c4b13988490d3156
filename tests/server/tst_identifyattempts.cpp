// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the server writes to its security log when a tenant's code and date of birth are
// guessed (IdentifyAttempts, docs/security/guess.md): one "identify-failed" line per failure
// and one "code-locked" line for the lock, with the device and the counts, never the code or
// a date that was tried. The store on an SQLite file, without the HTTP process.

#include "core/personalcode.h"
#include "server/routes.h"
#include "server/securitylog.h"
#include "server/store/store.h"
#include "common/syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

QStringList g_securityLines;

void collectSecurityLines(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QByteArray(context.category) == lcSecurity().categoryName())
        g_securityLines.append(message);
}

} // namespace

class TestIdentifyAttempts : public QObject
{
    Q_OBJECT

    QList<Server::Mutation> parsed(const QJsonArray &mutations)
    {
        const QByteArray body = QJsonDocument(QJsonObject{{u"mutations"_s, mutations}}).toJson(QJsonDocument::Compact);
        const auto result = Server::parsePush(body, QDate::currentDate());
        if (const auto *problem = std::get_if<Server::Problem>(&result))
            qFatal("the push must parse: %s %s", qPrintable(problem->field), qPrintable(problem->code));
        return std::get<QList<Server::Mutation>>(result);
    }

    static QJsonObject mutation(qint64 seq, const QString &kind, const QJsonObject &payload)
    {
        return Fixtures::mutationJson(seq, kind, payload);
    }

    Server::Device enrolled(Server::Store &store, const QString &kind, const QString &name)
    {
        const QByteArray code = name.toLatin1() + "-code";
        if (!store.addEnrollmentCode(code, kind, u"site-a"_s, QDateTime::currentDateTimeUtc().addSecs(600)))
            qFatal("cannot add an enrolment code: %s", qPrintable(store.lastError()));
        const auto device = store.redeemEnrollmentCode(code, name, name.toLatin1() + "-token", QDateTime::currentDateTimeUtc());
        if (!device)
            qFatal("cannot enrol: %s", qPrintable(store.lastError()));
        return *device;
    }

private Q_SLOTS:
    void securityLinesHoldNoGuessedValues()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const auto store = Server::openStore(u"sqlite:"_s + dir.filePath(u"server.db"_s), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->migrate(), qPrintable(store->lastError()));
        const Server::Device kiosk = enrolled(*store, u"kiosk"_s, u"kiosk-1"_s);
        const Server::Device phone = enrolled(*store, u"phone"_s, u"phone-1"_s);

        Person p = Fixtures::person(u"Tenant"_s);
        QRandomGenerator rng(17);
        p.personalCode = generatePersonalCode(rng);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store->push(kiosk, parsed({mutation(1, u"registration"_s, Fixtures::registrationPayload(p))}), now));

        g_securityLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectSecurityLines);
        QStringList tried;
        QJsonArray guesses;
        for (int i = 0; i < 5; ++i) {
            const QString date = QDate(1960, 1, 1 + i).toString(Qt::ISODate);
            tried.append(date);
            guesses.append(mutation(i + 1, u"link"_s,
                                    {{u"identify"_s, QJsonObject{{u"personalCode"_s, p.personalCode}, {u"dateOfBirth"_s, date}}}}));
        }
        // Three compared on this phone, then it waits; a second phone's two more lock the code.
        const auto first = store->push(phone, parsed(guesses), now);
        const Server::Device other = enrolled(*store, u"phone"_s, u"phone-2"_s);
        QJsonArray more;
        for (int i = 3; i < 5; ++i) {
            QJsonObject m = guesses.at(i).toObject();
            m.insert(u"seq"_s, double(i - 2));
            more.append(m);
        }
        const auto second = store->push(other, parsed(more), now);
        qInstallMessageHandler(previous);
        QVERIFY(first && second);

        QCOMPARE(g_securityLines.size(), 5 + 1); // five failures, one lock
        int failed = 0, locked = 0;
        for (const QString &line : std::as_const(g_securityLines)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            const QString event = o.value(u"event"_s).toString();
            failed += event == u"identify-failed"_s;
            locked += event == u"code-locked"_s;
            QVERIFY2(o.value(u"device"_s).toString().startsWith(u"phone-"_s), qPrintable(line));
            QVERIFY2(!line.contains(p.personalCode), qPrintable(line));
            QVERIFY2(!line.contains(p.id), qPrintable(line));
            QVERIFY2(!line.contains(p.dateOfBirth.toString(Qt::ISODate)), qPrintable(line));
            for (const QString &date : std::as_const(tried))
                QVERIFY2(!line.contains(date), qPrintable(line));
        }
        QCOMPARE(failed, 5);
        QCOMPARE(locked, 1);
        const QJsonObject last = QJsonDocument::fromJson(g_securityLines.at(4).toUtf8()).object();
        QCOMPARE(last.value(u"codeFailures"_s).toInt(), 5);
        QCOMPARE(last.value(u"attemptsLeft"_s).toInt(), 0);

        // Unlocked by staff: audited, logged, and the tenant's own phone links.
        QCOMPARE(store->unlockPersonalCode(p.personalCode, u"test"_s, now), std::optional<bool>(true));
        QCOMPARE(store->unlockPersonalCode(p.personalCode, u"test"_s, now), std::optional<bool>(false));
        const Server::Device own = enrolled(*store, u"phone"_s, u"phone-3"_s);
        const auto linked = store->push(
            own,
            parsed({mutation(1, u"link"_s,
                             {{u"identify"_s, QJsonObject{{u"personalCode"_s, p.personalCode},
                                                          {u"dateOfBirth"_s, p.dateOfBirth.toString(Qt::ISODate)}}}})}),
            now);
        QVERIFY(linked);
        QCOMPARE(linked->results.at(0).toObject().value(u"status"_s).toString(), u"linked"_s);
    }
};

QTEST_GUILESS_MAIN(TestIdentifyAttempts)
#include "tst_identifyattempts.moc"
