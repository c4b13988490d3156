// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllers/staffreport.h"
#include "core/goals.h"
#include "core/resultfigures.h"
#include "protocol/kioskwatch.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

class StaffApi;
class StaffSession;

// The staff tablet's dashboard: the server's figures when it can be asked (StaffApi), the
// tablet's own from what it pulled otherwise, with the same definitions; and the CSV exports
// (results, decisions) after the PIN is asked again. QML singleton StaffResults.
class StaffResults : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString exportDir READ exportDir WRITE setExportDir NOTIFY exportDirChanged)
    // The dashboard's figures for the filter last given to loadResults(): as dashboard(), plus
    // "source" ("server" or "tablet") and "asOf" (the server's time, or the last sync).
    Q_PROPERTY(QVariantMap results READ results NOTIFY resultsChanged)
    // The site's kiosks as the server last saw them ("Zuilen die stil zijn"): "known" (the
    // server answered), "quietHours", "total" (kiosks of the site), "asOf" (the server's time)
    // and "quiet": per quiet kiosk "id", "lastSeen" (invalid: never seen), "enrolledAt",
    // "queueLength" (-1: not reported) and "oldestQueuedAt" (invalid with an empty queue).
    Q_PROPERTY(QVariantMap kiosks READ kiosks NOTIFY kiosksChanged)
    // The goal form's problems by field ("neighbourhood", "route", "period", "year",
    // "quarter", "measure", "target"), each a translated sentence; empty when none.
    Q_PROPERTY(QVariantMap goalErrors READ goalErrors NOTIFY goalErrorsChanged)

public:
    StaffResults(StaffSession *session, StaffApi *api, QObject *parent = nullptr);
    ~StaffResults() override;
    static StaffResults *create(QQmlEngine *, QJSEngine *);

    QString exportDir() const { return m_exportDir; }
    void setExportDir(const QString &dir);
    QVariantMap results() const { return m_results; }
    QVariantMap kiosks() const { return m_kiosks; }
    // Shows what the server said about the site's kiosks (also the tour's example).
    void showKiosks(const Wire::KioskWatchReply &reply);

    // This tablet's own figures from what it pulled (the offline dashboard).
    Q_INVOKABLE QVariantMap dashboard(const QString &site, const QString &neighbourhood, const QString &route) const;
    // Asks the server (GET /v1/staff/results) when it can and shows the tablet's own figures
    // until it answers, or instead when it does not. The same definitions either way.
    Q_INVOKABLE void loadResults(const QString &site, const QString &neighbourhood, const QString &route);
    Q_INVOKABLE QVariantList neighbourhoods() const;
    // ---- goals (core/goals.h): "goals" in results and dashboard() is their progress, each
    // with "goalId", "neighbourhood", "neighbourhoodName", "route", "period", "start", "end",
    // "year", "quarter", "measure", "measureName", "target", "value", "planned", "forecast",
    // "status", "statusText", "days" and "points" ({"date", "day", "value", "planned"}).
    QVariantMap goalErrors() const { return m_goalErrors; }
    // The measures a goal can count, as {"value", "text"} (not those Meedoen cannot count yet).
    Q_INVOKABLE QVariantList goalMeasures() const;
    // One goal as the form edits it ("goalId", "neighbourhood", "route", "period", "year",
    // "quarter", "measure", "target"); empty when this tablet does not know it.
    Q_INVOKABLE QVariantMap goal(const QString &goalId) const;
    // Sets a goal (a new one without "goalId") with the coordinator's role; false with
    // goalErrors (or a message) when something must change first. Nothing typed is lost.
    Q_INVOKABLE bool saveGoal(const QVariantMap &fields);
    Q_INVOKABLE bool removeGoal(const QString &goalId);
    Q_INVOKABLE void clearGoalErrors();
    // Asks the server which of the site's kiosks went quiet; offline "known" turns false.
    Q_INVOKABLE void loadKiosks();
    // Writes the CSV into exportDir and returns its path; empty (and a message) otherwise.
    Q_INVOKABLE QString exportResults(const QString &pin, const QString &site, const QString &neighbourhood,
                                      const QString &route);
    Q_INVOKABLE QString exportDecisions(const QString &pin);
    // The printable period report of the filter's neighbourhood over the months fromMonth …
    // toMonth ("YYYY-MM", inclusive) as a PDF in exportDir (StaffReport); its path, or empty
    // (and a message).
    Q_INVOKABLE QString exportReport(const QString &pin, const QString &site, const QString &neighbourhood,
                                     const QString &fromMonth, const QString &toMonth);
    // The periods a report is usually made for, from today: this and the previous quarter and
    // year, each {key, title, range ("okt – dec 2026"), from, to ("YYYY-MM")}.
    Q_INVOKABLE QVariantList reportPeriods() const;
    // The report exportReport() would write, to read on screen first: {title, lines, tables:
    // [{title, headers, rowCount, cells (row after row),
    // whenEmpty, note}]}. Dashboard permission: reading it is looking
    // at the dashboard; writing it is an export.
    Q_INVOKABLE QVariantMap reportPreview(const QString &site, const QString &neighbourhood, const QString &fromMonth,
                                          const QString &toMonth) const;
    // ---- social return and SROI (core/socialreturn.h), from the configuration the server sent
    // and the facts this tablet pulled (the same functions as meedoen-server's exports).
    // Each obligation at the site: "obligationId", "supplier", "contract", "pso", "basis",
    // "share" ("5 %"), "term", "required", "achieved" (money in the app's language),
    // "fulfilled" (0…, 1 = met), "fulfilledText" and "placements".
    Q_INVOKABLE QVariantList socialReturn(const QString &site) const;
    // The SROI input sheet of the months fromMonth … toMonth: "inputs" and "outcomes" (each
    // "item", "label", "quantity", "proxy", "value", "source" as text), "inputTotal",
    // "outcomeTotal".
    Q_INVOKABLE QVariantMap sroiSheet(const QString &site, const QString &neighbourhood, const QString &fromMonth,
                                      const QString &toMonth) const;
    // The SROI sheet as CSV ("csv") or as the accountant's workbook with the obligations and
    // the proxies ("xlsx") in exportDir; its path, or empty (and a message).
    Q_INVOKABLE QString exportSroi(const QString &pin, const QString &site, const QString &neighbourhood,
                                   const QString &fromMonth, const QString &toMonth, const QString &format);
    // The organiser's participant list of one opportunity (StaffExport::participantsCsv).
    Q_INVOKABLE QString exportParticipants(const QString &pin, const QString &opportunityId);

Q_SIGNALS:
    void exportDirChanged();
    void resultsChanged();
    void kiosksChanged();
    void goalErrorsChanged();

private:
    enum class Source { Tablet, Server };
    QString writeExport(const QString &name, const QString &csv);
    QString writeExportBytes(const QString &name, const QString &suffix, const QByteArray &bytes);
    // The export's file name in exportDir, made sure to exist; empty (and a message) otherwise.
    QString exportPath(const QString &name, const QString &suffix);
    // After an export was written: audited, and said where it is.
    QString exported(const QString &name, const QString &path);
    StaffReport::Document reportDocument(const QString &site, const QString &neighbourhood, const QString &fromMonth,
                                         const QString &toMonth) const;
    Meedoen::ResultsFilter resultsFilter(const QString &site, const QString &neighbourhood, const QString &route) const;
    // Of every route, over the months fromMonth … toMonth (the report and the SROI sheet).
    Meedoen::ResultsFilter periodFilter(const QString &site, const QString &neighbourhood, const QString &fromMonth,
                                        const QString &toMonth) const;
    void setResults(QVariantMap figures, Source source, const QDateTime &asOf);
    QVariantMap figuresWithGoals(const Meedoen::Results &results, const QList<Meedoen::GoalProgress> &goals) const;
    void setGoalErrors(const QVariantMap &errors);

    static StaffResults *s_instance;
    StaffSession *m_session;
    QPointer<StaffApi> m_api;
    QString m_exportDir;
    QVariantMap m_results;
    Source m_source = Source::Tablet;
    QString m_resultsKey;           // the filter m_results is for
    quint64 m_resultsRequest = 0;   // only the latest request's answer counts
    QVariantMap m_kiosks;
    QVariantMap m_goalErrors;
    quint64 m_kiosksRequest = 0;
};
