// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllers/staffcatalogue.h"
#include "controllers/staffpartners.h"
#include "controllers/staffpersons.h"
#include "controllers/staffresults.h"
#include "controllers/staffreview.h"
#include "controllers/staffsession.h"

#include <memory>

class Database;
class StaffApi;
class SyncClient;

// Everything a staff tablet publishes to QML, built and wired together: the session (sign-in,
// PIN, idle lock, the message line, `revision`) and the review, catalogue, persons and results
// singletons that act through it, all on one StaffApi. main.cpp builds one; a test builds one
// per tablet (the first one built is the one QML sees) and may hand in a fake StaffApi.
class StaffTablet
{
public:
    // Without `api`, one of its own on `sync` (the real server calls).
    StaffTablet(Database *database, SyncClient *sync, StaffSession::Clock clock,
                StaffPinGuard::Cost pinCost = StaffPinGuard::Cost::Interactive, StaffApi *api = nullptr);
    ~StaffTablet();
    StaffTablet(const StaffTablet &) = delete;
    StaffTablet &operator=(const StaffTablet &) = delete;

    // The tablet's sync client; set later when the tablet is enrolled from its screen.
    void setSync(SyncClient *sync);

    StaffApi *api() const { return m_api; }
    StaffSession *session() const { return m_session.get(); }
    StaffReview *review() const { return m_review.get(); }
    StaffCatalogue *catalogue() const { return m_catalogue.get(); }
    StaffPersons *persons() const { return m_persons.get(); }
    StaffResults *results() const { return m_results.get(); }
    StaffPartners *partners() const { return m_partners.get(); }

private:
    std::unique_ptr<StaffApi> m_ownApi;
    StaffApi *m_api;
    // Destroyed in reverse order: the session outlives the singletons that act through it.
    std::unique_ptr<StaffSession> m_session;
    std::unique_ptr<StaffReview> m_review;
    std::unique_ptr<StaffCatalogue> m_catalogue;
    std::unique_ptr<StaffPersons> m_persons;
    std::unique_ptr<StaffResults> m_results;
    std::unique_ptr<StaffPartners> m_partners;
};
