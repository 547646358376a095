// LeadTableModel's paging logic, with an in-process page source that answers
// asynchronously as the network would (the HTTP path is covered by the ui
// tests against the real engine).
#include "lead_page_source.h"
#include "lead_table_model.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace lance;

namespace {
class GeneratedSource : public LeadPageSource
{
public:
    explicit GeneratedSource(int total)
        : m_total(total)
    {}
    QList<int> requestedPages;
    QList<FilterSet> requestedFilters;
    QList<SortSpec> requestedSorts;
    QSet<int> failingPages;             // answered with pageFailed, as a broken server would
    QHash<QString, QStringList> emails; // contact data "found" since the start
    // The server's newest email outcome per lead (feature lead_status); with
    // any set, every lead says its outcome, "" for never enriched.
    QHash<QString, QString> emailOutcomes;
    // Answer page 0 without its total, then the total on its own, as the
    // client does with the engine's "deferred_total".
    bool deferTotal = false;
    bool failTotal = false;
    int total() const { return m_total; }
    void setTotal(int total) { m_total = total; }

    quint64 requestPage(const FilterSet &filters, const SortSpec &sort, int page,
                        int pageSize) override
    {
        const quint64 id = ++m_nextId;
        requestedPages << page;
        requestedFilters << filters;
        requestedSorts << sort;
        // Filtering by "country" keeps every other lead, so a filter change
        // is visible in the data.
        const bool halved = filters.contains(QStringLiteral("country"));
        const int total = halved ? m_total / 2 : m_total;
        QTimer::singleShot(0, this, [this, id, page, pageSize, total, halved] {
            if (failingPages.contains(page))
                return emit pageFailed(id, QStringLiteral("The server did not answer in time."));
            QList<Lead> leads;
            for (int row = page * pageSize; row < qMin(total, (page + 1) * pageSize); ++row) {
                Lead l;
                const int n = halved ? row * 2 : row;
                l.id = QStringLiteral("lead-%1").arg(n);
                l.firstName = QStringLiteral("First%1").arg(n);
                l.lastName = QStringLiteral("Last%1").arg(n);
                l.emails = emails.value(l.id);
                l.outcomeKnown = !emailOutcomes.isEmpty();
                l.emailOutcome = emailOutcomes.value(l.id);
                leads << l;
            }
            if (deferTotal && page == 0) {
                emit pageReady(id, page, leads, -1);
                QTimer::singleShot(0, this, [this, id, total] {
                    if (failTotal)
                        emit totalFailed(id, QStringLiteral("Counting timed out."));
                    else
                        emit totalReady(id, total);
                });
                return;
            }
            emit pageReady(id, page, leads, total);
        });
        return id;
    }

private:
    int m_total;
    quint64 m_nextId = 0;
};

QString nameAt(const LeadTableModel &m, int row)
{
    return m.data(m.index(row, LeadTableModel::NameColumn)).toString();
}

QString statusText(const LeadTableModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

Enrichment pending(int lead, ContactField field)
{
    Enrichment e;
    e.id = QStringLiteral("enr-%1-%2").arg(lead).arg(fieldName(field));
    e.entityId = QStringLiteral("lead-%1").arg(lead);
    e.field = field;
    return e;
}
} // namespace

class TestLeadTableModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        GeneratedSource source(2500);
        LeadTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        QTRY_COMPARE(model.rowCount(), 2500);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
        FilterSet f;
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        model.setFilters(f);
        QTRY_COMPARE(model.rowCount(), 1250);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 1250);
    }

    void rowsArriveByPageOnDemand()
    {
        GeneratedSource source(50000);
        LeadTableModel model;
        model.setSource(&source);
        QTRY_COMPARE(model.total(), qint64(50000));
        QCOMPARE(source.requestedPages, QList<int>{0});
        // A far row shows a placeholder, asks for exactly its page, then fills in.
        QCOMPARE(nameAt(model, 15000), QStringLiteral("Loading…"));
        QCOMPARE(model.data(model.index(15000, 0), LeadTableModel::LoadedRole).toBool(), false);
        QCOMPARE(source.requestedPages, (QList<int>{0, 150}));
        // Asking whether a row is loaded is a probe, not a request.
        QCOMPARE(model.data(model.index(30000, 0), LeadTableModel::LoadedRole).toBool(), false);
        QCOMPARE(source.requestedPages, (QList<int>{0, 150}));
        // Asking again while it is on its way does not ask twice.
        nameAt(model, 15001);
        QCOMPARE(source.requestedPages.size(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_COMPARE(nameAt(model, 15000), QStringLiteral("First15000 Last15000"));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 15000);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 15099);
        QCOMPARE(model.rowOfId(QStringLiteral("lead-15042")), 15042);
        QCOMPARE(model.rowOfId(QStringLiteral("lead-7000")), -1); // not loaded
        QCOMPARE(model.data(model.index(15042, 0), LeadTableModel::LeadIdRole).toString(),
                 QStringLiteral("lead-15042"));
    }

    void answersForAnOldFilterAreDropped()
    {
        GeneratedSource source(1000);
        LeadTableModel model;
        model.setSource(&source);
        QTRY_COMPARE(model.total(), qint64(1000));
        nameAt(model, 900); // page 9 requested for the unfiltered list...
        FilterSet f;
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        model.setFilters(f); // ...and the filter changes before it arrives
        QTRY_COMPARE(model.total(), qint64(500));
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
        QTRY_COMPARE(nameAt(model, 1), QStringLiteral("First2 Last2"));
        QCOMPARE(model.rowOfId(QStringLiteral("lead-900")), -1);
        QCOMPARE(source.requestedFilters.last(), f);
    }

    void theTotalIsUnknownUntilTheFirstPageAnswers()
    {
        GeneratedSource source(420);
        LeadTableModel model;
        QSignalSpy loading(&model, &LeadTableModel::loadingChanged);
        QSignalSpy totals(&model, &LeadTableModel::totalChanged);
        model.setSource(&source);
        // Asked, not answered: no rows, no total, but loading.
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isTotalKnown());
        QVERIFY(model.isLoading());
        QCOMPARE(loading.size(), 1);
        QCOMPARE(loading.first().at(0).toBool(), true);
        QVERIFY(loading.wait());
        QCOMPARE(loading.last().at(0).toBool(), false);
        QCOMPARE(loading.size(), 2); // on change only, never twice the same
        QVERIFY(model.isTotalKnown());
        QCOMPARE(model.rowCount(), 420);
        QCOMPARE(totals.last().at(0).toLongLong(), qint64(420));
        // The first page came with the total: row 0 is there without asking again.
        QCOMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
        QCOMPARE(source.requestedPages, QList<int>{0});
    }

    void memoryStaysBoundedWhileScrolling()
    {
        GeneratedSource source(200000);
        LeadTableModel model;
        model.setSource(&source);
        QTRY_COMPARE(model.total(), qint64(200000));
        // Scroll through 1,000 pages as a view would, page after page, with
        // the default cache.
        int mostLoaded = 0;
        for (int page = 0; page < 1000; ++page) {
            nameAt(model, page * 100);
            QTRY_VERIFY(!model.isLoading());
            mostLoaded = qMax(mostLoaded, model.loadedPageCount());
        }
        QCOMPARE(source.requestedPages.size(), 1000); // each page asked for once
        QVERIFY2(mostLoaded <= LeadTableModel::kDefaultMaxPages,
                 qPrintable(QString::number(mostLoaded)));
        QCOMPARE(model.loadedPageCount(), LeadTableModel::kDefaultMaxPages);
        // The pages kept are the ones near where the user is; the id index
        // forgets evicted rows with them.
        QCOMPARE(nameAt(model, 99950), QStringLiteral("First99950 Last99950"));
        QCOMPARE(model.rowOfId(QStringLiteral("lead-99950")), 99950);
        QCOMPARE(model.rowOfId(QStringLiteral("lead-5")), -1);
        QCOMPARE(nameAt(model, 5), QStringLiteral("Loading…"));
    }

    void aSmallerCacheEvictsTheFarthestPages()
    {
        GeneratedSource source(200000);
        LeadTableModel model;
        model.setMaxCachedPages(20);
        model.setSource(&source);
        QTRY_COMPARE(model.total(), qint64(200000));
        for (int page = 0; page < 1000; page += 5) {
            nameAt(model, page * 100);
            QTRY_VERIFY(!model.isLoading());
            QVERIFY2(model.loadedPageCount() <= 20,
                     qPrintable(QString::number(model.loadedPageCount())));
        }
        QCOMPARE(nameAt(model, 99500), QStringLiteral("First99500 Last99500"));
        QCOMPARE(nameAt(model, 0), QStringLiteral("Loading…"));
    }

    void aFailedPageIsReportedAndAskedForAgain()
    {
        GeneratedSource source(1000);
        LeadTableModel model;
        model.setSource(&source);
        QTRY_COMPARE(model.total(), qint64(1000));
        source.failingPages.insert(7);
        QSignalSpy failed(&model, &LeadTableModel::loadFailed);
        QCOMPARE(nameAt(model, 750), QStringLiteral("Loading…"));
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).toString(),
                 QStringLiteral("The server did not answer in time."));
        QVERIFY(!model.isLoading());
        // The rows stay placeholders; the next look asks the server again.
        source.failingPages.clear();
        QCOMPARE(nameAt(model, 750), QStringLiteral("Loading…"));
        QCOMPARE(source.requestedPages, (QList<int>{0, 7, 7}));
        QTRY_COMPARE(nameAt(model, 750), QStringLiteral("First750 Last750"));
        QCOMPARE(failed.size(), 1);
    }

    void columnsIncludeTheStatusColumns()
    {
        GeneratedSource source(10);
        LeadTableModel model;
        model.setSource(&source);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
        QCOMPARE(model.columnCount(), 12);
        QCOMPARE(model.headerData(LeadTableModel::EmailStatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Email status"));
        QCOMPARE(model.headerData(LeadTableModel::PhoneStatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Phone status"));
        // Nothing heard of, no data on file: blank, not "Pending".
        QCOMPARE(model.index(0, LeadTableModel::EmailStatusColumn).data().toString(), QString());
        QCOMPARE(model.index(0, LeadTableModel::EmailStatusColumn)
                     .data(LeadTableModel::StatusRole)
                     .toInt(),
                 -1);
        // Placeholders only in the name column: other columns stay blank.
        QCOMPARE(model.index(0, LeadTableModel::CompanyColumn).data(Qt::ToolTipRole).toString(),
                 QString());
    }

    void statusColumnsSayTheServersOutcome()
    {
        GeneratedSource source(10);
        const QStringList onFile{QStringLiteral("kim@example.com")};
        source.emails = {{QStringLiteral("lead-1"), onFile},
                         {QStringLiteral("lead-2"), onFile},
                         {QStringLiteral("lead-3"), onFile}};
        source.emailOutcomes = {{QStringLiteral("lead-2"), QStringLiteral("not_found")},
                                {QStringLiteral("lead-3"), QStringLiteral("found")},
                                {QStringLiteral("lead-4"), QStringLiteral("cancelled")}};
        LeadTableModel model;
        model.setSource(&source);
        QTRY_COMPARE(nameAt(model, 4), QStringLiteral("First4 Last4"));
        const int email = LeadTableModel::EmailStatusColumn;
        QCOMPARE(statusText(model, 0, email), QString());
        // Came with the lead, never enriched by us: on file.
        QCOMPARE(statusText(model, 1, email), QStringLiteral("On file"));
        // Enriched (by this app before a restart, or another machine): the
        // outcome, whatever the lead has on file.
        QCOMPARE(statusText(model, 2, email), QStringLiteral("Not found"));
        QCOMPARE(statusText(model, 3, email), QStringLiteral("Found"));
        QCOMPARE(model.index(3, email).data(LeadTableModel::DataFoundRole).toBool(), true);
        QCOMPARE(statusText(model, 4, email), QStringLiteral("Cancelled"));
        // What this run hears of is newer than the page.
        model.applyEnrichments({pending(2, ContactField::Emails)});
        QCOMPARE(statusText(model, 2, email), QStringLiteral("Pending"));
    }

    void statusBatchesTouchOnlyTheStatusCellsOfLoadedRows()
    {
        GeneratedSource source(1000);
        LeadTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyEnrichments({pending(3, ContactField::Emails), pending(4, ContactField::Phones),
                                pending(5, ContactField::Emails), pending(40, ContactField::Emails),
                                // not loaded: remembered, no signal
                                pending(900, ContactField::Emails)});
        // Rows 3-5 are neighbours: one signal; row 40 another.
        QCOMPARE(changed.size(), 2);
        const auto first = changed.at(0);
        QCOMPARE(first.at(0).toModelIndex(), model.index(3, LeadTableModel::EmailStatusColumn));
        QCOMPARE(first.at(1).toModelIndex(), model.index(5, LeadTableModel::PhoneStatusColumn));
        QCOMPARE(changed.at(1).at(0).toModelIndex(),
                 model.index(40, LeadTableModel::EmailStatusColumn));
        QCOMPARE(changed.at(1).at(1).toModelIndex(),
                 model.index(40, LeadTableModel::EmailStatusColumn));
        QCOMPARE(statusText(model, 3, LeadTableModel::EmailStatusColumn),
                 QStringLiteral("Pending"));
        QCOMPARE(statusText(model, 3, LeadTableModel::PhoneStatusColumn), QString());
        QCOMPARE(statusText(model, 4, LeadTableModel::PhoneStatusColumn),
                 QStringLiteral("Pending"));
        QCOMPARE(model.statusOf(QStringLiteral("lead-900"), ContactField::Emails),
                 int(EnrichmentStatus::Pending));
        // The row shows it once its page arrives.
        nameAt(model, 900);
        QTRY_COMPARE(statusText(model, 900, LeadTableModel::EmailStatusColumn),
                     QStringLiteral("Pending"));

        Enrichment failed = pending(3, ContactField::Emails);
        failed.status = EnrichmentStatus::Failed;
        failed.error = QStringLiteral("All providers failed");
        changed.clear();
        model.applyEnrichments({failed});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(),
                 model.index(3, LeadTableModel::EmailStatusColumn));
        QCOMPARE(statusText(model, 3, LeadTableModel::EmailStatusColumn), QStringLiteral("Failed"));
        QCOMPARE(model.index(3, LeadTableModel::EmailStatusColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("All providers failed"));
    }

    void foundDataFetchesTheLeadsPageAgain()
    {
        GeneratedSource source(1000);
        LeadTableModel model;
        model.setSource(&source);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
        nameAt(model, 250);
        QTRY_COMPARE(nameAt(model, 250), QStringLiteral("First250 Last250"));
        const auto before = source.requestedPages;

        Enrichment notFound = pending(7, ContactField::Emails);
        notFound.status = EnrichmentStatus::Finished;
        notFound.dataFound = 0;
        model.applyEnrichments({notFound});
        QCOMPARE(statusText(model, 7, LeadTableModel::EmailStatusColumn),
                 QStringLiteral("Not found"));
        QCOMPARE(source.requestedPages, before); // nothing new to show

        source.emails.insert(QStringLiteral("lead-3"), {QStringLiteral("first3@example.com")});
        source.emails.insert(QStringLiteral("lead-251"), {QStringLiteral("first251@example.com")});
        Enrichment found3 = pending(3, ContactField::Emails),
                   found251 = pending(251, ContactField::Emails),
                   found5 = pending(5, ContactField::Emails);
        for (Enrichment *e : {&found3, &found251, &found5}) {
            e->status = EnrichmentStatus::Finished;
            e->dataFound = 1;
        }
        model.applyEnrichments({found3, found251, found5});
        // Pages 0 and 2 once each, however many of their leads found data.
        QCOMPARE(source.requestedPages.size(), before.size() + 2);
        QCOMPARE(model.refreshedPageCount(), 2);
        // The old rows stay readable while the page is on its way.
        QCOMPARE(nameAt(model, 3), QStringLiteral("First3 Last3"));
        QTRY_COMPARE(model.index(3, LeadTableModel::EmailsColumn).data().toString(),
                     QStringLiteral("first3@example.com"));
        QTRY_COMPARE(model.index(251, LeadTableModel::EmailsColumn).data().toString(),
                     QStringLiteral("first251@example.com"));
        QCOMPARE(statusText(model, 3, LeadTableModel::EmailStatusColumn), QStringLiteral("Found"));
        QCOMPARE(model.rowOfId(QStringLiteral("lead-3")), 3);
        // A lead with data on file but no enrichment heard of says so.
        QCOMPARE(statusText(model, 251, LeadTableModel::PhoneStatusColumn), QString());
    }

    void statusesSurviveEvictionAndFilterChanges()
    {
        GeneratedSource source(100000);
        LeadTableModel model;
        model.setMaxCachedPages(2);
        model.setSource(&source);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
        model.applyEnrichments({pending(2, ContactField::Phones)});
        for (int row : {50000, 60000, 70000}) {
            nameAt(model, row);
            QTRY_VERIFY(model.leadAt(row));
        }
        QVERIFY(!model.leadAt(2)); // evicted
        nameAt(model, 2);
        QTRY_COMPARE(statusText(model, 2, LeadTableModel::PhoneStatusColumn),
                     QStringLiteral("Pending"));
        FilterSet f;
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        model.setFilters(f); // lead-2 is row 1 now
        QTRY_COMPARE(nameAt(model, 1), QStringLiteral("First2 Last2"));
        QCOMPARE(statusText(model, 1, LeadTableModel::PhoneStatusColumn),
                 QStringLiteral("Pending"));
    }

    void checkboxesAreTheSelectionById()
    {
        GeneratedSource source(5000);
        LeadTableModel model;
        // No model tester here: it reads row 0 on every change, which a
        // two-page cache would keep evicting and fetching again.
        model.setMaxCachedPages(2);
        model.setSource(&source);
        QTRY_COMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
        const QModelIndex row3 = model.index(3, LeadTableModel::NameColumn);
        QVERIFY(model.flags(row3) & Qt::ItemIsUserCheckable);
        QCOMPARE(row3.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QSignalSpy changed(&model, &LeadTableModel::selectionChanged);
        QVERIFY(model.setData(row3, Qt::Checked, Qt::CheckStateRole));
        model.setSelected({QStringLiteral("lead-7"), QStringLiteral("lead-4000")}, true);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.selection().count(), 3);
        QCOMPARE(row3.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // Evicted and loaded again: still ticked, because it is kept by id.
        for (int row : {2000, 3000, 4500}) {
            nameAt(model, row);
            QTRY_VERIFY(model.leadAt(row));
        }
        QVERIFY(!model.leadAt(3));
        nameAt(model, 3);
        QTRY_VERIFY(model.leadAt(3));
        QCOMPARE(model.index(3, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        nameAt(model, 4000); // ticked before its page was ever loaded
        QTRY_VERIFY(model.leadAt(4000));
        QCOMPARE(model.index(4000, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        model.selectAllMatching();
        QCOMPARE(model.selection().mode(), Selection::Mode::AllMatching);
        QCOMPARE(model.selection().count(), 5000);
        QCOMPARE(model.index(4000, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(model.index(4000, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.selection().count(), 4999);
        QCOMPARE(model.selection().excludedIds(), QStringList{QStringLiteral("lead-4000")});
        // Re-sorting keeps "all that match" and its exclusions.
        model.setSort({QStringLiteral("last_name"), false});
        QCOMPARE(model.selection().count(), 4999);
        QCOMPARE(model.selection().sort().key, QStringLiteral("last_name"));
        // Another filter names other leads: "all that match" ends.
        FilterSet f;
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        model.setFilters(f);
        QVERIFY(model.selection().isEmpty());
        QCOMPARE(model.selection().mode(), Selection::Mode::Manual);
        // A manual pick survives a filter change.
        model.setSelected({QStringLiteral("lead-2")}, true);
        model.setFilters({});
        QCOMPARE(model.selection().ids(), QStringList{QStringLiteral("lead-2")});
    }

    void rowsShowBeforeTheirTotal()
    {
        GeneratedSource source(5000);
        source.deferTotal = true;
        LeadTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<qint64> totals;
        connect(&model, &LeadTableModel::totalChanged, &model, [&](qint64 t) { totals << t; });
        model.setSource(&source);
        // First the page: its rows are the total for now, not yet known.
        QTRY_VERIFY(model.leadAt(99));
        QTRY_COMPARE(model.rowCount(), 5000);
        QVERIFY(model.isTotalKnown());
        QVERIFY(totals.contains(100)); // the rows were shown before the count
        QCOMPARE(totals.last(), 5000);
        QVERIFY(!model.isLoading());

        // A count for an older filter is dropped.
        FilterSet f;
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        model.setFilters(f);
        QTRY_COMPARE(model.rowCount(), 2500);

        // A count that fails leaves the rows and says why.
        source.failTotal = true;
        QSignalSpy failed(&model, &LeadTableModel::loadFailed);
        model.reload();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(!model.isTotalKnown());
        QVERIFY(!model.isLoading());
        QCOMPARE(nameAt(model, 0), QStringLiteral("First0 Last0"));
    }

    void rowsResolveToIdsWithoutBecomingRows()
    {
        GeneratedSource source(1000);
        LeadTableModel model;
        model.setSource(&source);
        QTRY_VERIFY(model.leadAt(99));
        QStringList ids;
        QStringList errors;
        const auto collect = [&](const QStringList &found, const QString &error) {
            ids << found;
            if (!error.isEmpty())
                errors << error;
        };
        // Rows 95..305: page 0 is loaded, pages 1..3 are asked for.
        model.resolveIds(95, 305, collect);
        QCOMPARE(ids.size(), 5); // the loaded ones, at once
        QCOMPARE(source.requestedPages, (QList<int>{0, 1, 2, 3}));
        QTRY_COMPARE(ids.size(), 211);
        QCOMPARE(ids.first(), QStringLiteral("lead-95"));
        QVERIFY(ids.contains(QStringLiteral("lead-305")));
        QVERIFY(!ids.contains(QStringLiteral("lead-306")));
        QVERIFY(errors.isEmpty());
        // The pages looked at are not kept as rows.
        QCOMPARE(model.loadedPageCount(), 1);
        QVERIFY(!model.leadAt(150));

        // A failing page says why; an answer after a new sort is dropped.
        source.failingPages = {5};
        model.resolveIds(500, 599, collect);
        QTRY_COMPARE(errors.size(), 1);
        model.resolveIds(700, 799, collect);
        QVERIFY(model.sortByColumn(LeadTableModel::CityColumn));
        QTRY_VERIFY(model.leadAt(0));
        QTest::qWait(20); // the answer for page 7 had every chance to arrive
        QCOMPARE(ids.size(), 211);
    }

    void aHeaderClickSortsOnTheServerAndReverses()
    {
        GeneratedSource source(300);
        LeadTableModel model;
        model.setSource(&source);
        QTRY_VERIFY(model.leadAt(0));
        QVERIFY(model.sortByColumn(LeadTableModel::NameColumn));
        QCOMPARE(model.sortSpec().key, QStringLiteral("last_name"));
        QVERIFY(!model.sortSpec().descending);
        QCOMPARE(source.requestedSorts.last().key, QStringLiteral("last_name"));
        QVERIFY(model.sortByColumn(LeadTableModel::NameColumn));
        QVERIFY(model.sortSpec().descending);
        QVERIFY(source.requestedSorts.last().descending);
        // Another column starts ascending.
        QVERIFY(model.sortByColumn(LeadTableModel::CompanyColumn));
        QCOMPARE(model.sortSpec().key, QStringLiteral("company"));
        QVERIFY(!model.sortSpec().descending);
        // The server cannot sort by live status: nothing changes, nothing is asked.
        const qsizetype asked = source.requestedPages.size();
        QVERIFY(!model.sortByColumn(LeadTableModel::EmailStatusColumn));
        QCOMPARE(model.sortSpec().key, QStringLiteral("company"));
        QCOMPARE(source.requestedPages.size(), asked);
    }

    void totalChangesAreInsertsAndRemovals()
    {
        GeneratedSource source(300);
        LeadTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        QTRY_COMPARE(model.rowCount(), 300);
        source.setTotal(250);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        nameAt(model, 200); // page 2 answers with the new total
        QTRY_COMPARE(model.rowCount(), 250);
        QCOMPARE(removed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLeadTableModel)
#include "test_lead_table_model.moc"
