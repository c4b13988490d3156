// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffauditmodel.h"
#include "models/stafferaserequestmodel.h"
#include "models/staffhoursmodel.h"
#include "models/staffpersonmodel.h"
#include "protocol/codelock.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

class StaffApi;
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
    // The personal code of the person last given to loadCodeLock(), as the server sees it:
    // "personId", "state" ("asking", "open", "locked", "offline": the server could not be
    // asked, "unknown": not a person of this staff member's sites there), "lockedAt" and
    // "busy" while an unlock is on its way.
    Q_PROPERTY(QVariantMap codeLock READ codeLock NOTIFY codeLockChanged)

public:
    explicit StaffPersons(StaffSession *session, StaffApi *api = nullptr, QObject *parent = nullptr);
    ~StaffPersons() override;
    static StaffPersons *create(QQmlEngine *, QJSEngine *);

    StaffPersonModel *personList() { return &m_personList; }
    StaffHoursModel *hoursList() { return &m_hoursList; }
    StaffAuditModel *auditList() { return &m_auditList; }
    StaffEraseRequestModel *eraseRequestList() { return &m_eraseRequestList; }
    QVariantMap codeLock() const { return m_codeLock; }
    // Shows what the server said about a person's code (also the tour's example).
    void showCodeLock(const Wire::CodeLockReply &reply);

    Q_INVOKABLE bool verifyHours(const QString &entryId);
    Q_INVOKABLE bool correctHours(const QString &entryId, const QString &date, int minutes, const QString &note);
    // With each consent's "givenText" in `language` (the app's; the default locale's when empty).
    Q_INVOKABLE QVariantMap person(const QString &personId, const QString &language = {}) const;
    // The tegenprestatie: hours a tenant agreed to give per month (0 = none).
    Q_INVOKABLE bool setHoursAgreement(const QString &personId, int minutesPerMonth);
    Q_INVOKABLE bool withdrawConsent(const QString &personId, const QString &purpose);
    // A tenant's trajectory on the person page (consultant): {consent, routes: [{route, rung,
    // top, title, date, note, goal, goalReview, due}], ladders: [{route, rungs: [{level,
    // title}]}], proposal: {route, rung, title, reason} or empty}. Nothing without the
    // tenant's `trajectory` consent.
    Q_INVOKABLE QVariantMap trajectory(const QString &personId) const;
    // Records a step (queued as trajectory-step): {ok} or {ok: false, field, message} naming
    // the form field to correct (route, rung, date, note, goal, goalReview; consent).
    Q_INVOKABLE QVariantMap recordStep(const QString &personId, const QString &route, int rung, const QString &date,
                                       const QString &note, const QString &goal, const QString &goalReview);
    Q_INVOKABLE bool erasePerson(const QString &personId, const QString &pin);
    // Asks the server whether this person's personal code is locked (online only).
    Q_INVOKABLE void loadCodeLock(const QString &personId);
    // Lifts the lock: the tenant may use code and date of birth again (audited on the server
    // with this staff member); the session's message says what happened.
    Q_INVOKABLE void unlockCode(const QString &personId);

Q_SIGNALS:
    void codeLockChanged();

private:
    static StaffPersons *s_instance;
    void setCodeLock(const QString &personId, const QString &state, const QDateTime &lockedAt = {}, bool busy = false);
    // The answer for a person: shown when it is still their page's question.
    void answerCodeLock(const QString &personId, quint64 request, int status, const std::optional<Wire::CodeLockReply> &reply);

    StaffSession *m_session;
    QPointer<StaffApi> m_api;
    QVariantMap m_codeLock;
    quint64 m_codeLockRequest = 0; // only the latest question's answer counts
    StaffPersonModel m_personList;
    StaffHoursModel m_hoursList;
    StaffAuditModel m_auditList;
    StaffEraseRequestModel m_eraseRequestList;
};
