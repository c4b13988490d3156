// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/mydata.h"

#include "controllers/registrationcontroller.h"

#include "core/candidatematch.h"
#include "core/signupstatustext.h"
#include "core/trajectory.h"
#include "core/tenanthours.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString localDate(const QLocale &locale, const QDateTime &t)
{
    return t.isValid() ? locale.toString(t.toLocalTime().date(), QLocale::LongFormat) : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

MyData::MyData(RegistrationRepository *registrations, const CatalogueRepository *catalogue, QSqlDatabase db,
               QObject *parent)
    : QObject(parent)
    , m_registrations(registrations)
    , m_catalogue(catalogue)
    , m_hours(db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_trajectories(db)
{
}

void MyData::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    refresh();
}

void MyData::setLanguage(const QString &language)
{
    m_locale = uiLocale(language);
    refresh();
}

void MyData::refresh()
{
    m_person = m_personId.isEmpty() ? std::nullopt : m_registrations->person(m_personId);
    m_consents = m_person ? m_registrations->consents(m_personId) : QList<ConsentRecord>();
    m_signups = m_person ? m_registrations->signups(m_personId) : QList<Signup>();
    m_entries = m_person ? m_hours.entries(m_personId) : QList<PhoneHoursRepository::Entry>();
    m_erasureRequestedAt = m_person ? m_registrations->erasureRequestedAt(m_personId) : QDateTime();
    m_steps = m_person ? m_trajectories.steps(m_personId) : QList<Wire::TrajectoryStepChange>();
    m_ladders = m_trajectories.ladders();
    Q_EMIT changed();
}

QString MyData::consentTitle(const QString &purpose)
{
    if (purpose == u"contact")
        return tr("Nieuws uit je buurt");
    if (purpose == u"matching")
        return tr("Tips die bij je passen");
    if (purpose == u"share-partner")
        return tr("Gegevens delen met de organisatie");
    if (purpose == kTrajectoryConsent)
        return tr("Je weg naar werk of school bijhouden");
    return purpose;
}

QString MyData::opportunityTitle(const QString &id) const
{
    const auto o = m_catalogue->opportunity(id);
    return o ? o->titleIn(appLanguage()) : id;
}

QVariantList MyData::personFields() const
{
    QVariantList rows;
    if (!m_person)
        return rows;
    const Person &p = *m_person;
    const auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append(QVariantMap{{u"label"_s, label}, {u"value"_s, value}});
    };
    row(tr("Naam"), p.givenName + u' ' + p.familyName);
    row(tr("Geboortedatum"), m_locale.toString(p.dateOfBirth, QLocale::LongFormat));
    row(tr("Telefoon"), p.phone);
    row(tr("E-mail"), p.email);
    row(tr("Adres"), p.address.houseNumber > 0
                         ? u"%1 %2%3"_s.arg(p.address.postcode).arg(p.address.houseNumber).arg(p.address.addition)
                         : p.address.postcode);
    row(tr("Huurdernummer"), p.tenantNumber);
    row(tr("Persoonlijke code"), p.personalCode);
    row(tr("Talen"), p.languages.join(u", "_s));
    return rows;
}

QVariantList MyData::consents() const
{
    QVariantList rows;
    for (const ConsentRecord &c : m_consents) {
        rows.append(QVariantMap{{u"purpose"_s, c.purpose},
                                {u"title"_s, consentTitle(c.purpose)},
                                {u"textVersion"_s, c.textVersion},
                                {u"language"_s, c.language},
                                // "Gegeven op … in het Turks, tekstversie …"
                                {u"givenText"_s, consentGivenSentence(c, m_locale)},
                                {u"givenAt"_s, c.givenAt},
                                {u"withdrawnAt"_s, c.withdrawnAt},
                                {u"active"_s, c.isActive()}});
    }
    return rows;
}

QVariantList MyData::signups() const
{
    QVariantList rows;
    for (const Signup &s : m_signups) {
        rows.append(QVariantMap{{u"title"_s, opportunityTitle(s.opportunityId)},
                                {u"status"_s, signupStatusSentence(s, m_locale)},
                                {u"createdAt"_s, s.createdAt}});
    }
    return rows;
}

QVariantList MyData::hours() const
{
    QVariantList rows;
    for (const auto &e : m_entries) {
        rows.append(QVariantMap{{u"title"_s, e.opportunityTitle},
                                {u"date"_s, e.date},
                                {u"duration"_s, formatHoursDuration(e.minutes)}});
    }
    return rows;
}

bool MyData::withdrawConsent(const QString &purpose)
{
    if (!m_person || !m_registrations->withdrawConsent(m_personId, purpose, m_clock()))
        return false;
    // The trajectory goes from this phone at once; the server removes it when the withdrawal
    // arrives (docs/privacy.md, "Trajectory").
    if (purpose == kTrajectoryConsent)
        m_trajectories.removePerson(m_personId);
    refresh();
    Q_EMIT saved();
    return true;
}

QVariantMap MyData::consentOffer(const QString &purpose) const
{
    for (const QVariant &row : RegistrationController::consentTexts()) {
        if (row.toMap().value(u"purpose"_s).toString() == purpose)
            return row.toMap();
    }
    return {};
}

bool MyData::giveConsent(const QString &purpose)
{
    if (!m_person || !Meedoen::consentPurposes().contains(purpose))
        return false;
    // The language the page, and so the consent's text, is shown in.
    const ConsentRecord consent{m_personId, purpose, RegistrationController::consentTextVersionOf(purpose), m_clock(), {},
                                m_locale.name().section(u'_', 0, 0)};
    if (!m_registrations->giveConsent(m_personId, consent))
        return false;
    refresh();
    Q_EMIT saved();
    return true;
}

bool MyData::requestErasure()
{
    if (!m_person || !m_registrations->requestErasure(m_personId, m_clock()))
        return false;
    refresh();
    Q_EMIT saved();
    return true;
}

bool MyData::trajectoryConsent() const
{
    return hasActiveConsent(m_consents, kTrajectoryConsent);
}

QVariantList MyData::trajectory() const
{
    // Without the consent nothing is shown (the server keeps nothing either).
    QVariantList rows;
    if (!trajectoryConsent())
        return rows;
    QMap<QString, QList<Wire::TrajectoryStepChange>> byRoute;
    for (const Wire::TrajectoryStepChange &s : m_steps)
        byRoute[s.route].append(s);
    for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it) {
        const Ladder *ladder = ladderFor(m_ladders, it.key());
        const auto plainOf = [ladder](int rung) -> QString {
            const LadderRung *r = ladder ? ladder->rung(rung) : nullptr;
            return r ? ladderPlainText(*r) : QString::number(rung);
        };
        const Wire::TrajectoryStepChange &last = it.value().constLast();
        QVariantList history;
        QString goal;
        QDate goalReview;
        for (auto s = it.value().crbegin(); s != it.value().crend(); ++s) {
            history.append(QVariantMap{{u"date"_s, s->date}, {u"rung"_s, s->rung}, {u"plain"_s, plainOf(s->rung)}});
            if (goal.isEmpty() && !s->goal.isEmpty()) {
                goal = s->goal;
                goalReview = s->goalReview;
            }
        }
        const LadderRung *rung = ladder ? ladder->rung(last.rung) : nullptr;
        rows.append(QVariantMap{{u"route"_s, it.key()},
                                {u"rung"_s, last.rung},
                                {u"top"_s, ladder ? ladder->top() : last.rung},
                                {u"title"_s, rung ? rung->title : QString()},
                                {u"plain"_s, plainOf(last.rung)},
                                {u"date"_s, last.date},
                                {u"goal"_s, goal},
                                {u"goalReview"_s, goalReview},
                                {u"history"_s, history}});
    }
    return rows;
}

QJsonObject MyData::exportJson() const
{
    QJsonObject root{{u"exportedAt"_s, isoOrEmpty(m_clock())}};
    if (!m_person)
        return root;
    const Person &p = *m_person;
    root.insert(u"person"_s, QJsonObject{{u"id"_s, p.id},
                                         {u"personalCode"_s, p.personalCode},
                                         {u"givenName"_s, p.givenName},
                                         {u"familyName"_s, p.familyName},
                                         {u"phone"_s, p.phone},
                                         {u"email"_s, p.email},
                                         {u"postcode"_s, p.address.postcode},
                                         {u"houseNumber"_s, p.address.houseNumber},
                                         {u"houseAddition"_s, p.address.addition},
                                         {u"dateOfBirth"_s, p.dateOfBirth.toString(Qt::ISODate)},
                                         {u"languages"_s, QJsonArray::fromStringList(p.languages)},
                                         {u"interests"_s, QJsonArray::fromStringList(p.interests)},
                                         {u"neighbourhoods"_s, QJsonArray::fromStringList(p.neighbourhoods)},
                                         {u"tenantNumber"_s, p.tenantNumber},
                                         {u"language"_s, p.uiLanguage}});
    QJsonArray consents;
    for (const ConsentRecord &c : m_consents) {
        consents.append(QJsonObject{{u"purpose"_s, c.purpose},
                                    {u"textVersion"_s, c.textVersion},
                                    {u"language"_s, c.language},
                                    {u"givenAt"_s, isoOrEmpty(c.givenAt)},
                                    {u"withdrawnAt"_s, isoOrEmpty(c.withdrawnAt)}});
    }
    root.insert(u"consents"_s, consents);
    QJsonArray signups;
    for (const Signup &s : m_signups) {
        signups.append(QJsonObject{{u"id"_s, s.id},
                                   {u"referenceCode"_s, s.referenceCode},
                                   {u"opportunityId"_s, s.opportunityId},
                                   {u"opportunity"_s, opportunityTitle(s.opportunityId)},
                                   {u"state"_s, toKey(s.state)},
                                   {u"motivation"_s, s.motivation},
                                   {u"createdAt"_s, isoOrEmpty(s.createdAt)}});
    }
    root.insert(u"signups"_s, signups);
    QJsonArray hours;
    for (const auto &e : m_entries) {
        hours.append(QJsonObject{{u"id"_s, e.id},
                                 {u"opportunityId"_s, e.opportunityId},
                                 {u"opportunity"_s, e.opportunityTitle},
                                 {u"date"_s, e.date.toString(Qt::ISODate)},
                                 {u"minutes"_s, e.minutes},
                                 {u"note"_s, e.note}});
    }
    root.insert(u"hours"_s, hours);
    // The tenant's trajectory, as this phone holds it (nothing without the consent).
    QJsonArray steps;
    for (const Wire::TrajectoryStepChange &s : m_steps) {
        steps.append(QJsonObject{{u"route"_s, s.route},
                                 {u"rung"_s, s.rung},
                                 {u"date"_s, s.date.toString(Qt::ISODate)},
                                 {u"note"_s, s.note},
                                 {u"goal"_s, s.goal},
                                 {u"goalReview"_s, s.goalReview.toString(Qt::ISODate)}});
    }
    root.insert(u"trajectory"_s, steps);
    return root;
}

QString MyData::exportHtml() const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head><body>\n"_s
                       .arg(m_locale.bcp47Name(), esc(tr("Mijn gegevens")));
    html += u"<h1>%1</h1>\n"_s.arg(esc(tr("Mijn gegevens")));
    html += u"<p>%1</p>\n"_s.arg(esc(tr("Gemaakt op %1").arg(localDate(m_locale, m_clock()))));
    if (!m_person)
        return html + u"</body></html>\n"_s;
    html += u"<h2>%1</h2>\n<table>\n"_s.arg(esc(tr("Over mij")));
    for (const QVariant &v : personFields()) {
        const QVariantMap f = v.toMap();
        html += u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(esc(f.value(u"label"_s).toString()),
                                                         esc(f.value(u"value"_s).toString()));
    }
    html += u"</table>\n<h2>%1</h2>\n<ul>\n"_s.arg(esc(tr("Toestemmingen")));
    for (const ConsentRecord &c : m_consents) {
        QString line = tr("%1: %2").arg(consentTitle(c.purpose), consentGivenSentence(c, m_locale));
        if (c.withdrawnAt.isValid())
            line += u"; "_s + tr("ingetrokken op %1").arg(localDate(m_locale, c.withdrawnAt));
        html += u"<li>%1</li>\n"_s.arg(esc(line));
    }
    html += u"</ul>\n<h2>%1</h2>\n<ul>\n"_s.arg(esc(tr("Aanmeldingen")));
    for (const Signup &s : m_signups) {
        html += u"<li>%1 (%2): %3</li>\n"_s.arg(esc(opportunityTitle(s.opportunityId)), esc(s.referenceCode),
                                               esc(signupStatusSentence(s, m_locale)));
    }
    html += u"</ul>\n<h2>%1</h2>\n<ul>\n"_s.arg(esc(tr("Uren")));
    for (const auto &e : m_entries) {
        html += u"<li>%1: %2, %3</li>\n"_s.arg(esc(m_locale.toString(e.date, QLocale::LongFormat)),
                                              esc(e.opportunityTitle), esc(formatHoursDuration(e.minutes)));
    }
    html += u"</ul>\n<h2>%1</h2>\n<ul>\n"_s.arg(esc(tr("Mijn weg")));
    for (const Wire::TrajectoryStepChange &s : m_steps) {
        const Ladder *ladder = ladderFor(m_ladders, s.route);
        const LadderRung *rung = ladder ? ladder->rung(s.rung) : nullptr;
        html += u"<li>%1: %2 (%3/%4)</li>\n"_s.arg(esc(m_locale.toString(s.date, QLocale::LongFormat)),
                                                  esc(rung ? ladderPlainText(*rung) : QString()))
                    .arg(s.rung)
                    .arg(ladder ? ladder->top() : s.rung);
    }
    return html + u"</ul>\n</body></html>\n"_s;
}

bool MyData::download()
{
    QString folder = m_folder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return false;
    const QDir dir(folder);
    if (!writeFile(dir.filePath(u"mijn-gegevens.json"_s), QJsonDocument(exportJson()).toJson())
        || !writeFile(dir.filePath(u"mijn-gegevens.html"_s), exportHtml().toUtf8()))
        return false;
    m_lastFolder = QDir::toNativeSeparators(folder);
    Q_EMIT downloaded();
    return true;
}
