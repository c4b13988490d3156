// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server reaching into the device's storage: refused.
#include "storage/repo.h"
