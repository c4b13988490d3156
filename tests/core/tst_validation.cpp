// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than 500 lines on purpose: the data rows of every validator of app/core/validation
// (one test function each); a row is a case, not code.
#include "core/validation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

Q_DECLARE_METATYPE(Meedoen::Person)
Q_DECLARE_METATYPE(Meedoen::Opportunity)

namespace {

// What a form would show: the error code, or "" when the input is accepted.
template<typename T>
QString codeOf(const Validated<T> &v)
{
    return v.error ? v.error->code : QString();
}

QStringList codesOf(const FieldErrors &errors)
{
    QStringList codes;
    for (const FieldError &e : errors)
        codes << QString(e.field + u' ' + e.code);
    return codes;
}

Person validPerson()
{
    Person p;
    p.id = u"7c6a1a52-3f43-4b8e-9d0e-2f4f1b0c9a11"_s;
    p.givenName = u"Fatma"_s;
    p.familyName = u"Özdemir"_s;
    p.phone = u"+31612345678"_s;
    p.email = u"fatma@example.nl"_s;
    p.address = {u"3089 AB"_s, 12, u"A"_s};
    p.dateOfBirth = QDate(1985, 4, 2);
    p.languages = {u"nl"_s, u"tr"_s};
    p.interests = {u"tuinieren"_s, u"koken"_s};
    p.neighbourhoods = {u"wielewaal"_s};
    p.tenantNumber = u"HN-004512"_s;
    return p;
}

Opportunity validOpportunity()
{
    Opportunity o;
    o.id = u"opp-1"_s;
    o.kind = OpportunityKind::VolunteerTask;
    o.title = u"Moestuin bijhouden"_s;
    o.capacity = 6;
    o.minimumAge = 16;
    o.startDate = QDate(2026, 4, 1);
    o.endDate = QDate(2026, 10, 31);
    o.site.latitude = 51.87;
    o.site.longitude = 4.47;
    return o;
}

const QDate kToday(2026, 3, 15);

} // namespace

// Validation of what tenants and staff type, as the device app and the server see it.
class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postcode_data();
    void postcode();
    void postcodeNamesTheField();

    void houseNumber_data();
    void houseNumber();

    void phone_data();
    void phone();

    void email_data();
    void email();

    void name_data();
    void name();
    void nameTooLongStatesLimit();

    void ageOn_data();
    void ageOn();
    void dateOfBirth_data();
    void dateOfBirth();
    void dateOfBirthMessageNamesMinimumAge();

    void freeText_data();
    void freeText();
    void overLongTextIsNotTruncated();

    void code_data();
    void code();
    void characterClasses();

    void decodeUtf8_data();
    void decodeUtf8();

    void person_data();
    void person();
    void emptyPersonReportsEverythingAtOnce();

    void opportunity_data();
    void opportunity();
};

// --- postcode ---------------------------------------------------------------------------------

void TestValidation::postcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // normalised value when accepted
    QTest::addColumn<QString>("code");     // error code, "" when accepted

    QTest::newRow("canonical") << u"1234 AB"_s << u"1234 AB"_s << QString();
    QTest::newRow("lower case, no space") << u"1234ab"_s << u"1234 AB"_s << QString();
    QTest::newRow("extra spaces") << u" 1234  AB "_s << u"1234 AB"_s << QString();
    QTest::newRow("spaces everywhere") << u"1 2 3 4 a b"_s << u"1234 AB"_s << QString();
    QTest::newRow("mixed case") << u"9999zZ"_s << u"9999 ZZ"_s << QString();
    QTest::newRow("tab and nbsp") << u"3089\t\u00A0ab"_s << u"3089 AB"_s << QString();
    QTest::newRow("arabic-indic digits") << u"\u0663\u0660\u0668\u0669 AB"_s << u"3089 AB"_s << QString();
    QTest::newRow("SB is fine") << u"1234 SB"_s << u"1234 SB"_s << QString();

    QTest::newRow("empty") << QString() << QString() << u"postcode.required"_s;
    QTest::newRow("only spaces") << u"   "_s << QString() << u"postcode.required"_s;
    QTest::newRow("leading zero") << u"0123 AB"_s << QString() << u"postcode.format"_s;
    QTest::newRow("SA") << u"1234 SA"_s << QString() << u"postcode.nonexistent"_s;
    QTest::newRow("SD") << u"1234 sd"_s << QString() << u"postcode.nonexistent"_s;
    QTest::newRow("SS") << u"1234SS"_s << QString() << u"postcode.nonexistent"_s;
    QTest::newRow("five digits") << u"12345"_s << QString() << u"postcode.format"_s;
    QTest::newRow("digits only") << u"1234"_s << QString() << u"postcode.format"_s;
    QTest::newRow("three letters") << u"1234 ABC"_s << QString() << u"postcode.format"_s;
    QTest::newRow("letters first") << u"AB 1234"_s << QString() << u"postcode.format"_s;
    QTest::newRow("hyphen") << u"1234-AB"_s << QString() << u"postcode.format"_s;
    QTest::newRow("accented letter") << u"1234 ÅB"_s << QString() << u"postcode.format"_s;
    QTest::newRow("belgian") << u"B-1000"_s << QString() << u"postcode.format"_s;
}

void TestValidation::postcode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, code);

    const auto result = validatePostcode(input);
    QCOMPARE(codeOf(result), code);
    if (code.isEmpty()) {
        QCOMPARE(result.value, expected);
    } else {
        QCOMPARE(result.error->field, u"postcode"_s);
        QVERIFY(!result.error->message.isEmpty());
    }
}

void TestValidation::postcodeNamesTheField()
{
    const auto result = validatePostcode(u"12", u"address.postcode"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->field, u"address.postcode"_s);
    QVERIFY2(result.error->message.contains(u"1234 AB"), qPrintable(result.error->message));
}

// --- house number -----------------------------------------------------------------------------

void TestValidation::houseNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("addition");
    QTest::addColumn<int>("expectedNumber");
    QTest::addColumn<QString>("expectedAddition");
    QTest::addColumn<QString>("field"); // field of the error, "" when accepted
    QTest::addColumn<QString>("code");

    QTest::newRow("plain") << u"12"_s << QString() << 12 << QString() << QString() << QString();
    QTest::newRow("spaces around") << u"  7 "_s << u" "_s << 7 << QString() << QString() << QString();
    QTest::newRow("smallest") << u"1"_s << QString() << 1 << QString() << QString() << QString();
    QTest::newRow("largest") << u"99999"_s << QString() << 99999 << QString() << QString() << QString();
    QTest::newRow("leading zero") << u"012"_s << QString() << 12 << QString() << QString() << QString();
    QTest::newRow("separate addition") << u"12"_s << u"bis"_s << 12 << u"bis"_s << QString() << QString();
    QTest::newRow("separate letter upper-cased") << u"12"_s << u"a"_s << 12 << u"A"_s << QString() << QString();
    QTest::newRow("12a in number field") << u"12a"_s << QString() << 12 << u"A"_s << QString() << QString();
    QTest::newRow("12-2 in number field") << u"12-2"_s << QString() << 12 << u"2"_s << QString() << QString();
    QTest::newRow("12 bis in number field") << u"12 bis"_s << QString() << 12 << u"bis"_s << QString() << QString();
    QTest::newRow("12 - 3 hoog") << u"12 - 3 hoog"_s << QString() << 12 << u"3 hoog"_s << QString() << QString();
    QTest::newRow("same addition twice") << u"12a"_s << u"A"_s << 12 << u"A"_s << QString() << QString();
    QTest::newRow("addition of ten") << u"5"_s << u"abcdefghij"_s << 5 << u"abcdefghij"_s << QString() << QString();
    QTest::newRow("addition with hyphen") << u"5"_s << u"2-hoog"_s << 5 << u"2-hoog"_s << QString() << QString();

    QTest::newRow("empty") << QString() << QString() << 0 << QString() << u"houseNumber"_s << u"houseNumber.required"_s;
    QTest::newRow("only addition") << QString() << u"A"_s << 0 << u"A"_s << u"houseNumber"_s << u"houseNumber.required"_s;
    QTest::newRow("letters") << u"abc"_s << QString() << 0 << QString() << u"houseNumber"_s << u"houseNumber.format"_s;
    QTest::newRow("zero") << u"0"_s << QString() << 0 << QString() << u"houseNumber"_s << u"houseNumber.range"_s;
    QTest::newRow("too big") << u"100000"_s << QString() << 0 << QString() << u"houseNumber"_s << u"houseNumber.range"_s;
    QTest::newRow("negative") << u"-3"_s << QString() << 0 << QString() << u"houseNumber"_s << u"houseNumber.format"_s;
    QTest::newRow("two additions") << u"12a"_s << u"b"_s << 12 << u"b"_s << u"houseNumber"_s << u"houseNumber.twoAdditions"_s;
    QTest::newRow("addition too long") << u"5"_s << u"abcdefghijk"_s << 5 << u"abcdefghijk"_s << u"addition"_s << u"addition.tooLong"_s;
    QTest::newRow("addition symbol") << u"5"_s << u"a!"_s << 5 << u"a!"_s << u"addition"_s << u"addition.format"_s;
    QTest::newRow("slash in number field") << u"12/2"_s << QString() << 12 << u"/2"_s << u"houseNumber"_s << u"addition.format"_s;
}

void TestValidation::houseNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, addition);
    QFETCH(int, expectedNumber);
    QFETCH(QString, expectedAddition);
    QFETCH(QString, field);
    QFETCH(QString, code);

    const auto result = validateHouseNumber(number, addition);
    QCOMPARE(codeOf(result), code);
    QCOMPARE(result.error ? result.error->field : QString(), field);
    QCOMPARE(result.value.number, expectedNumber);
    QCOMPARE(result.value.addition, expectedAddition);
    if (code == u"addition.tooLong")
        QVERIFY2(result.error->message.contains(u"10"), qPrintable(result.error->message));
}

// --- phone ------------------------------------------------------------------------------------

void TestValidation::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");

    const QString mobile = u"+31612345678"_s;
    QTest::newRow("06-12345678") << u"06-12345678"_s << mobile << QString();
    QTest::newRow("06 1234 5678") << u"06 1234 5678"_s << mobile << QString();
    QTest::newRow("0612345678") << u"0612345678"_s << mobile << QString();
    QTest::newRow("06.12.34.56.78") << u"06.12.34.56.78"_s << mobile << QString();
    QTest::newRow("+31 6 12345678") << u"+31 6 12345678"_s << mobile << QString();
    QTest::newRow("+31612345678") << u"+31612345678"_s << mobile << QString();
    QTest::newRow("0031612345678") << u"0031612345678"_s << mobile << QString();
    QTest::newRow("+31 (0)6 12345678") << u"+31 (0)6 12345678"_s << mobile << QString();
    QTest::newRow("+31 06 12345678") << u"+31 06 12345678"_s << mobile << QString();
    QTest::newRow("arabic-indic digits") << u"\u0660\u0666\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"_s << mobile << QString();
    QTest::newRow("010-1234567") << u"010-1234567"_s << u"+31101234567"_s << QString();
    QTest::newRow("020 123 4567") << u"020 123 4567"_s << u"+31201234567"_s << QString();
    QTest::newRow("(010) 123 45 67") << u"(010) 123 45 67"_s << u"+31101234567"_s << QString();
    QTest::newRow("belgian mobile") << u"+32 470 12 34 56"_s << u"+32470123456"_s << QString();
    QTest::newRow("UK landline") << u"+44 20 7946 0958"_s << u"+442079460958"_s << QString();
    QTest::newRow("US with parentheses") << u"+1 (555) 123-4567"_s << u"+15551234567"_s << QString();
    QTest::newRow("turkish via 00") << u"0090 532 123 45 67"_s << u"+905321234567"_s << QString();
    QTest::newRow("8 digits after +") << u"+34512345"_s << u"+34512345"_s << QString();
    QTest::newRow("15 digits after +") << u"+123456789012345"_s << u"+123456789012345"_s << QString();

    QTest::newRow("empty") << QString() << QString() << u"phone.required"_s;
    QTest::newRow("too short") << u"12345"_s << QString() << u"phone.format"_s;
    QTest::newRow("06 with 7 digits") << u"06-1234567"_s << QString() << u"phone.length"_s;
    QTest::newRow("06 with 9 digits") << u"06-123456789"_s << QString() << u"phone.length"_s;
    QTest::newRow("+31 too short") << u"+31 6 1234567"_s << QString() << u"phone.length"_s;
    QTest::newRow("+0") << u"+0 123456789"_s << QString() << u"phone.format"_s;
    QTest::newRow("7 digits after +") << u"+1234567"_s << QString() << u"phone.length"_s;
    QTest::newRow("16 digits after +") << u"+1234567890123456"_s << QString() << u"phone.length"_s;
    QTest::newRow("letter") << u"06-1234567a"_s << QString() << u"phone.format"_s;
    QTest::newRow("slash") << u"06/12345678"_s << QString() << u"phone.format"_s;
    QTest::newRow("double plus") << u"++31612345678"_s << QString() << u"phone.format"_s;
    QTest::newRow("plus in the middle") << u"06+12345678"_s << QString() << u"phone.format"_s;
    QTest::newRow("unclosed parenthesis") << u"(010 1234567"_s << QString() << u"phone.format"_s;
    QTest::newRow("empty parentheses") << u"() 0612345678"_s << QString() << u"phone.format"_s;
    QTest::newRow("two pairs of parentheses") << u"(010) (123) 4567"_s << QString() << u"phone.format"_s;
    QTest::newRow("extension text") << u"0612345678 ext 2"_s << QString() << u"phone.format"_s;
    QTest::newRow("00 then 0") << u"000612345678"_s << QString() << u"phone.format"_s;
    QTest::newRow("separators only") << u"- . -"_s << QString() << u"phone.format"_s;
}

void TestValidation::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, code);

    const auto result = validatePhone(input);
    QCOMPARE(codeOf(result), code);
    if (code.isEmpty())
        QCOMPARE(result.value, expected);
    else
        QCOMPARE(result.error->field, u"phone"_s);
}

// --- e-mail -----------------------------------------------------------------------------------

void TestValidation::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");

    QTest::newRow("simple") << u"jan@example.nl"_s << u"jan@example.nl"_s << QString();
    QTest::newRow("domain lower-cased, local kept") << u"Jan.Jansen@Example.NL"_s << u"Jan.Jansen@example.nl"_s << QString();
    QTest::newRow("trimmed") << u"  a@b.nl "_s << u"a@b.nl"_s << QString();
    QTest::newRow("plus tag") << u"fatma+meedoen@mail.example.org"_s << u"fatma+meedoen@mail.example.org"_s << QString();
    QTest::newRow("apostrophe") << u"o'brien@example.ie"_s << u"o'brien@example.ie"_s << QString();
    QTest::newRow("hyphenated domain") << u"x@my-corp.co.uk"_s << u"x@my-corp.co.uk"_s << QString();
    QTest::newRow("IDN domain") << u"anna@Bücher.de"_s << u"anna@bücher.de"_s << QString();
    QTest::newRow("local part of 64") << QString(QString(64, u'a') + u"@x.nl"_s) << QString(QString(64, u'a') + u"@x.nl"_s) << QString();

    QTest::newRow("empty") << QString() << QString() << u"email.required"_s;
    QTest::newRow("no at") << u"jan.example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("no domain") << u"jan@"_s << QString() << u"email.format"_s;
    QTest::newRow("no local") << u"@example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("no tld") << u"jan@example"_s << QString() << u"email.format"_s;
    QTest::newRow("space inside") << u"jan jansen@example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("space in domain") << u"jan@exam ple.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("two ats") << u"jan@@example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("double dot local") << u"jan..jansen@example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("leading dot local") << u".jan@example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("trailing dot local") << u"jan.@example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("double dot domain") << u"jan@example..nl"_s << QString() << u"email.format"_s;
    QTest::newRow("trailing dot domain") << u"jan@example.nl."_s << QString() << u"email.format"_s;
    QTest::newRow("hyphen label start") << u"jan@-example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("one-letter tld") << u"jan@example.n"_s << QString() << u"email.format"_s;
    QTest::newRow("numeric tld") << u"jan@192.168.1.1"_s << QString() << u"email.format"_s;
    QTest::newRow("comma") << u"jan,piet@example.nl"_s << QString() << u"email.format"_s;
    QTest::newRow("local part of 65") << QString(QString(65, u'a') + u"@x.nl"_s) << QString() << u"email.tooLong"_s;
    QTest::newRow("255 in total") << QString(u"a@"_s + QString(250, u'b') + u".nl"_s) << QString() << u"email.tooLong"_s;
}

void TestValidation::email()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, code);

    const auto result = validateEmail(input);
    QCOMPARE(codeOf(result), code);
    if (code.isEmpty())
        QCOMPARE(result.value, expected);
    else
        QCOMPARE(result.error->field, u"email"_s);
}

// --- names ------------------------------------------------------------------------------------

void TestValidation::name_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");

    QTest::newRow("'t Hart") << u"'t Hart"_s << u"'t Hart"_s << QString();
    QTest::newRow("’t Hart typographic") << u"\u2019t Hart"_s << u"\u2019t Hart"_s << QString();
    QTest::newRow("Özdemir") << u"Özdemir"_s << u"Özdemir"_s << QString();
    QTest::newRow("Nguyễn precomposed") << u"Nguy\u1EC5n"_s << u"Nguy\u1EC5n"_s << QString();
    QTest::newRow("Nguyễn decomposed → NFC") << u"Nguye\u0302\u0303n"_s << u"Nguy\u1EC5n"_s << QString();
    QTest::newRow("Arabic") << u"محمد"_s << u"محمد"_s << QString();
    QTest::newRow("Persian with ZWNJ") << u"\u0645\u062D\u0645\u062F\u200C\u0631\u0636\u0627"_s
                                       << u"\u0645\u062D\u0645\u062F\u200C\u0631\u0636\u0627"_s << QString();
    QTest::newRow("Łukasz") << u"Łukasz"_s << u"Łukasz"_s << QString();
    QTest::newRow("O'Brien") << u"O'Brien"_s << u"O'Brien"_s << QString();
    QTest::newRow("Jean-Luc") << u"Jean-Luc"_s << u"Jean-Luc"_s << QString();
    QTest::newRow("van der Berg") << u"van der Berg"_s << u"van der Berg"_s << QString();
    QTest::newRow("whitespace collapsed") << u"  van   der\tBerg  "_s << u"van der Berg"_s << QString();
    QTest::newRow("initials") << u"J.P. Balkenende"_s << u"J.P. Balkenende"_s << QString();
    QTest::newRow("Cyrillic") << u"Олександр"_s << u"Олександр"_s << QString();
    QTest::newRow("Greek") << u"Ελένη"_s << u"Ελένη"_s << QString();
    QTest::newRow("Chinese") << u"李小龙"_s << u"李小龙"_s << QString();
    QTest::newRow("Devanagari with vowel signs") << u"अमित"_s << u"अमित"_s << QString();
    QTest::newRow("Tigrinya") << u"ሰላም"_s << u"ሰላም"_s << QString();
    QTest::newRow("one letter") << u"Q"_s << u"Q"_s << QString();
    QTest::newRow("100 letters") << QString(100, u'a') << QString(100, u'a') << QString();
    QTest::newRow("100 letters outside the BMP") << u"\U00020000"_s.repeated(100)
                                                 << u"\U00020000"_s.repeated(100)
                                                 << QString();

    QTest::newRow("empty") << QString() << QString() << u"name.required"_s;
    QTest::newRow("spaces") << u"   "_s << QString() << u"name.required"_s;
    QTest::newRow("digits") << u"R2D2"_s << QString() << u"name.invalidCharacter"_s;
    QTest::newRow("Arabic-Indic digit") << u"محمد\u0662"_s << QString() << u"name.invalidCharacter"_s;
    QTest::newRow("exclamation") << u"Jan!"_s << QString() << u"name.invalidCharacter"_s;
    QTest::newRow("at sign") << u"jan@example.nl"_s << QString() << u"name.invalidCharacter"_s;
    QTest::newRow("emoji") << u"Jan \U0001F600"_s << QString() << u"name.invalidCharacter"_s;
    QTest::newRow("NUL") << u"Jan\0Jansen"_s << QString() << u"name.invalidCharacter"_s;
    QTest::newRow("lone surrogate") << QString(u"Jan"_s + QChar(0xD800)) << QString() << u"name.invalidCharacter"_s;
    QTest::newRow("markup") << u"<b>Jan</b>"_s << QString() << u"name.invalidCharacter"_s;
    QTest::newRow("punctuation only") << u"'-."_s << QString() << u"name.noLetter"_s;
    QTest::newRow("101 letters") << QString(101, u'a') << QString() << u"name.tooLong"_s;
}

void TestValidation::name()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, code);

    const auto result = validateName(input, u"givenName"_s);
    QCOMPARE(codeOf(result), code);
    if (code.isEmpty())
        QCOMPARE(result.value, expected);
    else
        QCOMPARE(result.error->field, u"givenName"_s);
}

void TestValidation::nameTooLongStatesLimit()
{
    const QString tooLong(kMaxNameLength + 1, u'a');
    const auto result = validateName(tooLong, u"familyName"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->message.contains(QString::number(kMaxNameLength)), qPrintable(result.error->message));
    QCOMPARE(result.value, tooLong); // not truncated
}

// --- age and date of birth --------------------------------------------------------------------

void TestValidation::ageOn_data()
{
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("age");

    QTest::newRow("day before birthday") << QDate(1990, 6, 15) << QDate(2026, 6, 14) << 35;
    QTest::newRow("on birthday") << QDate(1990, 6, 15) << QDate(2026, 6, 15) << 36;
    QTest::newRow("month before birthday") << QDate(1990, 6, 15) << QDate(2026, 5, 20) << 35;
    QTest::newRow("born today") << QDate(2026, 3, 15) << QDate(2026, 3, 15) << 0;
    QTest::newRow("end of year") << QDate(2000, 12, 31) << QDate(2001, 12, 30) << 0;
    QTest::newRow("29 Feb, 28 Feb of common year") << QDate(2000, 2, 29) << QDate(2001, 2, 28) << 0;
    QTest::newRow("29 Feb, 1 Mar of common year") << QDate(2000, 2, 29) << QDate(2001, 3, 1) << 1;
    QTest::newRow("29 Feb, 29 Feb of leap year") << QDate(2000, 2, 29) << QDate(2004, 2, 29) << 4;
    QTest::newRow("29 Feb, 28 Feb of leap year") << QDate(2000, 2, 29) << QDate(2004, 2, 28) << 3;
    QTest::newRow("29 Feb, 2100 is no leap year") << QDate(2000, 2, 29) << QDate(2100, 2, 28) << 99;
    QTest::newRow("29 Feb, 1 Mar 2100") << QDate(2000, 2, 29) << QDate(2100, 3, 1) << 100;
    QTest::newRow("28 Feb, in a leap year") << QDate(2003, 2, 28) << QDate(2004, 2, 28) << 1;
    QTest::newRow("future") << QDate(2026, 3, 16) << QDate(2026, 3, 15) << -1;
    QTest::newRow("invalid") << QDate() << QDate(2026, 3, 15) << -1;
}

void TestValidation::ageOn()
{
    QFETCH(QDate, dob);
    QFETCH(QDate, today);
    QFETCH(int, age);
    QCOMPARE(Meedoen::ageOn(dob, today), age);
}

void TestValidation::dateOfBirth_data()
{
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("minimumAge");
    QTest::addColumn<QString>("code");

    QTest::newRow("16 today") << QDate(2010, 3, 15) << kToday << 16 << QString();
    QTest::newRow("16 yesterday") << QDate(2010, 3, 14) << kToday << 16 << QString();
    QTest::newRow("16 tomorrow") << QDate(2010, 3, 16) << kToday << 16 << u"dateOfBirth.tooYoung"_s;
    QTest::newRow("adult") << QDate(1970, 1, 1) << kToday << 16 << QString();
    QTest::newRow("29 Feb, 16th birthday on 29 Feb") << QDate(2008, 2, 29) << QDate(2024, 2, 29) << 16 << QString();
    QTest::newRow("29 Feb, day before 16th birthday") << QDate(2008, 2, 29) << QDate(2024, 2, 28) << 16 << u"dateOfBirth.tooYoung"_s;
    QTest::newRow("29 Feb, 18 not yet on 28 Feb") << QDate(2004, 2, 29) << QDate(2022, 2, 28) << 18 << u"dateOfBirth.tooYoung"_s;
    QTest::newRow("29 Feb, 18 on 1 Mar") << QDate(2004, 2, 29) << QDate(2022, 3, 1) << 18 << QString();
    QTest::newRow("no minimum, born today") << kToday << kToday << 0 << QString();
    QTest::newRow("120") << QDate(1906, 3, 15) << kToday << 16 << QString();
    QTest::newRow("121") << QDate(1905, 3, 14) << kToday << 16 << u"dateOfBirth.tooOld"_s;
    QTest::newRow("tomorrow") << kToday.addDays(1) << kToday << 16 << u"dateOfBirth.future"_s;
    QTest::newRow("next year") << QDate(2027, 1, 1) << kToday << 0 << u"dateOfBirth.future"_s;
    QTest::newRow("missing") << QDate() << kToday << 16 << u"dateOfBirth.invalid"_s;
    QTest::newRow("30 February") << QDate(2000, 2, 30) << kToday << 16 << u"dateOfBirth.invalid"_s;
    QTest::newRow("29 Feb of common year") << QDate(2001, 2, 29) << kToday << 16 << u"dateOfBirth.invalid"_s;
}

void TestValidation::dateOfBirth()
{
    QFETCH(QDate, dob);
    QFETCH(QDate, today);
    QFETCH(int, minimumAge);
    QFETCH(QString, code);

    const auto result = validateDateOfBirth(dob, today, minimumAge);
    QCOMPARE(codeOf(result), code);
    if (!code.isEmpty()) {
        QCOMPARE(result.error->field, u"dateOfBirth"_s);
        QVERIFY(!result.error->message.isEmpty());
    }
}

void TestValidation::dateOfBirthMessageNamesMinimumAge()
{
    for (const int minimumAge : {16, 18}) {
        const auto result = validateDateOfBirth(kToday.addYears(-minimumAge).addDays(1), kToday, minimumAge);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, u"dateOfBirth.tooYoung"_s);
        QVERIFY2(result.error->message.contains(QString::number(minimumAge)), qPrintable(result.error->message));
        QVERIFY2(!result.error->message.contains(u"%n"), qPrintable(result.error->message));
    }
}

// --- free text --------------------------------------------------------------------------------

void TestValidation::freeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("multiLine");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");

    QTest::newRow("trimmed") << u"  hallo  "_s << 200 << true << false << u"hallo"_s << QString();
    QTest::newRow("empty, optional") << QString() << 200 << false << false << QString() << QString();
    QTest::newRow("spaces, optional") << u"   "_s << 200 << false << false << QString() << QString();
    QTest::newRow("empty, required") << QString() << 200 << true << false << QString() << u"text.required"_s;
    QTest::newRow("spaces, required") << u" \n "_s << 200 << true << true << QString() << u"text.required"_s;
    QTest::newRow("Arabic") << u"أريد أن أساعد"_s << 200 << true << false << u"أريد أن أساعد"_s << QString();
    QTest::newRow("emoji pair is fine") << u"Top! \U0001F44D"_s << 200 << true << false << u"Top! \U0001F44D"_s << QString();
    QTest::newRow("lines, multi-line") << u"regel 1\nregel 2"_s << 200 << true << true << u"regel 1\nregel 2"_s << QString();
    QTest::newRow("tab, multi-line") << u"a\tb"_s << 200 << true << true << u"a\tb"_s << QString();
    QTest::newRow("CRLF becomes LF") << u"a\r\nb\rc"_s << 200 << true << true << u"a\nb\nc"_s << QString();
    QTest::newRow("exactly the limit") << QString(10, u'x') << 10 << true << false << QString(10, u'x') << QString();
    QTest::newRow("limit counts characters, not UTF-16 units")
        << u"\U0001F600"_s.repeated(10) << 10 << true << false
        << u"\U0001F600"_s.repeated(10) << QString();

    QTest::newRow("newline, single line") << u"regel 1\nregel 2"_s << 200 << true << false << QString() << u"text.controlCharacter"_s;
    QTest::newRow("tab, single line") << u"a\tb"_s << 200 << true << false << QString() << u"text.controlCharacter"_s;
    QTest::newRow("CR, single line") << u"a\rb"_s << 200 << true << false << QString() << u"text.controlCharacter"_s;
    QTest::newRow("NUL") << u"a\0b"_s << 200 << true << true << QString() << u"text.controlCharacter"_s;
    QTest::newRow("SOH") << u"a\u0001b"_s << 200 << true << true << QString() << u"text.controlCharacter"_s;
    QTest::newRow("ESC") << u"a\u001B[31mb"_s << 200 << true << true << QString() << u"text.controlCharacter"_s;
    QTest::newRow("DEL") << u"a\u007Fb"_s << 200 << true << true << QString() << u"text.controlCharacter"_s;
    QTest::newRow("NEL (C1)") << u"a\u0085b"_s << 200 << true << true << QString() << u"text.controlCharacter"_s;
    QTest::newRow("line separator, single line") << u"a\u2028b"_s << 200 << true << false << QString() << u"text.controlCharacter"_s;
    QTest::newRow("lone high surrogate") << QString(u"a"_s + QChar(0xD83D) + u"b"_s) << 200 << true << false << QString() << u"text.encoding"_s;
    QTest::newRow("lone low surrogate") << QString(u"a"_s + QChar(0xDE00)) << 200 << true << false << QString() << u"text.encoding"_s;
    QTest::newRow("replacement character") << u"caf\uFFFD"_s << 200 << true << false << QString() << u"text.encoding"_s;
    QTest::newRow("noncharacter") << u"a\uFFFEb"_s << 200 << true << false << QString() << u"text.encoding"_s;
    QTest::newRow("one over the limit") << QString(11, u'x') << 10 << true << false << QString() << u"text.tooLong"_s;

    // The text policy (docs/security/text.md): what a language needs stays ...
    QTest::newRow("RLM between Arabic and a number") << u"عمري \u200F25 سنة"_s << 200 << true << false
                                                      << u"عمري \u200F25 سنة"_s << QString();
    QTest::newRow("LRM and ALM") << u"a\u200Eb\u061Cc"_s << 200 << true << false << u"a\u200Eb\u061Cc"_s << QString();
    QTest::newRow("ZWNJ in Persian") << u"می\u200Cخواهم"_s << 200 << true << false << u"می\u200Cخواهم"_s << QString();
    QTest::newRow("ZWJ in an emoji family") << u"\U0001F469\u200D\U0001F467"_s << 200 << true << false
                                            << u"\U0001F469\u200D\U0001F467"_s << QString();
    QTest::newRow("soft hyphen") << u"vrijwilligers\u00ADwerk"_s << 200 << true << false << u"vrijwilligers\u00ADwerk"_s << QString();
    QTest::newRow("no-break space") << u"10\u00A0uur"_s << 200 << true << false << u"10\u00A0uur"_s << QString();
    // ... what reorders or hides text goes.
    for (const char16_t c : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068', u'\u2069'}) {
        QTest::addRow("bidi control U+%04X", unsigned(c))
            << QString(u"Ik help "_s + QChar(c) + u"graag"_s) << 200 << true << true << QString() << u"text.invisibleCharacter"_s;
    }
    for (const char16_t c : {u'\u200B', u'\u2060', u'\uFEFF', u'\u3164'}) {
        QTest::addRow("zero-width U+%04X", unsigned(c))
            << QString(u"Ik help"_s + QChar(c) + u"graag"_s) << 200 << true << true << QString() << u"text.invisibleCharacter"_s;
    }
    QTest::newRow("invisible times") << u"a\u2062b"_s << 200 << true << true << QString() << u"text.invisibleCharacter"_s;
    QTest::newRow("tag character") << u"hallo\U000E0041"_s << 200 << true << true << QString() << u"text.invisibleCharacter"_s;
}

void TestValidation::freeText()
{
    QFETCH(QString, input);
    QFETCH(int, maxLength);
    QFETCH(bool, required);
    QFETCH(bool, multiLine);
    QFETCH(QString, expected);
    QFETCH(QString, code);

    const auto result = validateFreeText(input, u"motivation"_s, maxLength, required, multiLine);
    QCOMPARE(codeOf(result), code);
    if (code.isEmpty())
        QCOMPARE(result.value, expected);
    else
        QCOMPARE(result.error->field, u"motivation"_s);
}

// --- codes and identifiers ----------------------------------------------------------------------

void TestValidation::code_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");

    QTest::newRow("reference code") << u"ABCD-EFGH"_s << true << u"ABCD-EFGH"_s << QString();
    QTest::newRow("trimmed") << u" share-partner "_s << true << u"share-partner"_s << QString();
    QTest::newRow("time") << u"2026-12-31T09:00:00.000Z"_s << true << u"2026-12-31T09:00:00.000Z"_s << QString();
    QTest::newRow("empty, optional") << QString() << false << QString() << QString();
    QTest::newRow("empty, required") << u" "_s << true << QString() << u"code.required"_s;
    QTest::newRow("too long") << QString(41, u'a') << true << QString() << u"code.tooLong"_s;
    QTest::newRow("newline") << u"a\nb"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("tab") << u"a\tb"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("NUL") << u"a\0b"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("override") << u"2026\u202E10"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("isolate") << u"nl\u2066"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("zero-width space") << u"ABCD\u200B-EFGH"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("BOM inside") << u"\uFEFFmatching"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("RLM: fine in text, not in a code") << u"v\u200F1"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("ZWJ: fine in names, not in a code") << u"a\u200Db"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("no-break space") << u"ABCD\u00A0EFGH"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("soft hyphen") << u"share\u00ADpartner"_s << true << QString() << u"code.invalidCharacter"_s;
    QTest::newRow("lone surrogate") << QString(u"a"_s + QChar(0xD800)) << true << QString() << u"text.encoding"_s;
}

void TestValidation::code()
{
    QFETCH(QString, input);
    QFETCH(bool, required);
    QFETCH(QString, expected);
    QFETCH(QString, code);

    const auto result = validateCode(input, u"purpose"_s, kMaxKeyLength, required);
    QCOMPARE(codeOf(result), code);
    if (code.isEmpty()) {
        QCOMPARE(result.value, expected);
    } else {
        QCOMPARE(result.error->field, u"purpose"_s);
        QVERIFY(!result.error->message.isEmpty());
        QCOMPARE(result.value, input.trimmed()); // what was typed stays in the form
    }
}

// Names, free text and codes decide from one table: a name refuses what free text refuses,
// keeping only the joiners that spell names.
void TestValidation::characterClasses()
{
    for (const char16_t cp : {u'\u202E', u'\u2067', u'\u200B', u'\uFEFF', u'\u200E', u'\u0007'}) {
        const QString name = u"An"_s + QChar(cp) + u"na"_s;
        QVERIFY2(codeOf(validateName(name)) == u"name.invalidCharacter"_s, qPrintable(QString::number(unsigned(cp), 16)));
    }
    QCOMPARE(codeOf(validateName(u"Far\u200Cnaz"_s)), QString());
    QCOMPARE(characterClass(U'a'), CharacterClass::Plain);
    QCOMPARE(characterClass(U'\u202D'), CharacterClass::BidiControl);
    QCOMPARE(characterClass(U'\u2069'), CharacterClass::BidiControl);
    QCOMPARE(characterClass(U'\u200F'), CharacterClass::DirectionMark);
    QCOMPARE(characterClass(U'\u200D'), CharacterClass::Joiner);
    QCOMPARE(characterClass(U'\u2060'), CharacterClass::ZeroWidth);
    QCOMPARE(characterClass(U'\u0085'), CharacterClass::Control);
    QCOMPARE(characterClass(U'\u2029'), CharacterClass::LineBreak);
    QCOMPARE(characterClass(U'\u3000'), CharacterClass::OtherSpace);
    QCOMPARE(characterClass(0xE0001), CharacterClass::OtherFormat);
}

void TestValidation::overLongTextIsNotTruncated()
{
    for (const int limit : {kMaxShortTextLength, kMaxFreeTextLength}) {
        const QString typed = QString(limit, u'a') + u"b"_s;
        const auto result = validateFreeText(typed, u"description"_s, limit, false, true);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, u"text.tooLong"_s);
        QCOMPARE(result.error->field, u"description"_s);
        QVERIFY2(result.error->message.contains(QString::number(limit)), qPrintable(result.error->message));
        QCOMPARE(result.value.size(), limit + 1);
        QCOMPARE(result.value, typed);
    }
}

// --- strict UTF-8 -----------------------------------------------------------------------------

void TestValidation::decodeUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");

    QTest::newRow("ASCII") << QByteArray("hallo") << u"hallo"_s << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString();
    QTest::newRow("two-byte") << QByteArray("\xC3\x96zdemir") << u"Özdemir"_s << QString();
    QTest::newRow("Arabic") << QByteArray("\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF") << u"محمد"_s << QString();
    QTest::newRow("four-byte emoji") << QByteArray("\xF0\x9F\x98\x80") << u"\U0001F600"_s << QString();
    QTest::newRow("BOM dropped") << QByteArray("\xEF\xBB\xBFja") << u"ja"_s << QString();
    QTest::newRow("encoded U+FFFD is valid UTF-8") << QByteArray("\xEF\xBF\xBD") << u"\uFFFD"_s << QString();

    QTest::newRow("C3 28") << QByteArray("\xC3\x28") << QString() << u"text.encoding"_s;
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xE9") << QString() << u"text.encoding"_s;
    QTest::newRow("truncated at end") << QByteArray("ab\xC3") << QString() << u"text.encoding"_s;
    QTest::newRow("truncated 3-byte") << QByteArray("\xE2\x82") << QString() << u"text.encoding"_s;
    QTest::newRow("lone continuation") << QByteArray("\x80") << QString() << u"text.encoding"_s;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << QString() << u"text.encoding"_s;
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << QString() << u"text.encoding"_s;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QString() << u"text.encoding"_s;
    QTest::newRow("FF byte") << QByteArray("\xFF") << QString() << u"text.encoding"_s;
}

void TestValidation::decodeUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, code);

    const auto result = decodeUtf8Strict(bytes, u"motivation"_s);
    QCOMPARE(codeOf(result), code);
    if (code.isEmpty())
        QCOMPARE(result.value, expected);
    else
        QCOMPARE(result.error->field, u"motivation"_s);
}

// --- whole profile ----------------------------------------------------------------------------

void TestValidation::person_data()
{
    QTest::addColumn<Person>("person");
    QTest::addColumn<QStringList>("errors"); // "field code"

    QTest::newRow("valid") << validPerson() << QStringList();
    {
        Person p = validPerson();
        p.email.clear();
        QTest::newRow("phone only") << p << QStringList();
    }
    {
        Person p = validPerson();
        p.phone.clear();
        QTest::newRow("e-mail only") << p << QStringList();
    }
    {
        Person p = validPerson();
        p.tenantNumber.clear();
        p.address.addition.clear();
        p.languages.clear();
        QTest::newRow("optional fields empty") << p << QStringList();
    }
    {
        Person p = validPerson();
        p.phone.clear();
        p.email = u"  "_s;
        QTest::newRow("no way to reach") << p << QStringList{u"contact contact.required"_s};
    }
    {
        Person p = validPerson();
        p.givenName.clear();
        QTest::newRow("no given name") << p << QStringList{u"givenName name.required"_s};
    }
    {
        Person p = validPerson();
        p.familyName = u"Jansen3"_s;
        QTest::newRow("digit in family name") << p << QStringList{u"familyName name.invalidCharacter"_s};
    }
    {
        Person p = validPerson();
        p.phone = u"12345"_s;
        p.email = u"fatma@"_s;
        QTest::newRow("bad phone and e-mail") << p << QStringList{u"phone phone.format"_s, u"email email.format"_s};
    }
    {
        Person p = validPerson();
        p.address.postcode = u"1234 SS"_s;
        QTest::newRow("postcode") << p << QStringList{u"postcode postcode.nonexistent"_s};
    }
    {
        Person p = validPerson();
        p.address.houseNumber = 0;
        QTest::newRow("no house number") << p << QStringList{u"houseNumber houseNumber.required"_s};
    }
    {
        Person p = validPerson();
        p.address.houseNumber = 100000;
        QTest::newRow("house number too big") << p << QStringList{u"houseNumber houseNumber.range"_s};
    }
    {
        Person p = validPerson();
        p.address.addition = u"#3"_s;
        QTest::newRow("bad addition") << p << QStringList{u"houseAddition addition.format"_s};
    }
    {
        Person p = validPerson();
        p.dateOfBirth = kToday.addYears(-16).addDays(1);
        QTest::newRow("15 years old") << p << QStringList{u"dateOfBirth dateOfBirth.tooYoung"_s};
    }
    {
        Person p = validPerson();
        p.dateOfBirth = kToday.addYears(-16);
        QTest::newRow("16 today") << p << QStringList();
    }
    {
        Person p = validPerson();
        p.languages = {u"nl"_s, u"pt-BR"_s, u"x y"_s};
        QTest::newRow("language code with capitals") << p << QStringList{u"languages key.format"_s};
    }
    {
        Person p = validPerson();
        p.interests = {QString()};
        QTest::newRow("empty interest") << p << QStringList{u"interests key.format"_s};
    }
    {
        Person p = validPerson();
        p.neighbourhoods = {QString(kMaxKeyLength + 1, u'a')};
        QTest::newRow("neighbourhood too long") << p << QStringList{u"neighbourhoods key.format"_s};
    }
    {
        Person p = validPerson();
        p.tenantNumber = u"HN 0045"_s;
        QTest::newRow("space in tenant number") << p << QStringList{u"tenantNumber tenantNumber.format"_s};
    }
    {
        Person p = validPerson();
        p.tenantNumber = QString(kMaxTenantNumberLength + 1, u'9');
        QTest::newRow("tenant number too long") << p << QStringList{u"tenantNumber tenantNumber.tooLong"_s};
    }
}

void TestValidation::person()
{
    QFETCH(Person, person);
    QFETCH(QStringList, errors);
    QCOMPARE(codesOf(validatePerson(person, kToday)), errors);
}

void TestValidation::emptyPersonReportsEverythingAtOnce()
{
    const FieldErrors errors = validatePerson(Person(), kToday);
    QCOMPARE(codesOf(errors), (QStringList{
                                  u"givenName name.required"_s,
                                  u"familyName name.required"_s,
                                  u"contact contact.required"_s,
                                  u"postcode postcode.required"_s,
                                  u"houseNumber houseNumber.required"_s,
                                  u"dateOfBirth dateOfBirth.invalid"_s,
                              }));
    for (const FieldError &e : errors)
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.code));
}

// --- catalogue --------------------------------------------------------------------------------

void TestValidation::opportunity_data()
{
    QTest::addColumn<Opportunity>("opportunity");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("valid") << validOpportunity() << QStringList();
    {
        Opportunity o = validOpportunity();
        o.kind = OpportunityKind::TrainingPlace;
        o.trainingType = TrainingType::LearnWork;
        QTest::newRow("training place") << o << QStringList();
    }
    {
        Opportunity o = validOpportunity();
        o.capacity = 0;
        o.minimumAge = 0;
        o.startDate = QDate();
        o.endDate = QDate();
        QTest::newRow("unlimited, no dates") << o << QStringList();
    }
    {
        Opportunity o = validOpportunity();
        o.endDate = o.startDate;
        QTest::newRow("one day") << o << QStringList();
    }
    {
        Opportunity o = validOpportunity();
        o.title = u"  "_s;
        QTest::newRow("no title") << o << QStringList{u"title text.required"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.title = QString(kMaxShortTextLength + 1, u'a');
        QTest::newRow("long title") << o << QStringList{u"title text.tooLong"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.title = u"Moestuin\nbijhouden"_s;
        QTest::newRow("title on two lines") << o << QStringList{u"title text.controlCharacter"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.capacity = -1;
        QTest::newRow("negative capacity") << o << QStringList{u"capacity capacity.negative"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.minimumAge = 100;
        QTest::newRow("minimum age 100") << o << QStringList{u"minimumAge minimumAge.range"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.minimumAge = -1;
        QTest::newRow("minimum age -1") << o << QStringList{u"minimumAge minimumAge.range"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.endDate = o.startDate.addDays(-1);
        QTest::newRow("ends before it starts") << o << QStringList{u"endDate endDate.beforeStart"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.kind = OpportunityKind::TrainingPlace;
        QTest::newRow("training without type") << o << QStringList{u"trainingType trainingType.required"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.kind = OpportunityKind::SelfManagement;
        o.trainingType = TrainingType::Internship;
        QTest::newRow("type on a non-training") << o << QStringList{u"trainingType trainingType.notAllowed"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.site.latitude = 91;
        o.site.longitude = -180.5;
        QTest::newRow("coordinates") << o << QStringList{u"site.latitude coordinates.range"_s,
                                                          u"site.longitude coordinates.range"_s};
    }
    {
        Opportunity o = validOpportunity();
        o.site.latitude = qQNaN();
        QTest::newRow("NaN latitude") << o << QStringList{u"site.latitude coordinates.range"_s};
    }
}

void TestValidation::opportunity()
{
    QFETCH(Opportunity, opportunity);
    QFETCH(QStringList, errors);
    QCOMPARE(codesOf(validateOpportunity(opportunity)), errors);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
