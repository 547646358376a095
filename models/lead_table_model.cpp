#include "lead_table_model.h"

#include "lead_columns.h"
#include "lead_page_source.h"

#include <QLocale>
#include <QMetaObject>

#include <algorithm>
#include <climits>
#include <limits>
#include <utility>

namespace lance {

LeadTableModel::LeadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<QList<lance::Lead>>();
}

void LeadTableModel::setSource(LeadPageSource *source)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    if (source) {
        connect(source, &LeadPageSource::pageReady, this, &LeadTableModel::onPageReady);
        connect(source, &LeadPageSource::pageFailed, this, &LeadTableModel::onPageFailed);
        connect(source, &LeadPageSource::totalReady, this, &LeadTableModel::onTotalReady);
        connect(source, &LeadPageSource::totalFailed, this, &LeadTableModel::onTotalFailed);
        connect(source, &LeadPageSource::enrichmentsReady, this, &LeadTableModel::applyEnrichments);
    }
    restart();
}

void LeadTableModel::setFilters(const FilterSet &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    if (m_selection.mode() == Selection::Mode::AllMatching) {
        const qint64 count = m_selection.count();
        m_selection.clear();
        emit selectionChanged();
        emit allMatchingEnded(count);
    }
    restart();
}

void LeadTableModel::setSort(const SortSpec &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_selection.mode() == Selection::Mode::AllMatching) {
        // The same leads in another order: only the ranges' order changes.
        Selection resorted;
        resorted.selectAllMatching(m_filters, m_sort, m_selection.matchingTotal());
        resorted.setSelected(m_selection.excludedIds(), false);
        m_selection = resorted;
    }
    restart();
}

Selection LeadTableModel::selectionInViewOrder() const
{
    if (m_selection.mode() != Selection::Mode::Manual)
        return m_selection;
    QStringList ids = m_selection.ids();
    std::stable_sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_rowById.value(a, INT_MAX) < m_rowById.value(b, INT_MAX);
    });
    Selection ordered;
    ordered.setSelected(ids, true);
    return ordered;
}

void LeadTableModel::setServerSorts(bool sorts)
{
    if (sorts == m_serverSorts)
        return;
    m_serverSorts = sorts;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // A server that cannot sort shows its own order, whatever was asked.
    if (!sorts && !m_sort.key.isEmpty())
        setSort(SortSpec());
}

bool LeadTableModel::sortByColumn(int column)
{
    const QString key = LeadColumns::sortKey(column);
    if (key.isEmpty() || !m_serverSorts)
        return false;
    SortSpec sort = m_sort;
    sort.descending = sort.key == key ? !sort.descending : false;
    sort.key = key;
    setSort(sort);
    return true;
}

void LeadTableModel::resolveIds(int firstRow, int lastRow, const IdsResolved &done)
{
    QStringList ids;
    QList<int> missingPages;
    for (int row = firstRow; row <= lastRow; ++row) {
        if (const Lead *l = leadAt(row)) {
            ids << l->id;
        } else {
            const int page = row / kPageSize;
            if (missingPages.isEmpty() || missingPages.last() != page)
                missingPages << page;
            row = qMin(lastRow, (page + 1) * kPageSize - 1);
        }
    }
    if (!ids.isEmpty())
        done(ids, QString());
    if (!m_source)
        return;
    // Rows never scrolled through: ask for their pages, as the view would,
    // and take the ids in range.
    for (int page : std::as_const(missingPages)) {
        const quint64 id = m_source->requestPage(m_filters, m_sort, page, kPageSize);
        m_resolving.insert(id, {page, firstRow, lastRow, done});
    }
}

bool LeadTableModel::answerResolve(quint64 requestId, const QList<Lead> &leads,
                                   const QString &error)
{
    const auto it = m_resolving.constFind(requestId);
    if (it == m_resolving.constEnd())
        return false;
    const Resolve r = it.value();
    m_resolving.erase(it);
    if (!error.isEmpty()) {
        r.done({}, error);
        return true;
    }
    QStringList found;
    for (int i = 0; i < leads.size(); ++i) {
        const int row = r.page * kPageSize + i;
        if (row >= r.firstRow && row <= r.lastRow)
            found << leads[i].id;
    }
    r.done(found, QString());
    return true;
}

void LeadTableModel::setSelected(const QStringList &ids, bool selected)
{
    m_selection.setSelected(ids, selected);
    selectionEdited();
}

void LeadTableModel::toggleSelected(const QString &id)
{
    m_selection.toggle(id);
    selectionEdited();
}

void LeadTableModel::selectAllMatching()
{
    m_selection.selectAllMatching(m_filters, m_sort, m_total);
    selectionEdited();
}

void LeadTableModel::clearSelection()
{
    m_selection.clear();
    selectionEdited();
}

void LeadTableModel::selectionEdited()
{
    // The whole row: views paint ticked rows as selected.
    changedLoadedRows({Qt::CheckStateRole});
    emit selectionChanged();
}

void LeadTableModel::forgetLiveStatus()
{
    m_status.clear();
    changedLoadedRows({Qt::DisplayRole, Qt::ToolTipRole, StatusRole, DataFoundRole});
}

void LeadTableModel::changedLoadedRows(const QList<int> &roles)
{
    // Only loaded rows have something to repaint; naming the others would
    // make views (and model testers) ask for their pages.
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i + 1;
        while (j < pages.size() && pages[j] == pages[j - 1] + 1)
            ++j;
        const int first = pages[i] * kPageSize;
        const int last = pages[j - 1] * kPageSize + int(m_pages.value(pages[j - 1]).size()) - 1;
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), roles);
        i = j;
    }
}

Qt::ItemFlags LeadTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && leadAt(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool LeadTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const Lead *lead = leadAt(index.row());
    if (!lead)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_selection.isSelected(lead->id) == checked)
        return true;
    m_selection.setSelected(lead->id, checked);
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1),
                     {Qt::CheckStateRole});
    emit selectionChanged();
    return true;
}

void LeadTableModel::reload()
{
    restart();
}

void LeadTableModel::retryFailed()
{
    if (!m_source || !hasFailures())
        return;
    if (m_pages.isEmpty() && !m_totalKnown) {
        restart(); // nothing to keep: a blank table starts over
        return;
    }
    const QSet<int> pages = std::exchange(m_failedPages, {});
    for (int page : pages)
        requestPage(page, true);
    if (std::exchange(m_totalFailed, false) && !pages.contains(0))
        requestPage(0, true); // the first page brings the count
    reportLoading();
}

void LeadTableModel::restart()
{
    beginResetModel();
    m_pages.clear();
    m_rowById.clear();
    // Forgetting the in-flight ids is what makes their answers stale.
    m_inFlight.clear();
    m_requested.clear();
    m_generationIds.clear();
    m_resolving.clear();
    m_failedPages.clear();
    m_totalFailed = false;
    m_awaitingTotal = false;
    m_total = 0;
    m_totalKnown = false;
    m_lastRequestedPage = 0;
    endResetModel();
    emit totalChanged(0);
    if (m_source)
        requestPage(0); // also brings the total
    reportLoading();
}

void LeadTableModel::reportLoading()
{
    const bool loading = isLoading();
    if (loading == m_reportedLoading)
        return;
    m_reportedLoading = loading;
    emit loadingChanged(loading);
}

void LeadTableModel::requestPage(int page, bool evenIfLoaded) const
{
    if (!evenIfLoaded)
        m_lastRequestedPage = page; // where the view is: eviction keeps pages near it
    if (!m_source || m_requested.contains(page) || (!evenIfLoaded && m_pages.contains(page)))
        return;
    m_requested.insert(page);
    const quint64 id = m_source->requestPage(m_filters, m_sort, page, kPageSize);
    m_inFlight.insert(id, page);
    m_generationIds.insert(id);
    if (!m_loadingCheckQueued) {
        // data() is const and may run inside a paint, where no signal should
        // reach the view; report the loading state from the event loop.
        m_loadingCheckQueued = true;
        auto *self = const_cast<LeadTableModel *>(this);
        QMetaObject::invokeMethod(
            self,
            [self] {
                self->m_loadingCheckQueued = false;
                self->reportLoading();
            },
            Qt::QueuedConnection);
    }
}

void LeadTableModel::onPageReady(quint64 requestId, int page, const QList<Lead> &leads,
                                 qint64 total)
{
    if (answerResolve(requestId, leads, QString()))
        return;
    auto it = m_inFlight.find(requestId);
    if (it == m_inFlight.end())
        return; // an answer for an older filter, sort or reload
    m_inFlight.erase(it);
    m_requested.remove(page);
    m_failedPages.remove(page);
    if (total >= 0)
        m_totalFailed = false;

    const int first = page * kPageSize;
    // A page without its total (the count follows in onTotalReady): until
    // then the rows seen so far are the total, so they can be shown.
    const bool provisional = total < 0 && !m_totalKnown;
    if (provisional)
        m_awaitingTotal = true;
    if (total < 0)
        total = m_totalKnown ? m_total : qMax<qint64>(m_total, first + leads.size());
    QList<Lead> rows = leads;
    // Rows beyond the total cannot be shown; the total is authoritative.
    if (first + rows.size() > total)
        rows = rows.mid(0, int(qMax<qint64>(0, total - first)));
    // A page fetched again (after found data) replaces the old copy; a lead
    // that left it (say, under has_email=false) must not keep its old row.
    if (const auto old = m_pages.constFind(page); old != m_pages.constEnd()) {
        for (const Lead &l : *old) {
            if (m_rowById.value(l.id, -1) / kPageSize == page)
                m_rowById.remove(l.id);
        }
        if (rows.isEmpty())
            m_pages.remove(page);
    }
    // Stored before the total grows: a view reads the new rows as soon as
    // they are announced, and must find them loaded rather than ask again.
    if (!rows.isEmpty()) {
        for (int i = 0; i < rows.size(); ++i)
            m_rowById.insert(rows[i].id, first + i);
        m_pages.insert(page, rows);
    }
    const qint64 before = m_total;
    setTotal(total, !provisional);
    if (!rows.isEmpty() && first < before) {
        // Rows that existed already (placeholders) changed; newly inserted
        // ones were announced by setTotal.
        emit dataChanged(index(first, 0), index(first + int(rows.size()) - 1, ColumnCount - 1));
    }
    evictFarPages(m_lastRequestedPage);
    reportLoading();
}

void LeadTableModel::onPageFailed(quint64 requestId, const QString &message)
{
    if (answerResolve(requestId, {}, message))
        return;
    auto it = m_inFlight.find(requestId);
    if (it == m_inFlight.end())
        return;
    // Not loaded, not requested: the next time the view asks, or the server
    // comes back (retryFailed), we ask again.
    m_requested.remove(it.value());
    m_failedPages.insert(it.value());
    m_inFlight.erase(it);
    emit loadFailed(message);
    reportLoading();
}

void LeadTableModel::onTotalReady(quint64 requestId, qint64 total)
{
    if (!m_generationIds.contains(requestId))
        return; // counted for an older filter, sort or reload
    m_awaitingTotal = false;
    m_totalFailed = false;
    setTotal(total);
    reportLoading();
}

void LeadTableModel::onTotalFailed(quint64 requestId, const QString &message)
{
    if (!m_generationIds.contains(requestId))
        return;
    // The rows stay; the next page answer (which carries a total),
    // retryFailed() or F5 brings the count.
    m_awaitingTotal = false;
    m_totalFailed = true;
    emit loadFailed(message);
    reportLoading();
}

void LeadTableModel::setTotal(qint64 total, bool known)
{
    if ((m_totalKnown || !known) && total == m_total)
        return;
    const qint64 old = m_total;
    if (known)
        m_totalKnown = true;
    if (known && m_selection.mode() == Selection::Mode::AllMatching) {
        // The filter's leads grew or shrank (say, has_email after finds):
        // "all that match" means the current ones.
        m_selection.setMatchingTotal(total);
        emit selectionChanged();
    }
    if (total > old) {
        beginInsertRows({}, int(old), int(total - 1));
        m_total = total;
        endInsertRows();
    } else if (total < old) {
        beginRemoveRows({}, int(total), int(old - 1));
        m_total = total;
        // Drop rows that no longer exist.
        for (auto page = m_pages.begin(); page != m_pages.end();) {
            if (qint64(page.key()) * kPageSize >= total) {
                for (const Lead &l : page.value())
                    m_rowById.remove(l.id);
                page = m_pages.erase(page);
            } else {
                ++page;
            }
        }
        endRemoveRows();
    }
    emit totalChanged(m_total);
}

void LeadTableModel::evictFarPages(int nearPage)
{
    if (m_pages.size() <= m_maxPages)
        return;
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end(),
              [nearPage](int a, int b) { return qAbs(a - nearPage) > qAbs(b - nearPage); });
    const int excess = int(m_pages.size()) - m_maxPages;
    for (int i = 0; i < excess; ++i) {
        const int page = pages[i];
        const QList<Lead> rows = m_pages.take(page);
        for (const Lead &l : rows)
            m_rowById.remove(l.id);
        const int first = page * kPageSize;
        emit dataChanged(index(first, 0), index(first + int(rows.size()) - 1, ColumnCount - 1));
    }
}

const Lead *LeadTableModel::leadAt(int row) const
{
    auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd())
        return nullptr;
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    // Views take int rows; a million leads fit with room to spare.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadTableModel::display(const Lead &lead, int column) const
{
    switch (column) {
    case NameColumn:
        return lead.fullName();
    case JobTitleColumn:
        return lead.jobTitle;
    case SeniorityColumn:
        return lead.seniority;
    case DepartmentColumn:
        return lead.department;
    case CompanyColumn:
        return lead.company;
    case IndustryColumn:
        return lead.industry;
    case CityColumn:
        return lead.city;
    case CountryColumn:
        return lead.country;
    case EmailsColumn:
        return lead.emails.join(QStringLiteral(", "));
    case PhonesColumn:
        return lead.phones.join(QStringLiteral(", "));
    case EmailStatusColumn:
        return statusData(lead, ContactField::Emails, Qt::DisplayRole);
    case PhoneStatusColumn:
        return statusData(lead, ContactField::Phones, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant LeadTableModel::statusData(const Lead &lead, ContactField field, int role) const
{
    static const LiveStatus unknown;
    const auto it = m_status.constFind(lead.id);
    const LiveStatus &heard = it == m_status.constEnd() ? unknown : it->of(field);
    // What this run heard of is newest; otherwise what the server said the
    // lead's newest enrichment was when the page loaded (after a restart, or
    // enriched from another machine).
    const QString &outcome = field == ContactField::Emails ? lead.emailOutcome : lead.phoneOutcome;
    const LiveStatus &live = heard.status >= 0 ? heard : serverOutcome(outcome);
    const bool onFile = !(field == ContactField::Emails ? lead.emails : lead.phones).isEmpty();
    switch (role) {
    case StatusRole:
        return int(live.status);
    case DataFoundRole:
        return live.dataFound == 1;
    case Qt::ToolTipRole:
        if (!live.error.isEmpty())
            return live.error;
        break;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (live.status >= 0)
        return statusText(EnrichmentStatus(live.status), live.dataFound == 1);
    // No enrichment heard of in this run: say whether the lead already has it.
    return onFile ? tr("On file") : QString();
}

const LeadTableModel::LiveStatus &LeadTableModel::serverOutcome(const QString &outcome)
{
    static const QHash<QString, LiveStatus> outcomes{
        {QStringLiteral("pending"), {qint8(EnrichmentStatus::Pending), -1, {}}},
        {QStringLiteral("found"), {qint8(EnrichmentStatus::Finished), 1, {}}},
        {QStringLiteral("not_found"), {qint8(EnrichmentStatus::Finished), 0, {}}},
        {QStringLiteral("failed"), {qint8(EnrichmentStatus::Failed), -1, {}}},
        {QStringLiteral("timeout"), {qint8(EnrichmentStatus::Timeout), -1, {}}},
        {QStringLiteral("cancelled"), {qint8(EnrichmentStatus::Cancelled), -1, {}}},
    };
    static const LiveStatus none;
    const auto it = outcomes.constFind(outcome);
    return it == outcomes.constEnd() ? none : *it;
}

int LeadTableModel::statusOf(const QString &personId, ContactField field) const
{
    const auto it = m_status.constFind(personId);
    return it == m_status.constEnd() ? -1 : it->of(field).status;
}

void LeadTableModel::applyEnrichments(const QList<Enrichment> &changed)
{
    // (row, column) of every loaded row that changed, then one dataChanged
    // per run of neighbouring rows: a 10,000-lead batch stays a handful of
    // signals for the view instead of 10,000.
    QList<qint64> cells;
    cells.reserve(changed.size());
    QSet<int> pagesWithData;
    for (const Enrichment &e : changed) {
        LiveStatus &live = m_status[e.entityId].of(e.field);
        live.status = qint8(e.status);
        live.dataFound = qint8(e.dataFound);
        live.error = e.error;
        const int row = rowOfId(e.entityId);
        if (row < 0)
            continue;
        const int column = e.field == ContactField::Emails ? EmailStatusColumn : PhoneStatusColumn;
        cells.append(qint64(row) * ColumnCount + column);
        if (e.status == EnrichmentStatus::Finished && e.dataFound == 1)
            pagesWithData.insert(row / kPageSize);
    }
    std::sort(cells.begin(), cells.end());
    for (qsizetype i = 0; i < cells.size();) {
        const int firstRow = int(cells[i] / ColumnCount);
        int lastRow = firstRow;
        int minColumn = int(cells[i] % ColumnCount), maxColumn = minColumn;
        qsizetype j = i + 1;
        for (; j < cells.size() && cells[j] / ColumnCount <= lastRow + 1; ++j) {
            lastRow = int(cells[j] / ColumnCount);
            minColumn = qMin(minColumn, int(cells[j] % ColumnCount));
            maxColumn = qMax(maxColumn, int(cells[j] % ColumnCount));
        }
        emit dataChanged(index(firstRow, minColumn), index(lastRow, maxColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, StatusRole, DataFoundRole});
        i = j;
    }
    for (int page : std::as_const(pagesWithData))
        refreshPage(page);
}

void LeadTableModel::refreshPage(int page)
{
    // The search answers leads with their current emails and phones, and
    // enrichment never moves a lead in the order (contract rule 1), so the
    // page that holds it is the place to fetch it again. The old rows stay
    // on screen until the new ones arrive.
    if (m_requested.contains(page))
        return;
    ++m_refreshedPages;
    requestPage(page, true);
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Lead *lead = leadAt(index.row());
    if (!lead) {
        if (role == Qt::DisplayRole)
            requestPage(index.row() / kPageSize);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        return {};
    }
    const bool statusColumn =
        index.column() == EmailStatusColumn || index.column() == PhoneStatusColumn;
    if (statusColumn && role != LeadIdRole && role != LoadedRole) {
        return statusData(*lead,
                          index.column() == EmailStatusColumn ? ContactField::Emails
                                                              : ContactField::Phones,
                          role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*lead, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("%1\n%2 at %3\n%4, %5")
                .arg(lead->fullName(), lead->jobTitle, lead->company, lead->city, lead->country);
        return display(*lead, index.column());
    case LeadIdRole:
        return lead->id;
    case LoadedRole:
        return true;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_selection.isSelected(lead->id) ? Qt::Checked : Qt::Unchecked;
        return {};
    default:
        return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return {};
    }
    if (role == Qt::ToolTipRole)
        return LeadColumns::sortToolTip(section, m_serverSorts);
    if (role == Qt::DisplayRole)
        return LeadColumns::title(section);
    return {};
}

} // namespace lance
