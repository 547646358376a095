#pragma once

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QAction;

namespace lance {

class LanceClient;
class LeadTableModel;
class ClientPageSource;

// The rep's main window: the lead table over the search endpoint, with the
// connection, lead total and credit balance in the status bar. Window
// geometry, layout and column state persist across runs.
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

    LeadTableModel *leadModel() const { return m_model; }
    QTableView *leadTable() const { return m_table; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refreshBalance();
    void updateTotal();
    void showLoadError(const QString &message);
    void clearLoadError();
    void restoreLayout();

    LanceClient *m_client;
    LeadTableModel *m_model;
    ClientPageSource *m_source;
    QStackedWidget *m_pages;
    QLabel *m_startupLabel;
    QProgressBar *m_startupProgress;
    QTableView *m_table;
    QLabel *m_connectionLabel;
    QLabel *m_totalLabel;
    QLabel *m_balanceLabel;
    QLabel *m_errorLabel;
    QLabel *m_demoBadge;
    QAction *m_refreshAction = nullptr;
};

} // namespace lance
