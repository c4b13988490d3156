// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import Meedoen.Scan

// The scan view of Meedoen.Scan, for a Loader's source URL (PersonalCodeField). Importing
// Meedoen.Scan loads its plugin and Qt Multimedia, so this file is loaded by URL only, when
// the view is first opened: no file loaded at startup may name this type.
QrScanView {}
