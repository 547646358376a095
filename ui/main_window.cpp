#include "main_window.h"

#include "client_page_source.h"
#include "lance_client.h"
#include "lead_table_model.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace lance {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kHeaderKey = QStringLiteral("mainWindow/leadTableHeader");
} // namespace

MainWindow::MainWindow(LanceClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new LeadTableModel(this))
    , m_source(new ClientPageSource(client, this))
    , m_pages(new QStackedWidget(this))
    , m_startupLabel(new QLabel(this))
    , m_startupProgress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_connectionLabel(new QLabel(this))
    , m_totalLabel(new QLabel(this))
    , m_balanceLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_demoBadge(new QLabel(tr("Demo data"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lance Desk"));

    auto *startup = new QWidget(this);
    startup->setObjectName(QStringLiteral("startupPage"));
    auto *startupLayout = new QVBoxLayout(startup);
    startupLayout->addStretch();
    m_startupLabel->setObjectName(QStringLiteral("startupMessage"));
    m_startupLabel->setAccessibleName(tr("Start-up status"));
    m_startupLabel->setAlignment(Qt::AlignCenter);
    m_startupLabel->setWordWrap(true);
    startupLayout->addWidget(m_startupLabel);
    m_startupProgress->setObjectName(QStringLiteral("startupProgress"));
    m_startupProgress->setAccessibleName(tr("Start-up progress"));
    m_startupProgress->setRange(0, 0);
    m_startupProgress->setMaximumWidth(420);
    startupLayout->addWidget(m_startupProgress, 0, Qt::AlignHCenter);
    startupLayout->addStretch();
    m_pages->addWidget(startup);

    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setAccessibleName(tr("Leads"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false);
    // Fixed row heights let the view place a million rows without asking
    // each one its size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Default widths, in LeadTableModel::Column order; the user's own layout
    // (restored below) wins over them.
    const int widths[] = {180, 220, 90, 130, 200, 150, 120, 130, 240, 160, 110, 110};
    static_assert(std::size(widths) == LeadTableModel::ColumnCount,
                  "one default width per lead table column");
    for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_pages->addWidget(m_table);
    setCentralWidget(m_pages);

    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_totalLabel->setObjectName(QStringLiteral("leadTotal"));
    m_totalLabel->setAccessibleName(tr("Leads matching"));
    m_balanceLabel->setObjectName(QStringLiteral("creditBalance"));
    m_balanceLabel->setAccessibleName(tr("Credit balance"));
    // One label that holds the latest failure: a server that keeps failing
    // while the user scrolls must not open a dialog per page.
    m_errorLabel->setObjectName(QStringLiteral("loadError"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_errorLabel->setWordWrap(false);
    m_errorLabel->hide();
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setAccessibleName(tr("Demo data: the embedded engine with generated leads"));
    m_demoBadge->setToolTip(tr("You are looking at generated demo leads on the built-in engine. "
                               "No real credits are spent."));
    m_demoBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #f0a500; color: #1d1d1d; border-radius: 3px; padding: "
                       "1px 6px; font-weight: bold; }"));
    m_demoBadge->hide();
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_totalLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_balanceLabel);
    statusBar()->addPermanentWidget(m_demoBadge);

    m_model->setSource(nullptr);
    connect(m_model, &LeadTableModel::totalChanged, this, &MainWindow::updateTotal);
    connect(m_model, &LeadTableModel::loadingChanged, this, &MainWindow::updateTotal);
    connect(m_model, &LeadTableModel::loadFailed, this, &MainWindow::showLoadError);
    // Rows arriving, or a fresh start (F5, new filter), mean the last failure
    // is no longer the news.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::clearLoadError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::clearLoadError);
    createActions();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, [this] {
        m_model->reload();
        refreshBalance();
    });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Lance Desk"), this, [this] {
        QMessageBox::about(
            this, tr("About Lance Desk"),
            tr("<h3>Lance Desk %1</h3><p>Enrich leads with phone numbers and emails "
               "through the Lance API.</p><p>Built with Qt %2.</p>")
                .arg(QStringLiteral(LANCE_VERSION), QString::fromLatin1(qVersion())));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showStarting(const QString &message)
{
    m_startupLabel->setText(message);
    m_startupProgress->setRange(0, 0);
    m_startupProgress->show();
    m_pages->setCurrentIndex(0);
    m_connectionLabel->setText(tr("Starting…"));
}

void MainWindow::setStartupProgress(int done, int total)
{
    m_startupProgress->setRange(0, total);
    m_startupProgress->setValue(done);
    m_startupLabel->setText(tr("Creating demo leads: %1 of %2")
                                .arg(QLocale().toString(done), QLocale().toString(total)));
}

void MainWindow::showConnected(bool demo)
{
    m_demoBadge->setVisible(demo);
    m_connectionLabel->setText(demo ? tr("Connected to the built-in engine")
                                    : tr("Connected to %1").arg(m_client->baseUrl().host()));
    m_pages->setCurrentWidget(m_table);
    m_model->setSource(m_source);
    m_refreshAction->setEnabled(true);
    m_table->setFocus();
    refreshBalance();
}

void MainWindow::showFatalError(const QString &message)
{
    m_startupProgress->hide();
    m_startupLabel->setText(message);
    m_pages->setCurrentIndex(0);
    m_connectionLabel->setText(tr("Not connected"));
}

void MainWindow::refreshBalance()
{
    m_client->balance(this, [this](const Result<Balance> &r) {
        if (!r.ok()) {
            m_balanceLabel->setText(tr("Balance unavailable"));
            m_balanceLabel->setToolTip(r.error->message);
            return;
        }
        const QLocale locale;
        m_balanceLabel->setText(tr("%1 credits").arg(locale.toString(r.value->available)));
        m_balanceLabel->setToolTip(r.value->held > 0
                                       ? tr("%1 credits held for enrichments in progress")
                                             .arg(locale.toString(r.value->held))
                                       : QString());
    });
}

void MainWindow::updateTotal()
{
    if (!m_model->isTotalKnown()) {
        // Before the first page answers, "0 leads" would be a lie.
        m_totalLabel->setText(m_model->isLoading() ? tr("Loading leads…") : QString());
        return;
    }
    const qint64 total = m_model->total();
    // %L1: the count in the locale's digits and grouping ("12,430").
    m_totalLabel->setText(total == 1 ? tr("1 lead") : tr("%L1 leads").arg(total));
}

void MainWindow::showLoadError(const QString &message)
{
    m_errorLabel->setText(tr("Could not load leads: %1").arg(message));
    m_errorLabel->setToolTip(message);
    m_errorLabel->show();
}

void MainWindow::clearLoadError()
{
    if (m_errorLabel->isHidden())
        return;
    m_errorLabel->hide();
    m_errorLabel->clear();
}

} // namespace lance
