// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/wire.h"

#include "protocol/jsonreader.h"

#include "core/isotime.h"
#include "core/personalcode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// A code the reader took as text becomes its normal form; one that has none is the field's
// error, unless the object had a problem before (finish() found the first one).
void normaliseCode(std::optional<FieldError> &error, const JsonReader &r, QString &code, const QString &key,
                   std::optional<QString> (*normalise)(QStringView), const char *message)
{
    if (error || code.isEmpty())
        return;
    if (const auto normal = normalise(code))
        code = *normal;
    else
        error = FieldError{r.fieldPath(key), key + u".format"_s, JsonReader::translated(message)};
}

} // namespace

QJsonObject toJson(const Neighbourhood &n)
{
    return {{u"id"_s, n.id}, {u"name"_s, n.name}, {u"city"_s, n.city}};
}

QJsonObject toJson(const Site &s)
{
    return {{u"id"_s, s.id},           {u"name"_s, s.name},         {u"neighbourhood"_s, s.neighbourhood},
            {u"address"_s, s.address}, {u"latitude"_s, s.latitude}, {u"longitude"_s, s.longitude}};
}

QJsonObject toJson(const Opportunity &o)
{
    QJsonObject json{
        {u"id"_s, o.id}, {u"kind"_s, toKey(o.kind)}, {u"trainingType"_s, toKey(o.trainingType)},
        {u"route"_s, toKey(o.route)}, {u"status"_s, toKey(o.status)},
        {u"title"_s, o.title}, {u"summary"_s, o.summary}, {u"description"_s, o.description},
        {u"neighbourhood"_s, o.neighbourhood}, {u"site"_s, o.site.id},
        {u"organiser"_s, o.organiser}, {u"organiserRole"_s, o.organiserRole}, {u"schedule"_s, o.schedule},
        {u"startDate"_s, isoDate(o.startDate)}, {u"endDate"_s, isoDate(o.endDate)},
        {u"capacity"_s, o.capacity}, {u"placesTaken"_s, o.placesTaken}, {u"waitlistLength"_s, o.waitlistLength},
        {u"minimumAge"_s, o.minimumAge}, {u"languageLevel"_s, o.languageLevel}, {u"certificate"_s, o.certificate},
        {u"needsReview"_s, o.needsReview},
        {u"allowance"_s, o.allowance},
        {u"contact"_s,
         QJsonObject{{u"name"_s, o.contactName}, {u"phone"_s, o.contactPhone}, {u"email"_s, o.contactEmail}}},
        {u"tags"_s, toArray(o.tags)}, {u"version"_s, double(o.version)},
    };
    if (!o.translations.isEmpty())
        json.insert(u"translations"_s, toJson(o.translations));
    // Optional: older devices pass over it and show `organiser`, which names the same partner.
    insertText(json, u"partnerId"_s, o.partnerId);
    return json;
}

QJsonObject toJson(const QMap<QString, LocalText> &translations)
{
    QJsonObject json;
    for (auto it = translations.cbegin(); it != translations.cend(); ++it)
        json.insert(it.key(), QJsonObject{{u"title"_s, it->title}, {u"summary"_s, it->summary}});
    return json;
}

QJsonObject toJson(const HoursEntry &entry, HoursEntryShape shape)
{
    QJsonObject o{{u"id"_s, entry.id}, {u"date"_s, isoDate(entry.date)}, {u"minutes"_s, entry.minutes}};
    if (shape == HoursEntryShape::Correction) {
        o.insert(u"correctsEntryId"_s, entry.correctsEntryId);
    } else {
        o.insert(u"personId"_s, entry.personId);
        o.insert(u"opportunityId"_s, entry.opportunityId);
    }
    if (shape == HoursEntryShape::Pulled) {
        insertText(o, u"correctsEntryId"_s, entry.correctsEntryId);
        o.insert(u"note"_s, entry.note);
        o.insert(u"verified"_s, entry.verified);
    } else {
        insertText(o, u"note"_s, entry.note);
    }
    return o;
}

void insertText(QJsonObject &o, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(key, text);
}

QJsonObject catalogueEntry(const Opportunity &o)
{
    QJsonObject json = toJson(o);
    json.remove(u"placesTaken"_s);
    json.remove(u"waitlistLength"_s);
    return json;
}

Validated<Opportunity> storedCatalogueEntry(const QJsonObject &entry)
{
    Site site;
    site.id = entry.value(u"site"_s).toString();
    return opportunityFromJson(entry, QString(), {site});
}

StoredOrganiser storedOrganiser(const QJsonObject &entry)
{
    return {entry.value(u"organiser"_s).toString(), entry.value(u"organiserRole"_s).toString(),
            entry.value(u"partnerId"_s).toString()};
}

QJsonObject withPartner(QJsonObject entry, const QString &partnerId, const QString &name)
{
    entry.insert(u"partnerId"_s, partnerId);
    entry.insert(u"organiser"_s, name);
    return entry;
}

QJsonObject withPlaces(QJsonObject opportunity, int placesTaken, int waitlistLength)
{
    opportunity.insert(u"placesTaken"_s, placesTaken);
    opportunity.insert(u"waitlistLength"_s, waitlistLength);
    return opportunity;
}

QJsonObject toJson(const Person &p)
{
    return {
        {u"id"_s, p.id}, {u"personalCode"_s, p.personalCode},
        {u"givenName"_s, p.givenName}, {u"familyName"_s, p.familyName},
        {u"phone"_s, p.phone}, {u"email"_s, p.email},
        {u"postcode"_s, p.address.postcode}, {u"houseNumber"_s, p.address.houseNumber},
        {u"houseAddition"_s, p.address.addition},
        {u"dateOfBirth"_s, isoDate(p.dateOfBirth)},
        {u"languages"_s, toArray(p.languages)}, {u"interests"_s, toArray(p.interests)},
        {u"availability"_s, double(p.availability.bits())}, {u"neighbourhoods"_s, toArray(p.neighbourhoods)},
        {u"tenantNumber"_s, p.tenantNumber}, {u"uiLanguage"_s, p.uiLanguage},
    };
}

QJsonObject toJson(const ConsentRecord &c)
{
    QJsonObject o{{u"purpose"_s, c.purpose},
                  {u"textVersion"_s, c.textVersion},
                  {u"givenAt"_s, Meedoen::isoUtc(c.givenAt)}};
    if (c.withdrawnAt.isValid())
        o.insert(u"withdrawnAt"_s, Meedoen::isoUtc(c.withdrawnAt));
    insertText(o, u"language"_s, c.language);
    return o;
}

QJsonObject toJson(const Signup &s)
{
    QJsonObject o{
        {u"id"_s, s.id},
        {u"referenceCode"_s, s.referenceCode},
        {u"personId"_s, s.personId},
        {u"opportunityId"_s, s.opportunityId},
        {u"createdAt"_s, Meedoen::isoUtc(s.createdAt)},
    };
    if (!s.motivation.isEmpty())
        o.insert(u"motivation"_s, s.motivation);
    if (s.preferredStart.isValid())
        o.insert(u"preferredStart"_s, isoDate(s.preferredStart));
    return o;
}

Validated<Neighbourhood> neighbourhoodFromJson(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Neighbourhood n;
    n.id = r.code(u"id"_s, true, 64);
    n.name = r.string(u"name"_s, true);
    n.city = r.string(u"city"_s);
    return {n, r.finish()};
}

Validated<Site> siteFromJson(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Site s;
    s.id = r.code(u"id"_s, true, 64);
    s.name = r.string(u"name"_s, true);
    s.neighbourhood = r.code(u"neighbourhood"_s, false, 64);
    s.address = r.string(u"address"_s);
    s.latitude = r.real(u"latitude"_s, -90, 90);
    s.longitude = r.real(u"longitude"_s, -180, 180);
    return {s, r.finish()};
}

Validated<Opportunity> opportunityFromJson(const QJsonObject &json, const QString &path, const QList<Site> &sites,
                                           Unknown unknown)
{
    JsonReader r(json, path);
    Opportunity o;
    o.id = r.code(u"id"_s, true, 64);
    o.kind = r.enumeration(u"kind"_s, &kindFromKey).value_or(OpportunityKind::VolunteerTask);
    o.trainingType = r.enumeration(u"trainingType"_s, &trainingTypeFromKey, false).value_or(TrainingType::None);
    o.route = r.enumeration(u"route"_s, &routeFromKey).value_or(Route::VrijeTijd);
    o.status = r.enumeration(u"status"_s, &statusFromKey, false).value_or(OpportunityStatus::Open);
    o.title = r.string(u"title"_s, true);
    o.summary = r.string(u"summary"_s, false, kMaxFreeTextLength);
    // {"en": {"title": …, "summary": …}, …}: only the app's other languages, each checked as
    // the Dutch text is.
    const QJsonObject translations = r.object(u"translations"_s);
    {
        JsonReader languages(translations, r.fieldPath(u"translations"_s));
        for (auto it = translations.begin(); it != translations.end() && !languages.failed(); ++it) {
            if (!isTranslationLanguage(it.key())) {
                languages.setError(it.key(), u"language"_s,
                                   JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This language is not one of the app's.")));
                break;
            }
            JsonReader t(languages.object(it.key(), true), languages.fieldPath(it.key()));
            LocalText text;
            text.title = t.string(u"title"_s, false, kMaxShortTextLength, /*multiLine=*/false);
            text.summary = t.string(u"summary"_s, false, kMaxFreeTextLength);
            languages.adopt(t.finish());
            if (!text.title.isEmpty() || !text.summary.isEmpty())
                o.translations.insert(it.key(), text);
        }
        r.adopt(languages.finish());
    }
    o.description = r.string(u"description"_s, false, kMaxFreeTextLength);
    o.neighbourhood = r.code(u"neighbourhood"_s, false, 64);
    const QString siteId = r.code(u"site"_s, false, 64);
    o.organiser = r.string(u"organiser"_s);
    o.organiserRole = r.string(u"organiserRole"_s);
    o.partnerId = r.uuid(u"partnerId"_s, false);
    o.schedule = r.string(u"schedule"_s);
    o.startDate = r.date(u"startDate"_s);
    o.endDate = r.date(u"endDate"_s);
    o.capacity = int(r.integer(u"capacity"_s, 0, kMaxCapacity));
    o.placesTaken = int(r.integer(u"placesTaken"_s, 0, kMaxCapacity));
    o.waitlistLength = int(r.integer(u"waitlistLength"_s, 0, kMaxCapacity));
    o.minimumAge = int(r.integer(u"minimumAge"_s, 0, kMaxOpportunityMinimumAge));
    o.languageLevel = r.code(u"languageLevel"_s, false, 2);
    o.certificate = r.boolean(u"certificate"_s);
    // A catalogue that does not say follows the kind: training places are reviewed.
    o.needsReview = r.has(u"needsReview"_s) ? r.boolean(u"needsReview"_s) : Opportunity::reviewsByDefault(o.kind);
    o.allowance = r.string(u"allowance"_s);
    const QJsonObject contact = r.object(u"contact"_s);
    o.tags = r.tokens(u"tags"_s);
    o.version = r.integer(u"version"_s, 0, std::numeric_limits<int>::max());
    {
        JsonReader c(contact, r.fieldPath(u"contact"_s));
        o.contactName = c.string(u"name"_s);
        o.contactPhone = c.string(u"phone"_s, false, 32);
        o.contactEmail = c.string(u"email"_s);
        r.adopt(c.finish());
    }
    if (!siteId.isEmpty()) {
        const auto site = std::find_if(sites.begin(), sites.end(), [&](const Site &s) { return s.id == siteId; });
        if (site == sites.end())
            r.setError(u"site"_s, u"unknown-site"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This site is not known.")));
        else
            o.site = *site;
    }
    auto error = unknown == Unknown::PassOver ? r.finishIgnoringUnknown() : r.finish();
    if (!error) {
        const FieldErrors errors = validateOpportunity(o);
        if (!errors.isEmpty()) {
            error = errors.first();
            error->field = r.fieldPath(error->field);
        }
    }
    return {o, error};
}

Validated<Person> personFromJson(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Person p;
    p.id = r.code(u"id"_s, true, 64);
    p.personalCode = r.code(u"personalCode"_s, false, 32);
    p.givenName = r.string(u"givenName"_s, false, kMaxNameLength * 2);
    p.familyName = r.string(u"familyName"_s, false, kMaxNameLength * 2);
    p.phone = r.string(u"phone"_s, false, 64);
    p.email = r.string(u"email"_s, false, kMaxEmailLength + 10);
    p.address.postcode = r.string(u"postcode"_s, false, 16);
    p.address.houseNumber = int(r.integer(u"houseNumber"_s, 0, kMaxHouseNumber));
    p.address.addition = r.string(u"houseAddition"_s, false, kMaxHouseNumberAdditionLength * 2);
    p.dateOfBirth = r.date(u"dateOfBirth"_s);
    p.languages = r.tokens(u"languages"_s);
    p.interests = r.tokens(u"interests"_s);
    p.availability = Availability(quint32(r.integer(u"availability"_s, 0, 0x1FFFFF)));
    p.neighbourhoods = r.tokens(u"neighbourhoods"_s);
    p.tenantNumber = r.string(u"tenantNumber"_s, false, kMaxTenantNumberLength * 2);
    const QString ui = r.code(u"uiLanguage"_s, false, kMaxKeyLength);
    if (!ui.isEmpty())
        p.uiLanguage = ui;
    auto error = r.finish();
    normaliseCode(error, r, p.personalCode, u"personalCode"_s, &normalisePersonalCode,
                  QT_TRANSLATE_NOOP("Wire", "This is not a personal code."));
    return {p, error};
}

Validated<ConsentRecord> consentFromJson(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    ConsentRecord c;
    c.purpose = r.code(u"purpose"_s, true, kMaxKeyLength);
    c.textVersion = r.code(u"textVersion"_s, true, kMaxKeyLength);
    // The app's language the text was shown in; absent from an older app's outbox.
    c.language = r.key(u"language"_s, false);
    const QString given = r.code(u"givenAt"_s, true, 40);
    const QString withdrawn = r.code(u"withdrawnAt"_s, false, 40);
    c.givenAt = QDateTime::fromString(given, Qt::ISODateWithMs);
    if (!given.isEmpty() && !c.givenAt.isValid())
        r.setError(u"givenAt"_s, u"date"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be a time like 2026-12-31T09:00:00Z.")));
    if (!withdrawn.isEmpty()) {
        c.withdrawnAt = QDateTime::fromString(withdrawn, Qt::ISODateWithMs);
        if (!c.withdrawnAt.isValid())
            r.setError(u"withdrawnAt"_s, u"date"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be a time like 2026-12-31T09:00:00Z.")));
    }
    return {c, r.finish()};
}

Validated<Signup> signupFromJson(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Signup s;
    s.id = r.code(u"id"_s, true, 64);
    s.referenceCode = r.code(u"referenceCode"_s, false, 32);
    s.personId = r.code(u"personId"_s, false, 64);
    s.opportunityId = r.code(u"opportunityId"_s, true, 64);
    const QString created = r.code(u"createdAt"_s, false, 40);
    s.motivation = r.string(u"motivation"_s, false, kMaxFreeTextLength);
    s.preferredStart = r.date(u"preferredStart"_s);
    auto error = r.finish();
    if (!error && !created.isEmpty()) {
        s.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!s.createdAt.isValid())
            error = FieldError{r.fieldPath(u"createdAt"_s), u"date"_s,
                               JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be a time like 2026-12-31T09:00:00Z."))};
    }
    normaliseCode(error, r, s.referenceCode, u"referenceCode"_s, &normaliseReferenceCode,
                  QT_TRANSLATE_NOOP("Wire", "This is not a reference code."));
    return {s, error};
}

QJsonObject toJson(const Partner &p)
{
    QJsonObject json{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"kind"_s, toKey(p.kind)}};
    QJsonObject contact;
    insertText(contact, u"name"_s, p.contactName);
    insertText(contact, u"phone"_s, p.contactPhone);
    insertText(contact, u"email"_s, p.contactEmail);
    if (!contact.isEmpty())
        json.insert(u"contact"_s, contact);
    return json;
}

Validated<Partner> partnerFromJson(const QJsonObject &o, const QString &path, Unknown unknown)
{
    JsonReader r(o, path);
    Partner p;
    p.id = r.uuid(u"id"_s);
    p.name = r.string(u"name"_s, true, kMaxPartnerNameLength, false);
    p.kind = r.enumeration(u"kind"_s, &partnerKindFromKey).value_or(PartnerKind::Overig);
    const QJsonObject contact = r.object(u"contact"_s);
    {
        JsonReader c(contact, r.fieldPath(u"contact"_s));
        p.contactName = c.string(u"name"_s, false, kMaxNameLength * 2, false);
        p.contactPhone = c.string(u"phone"_s, false, 64, false);
        p.contactEmail = c.string(u"email"_s, false, kMaxEmailLength + 10, false);
        r.adopt(unknown == Unknown::PassOver ? c.finishIgnoringUnknown() : c.finish());
    }
    auto error = unknown == Unknown::PassOver ? r.finishIgnoringUnknown() : r.finish();
    if (error)
        return {p, error};
    auto checked = validatePartner(p);
    if (checked.error) {
        // contactName → contact.name, as the JSON spells it
        QString field = checked.error->field;
        if (field.startsWith(u"contact"_s))
            field = u"contact."_s + field.mid(7).toLower();
        checked.error->field = r.fieldPath(field);
    }
    return checked;
}

QJsonObject toJson(const PartnerContribution &c)
{
    return {{u"id"_s, c.id},
            {u"partnerId"_s, c.partnerId},
            {u"opportunityId"_s, c.opportunityId},
            {u"role"_s, toKey(c.role)},
            {u"month"_s, c.month},
            {u"moneyCents"_s, double(c.moneyCents)},
            {u"staffMinutes"_s, c.staffMinutes},
            {u"places"_s, c.places},
            {u"premisesMinutes"_s, c.premisesMinutes}};
}

Validated<PartnerContribution> contributionFromJson(const QJsonObject &o, const QString &path, Unknown unknown)
{
    JsonReader r(o, path);
    PartnerContribution c;
    c.id = r.uuid(u"id"_s);
    c.partnerId = r.uuid(u"partnerId"_s);
    c.opportunityId = r.code(u"opportunityId"_s, true, 64);
    c.role = r.enumeration(u"role"_s, &partnerRoleFromKey).value_or(PartnerRole::Partner);
    c.month = r.code(u"month"_s, true, 7);
    c.moneyCents = r.integer(u"moneyCents"_s, 0, kMaxContributionCents);
    c.staffMinutes = int(r.integer(u"staffMinutes"_s, 0, kMaxContributionMinutes));
    c.places = int(r.integer(u"places"_s, 0, kMaxContributionPlaces));
    c.premisesMinutes = int(r.integer(u"premisesMinutes"_s, 0, kMaxContributionMinutes));
    auto error = unknown == Unknown::PassOver ? r.finishIgnoringUnknown() : r.finish();
    if (!error) {
        const FieldErrors errors = validateContribution(c);
        if (!errors.isEmpty()) {
            error = errors.first();
            error->field = r.fieldPath(error->field);
        }
    }
    return {c, error};
}

Validated<Catalogue> parseCatalogue(const QByteArray &json)
{
    Catalogue catalogue;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return {catalogue, FieldError{QString(), u"json"_s,
                                      JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "The catalogue is not valid JSON: %1."))
                                          .arg(parseError.errorString())}};
    }
    JsonReader r(doc.object(), QString());
    const QString format = r.code(u"format"_s, true);
    if (!format.isEmpty() && format != "meedoen-catalogue/1"_L1)
        r.setError(u"format"_s, u"format"_s,
                   JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This is not a Meedoen catalogue (format %1).")).arg(format));
    catalogue.textVersion = r.code(u"textVersion"_s);
    const QJsonArray neighbourhoods = r.array(u"neighbourhoods"_s);
    const QJsonArray sites = r.array(u"sites"_s);
    const QJsonArray opportunities = r.array(u"opportunities"_s);
    const QJsonArray partners = r.array(u"partners"_s);
    if (auto error = r.finish())
        return {catalogue, error};

    // Reads every object of `array` with `readOne`, stopping at the first problem.
    auto readAll = [](const QJsonArray &array, QStringView key, auto &list, auto &&readOne) -> std::optional<FieldError> {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = u"%1[%2]"_s.arg(key).arg(i);
            if (!array.at(i).isObject())
                return FieldError{itemPath, u"type"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be an object."))};
            auto item = readOne(array.at(i).toObject(), itemPath);
            if (item.error)
                return item.error;
            list.append(item.value);
        }
        return std::nullopt;
    };
    auto error = readAll(neighbourhoods, u"neighbourhoods", catalogue.neighbourhoods, &neighbourhoodFromJson);
    if (!error)
        error = readAll(sites, u"sites", catalogue.sites, &siteFromJson);
    if (!error)
        error = readAll(partners, u"partners", catalogue.partners,
                        [](const QJsonObject &o, const QString &p) { return partnerFromJson(o, p); });
    if (!error)
        error = readAll(opportunities, u"opportunities", catalogue.opportunities,
                        [&](const QJsonObject &o, const QString &p) { return opportunityFromJson(o, p, catalogue.sites); });
    return {catalogue, error};
}

} // namespace Wire
