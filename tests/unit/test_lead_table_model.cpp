// LeadTableModel's paging logic, with an in-process page source that answers
// asynchronously as the network would (the HTTP path is covered by the ui
// tests against the real engine).
#include "lead_page_source.h"
#include "lead_table_model.h"

#include <QAbstractItemModelTester>
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
    int total() const { return m_total; }
    void setTotal(int total) { m_total = total; }

    quint64 requestPage(const FilterSet &filters, const SortSpec &, int page, int pageSize) override
    {
        const quint64 id = ++m_nextId;
        requestedPages << page;
        requestedFilters << filters;
        // Filtering by "country" keeps every other lead, so a filter change
        // is visible in the data.
        const bool halved = filters.contains(QStringLiteral("country"));
        const int total = halved ? m_total / 2 : m_total;
        QTimer::singleShot(0, this, [this, id, page, pageSize, total, halved] {
            QList<Lead> leads;
            for (int row = page * pageSize; row < qMin(total, (page + 1) * pageSize); ++row) {
                Lead l;
                const int n = halved ? row * 2 : row;
                l.id = QStringLiteral("lead-%1").arg(n);
                l.firstName = QStringLiteral("First%1").arg(n);
                l.lastName = QStringLiteral("Last%1").arg(n);
                leads << l;
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

    void memoryStaysBoundedWhileScrolling()
    {
        GeneratedSource source(200000);
        LeadTableModel model;
        model.setMaxCachedPages(20);
        model.setSource(&source);
        QTRY_COMPARE(model.total(), qint64(200000));
        // Scroll through 1,000 pages as a view would, one screen at a time.
        for (int page = 0; page < 1000; page += 5) {
            nameAt(model, page * 100);
            QTRY_VERIFY(!model.isLoading());
            QVERIFY2(model.loadedPageCount() <= 20,
                     qPrintable(QString::number(model.loadedPageCount())));
        }
        // The pages kept are the ones near where the user is.
        QCOMPARE(nameAt(model, 99500), QStringLiteral("First99500 Last99500"));
        QCOMPARE(nameAt(model, 0), QStringLiteral("Loading…"));
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
