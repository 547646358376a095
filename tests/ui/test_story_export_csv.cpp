// Story (h): a rep enriches a few leads, then exports CSV twice: the four
// leads she picked, and (nothing picked) every lead of one country picked in
// the filter panel. Each file, read back as a spreadsheet would, holds
// exactly the engine's data for those leads, in the table's order, with the
// emails just found.
#include "filter_panel.h"
#include "story_harness.h"

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

using namespace lance;
using lance::test::DemoApp;

namespace {

// Reads the file as a spreadsheet does, with a CSV reader that shares no code
// with the exporter: Python's csv module in its "excel" dialect, strict about
// malformed quoting, the UTF-8 byte order mark taken off as Excel does. The
// records come back as a JSON array of arrays of strings.
const char *const kSpreadsheetReader = R"(
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    json.dump(list(csv.reader(f, strict=True)), sys.stdout)
)";

// The records of `path`, header first; empty (and why, as a warning) when
// the reader cannot run or rejects the file.
QList<QStringList> readAsSpreadsheet(const QString &path)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        qWarning("python3 not found (installer/install-deps.sh installs it)");
        return {};
    }
    QProcess reader;
    reader.start(python, {QStringLiteral("-c"), QString::fromUtf8(kSpreadsheetReader), path});
    if (!reader.waitForFinished(30000) || reader.exitStatus() != QProcess::NormalExit ||
        reader.exitCode() != 0) {
        qWarning().noquote() << "the CSV reader failed:" << reader.readAllStandardError();
        return {};
    }
    QList<QStringList> records;
    for (const QJsonValue &record : QJsonDocument::fromJson(reader.readAllStandardOutput()).array())
        records << record.toVariant().toStringList();
    return records;
}

// Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts
// with one of these as a formula, even from a CSV file (OWASP, "CSV
// Injection"): such a value must reach the sheet as text, which the
// exporter marks with a leading apostrophe.
bool spreadsheetRunsAsFormula(const QString &cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

} // namespace

class TestStoryExportCsv : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_out;

    // Every lead the engine returns for this search, in its order, through
    // the same API the app uses; empty on any failure (the caller compares).
    static QList<Lead> engineLeads(DemoApp &app, const FilterSet &filters, const SortSpec &sort)
    {
        QList<Lead> all;
        for (int page = 0;; ++page) {
            QObject context;
            bool done = false;
            bool ok = false;
            bool last = true;
            app.client.search(filters, sort, page, 100, &context, [&](const Result<SearchPage> &r) {
                done = true;
                ok = r.ok();
                if (ok) {
                    all += r.value->leads;
                    last = r.value->leads.size() < 100 || all.size() >= r.value->totalElements;
                }
            });
            if (!QTest::qWaitFor([&] { return done; }, 30000) || !ok)
                return {};
            if (last)
                return all;
        }
    }

    // Export CSV…, as the rep does it: the action, then the save dialog
    // answered with `path`. Returns the file's records as a spreadsheet
    // reads them, header first, once the status bar says it was exported
    // there; empty if anything failed. `bom`: whether the file starts with
    // the UTF-8 byte order mark Excel needs to read UTF-8.
    static QList<QStringList> exportTo(DemoApp &app, const QString &path, bool *bom)
    {
        QAction *exportAction = app.action("exportCsvAction");
        if (!exportAction || !exportAction->isEnabled())
            return {};
        exportAction->trigger();
        QFileDialog *dialog = nullptr;
        // The dialog of an earlier export may linger hidden until deleted:
        // only the one on screen is this export's.
        (void)QTest::qWaitFor(
            [&] {
                dialog = nullptr;
                const auto dialogs =
                    app.window->findChildren<QFileDialog *>(QStringLiteral("exportFileDialog"));
                for (QFileDialog *d : dialogs)
                    if (d->isVisible())
                        dialog = d;
                return dialog != nullptr;
            },
            10000);
        if (!dialog)
            return {};
        dialog->selectFile(path);
        // QFileDialog::accept() is protected; QDialog's is the public slot
        // the Save button reaches, and it dispatches to the file dialog's.
        static_cast<QDialog *>(dialog)->accept();
        QStatusBar *status = app.window->statusBar();
        if (!QTest::qWaitFor(
                [&] {
                    const QString message = status->currentMessage();
                    return message.startsWith(QStringLiteral("Exported")) && message.contains(path);
                },
                30000)) {
            qWarning().noquote() << "status bar:" << status->currentMessage();
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        *bom = file.read(3) == "\xEF\xBB\xBF";
        return readAsSpreadsheet(path);
    }

    // The file holds exactly `expected`, in that order, cell for cell: each
    // cell shows the engine's value, as text an apostrophe marks where a
    // spreadsheet would otherwise run it as a formula. `guarded` counts
    // those cells.
    static void compareWithEngine(const QList<QStringList> &records, const QList<Lead> &expected,
                                  int *guarded)
    {
        QVERIFY(!records.isEmpty());
        const QStringList header = records.first();
        const QStringList labels{
            QStringLiteral("Id"),        QStringLiteral("First name"), QStringLiteral("Last name"),
            QStringLiteral("Job title"), QStringLiteral("Seniority"),  QStringLiteral("Department"),
            QStringLiteral("Company"),   QStringLiteral("Industry"),   QStringLiteral("City"),
            QStringLiteral("Country"),   QStringLiteral("LinkedIn"),   QStringLiteral("Emails"),
            QStringLiteral("Phones")};
        QCOMPARE(header, labels);
        QCOMPARE(records.size() - 1, expected.size());
        const QString sep = QStringLiteral("; ");
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList &row = records.at(i + 1);
            const Lead &lead = expected.at(i);
            QCOMPARE(row.size(), header.size());
            const QStringList want{lead.id,
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
            for (qsizetype c = 0; c < want.size(); ++c) {
                const QString &cell = row.at(c);
                const QString &value = want.at(c);
                const auto where = [&] {
                    return QStringLiteral("row %1 (%2), %3: \"%4\", engine has \"%5\"")
                        .arg(i + 1)
                        .arg(lead.id, header.at(c), cell, value);
                };
                if (spreadsheetRunsAsFormula(cell))
                    QFAIL(qPrintable(QStringLiteral("a spreadsheet would run ") + where()));
                const bool markedAsText =
                    spreadsheetRunsAsFormula(value) && cell == QLatin1Char('\'') + value;
                if (cell != value && !markedAsText)
                    QFAIL(qPrintable(where()));
                *guarded += markedAsText ? 1 : 0;
            }
        }
    }

private slots:
    void initTestCase()
    {
        lance::test::isolateSettings("story-h");
        QVERIFY(m_out.isValid());
    }

    void exportPickedThenFilteredMatchesEngine()
    {
        DemoApp app(800);
        QVERIFY(app.start());

        // A few leads enriched first, so the export has emails to carry.
        const QList<int> rows{0, 1, 2, 3};
        app.clickRow(0);
        for (int row : rows.mid(1))
            app.clickRow(row, Qt::ControlModifier);
        QTRY_COMPARE(app.model()->selection().count(), 4);
        const QStringList picked = app.model()->selection().ids();
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        dialog->enrichButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(app.allFinal(rows, LeadTableModel::EmailStatusColumn), 30000);
        QStringList foundIds;
        for (int row : rows)
            if (app.model()
                    ->index(row, LeadTableModel::EmailStatusColumn)
                    .data(LeadTableModel::DataFoundRole)
                    .toBool())
                foundIds << app.idAt(row);
        // The demo engine's outcomes are seeded, so this is the same every run.
        QVERIFY(!foundIds.isEmpty());

        // 1. The four picked: exactly those, in the table's order.
        const QString pickedPath = m_out.filePath(QStringLiteral("picked.csv"));
        bool bom = false;
        const QList<QStringList> pickedCsv = exportTo(app, pickedPath, &bom);
        QVERIFY(!pickedCsv.isEmpty());
        QVERIFY(bom);
        QList<Lead> pickedLeads;
        for (const Lead &lead : engineLeads(app, app.model()->filters(), app.model()->sortSpec()))
            if (picked.contains(lead.id))
                pickedLeads << lead;
        QCOMPARE(pickedLeads.size(), 4);
        int guarded = 0;
        compareWithEngine(pickedCsv, pickedLeads, &guarded);
        if (QTest::currentTestFailed())
            return;
        for (qsizetype i = 1; i < pickedCsv.size(); ++i) {
            const QStringList &row = pickedCsv.at(i);
            // The emails column holds an address for every lead found.
            QCOMPARE(!row.at(11).isEmpty(), foundIds.contains(row.at(0)));
            if (foundIds.contains(row.at(0)))
                QVERIFY2(row.at(11).contains(QLatin1Char('@')), qPrintable(row.at(11)));
        }

        // 2. Nothing picked, one country filtered: every lead that matches.
        app.action("selectNoneAction")->trigger();
        QTRY_VERIFY(app.model()->selection().isEmpty());
        const Lead first = *app.model()->leadAt(0); // enriched above
        const QString country = app.pickFacet("country", first.country);
        QCOMPARE(country, first.country);
        QTRY_VERIFY(app.model()->isTotalKnown() && app.model()->leadAt(0));
        const qint64 matching = app.model()->total();
        QVERIFY(matching > 0 && matching < 800);
        const QString countryPath = m_out.filePath(QStringLiteral("country.csv"));
        const QList<QStringList> countryCsv = exportTo(app, countryPath, &bom);
        QVERIFY(!countryCsv.isEmpty());
        const QList<Lead> countryLeads =
            engineLeads(app, app.model()->filters(), app.model()->sortSpec());
        QCOMPARE(qint64(countryLeads.size()), matching);
        compareWithEngine(countryCsv, countryLeads, &guarded);
        if (QTest::currentTestFailed())
            return;
        // The demo's phone numbers start with "+": the guard was exercised.
        QVERIFY(guarded > 0);
        for (qsizetype i = 1; i < countryCsv.size(); ++i)
            QCOMPARE(countryCsv.at(i).at(9), country);
        // The enriched lead of that country is in it, with its email.
        bool sawFirst = false;
        for (qsizetype i = 1; i < countryCsv.size(); ++i) {
            if (countryCsv.at(i).at(0) != first.id)
                continue;
            sawFirst = true;
            QCOMPARE(!countryCsv.at(i).at(11).isEmpty(), foundIds.contains(first.id));
        }
        QVERIFY(sawFirst);
        QCOMPARE(app.window->statusBar()->currentMessage(),
                 QStringLiteral("Exported %L1 %2 to %3")
                     .arg(matching)
                     .arg(matching == 1 ? QStringLiteral("lead") : QStringLiteral("leads"))
                     .arg(countryPath));
    }
};

QTEST_MAIN(TestStoryExportCsv)
#include "test_story_export_csv.moc"
