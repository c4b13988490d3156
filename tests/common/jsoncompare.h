// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Golden files: JSON compared as JSON (key order and spacing do not matter), with a readable
// diff on failure — each path whose value differs, or that one side lacks (KDE Itinerary's
// compareJson). MEEDOEN_UPDATE_GOLDEN=1 writes the actual value to the file instead, for a
// deliberate change of a shape; review the diff before committing it.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTest>

namespace JsonCompare {

using namespace Qt::StringLiterals;

inline void diff(const QJsonValue &expected, const QJsonValue &actual, const QString &path, QStringList &out)
{
    if (expected.type() != actual.type()) {
        out.append(u"%1: expected %2, got %3"_s.arg(path.isEmpty() ? u"(root)"_s : path,
                                                    QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                                                    QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact))));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const QString at = path.isEmpty() ? key : path + u'.' + key;
            if (!e.contains(key))
                out.append(u"%1: not expected, got %2"_s.arg(at, QString::fromUtf8(QJsonDocument(QJsonArray{a.value(key)}).toJson(QJsonDocument::Compact))));
            else if (!a.contains(key))
                out.append(u"%1: missing"_s.arg(at));
            else
                diff(e.value(key), a.value(key), at, out);
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (e.size() != a.size())
            out.append(u"%1: expected %2 items, got %3"_s.arg(path).arg(e.size()).arg(a.size()));
        for (qsizetype i = 0; i < std::min(e.size(), a.size()); ++i)
            diff(e.at(i), a.at(i), path + u'[' + QString::number(i) + u']', out);
    } else if (expected != actual) {
        out.append(u"%1: expected %2, got %3"_s.arg(path.isEmpty() ? u"(root)"_s : path,
                                                    QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                                                    QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact))));
    }
}

inline QJsonObject readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// True when `actual` equals the golden file at `path`; otherwise prints the differences.
inline bool matchesGolden(const QJsonObject &actual, const QString &path)
{
    if (qEnvironmentVariableIntValue("MEEDOEN_UPDATE_GOLDEN") == 1) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "no golden file" << path << "(MEEDOEN_UPDATE_GOLDEN=1 writes it)";
        return false;
    }
    QJsonParseError error;
    const QJsonDocument expected = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !expected.isObject()) {
        qWarning().noquote() << path << "is not a JSON object:" << error.errorString();
        return false;
    }
    QStringList out;
    diff(expected.object(), actual, QString(), out);
    if (out.isEmpty())
        return true;
    qWarning().noquote() << path << u"differs:\n  "_s + out.join(u"\n  "_s);
    return false;
}

} // namespace JsonCompare
