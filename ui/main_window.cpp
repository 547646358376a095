#include "main_window.h"

#include "client_page_source.h"
#include "enrich_flow.h"
#include "enrichment_poller.h"
#include "enrichment_session.h"
#include "export_controller.h"
#include "filter_panel.h"
#include "hidden_selection.h"
#include "lance_client.h"
#include "lead_details_pane.h"
#include "lead_table_model.h"
#include "lead_table_view.h"
#include "pending_store.h"
#include "selection_banner.h"
#include "workspace_actions.h"
#include "workspace_status_bar.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace lance {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kHeaderKey = QStringLiteral("mainWindow/leadTableHeader");
const QString kLastServerKey = QStringLiteral("connection/lastServerUrl");
// Bumped when docks or toolbars change, so an old saved layout is not
// applied to widgets it never knew.
constexpr int kStateVersion = 2;
} // namespace

MainWindow::MainWindow(LanceClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new LeadTableModel(this))
    , m_source(new ClientPageSource(client, this))
    , m_session(new EnrichmentSession(client, this))
    , m_pages(new QStackedWidget(this))
    , m_startupLabel(new QLabel(this))
    , m_startupProgress(new QProgressBar(this))
    , m_tablePage(new QWidget(this))
    , m_table(new LeadTableView(m_model, this))
    , m_hiddenPicks(new HiddenSelection(client, this))
    , m_banner(new SelectionBanner(m_table, m_hiddenPicks, this))
    , m_filters(new FilterPanel(client, this))
    , m_filterDock(new QDockWidget(tr("Filters"), this))
    , m_detailDock(new QDockWidget(tr("Lead details"), this))
    , m_details(new LeadDetailsPane(client, m_table, this))
    , m_status(new WorkspaceStatusBar(client, m_model, this))
    , m_enrich(new EnrichFlow(client, m_session, this))
    , m_export(new ExportController(client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lance Desk"));
    setStatusBar(m_status);

    m_pages->addWidget(createStartupPage());
    auto *tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_banner);
    tableLayout->addWidget(m_table);
    m_tablePage->setObjectName(QStringLiteral("tablePage"));
    m_pages->addWidget(m_tablePage);
    setCentralWidget(m_pages);

    createDocks();
    m_actions = new WorkspaceActions(this, m_filterDock, m_detailDock);
    connectActions();
    connectParts();
    m_model->setSource(nullptr);

    restoreLayout();
    updateSelectionUi();
    m_status->updateTally({});
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createStartupPage()
{
    auto *startup = new QWidget(this);
    startup->setObjectName(QStringLiteral("startupPage"));
    auto *layout = new QVBoxLayout(startup);
    layout->addStretch();
    m_startupLabel->setObjectName(QStringLiteral("startupMessage"));
    m_startupLabel->setAccessibleName(tr("Start-up status"));
    m_startupLabel->setAlignment(Qt::AlignCenter);
    m_startupLabel->setWordWrap(true);
    layout->addWidget(m_startupLabel);
    m_startupProgress->setObjectName(QStringLiteral("startupProgress"));
    m_startupProgress->setAccessibleName(tr("Start-up progress"));
    m_startupProgress->setRange(0, 0);
    m_startupProgress->setMaximumWidth(420);
    layout->addWidget(m_startupProgress, 0, Qt::AlignHCenter);
    layout->addStretch();
    return startup;
}

void MainWindow::createDocks()
{
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(m_filters);
    m_filterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                              QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
}

void MainWindow::connectActions()
{
    WorkspaceActions *a = m_actions;
    connect(a->exportCsv(), &QAction::triggered, this, [this] { m_export->exportLeads(*m_model); });
    connect(a->connection(), &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(a->selectVisible(), &QAction::triggered, m_table, &LeadTableView::selectVisibleLeads);
    connect(a->selectAllMatching(), &QAction::triggered, m_model,
            &LeadTableModel::selectAllMatching);
    connect(a->selectNone(), &QAction::triggered, m_table, &LeadTableView::clearLeadSelection);
    connect(a->focusFilter(), &QAction::triggered, this, &MainWindow::focusFilters);
    connect(a->focusTable(), &QAction::triggered, m_table, &LeadTableView::focusLeads);
    connect(a->refresh(), &QAction::triggered, this, [this] {
        m_model->reload();
        m_status->refreshBalance();
        m_session->poller()->pollNow();
    });
    connect(a->enrich(), &QAction::triggered, this, [this] {
        m_enrich->start(m_model->selectionInViewOrder(), field(),
                        m_model->selection().mode() == Selection::Mode::Manual
                            ? m_hiddenPicks->hiddenCount()
                            : 0);
    });
    connect(a->cancelPending(), &QAction::triggered, this,
            [this] { m_enrich->cancelPending(field()); });
    connect(a->retryFailed(), &QAction::triggered, this,
            [this] { m_enrich->retryFailed(field()); });
    connect(a, &WorkspaceActions::fieldChanged, this, &MainWindow::updateActions);
    connect(a, &WorkspaceActions::message, m_status, &QStatusBar::showMessage);
    connect(a, &WorkspaceActions::languageChanged, this, &MainWindow::offerRestartForLanguage);
}

void MainWindow::connectParts()
{
    connect(m_model, &LeadTableModel::totalChanged, m_status, &WorkspaceStatusBar::updateTotal);
    connect(m_model, &LeadTableModel::totalChanged, this, &MainWindow::updateSelectionUi);
    connect(m_model, &LeadTableModel::loadingChanged, m_status, &WorkspaceStatusBar::updateTotal);
    connect(m_model, &LeadTableModel::loadFailed, m_status, &WorkspaceStatusBar::showLoadError);
    connect(m_model, &LeadTableModel::selectionChanged, this, &MainWindow::updateSelectionUi);
    // Rows arriving, or a fresh start (F5, new filter), mean the last failure
    // is no longer the news.
    connect(m_model, &QAbstractItemModel::dataChanged, m_status,
            &WorkspaceStatusBar::clearLoadError);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_status,
            &WorkspaceStatusBar::clearLoadError);
    connect(m_model, &QAbstractItemModel::modelReset, m_status,
            &WorkspaceStatusBar::clearLoadError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSelectionUi);
    connect(m_table, &LeadTableView::offerChanged, this, &MainWindow::updateSelectionUi);
    connect(m_table, &LeadTableView::selectionIncomplete, this,
            [this](const QString &message) { m_status->showMessage(message, 8000); });

    connect(m_filters, &FilterPanel::filtersChanged, m_model, &LeadTableModel::setFilters);
    // Hand-picked leads stay picked across filter changes; which of them
    // the filters hide is asked after each change of either.
    m_hiddenPicks->setVisibleProbe([this](const QString &id) { return m_model->rowOfId(id) >= 0; });
    connect(m_filters, &FilterPanel::filtersChanged, this, &MainWindow::checkHiddenPicks);
    connect(m_model, &LeadTableModel::selectionChanged, this, &MainWindow::checkHiddenPicks);
    connect(m_model, &LeadTableModel::allMatchingEnded, m_banner,
            &SelectionBanner::noteAllMatchingEnded);
    connect(m_banner, &SelectionBanner::showPickedRequested, this, [this](const QStringList &ids) {
        FilterSet picked;
        picked.set(QStringLiteral("ids"), ids);
        m_filters->replaceFilters(picked);
    });
    connect(m_table, &LeadTableView::clearFiltersRequested, m_filters, &FilterPanel::clearAll);
    connect(m_model, &LeadTableModel::totalChanged, this,
            [this](qint64 total) { m_filters->setMatchCount(total, m_model->isTotalKnown()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_filters->setMatchCount(0, false); });
    connect(m_model, &LeadTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading && !m_model->isTotalKnown() && m_model->hasFailures())
            m_filters->setMatchCountUnavailable();
    });

    connect(m_session, &EnrichmentSession::statusesChanged, m_model,
            &LeadTableModel::applyEnrichments);
    connect(m_session, &EnrichmentSession::tallyChanged, m_status,
            &WorkspaceStatusBar::updateTally);
    connect(m_session, &EnrichmentSession::tallyChanged, this, &MainWindow::updateActions);
    connect(m_session->poller(), &EnrichmentPoller::offlineChanged, m_status,
            &WorkspaceStatusBar::setOffline);
    // The server is back: fetch again whatever failed while it was away, so
    // nobody has to press F5 to see the leads the filters ask for.
    connect(m_client, &LanceClient::reachabilityChanged, this, [this](bool reachable) {
        m_status->setReachable(reachable);
        if (!reachable)
            return;
        m_status->clearLoadError();
        m_model->retryFailed();
        m_filters->retryFailed();
        checkHiddenPicks(); // offline it could only say "some may be hidden"
        m_status->updateTotal();
        m_session->poller()->pollNow();
    });

    connect(m_enrich, &EnrichFlow::message, m_status, &WorkspaceStatusBar::showEnrichMessage);
    connect(m_enrich, &EnrichFlow::estimating, this,
            [this] { m_actions->enrich()->setEnabled(false); });
    connect(m_enrich, &EnrichFlow::stateChanged, this, &MainWindow::updateActions);
    connect(m_enrich, &EnrichFlow::balanceChanged, m_status, &WorkspaceStatusBar::refreshBalance);
    connect(m_export, &ExportController::message, m_status, &QStatusBar::showMessage);
}

QTableView *MainWindow::leadTable() const
{
    return m_table;
}

QAction *MainWindow::enrichAction() const
{
    return m_actions->enrich();
}

ContactField MainWindow::field() const
{
    return m_actions->field();
}

void MainWindow::setField(ContactField f)
{
    m_actions->setField(f);
}

void MainWindow::setPendingStore(PendingStore *store)
{
    if (m_pendingStore)
        m_pendingStore->disconnect(this);
    m_pendingStore = store;
    m_pendingStoreFailureShown = false;
    if (store)
        connect(store, &PendingStore::failed, this, &MainWindow::showPendingStoreFailure);
    m_session->setStore(store);
}

void MainWindow::showPendingStoreFailure(const QString &message)
{
    const QString text = tr("Enrichments in progress cannot be remembered for the next start "
                            "of Lance Desk: %1")
                             .arg(message);
    m_status->showMessage(text, 15000);
    if (m_pendingStoreFailureShown)
        return; // one dialog per file, not one per write
    m_pendingStoreFailureShown = true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Tracking file"),
                                text + QLatin1Char('\n') +
                                    tr("They are still followed while Lance Desk stays open."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("pendingStoreError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::focusFilters()
{
    m_filterDock->show();
    m_filterDock->raise();
    m_filters->setFocus(Qt::ShortcutFocusReason);
    if (QWidget *text = m_filters->findChild<QWidget *>(QStringLiteral("freeText")))
        text->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog::Choice current;
    current.demo = m_demo || !m_connectedUrl.isValid();
    // In demo mode the address box still offers the last server: going
    // back to it must not mean typing it again. (An address, never a token.)
    current.serverUrl =
        current.demo ? QUrl(QSettings().value(kLastServerKey).toString()) : m_connectedUrl;
    auto *dialog = new ConnectionDialog(current, m_tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionDialog::Choice choice = dialog->choice();
        if (!choice.demo)
            QSettings().setValue(kLastServerKey, choice.serverUrl.toString());
        emit connectionRequested(choice);
    });
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // Room for the table's main columns and both docks where the screen
        // has it; fitOnScreen() shrinks it where it has not (a 1366×768
        // laptop, a scaled display).
        const QRect available = screen()->availableGeometry();
        resize(QSize(1360, 820).boundedTo(available.size() * 0.95));
        move(available.center() - rect().center());
    }
    if (!restoreState(settings.value(kStateKey).toByteArray(), kStateVersion)) {
        // First start: the table gets the room; the details pane is narrow
        // until the rep widens it (an empty pane is no use at 260 px).
        resizeDocks({m_detailDock}, {220}, Qt::Horizontal);
    }
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_table->syncSortIndicator(); // a saved arrow is not this run's order
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_fittedOnScreen, true))
        fitOnScreen();
}

void MainWindow::fitOnScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QRect available = screen()->availableGeometry();
    // The frame (title bar, borders) is known once shown; before, none.
    const QMargins frame(geometry().left() - frameGeometry().left(),
                         geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(),
                         frameGeometry().bottom() - geometry().bottom());
    const QRect room = available.marginsRemoved(frame);
    QRect fitted(geometry().topLeft(), geometry().size().boundedTo(room.size()));
    // Then moved, the whole of it, onto the screen.
    fitted.moveLeft(qBound(room.left(), fitted.left(), room.right() - fitted.width() + 1));
    fitted.moveTop(qBound(room.top(), fitted.top(), room.bottom() - fitted.height() + 1));
    if (fitted != geometry())
        setGeometry(fitted);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuitWithPending()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmQuitWithPending()
{
    const qsizetype pending = m_session->pendingIds(ContactField::Emails).size() +
                              m_session->pendingIds(ContactField::Phones).size();
    if (pending == 0 || m_quitConfirmed || !isVisible())
        return true;
    // Nothing is lost by quitting, but a rep who does not know that might
    // wait for hours, or think the credits are gone: say it once.
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Quit Lance Desk"),
                        tr("%Ln enrichment(s) are still on their way.", nullptr, int(pending)),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitWithPending"));
    box->setInformativeText(tr("They carry on at the server without Lance Desk; their results and "
                               "charges are tracked again the next time you start it."));
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitAnyway"));
    box->addButton(tr("&Keep open"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("keepOpen"));
    box->setDefaultButton(quit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(quit, &QPushButton::clicked, this, [this] {
        m_quitConfirmed = true;
        close();
    });
    box->open();
    return false;
}

void MainWindow::offerRestartForLanguage()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Language"),
                                tr("Lance Desk shows the new language after a restart."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("restartForLanguage"));
    box->setInformativeText(tr("Restart now? Enrichments on their way carry on and are tracked "
                               "again after the restart."));
    QPushButton *now = box->addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("restartNow"));
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("restartLater"));
    box->setDefaultButton(now);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(now, &QPushButton::clicked, this, [this] {
        // The restart picks the tracking up again at once: no quit notice.
        m_quitConfirmed = true;
        if (!close())
            return;
        if (m_relaunch) {
            m_relaunch();
            return;
        }
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    });
    connect(later, &QPushButton::clicked, this, [this] {
        m_status->showMessage(tr("The new language applies the next time you start Lance Desk."),
                              10000);
    });
    box->open();
}

void MainWindow::showStarting(const QString &message)
{
    m_startupLabel->setText(message);
    m_startupProgress->setRange(0, 0);
    m_startupProgress->show();
    m_pages->setCurrentIndex(0);
    m_status->showStarting();
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
        m_table->clearLeadSelection();
    }
    m_connectedUrl = m_client->baseUrl();
    m_demo = demo;
    m_pages->setCurrentWidget(m_tablePage);
    m_model->setSource(m_source);
    m_connected = true;
    m_actions->refresh()->setEnabled(true);
    m_table->setFocus();
    m_status->showConnected(demo);
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
    m_table->setServerSorts(meta.has("sort"));
    m_enrich->setServerMeta(meta);
    m_hiddenPicks->setServerSupports(meta.has("ids_filter"));
    m_source->setDeferredTotal(meta.has("deferred_total"));
    if (m_source->setOutcomesByQuery(!meta.has("lead_status")))
        m_model->reload(); // the rows already in came without their outcomes
    updateActions();
}

void MainWindow::showFatalError(const QString &message)
{
    m_startupProgress->hide();
    m_startupLabel->setText(message);
    m_pages->setCurrentIndex(0);
    m_status->showNotConnected();
}

void MainWindow::checkHiddenPicks()
{
    const Selection &s = m_model->selection();
    m_hiddenPicks->update(m_model->filters(),
                          s.mode() == Selection::Mode::Manual ? s.ids() : QStringList());
}

void MainWindow::updateSelectionUi()
{
    m_status->updateSelection();
    m_banner->refresh();
    updateActions();
}

void MainWindow::updateActions()
{
    WorkspaceActions::State s;
    s.connected = m_connected;
    s.submitting = m_session->isSubmitting();
    s.hasSelection = !m_model->selection().isEmpty();
    s.serverCancels = m_hasCancel;
    const ContactField f = field();
    s.hasPending = !m_session->pendingIds(f).isEmpty();
    s.hasFailed = !m_session->failedIds(f).isEmpty();
    s.totalKnown = m_model->isTotalKnown();
    m_actions->update(s);
}

} // namespace lance
