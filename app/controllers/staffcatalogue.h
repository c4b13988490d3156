// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffcandidatemodel.h"
#include "models/staffopportunitymodel.h"
#include "models/staffparticipantmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

class StaffSession;

// The staff tablet's catalogue editor: the opportunities of the staff member's sites, each
// field checked by the rules of app/core before an opportunity-upsert is queued through
// StaffSession. QML singleton StaffCatalogue.
class StaffCatalogue : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The opportunity editor's problems per field ("title", "startDate", "contactPhone" …),
    // each a sentence to show beside that field; empty when the last save went through.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    // Every opportunity on this tablet, read again whenever StaffSession's `revision` moves;
    // the catalogue page keeps the editable ones with a StaffOpportunityProxy on siteIds.
    Q_PROPERTY(StaffOpportunityModel *opportunityList READ opportunityList CONSTANT)
    // The sites whose opportunities the unlocked staff member may edit: their account's sites,
    // else this tablet's site; empty means every site (the tablet knows neither).
    Q_PROPERTY(QStringList siteIds READ siteIds NOTIFY siteIdsChanged)
    // "Wie past hierbij?" and the organiser's participant list of the opportunity last given
    // to showOpportunity(), read again whenever StaffSession's `revision` moves (a pull brings
    // a withdrawn consent: the tenant leaves the candidates).
    Q_PROPERTY(StaffCandidateModel *candidates READ candidates CONSTANT)
    Q_PROPERTY(StaffParticipantModel *participants READ participants CONSTANT)

public:
    explicit StaffCatalogue(StaffSession *session, QObject *parent = nullptr);
    ~StaffCatalogue() override;
    static StaffCatalogue *create(QQmlEngine *, QJSEngine *);

    QVariantMap fieldErrors() const { return m_fieldErrors; }
    StaffOpportunityModel *opportunityList() { return &m_opportunityList; }
    QStringList siteIds() const { return m_siteIds; }
    StaffCandidateModel *candidates() { return &m_candidates; }
    StaffParticipantModel *participants() { return &m_participants; }

    Q_INVOKABLE QVariantMap opportunity(const QString &id) const;
    Q_INVOKABLE QVariantList sites() const;
    // Checks every field (app/core), fills fieldErrors and queues nothing when one is wrong.
    // The editor's fields: opportunityId (empty: a new one), title, summary, description,
    // kind, trainingType, route, status, neighbourhood, site, partnerId (the partner it names;
    // its name becomes the organiser; organiser and organiserRole of older editors still work),
    // schedule, languageLevel, allowance, capacity, minimumAge, startDate, endDate,
    // contactName, contactPhone, contactEmail; a field left out keeps its value.
    Q_INVOKABLE bool saveOpportunity(const QVariantMap &fields);
    Q_INVOKABLE void clearFieldErrors();
    // Staff changed this field after a save was refused: its problem (and the sentence under
    // the form that said it) goes until the next save checks again.
    Q_INVOKABLE void clearFieldError(const QString &field);
    Q_INVOKABLE bool setOpportunityStatus(const QString &id, const QString &status);
    // Lists the candidates and the participants of this opportunity (empty: none).
    Q_INVOKABLE void showOpportunity(const QString &id);

Q_SIGNALS:
    void fieldErrorsChanged();
    void siteIdsChanged();

private:
    void updateSiteIds();

    static StaffCatalogue *s_instance;
    StaffSession *m_session;
    QVariantMap m_fieldErrors;
    StaffOpportunityModel m_opportunityList;
    StaffCandidateModel m_candidates;
    StaffParticipantModel m_participants;
    QStringList m_siteIds;
};
