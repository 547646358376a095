// CsvExporter: the CSV rules on their own, then whole exports from the real
// engine through a real LanceClient, parsed back and compared with what the
// engine's search returns.
#include "client_wait.h"
#include "csv_export.h"
#include "engine_harness.h"
#include "lance_client.h"
#include "selection.h"

#include <QBuffer>
#include <QFile>
#include <QStringDecoder>
#include <QtTest>

#include <algorithm>

using namespace lance;
using lance::test::EngineProcess;
using lance::test::wait;

namespace {

// RFC 4180, strictly: every record ends in CRLF, a quoted field may hold
// anything, a quote inside it is doubled, and an unquoted field holds no
// quote. False on anything else, so a sloppy writer fails the test.
bool parseCsv(const QByteArray &bytes, QList<QStringList> *records)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return false;
    records->clear();
    QStringList record;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        QString field;
        if (text[i] == QLatin1Char('"')) {
            for (++i;; ++i) {
                if (i >= n)
                    return false;
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i];
            }
        } else {
            for (; i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r') &&
                   text[i] != QLatin1Char('\n');
                 ++i) {
                if (text[i] == QLatin1Char('"'))
                    return false;
                field += text[i];
            }
        }
        record << field;
        if (i < n && text[i] == QLatin1Char(',')) {
            ++i;
            if (i >= n)
                return false; // a record cut after a comma
            continue;
        }
        if (i + 1 < n && text[i] == QLatin1Char('\r') && text[i + 1] == QLatin1Char('\n')) {
            records->append(record);
            record.clear();
            i += 2;
            continue;
        }
        return false; // a bare LF, or no line end at the very end
    }
    return record.isEmpty();
}

const QByteArray kBom("\xEF\xBB\xBF");

// The file's records after the header, or a failed test.
QList<QStringList> dataRows(const QByteArray &file)
{
    QList<QStringList> records;
    if (!file.startsWith(kBom) || !parseCsv(file.mid(kBom.size()), &records) || records.isEmpty() ||
        records.first() != CsvExporter::headerLabels()) {
        qWarning("not the expected CSV: %s", file.left(300).constData());
        return {{QStringLiteral("<not CSV>")}};
    }
    return records.mid(1);
}

// What a spreadsheet must get for a raw value: formula starts made text.
QString sheetText(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && formulaStarts.contains(value.front()) ? QLatin1Char('\'') + value
                                                                     : value;
}

// A lead as its CSV row must read, written out from the spec, not from the
// exporter's own helper.
QStringList expectedRow(const Lead &l)
{
    const QString sep = QStringLiteral("; ");
    QStringList row{l.id,          l.firstName,        l.lastName,        l.jobTitle, l.seniority,
                    l.department,  l.company,          l.industry,        l.city,     l.country,
                    l.linkedinUrl, l.emails.join(sep), l.phones.join(sep)};
    for (QString &cell : row)
        cell = sheetText(cell);
    return row;
}

QStringList idsOf(const QList<QStringList> &rows)
{
    QStringList ids;
    for (const QStringList &row : rows)
        ids << row.value(0);
    return ids;
}

// One export into memory, with every signal recorded.
struct Export
{
    explicit Export(LanceClient *client)
        : exporter(client)
    {
        buffer.open(QIODevice::WriteOnly);
    }
    bool waitEnded(int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
            [&] { return finished.count() + failed.count() + cancelled.count() > 0; }, timeoutMs);
    }
    qint64 finishedRows() const
    {
        return finished.isEmpty() ? -1 : finished.first().at(0).toLongLong();
    }
    QPair<qint64, qint64> lastProgress() const
    {
        if (progress.isEmpty())
            return {-1, -1};
        return {progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong()};
    }

    QBuffer buffer;
    CsvExporter exporter;
    QSignalSpy progress{&exporter, &CsvExporter::progress};
    QSignalSpy finished{&exporter, &CsvExporter::finished};
    QSignalSpy failed{&exporter, &CsvExporter::failed};
    QSignalSpy cancelled{&exporter, &CsvExporter::cancelled};
};

} // namespace

#define REQUIRE_FINISHED(e)                                                                        \
    do {                                                                                           \
        QVERIFY((e).waitEnded());                                                                  \
        QVERIFY2(                                                                                  \
            (e).failed.isEmpty(),                                                                  \
            qPrintable((e).failed.isEmpty() ? QString() : (e).failed.first().at(0).toString()));   \
        QCOMPARE((e).finished.count(), 1);                                                         \
        QCOMPARE((e).cancelled.count(), 0);                                                        \
    } while (false)

class TestCsvExport : public QObject
{
    Q_OBJECT
private:
    EngineProcess m_engine{{QStringLiteral("--seed-demo"), QStringLiteral("700")}};
    LanceClient m_client;
    FilterSet m_topCountry;
    qint64 m_topCountryCount = 0;

    // Every lead of a search, in its order, through the client.
    QList<Lead> allLeads(const FilterSet &filters, const SortSpec &sort)
    {
        QList<Lead> leads;
        for (int page = 0;; ++page) {
            const auto r = wait<SearchPage>(
                [&](QObject *c, auto done) { m_client.search(filters, sort, page, 100, c, done); });
            if (!r.ok()) {
                qWarning("search failed: %s", qPrintable(r.error->message));
                return {};
            }
            leads += r.value->leads;
            if (r.value->leads.size() < 100)
                return leads;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_engine.start());
        QVERIFY(m_client.setServer(m_engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        const auto facets = wait<QList<FacetValue>>([&](QObject *c, auto done) {
            m_client.facets(QStringLiteral("country"), QString(), FilterSet(), 1, 0, c, done);
        });
        REQUIRE_OK(facets);
        QVERIFY(!facets.value->isEmpty());
        m_topCountry.add(QStringLiteral("country"), facets.value->first().key);
        m_topCountryCount = facets.value->first().count;
        // More than one page, or the paging is not tested.
        QVERIFY2(m_topCountryCount > CsvExporter::kPageSize,
                 qPrintable(QString::number(m_topCountryCount)));
    }

    void csvRowQuotesWhatNeedsIt()
    {
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("a"), QStringLiteral("b c")}),
                 QByteArray("a,b c\r\n"));
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("Acme, Inc."), QStringLiteral("x")}),
                 QByteArray("\"Acme, Inc.\",x\r\n"));
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("the \"best\" rep")}),
                 QByteArray("\"the \"\"best\"\" rep\"\r\n"));
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("line 1\r\nline 2"), QStringLiteral("a\nb")}),
                 QByteArray("\"line 1\r\nline 2\",\"a\nb\"\r\n"));
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("cr\ronly")}), QByteArray("\"cr\ronly\"\r\n"));
        // Empty cells stay empty; an empty row is just its line end.
        QCOMPARE(CsvExporter::csvRow({QString(), QString()}), QByteArray(",\r\n"));
        QCOMPARE(CsvExporter::csvRow({}), QByteArray("\r\n"));
    }

    void csvRowDefusesFormulas()
    {
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("=1+2")}), QByteArray("'=1+2\r\n"));
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("-5")}), QByteArray("'-5\r\n"));
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("@SUM(A1)")}), QByteArray("'@SUM(A1)\r\n"));
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("+44 20 7946 0000")}),
                 QByteArray("'+44 20 7946 0000\r\n"));
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("\tx")}), QByteArray("'\tx\r\n"));
        // CR both defused and quoted.
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("\rx")}), QByteArray("\"'\rx\"\r\n"));
        // Defused first, then quoted: the apostrophe is inside the quotes.
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")}),
                 QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"));
        // Only the start of a cell counts.
        QCOMPARE(CsvExporter::csvRow({QStringLiteral("a=b"), QStringLiteral("Jean-Luc")}),
                 QByteArray("a=b,Jean-Luc\r\n"));
    }

    void csvRowIsUtf8()
    {
        const QString name = QStringLiteral("Zo\u00EB M\u00FCller");
        const QString city = QStringLiteral("K\u00F8benhavn, \u6771\u4EAC");
        const QByteArray row = CsvExporter::csvRow({name, city});
        QCOMPARE(row, QByteArray("Zo\xC3\xAB M\xC3\xBCller,\"K\xC3\xB8"
                                 "benhavn, \xE6\x9D\xB1\xE4\xBA\xAC\"\r\n"));
        QList<QStringList> parsed;
        QVERIFY(parseCsv(row, &parsed));
        QCOMPARE(parsed, (QList<QStringList>{{name, city}}));
    }

    void leadCellsFollowTheHeader()
    {
        const QStringList header = CsvExporter::headerLabels();
        QCOMPARE(header, (QStringList{QStringLiteral("Id"), QStringLiteral("First name"),
                                      QStringLiteral("Last name"), QStringLiteral("Job title"),
                                      QStringLiteral("Seniority"), QStringLiteral("Department"),
                                      QStringLiteral("Company"), QStringLiteral("Industry"),
                                      QStringLiteral("City"), QStringLiteral("Country"),
                                      QStringLiteral("LinkedIn"), QStringLiteral("Emails"),
                                      QStringLiteral("Phones")}));
        Lead l;
        l.id = QStringLiteral("id-1");
        l.firstName = QStringLiteral("Zo\u00EB");
        l.lastName = QStringLiteral("M\u00FCller");
        l.company = QStringLiteral("M\u00FCller & Co, GmbH");
        l.emails = {QStringLiteral("zoe@example.com"), QStringLiteral("zm@example.org")};
        l.phones = {QStringLiteral("+49 30 1234"), QStringLiteral("030 5678")};
        const QStringList cells = CsvExporter::leadCells(l);
        QCOMPARE(cells.size(), header.size());
        QCOMPARE(cells.at(11), QStringLiteral("zoe@example.com; zm@example.org"));
        QCOMPARE(cells.at(12), QStringLiteral("+49 30 1234; 030 5678"));
        QList<QStringList> parsed;
        QVERIFY(parseCsv(CsvExporter::csvRow(cells), &parsed));
        QCOMPARE(parsed.value(0), expectedRow(l));
    }

    void exportsAFilterInSearchOrder()
    {
        const SortSpec sort{QStringLiteral("last_name"), false};
        const QList<Lead> leads = allLeads(m_topCountry, sort);
        QCOMPARE(leads.size(), m_topCountryCount);

        Export e(&m_client);
        e.exporter.startAllMatching(m_topCountry, sort, {}, &e.buffer);
        REQUIRE_FINISHED(e);
        QCOMPARE(e.finishedRows(), m_topCountryCount);
        QCOMPARE(e.exporter.rowsWritten(), m_topCountryCount);
        // Every page once, none more.
        QCOMPARE(e.exporter.pagesRequested(), int((m_topCountryCount + 99) / 100));

        const QList<QStringList> rows = dataRows(e.buffer.data());
        QCOMPARE(rows.size(), leads.size());
        int withEmail = 0, withPhone = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i], expectedRow(leads[i]));
            withEmail += leads[i].emails.isEmpty() ? 0 : 1;
            withPhone += leads[i].phones.isEmpty() ? 0 : 1;
        }
        // The comparison above covered contact data too.
        QVERIFY(withEmail > 0);
        QVERIFY(withPhone > 0);

        // Progress rises to the total and ends there.
        QVERIFY(e.progress.size() >= 2);
        qint64 previous = 0;
        for (const QList<QVariant> &p : e.progress) {
            QVERIFY(p.at(0).toLongLong() >= previous);
            previous = p.at(0).toLongLong();
            QCOMPARE(p.at(1).toLongLong(), m_topCountryCount);
        }
        QCOMPARE(e.lastProgress(), qMakePair(m_topCountryCount, m_topCountryCount));
    }

    void exclusionsAreLeftOut()
    {
        const QList<Lead> leads = allLeads(m_topCountry, {});
        QVERIFY(leads.size() > 150);
        Selection selection;
        selection.selectAllMatching(m_topCountry, {}, leads.size());
        const QStringList excluded{leads[0].id, leads[99].id, leads[150].id};
        selection.setSelected(excluded, false);
        QCOMPARE(selection.excludedIds(), excluded);

        Export e(&m_client);
        // The view arguments are for manual selections; these must be ignored.
        FilterSet other;
        other.add(QStringLiteral("country"), QStringLiteral("Nowhere"));
        e.exporter.start(selection, other, {}, &e.buffer);
        REQUIRE_FINISHED(e);
        QCOMPARE(e.finishedRows(), qint64(leads.size() - 3));

        QStringList expected;
        for (const Lead &l : leads)
            if (!excluded.contains(l.id))
                expected << l.id;
        QCOMPARE(idsOf(dataRows(e.buffer.data())), expected);
        QCOMPARE(e.lastProgress(), qMakePair(qint64(leads.size() - 3), qint64(leads.size() - 3)));
    }

    void manualSelectionAcrossPages()
    {
        const QStringList all = m_engine.leadIds(700);
        QCOMPARE(all.size(), 700);
        // Picked out of order, over six pages, at page edges too.
        const QList<int> positions{650, 3, 199, 200, 420, 99, 100};
        Selection selection;
        for (int p : positions)
            selection.setSelected(all[p], true);

        Export e(&m_client);
        e.exporter.start(selection, {}, {}, &e.buffer);
        REQUIRE_FINISHED(e);
        QCOMPARE(e.finishedRows(), qint64(positions.size()));
        // Written in search order, not pick order.
        QList<int> sorted = positions;
        std::sort(sorted.begin(), sorted.end());
        QStringList expected;
        for (int p : sorted)
            expected << all[p];
        QCOMPARE(idsOf(dataRows(e.buffer.data())), expected);
        QCOMPARE(e.lastProgress(), qMakePair(qint64(7), qint64(7)));
        QCOMPARE(e.exporter.pagesRequested(), 7); // pages 0..6: 650 is on the last one
    }

    void manualSelectionStopsOnceAllFound()
    {
        const QStringList all = m_engine.leadIds(200);
        Export e(&m_client);
        e.exporter.startManual({all[150], all[5]}, {}, {}, &e.buffer);
        REQUIRE_FINISHED(e);
        QCOMPARE(idsOf(dataRows(e.buffer.data())), (QStringList{all[5], all[150]}));
        // Pages 0 and 1 hold them; page 2 may already have been asked for
        // (two in flight), nothing after it.
        QVERIFY2(e.exporter.pagesRequested() <= 3,
                 qPrintable(QString::number(e.exporter.pagesRequested())));
    }

    void manualSelectionInASortedFilter()
    {
        const SortSpec sort{QStringLiteral("last_name"), true};
        const QList<Lead> leads = allLeads(m_topCountry, sort);
        QVERIFY(leads.size() > 120);
        // A lead from another country is not in this search: left out.
        const QStringList elsewhere = m_engine.leadIds(700);
        QString stranger;
        for (const QString &id : elsewhere) {
            if (std::none_of(leads.cbegin(), leads.cend(),
                             [&](const Lead &l) { return l.id == id; })) {
                stranger = id;
                break;
            }
        }
        QVERIFY(!stranger.isEmpty());
        const QStringList picks{leads[120].id, stranger, leads[7].id, leads.last().id};

        Export e(&m_client);
        e.exporter.startManual(picks, m_topCountry, sort, &e.buffer);
        REQUIRE_FINISHED(e);
        QCOMPARE(e.finishedRows(), qint64(3));
        const QList<QStringList> rows = dataRows(e.buffer.data());
        QCOMPARE(rows, (QList<QStringList>{expectedRow(leads[7]), expectedRow(leads[120]),
                                           expectedRow(leads.last())}));
        // The bar closes at what was written, not at the ids given.
        QCOMPARE(e.lastProgress(), qMakePair(qint64(3), qint64(3)));
    }

    void emptyManualSelectionWritesTheHeaderOnly()
    {
        Export e(&m_client);
        e.exporter.startManual({}, {}, {}, &e.buffer);
        QVERIFY(e.finished.isEmpty()); // never from inside start
        REQUIRE_FINISHED(e);
        QCOMPARE(e.finishedRows(), qint64(0));
        QCOMPARE(e.exporter.pagesRequested(), 0);
        QCOMPARE(e.buffer.data(), kBom + CsvExporter::csvRow(CsvExporter::headerLabels()));
    }

    void withoutByteOrderMark()
    {
        Export e(&m_client);
        e.exporter.setByteOrderMark(false);
        e.exporter.startManual({m_engine.leadIds(1).value(0)}, {}, {}, &e.buffer);
        REQUIRE_FINISHED(e);
        QVERIFY(e.buffer.data().startsWith(CsvExporter::csvRow(CsvExporter::headerLabels())));
    }

    void startingAgainCancelsTheRunningExport()
    {
        Export e(&m_client);
        QBuffer first;
        first.open(QIODevice::WriteOnly);
        e.exporter.startAllMatching({}, {}, {}, &first);
        e.exporter.startAllMatching(m_topCountry, {}, {}, &e.buffer);
        QCOMPARE(e.cancelled.count(), 1); // the first, at once
        QVERIFY(e.exporter.isRunning());
        QVERIFY(QTest::qWaitFor([&] { return !e.exporter.isRunning(); }, 60000));
        QCOMPARE(e.failed.count(), 0);
        QCOMPARE(e.finished.count(), 1);
        QCOMPARE(e.cancelled.count(), 1);
        QCOMPARE(e.finishedRows(), m_topCountryCount);
        QCOMPARE(dataRows(e.buffer.data()).size(), m_topCountryCount);
        // The first run's answers, dropped, wrote nothing after its header.
        QCOMPARE(first.data(), kBom + CsvExporter::csvRow(CsvExporter::headerLabels()));
    }

    void unwritableDeviceFails()
    {
        Export closed(&m_client);
        QBuffer notOpen;
        closed.exporter.startAllMatching({}, {}, {}, &notOpen);
        QVERIFY(closed.failed.isEmpty()); // never from inside start
        QVERIFY(closed.waitEnded());
        QCOMPARE(closed.failed.count(), 1);
        QVERIFY(!closed.failed.first().at(0).toString().isEmpty());
        QCOMPARE(closed.exporter.pagesRequested(), 0);

        // A full disk, for real.
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            QSKIP("no /dev/full here");
        Export e(&m_client);
        e.exporter.startAllMatching({}, {}, {}, &full);
        QVERIFY(e.waitEnded());
        QCOMPARE(e.failed.count(), 1);
        QVERIFY2(e.failed.first().at(0).toString().contains(full.errorString()),
                 qPrintable(e.failed.first().at(0).toString()));
        QCOMPARE(e.finished.count(), 0);
        QCOMPARE(e.exporter.pagesRequested(), 0);
        QVERIFY(!e.exporter.isRunning());
    }

    void cancelStopsRequests()
    {
        const qint64 before = m_engine.requestsServed();
        QVERIFY(before > 0);
        Export e(&m_client);
        connect(&e.exporter, &CsvExporter::progress, &e.exporter, [&] { e.exporter.cancel(); });
        e.exporter.startAllMatching({}, {}, {}, &e.buffer);
        QVERIFY(e.waitEnded());
        QCOMPARE(e.cancelled.count(), 1);
        QCOMPARE(e.failed.count(), 0);
        QCOMPARE(e.finished.count(), 0);
        QVERIFY(!e.exporter.isRunning());
        QCOMPARE(e.exporter.rowsWritten(), qint64(100)); // cancelled after page 0
        // Page 0 told the total; pages 1 and 2 went out before progress,
        // so two answers are still under way when cancel() drops them.
        const int requested = e.exporter.pagesRequested();
        QCOMPARE(requested, 1 + CsvExporter::kMaxInFlight);
        const QByteArray written = e.buffer.data();
        e.exporter.cancel(); // not running: nothing
        QCOMPARE(e.cancelled.count(), 1);

        // A whole export meanwhile gives the answers to the cancelled one's
        // last requests time to land, and the event loop time to misbehave.
        Export other(&m_client);
        other.exporter.startAllMatching({}, {}, {}, &other.buffer);
        REQUIRE_FINISHED(other);
        QCOMPARE(other.finishedRows(), qint64(700));

        // The engine saw at most the requests sent before cancel(), the
        // other export's, and the meta calls.
        const qint64 served = m_engine.requestsServed() - before - 1;
        QVERIFY2(served - other.exporter.pagesRequested() <= requested,
                 qPrintable(QStringLiteral("%1 served, %2 by the other export")
                                .arg(served)
                                .arg(other.exporter.pagesRequested())));
        QCOMPARE(e.exporter.pagesRequested(), requested);
        QCOMPARE(e.buffer.data(), written);
        QCOMPARE(e.cancelled.count(), 1);
        QCOMPARE(e.progress.count(), 1);
        QCOMPARE(e.finished.count() + e.failed.count(), 0);
    }

    // Last: kills the engine (and restarts it for anything after).
    void killedEngineFailsInsteadOfHanging()
    {
        Export e(&m_client);
        bool killed = false;
        connect(&e.exporter, &CsvExporter::progress, &e.exporter, [&] {
            if (!killed) {
                killed = true;
                m_engine.kill();
            }
        });
        e.exporter.startAllMatching({}, {}, {}, &e.buffer);
        QVERIFY(e.waitEnded(120000));
        QVERIFY(killed);
        QCOMPARE(e.failed.count(), 1);
        QVERIFY(!e.failed.first().at(0).toString().isEmpty());
        QCOMPARE(e.finished.count(), 0);
        QVERIFY(!e.exporter.isRunning());
        QVERIFY(e.exporter.rowsWritten() < 700);
        QVERIFY(m_engine.restart());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csv_export.moc"
