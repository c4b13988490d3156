// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The kill loops' schedule (tst_crashsafety, tst_sync_powercut, tst_sync_killdrain): how many
// kills (MEEDOEN_KILL_MOMENTS, else the test's default) and the seed of their random moments
// (MEEDOEN_KILL_SEED repeats a run, as far as timing repeats; else a fresh one, printed by the
// test so a failure can be repeated).

#include <QRandomGenerator>
#include <QString>
#include <QtGlobal>

namespace KillSchedule {

struct Schedule
{
    int moments = 0;
    quint32 seed = 0;
    bool valid = false; // false: a variable set to something that is not a positive number
};

inline Schedule fromEnvironment(int defaultMoments)
{
    Schedule s;
    bool momentsOk = true;
    s.moments = qEnvironmentVariableIsSet("MEEDOEN_KILL_MOMENTS")
        ? qEnvironmentVariable("MEEDOEN_KILL_MOMENTS").toInt(&momentsOk)
        : defaultMoments;
    bool seedOk = true;
    s.seed = qEnvironmentVariableIsSet("MEEDOEN_KILL_SEED") ? qEnvironmentVariable("MEEDOEN_KILL_SEED").toUInt(&seedOk)
                                                            : QRandomGenerator::global()->generate();
    s.valid = momentsOk && seedOk && s.moments > 0;
    return s;
}

} // namespace KillSchedule
