#pragma once

#include "enrichment.h"
#include "selection.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace lance {

class EnrichmentPoller;
class LanceClient;
class PendingStore;
struct ClientError;

// This run's enrichment work, for the window: submits a selection in the
// requests the API allows, one at a time so a 402 or a lost server stops
// the rest instead of failing a hundred requests at once; tracks what it
// started through the poller; keeps the tally the status bar shows; and
// cancels or retries on request. Every status it learns goes out through
// statusesChanged(), the one signal the lead table listens to.
class EnrichmentSession : public QObject
{
    Q_OBJECT
public:
    // Where this run's enrichments are: what the status bar says.
    struct Tally
    {
        qint64 pending = 0;
        qint64 found = 0;
        qint64 notFound = 0;
        qint64 failed = 0; // failed or timed out: "Retry failed" picks these
        qint64 cancelled = 0;
        qint64 total() const { return pending + found + notFound + failed + cancelled; }
        bool operator==(const Tally &o) const
        {
            return pending == o.pending && found == o.found && notFound == o.notFound &&
                   failed == o.failed && cancelled == o.cancelled;
        }
    };

    // One request of a submission that did not go through, and why.
    struct FailedRequest
    {
        QString what; // "leads 1,001–2,000 of the filter" or "100 leads"
        qint64 leads = 0;
        QString reason;
    };
    struct Report
    {
        int requests = 0;
        int requestsSent = 0;
        qint64 leadsAsked = 0;
        qint64 started = 0;     // new or reused pending: on their way
        qint64 alreadyDone = 0; // reused finished: free, nothing to wait for
        QList<FailedRequest> failures;
        qint64 leadsNotSubmitted = 0; // never sent: cancelled or stopped after a failure
        bool cancelled = false;
        bool ok() const { return failures.isEmpty() && !cancelled && leadsNotSubmitted == 0; }
    };

    EnrichmentSession(LanceClient *client, QObject *parent = nullptr);
    ~EnrichmentSession() override;

    EnrichmentPoller *poller() const { return m_poller; }
    // Resumes what an earlier run left pending, and keeps tracking there;
    // nullptr lets go of the current file.
    void setStore(PendingStore *store);
    // Another connection: forget this one's enrichments and tally.
    void reset();

    bool isSubmitting() const { return m_submitting; }
    // Submits the selection; progress() while it runs, then submitted().
    void submit(const Selection &selection, ContactField field);
    // Stops a submission after the request in flight.
    void cancelSubmission();

    // Cancels this run's pending enrichments of `field` (of the ids given,
    // or all when empty) through the engine's cancel extension: in batches
    // of 1,000 when the server has "cancel_batch", else one request a lead.
    void cancelPending(ContactField field, const QStringList &onlyIds = {});
    void setCancelInBatches(bool batches) { m_cancelInBatches = batches; }
    // Submits again the leads whose enrichment of `field` failed or timed out.
    void retryFailed(ContactField field);
    QStringList failedIds(ContactField field) const;
    QStringList pendingIds(ContactField field) const;

    Tally tally() const { return m_tally; }

signals:
    void progress(qint64 leadsDone, qint64 leadsTotal);
    void submitted(const lance::EnrichmentSession::Report &report);
    // Every enrichment whose status this session learned of.
    void statusesChanged(const QList<lance::Enrichment> &enrichments);
    void tallyChanged(const lance::EnrichmentSession::Tally &tally);
    // The engine's cancel answered for every lead asked: how many were
    // cancelled, how many had nothing pending any more (they finished while
    // the rep decided), and the first error if some could not be asked.
    void cancelFinished(int cancelled, int finishedMeanwhile, const QString &error);

private:
    void sendNext();
    void learn(const QList<Enrichment> &enrichments);
    void failRequest(const ClientError &error);

    LanceClient *m_client;
    EnrichmentPoller *m_poller;
    QPointer<PendingStore> m_store;
    // Status of every (person, field) this session has heard of.
    QHash<QString, Enrichment> m_known;
    Tally m_tally;

    // The submission in progress.
    bool m_submitting = false;
    bool m_cancelRequested = false;
    ContactField m_field = ContactField::Emails;
    QList<PlannedRequest> m_plan;
    int m_next = 0;
    qint64 m_leadsDone = 0;
    Report m_report;
    quint64 m_generation = 0; // bumped by reset(): older answers are dropped
    bool m_cancelInBatches = false;
};

} // namespace lance

Q_DECLARE_METATYPE(lance::EnrichmentSession::Report)
Q_DECLARE_METATYPE(lance::EnrichmentSession::Tally)
