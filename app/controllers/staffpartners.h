// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffpartnermodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

class StaffSession;

// The partner register on the staff tablet (core/partner.h): the partners, a partner's form,
// its roles and contributions per opportunity and month, and its page's figures — what it put
// in and what came of it, computed here from the tablet's copy with the dashboard's facts
// (StaffRepository::partnerFigures), as `meedoen-server export partner` computes them. Every
// field is checked by app/core before a partner-upsert or partner-contribution is queued through
// StaffSession (permission `partners`). QML singleton StaffPartners.
class StaffPartners : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The form's problems per field ("name", "contactEmail", "month", "moneyEuros" …), each a
    // sentence to show beside that field; empty after a save went through.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    // Every partner on this tablet, by name, read again whenever StaffSession's `revision` moves.
    Q_PROPERTY(StaffPartnerModel *partnerList READ partnerList CONSTANT)

public:
    explicit StaffPartners(StaffSession *session, QObject *parent = nullptr);
    ~StaffPartners() override;
    static StaffPartners *create(QQmlEngine *, QJSEngine *);

    QVariantMap fieldErrors() const { return m_fieldErrors; }
    StaffPartnerModel *partnerList() { return &m_partnerList; }

    // {key, text} of every kind of partner and every role, in the enums' order.
    Q_INVOKABLE QVariantList kinds() const;
    Q_INVOKABLE QVariantList roles() const;
    // One partner as a row of partnerList; {} when unknown.
    Q_INVOKABLE QVariantMap partner(const QString &partnerId) const;
    // The form's fields: partnerId (empty: a new one), name, kind, contactName, contactPhone,
    // contactEmail. Checks every field (validatePartner) and queues nothing while one is wrong.
    Q_INVOKABLE bool savePartner(const QVariantMap &fields);
    // A contribution's fields: contributionId (empty: a new one), partnerId, opportunityId,
    // role, month (YYYY-MM), moneyEuros ("1250,50"), staffHours, places, premisesHours.
    Q_INVOKABLE bool saveContribution(const QVariantMap &fields);
    Q_INVOKABLE bool removeContribution(const QString &contributionId);
    // A partner's contributions at this tablet's site, by month: contributionId, opportunityId,
    // opportunityTitle, role, roleText, month, money, staffHours, places, premisesHours.
    Q_INVOKABLE QVariantList contributions(const QString &partnerId) const;
    // Its page's figures: months [{month, money, staffHours, places, premisesHours,
    // activeVolunteers, volunteerHours, trainingStarted, trainingCompleted}], total (the same
    // keys), opportunities, placesFilled, roles (in words).
    Q_INVOKABLE QVariantMap figures(const QString &partnerId) const;
    // The opportunity editor's choice of partner: "no partner" first, then the register by name
    // ([{value, text}]).
    Q_INVOKABLE QVariantList partnerChoices() const;
    // The opportunities a contribution may be for: those of the staff member's sites {id, title}.
    Q_INVOKABLE QVariantList opportunityChoices() const;
    Q_INVOKABLE void clearFieldError(const QString &field);
    Q_INVOKABLE void clearFieldErrors();

Q_SIGNALS:
    void fieldErrorsChanged();

private:
    bool fail(const QVariantMap &errors);

    static StaffPartners *s_instance;
    StaffSession *m_session;
    QVariantMap m_fieldErrors;
    StaffPartnerModel m_partnerList;
};
