// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The strict reading of a JSON request body. QJsonDocument skips a leading byte order mark and
// keeps the LAST of two equal keys in one object, so {"motivation":"ok","motivation":"<RLO>…"}
// would reach the readers as something other than what a proxy, a log or another parser
// sees first. Here a BOM and a key given twice are refused, naming the field.

#include "core/validation.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <optional>

namespace Wire {

// One JSON object: no BOM, valid JSON, no key twice in any object at any depth.
// Error codes: json.bom, json.syntax (message with the byte offset), json.notObject,
// json.duplicateKey (field: the duplicate's path, e.g. "mutations[0].payload.motivation").
Meedoen::Validated<QJsonObject> strictJsonObject(const QByteArray &body);

// The path of the first key given twice in one object of `json`, which must be valid JSON
// (one pass over the bytes, no allocation for keys without escapes).
std::optional<QString> firstDuplicateKey(QByteArrayView json);

} // namespace Wire
