// Lead-table benchmark: OUR path (LeadTableModel + ClientPageSource +
// LanceClient against the real lance-engine over HTTP on loopback) against
// two Qt baselines on the engine's own SQLite file, in the same run and with
// the same filter changes:
//  - proxy_regex (the naive one): QSqlQueryModel of the whole table,
//    filtered by chained regex QSortFilterProxyModels;
//  - sql_where (what a competent quick Qt app does): QSqlQueryModel::setQuery
//    with a WHERE per filter change, bound parameters, LIKE for free text.
// Then the filter panel: a folded facet section of the real FilterPanel is
// opened under changing filters, timed to its counted values being listed
// (ui.facet_open_ms), against counting the same values by paging through
// the search, as a client without facets would.
// Small by default; LANCE_BENCH_FULL=1 runs it on 1,000,000 leads.
// Prints one "BENCH <metric> <value>" line per figure and asserts nothing
// about time: it exits non-zero only when something fails functionally.
#include "bench_util.h"
#include "client_page_source.h"
#include "engine_harness.h"
#include "facet_section.h"
#include "filter_panel.h"
#include "lance_client.h"
#include "lead_table_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>

using lance::ClientPageSource;
using lance::ContactField;
using lance::Enrichment;
using lance::EnrichmentStatus;
using lance::FilterSet;
using lance::LanceClient;
using lance::LeadTableModel;
using lance::Result;
using lance::test::EngineProcess;

using namespace lance::bench;

namespace {

// How far the RSS figure scrolls: a rep paging through a large list, well
// past what the model's page cache (200 pages of 100) can hold at once.
constexpr int kScrollRows = 100000;
constexpr int kStatusBatch = 10000;
// The baseline's full load is given this long; past it, it stops where it
// got to and says so (its filter times then cover fewer rows than ours, so
// they understate the naive cost).
constexpr qint64 kNaiveLoadBudgetMs = 240000;
// Generous: a benchmark that hangs measures nothing, one that dies says why.
constexpr int kTimeoutMs = 120000;

double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// This process's resident set, in MB.
double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        die("cannot read /proc/self/status");
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024.0;
    die("no VmRSS in /proc/self/status");
}

// Runs the event loop until `ready` holds, checking again on every model
// signal that can bring rows (no polling interval adds to the figures).
// `ready` must not call data(): the model emits rowsInserted before it
// stores the page, and data() on a row it does not hold asks for it again.
void waitForModel(LeadTableModel &model, const std::function<bool()> &ready, const char *what)
{
    if (ready())
        return;
    QEventLoop loop;
    const auto check = [&] {
        if (ready())
            loop.quit();
    };
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &loop, check);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, check);
    QObject::connect(&model, &LeadTableModel::totalChanged, &loop, check);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [what] { die(what); });
    timeout.start(kTimeoutMs);
    loop.exec();
}

// The first page of the current filter is in: its first min(100, rows)
// rows are loaded. With the engine's deferred total the count may still be
// on its way; the rows are what the rep sees. An empty result counts as
// shown once its total (0) is known.
bool firstRowsLoaded(const LeadTableModel &model)
{
    if (model.rowCount() == 0)
        return model.isTotalKnown();
    const int n = std::min(LeadTableModel::kPageSize, model.rowCount());
    return model.leadAt(n - 1) != nullptr;
}

// What the view would see through data(), checked after each wait.
void requireLoaded(const LeadTableModel &model, int row, const char *what)
{
    if (!model.data(model.index(row, 0), LeadTableModel::LoadedRole).toBool())
        die(what);
}

// The baseline's columns, in SELECT order.
const QStringList &naiveColumns()
{
    static const QStringList columns{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                     QStringLiteral("job_title"),  QStringLiteral("seniority"),
                                     QStringLiteral("department"), QStringLiteral("company"),
                                     QStringLiteral("industry"),   QStringLiteral("city"),
                                     QStringLiteral("country"),    QStringLiteral("emails")};
    return columns;
}

struct FilterCase
{
    FilterSet filters;
    QString label; // for failure messages
};

// ~20 realistic filter changes from real values: one key, two keys, and
// free text of 4-6 characters as a rep types it.
QList<FilterCase> filterCases(LanceClient &client, const LeadTableModel &model)
{
    const QStringList keys{QStringLiteral("country"),   QStringLiteral("job_title"),
                           QStringLiteral("seniority"), QStringLiteral("department"),
                           QStringLiteral("industry"),  QStringLiteral("city"),
                           QStringLiteral("company")};
    QHash<QString, QStringList> values;
    int answered = 0;
    for (const QString &key : keys) {
        client.facets(key, QString(), FilterSet(), 10, 0, &client,
                      [&, key](const Result<QList<lance::FacetValue>> &r) {
                          if (!r.ok())
                              die(qPrintable(r.error->message));
                          for (const lance::FacetValue &v : *r.value)
                              values[key] << v.key;
                          ++answered;
                      });
    }
    runUntil([&] { return answered == int(keys.size()); }, kTimeoutMs, "facets did not answer");
    // The cases index up to the sixth value of a facet; cycling keeps small
    // demo sets (with fewer distinct values) working.
    const auto value = [&](const char *key, int i) {
        const QStringList &v = values.value(QLatin1String(key));
        if (v.isEmpty())
            die("a facet came back empty");
        return v.at(i % v.size());
    };
    QList<FilterCase> cases;
    const auto one = [&](const char *key, int i) {
        FilterSet f;
        f.set(QLatin1String(key), {value(key, i)});
        cases.append({f, QStringLiteral("%1=%2").arg(QLatin1String(key), value(key, i))});
    };
    const auto two = [&](const char *a, int i, const char *b, int j) {
        FilterSet f;
        f.set(QLatin1String(a), {value(a, i)});
        f.set(QLatin1String(b), {value(b, j)});
        cases.append({f, QStringLiteral("%1=%2 %3=%4")
                             .arg(QLatin1String(a), value(a, i), QLatin1String(b), value(b, j))});
    };
    const auto lastName = [&](int row) {
        if (!model.leadAt(row))
            die("the first page is no longer loaded");
        return model.leadAt(row)->lastName;
    };
    const auto text = [&](const QString &source, int length) {
        const QString q = source.left(length).trimmed();
        if (q.size() < 3)
            die("a free-text sample is too short");
        FilterSet f;
        f.set(QStringLiteral("q"), {q});
        cases.append({f, QStringLiteral("q=") + q});
    };
    one("country", 0);
    one("job_title", 0);
    two("country", 1, "seniority", 0);
    text(lastName(3), 4);
    one("seniority", 1);
    two("job_title", 1, "country", 0);
    one("department", 2);
    text(value("company", 2), 5);
    one("industry", 0);
    two("industry", 1, "department", 0);
    text(lastName(11), 5);
    one("city", 0);
    two("city", 1, "seniority", 2);
    text(value("job_title", 4), 6);
    one("company", 0);
    two("department", 1, "country", 2);
    text(lastName(27), 6);
    one("country", 3);
    two("seniority", 3, "industry", 2);
    text(value("company", 5), 4);
    return cases;
}

struct OurFigures
{
    QList<double> filterMs;
    QList<qint64> filterTotals;
};

OurFigures ourPath(EngineProcess &engine, QList<FilterCase> *cases)
{
    LanceClient client;
    if (!client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)))
        die("bad server url");
    client.setTransferTimeout(kTimeoutMs);
    bench("ui.rss_before_model_mb", rssMb());

    // App start: the model is created and given its source, then the view
    // waits for the first screen of rows.
    QElapsedTimer t;
    t.start();
    ClientPageSource source(&client);
    // As MainWindow does when /meta lists "deferred_total": rows first,
    // the count in a second request.
    source.setDeferredTotal(true);
    LeadTableModel model;
    QObject::connect(&model, &LeadTableModel::loadFailed,
                     [](const QString &message) { die(qPrintable(message)); });
    model.setSource(&source);
    waitForModel(
        model, [&] { return firstRowsLoaded(model); }, "first rows never arrived");
    bench("ui.first_rows_ms", elapsedMs(t));
    if (model.rowCount() < 100)
        die("the unfiltered table has fewer than 100 rows");
    requireLoaded(model, 99, "first rows not visible through data()");
    waitForModel(
        model, [&] { return model.isTotalKnown(); }, "the total never came");

    // Jump to the end (Ctrl+End): the last row's page only.
    const int last = model.rowCount() - 1;
    t.start();
    model.data(model.index(last, 0));
    waitForModel(
        model, [&] { return model.leadAt(last) != nullptr; }, "last row never arrived");
    bench("ui.jump_to_end_ms", elapsedMs(t));
    requireLoaded(model, last, "last row not visible through data()");

    *cases = filterCases(client, model);
    OurFigures figures;
    for (const FilterCase &c : std::as_const(*cases)) {
        t.start();
        model.setFilters(c.filters);
        waitForModel(
            model, [&] { return firstRowsLoaded(model); },
            qPrintable(QStringLiteral("rows never arrived for ") + c.label));
        figures.filterMs << elapsedMs(t);
        waitForModel(
            model, [&] { return model.isTotalKnown(); },
            qPrintable(QStringLiteral("the total never came for ") + c.label));
        figures.filterTotals << model.total();
        // Which change is slow, when a p95 needs explaining.
        if (qEnvironmentVariableIsSet("LANCE_BENCH_VERBOSE"))
            std::fprintf(stderr, "filter %s: %.1f ms, %lld rows\n", qPrintable(c.label),
                         figures.filterMs.last(), static_cast<long long>(model.total()));
        if (model.rowCount() > 0)
            requireLoaded(model, 0, "filtered rows not visible through data()");
    }
    bench("ui.filter_changes", figures.filterMs.size());
    bench("ui.filter_to_rows_p50_ms", median(figures.filterMs));
    bench("ui.filter_to_rows_p95_ms", percentile(figures.filterMs, 0.95));

    // Scroll as a view would: every cell of each row in order, waiting for
    // a page whenever the next row is not loaded yet.
    model.setFilters(FilterSet());
    waitForModel(
        model, [&] { return firstRowsLoaded(model) && model.isTotalKnown(); },
        "unfiltered rows never came back");
    const int rows = std::min(kScrollRows, model.rowCount());
    t.start();
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
            model.data(model.index(row, column));
        if (!model.leadAt(row)) {
            waitForModel(
                model, [&] { return model.leadAt(row) != nullptr; },
                "a page never arrived while scrolling");
            for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
                model.data(model.index(row, column));
        }
    }
    const double scrollMs = elapsedMs(t);
    bench("ui.rows_scrolled", rows);
    bench("ui.scroll_ms", scrollMs);
    bench("ui.loaded_pages_after_scroll", model.loadedPageCount());
    // Absolute VmRSS of this process (Qt, the client and the model), before
    // the baseline exists. Named for the million only when it is one.
    bench(rows == kScrollRows && model.rowCount() >= 1'000'000 ? "ui.rss_1m_mb" : "ui.rss_mb",
          rssMb());

    // A poller batch: a scattered quarter of the loaded window (as statuses
    // come back in no particular order) plus leads the table does not hold,
    // Finished and Pending mixed.
    QList<int> loadedRows;
    for (int row = 0; row < rows; ++row)
        if (model.leadAt(row))
            loadedRows << row;
    std::mt19937 random(42);
    std::shuffle(loadedRows.begin(), loadedRows.end(), random);
    loadedRows.resize(std::min<qsizetype>(loadedRows.size(), kStatusBatch / 2));
    QList<Enrichment> batch;
    batch.reserve(kStatusBatch);
    for (int i = 0; i < kStatusBatch; ++i) {
        Enrichment e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.entityId = i < loadedRows.size() ? model.leadAt(loadedRows.at(i))->id
                                           : QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.field = ContactField::Emails;
        // Half pending, a quarter found nothing, a quarter found data (those
        // pages are fetched again).
        e.status = i % 2 ? EnrichmentStatus::Pending : EnrichmentStatus::Finished;
        e.dataFound = i % 2 ? -1 : (i % 4 == 0 ? 1 : 0);
        batch << e;
    }
    std::shuffle(batch.begin(), batch.end(), random);
    int emitted = 0;
    const int refreshedBefore = model.refreshedPageCount();
    auto counter = QObject::connect(&model, &QAbstractItemModel::dataChanged, [&] { ++emitted; });
    t.start();
    model.applyEnrichments(batch);
    const double batchMs = elapsedMs(t);
    QObject::disconnect(counter);
    bench("ui.status_batch_10k_ms", batchMs);
    bench("ui.status_batch_signals", emitted);
    bench("ui.status_batch_loaded_rows", loadedRows.size());
    bench("ui.status_batch_refreshed_pages", model.refreshedPageCount() - refreshedBefore);
    for (const Enrichment &e : std::as_const(batch))
        if (model.statusOf(e.entityId, e.field) != int(e.status))
            die("applyEnrichments lost a status");
    for (int row : std::as_const(loadedRows)) {
        if (model.data(model.index(row, LeadTableModel::EmailStatusColumn)).toString().isEmpty())
            die("a loaded row shows no status after the batch");
    }
    // The refreshed pages must come back too: a failure is a failure.
    runUntil([&] { return !model.isLoading(); }, kTimeoutMs, "refreshed pages never arrived");
    return figures;
}

QAbstractItemModel *naiveFilter(QSqlQueryModel &sql, const FilterSet &filters,
                                std::vector<std::unique_ptr<QSortFilterProxyModel>> *proxies)
{
    // One stock proxy per filter key, chained, as a quick app stacks them.
    // Fresh proxies per change: each builds its mapping in one pass over its
    // source, where re-keying a live proxy (setFilterKeyColumn, then the
    // pattern) would filter twice. That is the cheapest stock form.
    QAbstractItemModel *top = &sql;
    for (const QString &key : filters.keys()) {
        auto proxy = std::make_unique<QSortFilterProxyModel>();
        const QString value = filters.values(key).value(0);
        if (key == QLatin1String("q")) {
            // Free text: every column, as filterKeyColumn(-1) does; the
            // engine looks at name, job title and company only.
            proxy->setFilterKeyColumn(-1);
            proxy->setFilterRegularExpression(QRegularExpression(
                QRegularExpression::escape(value), QRegularExpression::CaseInsensitiveOption));
        } else {
            // Exact, case-insensitive, as the contract's filters match.
            proxy->setFilterKeyColumn(int(naiveColumns().indexOf(key)));
            proxy->setFilterRegularExpression(QRegularExpression(
                QRegularExpression::anchoredPattern(QRegularExpression::escape(value)),
                QRegularExpression::CaseInsensitiveOption));
        }
        proxy->setSourceModel(top);
        top = proxy.get();
        proxies->push_back(std::move(proxy));
    }
    return top;
}

// The engine's SQLite file, read-only, on a connection of the baseline's own.
QSqlDatabase openReadOnly(const QString &dbPath, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(dbPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        die(qPrintable(QStringLiteral("cannot open the engine's database: ") +
                       db.lastError().text()));
    return db;
}

void naiveBaseline(const QString &dbPath, const QList<FilterCase> &cases, const OurFigures &ours)
{
    const QString connection = QStringLiteral("naive");
    {
        QSqlDatabase db = openReadOnly(dbPath, connection);
        const double rssBefore = rssMb();

        QElapsedTimer t;
        t.start();
        QSqlQueryModel sql;
        sql.setQuery(QStringLiteral("SELECT %1 FROM leads ORDER BY seq")
                         .arg(naiveColumns().join(QStringLiteral(", "))),
                     db);
        if (sql.lastError().isValid())
            die(qPrintable(sql.lastError().text()));
        for (int row = 0; row < 100; ++row)
            sql.data(sql.index(row, 0));
        bench("ui.naive_first_rows_ms", elapsedMs(t));

        // QSqlQueryModel holds 256 rows at a time until asked for more, and
        // a proxy filters only what its source holds: to filter (or to show
        // the last row) it must fetch everything first. That is the naive
        // cost, paid once here; it is also the baseline's jump-to-end time.
        bool capped = false;
        while (sql.canFetchMore()) {
            if (t.elapsed() > kNaiveLoadBudgetMs) {
                capped = true;
                break;
            }
            sql.fetchMore();
        }
        if (sql.lastError().isValid())
            die(qPrintable(sql.lastError().text()));
        bench("ui.naive_load_ms", elapsedMs(t));
        bench("ui.naive_rows_loaded", sql.rowCount());
        if (capped) {
            std::printf("NOTE naive baseline capped: full load stopped after %lld ms at %d rows; "
                        "its filter times cover those rows only and understate it\n",
                        kNaiveLoadBudgetMs, sql.rowCount());
            std::fflush(stdout);
        }
        // Absolute VmRSS after the full load; ours was measured first and
        // freed (and the heap trimmed) before this, so the delta is the
        // baseline's own memory.
        bench("ui.naive_rss_mb", rssMb());
        bench("ui.naive_rss_delta_mb", rssMb() - rssBefore);

        // The same filter changes, timed to the first 100 rows available
        // through the top proxy. Excludes the one-time load above, so the
        // baseline is measured at its most favourable.
        QList<double> naiveMs;
        for (int i = 0; i < cases.size(); ++i) {
            std::vector<std::unique_ptr<QSortFilterProxyModel>> proxies;
            t.start();
            QAbstractItemModel *top = naiveFilter(sql, cases.at(i).filters, &proxies);
            const int n = std::min(100, top->rowCount());
            for (int row = 0; row < n; ++row)
                top->data(top->index(row, 0));
            naiveMs << elapsedMs(t);
            // The exact-key cases must agree with the engine; free text
            // differs by design (all columns here).
            if (!capped && !cases.at(i).filters.contains(QStringLiteral("q")) &&
                top->rowCount() != ours.filterTotals.at(i)) {
                std::fprintf(stderr, "bench: note: %s: naive %d rows, engine %lld\n",
                             qPrintable(cases.at(i).label), top->rowCount(),
                             ours.filterTotals.at(i));
            }
        }
        bench("ui.naive_filter_ms_median", median(naiveMs));
        bench("ui.naive_filter_ms_p95", percentile(naiveMs, 0.95));
        bench("ui.filter_ms_median", median(ours.filterMs));
        // Median over median, the same filter changes on both sides.
        bench("ui.filter_speedup_vs_proxy_regex", median(naiveMs) / median(ours.filterMs));
    }
    QSqlDatabase::removeDatabase(connection);
}

// The WHERE clause a quick app writes for a filter set, its values bound in
// order: exact keys compare with "=" (the columns are COLLATE NOCASE, as the
// contract's exact match is, so the engine's per-key indexes serve them);
// free text is a LIKE substring over the fields the engine searches (name,
// job title, company). Values of one key are ORed, keys ANDed.
QString sqlWhere(const FilterSet &filters, QVariantList *bound)
{
    QStringList terms;
    for (const QString &key : filters.keys()) {
        QStringList alternatives;
        for (const QString &value : filters.values(key)) {
            if (key == QLatin1String("q")) {
                alternatives << QStringLiteral("first_name || ' ' || last_name LIKE ? OR "
                                               "job_title LIKE ? OR company LIKE ?");
                const QString pattern = QLatin1Char('%') + value + QLatin1Char('%');
                *bound << pattern << pattern << pattern;
            } else {
                if (!naiveColumns().contains(key))
                    die(qPrintable(QStringLiteral("no column for filter ") + key));
                alternatives << key + QStringLiteral(" = ?");
                *bound << value;
            }
        }
        terms << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void sqlWhereBaseline(const QString &dbPath, const QList<FilterCase> &cases, const OurFigures &ours)
{
    const QString connection = QStringLiteral("sql_where");
    {
        QSqlDatabase db = openReadOnly(dbPath, connection);
        const QString select =
            QStringLiteral("SELECT %1 FROM leads").arg(naiveColumns().join(QStringLiteral(", ")));
        // One model for the table, given a new query per filter change, as
        // the view keeps its model.
        QSqlQueryModel model;
        QList<double> whereMs;
        for (int i = 0; i < cases.size(); ++i) {
            QElapsedTimer t;
            t.start();
            QVariantList bound;
            const QString where = sqlWhere(cases.at(i).filters, &bound);
            QSqlQuery query(db);
            if (!query.prepare(select + where + QStringLiteral(" ORDER BY seq")))
                die(qPrintable(query.lastError().text()));
            for (const QVariant &value : std::as_const(bound))
                query.addBindValue(value);
            if (!query.exec())
                die(qPrintable(query.lastError().text()));
            model.setQuery(std::move(query));
            if (model.lastError().isValid())
                die(qPrintable(model.lastError().text()));
            const int n = std::min(100, model.rowCount());
            for (int row = 0; row < n; ++row)
                model.data(model.index(row, 0));
            whereMs << elapsedMs(t);

            // Untimed: the baseline answers the same question as the
            // engine, or its figures compare nothing.
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT COUNT(*) FROM leads") + where);
            for (const QVariant &value : std::as_const(bound))
                count.addBindValue(value);
            if (!count.exec() || !count.next())
                die(qPrintable(count.lastError().text()));
            if (count.value(0).toLongLong() != ours.filterTotals.at(i))
                std::fprintf(stderr, "bench: note: %s: sql_where %lld rows, engine %lld\n",
                             qPrintable(cases.at(i).label), count.value(0).toLongLong(),
                             static_cast<long long>(ours.filterTotals.at(i)));
        }
        bench("ui.sql_where_filter_ms_median", median(whereMs));
        bench("ui.sql_where_filter_ms_p95", percentile(whereMs, 0.95));
        bench("ui.filter_speedup_vs_sql_where", median(whereMs) / median(ours.filterMs));
    }
    QSqlDatabase::removeDatabase(connection);
}

// The server's /meta, as the window hands it to the panel.
lance::ServerMeta serverMeta(LanceClient &client)
{
    lance::ServerMeta meta;
    bool done = false;
    client.meta(&client, [&](const Result<lance::ServerMeta> &r) {
        if (!r.ok())
            die(qPrintable(r.error->message));
        meta = *r.value;
        done = true;
    });
    runUntil([&] { return done; }, kTimeoutMs, "meta did not answer");
    return meta;
}

// Values of `key` among the leads matching `context`, counted the naive
// way: every page of the search, 100 leads at a time, tallied here. Gives
// up after `budgetMs`; returns the time, or -1 when it gave up.
double countByPaging(LanceClient &client, const FilterSet &context, const QString &key,
                     qint64 budgetMs)
{
    static const QHash<QString, std::function<QString(const lance::Lead &)>> field{
        {QStringLiteral("job_title"), [](const lance::Lead &l) { return l.jobTitle; }},
        {QStringLiteral("seniority"), [](const lance::Lead &l) { return l.seniority; }},
        {QStringLiteral("department"), [](const lance::Lead &l) { return l.department; }},
        {QStringLiteral("company"), [](const lance::Lead &l) { return l.company; }},
        {QStringLiteral("industry"), [](const lance::Lead &l) { return l.industry; }},
        {QStringLiteral("city"), [](const lance::Lead &l) { return l.city; }},
        {QStringLiteral("country"), [](const lance::Lead &l) { return l.country; }},
    };
    const auto value = field.value(key);
    if (!value)
        die("no lead field for a facet key");
    QHash<QString, qint64> counts;
    QElapsedTimer t;
    t.start();
    for (int page = 0;; ++page) {
        bool done = false;
        qint64 pages = 0;
        client.search(context, lance::SortSpec(), page, 100, &client,
                      [&](const Result<lance::SearchPage> &r) {
                          if (!r.ok())
                              die(qPrintable(r.error->message));
                          for (const lance::Lead &l : r.value->leads)
                              ++counts[value(l)];
                          pages = (r.value->totalElements + 99) / 100;
                          done = true;
                      });
        runUntil([&] { return done; }, kTimeoutMs, "a search page did not answer");
        if (page + 1 >= pages)
            break;
        if (t.elapsed() > budgetMs)
            return -1;
    }
    // The top values by count, as the panel lists them.
    QList<std::pair<qint64, QString>> top;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        top.append({-it.value(), it.key()});
    std::sort(top.begin(), top.end());
    return elapsedMs(t);
}

void facetOpen(EngineProcess &engine, const QList<FilterCase> &cases, bool full)
{
    LanceClient client;
    if (!client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)))
        die("bad server url");
    client.setTransferTimeout(kTimeoutMs);
    const lance::ServerMeta meta = serverMeta(client);
    if (!meta.has("facets_in_context"))
        die("the engine does not count facets in context (feature facets_in_context)");
    lance::FilterPanel panel(&client);
    panel.setServerMeta(meta);
    panel.resize(320, 900);
    panel.show();
    QStringList keys = FilterSet::exactKeys();
    if (meta.has("status_filters"))
        keys += FilterSet::statusKeys();
    for (const QString &key : std::as_const(keys)) {
        auto *header = panel.findChild<QToolButton *>(QStringLiteral("section_%1").arg(key));
        if (!header)
            die("a facet section is missing");
        if (header->isChecked())
            header->click(); // every section starts folded: opening is what is timed
    }

    // Each open: fold, put the next filters in place (a folded section asks
    // nothing), then unfold and wait for the values with their counts.
    constexpr int kRounds = 3;
    QList<double> openMs;
    // A section opened under the filters it last counted has nothing to
    // ask: each opening takes the next case that changes its counts.
    QHash<QString, FilterSet> counted;
    int next = 0;
    for (int i = 0; i < kRounds * int(keys.size()); ++i) {
        const QString &key = keys.at(i % keys.size());
        while (counted.contains(key) &&
               counted.value(key) == cases.at(next % cases.size()).filters.without(key))
            ++next;
        const int c = next++ % int(cases.size());
        const FilterSet &context = cases.at(c).filters;
        counted.insert(key, context.without(key));
        auto *section =
            panel.findChild<lance::FacetSection *>(QStringLiteral("facetSection_%1").arg(key));
        auto *header = panel.findChild<QToolButton *>(QStringLiteral("section_%1").arg(key));
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("facetList_%1").arg(key));
        panel.setFilters(context);
        bool listed = false;
        auto connection =
            QObject::connect(section, &lance::FacetSection::valuesListed, [&] { listed = true; });
        QElapsedTimer t;
        t.start();
        header->click();
        runUntil([&] { return listed; }, kTimeoutMs, "a facet section never listed its values");
        openMs << elapsedMs(t);
        QObject::disconnect(connection);
        if (qEnvironmentVariableIsSet("LANCE_BENCH_VERBOSE"))
            std::fprintf(stderr, "facet %s under %s: %.1f ms, %d values\n", qPrintable(key),
                         qPrintable(cases.at(c).label), openMs.last(), list->count());
        header->click();
    }
    bench("ui.facet_opens", openMs.size());
    bench("ui.facet_open_p50_ms", median(openMs));
    bench("ui.facet_open_ms", percentile(openMs, 0.95));

    // The naive way to the same numbers, on a few of the same openings: a
    // client without facets pages through every lead the filters leave.
    const qint64 budgetMs = full ? 60000 : 30000;
    QList<double> naiveMs;
    bool capped = false;
    for (int i = 0; i < 5; ++i) {
        const QString &key = keys.at(i % FilterSet::exactKeys().size());
        const double ms =
            countByPaging(client, cases.at(i % cases.size()).filters.without(key), key, budgetMs);
        if (ms < 0) {
            capped = true;
            naiveMs << double(budgetMs);
        } else {
            naiveMs << ms;
        }
    }
    if (capped) {
        std::printf("NOTE naive facet baseline capped: paging stopped after %lld ms; its figure "
                    "understates it\n",
                    budgetMs);
        std::fflush(stdout);
    }
    bench("ui.naive_facet_by_search_ms_median", median(naiveMs));
    bench("ui.facet_open_speedup_vs_search_paging", median(naiveMs) / median(openMs));
}

} // namespace

int main(int argc, char *argv[])
{
    // The facet figures drive real widgets; no display is needed for that.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool full = qEnvironmentVariable("LANCE_BENCH_FULL") == QLatin1String("1");
    const int leads = full ? 1'000'000 : 20'000;

    // No enrichment is started against the engine: provider latency and
    // credits play no part in these figures.
    EngineProcess engine({QStringLiteral("--seed-demo"), QString::number(leads)});
    if (!engine.start(3'600'000))
        die("lance-engine did not start");
    bench("ui.leads", leads);

    QList<FilterCase> cases;
    const OurFigures ours = ourPath(engine, &cases);
    // Ours is gone; hand its freed heap back so the baseline's RSS is its own.
    malloc_trim(0);
    naiveBaseline(engine.dbPath(), cases, ours);
    sqlWhereBaseline(engine.dbPath(), cases, ours);
    // Last: the widgets it creates play no part in the memory figures above.
    facetOpen(engine, cases, full);
    return engine.terminate() == 0 ? 0 : 1;
}
