// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffResults: social return and the SROI input sheet (core/socialreturn.h) from the
// configuration the server sent and the facts this tablet pulled, and their exports (CSV and
// the accountant's workbook).
#include "controllers/staffresults.h"

#include "controllers/staffreport.h"
#include "controllers/staffsession.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/staffrepository.h"
#include "workbook/sroiworkbook.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

QString psoText(PsoLevel level)
{
    switch (level) {
    case PsoLevel::None: return StaffResults::tr("geen PSO");
    case PsoLevel::Aspirant: return StaffResults::tr("PSO aspirant");
    case PsoLevel::Trede1: return StaffResults::tr("PSO trede 1");
    case PsoLevel::Trede2: return StaffResults::tr("PSO trede 2");
    case PsoLevel::Trede3: return StaffResults::tr("PSO trede 3");
    case PsoLevel::Pso30Plus: return StaffResults::tr("PSO 30+");
    }
    return {};
}

QString percentText(double ratio, const QLocale &locale)
{
    return QString(locale.toString(ratio * 100.0, 'f', 1) + u'\u00A0' + locale.percent());
}

} // namespace

QVariantList StaffResults::socialReturn(const QString &site) const
{
    if (!m_session->can(Wire::Permission::Dashboard))
        return {};
    const QSqlDatabase db = m_session->database()->connection();
    const SocialReturnConfig config = PartnerRepository(db).socialReturn();
    if (config.obligations.isEmpty())
        return {};
    const ResultsFilter filter = resultsFilter(site, {}, {});
    const SocialReturnFacts facts = StaffRepository(db).socialReturnFacts(filter);
    const QLocale locale;
    QVariantList out;
    for (const ObligationFulfilment &o : computeSocialReturn(config, facts, site, m_session->now().toLocalTime().date())) {
        const SocialReturnObligation &ob = o.obligation;
        out.append(QVariantMap{
            {u"obligationId"_s, ob.id},
            {u"supplier"_s, o.supplierName},
            {u"contract"_s, ob.contract},
            {u"pso"_s, psoText(ob.pso)},
            {u"basis"_s, ob.basis == SocialReturnBasis::WageSum ? tr("van de loonsom") : tr("van de contractwaarde")},
            {u"share"_s, percentText(o.basisPoints / 10'000.0, locale)},
            {u"term"_s, tr("%1 tot en met %2")
                            .arg(locale.toString(ob.start, QLocale::ShortFormat), locale.toString(ob.end, QLocale::ShortFormat))},
            {u"required"_s, StaffReport::money(o.requiredCents, locale)},
            {u"achieved"_s, StaffReport::money(o.achievedCents, locale)},
            {u"fulfilled"_s, o.fulfilled()},
            {u"fulfilledText"_s, percentText(o.fulfilled(), locale)},
            {u"placements"_s, int(o.placements.size())},
        });
    }
    return out;
}

QVariantMap StaffResults::sroiSheet(const QString &site, const QString &neighbourhood, const QString &fromMonth,
                                    const QString &toMonth) const
{
    if (!m_session->can(Wire::Permission::Dashboard) || fromMonth.isEmpty() || toMonth.isEmpty())
        return {};
    const QSqlDatabase db = m_session->database()->connection();
    const ResultsFilter filter = periodFilter(site, neighbourhood, fromMonth, toMonth);
    const SroiSheet sheet = computeSroiSheet(PartnerRepository(db).socialReturn().rates,
                                             StaffRepository(db).socialReturnFacts(filter), filter,
                                             m_session->now().toLocalTime().date());
    const QLocale locale;
    const auto lines = [&](const QList<SroiLine> &rows) {
        QVariantList out;
        for (const SroiLine &l : rows) {
            const QString quantity = l.unit == u"count"_s ? locale.toString(int(l.quantity))
                                                          : locale.toString(l.quantity, 'f', l.unit == u"eur"_s ? 2 : 1);
            out.append(QVariantMap{{u"item"_s, l.item},
                                   {u"label"_s, l.label},
                                   {u"quantity"_s, quantity},
                                   {u"proxy"_s, l.proxyCents >= 0 ? StaffReport::money(l.proxyCents, locale) : QString()},
                                   {u"value"_s, l.proxyCents >= 0 || l.unit == u"eur"_s
                                                    ? StaffReport::money(l.valueCents, locale)
                                                    : QString()},
                                   {u"source"_s, l.source}});
        }
        return out;
    };
    return {{QString(kSroiInputs), lines(sheet.inputs)},
            {QString(kSroiOutcomes), lines(sheet.outcomes)},
            {u"inputTotal"_s, StaffReport::money(sheet.inputCents, locale)},
            {u"outcomeTotal"_s, StaffReport::money(sheet.outcomeCents, locale)}};
}

QString StaffResults::exportSroi(const QString &pin, const QString &site, const QString &neighbourhood,
                                 const QString &fromMonth, const QString &toMonth, const QString &format)
{
    if (format != "csv"_L1 && format != "xlsx"_L1)
        return {};
    if (!m_session->requirePermission(Wire::Permission::Exports) || !m_session->confirmPin(pin))
        return {};
    // One read of the configuration and the facts for the sheet and the obligations (these
    // count placements, which the months do not bound).
    const QSqlDatabase db = m_session->database()->connection();
    const ResultsFilter filter = periodFilter(site, neighbourhood, fromMonth, toMonth);
    const SocialReturnConfig config = PartnerRepository(db).socialReturn();
    const SocialReturnFacts facts = StaffRepository(db).socialReturnFacts(filter);
    const QDate today = m_session->now().toLocalTime().date();
    const SroiSheet sheet = computeSroiSheet(config.rates, facts, filter, today);
    if (format == "csv"_L1)
        return writeExport(u"sroi"_s, formatSroiCsv(sheet));
    const QList<ObligationFulfilment> obligations = computeSocialReturn(config, facts, site, today);
    QString why;
    const auto book = Workbook::sroiWorkbook(sheet, obligations, config.rates, &why);
    if (!book) {
        qWarning("sroi workbook: %s", qPrintable(why));
        m_session->setMessage(tr("Het bestand kon niet worden geschreven."));
        return {};
    }
    return writeExportBytes(u"sroi"_s, u"xlsx"_s, *book);
}
