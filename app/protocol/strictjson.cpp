// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/strictjson.h"

#include "protocol/jsonreader.h"

#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <deque>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

// One open object or array while scanning.
struct Frame
{
    bool object = false;
    qsizetype index = 0;         // arrays: the item being read
    QByteArrayView key;          // objects: the key being read (decoded)
    // Keys seen so far: a short list, and a set once an object grows large (a hostile body
    // of 150,000 keys must not cost 150,000² comparisons).
    QVarLengthArray<QByteArrayView, 16> few;
    QSet<QByteArrayView> many;

    bool insert(QByteArrayView k)
    {
        if (!many.isEmpty()) {
            if (many.contains(k))
                return false;
            many.insert(k);
            return true;
        }
        if (std::find(few.cbegin(), few.cend(), k) != few.cend())
            return false;
        if (few.size() < 16) {
            few.append(k);
            return true;
        }
        many.reserve(64);
        for (QByteArrayView seen : std::as_const(few))
            many.insert(seen);
        many.insert(k);
        return true;
    }
};

// The UTF-8 of a JSON string's content with its escapes resolved (the JSON is valid).
QByteArray unescape(QByteArrayView raw)
{
    QString out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            const qsizetype from = i;
            while (i + 1 < raw.size() && raw[i + 1] != '\\')
                ++i;
            out += QString::fromUtf8(raw.sliced(from, i - from + 1));
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u':
            out += QChar(char16_t(raw.sliced(i + 1, 4).toUShort(nullptr, 16)));
            i += 4;
            break;
        default: out += QLatin1Char(e); break; // " \ /
        }
    }
    return out.toUtf8();
}

QString pathOf(const QVarLengthArray<Frame, 16> &stack, QByteArrayView duplicate)
{
    QString path;
    for (const Frame &f : stack) {
        if (&f == &stack.back())
            break;
        if (f.object)
            path += (path.isEmpty() ? QString() : u"."_s) + QString::fromUtf8(f.key);
        else
            path = itemPath(path, f.index);
    }
    return path.isEmpty() ? QString::fromUtf8(duplicate) : path + u'.' + QString::fromUtf8(duplicate);
}

} // namespace

std::optional<QString> firstDuplicateKey(QByteArrayView json)
{
    QVarLengthArray<Frame, 16> stack;
    std::deque<QByteArray> decoded; // owns the keys that had escapes; views point into it
    bool keyNext = false;
    const char *d = json.data();
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        switch (d[i]) {
        case '{':
            stack.append(Frame{});
            stack.back().object = true;
            keyNext = true;
            break;
        case '[':
            stack.append(Frame{});
            break;
        case '}':
        case ']':
            stack.removeLast();
            keyNext = false;
            break;
        case ',':
            if (stack.back().object)
                keyNext = true;
            else
                ++stack.back().index;
            break;
        case '"': {
            // The closing quote is the first one not escaped: found with memchr, then the
            // backslashes before it counted (an even number escape each other).
            const qsizetype from = i + 1;
            for (;;) {
                const char *quote = static_cast<const char *>(std::memchr(d + i + 1, '"', size_t(n - i - 1)));
                i = quote - d;
                qsizetype backslashes = 0;
                while (d[i - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            if (!keyNext)
                break;
            keyNext = false;
            QByteArrayView key = json.sliced(from, i - from);
            if (std::memchr(key.data(), '\\', size_t(key.size()))) {
                decoded.push_back(unescape(key));
                key = decoded.back();
            }
            Frame &top = stack.back();
            top.key = key;
            if (!top.insert(key))
                return pathOf(stack, key);
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

Validated<QJsonObject> strictJsonObject(const QByteArray &body)
{
    if (body.startsWith("\xEF\xBB\xBF"))
        return {{}, FieldError{QString(), u"json.bom"_s,
                               JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "Send JSON without a byte order mark (BOM)."))}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, FieldError{QString(), u"json.syntax"_s,
                               u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)}};
    if (!doc.isObject())
        return {{}, FieldError{QString(), u"json.notObject"_s, u"The body must be a JSON object."_s}};
    if (const auto duplicate = firstDuplicateKey(body))
        return {{}, FieldError{*duplicate, u"json.duplicateKey"_s,
                               JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This field is given twice."))}};
    return {doc.object(), std::nullopt};
}

} // namespace Wire
