// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffopportunityrowmodel.h"

#include <functional>

// "Wie past hierbij?": the tenants this tablet holds who fit one opportunity, best first, each
// with the reason in words (Meedoen::matchCandidates and candidateReason). A tenant without
// `matching` consent is never a row; one already signed up comes last, marked signedUp.
class StaffCandidateModel : public StaffOpportunityRowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StaffCatalogue holds the candidates of the opportunity it shows")

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        NameRole,
        ReasonRole,             // "Interesse: Tuin en groen · Beschikbaar: dinsdagochtend · Woont in Wielewaal"
        ScoreRole,              // higher fits better
        SignedUpRole,           // already has a standing sign-up for the opportunity
    };
    Q_ENUM(Role)

    explicit StaffCandidateModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    // How an interest key is named in the reason (the registration's labels); the key by default.
    void setInterestLabel(std::function<QString(const QString &)> label) { m_interestLabel = std::move(label); }

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;

private:
    std::function<QString(const QString &)> m_interestLabel;
};
