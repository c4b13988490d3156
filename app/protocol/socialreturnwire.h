// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Social return on the wire (docs/sync-protocol.md, "Social return"): the corporation's
// valuation table, SROI proxies and social-return obligations (core/socialreturn.h), as
// `meedoen-server social-return import` reads the file and `show` writes it, and as every staff
// tablet pulls them (the `social-return` change, id "config"). One builder and one reader.

#include "protocol/wire.h"

#include "core/socialreturn.h"
#include "core/validation.h"

#include <QByteArray>
#include <QJsonObject>

namespace Wire {

inline constexpr qsizetype kMaxSocialReturnFileBytes = 1024 * 1024;
inline constexpr QLatin1StringView kSocialReturnChangeId{"config"};

QJsonObject toJson(const Meedoen::SocialReturnConfig &config);
// Every value bounded, then Meedoen::checkSocialReturn(); unknown fields refused (the file) or
// passed over (the pulled change, from a newer server). A field left out of "rates" keeps
// Meedoen's default.
Meedoen::Validated<Meedoen::SocialReturnConfig> socialReturnFromJson(const QJsonObject &json, const QString &path,
                                                                     Unknown unknown = Unknown::Refuse);
// The `social-return` change's reader, as PullApplier reads every entity.
Meedoen::Validated<Meedoen::SocialReturnConfig> socialReturnChangeFromJson(const QJsonObject &json, const QString &path);
// The file: the same object, indented; bytes over the bound are refused before parsing.
QByteArray socialReturnFile(const Meedoen::SocialReturnConfig &config);
Meedoen::Validated<Meedoen::SocialReturnConfig> socialReturnFileFromJson(const QByteArray &bytes);

} // namespace Wire
