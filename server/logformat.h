// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Server {

// How meedoen-server writes its log to stderr (docs/operations.md, "Logs").
enum class LogFormat {
    Text,   // Qt's default: "category: message", for a person at a terminal
    Json,   // one JSON object per line, for journald, Loki, a SIEM
};

// --log-format text|json|auto; auto is json under systemd (JOURNAL_STREAM is set when
// stderr goes to the journal) and text otherwise. Empty for any other value.
std::optional<LogFormat> logFormatFromOption(const QString &value, bool underJournal);

// One log line as JSON (no newline):
//   {"time":"2026-12-06T15:04:05.123Z","level":"warning","category":"meedoen.security",
//    "message":"rate-limited","fields":{"device":"…","count":1}}
// A security event's line (server/securitylog.h) is JSON already: its "event" becomes the
// message and its other keys the fields. Other messages keep their text; fields is empty.
// What goes in is what the code logs, which never names a person (docs/privacy.md).
QByteArray jsonLogLine(QtMsgType type, const char *category, const QString &message, const QDateTime &time);

// From now on every qDebug/qInfo/qWarning… of the process is written in `format`.
void installLogFormat(LogFormat format);

} // namespace Server
