#include "enrich_flow.h"

#include "counts.h"
#include "credit_estimate_dialog.h"
#include "credit_estimator.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include <climits>
#include <memory>

namespace lance {

EnrichFlow::EnrichFlow(LanceClient *client, EnrichmentSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_estimator(new CreditEstimator(client, this))
    , m_dialogParent(dialogParent)
{
    connect(session, &EnrichmentSession::submitted, this, &EnrichFlow::showReport);
    connect(session, &EnrichmentSession::cancelFinished, this, &EnrichFlow::showCancelled);
}

void EnrichFlow::setServerMeta(const ServerMeta &meta)
{
    m_estimator->setServerMeta(meta);
    m_session->setCancelInBatches(meta.has("cancel_batch"));
}

void EnrichFlow::start(const Selection &selection, ContactField field, qint64 hiddenByFilters)
{
    if (selection.isEmpty()) {
        emit message(tr("Select leads first: click, Ctrl-click or Space."), 5000);
        return;
    }
    m_hiddenByFilters = hiddenByFilters;
    requestEstimate(selection, field, nullptr);
}

void EnrichFlow::retryFailed(ContactField field)
{
    Selection failed;
    failed.setSelected(m_session->failedIds(field), true);
    start(failed, field);
}

void EnrichFlow::requestEstimate(const Selection &selection, ContactField field,
                                 const CreditEstimate *confirmed)
{
    auto shown = confirmed ? std::make_shared<CreditEstimate>(*confirmed)
                           : std::shared_ptr<CreditEstimate>();
    emit message(tr("Working out the cost…"), 0);
    emit estimating();
    estimateThen(selection, field, 0, [this, selection, field, shown](const CreditEstimate &now) {
        if (shown) {
            // Confirmed: re-read. Unchanged or cheaper goes ahead; dearer is
            // shown again, since the rep agreed to the old numbers.
            if (now.maxCost <= shown->maxCost && now.isAffordable())
                return submit(selection, field);
            emit message(tr("The selection changed since you confirmed; "
                            "please check the new cost."),
                         8000);
        }
        if (now.onFile == 0) {
            return withAffordableIds(selection, field, now, [=](const CreditEstimate &all) {
                showEstimate(selection, field, all, nullptr);
            });
        }
        // Some leads already have the contact: the estimate without them is
        // asked for too, so the rep compares the two exactly.
        const Selection skipped = CreditEstimator::withoutOnFile(selection, field, now);
        estimateThen(skipped, field, 0, [=](const CreditEstimate &without) {
            withAffordableIds(skipped, field, without, [=](const CreditEstimate &skipOne) {
                withAffordableIds(selection, field, now, [=](const CreditEstimate &all) {
                    const Choice skip{skipped, skipOne};
                    showEstimate(selection, field, all, &skip);
                });
            });
        });
    });
}

void EnrichFlow::estimateThen(const Selection &selection, ContactField field, int newIdsLimit,
                              std::function<void(const CreditEstimate &)> next)
{
    m_estimator->estimate(selection, field, newIdsLimit, this,
                          [this, next = std::move(next)](const Result<CreditEstimate> &r) {
                              emit message(QString(), 0);
                              emit stateChanged();
                              if (r.ok())
                                  return next(*r.value);
                              auto *box =
                                  new QMessageBox(QMessageBox::Warning, tr("Enrich"),
                                                  tr("The cost could not be worked out, so nothing "
                                                     "was spent: %1")
                                                      .arg(r.error->message),
                                                  QMessageBox::Ok, m_dialogParent);
                              box->setObjectName(QStringLiteral("estimateError"));
                              box->setAttribute(Qt::WA_DeleteOnClose);
                              box->open();
                          });
}

void EnrichFlow::withAffordableIds(const Selection &selection, ContactField field,
                                   const CreditEstimate &estimate,
                                   std::function<void(const CreditEstimate &)> next)
{
    if (estimate.isAffordable() || estimate.affordableCount() == 0 ||
        estimate.newIds.size() >= estimate.affordableCount())
        return next(estimate);
    // Ask again for the ids of the leads the balance covers, so "enrich
    // what I can afford" creates exactly that many.
    estimateThen(selection, field, int(qMin<qint64>(estimate.affordableCount(), 10000)),
                 std::move(next));
}

void EnrichFlow::showEstimate(const Selection &selection, ContactField field,
                              const CreditEstimate &estimate, const Choice *skipOnFile)
{
    auto *dialog = new CreditEstimateDialog(estimate, m_dialogParent);
    dialog->setHiddenByFilters(m_hiddenByFilters);
    const Selection skipped = skipOnFile ? skipOnFile->selection : Selection();
    if (skipOnFile)
        dialog->setSkipOption(skipOnFile->estimate);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, selection, skipped, field] {
        const CreditEstimate confirmed = dialog->estimate();
        switch (dialog->choice()) {
        case CreditEstimateDialog::Cancelled:
            break;
        case CreditEstimateDialog::EnrichAll:
            requestEstimate(dialog->skipsOnFile() ? skipped : selection, field, &confirmed);
            break;
        case CreditEstimateDialog::EnrichAffordable: {
            Selection affordable;
            affordable.setSelected(confirmed.newIds.mid(0, confirmed.affordableCount()), true);
            submit(affordable, field);
            break;
        }
        }
    });
    dialog->open();
}

void EnrichFlow::submit(const Selection &selection, ContactField field)
{
    m_submitProgress =
        new QProgressDialog(tr("Starting enrichments…"), tr("Cancel"), 0,
                            int(qMin<qint64>(selection.count(), INT_MAX)), m_dialogParent);
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
    m_session->submit(selection, field);
    emit stateChanged();
}

void EnrichFlow::showReport(const EnrichmentSession::Report &report)
{
    emit balanceChanged();
    emit stateChanged();
    QString started = tr("%Ln enrichment(s) on their way.", nullptr, countOf(report.started));
    if (report.alreadyDone > 0)
        started += QLatin1Char(' ') + tr("%Ln already enriched or pending, at no cost.", nullptr,
                                         countOf(report.alreadyDone));
    if (report.ok()) {
        emit message(started, 8000);
        return;
    }
    // Partial failure, said exactly: what started, what did not and why.
    QStringList lines{started};
    for (const auto &f : report.failures)
        lines << tr("Not started: %1 — %2").arg(f.what, f.reason);
    if (report.leadsNotSubmitted > 0)
        lines << (report.cancelled
                      ? tr("Cancelled before sending: up to %Ln lead(s); nothing was charged "
                           "for them.",
                           nullptr, countOf(report.leadsNotSubmitted))
                      : tr("Not sent after the failure: up to %Ln lead(s); nothing was charged "
                           "for them.",
                           nullptr, countOf(report.leadsNotSubmitted)));
    auto *box = new QMessageBox(
        report.cancelled && report.failures.isEmpty() ? QMessageBox::Information
                                                      : QMessageBox::Warning,
        tr("Enrich"), lines.join(QLatin1Char('\n')), QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("submissionReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void EnrichFlow::cancelPending(ContactField field)
{
    if (m_session->pendingIds(field).isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel pending"), QString(),
                                QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("cancelPendingConfirm"));
    QPushButton *yes = box->addButton(tr("Cancel them"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmCancelPending"));
    QPushButton *no = box->addButton(tr("Keep them"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("keepPending"));
    box->setDefaultButton(no); // the safe choice on Enter
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The question follows the poller while it is open: enrichments keep
    // finishing while the rep decides, and asking about 52 when 40 are left
    // would make the answer ("40 cancelled") look like a failure.
    const auto update = [this, box, yes, no, field] {
        const int count = int(m_session->pendingIds(field).size());
        yes->setEnabled(count > 0);
        if (count == 0) {
            box->setText(tr("Nothing is pending any more: every enrichment finished while "
                            "this question was open."));
            no->setText(tr("Close"));
            return;
        }
        box->setText((field == ContactField::Emails
                          ? tr("Cancel %Ln pending email enrichment(s)?", nullptr, count)
                          : tr("Cancel %Ln pending phone enrichment(s)?", nullptr, count)) +
                     QLatin1Char('\n') +
                     tr("Their held credits are released. You can enrich them again later."));
    };
    update();
    connect(m_session, &EnrichmentSession::tallyChanged, box, update);
    connect(box, &QMessageBox::finished, this, [this, box, yes, field] {
        if (box->clickedButton() == yes)
            m_session->cancelPending(field);
    });
    box->open();
}

void EnrichFlow::showCancelled(int cancelled, int finishedMeanwhile, const QString &error)
{
    QString text =
        tr("%Ln pending enrichment(s) cancelled; their credits are released.", nullptr, cancelled);
    if (finishedMeanwhile > 0)
        text += QLatin1Char(' ') +
                tr("%Ln had finished meanwhile and keep their result.", nullptr, finishedMeanwhile);
    if (!error.isEmpty())
        text += QLatin1Char(' ') + tr("Some could not be cancelled: %1").arg(error);
    emit message(text, 10000);
    emit balanceChanged();
    emit stateChanged();
}

} // namespace lance
