// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/logformat.h"
#include "server/securitylog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Server::LogFormat;

// The server's log as journald, Loki or a SIEM take it: one JSON object per line with time,
// level, category, message and fields.
class TestLogFormat : public QObject
{
    Q_OBJECT

private slots:
    void chosenByOptionAndJournal_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("underJournal");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::newRow("auto at a terminal") << u"auto"_s << false << int(LogFormat::Text);
        QTest::newRow("auto under systemd") << u"auto"_s << true << int(LogFormat::Json);
        QTest::newRow("text under systemd") << u"text"_s << true << int(LogFormat::Text);
        QTest::newRow("json at a terminal") << u"json"_s << false << int(LogFormat::Json);
        QTest::newRow("unknown") << u"xml"_s << false << -1;
    }

    void chosenByOptionAndJournal()
    {
        QFETCH(QString, option);
        QFETCH(bool, underJournal);
        QFETCH(int, expected);
        const auto format = Server::logFormatFromOption(option, underJournal);
        QCOMPARE(format ? int(*format) : -1, expected);
    }

    void ordinaryMessage()
    {
        const QDateTime at(QDate(2026, 12, 6), QTime(15, 4, 5, 123), Qt::UTC);
        const QByteArray line = Server::jsonLogLine(QtInfoMsg, "meedoen.server.routes",
                                                    u"enrolled device d-1 kiosk site-a\n"_s, at);
        QVERIFY(!line.contains('\n'));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"time"_s).toString(), u"2026-12-06T15:04:05.123Z"_s);
        QCOMPARE(o.value(u"level"_s).toString(), u"info"_s);
        QCOMPARE(o.value(u"category"_s).toString(), u"meedoen.server.routes"_s);
        QCOMPARE(o.value(u"message"_s).toString(), u"enrolled device d-1 kiosk site-a\n"_s);
        QCOMPARE(o.value(u"fields"_s).toObject(), QJsonObject());
    }

    // A security event's own JSON becomes the message (its name) and the fields, so alerts
    // match on message == "rate-limited" and fields.device.
    void securityEventKeepsItsFields()
    {
        const QByteArray event = Server::securityEventLine("rate-limited", {{"device", u"d-1"_s}, {"count", 3}});
        const QByteArray line = Server::jsonLogLine(QtWarningMsg, "meedoen.security", QString::fromUtf8(event),
                                                    QDateTime::currentDateTimeUtc());
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"level"_s).toString(), u"warning"_s);
        QCOMPARE(o.value(u"message"_s).toString(), u"rate-limited"_s);
        QCOMPARE(o.value(u"fields"_s).toObject(), (QJsonObject{{u"device"_s, u"d-1"_s}, {u"count"_s, 3}}));
    }
};

QTEST_GUILESS_MAIN(TestLogFormat)
#include "tst_logformat.moc"
