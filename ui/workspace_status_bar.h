#pragma once

#include "enrichment_session.h"

#include <QStatusBar>

class QLabel;
class QTimer;

namespace lance {

class LanceClient;
class LeadTableModel;

// The window's status bar: the connection (with the offline countdown),
// how many leads match, how many are selected, the enrichment tally, the
// latest load error, and, on the right, the credit balance, the credits
// held and the Demo data badge. Passing messages use showMessage().
class WorkspaceStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    WorkspaceStatusBar(LanceClient *client, LeadTableModel *model, QWidget *parent = nullptr);

    void showStarting();
    // `demo` shows the Demo data badge.
    void showConnected(bool demo);
    void showNotConnected();

    void refreshBalance();
    void updateTotal();
    void updateSelection();
    void updateTally(const EnrichmentSession::Tally &tally);
    // The enrichment poller's own outage, with its countdown to the next try.
    void setOffline(bool offline, int retryInSeconds);
    // The client's view of the server (LanceClient::reachabilityChanged).
    void setReachable(bool reachable);
    void showLoadError(const QString &message);
    // A passing message about enrichment work, taken back as soon as the
    // work it speaks of is done.
    void showEnrichMessage(const QString &message, int timeoutMs);
    void clearLoadError();

private:
    LanceClient *m_client;
    LeadTableModel *m_model;
    QLabel *m_connectionLabel;
    QLabel *m_totalLabel;
    QLabel *m_selectionLabel;
    QLabel *m_progressLabel;
    QLabel *m_balanceLabel;
    QLabel *m_heldLabel;
    QLabel *m_errorLabel;
    QLabel *m_demoBadge;
    QTimer *m_offlineTicker;
    QTimer *m_balanceTimer;
    QString m_connectedText;
    int m_offlineSeconds = 0;
    QString m_enrichMessage;
    bool m_pollerOffline = false;
    bool m_reachable = true;
    void showConnection();
    static void setField(QLabel *field, const QString &text);
};

} // namespace lance
