// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class StaffPersons;
class StaffResults;
class StaffSession;

// The demo records of the staff tablet's scripted tour (qml/staff/StaffTour.qml): persons,
// sign-ups, hours, training placements, a balance, a conflict and two staff members, written
// as if pulled (the protocol's typed changes through StaffRepository). Only on a tablet that
// is not enrolled: never next to a server's records. With `results`, also two kiosks of the
// site that went quiet, as the server would report them. QML singleton StaffTourData.
class StaffTourData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit StaffTourData(StaffSession *session, StaffResults *results = nullptr, StaffPersons *persons = nullptr,
                           QObject *parent = nullptr);
    ~StaffTourData() override;
    static StaffTourData *create(QQmlEngine *, QJSEngine *);

    // The records, and the first staff member ("tour-staff-1") with `pin`. False when the
    // tablet is enrolled or a record could not be written.
    Q_INVOKABLE bool load(const QString &pin);
    // The person's personal code as the server reports it when locked (since this morning).
    Q_INVOKABLE void showLockedCode(const QString &personId);

private:
    static StaffTourData *s_instance;
    StaffSession *m_session;
    StaffResults *m_results;
    StaffPersons *m_persons;
};
