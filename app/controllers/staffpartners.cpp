// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffpartners.h"
#include "controllers/staffreport.h"

#include "controllers/staffsession.h"
#include "core/validation.h"
#include "protocol/mutation.h"
#include "protocol/staffroles.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/staffrepository.h"
#include "sync/syncclient.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffPartners *StaffPartners::s_instance = nullptr;

namespace {

// Money as the app's language writes it (StaffReport::money).
QString euros(qint64 cents)
{
    return StaffReport::money(cents, QLocale());
}

QString hours(int minutes)
{
    return QLocale().toString(minutes / 60.0, 'f', minutes % 60 == 0 ? 0 : 2);
}

// An amount as staff type it: "1250", "1.250,50", "1250.5" (euros) → cents; nullopt when it is
// no amount.
std::optional<qint64> typedCents(const QString &text)
{
    QString t = text.trimmed().remove(u'€').remove(u' ');
    if (t.isEmpty())
        return 0;
    // The last separator with one or two digits after it is the decimal one.
    static const QRegularExpression amount(u"^(\\d{1,3}(?:[.,]?\\d{3})*|\\d+)(?:[.,](\\d{1,2}))?$"_s);
    const auto m = amount.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString whole = m.captured(1);
    whole.remove(u'.').remove(u',');
    QString fraction = m.captured(2);
    if (fraction.size() == 1)
        fraction += u'0';
    bool ok = false;
    const qint64 value = whole.toLongLong(&ok) * 100 + fraction.toLongLong();
    return ok ? std::optional(value) : std::nullopt;
}

// Hours as staff type them ("3", "2,5") → minutes; nullopt when they are no number.
std::optional<int> typedMinutes(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    t.replace(u',', u'.');
    bool ok = false;
    const double h = t.toDouble(&ok);
    if (!ok || h < 0)
        return std::nullopt;
    return int(qRound(h * 60));
}

QVariantMap monthRow(const PartnerMonth &m)
{
    return {{u"month"_s, m.month},
            {u"money"_s, euros(m.moneyCents)},
            {u"staffHours"_s, hours(m.staffMinutes)},
            {u"places"_s, m.places},
            {u"premisesHours"_s, hours(m.premisesMinutes)},
            {u"activeVolunteers"_s, m.activeVolunteers},
            {u"volunteerHours"_s, hours(m.volunteerMinutes)},
            {u"trainingStarted"_s, m.trainingStarted},
            {u"trainingCompleted"_s, m.trainingCompleted},
            // For the charts: whole euros and hours.
            {u"moneyValue"_s, qRound64(m.moneyCents / 100.0)},
            {u"staffHoursValue"_s, qRound(m.staffMinutes / 60.0)},
            {u"volunteerHoursValue"_s, qRound(m.volunteerMinutes / 60.0)}};
}

} // namespace

StaffPartners::StaffPartners(StaffSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (!s_instance)
        s_instance = this;
    connect(session, &StaffSession::revisionChanged, &m_partnerList,
            [this] { m_partnerList.reloadFrom(m_session->database()); });
}

StaffPartners::~StaffPartners()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffPartners *StaffPartners::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QVariantList StaffPartners::kinds() const
{
    QVariantList out;
    for (const PartnerKind k : allPartnerKinds())
        out.append(QVariantMap{{u"key"_s, toKey(k)}, {u"text"_s, StaffPartnerModel::kindText(k)}});
    return out;
}

QVariantList StaffPartners::roles() const
{
    QVariantList out;
    for (const PartnerRole r : allPartnerRoles())
        out.append(QVariantMap{{u"key"_s, toKey(r)}, {u"text"_s, StaffReport::partnerRoleName(r)}});
    return out;
}

QVariantMap StaffPartners::partner(const QString &partnerId) const
{
    if (!m_session->database() || !m_session->database()->isOpen())
        return {};
    const auto p = PartnerRepository(m_session->database()->connection()).partner(partnerId);
    return p ? StaffPartnerModel::rowOf(*p) : QVariantMap();
}

bool StaffPartners::fail(const QVariantMap &errors)
{
    if (errors != m_fieldErrors) {
        m_fieldErrors = errors;
        Q_EMIT fieldErrorsChanged();
    }
    if (errors.isEmpty())
        return true;
    m_session->setMessage(errors.size() == 1 ? errors.cbegin().value().toString()
                                             : tr("Controleer de %n gemarkeerde velden.", "", int(errors.size())));
    return false;
}

bool StaffPartners::savePartner(const QVariantMap &fields)
{
    if (!m_session->requirePermission(Wire::Permission::Partners))
        return false;
    const auto text = [&fields](const QString &f) { return fields.value(f).toString(); };
    Partner p;
    p.id = text(u"partnerId"_s);
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = text(u"name"_s);
    p.kind = partnerKindFromKey(text(u"kind"_s)).value_or(PartnerKind::Overig);
    p.contactName = text(u"contactName"_s);
    p.contactPhone = text(u"contactPhone"_s);
    p.contactEmail = text(u"contactEmail"_s);
    FieldErrors all;
    const auto checked = validatePartner(p, &all);
    QVariantMap errors;
    for (const FieldError &e : std::as_const(all))
        errors.insert(e.field, e.message);
    if (!fail(errors))
        return false;
    if (!m_session->queue(Wire::PartnerUpsertPayload{{}, checked.value}, checked.value.id))
        return false;
    // Shown at once; the server's copy replaces it at the next pull.
    PartnerRepository(m_session->database()->connection()).keepPartner(checked.value);
    m_session->refresh();
    return true;
}

bool StaffPartners::saveContribution(const QVariantMap &fields)
{
    if (!m_session->requirePermission(Wire::Permission::Partners))
        return false;
    const auto text = [&fields](const QString &f) { return fields.value(f).toString().trimmed(); };
    PartnerContribution c;
    c.id = text(u"contributionId"_s);
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.partnerId = text(u"partnerId"_s);
    c.opportunityId = text(u"opportunityId"_s);
    c.role = partnerRoleFromKey(text(u"role"_s)).value_or(PartnerRole::Partner);
    c.month = text(u"month"_s);
    QVariantMap errors;
    if (c.opportunityId.isEmpty())
        errors.insert(u"opportunityId"_s, tr("Kies een activiteit."));
    const auto cents = typedCents(text(u"moneyEuros"_s));
    if (!cents)
        errors.insert(u"moneyEuros"_s, tr("Vul een bedrag in euro's in, zoals 1250 of 1250,50."));
    else
        c.moneyCents = *cents;
    const auto staff = typedMinutes(text(u"staffHours"_s));
    if (!staff)
        errors.insert(u"staffHours"_s, tr("Vul een aantal uren in, zoals 4 of 2,5."));
    else
        c.staffMinutes = *staff;
    const auto premises = typedMinutes(text(u"premisesHours"_s));
    if (!premises)
        errors.insert(u"premisesHours"_s, tr("Vul een aantal uren in, zoals 4 of 2,5."));
    else
        c.premisesMinutes = *premises;
    bool placesOk = true;
    c.places = text(u"places"_s).isEmpty() ? 0 : text(u"places"_s).toInt(&placesOk);
    if (!placesOk)
        errors.insert(u"places"_s, tr("Vul een aantal plaatsen in."));
    for (const FieldError &e : validateContribution(c)) {
        // The form's fields are in euros and hours; the core's in cents and minutes.
        const QString field = e.field == "moneyCents"_L1        ? u"moneyEuros"_s
                              : e.field == "staffMinutes"_L1    ? u"staffHours"_s
                              : e.field == "premisesMinutes"_L1 ? u"premisesHours"_s
                                                                : e.field;
        if (!errors.contains(field))
            errors.insert(field, e.message);
    }
    if (!fail(errors))
        return false;
    return m_session->queue(Wire::PartnerContributionPayload{{}, c, false}, c.id)
        && PartnerRepository(m_session->database()->connection()).keepContribution(c);
}

bool StaffPartners::removeContribution(const QString &contributionId)
{
    if (!m_session->requirePermission(Wire::Permission::Partners))
        return false;
    const QSqlDatabase db = m_session->database()->connection();
    PartnerRepository partners(db);
    for (const PartnerContribution &c : partners.contributions()) {
        if (c.id != contributionId)
            continue;
        if (!m_session->queue(Wire::PartnerContributionPayload{{}, c, true}, c.id))
            return false;
        partners.removeContribution(c.id);
        m_session->refresh();
        return true;
    }
    return false;
}

QVariantList StaffPartners::contributions(const QString &partnerId) const
{
    QVariantList out;
    if (!m_session->database() || !m_session->database()->isOpen())
        return out;
    const QSqlDatabase db = m_session->database()->connection();
    const CatalogueRepository catalogue(db);
    for (const PartnerContribution &c : PartnerRepository(db).contributions(partnerId)) {
        const auto o = catalogue.opportunity(c.opportunityId);
        out.append(QVariantMap{{u"contributionId"_s, c.id},
                               {u"opportunityId"_s, c.opportunityId},
                               {u"opportunityTitle"_s, o ? o->title : c.opportunityId},
                               {u"role"_s, toKey(c.role)},
                               {u"roleText"_s, StaffReport::partnerRoleName(c.role)},
                               {u"month"_s, c.month},
                               {u"money"_s, euros(c.moneyCents)},
                               {u"staffHours"_s, hours(c.staffMinutes)},
                               {u"places"_s, c.places},
                               {u"premisesHours"_s, hours(c.premisesMinutes)}});
    }
    return out;
}

QVariantMap StaffPartners::figures(const QString &partnerId) const
{
    if (!m_session->database() || !m_session->database()->isOpen())
        return {};
    ResultsFilter filter;
    if (m_session->sync())
        filter.site = m_session->sync()->site();
    const PartnerFigures f = StaffRepository(m_session->database()->connection()).partnerFigures(partnerId, filter);
    QVariantList months;
    for (const PartnerMonth &m : f.months)
        months.append(monthRow(m));
    QStringList roleWords;
    for (const PartnerRole r : f.roles)
        roleWords.append(StaffReport::partnerRoleName(r));
    return {{u"months"_s, months},
            {u"total"_s, monthRow(f.total)},
            {u"opportunities"_s, f.opportunities},
            {u"placesFilled"_s, f.placesFilled},
            {u"roles"_s, roleWords.join(u", "_s)}};
}

QVariantList StaffPartners::partnerChoices() const
{
    QVariantList out{QVariantMap{{u"value"_s, QString()}, {u"text"_s, tr("Geen partner")}}};
    if (!m_session->database() || !m_session->database()->isOpen())
        return out;
    for (const Partner &p : PartnerRepository(m_session->database()->connection()).partners())
        out.append(QVariantMap{{u"value"_s, p.id}, {u"text"_s, p.name}});
    return out;
}

QVariantList StaffPartners::opportunityChoices() const
{
    QVariantList out;
    if (!m_session->database() || !m_session->database()->isOpen())
        return out;
    QStringList sites;
    for (const Site &s : m_session->sites())
        sites.append(s.id);
    CatalogueQuery all;
    all.includeClosed = true;
    all.limit = CatalogueRepository::kMaxLimit;
    for (const Opportunity &o : CatalogueRepository(m_session->database()->connection()).search(all)) {
        if (sites.isEmpty() || sites.contains(o.site.id))
            out.append(QVariantMap{{u"id"_s, o.id}, {u"title"_s, o.title}});
    }
    return out;
}

void StaffPartners::clearFieldError(const QString &field)
{
    if (m_fieldErrors.remove(field) > 0)
        Q_EMIT fieldErrorsChanged();
}

void StaffPartners::clearFieldErrors()
{
    if (m_fieldErrors.isEmpty())
        return;
    m_fieldErrors.clear();
    Q_EMIT fieldErrorsChanged();
}
