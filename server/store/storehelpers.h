// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small pieces every part of the store uses (server/store/sqlstore.h lists them): how times,
// ids and JSON are stored, and the shape of a mutation's outcome.

#include "core/isotime.h"
#include "protocol/outcome.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <initializer_list>

namespace StoreHelpers {

using namespace Qt::StringLiterals;

// Times are stored as UTC ISO 8601 text with milliseconds; empty when invalid.
using Meedoen::isoUtc;

// JSON columns are TEXT and bound as QString: a QByteArray would be bound as bytea on
// PostgreSQL and land in the column hex-escaped.
inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// A payload's UUID as the store keeps it (lower case, no braces).
inline QString uuidOf(const QJsonValue &v)
{
    return QUuid::fromString(v.toString()).toString(QUuid::WithoutBraces);
}

// An optional text column: NULL rather than ''.
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// "?, ?, ?" for n bound values.
inline QString placeholders(qsizetype n)
{
    QString marks;
    marks.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        marks += i ? u", ?"_s : u"?"_s;
    return marks;
}

// An outcome as the device gets it, and as it is stored for a resend (app/protocol/outcome.h).
inline QJsonObject outcome(const Wire::Outcome &o)
{
    return Wire::toJson(o);
}

} // namespace StoreHelpers
