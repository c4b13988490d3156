// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/codelock.h"

#include "protocol/jsonreader.h"

#include "core/isotime.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

QJsonObject toJson(const CodeUnlockRequest &request)
{
    return {{u"person"_s, request.personId}};
}

Validated<CodeUnlockRequest> codeUnlockRequestFromJson(const QJsonObject &json)
{
    CodeUnlockRequest request;
    JsonReader r(json, QString());
    request.personId = r.uuid(u"person"_s);
    return {request, r.finish()};
}

QJsonObject toJson(const CodeLockReply &reply)
{
    QJsonObject o{{u"person"_s, reply.personId}, {u"locked"_s, reply.locked}, {u"unlocked"_s, reply.unlocked}};
    if (reply.lockedAt.isValid())
        o.insert(u"lockedAt"_s, isoUtc(reply.lockedAt));
    return o;
}

Validated<CodeLockReply> codeLockReplyFromJson(const QJsonObject &json)
{
    CodeLockReply reply;
    JsonReader r(json, QString());
    reply.personId = r.uuid(u"person"_s);
    reply.locked = r.boolean(u"locked"_s);
    reply.lockedAt = r.time(u"lockedAt"_s);
    reply.unlocked = r.boolean(u"unlocked"_s);
    return {reply, r.finishIgnoringUnknown()};
}

} // namespace Wire
