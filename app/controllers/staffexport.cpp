// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffexport.h"

#include "csv.h"

using namespace Qt::StringLiterals;

namespace StaffExport {

QString resultsCsv(const StaffRepository::Dashboard &d)
{
    QString out = Meedoen::Csv::row({u"record"_s, u"month"_s, u"site"_s, u"neighbourhood"_s, u"route"_s,
                                     u"opportunity"_s, u"title"_s, u"active_volunteers"_s, u"hours"_s,
                                     u"training_started"_s, u"training_completed"_s, u"training_dropped_out"_s,
                                     u"capacity"_s, u"confirmed"_s, u"waitlist_length"_s, u"fill_rate"_s});
    for (const auto &m : d.months) {
        out += Meedoen::Csv::row({u"month"_s, m.month, m.site, m.neighbourhood, m.route, {}, {},
                                  QString::number(m.activeVolunteers), QString::number(m.minutes / 60.0, 'f', 2),
                                  QString::number(m.trainingStarted), QString::number(m.trainingCompleted),
                                  QString::number(m.trainingDroppedOut), {}, {}, {}, {}});
    }
    for (const auto &o : d.opportunities) {
        out += Meedoen::Csv::row({u"opportunity"_s, {}, o.site, o.neighbourhood, o.route, o.id, o.title, {}, {}, {}, {}, {},
                                  QString::number(o.capacity), QString::number(o.confirmed),
                                  QString::number(o.waitlistLength),
                                  o.fillRate < 0 ? QString() : QString::number(o.fillRate, 'f', 2)});
    }
    return out;
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

} // namespace StaffExport
