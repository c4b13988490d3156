// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffcatalogue.h"

#include "controllers/registrationcontroller.h"
#include "controllers/staffsession.h"
#include "core/validation.h"
#include "models/cataloguemodel.h"
#include "protocol/mutation.h"
#include "protocol/wire.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/staffrepository.h"
#include "sync/syncclient.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

StaffCatalogue *StaffCatalogue::s_instance = nullptr;

namespace {

// The editor's field names (what QML hands saveOpportunity and finds in fieldErrors).
namespace Field {
const QString opportunityId = u"opportunityId"_s;
const QString title = u"title"_s;
const QString summary = u"summary"_s;
const QString description = u"description"_s;
const QString kind = u"kind"_s;
const QString trainingType = u"trainingType"_s;
const QString route = u"route"_s;
const QString status = u"status"_s;
const QString neighbourhood = u"neighbourhood"_s;
const QString site = u"site"_s;
const QString organiser = u"organiser"_s;
const QString organiserRole = u"organiserRole"_s;
const QString partnerId = u"partnerId"_s;
const QString schedule = u"schedule"_s;
const QString languageLevel = u"languageLevel"_s;
const QString allowance = u"allowance"_s;
const QString capacity = u"capacity"_s;
const QString minimumAge = u"minimumAge"_s;
const QString needsReview = u"needsReview"_s;
const QString startDate = u"startDate"_s;
const QString endDate = u"endDate"_s;
const QString contactName = u"contactName"_s;
const QString contactPhone = u"contactPhone"_s;
const QString contactEmail = u"contactEmail"_s;
} // namespace Field

QVariantMap opportunityRow(const Opportunity &o)
{
    QVariantMap row = CatalogueModel::opportunityFields(o);
    // The editor shows and takes dates as text (YYYY-MM-DD).
    row.insert(Field::startDate, o.startDate.toString(Qt::ISODate));
    row.insert(Field::endDate, o.endDate.toString(Qt::ISODate));
    return row;
}

// A date as staff type it: 2026-12-01 or 1-12-2026. Invalid when it is neither.
QDate typedDate(const QString &text)
{
    const QString t = text.trimmed();
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    return iso.isValid() ? iso : QDate::fromString(t, u"d-M-yyyy"_s);
}

} // namespace

StaffCatalogue::StaffCatalogue(StaffSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (!s_instance)
        s_instance = this;
    connect(session, &StaffSession::revisionChanged, &m_opportunityList,
            [this] { m_opportunityList.reloadFrom(m_session->database()); });
    // Only while an opportunity is shown: a kiosk or phone never reads the staff tables.
    connect(session, &StaffSession::revisionChanged, this, [this] {
        if (!m_candidates.opportunityId().isEmpty()) {
            m_candidates.reloadFrom(m_session->database());
            m_participants.reloadFrom(m_session->database());
        }
    });
    m_candidates.setInterestLabel(&RegistrationController::interestLabel);
    // Who is unlocked decides the sites; a pull may bring their account's sites.
    connect(session, &StaffSession::stageChanged, this, &StaffCatalogue::updateSiteIds);
    connect(session, &StaffSession::revisionChanged, this, &StaffCatalogue::updateSiteIds);
    updateSiteIds();
}

StaffCatalogue::~StaffCatalogue()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StaffCatalogue *StaffCatalogue::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void StaffCatalogue::updateSiteIds()
{
    QStringList ids;
    if (m_session->database() && m_session->database()->isOpen()) {
        // Nobody unlocked (a kiosk, a locked tablet): no account to read.
        const QString staffId = m_session->staffId();
        const auto account = staffId.isEmpty()
            ? std::nullopt
            : StaffRepository(m_session->database()->connection()).account(staffId);
        if (account && !account->sites.isEmpty())
            ids = account->sites;
        else if (m_session->sync() && !m_session->sync()->site().isEmpty())
            ids = {m_session->sync()->site()};
    }
    if (ids == m_siteIds)
        return;
    m_siteIds = ids;
    Q_EMIT siteIdsChanged();
}

QVariantMap StaffCatalogue::opportunity(const QString &id) const
{
    const QSqlDatabase db = m_session->database()->connection();
    const auto o = CatalogueRepository(db).opportunity(id);
    if (!o)
        return {};
    QVariantMap row = opportunityRow(*o);
    row.insert(u"confirmed"_s, StaffRepository(db).confirmedCount(id));
    return row;
}

void StaffCatalogue::showOpportunity(const QString &id)
{
    m_candidates.reloadFrom(m_session->database());
    m_candidates.setOpportunityId(id);
    m_participants.reloadFrom(m_session->database());
    m_participants.setOpportunityId(id);
}

QVariantList StaffCatalogue::sites() const
{
    QVariantList rows;
    const auto mine = m_session->sites();
    for (const Site &s : mine)
        rows.append(QVariantMap{{u"id"_s, s.id}, {u"name"_s, s.name}, {u"neighbourhood"_s, s.neighbourhood},
                                {u"address"_s, s.address}});
    return rows;
}

void StaffCatalogue::clearFieldError(const QString &field)
{
    const QString message = m_fieldErrors.take(field).toString();
    if (message.isEmpty())
        return;
    Q_EMIT fieldErrorsChanged();
    if (m_fieldErrors.isEmpty() || m_session->message() == message)
        m_session->setMessage({});
}

void StaffCatalogue::clearFieldErrors()
{
    if (m_fieldErrors.isEmpty())
        return;
    m_fieldErrors.clear();
    Q_EMIT fieldErrorsChanged();
}

bool StaffCatalogue::saveOpportunity(const QVariantMap &fields)
{
    if (!m_session->requireUnlocked())
        return false;
    const QSqlDatabase db = m_session->database()->connection();
    CatalogueRepository catalogue(db);
    const auto text = [&fields](const QString &f) { return fields.value(f).toString().trimmed(); };
    // Field by field, each problem beside its field; nothing is queued while one remains.
    QVariantMap errors;
    // A field the server's reader would refuse (a missing or unknown key): like the reader,
    // only the first, and only once every other field is right.
    QString unclearField;
    const auto unclear = [&unclearField](const QString &f) {
        if (unclearField.isEmpty())
            unclearField = f;
    };

    Opportunity o;
    const QString existingId = fields.value(Field::opportunityId).toString();
    if (!existingId.isEmpty()) {
        const auto existing = catalogue.opportunity(existingId);
        if (!existing) {
            m_session->setMessage(tr("Deze activiteit bestaat niet meer."));
            return false;
        }
        o = *existing;
    } else {
        o.id = u"staff-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        // A new opportunity names its kind and route.
        for (const QString &f : {Field::kind, Field::route}) {
            if (!fields.contains(f))
                unclear(f);
        }
    }
    for (const auto &[f, value] : {std::pair{Field::title, &o.title}, std::pair{Field::summary, &o.summary},
                                   std::pair{Field::description, &o.description},
                                   std::pair{Field::neighbourhood, &o.neighbourhood},
                                   std::pair{Field::organiser, &o.organiser},
                                   std::pair{Field::organiserRole, &o.organiserRole},
                                   std::pair{Field::schedule, &o.schedule},
                                   std::pair{Field::languageLevel, &o.languageLevel},
                                   std::pair{Field::allowance, &o.allowance}}) {
        if (fields.contains(f))
            *value = text(f);
    }
    // The keys of app/core; one that is not known is a field to check.
    const auto key = [&](const QString &f, auto &value, auto fromKey) {
        if (!fields.contains(f))
            return;
        if (const auto read = fromKey(text(f)))
            value = *read;
        else
            unclear(f);
    };
    key(Field::kind, o.kind, &kindFromKey);
    key(Field::route, o.route, &routeFromKey);
    key(Field::status, o.status, &statusFromKey);
    if (fields.contains(Field::trainingType)) {
        const QString typed = text(Field::trainingType);
        if (typed.isEmpty())
            o.trainingType = TrainingType::None;
        else
            key(Field::trainingType, o.trainingType, &trainingTypeFromKey);
    }
    // Only a training place has a training type.
    if (o.kind != OpportunityKind::TrainingPlace)
        o.trainingType = TrainingType::None;
    if (fields.contains(Field::site)) {
        const QString siteId = text(Field::site);
        if (siteId.isEmpty())
            o.site = Site{};
        else if (const auto site = catalogue.site(siteId))
            o.site = *site;
        else
            unclear(Field::site);
    }
    // The partner it names (the register's); its name is what kiosks show as the organiser.
    if (fields.contains(Field::partnerId)) {
        const QString id = text(Field::partnerId);
        o.partnerId.clear();
        o.organiser.clear();
        o.organiserRole.clear();
        if (!id.isEmpty()) {
            if (const auto partner = PartnerRepository(db).partner(id)) {
                o.partnerId = partner->id;
                o.organiser = partner->name;
            } else {
                unclear(Field::partnerId);
            }
        }
    }
    if (fields.contains(Field::capacity))
        o.capacity = fields.value(Field::capacity).toInt();
    if (fields.contains(Field::minimumAge))
        o.minimumAge = fields.value(Field::minimumAge).toInt();
    if (fields.contains(Field::needsReview))
        o.needsReview = fields.value(Field::needsReview).toBool();

    for (const auto &[f, date] : {std::pair{Field::startDate, &o.startDate}, std::pair{Field::endDate, &o.endDate}}) {
        if (!fields.contains(f))
            continue;
        const QString typed = text(f);
        *date = typedDate(typed);
        if (!typed.isEmpty() && !date->isValid())
            errors.insert(f, tr("Vul een datum in als 2026-12-01 of 1-12-2026."));
    }
    {
        // The order of the dates, in the words of the catalogue's own rules.
        Opportunity dates;
        dates.title = u"-"_s;
        dates.startDate = o.startDate;
        dates.endDate = o.endDate;
        for (const FieldError &e : validateOpportunity(dates)) {
            if (e.field == Field::endDate && !errors.contains(e.field))
                errors.insert(e.field, e.message);
        }
    }
    if (fields.contains(Field::contactName) || fields.contains(Field::contactPhone)
        || fields.contains(Field::contactEmail)) {
        // Each contact field checked by its own validator; a message beside the field.
        const auto checkContact = [&](const QString &field, QString &value, auto validate) {
            const QString typed = text(field);
            value.clear();
            if (typed.isEmpty())
                return;
            const auto checked = validate(typed, field);
            if (checked.error)
                errors.insert(field, checked.error->message);
            value = checked.value;
        };
        checkContact(Field::contactName, o.contactName,
                     [](const QString &v, const QString &f) { return validateName(v, f); });
        checkContact(Field::contactPhone, o.contactPhone,
                     [](const QString &v, const QString &f) { return validatePhone(v, f); });
        checkContact(Field::contactEmail, o.contactEmail,
                     [](const QString &v, const QString &f) { return validateEmail(v, f); });
    }
    if (o.neighbourhood.isEmpty() && !o.site.id.isEmpty())
        o.neighbourhood = o.site.neighbourhood;
    if (const auto title = validateFreeText(o.title, Field::title, kMaxShortTextLength, true); title.error)
        errors.insert(Field::title, title.error->message);
    if (errors.isEmpty() && !unclearField.isEmpty())
        errors.insert(unclearField, tr("Controleer dit veld."));
    if (errors.isEmpty()) {
        // What the server will read (lengths, keys), through the protocol's own reader.
        const auto checked = Wire::opportunityFromJson(Wire::toJson(o), QString(), catalogue.sites());
        if (!checked.ok()) {
            // The wire format's own words are for developers; staff get a plain sentence.
            errors.insert(checked.error->field.section(u'.', -1), tr("Controleer dit veld."));
        } else {
            for (const FieldError &e : validateOpportunity(checked.value))
                errors.insert(e.field.section(u'.', -1), e.message);
            const int confirmed = StaffRepository(db).confirmedCount(o.id);
            if (checked.value.capacity > 0 && checked.value.capacity < confirmed)
                errors.insert(Field::capacity,
                              tr("Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.", "",
                                 confirmed));
        }
    }
    if (errors != m_fieldErrors) {
        m_fieldErrors = errors;
        Q_EMIT fieldErrorsChanged();
    }
    if (!errors.isEmpty()) {
        // One sentence under the form too; when only one field is wrong, that field's.
        m_session->setMessage(errors.size() == 1 ? errors.cbegin().value().toString()
                                                 : tr("Controleer de %n gemarkeerde velden.", "", int(errors.size())));
        return false;
    }
    Wire::OpportunityUpsertPayload payload;
    payload.opportunity = o;
    return m_session->queue(payload, o.id);
}

bool StaffCatalogue::setOpportunityStatus(const QString &id, const QString &status)
{
    return saveOpportunity({{Field::opportunityId, id}, {Field::status, status}});
}
