// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/jsonreader.h"

#include <QCoreApplication>
#include <QUuid>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

QString JsonReader::translated(const char *text)
{
    return QCoreApplication::translate("Wire", text);
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

std::optional<QString> JsonReader::text(const QString &key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            setError(key, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
        return std::nullopt;
    }
    if (!v.isString()) {
        setError(key, u"type"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field must be text.")));
        return std::nullopt;
    }
    return v.toString();
}

QString JsonReader::accept(const QString &key, const Validated<QString> &checked)
{
    if (checked.error) {
        // The field's path is only needed for an error: built then, not for every field read.
        if (!m_error) {
            m_error = *checked.error;
            m_error->field = fieldPath(key);
        }
        return {};
    }
    return checked.value;
}

QString JsonReader::string(const QString &key, bool required, int maxLength, bool multiLine)
{
    const auto v = text(key, required);
    return v ? accept(key, validateFreeText(*v, QString(), maxLength, required, multiLine)) : QString();
}

QString JsonReader::code(const QString &key, bool required, int maxLength)
{
    const auto v = text(key, required);
    return v ? accept(key, validateCode(*v, QString(), maxLength, required)) : QString();
}

QString JsonReader::anyString(const QString &key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            setError(key, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
        return {};
    }
    if (!v.isString())
        setError(key, u"type"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field must be text.")));
    return v.toString();
}

QString JsonReader::uuid(const QString &key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            setError(key, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
        return {};
    }
    const QUuid id = v.isString() ? QUuid::fromString(v.toString()) : QUuid();
    if (id.isNull()) {
        setError(key, u"id.format"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be a UUID.")));
        return {};
    }
    return id.toString(QUuid::WithoutBraces);
}

void JsonReader::refuseValue(const QString &name)
{
    setError(name, u"enum"_s, translated(QT_TRANSLATE_NOOP("Wire", "This value is not one of the allowed ones.")));
}

QString JsonReader::oneOf(const QString &name, const QStringList &allowed)
{
    const QString value = key(name);
    if (m_error)
        return {};
    if (!allowed.contains(value)) {
        refuseValue(name);
        return {};
    }
    return value;
}

QString JsonReader::key(const QString &name, bool required)
{
    const QJsonValue v = take(name);
    if (v.isUndefined()) {
        if (required)
            setError(name, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
        return {};
    }
    if (!v.isString()) {
        setError(name, u"type"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field must be text.")));
        return {};
    }
    const auto checked = validateKey(v.toString(), fieldPath(name));
    if (checked.error || checked.value != v.toString()) {
        setError(name, checked.error ? checked.error->code : u"key.format"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be a key like abc-1.")));
        return {};
    }
    return checked.value;
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max, bool required, qint64 fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            setError(key, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
        return fallback;
    }
    // Within qint64 before converting: a double beyond it (1e300) made a qint64 is undefined
    // behaviour (fuzz_push found it, tests/fuzz/reproducers/push).
    constexpr double kBeyond = 9223372036854775808.0; // 2^63
    const double d = v.toDouble();
    const bool whole = v.isDouble() && d >= -kBeyond && d < kBeyond && d == std::trunc(d);
    if (!whole || qint64(d) < min || qint64(d) > max) {
        setError(key, u"range"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be a whole number from %1 to %2.")).arg(min).arg(max));
        return fallback;
    }
    return qint64(d);
}

double JsonReader::real(const QString &key, double min, double max)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return 0;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        setError(key, u"range"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be a number from %1 to %2.")).arg(min).arg(max));
        return 0;
    }
    return v.toDouble();
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        setError(key, u"type"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be true or false.")));
    return v.toBool();
}

QDate JsonReader::date(const QString &key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            setError(key, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
        return {};
    }
    const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
    if (v.isString() && v.toString().isEmpty() && !required)
        return {};
    if (!d.isValid())
        setError(key, u"date"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be a date like 2026-12-31.")));
    return d;
}

QDateTime JsonReader::time(const QString &key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            setError(key, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
        return {};
    }
    if (v.isString() && v.toString().isEmpty() && !required)
        return {};
    const QDateTime t = v.isString() && v.toString().size() <= 40 ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs)
                                                                   : QDateTime();
    if (!t.isValid())
        setError(key, u"date"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be a time like 2026-12-31T09:00:00Z.")));
    return t;
}

QStringList JsonReader::tokens(const QString &key)
{
    const QJsonValue v = take(key);
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        setError(key, u"type"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be a list.")));
        return out;
    }
    const auto isToken = [](const QString &s) {
        if (s.isEmpty() || s.size() > 64)
            return false;
        return std::all_of(s.begin(), s.end(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        });
    };
    for (const QJsonValue &item : v.toArray()) {
        const QString s = item.toString();
        if (!item.isString() || !isToken(s)) {
            setError(key, u"token"_s,
                     translated(QT_TRANSLATE_NOOP("Wire", "Each entry must be a short key of lower-case letters, digits and hyphens.")));
            return {};
        }
        out.append(s);
    }
    return out;
}

QJsonArray JsonReader::array(const QString &key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() && required)
        setError(key, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
    else if (!v.isUndefined() && !v.isArray())
        setError(key, u"type"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be a list.")));
    return v.toArray();
}

QJsonObject JsonReader::object(const QString &key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() && required)
        setError(key, u"required"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is required.")));
    else if (!v.isUndefined() && !v.isObject())
        setError(key, u"type"_s, translated(QT_TRANSLATE_NOOP("Wire", "This must be an object.")));
    return v.toObject();
}

void JsonReader::adopt(const std::optional<FieldError> &error)
{
    if (error && !m_error)
        m_error = error;
}

void JsonReader::setError(const QString &key, const QString &code, const QString &message)
{
    if (!m_error)
        m_error = FieldError{fieldPath(key), code, message};
}

std::optional<FieldError> JsonReader::finish()
{
    // Every key read that the object has was counted once: if that is all of them, no key is
    // unknown. Otherwise find the first one nobody asked for.
    if (!m_error && m_present != m_object.size()) {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key())) {
                setError(it.key(), u"unknown"_s, translated(QT_TRANSLATE_NOOP("Wire", "This field is not known.")));
                break;
            }
        }
    }
    return m_error;
}

} // namespace Wire
