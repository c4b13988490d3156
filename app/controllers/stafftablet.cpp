// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/stafftablet.h"

#include "sync/staffapi.h"

StaffTablet::StaffTablet(Database *database, SyncClient *sync, StaffSession::Clock clock, StaffPinGuard::Cost pinCost,
                         StaffApi *api)
    : m_ownApi(api ? nullptr : std::make_unique<StaffApi>(sync))
    , m_api(api ? api : m_ownApi.get())
    , m_session(std::make_unique<StaffSession>(database, m_api, sync, std::move(clock), pinCost))
    , m_review(std::make_unique<StaffReview>(m_session.get()))
    , m_catalogue(std::make_unique<StaffCatalogue>(m_session.get()))
    , m_persons(std::make_unique<StaffPersons>(m_session.get(), m_api))
    , m_results(std::make_unique<StaffResults>(m_session.get(), m_api))
    , m_partners(std::make_unique<StaffPartners>(m_session.get()))
{
}

StaffTablet::~StaffTablet() = default;

void StaffTablet::setSync(SyncClient *sync)
{
    if (m_ownApi)
        m_ownApi->setSync(sync);
    m_session->setSync(sync);
}
