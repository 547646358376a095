#pragma once

#include "credit_estimate.h"
#include "enrichment.h"
#include "enrichment_session.h"
#include "selection.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace lance {

class CreditEstimator;
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
    // A selection with its estimate: the way without the leads on file.
    struct Choice
    {
        Selection selection;
        CreditEstimate estimate;
    };
    void requestEstimate(const Selection &selection, ContactField field,
                         const CreditEstimate *confirmed);
    // Calls `next` with the estimate, or says why there is none.
    void estimateThen(const Selection &selection, ContactField field, int newIdsLimit,
                      std::function<void(const CreditEstimate &)> next);
    // A short balance: `next` gets an estimate naming the leads it covers.
    void withAffordableIds(const Selection &selection, ContactField field,
                           const CreditEstimate &estimate,
                           std::function<void(const CreditEstimate &)> next);
    void showEstimate(const Selection &selection, ContactField field,
                      const CreditEstimate &estimate, const Choice *skipOnFile);
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
