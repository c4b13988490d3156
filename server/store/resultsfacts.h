// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

namespace Server {

// What the corporation's results are made of (resultaatmeting): the facts read from the
// tables, handed to Meedoen::computeResults() — the same function the staff tablet runs on its
// pulled copy, so both count alike — and the decision log for its export. Rendering (CSV,
// JSON) is server/results.h.
class ResultsFacts final : public StorePart
{
public:
    explicit ResultsFacts(Session &session) : StorePart(session) {}

    std::optional<Results> results(const ResultsFilter &filter);
    std::optional<QList<DecisionRecord>> decisions(const QString &site);
};

} // namespace Server
