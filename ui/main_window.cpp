#include "main_window.h"

#include "about_dialog.h"
#include "client_page_source.h"
#include "credit_estimate_dialog.h"
#include "credit_estimator.h"
#include "csv_export.h"
#include "enrichment_poller.h"
#include "filter_panel.h"
#include "i18n.h"
#include "lance_client.h"
#include "lead_item_delegate.h"
#include "lead_table_model.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <iterator>
#include <memory>

namespace lance {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kHeaderKey = QStringLiteral("mainWindow/leadTableHeader");
const QString kFieldKey = QStringLiteral("mainWindow/field");
// Bumped when docks or toolbars change, so an old saved layout is not
// applied to widgets it never knew.
constexpr int kStateVersion = 2;

// The search's sort key for a column, or empty when the column cannot be
// sorted on the server.
QString sortKeyOf(int column)
{
    switch (column) {
    case LeadTableModel::NameColumn:
        return QStringLiteral("last_name");
    case LeadTableModel::JobTitleColumn:
        return QStringLiteral("job_title");
    case LeadTableModel::SeniorityColumn:
        return QStringLiteral("seniority");
    case LeadTableModel::DepartmentColumn:
        return QStringLiteral("department");
    case LeadTableModel::CompanyColumn:
        return QStringLiteral("company");
    case LeadTableModel::IndustryColumn:
        return QStringLiteral("industry");
    case LeadTableModel::CityColumn:
        return QStringLiteral("city");
    case LeadTableModel::CountryColumn:
        return QStringLiteral("country");
    default:
        return {};
    }
}

QString statusWord(const Enrichment &e)
{
    switch (e.status) {
    case EnrichmentStatus::Pending:
        return MainWindow::tr("pending");
    case EnrichmentStatus::Finished:
        return e.dataFound == 1 ? MainWindow::tr("found") : MainWindow::tr("not found");
    case EnrichmentStatus::Failed:
        return MainWindow::tr("failed");
    case EnrichmentStatus::Timeout:
        return MainWindow::tr("timed out");
    case EnrichmentStatus::Cancelled:
        return MainWindow::tr("cancelled");
    }
    return {};
}
} // namespace

MainWindow::MainWindow(LanceClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new LeadTableModel(this))
    , m_source(new ClientPageSource(client, this))
    , m_session(new EnrichmentSession(client, this))
    , m_estimator(new CreditEstimator(client, this))
    , m_pages(new QStackedWidget(this))
    , m_startupLabel(new QLabel(this))
    , m_startupProgress(new QProgressBar(this))
    , m_tablePage(new QWidget(this))
    , m_table(new QTableView(this))
    , m_banner(new QWidget(this))
    , m_bannerLabel(new QLabel(this))
    , m_bannerSelectAll(new QPushButton(this))
    , m_bannerClear(new QPushButton(tr("Clear selection"), this))
    , m_filters(new FilterPanel(client, this))
    , m_filterDock(new QDockWidget(tr("Filters"), this))
    , m_detailDock(new QDockWidget(tr("Lead details"), this))
    , m_details(new QTextBrowser(this))
    , m_fieldCombo(new QComboBox(this))
    , m_connectionLabel(new QLabel(this))
    , m_totalLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_balanceLabel(new QLabel(this))
    , m_heldLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_demoBadge(new QLabel(tr("Demo data"), this))
    , m_offlineTicker(new QTimer(this))
    , m_balanceTimer(new QTimer(this))
    , m_detailTimer(new QTimer(this))
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

    // The "select all that match" banner above the table, as mail clients
    // offer it once the visible rows are selected.
    m_banner->setObjectName(QStringLiteral("selectionBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(6, 3, 6, 3);
    m_bannerLabel->setObjectName(QStringLiteral("selectionBannerText"));
    m_bannerSelectAll->setObjectName(QStringLiteral("selectAllMatching"));
    m_bannerClear->setObjectName(QStringLiteral("clearSelection"));
    m_bannerClear->setAccessibleName(tr("Clear selection"));
    bannerLayout->addWidget(m_bannerLabel);
    bannerLayout->addWidget(m_bannerSelectAll);
    bannerLayout->addWidget(m_bannerClear);
    bannerLayout->addStretch();
    m_banner->setStyleSheet(
        QStringLiteral("#selectionBanner { background: palette(alternate-base); "
                       "border-bottom: 1px solid palette(mid); }"));
    m_banner->hide();
    connect(m_bannerSelectAll, &QPushButton::clicked, this, [this] {
        m_model->selectAllMatching();
        m_table->setFocus();
    });
    connect(m_bannerClear, &QPushButton::clicked, this, [this] {
        m_offerAllMatching = false;
        m_model->clearSelection();
    });

    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setAccessibleName(tr("Leads"));
    m_table->setModel(m_model);
    // The selection is the model's set of ids, not the view's: the view's
    // own would forget rows on every reset and cannot name rows that are
    // not loaded. Clicks, Ctrl/Shift-clicks and Space edit the ids (see
    // eventFilter); the delegate paints ticked rows as selected.
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->viewport()->installEventFilter(this);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false);
    m_table->installEventFilter(this);
    // Fixed row heights let the view place a million rows without asking
    // each one its size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Default widths, in LeadTableModel::Column order; the user's own layout
    // (restored below) wins over them.
    const int widths[] = {200, 220, 90, 130, 200, 150, 120, 130, 240, 160, 110, 110};
    static_assert(std::size(widths) == LeadTableModel::ColumnCount,
                  "one default width per lead table column");
    for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->setItemDelegate(new LeadItemDelegate(this));
    // What a rep watches first: the name, then each status beside its data.
    // A layout the rep saved (restored later) replaces this order.
    const int order[] = {LeadTableModel::NameColumn,       LeadTableModel::EmailStatusColumn,
                         LeadTableModel::EmailsColumn,     LeadTableModel::PhoneStatusColumn,
                         LeadTableModel::PhonesColumn,     LeadTableModel::JobTitleColumn,
                         LeadTableModel::CompanyColumn,    LeadTableModel::SeniorityColumn,
                         LeadTableModel::DepartmentColumn, LeadTableModel::IndustryColumn,
                         LeadTableModel::CityColumn,       LeadTableModel::CountryColumn};
    static_assert(std::size(order) == LeadTableModel::ColumnCount, "every column placed once");
    for (int visual = 0; visual < LeadTableModel::ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    connect(header, &QHeaderView::sectionClicked, this, &MainWindow::sortByColumn);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        // Show or hide columns; the header's saved state remembers it.
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("columnMenu"));
        for (int c = 0; c < LeadTableModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setObjectName(QStringLiteral("columnToggle_%1").arg(c));
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            // The name column carries the checkboxes: it always stays.
            a->setEnabled(c != LeadTableModel::NameColumn);
            connect(a, &QAction::toggled, this,
                    [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detailTimer->start();
                // Shift+arrows extend the selection from the anchor, as in
                // any list; plain arrows only move.
                if (m_shiftNavigating && current.isValid() && m_anchorRow >= 0)
                    extendSelectionTo(current.row());
            });

    auto *tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_banner);
    tableLayout->addWidget(m_table);
    m_tablePage->setObjectName(QStringLiteral("tablePage"));
    m_pages->addWidget(m_tablePage);
    setCentralWidget(m_pages);

    createDocks();
    createStatusBar();
    createActions();
    createToolBar();

    m_model->setSource(nullptr);
    connect(m_model, &LeadTableModel::totalChanged, this, &MainWindow::updateTotal);
    connect(m_model, &LeadTableModel::loadingChanged, this, &MainWindow::updateTotal);
    connect(m_model, &LeadTableModel::loadFailed, this, &MainWindow::showLoadError);
    connect(m_model, &LeadTableModel::selectionChanged, this, &MainWindow::updateSelectionUi);
    // Rows arriving, or a fresh start (F5, new filter), mean the last failure
    // is no longer the news.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::clearLoadError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::clearLoadError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::clearLoadError);
    // A new filter or sort: rows mean other leads now.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_anchorRow = -1;
        m_offerAllMatching = false;
        ++m_resolveGeneration;
        updateSelectionUi();
    });

    connect(m_session, &EnrichmentSession::statusesChanged, m_model,
            &LeadTableModel::applyEnrichments);
    connect(m_session, &EnrichmentSession::tallyChanged, this, &MainWindow::updateTally);
    connect(m_session, &EnrichmentSession::submitted, this, &MainWindow::showReport);
    connect(m_session->poller(), &EnrichmentPoller::offlineChanged, this, &MainWindow::setOffline);
    connect(m_session, &EnrichmentSession::cancelFinished, this,
            [this](int cancelled, const QString &error) {
                statusBar()->showMessage(
                    error.isEmpty()
                        ? tr("%n pending enrichment(s) cancelled; their credits are released.",
                             nullptr, cancelled)
                        : tr("%n cancelled; some could not be: %1", nullptr, cancelled).arg(error),
                    8000);
                refreshBalance();
                updateActions();
            });

    // The countdown of "offline — retrying in N s".
    m_offlineTicker->setInterval(1000);
    connect(m_offlineTicker, &QTimer::timeout, this, [this] {
        if (m_offlineSeconds > 0)
            --m_offlineSeconds;
        m_connectionLabel->setText(tr("Offline — retrying in %n s", nullptr, m_offlineSeconds));
    });
    // Found contacts are charged as they arrive; one balance read per
    // burst of results, not one per result.
    m_balanceTimer->setSingleShot(true);
    m_balanceTimer->setInterval(800);
    connect(m_balanceTimer, &QTimer::timeout, this, &MainWindow::refreshBalance);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(150);
    connect(m_detailTimer, &QTimer::timeout, this, &MainWindow::showDetails);

    restoreLayout();
    updateSelectionUi();
    updateTally({});
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(m_filters);
    m_filterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                              QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    connect(m_filters, &FilterPanel::filtersChanged, m_model, &LeadTableModel::setFilters);
    connect(m_model, &LeadTableModel::totalChanged, this,
            [this](qint64 total) { m_filters->setMatchCount(total, m_model->isTotalKnown()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_filters->setMatchCount(0, false); });

    m_details->setObjectName(QStringLiteral("leadDetails"));
    m_details->setAccessibleName(tr("Lead details"));
    m_details->setOpenExternalLinks(true);
    m_details->setPlaceholderText(tr("Select a lead to see its contact data and enrichments."));
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_totalLabel->setObjectName(QStringLiteral("leadTotal"));
    m_totalLabel->setAccessibleName(tr("Leads matching"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionSize"));
    m_selectionLabel->setAccessibleName(tr("Selected leads"));
    m_progressLabel->setObjectName(QStringLiteral("enrichmentProgress"));
    m_progressLabel->setAccessibleName(tr("Enrichment progress"));
    m_balanceLabel->setObjectName(QStringLiteral("creditBalance"));
    m_balanceLabel->setAccessibleName(tr("Credit balance"));
    m_heldLabel->setObjectName(QStringLiteral("heldCredits"));
    m_heldLabel->setAccessibleName(tr("Credits held"));
    m_heldLabel->setToolTip(tr("Held for enrichments in progress: charged only for contacts "
                               "found, released otherwise."));
    m_heldLabel->hide();
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
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_totalLabel);
    statusBar()->addWidget(m_selectionLabel);
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_balanceLabel);
    statusBar()->addPermanentWidget(m_heldLabel);
    statusBar()->addPermanentWidget(m_demoBadge);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_exportAction = file->addAction(tr("&Export CSV…"), this, &MainWindow::exportCsv);
    m_exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportAction->setIcon(QIcon(QStringLiteral(":/icons/actions/export-csv.svg")));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportAction->setToolTip(
        tr("Save the selected leads (or, with none selected, all that match) as CSV"));
    m_connectAction = file->addAction(tr("&Connection…"), this, &MainWindow::openConnectionDialog);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setIcon(QIcon(QStringLiteral(":/icons/actions/connection.svg")));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_connectAction->setToolTip(tr("Use the demo engine or connect to a Lance server"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_selectPageAction =
        edit->addAction(tr("Select &visible leads"), this, &MainWindow::selectVisibleRows);
    m_selectPageAction->setObjectName(QStringLiteral("selectVisibleAction"));
    m_selectPageAction->setShortcut(QKeySequence::SelectAll);
    QAction *selectAll = edit->addAction(tr("Select &all that match"), this,
                                         [this] { m_model->selectAllMatching(); });
    selectAll->setObjectName(QStringLiteral("selectAllMatchingAction"));
    selectAll->setIcon(QIcon(QStringLiteral(":/icons/actions/select-all.svg")));
    selectAll->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_selectNoneAction = edit->addAction(tr("Select &none"), m_bannerClear, &QPushButton::click);
    m_selectNoneAction->setObjectName(QStringLiteral("selectNoneAction"));
    m_selectNoneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Filter…"), this, [this] {
        m_filterDock->show();
        m_filterDock->raise();
        m_filters->setFocus(Qt::ShortcutFocusReason);
        if (QWidget *text = m_filters->findChild<QWidget *>(QStringLiteral("freeText")))
            text->setFocus(Qt::ShortcutFocusReason);
    });
    findAction->setObjectName(QStringLiteral("focusFilterAction"));
    findAction->setIcon(QIcon(QStringLiteral(":/icons/actions/filters.svg")));
    findAction->setShortcut(QKeySequence::Find);
    QAction *tableAction = edit->addAction(tr("Go to &leads"), this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, LeadTableModel::NameColumn));
    });
    tableAction->setObjectName(QStringLiteral("focusTableAction"));
    tableAction->setShortcut(QKeySequence(Qt::Key_F6));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, [this] {
        m_model->reload();
        refreshBalance();
        m_session->poller()->pollNow();
    });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setIcon(QIcon(QStringLiteral(":/icons/actions/refresh.svg")));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);
    view->addSeparator();
    QAction *filtersToggle = m_filterDock->toggleViewAction();
    filtersToggle->setObjectName(QStringLiteral("toggleFiltersAction"));
    filtersToggle->setIcon(QIcon(QStringLiteral(":/icons/actions/filters.svg")));
    filtersToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(filtersToggle);
    QAction *detailsToggle = m_detailDock->toggleViewAction();
    detailsToggle->setObjectName(QStringLiteral("toggleDetailsAction"));
    detailsToggle->setIcon(QIcon(QStringLiteral(":/icons/actions/details.svg")));
    detailsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(detailsToggle);
    view->addSeparator();
    createLanguageMenu(view);

    QMenu *enrich = menuBar()->addMenu(tr("En&rich"));
    enrich->setObjectName(QStringLiteral("enrichMenu"));
    m_enrichAction =
        enrich->addAction(tr("&Enrich…"), this, [this] { startEnrichment(m_model->selection()); });
    m_enrichAction->setObjectName(QStringLiteral("enrichAction"));
    m_enrichAction->setIcon(QIcon(QStringLiteral(":/icons/actions/enrich.svg")));
    m_enrichAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_enrichAction->setToolTip(tr("See the cost, then enrich the selected leads"));
    m_cancelPendingAction =
        enrich->addAction(tr("&Cancel pending"), this, &MainWindow::cancelPending);
    m_cancelPendingAction->setObjectName(QStringLiteral("cancelPendingAction"));
    m_cancelPendingAction->setIcon(QIcon(QStringLiteral(":/icons/actions/cancel-pending.svg")));
    m_cancelPendingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_retryFailedAction = enrich->addAction(tr("&Retry failed"), this, [this] {
        Selection failed;
        failed.setSelected(m_session->failedIds(field()), true);
        startEnrichment(failed);
    });
    m_retryFailedAction->setObjectName(QStringLiteral("retryFailedAction"));
    m_retryFailedAction->setIcon(QIcon(QStringLiteral(":/icons/actions/retry.svg")));
    m_retryFailedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    enrich->addSeparator();
    QAction *emails =
        enrich->addAction(tr("Find e&mails"), this, [this] { setField(ContactField::Emails); });
    emails->setObjectName(QStringLiteral("fieldEmailsAction"));
    emails->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *phones =
        enrich->addAction(tr("Find &phones"), this, [this] { setField(ContactField::Phones); });
    phones->setObjectName(QStringLiteral("fieldPhonesAction"));
    phones->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Lance Desk"), this, [this] {
        // Window-modal, so the window is blocked (F1 included) until it is
        // closed; a fresh dialog each time, deleted on close.
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setIcon(QIcon(QStringLiteral(":/icons/actions/about.svg")));
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    // main.cpp loads the language once, at start: the widgets set their texts
    // as they are built, so a change applies the next time the app starts.
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = QSettings().value(languageSettingKey()).toString();
    auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(
            QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings settings;
            if (settings.value(languageSettingKey()).toString() == code)
                return;
            settings.setValue(languageSettingKey(), code);
            statusBar()->showMessage(
                tr("The new language applies the next time you start Lance Desk."), 10000);
        });
    };
    add(QString(), tr("&System default"));
    for (const Language &language : availableLanguages())
        add(language.code, language.menuText);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Enrichment"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    // Icons help find a button; the text beside them keeps every label.
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fieldCombo->setObjectName(QStringLiteral("fieldCombo"));
    m_fieldCombo->setAccessibleName(tr("Contact data to find"));
    m_fieldCombo->setToolTip(tr("What to find for the selected leads (Alt+1, Alt+2)"));
    m_fieldCombo->addItem(tr("Emails"), int(ContactField::Emails));
    m_fieldCombo->addItem(tr("Phones"), int(ContactField::Phones));
    bar->addWidget(m_fieldCombo);
    bar->addAction(m_enrichAction);
    bar->addAction(m_cancelPendingAction);
    bar->addAction(m_retryFailedAction);
    bar->addSeparator();
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_connectAction);
    connect(m_fieldCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kFieldKey, fieldName(field()));
        updateActions();
    });
    for (QAction *a : bar->actions()) {
        if (QWidget *w = bar->widgetForAction(a)) {
            if (w->objectName().isEmpty())
                w->setObjectName(a->objectName() + QStringLiteral("Button"));
            w->setAccessibleName(a->text().remove(QLatin1Char('&')));
        }
    }
}

ContactField MainWindow::field() const
{
    return ContactField(m_fieldCombo->currentData().toInt());
}

void MainWindow::setField(ContactField f)
{
    m_fieldCombo->setCurrentIndex(m_fieldCombo->findData(int(f)));
}

void MainWindow::setPendingStore(PendingStore *store)
{
    m_session->setStore(store);
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog::Choice current;
    current.demo = m_demo || !m_connectedUrl.isValid();
    if (!current.demo)
        current.serverUrl = m_connectedUrl;
    auto *dialog = new ConnectionDialog(current, m_tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit connectionRequested(dialog->choice()); });
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(kStateKey).toByteArray(), kStateVersion);
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    ContactField f = ContactField::Emails;
    parseField(settings.value(kFieldKey).toString(), &f);
    setField(f);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
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
    if (m_connectedUrl.isValid() && m_connectedUrl != m_client->baseUrl()) {
        // Another server: the old one's enrichments, statuses and picks
        // name leads this one does not have.
        m_session->reset();
        m_model->forgetLiveStatus();
        m_model->clearSelection();
        m_offerAllMatching = false;
    }
    m_connectedUrl = m_client->baseUrl();
    m_demo = demo;
    m_demoBadge->setVisible(demo);
    m_connectedText = demo ? tr("Connected to the built-in engine")
                           : tr("Connected to %1").arg(m_client->baseUrl().host());
    m_connectionLabel->setText(m_connectedText);
    m_pages->setCurrentWidget(m_tablePage);
    m_model->setSource(m_source);
    m_refreshAction->setEnabled(true);
    m_table->setFocus();
    refreshBalance();
    m_client->meta(this, [this](const Result<ServerMeta> &r) {
        if (r.ok())
            applyServerFeatures(*r.value);
    });
    updateActions();
}

void MainWindow::applyServerFeatures(const ServerMeta &meta)
{
    m_filters->setServerMeta(meta);
    m_hasCancel = meta.has("cancel");
    m_hasSort = meta.has("sort");
    m_estimator->setServerMeta(meta);
    m_source->setDeferredTotal(meta.has("deferred_total"));
    m_table->horizontalHeader()->setToolTip(
        m_hasSort ? tr("Click a column to sort by it; click again to reverse")
                  : tr("This server cannot sort leads; they are shown in its own order"));
    updateActions();
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
        m_balanceLabel->setToolTip(tr("Credits available to spend"));
        m_heldLabel->setText(tr("%1 held").arg(locale.toString(r.value->held)));
        m_heldLabel->setVisible(r.value->held > 0);
    });
}

void MainWindow::updateTotal()
{
    if (!m_model->isTotalKnown()) {
        // Before the count answers, "0 leads" (or "100 leads") would be a lie.
        m_totalLabel->setText(!m_model->isLoading()  ? QString()
                              : m_model->total() > 0 ? tr("Counting leads…")
                                                     : tr("Loading leads…"));
        return;
    }
    const qint64 total = m_model->total();
    // %L1: the count in the locale's digits and grouping ("12,430").
    m_totalLabel->setText(total == 1 ? tr("1 lead") : tr("%L1 leads").arg(total));
    updateSelectionUi();
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

void MainWindow::updateSelectionUi()
{
    const Selection &s = m_model->selection();
    const QLocale locale;
    m_selectionLabel->setText(s.isEmpty() ? QString()
                                          : tr("%1 selected").arg(locale.toString(s.count())));
    const qint64 total = m_model->total();
    if (s.mode() == Selection::Mode::AllMatching) {
        m_bannerLabel->setText(
            s.excludedIds().isEmpty()
                ? tr("All %1 leads that match are selected.").arg(locale.toString(s.count()))
                : tr("All %1 leads that match are selected, except %2 you unticked.")
                      .arg(locale.toString(s.count()), locale.toString(s.excludedIds().size())));
        m_bannerSelectAll->hide();
        m_banner->show();
    } else if (m_offerAllMatching && !s.isEmpty() && total > s.count()) {
        m_bannerLabel->setText(tr("%1 leads are selected.").arg(locale.toString(s.count())));
        m_bannerSelectAll->setText(tr("Select all %1 that match").arg(locale.toString(total)));
        m_bannerSelectAll->setAccessibleName(m_bannerSelectAll->text());
        m_bannerSelectAll->show();
        m_banner->show();
    } else {
        m_banner->hide();
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool connected = m_refreshAction && m_refreshAction->isEnabled();
    const bool busy = m_session->isSubmitting();
    m_enrichAction->setEnabled(connected && !busy && !m_model->selection().isEmpty());
    const ContactField f = field();
    m_cancelPendingAction->setEnabled(connected && m_hasCancel &&
                                      !m_session->pendingIds(f).isEmpty());
    m_cancelPendingAction->setToolTip(
        m_hasCancel ? tr("Cancel this session's pending enrichments and release their credits")
                    : tr("This server cannot cancel enrichments"));
    m_retryFailedAction->setEnabled(connected && !busy && !m_session->failedIds(f).isEmpty());
    m_exportAction->setEnabled(connected && m_model->isTotalKnown());
}

void MainWindow::updateTally(const EnrichmentSession::Tally &t)
{
    const QLocale locale;
    if (t.total() == 0) {
        m_progressLabel->clear();
    } else {
        QStringList parts;
        parts << tr("Enriching %1").arg(locale.toString(t.pending));
        parts << tr("%1 found").arg(locale.toString(t.found));
        parts << tr("%1 not found").arg(locale.toString(t.notFound));
        parts << tr("%1 failed").arg(locale.toString(t.failed));
        if (t.cancelled > 0)
            parts << tr("%1 cancelled").arg(locale.toString(t.cancelled));
        m_progressLabel->setText(parts.join(QStringLiteral(" · ")));
    }
    m_balanceTimer->start();
    updateActions();
}

void MainWindow::setOffline(bool offline, int retryInSeconds)
{
    if (!offline) {
        m_offlineTicker->stop();
        m_connectionLabel->setText(m_connectedText);
        m_connectionLabel->setStyleSheet(QString());
        refreshBalance();
        return;
    }
    m_offlineSeconds = retryInSeconds;
    m_connectionLabel->setText(tr("Offline — retrying in %n s", nullptr, retryInSeconds));
    m_connectionLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_offlineTicker->start();
}

void MainWindow::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const Lead *lead = current.isValid() ? m_model->leadAt(current.row()) : nullptr;
    if (!lead) {
        m_details->clear();
        return;
    }
    const Lead shown = *lead;
    auto render = [this, shown](const QMap<int, QString> &enrichments) {
        QString html = QStringLiteral("<h3>%1</h3><p>%2<br>%3 · %4<br>%5, %6</p>")
                           .arg(shown.fullName().toHtmlEscaped(), shown.jobTitle.toHtmlEscaped(),
                                shown.company.toHtmlEscaped(), shown.seniority.toHtmlEscaped(),
                                shown.city.toHtmlEscaped(), shown.country.toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
                    .arg(tr("Emails:"),
                         shown.emails.isEmpty()
                             ? tr("none yet")
                             : shown.emails.join(QStringLiteral(", ")).toHtmlEscaped(),
                         tr("Phones:"),
                         shown.phones.isEmpty()
                             ? tr("none yet")
                             : shown.phones.join(QStringLiteral(", ")).toHtmlEscaped());
        html +=
            QStringLiteral("<p><b>%1</b><br>%2<br>%3</p>")
                .arg(tr("Latest enrichment"),
                     tr("Emails: %1").arg(enrichments.value(int(ContactField::Emails), tr("…"))),
                     tr("Phones: %1").arg(enrichments.value(int(ContactField::Phones), tr("…"))));
        m_details->setHtml(html);
    };
    auto state = std::make_shared<QMap<int, QString>>();
    render(*state);
    for (ContactField f : {ContactField::Emails, ContactField::Phones}) {
        m_client->enrichment(
            shown.id, f, m_details,
            [this, state, f, render, id = shown.id](const Result<std::optional<Enrichment>> &r) {
                const QModelIndex now = m_table->currentIndex();
                const Lead *still = now.isValid() ? m_model->leadAt(now.row()) : nullptr;
                if (!still || still->id != id)
                    return; // the rep moved on
                QString text;
                if (!r.ok())
                    text = r.error->message.toHtmlEscaped();
                else if (!r.value->has_value())
                    text = tr("never enriched");
                else
                    text = tr("%1 (updated %2)")
                               .arg(statusWord(r.value->value()),
                                    QLocale().toString(
                                        QDateTime::fromString(r.value->value().updatedAt,
                                                              Qt::ISODateWithMs)
                                            .toLocalTime(),
                                        QLocale::ShortFormat));
                state->insert(int(f), text);
                render(*state);
            });
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrentRow();
            return true;
        }
        const bool navigation = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down ||
                                key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown ||
                                key->key() == Qt::Key_Home || key->key() == Qt::Key_End;
        if (navigation && (key->modifiers() & Qt::ShiftModifier)) {
            if (m_anchorRow < 0 && m_table->currentIndex().isValid())
                m_anchorRow = m_table->currentIndex().row();
            // The view moves the current row while handling this very
            // event; the flag marks that move as a Shift one.
            m_shiftNavigating = true;
            QTimer::singleShot(0, this, [this] { m_shiftNavigating = false; });
        }
    } else if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonPress) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            rowPressed(mouse->position().toPoint(), mouse->modifiers());
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::rowPressed(const QPoint &at, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = m_table->indexAt(at);
    const Lead *lead = index.isValid() ? m_model->leadAt(index.row()) : nullptr;
    if (!lead)
        return;
    if (index.column() == LeadTableModel::NameColumn) {
        // The checkbox toggles itself (the delegate's job); a press on it
        // is not also a click on the row.
        QStyleOptionViewItem option;
        option.initFrom(m_table);
        option.rect = m_table->visualRect(index);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = m_table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator,
                                                           &option, m_table);
        if (box.adjusted(-2, -2, 2, 2).contains(at))
            return;
    }
    const bool allMatching = m_model->selection().mode() == Selection::Mode::AllMatching;
    if (modifiers & Qt::ShiftModifier) {
        if (m_anchorRow < 0)
            m_anchorRow = index.row();
        extendSelectionTo(index.row());
    } else if (modifiers & Qt::ControlModifier) {
        m_model->toggleSelected(lead->id);
        m_anchorRow = index.row();
    } else if (!allMatching) {
        // A plain click selects just this lead, as in any list. With "all
        // that match" selected it only moves the current row: one stray
        // click must not throw away a selection of thousands.
        m_offerAllMatching = false;
        m_model->clearSelection();
        m_model->setSelected({lead->id}, true);
        m_anchorRow = index.row();
    }
}

void MainWindow::extendSelectionTo(int row)
{
    resolveRows(qMin(m_anchorRow, row), qMax(m_anchorRow, row), true);
}

void MainWindow::toggleCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (const Lead *l = m_model->leadAt(current.row())) {
        m_model->toggleSelected(l->id);
        m_anchorRow = current.row();
    }
}

void MainWindow::resolveRows(int firstRow, int lastRow, bool select)
{
    QStringList ids;
    QList<int> missingPages;
    for (int row = firstRow; row <= lastRow; ++row) {
        if (const Lead *l = m_model->leadAt(row)) {
            ids << l->id;
        } else {
            const int page = row / LeadTableModel::kPageSize;
            if (missingPages.isEmpty() || missingPages.last() != page)
                missingPages << page;
            row = qMin(lastRow, (page + 1) * LeadTableModel::kPageSize - 1);
        }
    }
    if (!ids.isEmpty())
        m_model->setSelected(ids, select);
    // A Shift-click range over rows never scrolled through: ask the search
    // for those pages, as the table would, and take the ids in range.
    const quint64 generation = m_resolveGeneration;
    for (int page : std::as_const(missingPages)) {
        m_client->search(
            m_model->filters(), m_model->sortSpec(), page, LeadTableModel::kPageSize, this,
            [this, page, firstRow, lastRow, select, generation](const Result<SearchPage> &r) {
                if (generation != m_resolveGeneration)
                    return; // the filter or sort changed: those rows mean other leads
                if (!r.ok()) {
                    statusBar()->showMessage(
                        tr("Could not select every row: %1").arg(r.error->message), 8000);
                    return;
                }
                QStringList found;
                for (int i = 0; i < r.value->leads.size(); ++i) {
                    const int row = page * LeadTableModel::kPageSize + i;
                    if (row >= firstRow && row <= lastRow)
                        found << r.value->leads[i].id;
                }
                m_model->setSelected(found, select);
            });
    }
}

void MainWindow::selectVisibleRows()
{
    // Ctrl+A selects what the rep sees, never a million rows; the banner
    // then offers every lead that matches.
    const int top = qMax(0, m_table->rowAt(0));
    int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = m_model->rowCount() - 1;
    if (bottom < top)
        return;
    if (m_model->selection().mode() == Selection::Mode::AllMatching)
        return;
    m_offerAllMatching = true;
    m_anchorRow = top;
    resolveRows(top, bottom, true);
    updateSelectionUi();
}

void MainWindow::sortByColumn(int column)
{
    const QString key = sortKeyOf(column);
    if (!m_hasSort || key.isEmpty())
        return;
    SortSpec sort = m_model->sortSpec();
    sort.descending = sort.key == key ? !sort.descending : false;
    sort.key = key;
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(column, sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->setSort(sort);
}

void MainWindow::startEnrichment(const Selection &selection)
{
    if (selection.isEmpty()) {
        statusBar()->showMessage(tr("Select leads first: click, Ctrl-click or Space."), 5000);
        return;
    }
    requestEstimate(selection, nullptr);
}

void MainWindow::requestEstimate(const Selection &selection, const CreditEstimate *confirmed)
{
    const ContactField f = field();
    auto shown = confirmed ? std::make_shared<CreditEstimate>(*confirmed)
                           : std::shared_ptr<CreditEstimate>();
    statusBar()->showMessage(tr("Working out the cost…"));
    m_enrichAction->setEnabled(false);
    m_estimator->estimate(
        selection, f, 0, this, [this, selection, f, shown](const Result<CreditEstimate> &r) {
            statusBar()->clearMessage();
            updateActions();
            if (!r.ok()) {
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Enrich"),
                                            tr("The cost could not be worked out, so nothing "
                                               "was spent: %1")
                                                .arg(r.error->message),
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("estimateError"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            const CreditEstimate &now = *r.value;
            if (shown) {
                // Confirmed: re-read. Unchanged or cheaper goes ahead; dearer
                // is shown again, since the rep agreed to the old numbers.
                if (now.maxCost <= shown->maxCost && now.isAffordable())
                    return submit(selection);
                statusBar()->showMessage(tr("The selection changed since you confirmed; "
                                            "please check the new cost."),
                                         8000);
            }
            if (!now.isAffordable() && now.affordableCount() > 0 &&
                now.newIds.size() < now.affordableCount()) {
                // Ask again for the ids of the leads the balance covers, so
                // "enrich what I can afford" creates exactly that many.
                m_estimator->estimate(selection, f, int(qMin<qint64>(now.affordableCount(), 10000)),
                                      this, [this, selection](const Result<CreditEstimate> &again) {
                                          if (again.ok())
                                              showEstimate(selection, *again.value);
                                      });
                return;
            }
            showEstimate(selection, now);
        });
}

void MainWindow::showEstimate(const Selection &selection, const CreditEstimate &estimate)
{
    auto *dialog = new CreditEstimateDialog(estimate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, selection] {
        const CreditEstimate confirmed = dialog->estimate();
        switch (dialog->choice()) {
        case CreditEstimateDialog::Cancelled:
            break;
        case CreditEstimateDialog::EnrichAll:
            requestEstimate(selection, &confirmed);
            break;
        case CreditEstimateDialog::EnrichAffordable: {
            Selection affordable;
            affordable.setSelected(confirmed.newIds.mid(0, confirmed.affordableCount()), true);
            submit(affordable);
            break;
        }
        }
    });
    dialog->open();
}

void MainWindow::submit(const Selection &selection)
{
    m_submitProgress = new QProgressDialog(tr("Starting enrichments…"), tr("Cancel"), 0,
                                           int(qMin<qint64>(selection.count(), INT_MAX)), this);
    m_submitProgress->setObjectName(QStringLiteral("submissionProgress"));
    m_submitProgress->setWindowTitle(tr("Enrich"));
    m_submitProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_submitProgress->setWindowModality(Qt::WindowModal);
    // One request is over before a dialog would be read; show it only for
    // submissions that take a while.
    m_submitProgress->setMinimumDuration(600);
    connect(m_submitProgress, &QProgressDialog::canceled, m_session,
            &EnrichmentSession::cancelSubmission);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_session, &EnrichmentSession::progress, this, [this](qint64 done, qint64 total) {
            if (!m_submitProgress)
                return;
            m_submitProgress->setValue(int(done));
            m_submitProgress->setLabelText(
                tr("Starting enrichments: %1 of %2")
                    .arg(QLocale().toString(done), QLocale().toString(total)));
        });
    connect(
        m_session, &EnrichmentSession::submitted, this,
        [this, connection] {
            disconnect(*connection);
            if (m_submitProgress)
                m_submitProgress->close();
        },
        Qt::SingleShotConnection);
    m_session->submit(selection, field());
    updateActions();
}

void MainWindow::showReport(const EnrichmentSession::Report &report)
{
    refreshBalance();
    updateActions();
    const QLocale locale;
    const QString started =
        tr("%1 enrichments on their way, %2 already done.")
            .arg(locale.toString(report.started), locale.toString(report.alreadyDone));
    if (report.ok()) {
        statusBar()->showMessage(started, 8000);
        return;
    }
    // Partial failure, said exactly: what started, what did not and why.
    QStringList lines{started};
    for (const auto &f : report.failures)
        lines << tr("Not started: %1 — %2").arg(f.what, f.reason);
    if (report.leadsNotSubmitted > 0)
        lines << (report.cancelled
                      ? tr("Cancelled before sending: up to %1 leads; nothing was charged for "
                           "them.")
                      : tr("Not sent after the failure: up to %1 leads; nothing was charged for "
                           "them."))
                     .arg(locale.toString(report.leadsNotSubmitted));
    auto *box =
        new QMessageBox(report.cancelled && report.failures.isEmpty() ? QMessageBox::Information
                                                                      : QMessageBox::Warning,
                        tr("Enrich"), lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("submissionReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::cancelPending()
{
    const ContactField f = field();
    const qint64 count = m_session->pendingIds(f).size();
    if (count == 0)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Cancel pending"),
                        (f == ContactField::Emails
                             ? tr("Cancel %n pending email enrichment(s)?", nullptr, int(count))
                             : tr("Cancel %n pending phone enrichment(s)?", nullptr, int(count))) +
                            QLatin1Char('\n') +
                            tr("Their held credits are released. You can enrich them again later."),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelPendingConfirm"));
    QPushButton *yes = box->addButton(tr("Cancel them"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmCancelPending"));
    QPushButton *no = box->addButton(tr("Keep them"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("keepPending"));
    box->setDefaultButton(no); // the safe choice on Enter
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, f] {
        if (box->clickedButton() == yes)
            m_session->cancelPending(f);
    });
    box->open();
}

void MainWindow::exportCsv()
{
    const Selection &selection = m_model->selection();
    Selection what = selection;
    if (selection.isEmpty())
        what.selectAllMatching(m_model->filters(), m_model->sortSpec(), m_model->total());
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/leads.csv");
    auto *dialog =
        new QFileDialog(this, tr("Export CSV"), suggested, tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, what](const QString &path) {
        // Written to a temporary file and renamed at the end: a cancelled or
        // failed export never leaves half a file under the chosen name.
        auto *file = new QSaveFile(path, this);
        if (!file->open(QIODevice::WriteOnly)) {
            statusBar()->showMessage(tr("Could not write %1: %2").arg(path, file->errorString()),
                                     10000);
            delete file;
            return;
        }
        auto *exporter = new CsvExporter(m_client, this);
        auto *progress = new QProgressDialog(tr("Exporting leads…"), tr("Cancel"), 0,
                                             int(qMin<qint64>(what.count(), INT_MAX)), this);
        progress->setObjectName(QStringLiteral("exportProgress"));
        progress->setWindowTitle(tr("Export CSV"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(500);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(progress, &QProgressDialog::canceled, exporter, &CsvExporter::cancel);
        connect(exporter, &CsvExporter::progress, progress,
                [progress](qint64 done) { progress->setValue(int(done)); });
        auto finish = [this, exporter, file, progress](const QString &message) {
            if (progress)
                progress->close();
            statusBar()->showMessage(message, 10000);
            exporter->deleteLater();
            file->deleteLater();
        };
        connect(exporter, &CsvExporter::finished, this, [finish, file, path](qint64 rows) {
            const bool ok = file->commit();
            finish(ok ? tr("Exported %n lead(s) to %1", nullptr, int(rows)).arg(path)
                      : tr("Could not write %1: %2").arg(path, file->errorString()));
        });
        connect(exporter, &CsvExporter::failed, this, [finish, file](const QString &message) {
            file->cancelWriting();
            finish(tr("Export failed: %1").arg(message));
        });
        connect(exporter, &CsvExporter::cancelled, this, [finish, file] {
            file->cancelWriting();
            finish(tr("Export cancelled"));
        });
        exporter->start(what, m_model->filters(), m_model->sortSpec(), file);
    });
    dialog->open();
}

} // namespace lance
