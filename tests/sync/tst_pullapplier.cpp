// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A pulled page and its cursor land together or not at all.

#include "cataloguerepository.h"
#include "database.h"
#include "pullapplier.h"
#include "syncstaterepository.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject change(int seq, const QString &entity, const QString &id, const QJsonObject &data, bool del = false)
{
    return {{u"seq"_s, seq}, {u"entity"_s, entity}, {u"id"_s, id}, {u"op"_s, del ? u"delete"_s : u"upsert"_s}, {u"data"_s, data}};
}

QJsonObject opportunity(const QString &id, const QString &site = u"site-a"_s)
{
    return {{u"id"_s, id}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s}, {u"title"_s, QString(u"Moestuin "_s + id)},
            {u"site"_s, site}};
}

QJsonObject page(const QJsonArray &changes, const QString &cursor)
{
    return {{u"changes"_s, changes}, {u"cursor"_s, cursor}, {u"more"_s, false}};
}

} // namespace

class TestPullApplier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageAndCursorTogether()
    {
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"a%1.db"_s.arg(++m_n))), Database::Status::Open);
        const QJsonObject site{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}};
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(1, u"site"_s, u"site-a"_s, site), change(2, u"opportunity"_s, u"o1"_s, opportunity(u"o1"_s)),
                                         change(3, u"opportunity"_s, u"o2"_s, opportunity(u"o2"_s))},
                                        u"3"_s)));
        CatalogueRepository catalogue(db.connection());
        SyncStateRepository state(db.connection());
        QCOMPARE(catalogue.count(), 2);
        QCOMPARE(state.value(QString(PullApplier::kCursorKey)), u"3"_s);

        // The next page ends in a change this device cannot take: nothing of it lands,
        // not its first rows, not its cursor; the device asks for the same page again.
        QString error;
        QVERIFY(!PullApplier::apply(db.connection(),
                                    page({change(4, u"opportunity"_s, u"o3"_s, opportunity(u"o3"_s)),
                                          change(5, u"opportunity"_s, u"o1"_s, {}, true),
                                          change(6, u"opportunity"_s, u"o4"_s, opportunity(u"o4"_s, u"nowhere"_s))},
                                         u"6"_s),
                                    &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(catalogue.count(), 2);
        QVERIFY(catalogue.opportunity(u"o1"_s));
        QVERIFY(!catalogue.opportunity(u"o3"_s));
        QCOMPARE(state.value(QString(PullApplier::kCursorKey)), u"3"_s);

        // Tombstones and the last-wins rule, with the cursor.
        QVERIFY(PullApplier::apply(db.connection(),
                                   page({change(7, u"opportunity"_s, u"o3"_s, opportunity(u"o3"_s)),
                                         change(8, u"opportunity"_s, u"o1"_s, {}, true),
                                         change(9, u"opportunity"_s, u"o2"_s, {}, true),
                                         change(10, u"opportunity"_s, u"o2"_s, opportunity(u"o2"_s))},
                                        u"10"_s)));
        QVERIFY(!catalogue.opportunity(u"o1"_s));
        QVERIFY(catalogue.opportunity(u"o2"_s));
        QVERIFY(catalogue.opportunity(u"o3"_s));
        QCOMPARE(state.value(QString(PullApplier::kCursorKey)), u"10"_s);

        // Reset required: catalogue and cursor go together.
        QVERIFY(PullApplier::reset(db.connection()));
        QCOMPARE(catalogue.count(), 0);
        QVERIFY(state.value(QString(PullApplier::kCursorKey)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPullApplier)
#include "tst_pullapplier.moc"
