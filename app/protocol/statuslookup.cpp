// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/statuslookup.h"

#include "protocol/jsonreader.h"
#include "protocol/outcome.h"
#include "protocol/wire.h"

#include "core/isotime.h"
#include "core/keys.h"
#include "core/personalcode.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {
constexpr int kMaxIdLength = 128;   // catalogue ids as the server writes them
}

QJsonObject toJson(const StatusRequest &r)
{
    return {{u"personalCode"_s, r.personalCode}, {u"dateOfBirth"_s, isoDate(r.dateOfBirth)}};
}

Validated<StatusRequest> statusRequestFromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    StatusRequest s;
    // Any text, bounded: what is not a personal code finds no one.
    s.personalCode = r.code(u"personalCode"_s, true, kMaxShortTextLength);
    s.dateOfBirth = r.date(u"dateOfBirth"_s, true);
    if (auto error = r.finish())
        return {s, error};
    if (const auto code = normalisePersonalCode(s.personalCode))
        s.personalCode = *code;
    else
        s.personalCodeWellFormed = false;
    return {s, std::nullopt};
}

QJsonObject toJson(const StatusReply &r)
{
    QJsonArray signups;
    for (const Signup &s : r.signups) {
        QJsonObject o{{u"referenceCode"_s, s.referenceCode},
                      {u"opportunityId"_s, s.opportunityId},
                      {u"state"_s, toKey(s.state)},
                      {u"waitlistPosition"_s, s.waitlistPosition}};
        insertText(o, u"declineReason"_s, s.declineReason);
        insertText(o, u"messageToTenant"_s, s.messageToTenant);
        if (s.stateAt.isValid())
            o.insert(u"stateAt"_s, isoUtc(s.stateAt));
        if (s.placement)
            o.insert(u"placement"_s, toKey(*s.placement));
        insertText(o, u"placementDate"_s, isoDate(s.placementDate));
        signups.append(o);
    }
    return {{u"signups"_s, signups}};
}

Validated<StatusReply> statusReplyFromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    StatusReply reply;
    const QJsonArray signups = r.array(u"signups"_s, true);
    if (!r.failed() && signups.size() > kMaxStatusSignups)
        r.setError(u"signups"_s, u"too-many"_s,
                   JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This list is longer than allowed.")));
    for (qsizetype i = 0; i < signups.size() && !r.failed(); ++i) {
        JsonReader e(signups.at(i).toObject(), r.fieldPath(u"signups[%1]"_s.arg(i)));
        Signup s;
        s.referenceCode = e.code(u"referenceCode"_s, true, 32);
        s.opportunityId = e.code(u"opportunityId"_s, true, kMaxIdLength);
        s.state = e.enumeration(u"state"_s, &signupStateFromKey).value_or(SignupState::Sent);
        s.waitlistPosition = int(e.integer(u"waitlistPosition"_s, 0, std::numeric_limits<int>::max()));
        s.declineReason = e.code(u"declineReason"_s, false, kMaxKeyLength);
        s.declineCause = declineCause(s.declineReason);
        s.messageToTenant = e.string(u"messageToTenant"_s, false, kMaxFreeTextLength, true);
        s.stateAt = e.time(u"stateAt"_s);
        s.placement = e.enumeration(u"placement"_s, &placementEventFromKey, false);
        s.placementDate = e.date(u"placementDate"_s);
        r.adopt(e.finishIgnoringUnknown());
        reply.signups.append(s);
    }
    return {reply, r.finishIgnoringUnknown()};
}

} // namespace Wire
