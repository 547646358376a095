#pragma once

#include "enrichment.h"
#include "filter_set.h"
#include "lead.h"
#include "selection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>

namespace lance {

class LeadPageSource;

// The lead table, lazy and paged: rowCount is the server's total, rows are
// fetched a page at a time as the view asks for them, far-away pages are
// evicted, and answers for an older filter or sort are dropped by
// generation. It never holds every row.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        JobTitleColumn,
        SeniorityColumn,
        DepartmentColumn,
        CompanyColumn,
        IndustryColumn,
        CityColumn,
        CountryColumn,
        EmailsColumn,
        PhonesColumn,
        // Live enrichment status; empty until the poller feeds the model.
        EmailStatusColumn,
        PhoneStatusColumn,
        ColumnCount
    };
    enum Role
    {
        LeadIdRole = Qt::UserRole + 1,
        // False while the row's page is still on its way. Reading it never
        // asks for the page (only what a view paints does), so it is an
        // honest probe of what has been loaded.
        LoadedRole,
        // On the status columns: the EnrichmentStatus as an int, or -1 when
        // the model has heard of no enrichment; the view draws its icon.
        StatusRole,
        // On the status columns: true when a finished enrichment found data.
        DataFoundRole,
    };
    static constexpr int kPageSize = 100;
    static constexpr int kDefaultMaxPages = 200;

    explicit LeadTableModel(QObject *parent = nullptr);

    void setSource(LeadPageSource *source);
    void setFilters(const FilterSet &filters);
    void setSort(const SortSpec &sort);
    // A click on a column's header: sorts by it, or reverses when it is the
    // current sort. False, and nothing changes, for a column the server
    // cannot sort on.
    bool sortByColumn(int column);
    // Whether the server sorts (its /meta): without, header clicks change
    // nothing, the rows are in the server's own order and the header
    // tooltips say so.
    void setServerSorts(bool sorts);
    FilterSet filters() const { return m_filters; }
    SortSpec sortSpec() const { return m_sort; }
    // Drops every loaded page and asks again (F5).
    void reload();
    // Asks again for what failed since the last reload (pages, the count):
    // the server is back. A table that never got its first page starts over.
    void retryFailed();
    // Something failed since the last reload and was not fetched since.
    bool hasFailures() const { return !m_failedPages.isEmpty() || m_totalFailed; }
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }

    qint64 total() const { return m_total; }
    // False until the first page of the current filter and sort has answered:
    // a total of 0 then means "not known yet", not "no leads".
    bool isTotalKnown() const { return m_totalKnown; }
    bool isLoading() const { return !m_inFlight.isEmpty() || m_awaitingTotal; }
    int loadedPageCount() const { return int(m_pages.size()); }
    // The lead at a row, or nullptr while its page is not loaded.
    const Lead *leadAt(int row) const;
    // The row of a loaded lead, or -1.
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }
    // The selection with hand-picked leads in the order the table shows
    // them, not the order they were clicked: "the first N I can afford"
    // means the first N on screen. Leads whose rows are not loaded follow,
    // in the order picked. "All that match" is in the table's order already.
    Selection selectionInViewOrder() const;
    // The ids of rows first..last, loaded or not: `done` gets the loaded
    // ones at once, then those of each missing page as the source answers
    // it (or that page's error). Pages asked for here are not kept as
    // rows; answers that arrive after a new filter, sort or reload are
    // dropped, since those rows mean other leads now.
    using IdsResolved = std::function<void(const QStringList &ids, const QString &error)>;
    void resolveIds(int firstRow, int lastRow, const IdsResolved &done);

    // Live status from the poller's batched signal: the status columns of
    // the loaded rows among them change (one dataChanged per run of
    // neighbouring rows), and a lead whose enrichment found data has its
    // page fetched again so the new emails or phones appear. Statuses are
    // kept by person id, so they survive scrolling, eviction and re-sorting.
    void applyEnrichments(const QList<lance::Enrichment> &changed);
    // Another server: what the old one said about its leads means nothing.
    void forgetLiveStatus();
    // The last status the model heard of, or -1 (as StatusRole).
    int statusOf(const QString &personId, ContactField field) const;
    // Pages fetched again after found data, for tests and benchmarks.
    int refreshedPageCount() const { return m_refreshedPages; }

    // The rep's pick, shown as the name column's checkbox. Kept by id, so it
    // survives scrolling, eviction, re-sorting and filter changes (the
    // window says how many picks the filters hide); "all that match" ends
    // when the filter changes, since it named the old filter's leads, and
    // says so through allMatchingEnded.
    const Selection &selection() const { return m_selection; }
    void setSelected(const QStringList &ids, bool selected);
    void toggleSelected(const QString &id);
    void selectAllMatching();
    void clearSelection();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void selectionChanged();
    // A filter change ended "all that match": `count` leads were selected.
    void allMatchingEnded(qint64 count);

private:
    void restart();
    void requestPage(int page, bool evenIfLoaded = false) const;
    void onPageReady(quint64 requestId, int page, const QList<lance::Lead> &leads, qint64 total);
    void onPageFailed(quint64 requestId, const QString &message);
    void evictFarPages(int nearPage);
    void reportLoading();
    void onTotalReady(quint64 requestId, qint64 total);
    void onTotalFailed(quint64 requestId, const QString &message);
    // known=false: rows seen so far, while the source counts the rest.
    void setTotal(qint64 total, bool known = true);
    void refreshPage(int page);
    QVariant display(const Lead &lead, int column) const;
    QVariant statusData(const Lead &lead, ContactField field, int role) const;
    void selectionEdited(); // repaints the checkboxes of loaded rows, tells the window
    void changedLoadedRows(const QList<int> &roles);
    bool answerResolve(quint64 requestId, const QList<lance::Lead> &leads, const QString &error);

    // What the poller last said about one (person, field).
    struct LiveStatus
    {
        qint8 status = -1; // EnrichmentStatus, -1 unknown
        qint8 dataFound = -1;
        QString error;
    };
    // The status a lead's server-reported outcome ("not_found") stands for.
    static const LiveStatus &serverOutcome(const QString &outcome);
    struct PersonStatus
    {
        LiveStatus emails, phones;
        LiveStatus &of(ContactField f) { return f == ContactField::Emails ? emails : phones; }
        const LiveStatus &of(ContactField f) const
        {
            return f == ContactField::Emails ? emails : phones;
        }
    };

    QPointer<LeadPageSource> m_source;
    FilterSet m_filters;
    SortSpec m_sort;
    qint64 m_total = 0;
    bool m_totalKnown = false;
    int m_maxPages = kDefaultMaxPages;
    QHash<int, QList<Lead>> m_pages;
    QHash<QString, int> m_rowById;
    // Requests of the current generation: id -> page. Anything else that
    // arrives is stale.
    mutable QHash<quint64, int> m_inFlight;
    mutable QSet<int> m_requested;
    QSet<int> m_failedPages;
    bool m_totalFailed = false;
    bool m_serverSorts = true;
    // Every request of the current generation, for totals that arrive
    // after their page.
    mutable QSet<quint64> m_generationIds;
    bool m_awaitingTotal = false;
    // resolveIds' page requests of the current generation.
    struct Resolve
    {
        int page;
        int firstRow;
        int lastRow;
        IdsResolved done;
    };
    QHash<quint64, Resolve> m_resolving;
    mutable int m_lastRequestedPage = 0;
    // loadingChanged is emitted on change only; data() queues the check.
    bool m_reportedLoading = false;
    mutable bool m_loadingCheckQueued = false;
    QHash<QString, PersonStatus> m_status;
    Selection m_selection;
    int m_refreshedPages = 0;
};

} // namespace lance
