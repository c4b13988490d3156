// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Wire::strictJsonObject: the server reads a body as exactly one meaning, or refuses it.
#include "protocol/strictjson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A push body of 100 registrations, the protocol's largest batch.
QByteArray largePush()
{
    QJsonArray mutations;
    for (int i = 0; i < 100; ++i) {
        const QJsonObject person{{u"id"_s, u"6f1c2a52-3c1e-4f0a-9d59-2b6a4c1e8f01"_s}, {u"givenName"_s, u"Zoë"_s},
                                 {u"familyName"_s, u"Ağaoğlu"_s}, {u"phone"_s, u"+31612345678"_s},
                                 {u"postcode"_s, u"3083 BK"_s}, {u"houseNumber"_s, 12},
                                 {u"languages"_s, QJsonArray{u"nl"_s, u"tr"_s}}, {u"dateOfBirth"_s, u"1980-05-17"_s}};
        const QJsonObject consent{{u"purpose"_s, u"contact"_s}, {u"textVersion"_s, u"2026-11-01"_s},
                                  {u"givenAt"_s, u"2026-12-04T09:14:00.000Z"_s}};
        mutations.append(QJsonObject{{u"seq"_s, i + 1}, {u"id"_s, u"a1b2c3d4-0001-4000-8000-000000000001"_s},
                                     {u"kind"_s, u"registration"_s}, {u"deviceTime"_s, u"2026-12-04T09:15:00.000Z"_s},
                                     {u"payload"_s, QJsonObject{{u"person"_s, person}, {u"consents"_s, QJsonArray{consent, consent}}}}});
    }
    return QJsonDocument(QJsonObject{{u"mutations"_s, mutations}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        QTest::newRow("byte order mark") << "\xEF\xBB\xBF{\"mutations\":[]}"_ba << u"json.bom"_s << QString();
        QTest::newRow("not an object") << "[1,2]"_ba << u"json.notObject"_s << QString();
        QTest::newRow("cut off") << "{\"mutations\":["_ba << u"json.syntax"_s << QString();
        QTest::newRow("top-level key twice") << "{\"mutations\":[],\"mutations\":[1]}"_ba << u"json.duplicateKey"_s
                                             << u"mutations"_s;
        QTest::newRow("in the second mutation")
            << "{\"mutations\":[{\"seq\":1},{\"seq\":2,\"payload\":{\"signup\":{\"motivation\":\"ja\",\"motivation\":\"nee\"}}}]}"_ba
            << u"json.duplicateKey"_s << u"mutations[1].payload.signup.motivation"_s;
        QTest::newRow("spelled with an escape") << "{\"kind\":\"a\",\"\\u006bind\":\"b\"}"_ba << u"json.duplicateKey"_s
                                                << u"kind"_s;
        QTest::newRow("after a nested array") << "{\"a\":[[1,{\"b\":2}],3],\"c\":{},\"a\":1}"_ba << u"json.duplicateKey"_s
                                              << u"a"_s;
        QByteArray many = "{";
        for (int i = 0; i < 40; ++i)
            many += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        many += "\"k7\":0}";
        QTest::newRow("twice among 41 keys") << many << u"json.duplicateKey"_s << u"k7"_s;
    }

    void refuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto read = Wire::strictJsonObject(body);
        QVERIFY(!read.ok());
        QCOMPARE(read.error->code, code);
        QCOMPARE(read.error->field, field);
        QVERIFY(!read.error->message.isEmpty());
    }

    void accepts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty object") << "{}"_ba;
        QTest::newRow("same key in sibling objects") << "{\"x\":{\"a\":1},\"y\":{\"a\":2},\"z\":[{\"a\":3},{\"a\":4}]}"_ba;
        QTest::newRow("quotes and braces inside strings") << "{\"a\\\"b\":\"}{,\\\"a\\\"\",\"a\":\"[\",\"b\":1}"_ba;
        QTest::newRow("a value equal to a key") << "{\"a\":\"a\",\"b\":\"a\"}"_ba;
        QTest::newRow("keys that differ only by an escape") << "{\"a\\n\":1,\"a\":2}"_ba;
        QTest::newRow("whitespace everywhere") << " {\n \"a\" : [ 1 , 2 ] ,\t\"b\" : { } } "_ba;
        QTest::newRow("a push of 100 registrations") << largePush();
    }

    void accepts()
    {
        QFETCH(QByteArray, body);
        const auto read = Wire::strictJsonObject(body);
        QVERIFY2(read.ok(), read.error ? qPrintable(read.error->field + u' ' + read.error->code) : "");
        QCOMPARE(read.value, QJsonDocument::fromJson(body).object());
    }

    // A hostile object of 150,000 keys (about 1 MiB, the body limit) costs one pass, not
    // 150,000² comparisons.
    void manyKeysStayLinear()
    {
        QByteArray body = "{";
        for (int i = 0; i < 150000; ++i)
            body += "\"" + QByteArray::number(i, 36) + "\":0,";
        body += "\"0\":1}";
        QElapsedTimer timer;
        timer.start();
        const auto duplicate = Wire::firstDuplicateKey(body);
        QVERIFY(duplicate.has_value());
        QCOMPARE(*duplicate, u"0"_s);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // The duplicate scan next to the parse it follows (scripts: -- -iterations N).
    void benchmark_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("QJsonDocument only") << 0;
        QTest::newRow("duplicate scan only") << 1;
        QTest::newRow("strictJsonObject") << 2;
    }

    void benchmark()
    {
        QFETCH(int, what);
        const QByteArray body = largePush();
        QBENCHMARK {
            if (what == 2)
                QVERIFY(Wire::strictJsonObject(body).ok());
            else if (what == 1)
                QVERIFY(!Wire::firstDuplicateKey(body));
            else
                QVERIFY(QJsonDocument::fromJson(body).isObject());
        }
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
