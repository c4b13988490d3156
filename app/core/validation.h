// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Input validation shared by the device app and the server. Pure functions: no clock of their
// own (today is passed in), no database, no network.
//
// Each validator forgives what a person typically types (spacing, case, "12a" in the number
// field, "+31 (0)6 …") and returns the normalised value, or one FieldError. On error `value`
// still holds the input as far as it could be normalised — never truncated — so a form can
// keep showing what was typed.
//
// Lengths are counted in Unicode code points (what a person calls characters, and what a
// PostgreSQL varchar(n) counts), not in UTF-16 units.

#include "core/domain.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace Meedoen {

inline constexpr int kMaxNameLength = 100;
inline constexpr int kMaxShortTextLength = 200;
inline constexpr int kMaxFreeTextLength = 2000;
inline constexpr int kMaxEmailLength = 254;
inline constexpr int kMaxEmailLocalPartLength = 64;
inline constexpr int kMinHouseNumber = 1;
inline constexpr int kMaxHouseNumber = 99999;
inline constexpr int kMaxHouseNumberAdditionLength = 10;
inline constexpr int kMaxTenantNumberLength = 20;
inline constexpr int kMaxKeyLength = 40;             // language codes, interest and neighbourhood keys
inline constexpr int kMinimumVolunteerAge = 16;
inline constexpr int kMaximumPlausibleAge = 120;
inline constexpr int kMaxOpportunityMinimumAge = 99;
inline constexpr int kMaxCapacity = 100000;           // places of one opportunity (0 = unlimited)
inline constexpr int kMinE164Digits = 8;             // digits after the "+", country code included
inline constexpr int kMaxE164Digits = 15;
inline constexpr int kMaxMinutesPerDay = 24 * 60;                // one hours entry
inline constexpr int kMaxAgreedMinutesPerMonth = 31 * 24 * 60;   // a tegenprestatie (744 hours)

// One problem with one field. `message` is a translated, tenant-friendly sentence (B1 Dutch
// source strings, context "Validation"); `code` is a stable machine key such as
// "postcode.format", used by the server's problem+json and by tests.
struct FieldError
{
    QString field;
    QString code;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};
using FieldErrors = QList<FieldError>;

// The normalised value, or the error.
template<typename T>
struct Validated
{
    T value{};
    std::optional<FieldError> error;
    bool ok() const { return !error; }
};

struct HouseNumber
{
    int number = 0;      // kMinHouseNumber … kMaxHouseNumber
    QString addition;    // "" or e.g. "A", "2", "bis", "2 hoog"
    friend bool operator==(const HouseNumber &, const HouseNumber &) = default;
};

// Dutch postcode → "1234 AB". Spacing and case are forgiven; a leading 0 and the letter pairs
// SA, SD and SS (never issued) are refused.
// Codes: postcode.required, postcode.format, postcode.nonexistent.
Validated<QString> validatePostcode(QStringView input, const QString &field = QStringLiteral("postcode"));

// House number 1–99999 with an optional addition of at most 10 letters, digits, spaces or
// hyphens. "12a", "12-2" and "12 bis" typed in the number field are split into number and
// addition. A lone letter is upper-cased ("12a" → 12 "A"); other additions keep their case.
// Codes: houseNumber.required, houseNumber.format, houseNumber.range, houseNumber.twoAdditions,
// addition.format, addition.tooLong (the last two name `additionField`).
Validated<HouseNumber> validateHouseNumber(QStringView number, QStringView addition,
                                           const QString &numberField = QStringLiteral("houseNumber"),
                                           const QString &additionField = QStringLiteral("addition"));

// Dutch mobile and landline numbers (06-12345678, 010-1234567, +31 6 …, 0031 6 …, +31 (0)6 …)
// and international numbers (+CC …, 8–15 digits) → E.164 ("+31612345678"). Separators:
// space, hyphen, dot and one pair of parentheses. Digits of any script are accepted.
// Dutch numbers must have 9 digits after the 0 / +31 (0800/0900 numbers are not supported).
// Codes: phone.required, phone.format, phone.length.
Validated<QString> validatePhone(QStringView input, const QString &field = QStringLiteral("phone"));

// Pragmatic e-mail check: local@domain.tld, no spaces, one "@", local part ≤ 64, whole
// address ≤ 254, domain labels of letters/digits/hyphens. The domain is lower-cased; the
// local part is kept as typed. Quoted local parts and IP-address domains are refused.
// Codes: email.required, email.format, email.tooLong.
Validated<QString> validateEmail(QStringView input, const QString &field = QStringLiteral("email"));

// A person's name in any script: letters and combining marks, spaces, apostrophes (' ’),
// hyphens and periods; at least one letter; 1–100 characters. Trimmed, inner whitespace
// collapsed to one space, returned in Unicode NFC.
// Codes: name.required, name.tooLong, name.invalidCharacter, name.noLetter.
Validated<QString> validateName(QStringView input, const QString &field = QStringLiteral("name"));

// Completed years between dob and today. Someone born on 29 February turns a year older on
// 1 March in a common year. Returns -1 when dob is invalid or after today.
int ageOn(QDate dob, QDate today);

// Codes: dateOfBirth.invalid, dateOfBirth.future, dateOfBirth.tooYoung, dateOfBirth.tooOld.
Validated<QDate> validateDateOfBirth(QDate dob, QDate today, int minimumAge = kMinimumVolunteerAge,
                                     const QString &field = QStringLiteral("dateOfBirth"));

// The text policy (docs/security/text.md): what each character is to the validators of
// names, free text and codes, so that the three decide from one table.
enum class CharacterClass {
    Plain,          // letters, digits, punctuation, symbols, marks, the ordinary space
    LineBreak,      // \n, \r, U+2028, U+2029
    Tab,            // \t
    Control,        // every other C0/C1 control character
    DirectionMark,  // U+200E LRM, U+200F RLM, U+061C ALM: affect only their neighbours
    Joiner,         // U+200C ZWNJ, U+200D ZWJ: spelling in Persian, Indic scripts, emoji
    SoftHyphen,     // U+00AD: an invisible hyphenation point
    BidiControl,    // U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates
    ZeroWidth,      // U+200B, U+2060, U+FEFF: hide a difference between two strings
    OtherFormat,    // any other format character (Cf), e.g. tag characters, U+2061–U+2064
    OtherSpace,     // a space that is not U+0020 (no-break, thin, ideographic …)
    Broken,         // lone surrogate, U+FFFD, non-character
};
CharacterClass characterClass(char32_t cp);

// Free text typed by a person. Trimmed; refuses control characters (in multi-line text \n
// and \t are allowed and \r\n / \r become \n), bidi embeddings, overrides and isolates,
// zero-width spaces and other invisible format characters (direction marks, ZWNJ/ZWJ and the
// soft hyphen stay: languages need them), lone surrogates, U+FFFD (what broken UTF-8
// decodes to) and text longer than maxLength (the message states the limit; the value is
// returned untruncated). Empty text is an error only when `required`.
// Codes: text.required, text.tooLong, text.controlCharacter, text.invisibleCharacter,
// text.encoding.
Validated<QString> validateFreeText(QStringView input, const QString &field, int maxLength,
                                    bool required, bool multiLine = false);

// A code or identifier (ids, reference and personal codes, consent purpose and text version,
// language keys, kinds, cursors, times): one line of visible characters. Trimmed; refuses
// every control, format and direction character (marks and joiners too), every space but
// U+0020, and broken text; longer than maxLength is an error (value returned untruncated).
// Codes: code.required, code.tooLong, code.invalidCharacter, text.encoding.
Validated<QString> validateCode(QStringView input, const QString &field, int maxLength, bool required);

// Strict UTF-8 decoding of bytes from the wire or a file: any invalid or truncated sequence
// is an error (code text.encoding) instead of silently becoming U+FFFD. A leading BOM is
// dropped.
Validated<QString> decodeUtf8Strict(QByteArrayView bytes, const QString &field);

// A short machine key: 1–40 characters of [a-z0-9-], starting with a letter or digit.
// Used for language codes, interest keys and neighbourhood ids. Code: key.format.
Validated<QString> validateKey(QStringView input, const QString &field);

// Optional tenant/contract number: up to 20 characters of [A-Za-z0-9-], trimmed.
// Codes: tenantNumber.format, tenantNumber.tooLong.
Validated<QString> validateTenantNumber(QStringView input,
                                        const QString &field = QStringLiteral("tenantNumber"));

// The names of a person's fields: what validatePerson calls them in its errors, what the
// registration forms call them, and the keys of the person's JSON on the wire (one name each).
namespace PersonField {
inline constexpr QStringView givenName = u"givenName";
inline constexpr QStringView familyName = u"familyName";
inline constexpr QStringView phone = u"phone";
inline constexpr QStringView email = u"email";
inline constexpr QStringView contact = u"contact";          // neither phone nor e-mail
inline constexpr QStringView postcode = u"postcode";
inline constexpr QStringView houseNumber = u"houseNumber";
inline constexpr QStringView houseAddition = u"houseAddition";
inline constexpr QStringView dateOfBirth = u"dateOfBirth";
inline constexpr QStringView languages = u"languages";
inline constexpr QStringView interests = u"interests";
inline constexpr QStringView neighbourhoods = u"neighbourhoods";
inline constexpr QStringView tenantNumber = u"tenantNumber";
inline constexpr QStringView personalCode = u"personalCode";
} // namespace PersonField

// Whole-profile check, all problems at once, naming fields as PersonField does (contact:
// code contact.required; the lists by their first bad entry).
FieldErrors validatePerson(const Person &p, QDate today);

// Catalogue check, all problems at once. Field names: title, capacity (capacity.negative),
// minimumAge (minimumAge.range), endDate (endDate.beforeStart), trainingType
// (trainingType.required, trainingType.notAllowed), site.latitude / site.longitude
// (coordinates.range).
FieldErrors validateOpportunity(const Opportunity &o);

} // namespace Meedoen
