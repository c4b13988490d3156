// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import Meedoen.Scan

// Whether the device has a camera (Meedoen.Scan), for a Loader's source URL
// (PersonalCodeField, on a phone only). Importing Meedoen.Scan loads its plugin and Qt
// Multimedia, so this file is loaded by URL only: no file loaded at startup may name this type.
CameraCheck {}
