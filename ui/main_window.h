#pragma once

#include "connection_dialog.h"
#include "enrichment.h"
#include "enrichment_session.h"
#include "selection.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace lance {

class ClientPageSource;
class CreditEstimator;
class CreditEstimateDialog;
class FilterPanel;
class LanceClient;
class LeadTableModel;
class PendingStore;
class TokenStore;
struct CreditEstimate;
struct ServerMeta;

// The rep's workspace: the filter panel (dock), the lazy lead table with
// its checkbox selection, a detail pane for the current lead, the toolbar
// (field, Enrich…, Cancel pending, Retry failed, Export CSV…) and a status
// bar with connection, balance, selection and enrichment progress. Every
// dialog is opened with open(), never exec(): the window keeps painting,
// and tests answer a dialog by finding it, not by timers. Geometry, docks,
// column order, widths and visibility persist across runs.
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
    void setPendingStore(PendingStore *store);
    // Where "Test connection" finds a stored token.
    void setTokenStore(TokenStore *tokens) { m_tokens = tokens; }

    LeadTableModel *leadModel() const { return m_model; }
    QTableView *leadTable() const { return m_table; }
    EnrichmentSession *session() const { return m_session; }
    ContactField field() const;
    void setField(ContactField field);

    // The window's actions, by what they do (tests and the keyboard use them).
    QAction *enrichAction() const { return m_enrichAction; }

signals:
    // The rep picked another connection in the Connection dialog; the app
    // (main.cpp) switches and calls showConnected() again.
    void connectionRequested(const lance::ConnectionDialog::Choice &choice);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    // View → Language: what main.cpp loads at the next start.
    void createLanguageMenu(QMenu *view);
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void restoreLayout();
    void applyServerFeatures(const ServerMeta &meta);

    void refreshBalance();
    void updateTotal();
    void showLoadError(const QString &message);
    void clearLoadError();
    void updateSelectionUi();
    void updateActions();
    void updateTally(const EnrichmentSession::Tally &tally);
    void setOffline(bool offline, int retryInSeconds);
    void showDetails();

    // Selection gestures: clicks, Ctrl-clicks, Shift-click and Shift+arrow
    // ranges and Space edit the model's ids; rows not loaded yet are looked
    // up page by page.
    void rowPressed(const QPoint &at, Qt::KeyboardModifiers modifiers);
    void extendSelectionTo(int row);
    void resolveRows(int firstRow, int lastRow, bool select);
    void selectVisibleRows();
    void toggleCurrentRow();
    void sortByColumn(int column);

    // Enrich…: estimate, confirm, re-read, submit.
    void startEnrichment(const Selection &selection);
    void requestEstimate(const Selection &selection, const CreditEstimate *confirmed);
    void showEstimate(const Selection &selection, const CreditEstimate &estimate);
    void submit(const Selection &selection);
    void showReport(const EnrichmentSession::Report &report);
    void cancelPending();
    void exportCsv();
    void openConnectionDialog();

    LanceClient *m_client;
    LeadTableModel *m_model;
    ClientPageSource *m_source;
    EnrichmentSession *m_session;
    CreditEstimator *m_estimator;
    QStackedWidget *m_pages;
    QLabel *m_startupLabel;
    QProgressBar *m_startupProgress;
    QWidget *m_tablePage;
    QTableView *m_table;
    QWidget *m_banner;
    QLabel *m_bannerLabel;
    QPushButton *m_bannerSelectAll;
    QPushButton *m_bannerClear;
    FilterPanel *m_filters;
    QDockWidget *m_filterDock;
    QDockWidget *m_detailDock;
    QTextBrowser *m_details;
    QComboBox *m_fieldCombo;
    QLabel *m_connectionLabel;
    QLabel *m_totalLabel;
    QLabel *m_selectionLabel;
    QLabel *m_progressLabel;
    QLabel *m_balanceLabel;
    QLabel *m_heldLabel;
    QLabel *m_errorLabel;
    QLabel *m_demoBadge;
    QAction *m_refreshAction = nullptr;
    QAction *m_enrichAction = nullptr;
    QAction *m_cancelPendingAction = nullptr;
    QAction *m_retryFailedAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_selectPageAction = nullptr;
    QAction *m_selectNoneAction = nullptr;
    QTimer *m_offlineTicker;
    QTimer *m_balanceTimer;
    QTimer *m_detailTimer;
    QPointer<QProgressDialog> m_submitProgress;
    QString m_connectedText;
    TokenStore *m_tokens = nullptr;
    QUrl m_connectedUrl; // the server the session's work belongs to
    bool m_demo = false;
    int m_offlineSeconds = 0;
    bool m_hasCancel = true;
    bool m_hasSort = true;
    int m_anchorRow = -1; // where Shift ranges start
    bool m_shiftNavigating = false;
    // "Select all N that match" is offered after the visible rows were
    // selected (Ctrl+A), as mail clients do, not after every click.
    bool m_offerAllMatching = false;
    quint64 m_resolveGeneration = 0;
};

} // namespace lance
