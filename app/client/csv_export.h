#pragma once

#include "api_limits.h"
#include "filter_set.h"
#include "lead.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QIODevice;

namespace lance {

class LanceClient;
class Selection;
struct SearchPage;
template <typename T> struct Result;

// Writes leads to a CSV file (RFC 4180, UTF-8, CRLF), page by page from the
// search endpoint, so a hundred thousand leads never sit in memory at once.
//
// What is exported:
//   - all leads matching a filter, minus excluded ids, in search order
//     (startAllMatching, or start() with an AllMatching selection);
//   - a manual pick of ids (startManual, or start() with a Manual
//     selection). The API has no get-by-id, so the exporter pages through
//     the search the picks were made in (the view's filters and sort) and
//     keeps the picked leads, writing them in that search order, not in pick
//     order; it stops as soon as every id was found.
//
// Pages of 100 are fetched at most two at a time and written in order as
// they arrive. At most two pages are held (in flight or waiting for an
// earlier one), whatever the size of the export.
//
// Exactly one of finished(), failed() or cancelled() ends each run; after
// it no other signal of that run is emitted and the exporter can be started
// again (starting while a run is under way cancels it first, with
// cancelled()). A run's own ending never comes from inside its start call,
// even when the device is unwritable or there is nothing to export. A page
// that fails for a transient reason is retried by LanceClient first; only
// its final error ends the export.
//
// The device is the caller's: it must be open for writing, and it is
// neither closed nor removed. Write to a QSaveFile and commit() it on
// finished(), cancelWriting() on failed() or cancelled(), so a broken
// export never replaces a good file.
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = api::kMaxSearchPage;
    static constexpr int kMaxInFlight = 2;

    explicit CsvExporter(LanceClient *client, QObject *parent = nullptr);
    ~CsvExporter() override;

    // All leads matching `filters`, in the order of `sort`, except those in
    // `excludedIds`.
    void startAllMatching(const FilterSet &filters, const SortSpec &sort,
                          const QStringList &excludedIds, QIODevice *out);
    // The leads in `ids`, found by paging through the search of `filters`
    // and `sort` (the view they were picked in). Ids that this search no
    // longer returns are left out: finished() then reports fewer rows than
    // ids were given. An empty list writes the header row only.
    void startManual(const QStringList &ids, const FilterSet &filters, const SortSpec &sort,
                     QIODevice *out);
    // Either of the above, as the selection says. `viewFilters` and
    // `viewSort` are the search a Manual selection was made in; an
    // AllMatching selection carries its own and they are ignored.
    void start(const Selection &selection, const FilterSet &viewFilters, const SortSpec &viewSort,
               QIODevice *out);

    // Stops issuing requests and ignores the answers still under way, then
    // emits cancelled() before returning. A dedicated signal rather than
    // failed(): cancelling is the rep's own choice, not an error to show.
    // Does nothing when no export runs.
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_rows; }
    // Search requests this run has sent (for tests and status displays).
    int pagesRequested() const { return m_nextPage; }

    // Whether a UTF-8 byte order mark starts the file (default: yes).
    // Excel reads a CSV without one in the system's legacy code page, which
    // garbles every name outside ASCII ("ZoÃ« MÃ¼ller"); with it, Excel and
    // LibreOffice both read UTF-8. Turn it off for tools that take the BOM
    // for part of the first header cell.
    void setByteOrderMark(bool on) { m_bom = on; }

    // The header row's labels, translated.
    static QStringList headerLabels();
    // One lead's cells in header order; emails and phones joined with "; ".
    static QStringList leadCells(const Lead &lead);
    // One CSV record in UTF-8, CRLF-terminated: each cell guarded against
    // formula injection (see csv_export.cpp), then quoted when it contains a
    // comma, a quote, CR or LF, with quotes doubled.
    static QByteArray csvRow(const QStringList &cells);

signals:
    // `done` rows written of `total` expected. While running, `total` is an
    // estimate (the search's total minus the exclusions, or the number of
    // picked ids); the last progress before finished() has done == total.
    void progress(qint64 done, qint64 total);
    void finished(qint64 rowsWritten);
    // A request failed (the client's translated message) or the device
    // refused a write.
    void failed(const QString &message);
    void cancelled();

private:
    enum class Mode
    {
        AllMatching,
        Manual
    };
    void begin(Mode mode, const FilterSet &filters, const SortSpec &sort, QIODevice *out);
    void pump();
    void request(int page);
    void onPage(quint64 run, const Result<SearchPage> &result);
    bool writePage(const QList<Lead> &leads);
    bool flushed();
    QString writeError() const;
    void emitProgress();
    void finish();
    void fail(const QString &message);
    void stop();

    QPointer<LanceClient> m_client;
    // Owns this run's callbacks: deleted when the run ends, so answers
    // still under way are dropped by the client instead of reaching a
    // finished run.
    QObject *m_context = nullptr;
    quint64 m_run = 0;
    bool m_running = false;
    bool m_failing = false; // a failure found in start, reported deferred
    bool m_bom = true;

    Mode m_mode = Mode::AllMatching;
    FilterSet m_filters;
    SortSpec m_sort;
    QPointer<QIODevice> m_out;
    QSet<QString> m_excluded; // AllMatching
    QSet<QString> m_wanted;   // Manual: picked ids not found yet

    int m_nextPage = 0;  // next page to request
    int m_nextWrite = 0; // next page to write
    int m_lastPage = -1; // known from the first answer's total
    int m_inFlight = 0;
    QMap<int, QList<Lead>> m_arrived; // answered pages waiting for an earlier one
    qint64 m_total = 0;
    qint64 m_rows = 0;
    qint64 m_lastDone = -1, m_lastTotal = -1; // the last progress emitted
};

} // namespace lance
