// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The strict reader behind every reader of the wire (payloads, outcomes, changes, requests):
// reads the fields of one JSON object, remembers the first problem, and refuses in finish()
// the fields nobody asked for. Errors name the field by its JSON path
// ("mutations[3].payload.entry.minutes") with a stable code ("required", "type", "range",
// "id.format", "unknown" …) and a sentence. Used inside app/protocol only.

#include "core/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

namespace Wire {

class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    // Text checked with Meedoen::validateFreeText (control characters, encoding, length in
    // code points); trimmed. Multi-line text may hold line breaks.
    QString string(const QString &key, bool required = false, int maxLength = Meedoen::kMaxShortTextLength,
                   bool multiLine = true);
    // A code or identifier (Meedoen::validateCode: no control, format, direction or
    // zero-width character, no space but U+0020); trimmed.
    QString code(const QString &key, bool required = false, int maxLength = Meedoen::kMaxKeyLength);
    // Text as it is, of any content (the caller checks it; e.g. a typed code).
    QString anyString(const QString &key, bool required = false);
    // A UUID, returned without braces; code "id.format".
    QString uuid(const QString &key, bool required = true);
    // A short key of [a-z0-9-] (Meedoen::validateKey, exactly as sent); code "key.format".
    QString key(const QString &key, bool required = true);
    // Whole numbers only; absent gives `fallback`.
    qint64 integer(const QString &key, qint64 min, qint64 max, bool required = false, qint64 fallback = 0);
    double real(const QString &key, double min, double max);
    bool boolean(const QString &key);
    // "2026-12-31"; absent gives an invalid date (or "required").
    QDate date(const QString &key, bool required = false);
    // "2026-12-31T09:00:00.000Z"; absent gives an invalid time (or "required").
    QDateTime time(const QString &key, bool required = false);
    // A list of short tokens ([a-z0-9_-], at most 64 characters each).
    QStringList tokens(const QString &key);
    QJsonArray array(const QString &key, bool required = false);
    QJsonObject object(const QString &key, bool required = false);
    // One of the keys `fromKey` knows; code "enum".
    template<typename E>
    std::optional<E> enumeration(const QString &key, std::optional<E> (*fromKey)(QStringView), bool required = true)
    {
        if (!required && !m_object.contains(key)) {
            remember(key, false);
            return std::nullopt;
        }
        const QString s = code(key, required, Meedoen::kMaxKeyLength);
        if (m_error || (!required && s.isEmpty()))
            return std::nullopt;
        const std::optional<E> e = fromKey(s);
        if (!e)
            refuseValue(key);
        return e;
    }
    // A short key that must be one of `allowed`; code "enum" for any other.
    QString oneOf(const QString &key, const QStringList &allowed);
    // Whether the object has this key (it still counts as read).
    bool has(const QString &key)
    {
        const bool present = m_object.contains(key);
        remember(key, present);
        return present;
    }

    // Takes over an error found elsewhere (a nested reader, a validator), if none yet.
    void adopt(const std::optional<Meedoen::FieldError> &error);
    void setError(const QString &key, const QString &code, const QString &message);
    bool failed() const { return m_error.has_value(); }
    QString fieldPath(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    const QString &path() const { return m_path; }

    // Call after every field has been read: the first problem, or an unknown field.
    std::optional<Meedoen::FieldError> finish();
    // For what a device reads from the server: fields a newer server may add are passed
    // over; what is known must still be right.
    std::optional<Meedoen::FieldError> finishIgnoringUnknown() const { return m_error; }

    static QString translated(const char *text);

private:
    // The value is not one of the allowed ones: code "enum".
    void refuseValue(const QString &key);
    // The text of a field, or nullopt (absent, or not text: the error is set when it counts).
    std::optional<QString> text(const QString &key, bool required);
    // The validated value, or "" with the validator's error named by the field's path.
    QString accept(const QString &key, const Meedoen::Validated<QString> &checked);
    QJsonValue take(const QString &key)
    {
        QJsonValue v = m_object.value(key);
        remember(key, !v.isUndefined());
        return v;
    }
    // A short list and a count instead of a QSet: hashing every key of every object was a
    // good part of the cost of reading a pulled catalogue.
    void remember(const QString &key, bool present)
    {
        if (m_known.contains(key))
            return;
        m_known.append(key);
        if (present)
            ++m_present;
    }

    QJsonObject m_object;
    QString m_path;
    QVarLengthArray<QString, 40> m_known; // the keys read, each once
    qsizetype m_present = 0;              // how many of them the object has
    std::optional<Meedoen::FieldError> m_error;
};

// `path[index]`, the path of one item of a list.
QString itemPath(const QString &path, qsizetype index);

} // namespace Wire
