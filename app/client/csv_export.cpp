#include "csv_export.h"

#include "lance_client.h"
#include "selection.h"

#include <QFileDevice>
#include <QIODevice>

namespace lance {

CsvExporter::CsvExporter(LanceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // The client's answers die with it, so without this a run would wait
    // forever for them.
    if (client)
        connect(client, &QObject::destroyed, this, [this] {
            if (m_running)
                fail(tr("The connection to the server was closed."));
        });
}

CsvExporter::~CsvExporter() = default;

void CsvExporter::startAllMatching(const FilterSet &filters, const SortSpec &sort,
                                   const QStringList &excludedIds, QIODevice *out)
{
    begin(Mode::AllMatching, filters, sort, out);
    m_excluded = QSet<QString>(excludedIds.cbegin(), excludedIds.cend());
    pump();
}

void CsvExporter::startManual(const QStringList &ids, const FilterSet &filters,
                              const SortSpec &sort, QIODevice *out)
{
    begin(Mode::Manual, filters, sort, out);
    m_wanted = QSet<QString>(ids.cbegin(), ids.cend());
    // Known before any request: the picked ids are the rows to come.
    m_total = m_wanted.size();
    if (m_wanted.isEmpty() && !m_failing) {
        // Nothing to look for: no request at all. Deferred like every
        // other ending, so no signal is emitted from inside start.
        QMetaObject::invokeMethod(
            m_context, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    pump();
}

void CsvExporter::start(const Selection &selection, const FilterSet &viewFilters,
                        const SortSpec &viewSort, QIODevice *out)
{
    if (selection.mode() == Selection::Mode::AllMatching)
        startAllMatching(selection.filters(), selection.sort(), selection.excludedIds(), out);
    else
        startManual(selection.ids(), viewFilters, viewSort, out);
}

void CsvExporter::begin(Mode mode, const FilterSet &filters, const SortSpec &sort, QIODevice *out)
{
    // One export at a time: a new start ends the one running.
    cancel();
    ++m_run;
    m_running = true;
    m_context = new QObject(this);
    m_mode = mode;
    m_filters = filters;
    m_sort = sort;
    m_out = out;
    m_excluded.clear();
    m_wanted.clear();
    m_nextPage = 0;
    m_nextWrite = 0;
    m_lastPage = -1;
    m_inFlight = 0;
    m_arrived.clear();
    m_total = 0;
    m_rows = 0;
    m_lastDone = m_lastTotal = -1;

    QString problem;
    if (!m_client)
        problem = tr("No server to export from.");
    else if (!out || !out->isWritable())
        problem = tr("The export file is not open for writing.");
    if (problem.isEmpty()) {
        // The header goes out at once, so even an export of nothing is a
        // valid CSV file a spreadsheet opens with its columns named.
        QByteArray head = m_bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        head += csvRow(headerLabels());
        if (m_out->write(head) != head.size() || !flushed())
            problem = writeError();
    }
    if (!problem.isEmpty()) {
        // Reported from the event loop, not from inside start, so a caller
        // sees the same order of events whatever went wrong; meanwhile
        // pump() sends nothing.
        m_failing = true;
        QMetaObject::invokeMethod(
            m_context, [this, problem] { fail(problem); }, Qt::QueuedConnection);
    }
}

void CsvExporter::pump()
{
    while (m_running && !m_failing && m_inFlight < kMaxInFlight) {
        // Until the first answer names the total, page 0 is the only page
        // known to exist.
        if (m_lastPage < 0 ? m_nextPage > 0 : m_nextPage > m_lastPage)
            return;
        // Pages in flight plus pages waiting for an earlier one stay within
        // the window, so a slow page cannot make the others pile up.
        if (m_nextPage >= m_nextWrite + kMaxInFlight)
            return;
        if (m_mode == Mode::Manual && m_wanted.isEmpty())
            return;
        request(m_nextPage++);
    }
}

void CsvExporter::request(int page)
{
    ++m_inFlight;
    const quint64 run = m_run;
    m_client->search(m_filters, m_sort, page, kPageSize, m_context,
                     [this, run](const Result<SearchPage> &r) { onPage(run, r); });
}

void CsvExporter::onPage(quint64 run, const Result<SearchPage> &result)
{
    // The context is deleted when a run ends, so this is belt and braces.
    if (run != m_run || !m_running)
        return;
    --m_inFlight;
    if (!result.ok())
        return fail(result.error ? result.error->message : tr("The search failed."));
    const SearchPage &page = *result.value;
    if (m_lastPage < 0) {
        // Page 0 is always the first answer (nothing else was asked before
        // it), so the page count is fixed by one total. Offset paging over
        // data that changes mid-export can skip or repeat a lead whatever
        // total is used; following the first keeps the export finite.
        m_lastPage = page.totalElements > 0 ? int((page.totalElements - 1) / kPageSize) : 0;
        if (m_mode == Mode::AllMatching)
            m_total = qMax<qint64>(0, page.totalElements - m_excluded.size());
    }
    // A short page is the end of the search, whatever the total said.
    if (page.leads.size() < kPageSize)
        m_lastPage = qMin(m_lastPage, page.page);
    if (page.page <= m_lastPage)
        m_arrived.insert(page.page, page.leads);

    // Write every page that is next in order.
    bool wrote = false;
    while (m_arrived.contains(m_nextWrite)) {
        if (!writePage(m_arrived.take(m_nextWrite)))
            return; // failed
        ++m_nextWrite;
        wrote = true;
        if (m_mode == Mode::Manual && m_wanted.isEmpty())
            return finish(); // every picked lead found: no need to read on
    }
    if (m_nextWrite > m_lastPage)
        return finish();
    // Ask for the next pages before telling the UI, so the network is not
    // idle while it repaints. A slot connected to progress may cancel: the
    // requests just sent are then dropped with the context.
    pump();
    if (wrote)
        emitProgress();
}

bool CsvExporter::writePage(const QList<Lead> &leads)
{
    QByteArray chunk;
    qint64 rows = 0;
    for (const Lead &lead : leads) {
        if (m_mode == Mode::AllMatching && m_excluded.contains(lead.id))
            continue;
        // Removing the found id also keeps a lead that a shifting search
        // returns twice from being written twice.
        if (m_mode == Mode::Manual && !m_wanted.remove(lead.id))
            continue;
        chunk += csvRow(leadCells(lead));
        ++rows;
    }
    if (chunk.isEmpty())
        return true;
    if (!m_out) {
        fail(tr("The export file was closed during the export."));
        return false;
    }
    if (m_out->write(chunk) != chunk.size() || !flushed()) {
        fail(writeError());
        return false;
    }
    m_rows += rows;
    return true;
}

bool CsvExporter::flushed()
{
    // A file buffers its writes, so a full disk would only show when it is
    // closed; flushing each page reports it while the export runs.
    if (auto *file = qobject_cast<QFileDevice *>(m_out.data()))
        return file->flush();
    return true;
}

QString CsvExporter::writeError() const
{
    return tr("Could not write the export file: %1")
        .arg(m_out ? m_out->errorString() : tr("the file was closed"));
}

void CsvExporter::emitProgress()
{
    // The estimate is low when exclusions name leads outside the filter.
    const qint64 total = qMax(m_total, m_rows);
    if (m_rows == m_lastDone && total == m_lastTotal)
        return;
    m_lastDone = m_rows;
    m_lastTotal = total;
    emit progress(m_rows, total);
}

void CsvExporter::finish()
{
    const qint64 rows = m_rows;
    const bool reportFinal = rows != m_lastDone || rows != m_lastTotal;
    stop();
    // Close the bar exactly: the estimate may have been off either way.
    if (reportFinal)
        emit progress(rows, rows);
    emit finished(rows);
}

void CsvExporter::fail(const QString &message)
{
    stop();
    emit failed(message);
}

void CsvExporter::cancel()
{
    if (!m_running)
        return;
    stop();
    emit cancelled();
}

void CsvExporter::stop()
{
    m_running = false;
    m_failing = false;
    // The client checks the context before running a callback: deleting it
    // drops the answers still under way, and any deferred ending.
    delete m_context;
    m_context = nullptr;
    m_arrived.clear();
    m_wanted.clear();
    m_excluded.clear();
    m_inFlight = 0;
}

QStringList CsvExporter::headerLabels()
{
    return {tr("Id"),         tr("First name"), tr("Last name"), tr("Job title"), tr("Seniority"),
            tr("Department"), tr("Company"),    tr("Industry"),  tr("City"),      tr("Country"),
            tr("LinkedIn"),   tr("Emails"),     tr("Phones")};
}

QStringList CsvExporter::leadCells(const Lead &lead)
{
    const QString sep = QStringLiteral("; ");
    return {lead.id,
            lead.firstName,
            lead.lastName,
            lead.jobTitle,
            lead.seniority,
            lead.department,
            lead.company,
            lead.industry,
            lead.city,
            lead.country,
            lead.linkedinUrl,
            lead.emails.join(sep),
            lead.phones.join(sep)};
}

QByteArray CsvExporter::csvRow(const QStringList &cells)
{
    QString row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += QLatin1Char(',');
        QString cell = cells.at(i);
        // Formula injection: Excel, LibreOffice and Google Sheets evaluate a
        // cell that starts with one of these as a formula even when it comes
        // from a CSV file. Lead data comes from outside sources (a job title
        // or company name anyone can set), so "=HYPERLINK(...)" in it could
        // run in the rep's spreadsheet. A leading apostrophe makes the cell
        // text (OWASP's advice). The price: a phone number "+44 ..." reads
        // "'+44 ..." to a tool that imports the file without a spreadsheet.
        if (!cell.isEmpty()) {
            const QChar first = cell.front();
            if (first == QLatin1Char('=') || first == QLatin1Char('+') ||
                first == QLatin1Char('-') || first == QLatin1Char('@') ||
                first == QLatin1Char('\t') || first == QLatin1Char('\r'))
                cell.prepend(QLatin1Char('\''));
        }
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
            cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\n'))) {
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            row += QLatin1Char('"') + cell + QLatin1Char('"');
        } else {
            row += cell;
        }
    }
    row += QLatin1String("\r\n");
    return row.toUtf8();
}

} // namespace lance
