// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The payload hash the server stores for every mutation decides whether a resend is the
// same mutation (answered from the stored outcome) or a conflict set aside for staff. It must
// not change between server versions, nor with the JSON's key order or spacing: a device
// that resends after an upgrade would otherwise see its own mutations as conflicts.

#include "server/auth.h"
#include "core/personalcode.h"
#include "server/routes.h"
#include "common/syncfixture.h"
#include "protocol/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

// The definition in docs/sync-protocol.md: SHA-256 (hex) of the compact JSON of
// {"id", "kind", "payload"} with keys sorted.
QByteArray definedHash(const QString &id, const QString &kind, const QJsonObject &payload)
{
    const QJsonObject hashed{{u"id"_s, id}, {u"kind"_s, kind}, {u"payload"_s, payload}};
    return Server::Auth::hashSecret(QJsonDocument(hashed).toJson(QJsonDocument::Compact));
}

QByteArray pushBody(const QString &id, const QString &kind, const QByteArray &payloadJson)
{
    return R"({"mutations":[{"seq":1,"id":")" + id.toLatin1() + R"(","kind":")" + kind.toLatin1()
           + R"(","deviceTime":"2026-11-28T10:00:00.000Z","payload":)" + payloadJson + "}]}";
}

} // namespace

class TestPushHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsTheDefinedOne_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("payload");

        QRandomGenerator rng(20261128);
        Person p = Fixtures::person(u"Zoë"_s, u"Ağaoğlu-D'Souza"_s);
        const ConsentRecord consent = Fixtures::contactConsent(p, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
        QTest::newRow("registration, non-ASCII")
            << u"registration"_s << QJsonObject{{u"person"_s, Wire::toJson(p)}, {u"consents"_s, QJsonArray{Wire::toJson(consent)}}};
        Signup s;
        s.id = Fixtures::uuid();
        s.personId = p.id;
        s.opportunityId = u"moestuin"_s;
        s.referenceCode = generateReferenceCode(rng);
        s.createdAt = QDateTime(QDate(2026, 11, 28), QTime(10, 1), Qt::UTC);
        QTest::newRow("signup with identify and waitlist")
            << u"signup"_s
            << QJsonObject{{u"signup"_s, Wire::toJson(s)},
                           {u"identify"_s, QJsonObject{{u"personalCode"_s, generatePersonalCode(rng)}, {u"dateOfBirth"_s, u"1980-05-17"_s}}},
                           {u"waitlist"_s, true}};
    }

    void hashIsTheDefinedOne()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, payload);
        const QString id = Fixtures::uuid();
        // Keys in another order and with spaces, as another client might send them.
        QByteArray spaced = QJsonDocument(payload).toJson(QJsonDocument::Indented);
        const auto parsed = Server::parsePush(pushBody(id, kind, spaced), QDate(2026, 11, 28));
        if (const auto *problem = std::get_if<Server::Problem>(&parsed))
            QFAIL(qPrintable(u"the push must parse: "_s + problem->field + u' ' + problem->code));
        const QList<Server::Mutation> mutations = std::get<QList<Server::Mutation>>(parsed);
        QCOMPARE(mutations.size(), 1);
        QCOMPARE(mutations.first().payloadHash, definedHash(id, kind, payload));

        const auto compact = Server::parsePush(pushBody(id, kind, QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                                               QDate(2026, 11, 28));
        QCOMPARE(std::get<QList<Server::Mutation>>(compact).first().payloadHash, mutations.first().payloadHash);
    }

    void anotherPayloadHashesDifferently()
    {
        Person p = Fixtures::person(u"Zoë"_s);
        const QString id = Fixtures::uuid();
        QJsonObject payload{{u"person"_s, Wire::toJson(p)}, {u"consents"_s, QJsonArray{}}};
        const auto first = Server::parsePush(pushBody(id, u"registration"_s, QJsonDocument(payload).toJson()),
                                             QDate(2026, 11, 28));
        p.givenName = u"Zoe"_s;
        payload.insert(u"person"_s, Wire::toJson(p));
        const auto second = Server::parsePush(pushBody(id, u"registration"_s, QJsonDocument(payload).toJson()),
                                              QDate(2026, 11, 28));
        QVERIFY(std::get<QList<Server::Mutation>>(first).first().payloadHash
                != std::get<QList<Server::Mutation>>(second).first().payloadHash);
    }
};

QTEST_GUILESS_MAIN(TestPushHash)
#include "tst_pushhash.moc"
