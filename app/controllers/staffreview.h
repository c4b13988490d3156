// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffconflictmodel.h"
#include "models/staffnewvolunteermodel.h"
#include "models/staffreviewopportunitymodel.h"
#include "models/staffsignupmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

class StaffSession;

// The staff tablet's review: the queues of sign-ups per opportunity, new volunteers to check,
// the conflict list, and the decisions, identity checks and training placements taken on
// them (each a staff mutation queued through StaffSession). QML singleton StaffReview.
class StaffReview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList reasonTemplates READ reasonTemplates CONSTANT)
    // The review's lists, each read again whenever StaffSession's `revision` moves (filled on
    // the first move, not when the tablet is built). Every sign-up this tablet pulled (the
    // queue page narrows it to one opportunity with a StaffSignupProxy); the opportunities
    // with sign-ups (a StaffReviewOpportunityProxy keeps one queue's); the new volunteers to
    // check; the conflict list.
    Q_PROPERTY(StaffSignupModel *signups READ signups CONSTANT)
    Q_PROPERTY(StaffReviewOpportunityModel *reviewOpportunities READ reviewOpportunities CONSTANT)
    Q_PROPERTY(StaffNewVolunteerModel *newVolunteers READ newVolunteers CONSTANT)
    Q_PROPERTY(StaffConflictModel *conflicts READ conflicts CONSTANT)

public:
    explicit StaffReview(StaffSession *session, QObject *parent = nullptr);
    ~StaffReview() override;
    static StaffReview *create(QQmlEngine *, QJSEngine *);

    static QStringList reasonTemplates();
    StaffSignupModel *signups() { return &m_signups; }
    StaffReviewOpportunityModel *reviewOpportunities() { return &m_reviewOpportunities; }
    StaffNewVolunteerModel *newVolunteers() { return &m_newVolunteers; }
    StaffConflictModel *conflicts() { return &m_conflicts; }

    // Which decisions the rules allow for this sign-up now: {confirm, waitlist, decline}.
    Q_INVOKABLE QVariantMap allowedDecisions(const QString &signupId) const;
    Q_INVOKABLE bool decide(const QString &signupId, const QString &decision, const QString &reasonTemplate,
                            const QString &reasonText, const QString &messageToTenant);
    // Identity and tenancy of a new volunteer checked against the rent administration, by
    // "tenant-number" or "address" (Meedoen::IdentityMethod).
    Q_INVOKABLE bool markIdentityChecked(const QString &personId, const QString &method);
    // A confirmed training place: "started", "completed" or "dropped-out"
    // (Meedoen::PlacementEvent), dated today.
    Q_INVOKABLE bool recordPlacement(const QString &signupId, const QString &placement);

private:
    static StaffReview *s_instance;
    StaffSession *m_session;
    StaffSignupModel m_signups;
    StaffReviewOpportunityModel m_reviewOpportunities;
    StaffNewVolunteerModel m_newVolunteers;
    StaffConflictModel m_conflicts;
};
