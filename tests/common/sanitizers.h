// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether this build runs under AddressSanitizer (preset `asan`; the server binary beside the
// test is built alike). Its shadow memory, quarantine of freed blocks and slower allocator
// make memory and latency figures mean nothing, so the tests that measure them skip there:
// they are measured in the ordinary build, which scripts/test.sh runs.
namespace Sanitizers {
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddress = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddress = true;
#else
inline constexpr bool kAddress = false;
#endif
#else
inline constexpr bool kAddress = false;
#endif
} // namespace Sanitizers
