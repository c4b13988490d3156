// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffauditmodel.h"
#include "models/stafferaserequestmodel.h"
#include "models/staffhoursmodel.h"
#include "models/staffpersonmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

class StaffSession;

// The staff tablet's persons and hours: hours to verify or correct (never edit), a person's
// detail with consents, the tegenprestatie agreement, a consent withdrawn, the right to
// erasure (also as asked by tenants from their phones); and the audit trail. Each change a staff mutation queued through StaffSession.
// QML singleton StaffPersons.
class StaffPersons : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The site's persons, the logged hours and the audit trail, read again whenever
    // StaffSession's `revision` moves; the pages filter persons and hours with
    // StaffPersonProxy and StaffHoursProxy.
    Q_PROPERTY(StaffPersonModel *personList READ personList CONSTANT)
    Q_PROPERTY(StaffHoursModel *hoursList READ hoursList CONSTANT)
    Q_PROPERTY(StaffAuditModel *auditList READ auditList CONSTANT)
    // Tenants' erasure requests; carried out with erasePerson().
    Q_PROPERTY(StaffEraseRequestModel *eraseRequestList READ eraseRequestList CONSTANT)

public:
    explicit StaffPersons(StaffSession *session, QObject *parent = nullptr);
    ~StaffPersons() override;
    static StaffPersons *create(QQmlEngine *, QJSEngine *);

    StaffPersonModel *personList() { return &m_personList; }
    StaffHoursModel *hoursList() { return &m_hoursList; }
    StaffAuditModel *auditList() { return &m_auditList; }
    StaffEraseRequestModel *eraseRequestList() { return &m_eraseRequestList; }

    Q_INVOKABLE bool verifyHours(const QString &entryId);
    Q_INVOKABLE bool correctHours(const QString &entryId, const QString &date, int minutes, const QString &note);
    // With each consent's "givenText" in `language` (the app's; the default locale's when empty).
    Q_INVOKABLE QVariantMap person(const QString &personId, const QString &language = {}) const;
    // The tegenprestatie: hours a tenant agreed to give per month (0 = none).
    Q_INVOKABLE bool setHoursAgreement(const QString &personId, int minutesPerMonth);
    Q_INVOKABLE bool withdrawConsent(const QString &personId, const QString &purpose);
    Q_INVOKABLE bool erasePerson(const QString &personId, const QString &pin);

private:
    static StaffPersons *s_instance;
    StaffSession *m_session;
    StaffPersonModel m_personList;
    StaffHoursModel m_hoursList;
    StaffAuditModel m_auditList;
    StaffEraseRequestModel m_eraseRequestList;
};
