// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/logformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Server {

namespace {

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return u"debug"_s;
    case QtInfoMsg: return u"info"_s;
    case QtWarningMsg: return u"warning"_s;
    case QtCriticalMsg: return u"critical"_s;
    case QtFatalMsg: return u"fatal"_s;
    }
    return u"info"_s;
}

void writeJson(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Worker threads (password checks) log too: one whole line at a time.
    static QMutex lock;
    const QByteArray line =
        jsonLogLine(type, context.category, message, QDateTime::currentDateTimeUtc()) + '\n';
    const QMutexLocker locker(&lock);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

std::optional<LogFormat> logFormatFromOption(const QString &value, bool underJournal)
{
    if (value == "text"_L1)
        return LogFormat::Text;
    if (value == "json"_L1)
        return LogFormat::Json;
    if (value == "auto"_L1)
        return underJournal ? LogFormat::Json : LogFormat::Text;
    return std::nullopt;
}

QByteArray jsonLogLine(QtMsgType type, const char *category, const QString &message, const QDateTime &time)
{
    const QString categoryName = QString::fromLatin1(category ? category : "default");
    QString text = message;
    QJsonObject fields;
    if (categoryName == "meedoen.security"_L1) {
        QJsonParseError error;
        const QJsonDocument event = QJsonDocument::fromJson(message.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && event.isObject()) {
            fields = event.object();
            text = fields.take(u"event"_s).toString();
        }
    }
    const QJsonObject line{
        {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
        {u"level"_s, levelName(type)},
        {u"category"_s, categoryName},
        {u"message"_s, text},
        {u"fields"_s, fields},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

void installLogFormat(LogFormat format)
{
    qInstallMessageHandler(format == LogFormat::Json ? &writeJson : nullptr);
}

} // namespace Server
