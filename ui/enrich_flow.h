#pragma once

#include "enrichment.h"
#include "enrichment_session.h"
#include "selection.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace lance {

class CreditEstimator;
struct CreditEstimate;
struct ServerMeta;

// Enrich… from the first click to the report: the cost is worked out and
// shown, confirmed, read again (a dearer selection is shown again), then
// submitted through the session with a progress dialog that can stop it,
// and what did not start is said exactly. Also Cancel pending (after a
// question) and Retry failed. Dialogs open with open(), never exec().
class EnrichFlow : public QObject
{
    Q_OBJECT
public:
    EnrichFlow(LanceClient *client, EnrichmentSession *session, QWidget *dialogParent);

    void setServerMeta(const ServerMeta &meta);
    // hiddenByFilters: picks the filters hide (-1: some may be), which the
    // estimate names, since they are enriched too.
    void start(const Selection &selection, ContactField field, qint64 hiddenByFilters = 0);
    void retryFailed(ContactField field);
    void cancelPending(ContactField field);

signals:
    // For the status bar; an empty text clears it.
    void message(const QString &text, int timeoutMs);
    // Enrich… waits for the cost before it can be asked again.
    void estimating();
    // Submitting, pending or failed work changed: the actions follow.
    void stateChanged();
    // Credits were held, charged or released.
    void balanceChanged();

private:
    void requestEstimate(const Selection &selection, ContactField field,
                         const CreditEstimate *confirmed);
    void showEstimate(const Selection &selection, ContactField field,
                      const CreditEstimate &estimate);
    void submit(const Selection &selection, ContactField field);
    void showReport(const EnrichmentSession::Report &report);
    void showCancelled(int cancelled, int finishedMeanwhile, const QString &error);

    EnrichmentSession *m_session;
    CreditEstimator *m_estimator;
    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_submitProgress;
    qint64 m_hiddenByFilters = 0; // of the selection being estimated
};

} // namespace lance
