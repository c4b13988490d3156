// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than 500 lines on purpose: every field's check and its translatable message side by
// side, so the sentences a tenant reads stay alike in tone and the limits in one place.
#include "core/validation.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <utility>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

template<typename T>
Validated<T> failed(T value, const QString &field, QLatin1StringView code, QString message)
{
    return Validated<T>{std::move(value), FieldError{field, QString(code), std::move(message)}};
}

template<typename T>
Validated<T> passed(T value)
{
    return Validated<T>{std::move(value), std::nullopt};
}

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

// Calls f(codePoint) for each code point until f returns false. A lone surrogate is passed as
// itself (0xD800–0xDFFF), so callers can refuse it.
template<typename F>
void forEachCodePoint(QStringView s, F &&f)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        char32_t cp = c.unicode();
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, s[i + 1]);
            ++i;
        }
        if (!f(cp))
            return;
    }
}

qsizetype codePointCount(QStringView s)
{
    qsizetype n = 0;
    forEachCodePoint(s, [&n](char32_t) { ++n; return true; });
    return n;
}

// Decimal digits of any script ("٠٦", "０６") become ASCII digits; everything else is kept.
QString asciiDigits(QStringView s)
{
    QString out;
    out.reserve(s.size());
    forEachCodePoint(s, [&out](char32_t cp) {
        if (QChar::category(cp) == QChar::Number_DecimalDigit)
            out += QChar(u'0' + QChar::digitValue(cp));
        else
            out += QStringView(QChar::fromUcs4(cp));
        return true;
    });
    return out;
}

// Trims whitespace and hyphens at both ends (the separators between number and addition).
QString trimSeparators(QStringView s)
{
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && (s[from].isSpace() || s[from] == u'-'))
        ++from;
    while (to > from && (s[to - 1].isSpace() || s[to - 1] == u'-'))
        --to;
    return s.sliced(from, to - from).toString();
}

bool isNameCharacter(char32_t cp)
{
    if (QChar::isLetter(cp) || QChar::isMark(cp))
        return true;
    switch (cp) {
    case U' ':
    case U'\'':
    case U'\u2019': // right single quotation mark, the typographic apostrophe
    case U'-':
    case U'\u2010': // hyphen
    case U'.':
    case U'\u00B7': // middle dot, Catalan "l·l"
        return true;
    default:
        // ZWNJ and ZWJ spell Persian and Indic names; every other invisible character is out.
        return characterClass(cp) == CharacterClass::Joiner;
    }
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    bool ok = true;
    forEachCodePoint(label, [&ok](char32_t cp) {
        ok = cp == U'-' || QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
        return ok;
    });
    return ok;
}

bool isEmailLocalCharacter(char32_t cp)
{
    if (cp < 0x80) {
        const char c = char(cp);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || QByteArrayView("!#$%&'*+-/=?^_`{|}~.").contains(c);
    }
    // RFC 6531 allows UTF-8 in the local part; accept letters, digits and marks only.
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

QString invisibleCharacterMessage()
{
    return QCoreApplication::translate("Validation",
                                       "Er staat een onzichtbaar teken in de tekst dat hier niet mag. "
                                       "Haal het weg en probeer het opnieuw.");
}

QString encodingMessage()
{
    return QCoreApplication::translate("Validation",
                                       "Er staat een onleesbaar teken in de tekst. Typ de tekst opnieuw.");
}

QString tooLongMessage(int maxLength, qsizetype length)
{
    return QCoreApplication::translate("Validation",
                                       "Deze tekst is te lang. Je mag hoogstens %1 tekens gebruiken, nu zijn het er %2.")
        .arg(maxLength)
        .arg(length);
}

} // namespace

// ---------------------------------------------------------------------------------------------

CharacterClass characterClass(char32_t cp)
{
    // Nearly everything on the wire is ASCII: decided without a table look-up.
    if (cp < 0x80) {
        if (cp >= 0x20 && cp < 0x7F)
            return CharacterClass::Plain;
        if (cp == U'\n' || cp == U'\r')
            return CharacterClass::LineBreak;
        return cp == U'\t' ? CharacterClass::Tab : CharacterClass::Control;
    }
    if (QChar::isSurrogate(cp) || cp == 0xFFFD || QChar::isNonCharacter(cp))
        return CharacterClass::Broken;
    switch (cp) {
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x061C: // Arabic letter mark
        return CharacterClass::DirectionMark;
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
        return CharacterClass::Joiner;
    case 0x00AD:
        return CharacterClass::SoftHyphen;
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0xFEFF: // zero-width no-break space, the BOM
    case 0x115F: // Hangul fillers: letters by category, blank on screen
    case 0x1160:
    case 0x3164:
    case 0xFFA0:
        return CharacterClass::ZeroWidth;
    default:
        break;
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
        return CharacterClass::BidiControl;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
        return CharacterClass::Control;
    case QChar::Other_Format:
        return CharacterClass::OtherFormat;
    case QChar::Separator_Space:
        return CharacterClass::OtherSpace;
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return CharacterClass::LineBreak;
    default:
        return CharacterClass::Plain;
    }
}

// ---------------------------------------------------------------------------------------------

Validated<QString> validatePostcode(QStringView input, const QString &field)
{
    const QString typed = input.trimmed().toString();
    const QString formatMessage = QCoreApplication::translate("Validation", "Vul je postcode in zoals 1234 AB.");
    if (typed.isEmpty())
        return failed(typed, field, "postcode.required"_L1, formatMessage);

    QString compact;
    for (const QChar c : asciiDigits(typed)) {
        if (!c.isSpace())
            compact += c.toUpper();
    }
    const bool wellFormed = compact.size() == 6 && compact[0] >= u'1' && compact[0] <= u'9'
                            && isAsciiDigit(compact[1]) && isAsciiDigit(compact[2]) && isAsciiDigit(compact[3])
                            && compact[4] >= u'A' && compact[4] <= u'Z' && compact[5] >= u'A' && compact[5] <= u'Z';
    if (!wellFormed)
        return failed(typed, field, "postcode.format"_L1, formatMessage);

    const QString normalised = compact.left(4) + u' ' + compact.mid(4);
    const QStringView letters = QStringView(compact).mid(4);
    // PostNL never issues SA, SD and SS (their associations during the war).
    if (letters == u"SA" || letters == u"SD" || letters == u"SS") {
        return failed(normalised, field, "postcode.nonexistent"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Deze postcode bestaat niet. Kijk of je hem goed hebt ingevuld."));
    }
    return passed(normalised);
}

// ---------------------------------------------------------------------------------------------

Validated<HouseNumber> validateHouseNumber(QStringView number, QStringView addition,
                                           const QString &numberField, const QString &additionField)
{
    const QString typed = asciiDigits(number.trimmed());
    const QString typedAddition = trimSeparators(asciiDigits(addition.trimmed()));

    qsizetype digitCount = 0;
    while (digitCount < typed.size() && isAsciiDigit(typed[digitCount]))
        ++digitCount;
    QStringView digits = QStringView(typed).left(digitCount);
    // Only after a number can the number field hold an addition ("12a", "12-2", "12 bis").
    const QString trailing = digitCount > 0 ? trimSeparators(QStringView(typed).mid(digitCount)) : QString();

    HouseNumber value;
    value.addition = (typedAddition.isEmpty() ? trailing : typedAddition).simplified();

    if (typed.isEmpty()) {
        return failed(value, numberField, "houseNumber.required"_L1,
                      QCoreApplication::translate("Validation", "Vul je huisnummer in."));
    }
    if (digits.isEmpty()) {
        return failed(value, numberField, "houseNumber.format"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Vul je huisnummer in met cijfers, zoals 12 of 12a."));
    }
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.mid(1);
    const int parsed = digits.size() <= 5 ? digits.toInt() : 0;
    value.number = parsed;
    if (parsed < kMinHouseNumber || parsed > kMaxHouseNumber) {
        return failed(value, numberField, "houseNumber.range"_L1,
                      QCoreApplication::translate("Validation", "Een huisnummer ligt tussen %1 en %2.")
                          .arg(kMinHouseNumber)
                          .arg(kMaxHouseNumber));
    }
    if (!trailing.isEmpty() && !typedAddition.isEmpty()
        && trailing.simplified().compare(typedAddition.simplified(), Qt::CaseInsensitive) != 0) {
        return failed(value, numberField, "houseNumber.twoAdditions"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Vul de toevoeging maar op één plek in: bij het huisnummer of bij de toevoeging."));
    }

    // An addition typed in the number field ("12/2", "12a!") is reported on the number field.
    const QString &additionSource = typedAddition.isEmpty() ? numberField : additionField;
    for (const QChar c : std::as_const(value.addition)) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u' ' && c != u'-') {
            return failed(value, additionSource, "addition.format"_L1,
                          QCoreApplication::translate("Validation",
                                                      "Een toevoeging bestaat uit letters en cijfers, zoals A of 2."));
        }
    }
    if (value.addition.size() > kMaxHouseNumberAdditionLength) {
        return failed(value, additionSource, "addition.tooLong"_L1,
                      QCoreApplication::translate("Validation", "Een toevoeging heeft hoogstens %1 tekens.")
                          .arg(kMaxHouseNumberAdditionLength));
    }
    // A house letter ("huisletter") is written as a capital: 12a → 12 A.
    if (value.addition.size() == 1 && isAsciiLetter(value.addition[0]))
        value.addition = value.addition.toUpper();
    return passed(value);
}

// ---------------------------------------------------------------------------------------------

Validated<QString> validatePhone(QStringView input, const QString &field)
{
    const QString typed = input.trimmed().toString();
    if (typed.isEmpty()) {
        return failed(typed, field, "phone.required"_L1,
                      QCoreApplication::translate("Validation", "Vul je telefoonnummer in."));
    }
    const auto formatError = [&] {
        return failed(typed, field, "phone.format"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Vul je telefoonnummer in zoals 06 12345678 of +32 470 123456. "
                                                  "Gebruik alleen cijfers, spaties en streepjes."));
    };
    const auto lengthError = [&] {
        return failed(typed, field, "phone.length"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Dit telefoonnummer heeft te veel of te weinig cijfers. "
                                                  "Een Nederlands nummer heeft 10 cijfers, zoals 06 12345678."));
    };

    QString digits;
    bool plus = false;
    bool inParentheses = false;
    bool hadParentheses = false;
    qsizetype parenthesesStart = -1;
    QString parenthesisedDigits;
    for (const QChar c : asciiDigits(typed)) {
        if (isAsciiDigit(c)) {
            digits += c;
            if (inParentheses)
                parenthesisedDigits += c;
        } else if (c == u'+') {
            if (plus || !digits.isEmpty() || hadParentheses)
                return formatError();
            plus = true;
        } else if (c == u'(') {
            if (hadParentheses)
                return formatError();
            inParentheses = hadParentheses = true;
            parenthesesStart = digits.size();
        } else if (c == u')') {
            if (!inParentheses || parenthesisedDigits.isEmpty())
                return formatError();
            inParentheses = false;
        } else if (!(c.isSpace() || c == u'-' || c == u'.')) {
            return formatError();
        }
    }
    if (inParentheses || digits.isEmpty())
        return formatError();
    // "+31 (0)6 …": the (0) is the national trunk prefix, not part of the international number.
    if (parenthesisedDigits == u"0" && parenthesesStart > 0)
        digits.remove(parenthesesStart, 1);

    QString international;
    if (plus) {
        international = digits;
    } else if (digits.startsWith(u"00")) {
        international = digits.mid(2);
    } else if (digits.startsWith(u'0')) {
        if (digits.size() != 10)
            return lengthError();
        if (digits[1] == u'0')
            return formatError();
        return passed(QString(u"+31"_s + QStringView(digits).mid(1)));
    } else {
        return formatError();
    }

    if (international.isEmpty() || international[0] == u'0')
        return formatError();
    if (international.startsWith(u"31")) {
        QString national = international.mid(2);
        if (national.size() == 10 && national[0] == u'0') // "+31 06 …", a common slip
            national.remove(0, 1);
        if (national.size() != 9)
            return lengthError();
        if (national[0] == u'0')
            return formatError();
        return passed(QString(u"+31"_s + national));
    }
    if (international.size() < kMinE164Digits || international.size() > kMaxE164Digits)
        return lengthError();
    return passed(QString(u"+"_s + international));
}

// ---------------------------------------------------------------------------------------------

Validated<QString> validateEmail(QStringView input, const QString &field)
{
    const QString typed = input.trimmed().toString();
    if (typed.isEmpty()) {
        return failed(typed, field, "email.required"_L1,
                      QCoreApplication::translate("Validation", "Vul je e-mailadres in."));
    }
    const auto formatError = [&](QString value) {
        return failed(std::move(value), field, "email.format"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl."));
    };
    const qsizetype at = typed.indexOf(u'@');
    if (at <= 0 || at != typed.lastIndexOf(u'@') || at == typed.size() - 1)
        return formatError(typed);

    const QStringView local = QStringView(typed).left(at);
    const QString domain = typed.mid(at + 1).toLower();
    const QString normalised = local + u"@"_s + domain;

    if (codePointCount(normalised) > kMaxEmailLength || codePointCount(local) > kMaxEmailLocalPartLength) {
        return failed(normalised, field, "email.tooLong"_L1,
                      QCoreApplication::translate("Validation", "Dit e-mailadres is te lang."));
    }

    bool localOk = local.front() != u'.' && local.back() != u'.' && !local.contains(u"..");
    forEachCodePoint(local, [&localOk](char32_t cp) {
        localOk = localOk && isEmailLocalCharacter(cp);
        return localOk;
    });
    if (!localOk)
        return formatError(normalised);

    const QList<QStringView> labels = QStringView(domain).split(u'.');
    if (labels.size() < 2)
        return formatError(normalised);
    for (const QStringView label : labels) {
        if (!isDomainLabel(label))
            return formatError(normalised);
    }
    const QStringView tld = labels.back();
    bool tldAllDigits = true;
    for (const QChar c : tld)
        tldAllDigits = tldAllDigits && isAsciiDigit(c);
    if (tld.size() < 2 || tldAllDigits)
        return formatError(normalised);
    return passed(normalised);
}

// ---------------------------------------------------------------------------------------------

Validated<QString> validateName(QStringView input, const QString &field)
{
    const QString name = input.toString().simplified().normalized(QString::NormalizationForm_C);
    if (name.isEmpty()) {
        return failed(name, field, "name.required"_L1,
                      QCoreApplication::translate("Validation", "Vul je naam in."));
    }
    bool allowed = true;
    bool hasLetter = false;
    forEachCodePoint(name, [&](char32_t cp) {
        allowed = isNameCharacter(cp);
        hasLetter = hasLetter || QChar::isLetter(cp);
        return allowed;
    });
    if (!allowed) {
        return failed(name, field, "name.invalidCharacter"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Een naam bestaat uit letters. Spaties, ' - en . mogen ook. "
                                                  "Cijfers en andere tekens mogen niet."));
    }
    if (!hasLetter) {
        return failed(name, field, "name.noLetter"_L1,
                      QCoreApplication::translate("Validation", "Een naam heeft minstens één letter."));
    }
    if (codePointCount(name) > kMaxNameLength) {
        return failed(name, field, "name.tooLong"_L1,
                      QCoreApplication::translate("Validation", "Deze naam is te lang. Een naam heeft hoogstens %1 tekens.")
                          .arg(kMaxNameLength));
    }
    return passed(name);
}

// ---------------------------------------------------------------------------------------------

int ageOn(QDate dob, QDate today)
{
    if (!dob.isValid() || !today.isValid() || dob > today)
        return -1;
    int age = today.year() - dob.year();
    // Comparing (month, day) makes 29 February birthdays fall on 1 March in common years.
    if (today.month() < dob.month() || (today.month() == dob.month() && today.day() < dob.day()))
        --age;
    return age;
}

Validated<QDate> validateDateOfBirth(QDate dob, QDate today, int minimumAge, const QString &field)
{
    Q_ASSERT(today.isValid());
    if (!dob.isValid()) {
        return failed(dob, field, "dateOfBirth.invalid"_L1,
                      QCoreApplication::translate("Validation", "Vul je geboortedatum in, zoals 31-12-1990."));
    }
    if (dob > today) {
        return failed(dob, field, "dateOfBirth.future"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Deze geboortedatum ligt in de toekomst. Kijk of je hem goed hebt ingevuld."));
    }
    const int age = ageOn(dob, today);
    if (age < minimumAge) {
        return failed(dob, field, "dateOfBirth.tooYoung"_L1,
                      QCoreApplication::translate("Validation", "Je moet minstens %n jaar zijn om mee te doen.",
                                                  nullptr, minimumAge));
    }
    if (age > kMaximumPlausibleAge) {
        return failed(dob, field, "dateOfBirth.tooOld"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.",
                                                  nullptr, kMaximumPlausibleAge));
    }
    return passed(dob);
}

// ---------------------------------------------------------------------------------------------

Validated<QString> validateFreeText(QStringView input, const QString &field, int maxLength, bool required,
                                    bool multiLine)
{
    QString text = input.toString();
    if (multiLine) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
        text.replace(QChar(0x2028), u'\n'); // line separator
        text.replace(QChar(0x2029), u'\n'); // paragraph separator
    }
    text = text.trimmed();

    enum class Problem { None, Encoding, Control, LineBreak, Invisible };
    Problem problem = Problem::None;
    forEachCodePoint(text, [&](char32_t cp) {
        switch (characterClass(cp)) {
        case CharacterClass::Broken:
            problem = Problem::Encoding;
            break;
        case CharacterClass::LineBreak:
        case CharacterClass::Tab:
            problem = multiLine ? Problem::None : Problem::LineBreak;
            break;
        case CharacterClass::Control:
            problem = Problem::Control;
            break;
        case CharacterClass::BidiControl:
        case CharacterClass::ZeroWidth:
        case CharacterClass::OtherFormat:
            problem = Problem::Invisible;
            break;
        case CharacterClass::Plain:
        case CharacterClass::DirectionMark:
        case CharacterClass::Joiner:
        case CharacterClass::SoftHyphen:
        case CharacterClass::OtherSpace:
            break;
        }
        return problem == Problem::None;
    });
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Encoding:
        return failed(text, field, "text.encoding"_L1, encodingMessage());
    case Problem::LineBreak:
        return failed(text, field, "text.controlCharacter"_L1,
                      QCoreApplication::translate("Validation", "Schrijf dit op één regel, zonder enter of tab."));
    case Problem::Control:
        return failed(text, field, "text.controlCharacter"_L1, invisibleCharacterMessage());
    case Problem::Invisible:
        return failed(text, field, "text.invisibleCharacter"_L1, invisibleCharacterMessage());
    }

    if (text.isEmpty() && required) {
        return failed(text, field, "text.required"_L1,
                      QCoreApplication::translate("Validation", "Vul dit veld in."));
    }
    const qsizetype length = codePointCount(text);
    if (length > maxLength)
        return failed(text, field, "text.tooLong"_L1, tooLongMessage(maxLength, length));
    return passed(text);
}

Validated<QString> validateCode(QStringView input, const QString &field, int maxLength, bool required)
{
    const QString code = input.trimmed().toString();
    CharacterClass refused = CharacterClass::Plain;
    forEachCodePoint(code, [&refused](char32_t cp) {
        refused = characterClass(cp);
        return refused == CharacterClass::Plain;
    });
    if (refused == CharacterClass::Broken)
        return failed(code, field, "text.encoding"_L1, encodingMessage());
    if (refused != CharacterClass::Plain)
        return failed(code, field, "code.invalidCharacter"_L1, invisibleCharacterMessage());
    if (code.isEmpty() && required)
        return failed(code, field, "code.required"_L1, QCoreApplication::translate("Validation", "Vul dit veld in."));
    if (const qsizetype length = codePointCount(code); length > maxLength)
        return failed(code, field, "code.tooLong"_L1, tooLongMessage(maxLength, length));
    return passed(code);
}

Validated<QString> decodeUtf8Strict(QByteArrayView bytes, const QString &field)
{
    // Stateless: a sequence cut off at the end is an error, not something to wait for.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return failed(text, field, "text.encoding"_L1, encodingMessage());
    return passed(text);
}

// ---------------------------------------------------------------------------------------------

Validated<QString> validateKey(QStringView input, const QString &field)
{
    bool ok = !input.isEmpty() && input.size() <= kMaxKeyLength && input.front() != u'-';
    for (const QChar c : input)
        ok = ok && ((c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'-');
    if (!ok) {
        return failed(input.toString(), field, "key.format"_L1,
                      QCoreApplication::translate("Validation",
                                                  "Deze code mag alleen kleine letters, cijfers en streepjes bevatten "
                                                  "(hoogstens %1 tekens).")
                          .arg(kMaxKeyLength));
    }
    return passed(input.toString());
}

Validated<QString> validateTenantNumber(QStringView input, const QString &field)
{
    const QString typed = input.trimmed().toString();
    for (const QChar c : typed) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-') {
            return failed(typed, field, "tenantNumber.format"_L1,
                          QCoreApplication::translate("Validation",
                                                      "Een huurdersnummer bestaat uit letters, cijfers en streepjes."));
        }
    }
    if (typed.size() > kMaxTenantNumberLength) {
        return failed(typed, field, "tenantNumber.tooLong"_L1,
                      QCoreApplication::translate("Validation", "Een huurdersnummer heeft hoogstens %1 tekens.")
                          .arg(kMaxTenantNumberLength));
    }
    return passed(typed);
}

// ---------------------------------------------------------------------------------------------

FieldErrors validatePerson(const Person &p, QDate today)
{
    FieldErrors errors;
    const auto collect = [&errors](const auto &validated) {
        if (validated.error)
            errors.append(*validated.error);
    };

    collect(validateName(p.givenName, PersonField::givenName.toString()));
    collect(validateName(p.familyName, PersonField::familyName.toString()));

    const bool hasPhone = !QStringView(p.phone).trimmed().isEmpty();
    const bool hasEmail = !QStringView(p.email).trimmed().isEmpty();
    if (!hasPhone && !hasEmail) {
        errors.append({PersonField::contact.toString(), u"contact.required"_s,
                       QCoreApplication::translate("Validation",
                                                   "Vul je telefoonnummer of je e-mailadres in, zodat we je kunnen bereiken.")});
    }
    if (hasPhone)
        collect(validatePhone(p.phone, PersonField::phone.toString()));
    if (hasEmail)
        collect(validateEmail(p.email, PersonField::email.toString()));

    collect(validatePostcode(p.address.postcode, PersonField::postcode.toString()));
    collect(validateHouseNumber(p.address.houseNumber == 0 ? QString() : QString::number(p.address.houseNumber),
                                p.address.addition, PersonField::houseNumber.toString(), PersonField::houseAddition.toString()));
    collect(validateDateOfBirth(p.dateOfBirth, today, kMinimumVolunteerAge, PersonField::dateOfBirth.toString()));

    const auto collectKeys = [&](const QStringList &keys, const QString &field) {
        for (const QString &key : keys) {
            const auto validated = validateKey(key, field);
            if (!validated.ok()) {
                collect(validated);
                return; // one error per list is enough to point at the field
            }
        }
    };
    collectKeys(p.languages, PersonField::languages.toString());
    collectKeys(p.interests, PersonField::interests.toString());
    collectKeys(p.neighbourhoods, PersonField::neighbourhoods.toString());

    collect(validateTenantNumber(p.tenantNumber, PersonField::tenantNumber.toString()));
    return errors;
}

FieldErrors validateOpportunity(const Opportunity &o)
{
    FieldErrors errors;
    const auto add = [&errors](const QString &field, const QString &code, const QString &message) {
        errors.append({field, code, message});
    };

    if (const auto title = validateFreeText(o.title, u"title"_s, kMaxShortTextLength, true); title.error)
        errors.append(*title.error);

    if (o.capacity < 0) {
        add(u"capacity"_s, u"capacity.negative"_s,
            QCoreApplication::translate("Validation",
                                        "Het aantal plaatsen kan niet negatief zijn. Vul 0 in voor onbeperkt."));
    }
    if (o.minimumAge < 0 || o.minimumAge > kMaxOpportunityMinimumAge) {
        add(u"minimumAge"_s, u"minimumAge.range"_s,
            QCoreApplication::translate("Validation", "De minimumleeftijd ligt tussen 0 en %1 jaar.")
                .arg(kMaxOpportunityMinimumAge));
    }
    if (o.startDate.isValid() && o.endDate.isValid() && o.endDate < o.startDate) {
        add(u"endDate"_s, u"endDate.beforeStart"_s,
            QCoreApplication::translate("Validation", "De einddatum ligt vóór de startdatum."));
    }
    if (o.kind == OpportunityKind::TrainingPlace && o.trainingType == TrainingType::None) {
        add(u"trainingType"_s, u"trainingType.required"_s,
            QCoreApplication::translate("Validation",
                                        "Kies wat voor leerplek dit is: stage, leerwerkplek of re-integratieplek."));
    } else if (o.kind != OpportunityKind::TrainingPlace && o.trainingType != TrainingType::None) {
        add(u"trainingType"_s, u"trainingType.notAllowed"_s,
            QCoreApplication::translate("Validation", "Alleen een leerplek heeft een soort leerplek."));
    }
    // Written so that NaN fails too.
    if (!(o.site.latitude >= -90.0 && o.site.latitude <= 90.0)) {
        add(u"site.latitude"_s, u"coordinates.range"_s,
            QCoreApplication::translate("Validation", "De plek op de kaart klopt niet."));
    }
    if (!(o.site.longitude >= -180.0 && o.site.longitude <= 180.0)) {
        add(u"site.longitude"_s, u"coordinates.range"_s,
            QCoreApplication::translate("Validation", "De plek op de kaart klopt niet."));
    }
    return errors;
}

} // namespace Meedoen
