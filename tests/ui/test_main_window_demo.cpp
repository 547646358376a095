// A new user's first minute: demo mode starts the built-in engine, the
// window shows every demo lead through LanceClient over HTTP, scrolling to
// the end loads the last rows, and the window remembers its layout.
#include "engine.h"
#include "i18n.h"
#include "lance_client.h"
#include "lead_table_model.h"
#include "main_window.h"

#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace lance;

class TestMainWindowDemo : public QObject
{
    Q_OBJECT
private:
    // Each test function starts from nothing: its own database folder and
    // empty settings, so none depends on what an earlier one left behind.
    std::unique_ptr<QTemporaryDir> m_dir;

    engine::EngineConfig demoConfig() const
    {
        engine::EngineConfig c;
        c.port = 0;
        c.dbPath = m_dir->filePath(QStringLiteral("demo.sqlite"));
        c.seedDemo = 1234;
        c.tokens = {{QStringLiteral("ui-test-token"), QStringLiteral("demo_user"),
                     QStringLiteral("demo_org")}};
        return c;
    }

private slots:
    void initTestCase()
    {
        installTranslations(QStringLiteral("en")); // as the app shows English
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LanceTest"));
        QCoreApplication::setApplicationName(QStringLiteral("Lance Desk UI test"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings().clear();
    }

    void demoModeShowsEveryLeadAndPagesToTheEnd()
    {
        LanceClient client;
        MainWindow window(&client);
        window.show();
        engine::EmbeddedEngine engine;
        QSignalSpy started(&engine, &engine::EmbeddedEngine::started);
        QSignalSpy progress(&engine, &engine::EmbeddedEngine::generationProgress);
        connect(&engine, &engine::EmbeddedEngine::generationProgress, &window,
                &MainWindow::setStartupProgress);
        window.showStarting(QStringLiteral("Starting…"));
        engine.start(demoConfig());
        QVERIFY(started.wait(60000));
        QVERIFY(progress.size() >= 1); // the first run creates the demo leads
        QVERIFY(client.setServer(engine.baseUrl(), engine.token()));
        window.showConnected(true);

        QTableView *table = window.findChild<QTableView *>(QStringLiteral("leadTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 1234);
        QTRY_VERIFY(table->model()->index(0, 0).data(LeadTableModel::LoadedRole).toBool());
        QVERIFY(
            !table->model()->index(0, LeadTableModel::CompanyColumn).data().toString().isEmpty());
        // Rows far below are not loaded until the user gets there.
        QCOMPARE(window.leadModel()->loadedPageCount(), 1);

        table->scrollToBottom();
        QTRY_VERIFY(table->model()->index(1233, 0).data(LeadTableModel::LoadedRole).toBool());
        QVERIFY(table->model()->index(1233, 0).data().toString() != QLatin1String("Loading…"));
        QVERIFY(window.leadModel()->loadedPageCount() < 13);

        // The app icon is compiled into the UI library.
        QVERIFY(!QIcon(QStringLiteral(":/icons/lance-desk.svg")).pixmap(64, 64).isNull());
        auto *badge = window.findChild<QLabel *>(QStringLiteral("demoBadge"));
        QVERIFY(badge && badge->isVisible());
        auto *balance = window.findChild<QLabel *>(QStringLiteral("creditBalance"));
        QTRY_COMPARE(balance->text(), QLocale().toString(1000) + QStringLiteral(" credits"));
        auto *total = window.findChild<QLabel *>(QStringLiteral("leadTotal"));
        QCOMPARE(total->text(), QLocale().toString(1234) + QStringLiteral(" leads"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("loadError"))->isHidden());
        // Every column is there, the status ones waiting for live status.
        QCOMPARE(table->model()->columnCount(), int(LeadTableModel::ColumnCount));
        QCOMPARE(table->model()
                     ->headerData(LeadTableModel::PhoneStatusColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Phone status"));

        // F5 reloads through the same path.
        QAction *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh && refresh->isEnabled());
        refresh->trigger();
        QTRY_VERIFY(table->model()->index(0, 0).data(LeadTableModel::LoadedRole).toBool());

        // A click on a header sorts on the server; a second click reverses.
        QHeaderView *sortHeader = table->horizontalHeader();
        const auto clickHeader = [&](int column) {
            table->scrollTo(table->model()->index(table->rowAt(0), column));
            QTest::mouseClick(
                sortHeader->viewport(), Qt::LeftButton, {},
                QPoint(sortHeader->sectionViewportPosition(column) + 10, sortHeader->height() / 2));
        };
        clickHeader(LeadTableModel::JobTitleColumn);
        QCOMPARE(window.leadModel()->sortSpec().key, QStringLiteral("job_title"));
        QVERIFY(!window.leadModel()->sortSpec().descending);
        QTRY_VERIFY(window.leadModel()->leadAt(20));
        for (int row = 1; row <= 20; ++row)
            QVERIFY(window.leadModel()->leadAt(row - 1)->jobTitle.compare(
                        window.leadModel()->leadAt(row)->jobTitle, Qt::CaseInsensitive) <= 0);
        clickHeader(LeadTableModel::JobTitleColumn);
        QVERIFY(window.leadModel()->sortSpec().descending);
        QTRY_VERIFY(window.leadModel()->leadAt(20));
        QVERIFY(window.leadModel()->leadAt(0)->jobTitle.compare(
                    window.leadModel()->leadAt(20)->jobTitle, Qt::CaseInsensitive) >= 0);
        QCOMPARE(sortHeader->sortIndicatorSection(), int(LeadTableModel::JobTitleColumn));
        // Status columns are not sortable on the server: a click changes
        // nothing, and the arrow stays where the order really is.
        for (int column : {LeadTableModel::EmailStatusColumn, LeadTableModel::EmailsColumn,
                           LeadTableModel::PhoneStatusColumn}) {
            clickHeader(column);
            QCOMPARE(window.leadModel()->sortSpec().key, QStringLiteral("job_title"));
            QCOMPARE(sortHeader->sortIndicatorSection(), int(LeadTableModel::JobTitleColumn));
            QCOMPARE(sortHeader->sortIndicatorOrder(), Qt::DescendingOrder);
        }
        // The header says what can be sorted, and by what.
        QCOMPARE(table->model()
                     ->headerData(LeadTableModel::NameColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Sorts by last name"));
        QCOMPARE(
            table->model()
                ->headerData(LeadTableModel::EmailStatusColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString(),
            QStringLiteral("This column cannot be sorted"));
        window.close();
        engine.stop();
    }

    void layoutIsRememberedAcrossRuns()
    {
        const QList<int> untouched = [] {
            LanceClient client;
            MainWindow window(&client);
            auto *header =
                window.findChild<QTableView *>(QStringLiteral("leadTable"))->horizontalHeader();
            return QList<int>{header->visualIndex(LeadTableModel::CountryColumn),
                              header->sectionSize(LeadTableModel::CompanyColumn)};
        }();
        QVERIFY(untouched != (QList<int>{1, 333}));
        {
            // The first run: move a column and resize one, close.
            LanceClient client;
            MainWindow window(&client);
            window.show();
            QTableView *table = window.findChild<QTableView *>(QStringLiteral("leadTable"));
            QHeaderView *header = table->horizontalHeader();
            header->moveSection(header->visualIndex(LeadTableModel::CountryColumn), 1);
            table->setColumnWidth(LeadTableModel::CompanyColumn, 333);
            // An arrow left on Name, as an older run could save it.
            header->setSortIndicatorShown(true);
            header->setSortIndicator(LeadTableModel::NameColumn, Qt::AscendingOrder);
            window.close();
        }
        // The next run opens as it was left.
        LanceClient client;
        MainWindow window(&client);
        QTableView *table = window.findChild<QTableView *>(QStringLiteral("leadTable"));
        // No arrow claims an order the rows are not in.
        QVERIFY(window.leadModel()->sortSpec().key.isEmpty());
        QVERIFY(!table->horizontalHeader()->isSortIndicatorShown());
        QCOMPARE(table->horizontalHeader()->visualIndex(LeadTableModel::CountryColumn), 1);
        QCOMPARE(table->columnWidth(LeadTableModel::CompanyColumn), 333);
    }

    // Issue 12, item 2: a first start fits the screen it opens on (the
    // offscreen screen is 800×600, smaller than any laptop's), the status
    // bar's balance and Demo badge on it; a saved layout from a bigger
    // screen is brought back onto this one.
    void theWindowFitsTheScreen()
    {
        const auto fits = [](const MainWindow &window) {
            const QRect available = window.screen()->availableGeometry();
            const QRect frame = window.frameGeometry();
            return available.contains(frame) ||
                   (qWarning() << "window" << frame << "screen" << available, false);
        };
        {
            LanceClient client;
            MainWindow window(&client);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(fits(window));
            auto *balance = window.findChild<QLabel *>(QStringLiteral("creditBalance"));
            const QRect onScreen(balance->mapTo(&window, QPoint(0, 0)), balance->size());
            QVERIFY2(window.rect().contains(onScreen), "the balance is outside the window");
            // Left as a bigger screen would have it: the next start must not
            // take that at its word.
            window.setGeometry(2000, 1500, 1500, 1100);
            window.close();
        }
        LanceClient client;
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(fits(window));
    }

    void aSecondRunReusesTheDemoDatabase()
    {
        {
            // The first run creates the demo leads.
            engine::EmbeddedEngine first;
            QSignalSpy started(&first, &engine::EmbeddedEngine::started);
            QSignalSpy progress(&first, &engine::EmbeddedEngine::generationProgress);
            first.start(demoConfig());
            QVERIFY(started.wait(60000));
            QVERIFY(progress.size() >= 1);
            first.stop();
        }
        engine::EmbeddedEngine engine;
        QSignalSpy started(&engine, &engine::EmbeddedEngine::started);
        QSignalSpy progress(&engine, &engine::EmbeddedEngine::generationProgress);
        engine.start(demoConfig());
        QVERIFY(started.wait(60000));
        QCOMPARE(progress.size(), 0); // nothing generated again
        LanceClient client;
        QVERIFY(client.setServer(engine.baseUrl(), engine.token()));
        MainWindow window(&client);
        window.showConnected(true);
        QTRY_COMPARE(window.leadModel()->rowCount(), 1234);
    }

    void aFailingEngineIsShownNotHidden()
    {
        engine::EngineConfig c = demoConfig();
        c.dbPath = QStringLiteral("/proc/no-such-dir/demo.sqlite");
        engine::EmbeddedEngine engine;
        QSignalSpy failed(&engine, &engine::EmbeddedEngine::failed);
        LanceClient client;
        MainWindow window(&client);
        connect(&engine, &engine::EmbeddedEngine::failed, &window, &MainWindow::showFatalError);
        engine.start(c);
        QVERIFY(failed.wait(30000));
        auto *message = window.findChild<QLabel *>(QStringLiteral("startupMessage"));
        QVERIFY(message->text().contains(QStringLiteral("no-such-dir")));
    }

    void aServerThatStopsAnsweringIsShownInTheStatusBar()
    {
        // A port nothing listens on: every request is refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        LanceClient client;
        client.setRetryPolicy({1, 10, 10});
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        QVERIFY(client.setServer(url, QStringLiteral("any-token")));
        MainWindow window(&client);
        window.show();
        window.showConnected(false);

        auto *error = window.findChild<QLabel *>(QStringLiteral("loadError"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("refused")), qPrintable(error->text()));
        // A long message does not push the window past the screen.
        QApplication::processEvents();
        QVERIFY2(window.screen()->availableGeometry().contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1 x %2")
                                .arg(window.frameGeometry().width())
                                .arg(window.screen()->availableGeometry().width())));
        auto *balance = window.findChild<QLabel *>(QStringLiteral("creditBalance"));
        QTRY_COMPARE(balance->text(), QStringLiteral("Balance unavailable"));
        // No total is claimed for leads that never arrived, and no
        // "Counting…" for ever either.
        auto *total = window.findChild<QLabel *>(QStringLiteral("leadTotal"));
        QTRY_COMPARE(total->text(), QStringLiteral("Count unavailable"));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("demoBadge"))->isVisible());
        // Told in the status bar, not by a dialog per failed page.
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY2(!qobject_cast<QMessageBox *>(w) || !w->isVisible(), "a modal dialog opened");
    }
};

QTEST_MAIN(TestMainWindowDemo)
#include "test_main_window_demo.moc"
