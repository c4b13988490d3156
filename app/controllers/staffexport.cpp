// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffexport.h"

#include "core/csv.h"

using namespace Qt::StringLiterals;

namespace StaffExport {

QString resultsCsv(const StaffRepository::Dashboard &d)
{
    return Meedoen::formatResultsCsv(d);
}

QString decisionsCsv(const QList<QStringList> &rows)
{
    QString out = Meedoen::Csv::row({u"decided_at"_s, u"device_time"_s, u"staff_login"_s, u"staff_name"_s, u"device"_s,
                                     u"reference_code"_s, u"opportunity"_s, u"title"_s, u"decision"_s, u"status"_s,
                                     u"refusal"_s, u"reason"_s, u"message_to_tenant"_s});
    for (const QStringList &r : rows)
        out += Meedoen::Csv::row(r);
    return out;
}

QString participantsCsv(const QString &opportunityId, const QString &title, const QVariantList &participants)
{
    QString out = Meedoen::Csv::row({u"opportunity"_s, u"title"_s, u"reference_code"_s, u"shared"_s, u"name"_s,
                                     u"phone"_s, u"email"_s});
    for (const QVariant &p : participants) {
        const QVariantMap row = p.toMap();
        const bool shared = row.value(u"shared"_s).toBool();
        out += Meedoen::Csv::row({opportunityId, title, row.value(u"referenceCode"_s).toString(),
                                  shared ? u"yes"_s : u"no"_s, shared ? row.value(u"name"_s).toString() : QString(),
                                  shared ? row.value(u"phone"_s).toString() : QString(),
                                  shared ? row.value(u"email"_s).toString() : QString()});
    }
    return out;
}

} // namespace StaffExport
