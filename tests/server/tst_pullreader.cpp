// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pullreader.h"
#include "server/store/store.h"

#include "protocol/wire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

// Pull pages read on a worker thread with its own connection (PullReader): the same bytes the
// event loop's store would answer, a change committed on the event loop's connection in the
// very next page, and nothing called back once the reader is gone.
class TestPullReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_spec;
    std::unique_ptr<Server::Store> m_store;
    QJsonObject m_catalogue;
    const Server::Device m_kiosk{u"kiosk-1"_s, u"kiosk"_s, u"wielewaal-buurthuis"_s, {}, {}, {}};

    bool import(const QJsonObject &catalogue)
    {
        const auto parsed = Wire::parseCatalogue(QJsonDocument(catalogue).toJson());
        return !parsed.error && m_store->importCatalogue(parsed.value, QDateTime::currentDateTimeUtc());
    }

    // The page as the worker answers it, waiting for its call on this thread.
    static std::optional<Server::PulledPage> readOn(Server::PullReader &reader, const Server::Device &device,
                                                    std::optional<qint64> position, int limit)
    {
        std::optional<std::optional<Server::PulledPage>> answer;
        const Qt::HANDLE caller = QThread::currentThreadId();
        bool onCaller = false;
        reader.read(device, position, limit, [&](const std::optional<Server::PulledPage> &page) {
            onCaller = QThread::currentThreadId() == caller;
            answer = page;
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !onCaller)
            return std::nullopt;
        return *answer;
    }

    static qint64 cursorOf(const Server::PulledPage &page)
    {
        return QJsonDocument::fromJson(page.body).object().value(u"cursor"_s).toString().toLongLong(); // a string
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec = u"sqlite:"_s + m_dir.filePath(u"server.db"_s);
        QString error;
        m_store = Server::openStore(m_spec, &error);
        QVERIFY2(m_store, qPrintable(error));
        QFile file(QString::fromLocal8Bit(qgetenv("MEEDOEN_SOURCE_DIR")) + u"/assets/demo/catalogue.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_catalogue = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(import(m_catalogue));
    }

    void workerPagesAreTheStoresPages()
    {
        Server::PullReader reader(*m_store, m_spec, 1);
        QString error;
        QVERIFY2(reader.start(&error), qPrintable(error));
        QCOMPARE(reader.threads(), 1);

        // The whole catalogue in pages of 20, each as the store itself reads it.
        std::optional<qint64> position;
        int pages = 0;
        qsizetype rows = 0;
        for (bool more = true; more && pages < 100; ++pages) {
            const auto own = Server::readPulledPage(*m_store, m_kiosk, position, 20);
            const auto worker = readOn(reader, m_kiosk, position, 20);
            QVERIFY(own && worker);
            QCOMPARE(worker->body, own->body);
            QCOMPARE(worker->rows, own->rows);
            rows += worker->rows;
            more = QJsonDocument::fromJson(worker->body).object().value(u"more"_s).toBool();
            position = cursorOf(*worker);
        }
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages))); // 54 opportunities and more
        QVERIFY(rows > 54);

        // A change committed on the event loop's connection is in the worker's next page.
        QJsonObject changed = m_catalogue;
        QJsonArray opportunities = changed.value(u"opportunities"_s).toArray();
        QJsonObject first = opportunities.at(0).toObject();
        first.insert(u"title"_s, u"Moestuin aan de Rollostraat"_s);
        opportunities.replace(0, first);
        changed.insert(u"opportunities"_s, opportunities);
        QVERIFY(import(changed));
        const auto next = readOn(reader, m_kiosk, position, 20);
        QVERIFY(next);
        QCOMPARE(next->rows, 1);
        QVERIFY(next->body.contains("Moestuin aan de Rollostraat"));
        QCOMPARE(next->body, Server::readPulledPage(*m_store, m_kiosk, position, 20)->body);

        // A cursor past the log's end: the device is told to start again, by the worker too.
        const auto ahead = readOn(reader, m_kiosk, cursorOf(*next) + 1000, 20);
        QVERIFY(ahead);
        QVERIFY(ahead->resetRequired);
    }

    // Without workers the page is read at once, from the event loop's store.
    void noWorkersReadsAtOnce()
    {
        Server::PullReader reader(*m_store, m_spec, 0);
        QString error;
        QVERIFY(reader.start(&error));
        QCOMPARE(reader.threads(), 0);
        bool called = false;
        reader.read(m_kiosk, std::nullopt, 5, [&](const std::optional<Server::PulledPage> &page) {
            called = page && page->rows == 5;
        });
        QVERIFY(called);
    }

    // A database in memory has no workers: another connection would open another database.
    void memoryDatabaseReadsAtOnce()
    {
        Server::PullReader reader(*m_store, u"sqlite::memory:"_s, 2);
        QCOMPARE(reader.threads(), 0);
        QString error;
        QVERIFY(reader.start(&error));
    }

    // A reader that goes (the server stopping) with pages still queued calls nobody back.
    void goingWithPagesQueued()
    {
        int calls = 0;
        {
            Server::PullReader reader(*m_store, m_spec, 2);
            QString error;
            QVERIFY2(reader.start(&error), qPrintable(error));
            for (int i = 0; i < 200; ++i)
                reader.read(m_kiosk, std::nullopt, 50, [&calls](const std::optional<Server::PulledPage> &) { ++calls; });
        }
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    // A database the workers cannot open: start() says so.
    void unopenableDatabase()
    {
        Server::PullReader reader(*m_store, u"sqlite:"_s + m_dir.filePath(u"no/such/folder/server.db"_s), 1);
        QString error;
        QVERIFY(!reader.start(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPullReader)
#include "tst_pullreader.moc"
