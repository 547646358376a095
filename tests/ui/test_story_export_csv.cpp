// Story (h): a rep enriches a few leads, then exports CSV twice: the four
// leads she picked, and (nothing picked) every lead of one country picked in
// the filter panel. Each file, read back as a spreadsheet would, holds
// exactly the engine's data for those leads, in the table's order, with the
// emails just found.
#include "filter_panel.h"
#include "story_harness.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>

using namespace lance;
using lance::test::DemoApp;

namespace {

// RFC 4180, written here rather than borrowed from the exporter so the test
// reads the file as an outside tool does: records end with CRLF, a quoted
// field may hold commas, CR, LF and doubled quotes. Returns false on a
// malformed file (a quote inside an unquoted field, an unterminated quote).
bool parseCsv(const QString &text, QList<QStringList> *records)
{
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (and closed)
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                wasQuoted = true;
            } else {
                field += c;
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return false;
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false; // a bare CR outside quotes
            record << field;
            *records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i; // the LF
        } else {
            if (wasQuoted)
                return false;
            field += c;
        }
        ++i;
    }
    // The file ends with CRLF, so nothing may be left over.
    return !quoted && field.isEmpty() && record.isEmpty();
}

// What a CSV cell holds for an engine value: the exporter makes a cell that
// a spreadsheet would run as a formula into text with a leading apostrophe
// (csv_export.h); a "+44 …" phone is the case that really occurs.
QString asCell(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return QLatin1Char('\'') + value;
    return value;
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
    // answered with `path`. Returns the file's records, header first, once
    // the status bar says it was exported there; empty if anything failed.
    static QList<QStringList> exportTo(DemoApp &app, const QString &path, QString *bom)
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
        QByteArray bytes = file.readAll();
        // Excel needs the byte order mark to read UTF-8; it is not data.
        *bom = bytes.startsWith("\xEF\xBB\xBF") ? QStringLiteral("yes") : QStringLiteral("no");
        if (*bom == QLatin1String("yes"))
            bytes.remove(0, 3);
        QList<QStringList> records;
        if (!parseCsv(QString::fromUtf8(bytes), &records))
            return {};
        return records;
    }

    // The file holds exactly `expected`, in that order, cell for cell.
    static void compareWithEngine(const QList<QStringList> &records, const QList<Lead> &expected)
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
                if (row.at(c) != asCell(want.at(c)))
                    QFAIL(qPrintable(QStringLiteral("row %1 (%2), %3: \"%4\", engine has \"%5\"")
                                         .arg(i + 1)
                                         .arg(lead.id, header.at(c), row.at(c), want.at(c))));
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
        QString bom;
        const QList<QStringList> pickedCsv = exportTo(app, pickedPath, &bom);
        QVERIFY(!pickedCsv.isEmpty());
        QCOMPARE(bom, QStringLiteral("yes"));
        QList<Lead> pickedLeads;
        for (const Lead &lead : engineLeads(app, app.model()->filters(), app.model()->sortSpec()))
            if (picked.contains(lead.id))
                pickedLeads << lead;
        QCOMPARE(pickedLeads.size(), 4);
        compareWithEngine(pickedCsv, pickedLeads);
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
        compareWithEngine(countryCsv, countryLeads);
        if (QTest::currentTestFailed())
            return;
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
                 QStringLiteral("Exported %1 lead(s) to %2").arg(matching).arg(countryPath));
    }
};

QTEST_MAIN(TestStoryExportCsv)
#include "test_story_export_csv.moc"
