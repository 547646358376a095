#include "workspace_status_bar.h"

#include "counts.h"
#include "lance_client.h"
#include "lead_table_model.h"

#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace lance {

WorkspaceStatusBar::WorkspaceStatusBar(LanceClient *client, LeadTableModel *model, QWidget *parent)
    : QStatusBar(parent)
    , m_client(client)
    , m_model(model)
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
{
    setObjectName(QStringLiteral("statusBar"));
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
    // However long the message, it takes the room left and no more: a
    // long error must not widen the window past the screen. The whole of
    // it is in the tooltip.
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_errorLabel->hide();
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setAccessibleName(tr("Demo data: the embedded engine with generated leads"));
    m_demoBadge->setToolTip(tr("You are looking at generated demo leads on the built-in engine. "
                               "No real credits are spent."));
    m_demoBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #f0a500; color: #1d1d1d; border-radius: 3px; padding: "
                       "1px 6px; font-weight: bold; }"));
    m_demoBadge->hide();
    // Fields read as separate facts: a thin rule before each one after the
    // first, and a field with nothing to say takes no room (setField).
    setStyleSheet(QStringLiteral(
        "QStatusBar::item { border: none; }"
        "QLabel#leadTotal, QLabel#selectionSize, QLabel#enrichmentProgress, QLabel#heldCredits"
        " { border-left: 1px solid palette(mid); padding-left: 6px; margin-left: 2px; }"));
    for (QLabel *field : {m_totalLabel, m_selectionLabel, m_progressLabel})
        field->hide();
    addWidget(m_connectionLabel);
    addWidget(m_totalLabel);
    addWidget(m_selectionLabel);
    addWidget(m_progressLabel);
    addWidget(m_errorLabel, 1);
    addPermanentWidget(m_balanceLabel);
    addPermanentWidget(m_heldLabel);
    addPermanentWidget(m_demoBadge);

    // The countdown of "offline — retrying in N s".
    m_offlineTicker->setInterval(1000);
    connect(m_offlineTicker, &QTimer::timeout, this, [this] {
        if (m_offlineSeconds > 0)
            --m_offlineSeconds;
        showConnection();
    });
    // Found contacts are charged as they arrive; one balance read per
    // burst of results, not one per result.
    m_balanceTimer->setSingleShot(true);
    m_balanceTimer->setInterval(800);
    connect(m_balanceTimer, &QTimer::timeout, this, &WorkspaceStatusBar::refreshBalance);
}

void WorkspaceStatusBar::setField(QLabel *field, const QString &text)
{
    field->setText(text);
    field->setVisible(!text.isEmpty());
}

void WorkspaceStatusBar::showStarting()
{
    m_connectionLabel->setText(tr("Starting…"));
}

void WorkspaceStatusBar::showConnected(bool demo)
{
    m_demoBadge->setVisible(demo);
    m_connectedText = demo ? tr("Connected to the built-in engine")
                           : tr("Connected to %1").arg(m_client->baseUrl().host());
    m_connectionLabel->setText(m_connectedText);
    refreshBalance();
}

void WorkspaceStatusBar::showNotConnected()
{
    m_connectionLabel->setText(tr("Not connected"));
}

void WorkspaceStatusBar::refreshBalance()
{
    m_client->balance(this, [this](const Result<Balance> &r) {
        if (!r.ok()) {
            m_balanceLabel->setText(tr("Balance unavailable"));
            m_balanceLabel->setToolTip(r.error->message);
            // What was held is not known either: an old figure beside
            // "unavailable" would read as current.
            m_heldLabel->hide();
            return;
        }
        const QLocale locale;
        m_balanceLabel->setText(tr("%Ln credit(s)", nullptr, countOf(r.value->available)));
        m_balanceLabel->setToolTip(tr("Credits available to spend"));
        m_heldLabel->setText(tr("%1 held").arg(locale.toString(r.value->held)));
        m_heldLabel->setVisible(r.value->held > 0);
    });
}

void WorkspaceStatusBar::updateTotal()
{
    if (!m_model->isTotalKnown()) {
        // Before the count answers, "0 leads" (or "100 leads") would be a lie.
        // Failed and not being asked again: say so, not "Counting…" for ever.
        setField(m_totalLabel, m_model->isLoading() ? (m_model->total() > 0 ? tr("Counting leads…")
                                                                            : tr("Loading leads…"))
                               : m_model->hasFailures() ? tr("Count unavailable")
                                                        : QString());
        return;
    }
    const qint64 total = m_model->total();
    // %L1: the count in the locale's digits and grouping ("12,430").
    setField(m_totalLabel, total <= INT_MAX
                               ? tr("%Ln lead(s)", nullptr, int(total))
                               : tr("%L1 leads", "more than 2^31: always plural").arg(total));
}

void WorkspaceStatusBar::updateSelection()
{
    const Selection &s = m_model->selection();
    setField(m_selectionLabel,
             s.isEmpty() ? QString() : tr("%1 selected").arg(QLocale().toString(s.count())));
}

void WorkspaceStatusBar::updateTally(const EnrichmentSession::Tally &t)
{
    const QLocale locale;
    if (t.total() == 0) {
        setField(m_progressLabel, QString());
        m_balanceTimer->start();
        return;
    }
    // While work is under way every count shows, so the numbers do not jump
    // about; once it is done, what was found and whatever else happened.
    const bool done = t.pending == 0;
    QStringList parts;
    if (!done)
        parts << tr("Enriching %1").arg(locale.toString(t.pending));
    parts << tr("%1 found").arg(locale.toString(t.found)); // the number that counts
    if (!done || t.notFound > 0)
        parts << tr("%1 not found").arg(locale.toString(t.notFound));
    if (!done || t.failed > 0)
        parts << tr("%1 failed").arg(locale.toString(t.failed));
    if (t.cancelled > 0)
        parts << tr("%1 cancelled").arg(locale.toString(t.cancelled));
    const QString joined = parts.join(QStringLiteral(" · "));
    setField(m_progressLabel, done ? tr("Done: %1").arg(joined) : joined);
    if (done) {
        // "N enrichments on their way" would now be untrue, and it hides
        // the tally; what was held is settled, so the balance is news now.
        if (!m_enrichMessage.isEmpty() && currentMessage() == m_enrichMessage)
            clearMessage();
        m_balanceTimer->stop();
        refreshBalance();
    } else {
        m_balanceTimer->start();
    }
}

void WorkspaceStatusBar::setOffline(bool offline, int retryInSeconds)
{
    m_pollerOffline = offline;
    m_offlineSeconds = retryInSeconds;
    showConnection();
    if (!offline)
        refreshBalance();
}

void WorkspaceStatusBar::setReachable(bool reachable)
{
    m_reachable = reachable;
    showConnection();
    // Back: the balance is news. Gone: what is shown can no longer be
    // vouched for, and the failed read says so.
    refreshBalance();
}

void WorkspaceStatusBar::showConnection()
{
    if (m_pollerOffline) {
        m_connectionLabel->setText(tr("Offline — retrying in %n s", nullptr, m_offlineSeconds));
        m_offlineTicker->start();
    } else {
        m_offlineTicker->stop();
        m_connectionLabel->setText(m_reachable ? m_connectedText : tr("Offline — reconnecting…"));
    }
    const bool offline = m_pollerOffline || !m_reachable;
    m_connectionLabel->setStyleSheet(offline ? QStringLiteral("QLabel { color: #c62828; }")
                                             : QString());
}

void WorkspaceStatusBar::showEnrichMessage(const QString &message, int timeoutMs)
{
    m_enrichMessage = message;
    showMessage(message, timeoutMs);
}

void WorkspaceStatusBar::showLoadError(const QString &message)
{
    m_errorLabel->setText(tr("Could not load leads: %1").arg(message));
    m_errorLabel->setToolTip(message);
    m_errorLabel->show();
}

void WorkspaceStatusBar::clearLoadError()
{
    if (m_errorLabel->isHidden())
        return;
    m_errorLabel->hide();
    m_errorLabel->clear();
}

} // namespace lance
