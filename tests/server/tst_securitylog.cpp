// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/securitylog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSecurityLog : public QObject
{
    Q_OBJECT

private slots:
    // IT's alerting parses each line as one JSON object: the event name plus its fields,
    // even when a field's value holds quotes or a newline.
    void lineIsOneJsonObject()
    {
        const QByteArray line = Server::securityEventLine(
            "login-failed", {{"device", u"dev-1\"\n"_s}, {"attempts", 3}});
        QVERIFY(!line.contains('\n'));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"event"_s).toString(), u"login-failed"_s);
        QCOMPARE(o.value(u"device"_s).toString(), u"dev-1\"\n"_s);
        QCOMPARE(o.value(u"attempts"_s).toInt(), 3);
    }

    // The line reaches the "meedoen.security" category, where journald and tests find it.
    void eventGoesToSecurityCategory()
    {
        QTest::ignoreMessage(QtWarningMsg, R"({"event":"rate-limited","limit":5})");
        Server::logSecurityEvent("rate-limited", {{"limit", 5}});
        QCOMPARE(QByteArray(lcSecurity().categoryName()), "meedoen.security"_ba);
    }
};

QTEST_GUILESS_MAIN(TestSecurityLog)
#include "tst_securitylog.moc"
