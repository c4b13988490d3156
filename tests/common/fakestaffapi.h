// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The staff tablet's server, answered by the test when it chooses: StaffApi's calls are kept
// (login, kiosks, code lock) until the test runs their `done` with the answer it wants.
// signIn() takes a StaffSession through the password sign-in and the new PIN to Unlocked.

#include "controllers/staffsession.h"
#include "sync/staffapi.h"

#include <QTest>

class FakeStaffApi : public StaffApi
{
public:
    struct CodeLockAsked
    {
        QString personId;
        bool unlock = false;
        CodeLockDone done;
    };
    LoginDone pendingLogin;
    QList<KiosksDone> pendingKiosks;
    QList<CodeLockAsked> codeLockAsked;

    bool isStaffTablet() const override { return true; }
    void setSession(const QString &) override {}
    void login(const Wire::StaffLoginRequest &, QObject *, LoginDone done) override { pendingLogin = std::move(done); }
    void results(const Meedoen::ResultsFilter &, QObject *, ResultsDone done) override { done(std::nullopt); }
    void kiosks(QObject *, KiosksDone done) override { pendingKiosks.append(std::move(done)); }
    void codeLock(const QString &personId, bool unlock, QObject *, CodeLockDone done) override
    {
        codeLockAsked.append({personId, unlock, std::move(done)});
    }

    // Fatma of site-a signs in with her password and chooses a PIN; the session is Unlocked.
    // Call it with QVERIFY(…): false when a step did not go as a tablet's would. By default with
    // every role: most tests are about what a flow does (tst_staffsession: what roles hide).
    bool signIn(StaffSession &session, const QDateTime &now,
                const QStringList &roles = {QStringLiteral("coordinator"), QStringLiteral("consultant"),
                                            QStringLiteral("viewer"), QStringLiteral("admin")})
    {
        using namespace Qt::StringLiterals;
        session.login(u"fatma"_s, u"secret"_s);
        if (!pendingLogin)
            return false;
        Wire::StaffLoginReply r;
        r.staffId = u"7f0c6f64-5a8b-4f41-9a2a-0f3e1d7c5b21"_s;
        r.login = u"fatma"_s;
        r.name = u"Fatma Demir"_s;
        r.sites = {u"site-a"_s};
        r.sessionToken = u"token"_s;
        r.expiresAt = now.addSecs(8 * 3600);
        r.roles = roles;
        std::exchange(pendingLogin, {})(LoginAnswer{200, 0, r, QString()});
        return session.choosePin(u"24680"_s, u"24680"_s) && session.stage() == StaffSession::Stage::Unlocked;
    }
};
