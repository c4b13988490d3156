// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/socialreturnwire.h"

#include "protocol/jsonreader.h"
#include "protocol/wire.h"

#include "core/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

QJsonObject toJson(const SroiProxy &p)
{
    QJsonObject o{{u"cents"_s, double(p.cents)}};
    insertText(o, u"source"_s, p.source);
    return o;
}

std::optional<FieldError> finish(JsonReader &r, Unknown unknown)
{
    return unknown == Unknown::Refuse ? r.finish() : r.finishIgnoringUnknown();
}

void readProxy(JsonReader &parent, const QString &key, SroiProxy &p, Unknown unknown)
{
    if (!parent.has(key))
        return; // Meedoen's default
    JsonReader r(parent.object(key, true), parent.fieldPath(key));
    p.cents = r.integer(u"cents"_s, 0, kMaxRateCents, true);
    p.source = r.string(u"source"_s, false, kMaxSourceLength, false);
    parent.adopt(finish(r, unknown));
}

} // namespace

QJsonObject toJson(const SocialReturnConfig &config)
{
    const SocialReturnRates &r = config.rates;
    QJsonArray placements;
    for (const PlacementRate &p : r.placements)
        placements.append(QJsonObject{{u"type"_s, toKey(p.type)},
                                      {u"centsPerMonth"_s, double(p.centsPerMonth)},
                                      {u"maxMonths"_s, p.maxMonths}});
    QJsonObject rates{{u"thresholdCents"_s, double(r.thresholdCents)},
                      {u"contractSumBasisPoints"_s, r.contractSumBasisPoints},
                      {u"wageSumBasisPoints"_s, r.wageSumBasisPoints},
                      {u"placements"_s, placements},
                      {u"volunteerHour"_s, toJson(r.volunteerHour)},
                      {u"staffHour"_s, toJson(r.staffHour)},
                      {u"premisesHour"_s, toJson(r.premisesHour)},
                      {u"ladderMoveUp"_s, toJson(r.ladderMoveUp)}};
    insertText(rates, u"placementSource"_s, r.placementSource);
    QJsonArray obligations;
    for (const SocialReturnObligation &o : config.obligations) {
        QJsonObject j{{u"id"_s, o.id},
                      {u"partnerId"_s, o.partnerId},
                      {u"contract"_s, o.contract},
                      {u"contractCents"_s, double(o.contractCents)},
                      {u"basis"_s, toKey(o.basis)},
                      {u"pso"_s, toKey(o.pso)},
                      {u"start"_s, isoDate(o.start)},
                      {u"end"_s, isoDate(o.end)}};
        insertText(j, u"site"_s, o.site);
        if (o.basisPoints > 0)
            j.insert(u"basisPoints"_s, o.basisPoints);
        obligations.append(j);
    }
    return {{u"rates"_s, rates}, {u"obligations"_s, obligations}};
}

Validated<SocialReturnConfig> socialReturnFromJson(const QJsonObject &json, const QString &path, Unknown unknown)
{
    JsonReader r(json, path);
    SocialReturnConfig c;
    SocialReturnRates &rates = c.rates;
    if (r.has(u"rates"_s)) {
        JsonReader rr(r.object(u"rates"_s, true), r.fieldPath(u"rates"_s));
        rates.thresholdCents = rr.integer(u"thresholdCents"_s, 0, kMaxContractCents, false, rates.thresholdCents);
        rates.contractSumBasisPoints =
            int(rr.integer(u"contractSumBasisPoints"_s, 1, 10'000, false, rates.contractSumBasisPoints));
        rates.wageSumBasisPoints = int(rr.integer(u"wageSumBasisPoints"_s, 1, 10'000, false, rates.wageSumBasisPoints));
        if (rr.has(u"placements"_s)) {
            const QJsonArray list = rr.array(u"placements"_s, true);
            rates.placements.clear();
            if (list.size() > 3) // one per training type
                rr.setError(u"placements"_s, u"sroi.placements.count"_s,
                            JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This list is too long.")));
            for (qsizetype i = 0; i < list.size() && !rr.failed(); ++i) {
                JsonReader pr(list.at(i).toObject(), itemPath(rr.fieldPath(u"placements"_s), i));
                PlacementRate p;
                p.type = pr.enumeration(u"type"_s, &trainingTypeFromKey).value_or(TrainingType::None);
                p.centsPerMonth = pr.integer(u"centsPerMonth"_s, 0, kMaxRateCents, true);
                p.maxMonths = int(pr.integer(u"maxMonths"_s, 1, kMaxPlacementMonths, true));
                rr.adopt(finish(pr, unknown));
                rates.placements.append(p);
            }
        }
        if (rr.has(u"placementSource"_s))
            rates.placementSource = rr.string(u"placementSource"_s, false, kMaxSourceLength, false);
        readProxy(rr, u"volunteerHour"_s, rates.volunteerHour, unknown);
        readProxy(rr, u"staffHour"_s, rates.staffHour, unknown);
        readProxy(rr, u"premisesHour"_s, rates.premisesHour, unknown);
        readProxy(rr, u"ladderMoveUp"_s, rates.ladderMoveUp, unknown);
        r.adopt(finish(rr, unknown));
    }
    const QJsonArray list = r.array(u"obligations"_s, false);
    if (list.size() > kMaxSocialReturnObligations)
        r.setError(u"obligations"_s, u"sroi.obligations.count"_s,
                   JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This list is too long.")));
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        JsonReader o(list.at(i).toObject(), itemPath(r.fieldPath(u"obligations"_s), i));
        SocialReturnObligation ob;
        ob.id = o.code(u"id"_s, true, kMaxContractLength);
        ob.partnerId = o.code(u"partnerId"_s, true, 64);
        ob.contract = o.string(u"contract"_s, true, kMaxContractLength, false);
        ob.site = o.code(u"site"_s, false, 64);
        ob.contractCents = o.integer(u"contractCents"_s, 0, kMaxContractCents, true);
        ob.basis = o.enumeration(u"basis"_s, &socialReturnBasisFromKey).value_or(SocialReturnBasis::ContractSum);
        ob.basisPoints = int(o.integer(u"basisPoints"_s, 1, 10'000, false, 0));
        ob.pso = o.enumeration(u"pso"_s, &psoLevelFromKey, false).value_or(PsoLevel::None);
        ob.start = o.date(u"start"_s, true);
        ob.end = o.date(u"end"_s, true);
        r.adopt(finish(o, unknown));
        c.obligations.append(ob);
    }
    if (auto error = finish(r, unknown))
        return {c, error};
    if (auto error = checkSocialReturn(c))
        return {c, FieldError{r.fieldPath(error->field), error->code, error->message}};
    return {c, std::nullopt};
}

Validated<SocialReturnConfig> socialReturnChangeFromJson(const QJsonObject &json, const QString &path)
{
    return socialReturnFromJson(json, path, Unknown::PassOver);
}

QByteArray socialReturnFile(const SocialReturnConfig &config)
{
    return QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented);
}

Validated<SocialReturnConfig> socialReturnFileFromJson(const QByteArray &bytes)
{
    if (bytes.size() > kMaxSocialReturnFileBytes)
        return {{}, FieldError{QString(), u"size"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This file is too large."))}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return {{}, FieldError{QString(), u"json"_s, parseError.errorString()}};
    return socialReturnFromJson(doc.object(), QString());
}

} // namespace Wire
