// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A strict reader of the Prometheus text exposition format (0.0.4) for tests: what a
// Prometheus server would refuse, this refuses too (a sample without HELP and TYPE before it,
// a bad name, a bad label, a value that is not a number).

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace PrometheusText {

struct Parsed
{
    QString error;                    // empty: the whole text was read
    QHash<QString, double> samples;   // `name{a="x",b="y"}` (labels as written) -> value
    QHash<QString, QString> types;    // family -> counter | gauge | histogram

    // The value of `key`, 0 when no such sample was written.
    double value(const QString &key) const { return samples.value(key, 0); }
};

inline Parsed parse(const QByteArray &text)
{
    using namespace Qt::StringLiterals;
    static const QRegularExpression sampleLine(
        uR"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*)\})? (\S+)$)"_s);
    static const QRegularExpression commentLine(uR"(^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$)"_s);
    Parsed parsed;
    QHash<QString, bool> helped;
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    if (!text.endsWith('\n'))
        parsed.error = u"the text does not end with a newline"_s;
    for (qsizetype i = 0; i < lines.size() && parsed.error.isEmpty(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            const auto m = commentLine.match(line);
            if (!m.hasMatch()) {
                parsed.error = u"line %1: bad comment: %2"_s.arg(i + 1).arg(line);
                break;
            }
            if (m.captured(1) == "HELP"_L1)
                helped.insert(m.captured(2), true);
            else if (QStringList{u"counter"_s, u"gauge"_s, u"histogram"_s, u"summary"_s, u"untyped"_s}.contains(
                         m.captured(3)))
                parsed.types.insert(m.captured(2), m.captured(3));
            else
                parsed.error = u"line %1: bad type %2"_s.arg(i + 1).arg(m.captured(3));
            continue;
        }
        const auto m = sampleLine.match(line);
        if (!m.hasMatch()) {
            parsed.error = u"line %1: not a sample: %2"_s.arg(i + 1).arg(line);
            break;
        }
        QString family = m.captured(1);
        for (const QString &suffix : {u"_bucket"_s, u"_sum"_s, u"_count"_s}) {
            if (family.endsWith(suffix) && parsed.types.value(family.chopped(suffix.size())) == "histogram"_L1)
                family.chop(suffix.size());
        }
        if (!parsed.types.contains(family) || !helped.contains(family)) {
            parsed.error = u"line %1: %2 has no HELP and TYPE before it"_s.arg(i + 1).arg(family);
            break;
        }
        bool ok = false;
        const QString number = m.captured(4);
        const double value = number == "+Inf"_L1 ? qInf() : number.toDouble(&ok);
        if (!ok && number != "+Inf"_L1) {
            parsed.error = u"line %1: not a number: %2"_s.arg(i + 1).arg(number);
            break;
        }
        const QString key = m.captured(1) + (m.captured(2).isEmpty() ? QString() : m.captured(2));
        if (parsed.samples.contains(key)) {
            parsed.error = u"line %1: %2 written twice"_s.arg(i + 1).arg(key);
            break;
        }
        parsed.samples.insert(key, value);
    }
    return parsed;
}

} // namespace PrometheusText
