// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/personalcode.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

constexpr int kGenerated = 10000;

// The symbols of a canonical code, without the hyphens.
QString symbolsOf(const QString &code)
{
    QString s = code;
    s.remove(u'-');
    return s;
}

// What a person would see: the canonical code, or that it was refused.
QString shown(const std::optional<QString> &normalised)
{
    return normalised.value_or(u"(refused)"_s);
}

// A valid code fixed for the data rows, made with a seeded generator.
QString sampleCode()
{
    QRandomGenerator rng(20260315);
    return generatePersonalCode(rng);
}

} // namespace

// The codes a tenant copies from a receipt: hard to guess, easy to type, typing slips caught.
class TestPersonalCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedCodesLookRight();
    void generatedCodesAreUniqueAndNormaliseToThemselves();
    void everySymbolIsUsed();
    void systemGeneratorWorks();
    void entropy();
    void sAndZAreReadAsDigits();

    void typedForms_data();
    void typedForms();

    void everySingleWrongSymbolIsCaught();
    void everyAdjacentSwapIsCaught();

    void referenceCodes();
    void typedReferenceCodes_data();
    void typedReferenceCodes();
};

void TestPersonalCode::generatedCodesLookRight()
{
    static const QRegularExpression shape(u"^[23456789ABCDEFGHJKMNPQRTUVWXY]{4}(-[23456789ABCDEFGHJKMNPQRTUVWXY]{4}){2}$"_s);
    QRandomGenerator rng(1);
    for (int i = 0; i < 1000; ++i) {
        const QString code = generatePersonalCode(rng);
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
        for (const QChar lookAlike : {u'0', u'O', u'1', u'I', u'L'})
            QVERIFY2(!code.contains(lookAlike), qPrintable(code));
    }
}

void TestPersonalCode::generatedCodesAreUniqueAndNormaliseToThemselves()
{
    QRandomGenerator rng(42);
    QSet<QString> seen;
    for (int i = 0; i < kGenerated; ++i) {
        const QString code = generatePersonalCode(rng);
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
        QCOMPARE(shown(normalisePersonalCode(code)), code);
    }
    QCOMPARE(seen.size(), kGenerated);
}

void TestPersonalCode::everySymbolIsUsed()
{
    // All 29 symbols must appear in the random part, roughly equally often; a generator
    // that skipped symbols would have fewer bits than promised.
    QRandomGenerator rng(7);
    QHash<QChar, int> counts;
    for (int i = 0; i < kGenerated; ++i) {
        const QString symbols = symbolsOf(generatePersonalCode(rng));
        for (int p = 0; p < kPersonalCodePayloadSymbols; ++p)
            ++counts[symbols[p]];
    }
    QCOMPARE(counts.size(), kCodeAlphabetSize);
    const double expected = double(kGenerated) * kPersonalCodePayloadSymbols / kCodeAlphabetSize;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QVERIFY2(it.value() > expected * 0.9 && it.value() < expected * 1.1,
                 qPrintable(QString(it.key()) + u": "_s + QString::number(it.value())));
    }
}

void TestPersonalCode::systemGeneratorWorks()
{
    const QString a = generatePersonalCode(*QRandomGenerator::system());
    const QString b = generatePersonalCode(*QRandomGenerator::system());
    QVERIFY(normalisePersonalCode(a).has_value());
    QVERIFY(normalisePersonalCode(b).has_value());
    QVERIFY(a != b);
}

void TestPersonalCode::entropy()
{
    QVERIFY(personalCodeEntropyBits() >= 50);
    QCOMPARE(personalCodeEntropyBits(), 53); // 11 × log2(29) = 53.4
    QVERIFY(referenceCodeEntropyBits() >= 38);
    QCOMPARE(referenceCodeEntropyBits(), 38); // 8 × log2(29) = 38.9
}

void TestPersonalCode::sAndZAreReadAsDigits()
{
    // S and Z are not in the alphabet: a tenant who reads 5 as S or 2 as Z still gets in.
    QRandomGenerator rng(5);
    QString code;
    while (!code.contains(u'5') || !code.contains(u'2'))
        code = generatePersonalCode(rng);
    QCOMPARE(shown(normalisePersonalCode(QString(code).replace(u'5', u'S').replace(u'2', u'Z'))), code);
    QCOMPARE(shown(normalisePersonalCode(QString(code).replace(u'5', u's').replace(u'2', u'z'))), code);
}

void TestPersonalCode::typedForms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");

    const QString code = sampleCode();
    const QString symbols = symbolsOf(code);
    const QString lower = code.toLower();

    QTest::newRow("canonical") << code << true;
    QTest::newRow("lower case") << lower << true;
    QTest::newRow("no hyphens") << symbols << true;
    QTest::newRow("no hyphens, lower case") << symbols.toLower() << true;
    QTest::newRow("spaces instead of hyphens") << QString(code).replace(u'-', u' ') << true;
    QTest::newRow("spaces around") << QString(u"  "_s + code + u" \t"_s) << true;
    QTest::newRow("groups of three") << QString(symbols.left(3) + u' ' + symbols.mid(3, 3) + u' '
                                                + symbols.mid(6, 3) + u' ' + symbols.mid(9))
                                     << true;
    QTest::newRow("en dash") << QString(code).replace(u'-', QChar(0x2013)) << true;

    // A Cyrillic keyboard: the same code typed with look-alike Cyrillic capitals.
    QString cyrillic = symbols;
    cyrillic.replace(u'A', QChar(0x0410)).replace(u'B', QChar(0x0412)).replace(u'E', QChar(0x0415))
        .replace(u'H', QChar(0x041D)).replace(u'K', QChar(0x041A)).replace(u'M', QChar(0x041C))
        .replace(u'P', QChar(0x0420)).replace(u'C', QChar(0x0421)).replace(u'T', QChar(0x0422))
        .replace(u'X', QChar(0x0425)).replace(u'3', QChar(0x0417));
    QTest::newRow("Cyrillic look-alikes") << cyrillic << true;
    QTest::newRow("Cyrillic look-alikes, lower case") << cyrillic.toLower() << true;

    QString fullWidth;
    for (const QChar c : symbols)
        fullWidth += QChar(c.unicode() - 0x20 + 0xFF00); // '2' → '２', 'A' → 'Ａ'
    QTest::newRow("full-width forms") << fullWidth << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("hyphens only") << u"----"_s << false;
    QTest::newRow("one symbol short") << symbols.left(11) << false;
    QTest::newRow("one symbol too many") << QString(symbols + u'2') << false;
    QTest::newRow("reference code") << u"ABCD-EFGH"_s << false;
    for (const QChar excluded : {u'0', u'O', u'o', u'1', u'I', u'i', u'L', u'l'}) {
        QString typed = symbols;
        typed[4] = excluded;
        QTest::addRow("excluded look-alike %c", char(excluded.unicode())) << typed << false;
    }
    QTest::newRow("Cyrillic O") << QString(symbols.left(4) + QChar(0x041E) + symbols.mid(5)) << false;
    QTest::newRow("punctuation") << QString(symbols.left(6) + u'.' + symbols.mid(6)) << false;
    QTest::newRow("underscore") << QString(symbols.left(6) + u'_' + symbols.mid(6)) << false;
}

void TestPersonalCode::typedForms()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);

    const auto normalised = normalisePersonalCode(typed);
    QCOMPARE(shown(normalised), accepted ? sampleCode() : u"(refused)"_s);
}

void TestPersonalCode::everySingleWrongSymbolIsCaught()
{
    QRandomGenerator rng(99);
    for (int n = 0; n < 100; ++n) {
        const QString symbols = symbolsOf(generatePersonalCode(rng));
        for (int position = 0; position < kPersonalCodeSymbols; ++position) {
            for (const QChar replacement : kCodeAlphabet) {
                if (replacement == symbols[position])
                    continue;
                QString typed = symbols;
                typed[position] = replacement;
                QVERIFY2(!normalisePersonalCode(typed).has_value(),
                         qPrintable(symbols + u" → "_s + typed));
            }
        }
    }
}

void TestPersonalCode::everyAdjacentSwapIsCaught()
{
    QRandomGenerator rng(123);
    int swapsTried = 0;
    for (int n = 0; n < 2000; ++n) {
        const QString symbols = symbolsOf(generatePersonalCode(rng));
        // Includes swaps across a group boundary (3↔4, 7↔8) and with the check symbol (10↔11).
        for (int position = 0; position + 1 < kPersonalCodeSymbols; ++position) {
            if (symbols[position] == symbols[position + 1])
                continue;
            QString typed = symbols;
            std::swap(typed[position], typed[position + 1]);
            QVERIFY2(!normalisePersonalCode(typed).has_value(), qPrintable(symbols + u" → "_s + typed));
            ++swapsTried;
        }
    }
    QVERIFY(swapsTried > 2000 * 10);

    // Every pair of symbols, in every position: not just the pairs random codes happen to hold.
    const QString base = sampleCode();
    for (int position = 0; position + 1 < kPersonalCodeSymbols; ++position) {
        for (const QChar a : kCodeAlphabet) {
            for (const QChar b : kCodeAlphabet) {
                if (a == b)
                    continue;
                // Build a valid code with a, b at position, position + 1 by fixing another symbol.
                QString valid = symbolsOf(base);
                valid[position] = a;
                valid[position + 1] = b;
                const int fix = position + 2 < kPersonalCodeSymbols ? position + 2 : position - 1;
                bool found = false;
                for (const QChar c : kCodeAlphabet) {
                    valid[fix] = c;
                    if (normalisePersonalCode(valid)) {
                        found = true;
                        break;
                    }
                }
                QVERIFY2(found, qPrintable(valid)); // some symbol always completes the check
                QString swapped = valid;
                std::swap(swapped[position], swapped[position + 1]);
                QVERIFY2(!normalisePersonalCode(swapped).has_value(), qPrintable(valid + u" → "_s + swapped));
            }
        }
    }
}

void TestPersonalCode::referenceCodes()
{
    static const QRegularExpression shape(u"^[23456789ABCDEFGHJKMNPQRTUVWXY]{4}-[23456789ABCDEFGHJKMNPQRTUVWXY]{4}$"_s);
    QRandomGenerator rng(2026);
    QSet<QString> seen;
    for (int i = 0; i < kGenerated; ++i) {
        const QString code = generateReferenceCode(rng);
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(shown(normaliseReferenceCode(code)), code);
        seen.insert(code);
    }
    QCOMPARE(seen.size(), kGenerated);
    // A reference code is not a personal code, and the other way round.
    QCOMPARE(shown(normalisePersonalCode(generateReferenceCode(rng))), u"(refused)"_s);
    QCOMPARE(shown(normaliseReferenceCode(generatePersonalCode(rng))), u"(refused)"_s);
}

void TestPersonalCode::typedReferenceCodes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // "" when refused

    QTest::newRow("canonical") << u"ABCD-EFGH"_s << u"ABCD-EFGH"_s;
    QTest::newRow("lower case, no hyphen") << u"abcdefgh"_s << u"ABCD-EFGH"_s;
    QTest::newRow("spaces") << u" ab cd ef gh "_s << u"ABCD-EFGH"_s;
    QTest::newRow("digits") << u"2345 6789"_s << u"2345-6789"_s;
    QTest::newRow("too short") << u"ABCD-EFG"_s << QString();
    QTest::newRow("too long") << u"ABCD-EFGHJ"_s << QString();
    QTest::newRow("with O") << u"ABCD-EFGO"_s << QString();
    QTest::newRow("with 1") << u"1BCD-EFGH"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPersonalCode::typedReferenceCodes()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const auto normalised = normaliseReferenceCode(typed);
    QCOMPARE(shown(normalised), expected.isEmpty() ? u"(refused)"_s : expected);
}

QTEST_GUILESS_MAIN(TestPersonalCode)
#include "tst_personalcode.moc"
