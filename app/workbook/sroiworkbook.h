// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The accountant's workbook (issue 18, item 4): the SROI input sheet of a period and
// neighbourhood, each social-return obligation's fulfilment, and the proxies with their
// sources: three sheets, the same from `meedoen-server export sroi --format xlsx` and from
// the staff tablet. Labels in the app's language (context "Sroi"); the figures are
// core/socialreturn.h's.

#include "workbook/xlsx.h"

#include "core/socialreturn.h"

namespace Workbook {

QList<Sheet> sroiSheets(const Meedoen::SroiSheet &sheet, const QList<Meedoen::ObligationFulfilment> &obligations,
                        const Meedoen::SocialReturnRates &rates);
std::optional<QByteArray> sroiWorkbook(const Meedoen::SroiSheet &sheet,
                                       const QList<Meedoen::ObligationFulfilment> &obligations,
                                       const Meedoen::SocialReturnRates &rates, QString *error);

} // namespace Workbook
