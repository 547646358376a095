#pragma once

#include "connection_dialog.h"
#include "enrichment.h"

#include <QMainWindow>

#include <QPointer>
#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;

namespace lance {

class ClientPageSource;
class EnrichFlow;
class EnrichmentSession;
class ExportController;
class FilterPanel;
class LanceClient;
class LeadDetailsPane;
class LeadTableModel;
class LeadTableView;
class PendingStore;
class HiddenSelection;
class SelectionBanner;
class TokenStore;
class WorkspaceActions;
class WorkspaceStatusBar;
struct ServerMeta;

// The rep's workspace, put together from its parts: the filter panel
// (dock), the lazy lead table with its selection banner, the details pane
// (dock), the menus and toolbar, the status bar, the enrich flow and CSV
// export. The window wires them and keeps what belongs to it alone: the
// start-up page, the connection it shows, and the layout (geometry, docks,
// columns) that persists across runs. Every dialog is opened with open(),
// never exec(): the window keeps painting, and tests answer a dialog by
// finding it, not by timers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanceClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // While the embedded engine starts (and creates demo data the first time).
    void showStarting(const QString &message);
    void setStartupProgress(int done, int total);
    // The client is set up; show the leads. `demo` shows the Demo data badge.
    void showConnected(bool demo);
    // Something stops the app from showing leads at all.
    void showFatalError(const QString &message);
    // Resumes tracking what an earlier run left pending; nullptr lets go.
    // A file that cannot be written is told to the rep: the tracking would
    // not survive a restart.
    void setPendingStore(PendingStore *store);
    // Where "Test connection" finds a stored token.
    void setTokenStore(TokenStore *tokens) { m_tokens = tokens; }

    LeadTableModel *leadModel() const { return m_model; }
    QTableView *leadTable() const;
    EnrichmentSession *session() const { return m_session; }
    ContactField field() const;
    void setField(ContactField field);

    // The window's actions, by what they do (tests and the keyboard use them).
    QAction *enrichAction() const;

    // Starts this program again once the window has closed, for a new
    // language: by default the same binary with the same arguments, then
    // quit. Tests replace it so nothing is started.
    void setRelauncher(std::function<void()> relaunch) { m_relaunch = std::move(relaunch); }

signals:
    // The rep picked another connection in the Connection dialog; the app
    // (main.cpp) switches and calls showConnected() again.
    void connectionRequested(const lance::ConnectionDialog::Choice &choice);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createStartupPage();
    void createDocks();
    void connectActions();
    void connectParts();
    void restoreLayout();
    // Keeps the whole window, frame included, on the screen it shows on.
    void fitOnScreen();
    void applyServerFeatures(const ServerMeta &meta);
    void updateSelectionUi();
    // Asks which hand-picked leads the filters hide (the banner, the estimate).
    void checkHiddenPicks();
    void updateActions();
    void showPendingStoreFailure(const QString &message);
    void focusFilters();
    void openConnectionDialog();
    // After View → Language: restart now, or later.
    void offerRestartForLanguage();
    // Closing while enrichments run: they carry on at the server; said
    // once, with the choice to stay.
    bool confirmQuitWithPending();

    LanceClient *m_client;
    LeadTableModel *m_model;
    ClientPageSource *m_source;
    EnrichmentSession *m_session;
    QStackedWidget *m_pages;
    QLabel *m_startupLabel;
    QProgressBar *m_startupProgress;
    QWidget *m_tablePage;
    LeadTableView *m_table;
    HiddenSelection *m_hiddenPicks;
    SelectionBanner *m_banner;
    FilterPanel *m_filters;
    QDockWidget *m_filterDock;
    QDockWidget *m_detailDock;
    LeadDetailsPane *m_details;
    WorkspaceStatusBar *m_status;
    WorkspaceActions *m_actions = nullptr;
    EnrichFlow *m_enrich;
    ExportController *m_export;
    QPointer<PendingStore> m_pendingStore;
    TokenStore *m_tokens = nullptr;
    QUrl m_connectedUrl; // the server the session's work belongs to
    bool m_connected = false;
    bool m_demo = false;
    bool m_hasCancel = true;
    // The tracking file's trouble is told once per file, not per write.
    bool m_pendingStoreFailureShown = false;
    bool m_fittedOnScreen = false; // once, at the first show
    bool m_quitConfirmed = false;
    std::function<void()> m_relaunch;
};

} // namespace lance
