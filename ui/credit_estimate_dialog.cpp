#include "credit_estimate_dialog.h"

#include "counts.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lance {

CreditEstimateDialog::CreditEstimateDialog(const CreditEstimate &estimate, QWidget *parent)
    : QDialog(parent)
    , m_estimate(estimate)
    , m_hidden(new QLabel(this))
    , m_onFile(new QLabel(this))
    , m_skipOnFile(new QRadioButton(this))
    , m_includeOnFile(new QRadioButton(this))
    , m_note(new QLabel(this))
    , m_enrich(new QPushButton(this))
    , m_affordable(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("creditEstimateDialog"));
    const bool emails = estimate.field == ContactField::Emails;
    setWindowTitle(emails ? tr("Enrich emails") : tr("Enrich phones"));

    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    m_selected = addRow(grid, tr("Leads selected"), "estimateSelected");
    m_finished = addRow(grid, tr("Already enriched (free)"), "estimateFinished",
                        tr("Finished earlier: you see their result again without paying."));
    m_pending = addRow(grid, tr("Already pending (free)"), "estimatePending",
                       tr("Already on their way: no second request is made."));
    m_new = addRow(grid, tr("New to enrich"), "estimateNew");
    m_costPerFound =
        addRow(grid, emails ? tr("Credits per email found") : tr("Credits per phone found"),
               "estimateCostPerFound");
    m_maxCost = addRow(grid, tr("Maximum cost"), "estimateMaxCost",
                       tr("If every new lead is found. Leads not found, failed or "
                          "cancelled cost nothing."));
    QFont bold = m_maxCost->font();
    bold.setBold(true);
    m_maxCost->setFont(bold);
    m_balance = addRow(grid, tr("Available balance"), "estimateBalance");
    // The worst case, which is also the floor: finds cost, misses do not.
    m_balanceAfter =
        addRow(grid, tr("Balance after, if every contact is found"), "estimateBalanceAfter",
               tr("Contacts not found cost nothing, so the balance after is at least this."));
    layout->addLayout(grid);

    m_hidden->setObjectName(QStringLiteral("estimateHidden"));
    m_hidden->setWordWrap(true);
    m_hidden->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_hidden->hide();
    layout->addWidget(m_hidden);

    // Leads that came with the contact: enriching them again buys what the
    // rep already has, so leaving them out is offered first.
    m_onFile->setObjectName(QStringLiteral("estimateOnFile"));
    m_onFile->setWordWrap(true);
    m_skipOnFile->setObjectName(QStringLiteral("skipOnFile"));
    m_includeOnFile->setObjectName(QStringLiteral("includeOnFile"));
    for (QWidget *w : {static_cast<QWidget *>(m_onFile), static_cast<QWidget *>(m_skipOnFile),
                       static_cast<QWidget *>(m_includeOnFile)}) {
        w->hide();
        layout->addWidget(w);
    }

    m_note->setObjectName(QStringLiteral("estimateNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("estimateButtons"));
    m_enrich->setObjectName(QStringLiteral("confirmEnrich"));
    m_affordable->setObjectName(QStringLiteral("enrichAffordable"));
    m_cancel->setObjectName(QStringLiteral("cancelEnrich"));
    buttons->addButton(m_enrich, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_affordable, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_cancel->setAccessibleName(tr("Cancel"));

    connect(m_enrich, &QPushButton::clicked, this, [this] {
        m_choice = EnrichAll;
        accept();
    });
    connect(m_affordable, &QPushButton::clicked, this, [this] {
        m_choice = EnrichAffordable;
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_skipOnFile, &QRadioButton::toggled, this, [this] { display(this->estimate()); });
    display(m_estimate);
}

void CreditEstimateDialog::setSkipOption(const CreditEstimate &withoutOnFile)
{
    m_withoutOnFile = withoutOnFile;
    const bool emails = m_estimate.field == ContactField::Emails;
    const int onFile = countOf(m_estimate.onFile);
    m_onFile->setText(
        emails ? tr("%Ln of the selected leads already have an email on file.", nullptr, onFile)
               : tr("%Ln of the selected leads already have a phone number on file.", nullptr,
                    onFile));
    m_onFile->setAccessibleName(m_onFile->text());
    m_skipOnFile->setText(tr("&Skip the %Ln that already have one", nullptr, onFile));
    m_skipOnFile->setAccessibleName(m_skipOnFile->text().remove(QLatin1Char('&')));
    m_skipOnFile->setToolTip(tr("They are left out of the request: no credits are spent on "
                                "contacts you already have."));
    m_includeOnFile->setText(tr("Enrich them t&oo"));
    m_includeOnFile->setAccessibleName(m_includeOnFile->text().remove(QLatin1Char('&')));
    m_includeOnFile->setToolTip(tr("They are enriched as well; each contact found is charged."));
    m_onFile->show();
    m_skipOnFile->show();
    m_includeOnFile->show();
    m_skipOnFile->setChecked(true); // displays the estimate without them
}

bool CreditEstimateDialog::skipsOnFile() const
{
    return !m_skipOnFile->isHidden() && m_skipOnFile->isChecked();
}

void CreditEstimateDialog::display(const CreditEstimate &estimate)
{
    const QLocale locale;
    auto n = [&locale](qint64 v) { return locale.toString(v); };
    auto credits = [](qint64 v) { return tr("%Ln credit(s)", nullptr, countOf(v)); };
    // An upper bound (a server without the engine's estimate, and too many
    // leads to look up one by one) does not know these two counts.
    const QString unknown = tr("unknown");
    // The rep's selection, whichever way: skipping leaves leads out of the
    // request, not out of what was picked (the on-file line says how many).
    m_selected->setText(n(m_estimate.selected));
    m_finished->setText(estimate.exact ? n(estimate.finished) : unknown);
    m_pending->setText(estimate.exact ? n(estimate.pending) : unknown);
    m_new->setText(n(estimate.fresh));
    m_costPerFound->setText(n(estimate.costPerFound));
    m_maxCost->setText(credits(estimate.maxCost));
    m_balance->setText(credits(estimate.balance));
    const QString heldTip = estimate.held > 0
                                ? tr("%Ln credit(s) held for enrichments in progress, not counted "
                                     "as available.",
                                     nullptr, countOf(estimate.held))
                                : QString();
    m_balance->setToolTip(heldTip);
    // Never below zero: a short balance is the shortfall note's to tell.
    m_balanceAfter->setText(credits(qMax<qint64>(0, estimate.balanceAfterMax())));

    m_enrich->setText(estimate.fresh == 0
                          ? tr("&Track them")
                          : tr("&Enrich %Ln lead(s)", nullptr, countOf(estimate.fresh)));
    m_enrich->setAccessibleName(m_enrich->text().remove(QLatin1Char('&')));
    m_enrich->setEnabled(true);
    m_enrich->setToolTip(QString());
    m_enrich->setDefault(false);
    m_affordable->hide();
    m_affordable->setDefault(false);
    m_note->setStyleSheet(QString());
    if (estimate.fresh == 0) {
        m_note->setText(tr("Nothing new to enrich: every selected lead is already enriched or "
                           "pending. No credits will be used."));
        m_enrich->setDefault(true);
    } else if (!estimate.isAffordable()) {
        // The numbers are exact, so is the shortfall; offering the part the
        // balance covers beats sending the rep away to top up first.
        m_note->setText(tr("Your balance is short by %Ln credit(s) for the maximum cost.", nullptr,
                           countOf(estimate.shortfall())));
        m_note->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        m_enrich->setEnabled(false);
        m_enrich->setToolTip(tr("Not enough credits for every new lead"));
        const qint64 afford = estimate.affordableCount();
        if (afford > 0 && afford <= estimate.newIds.size()) {
            m_affordable->setText(
                tr("Enrich the first %Ln I can afford", nullptr, countOf(afford)));
            m_affordable->setAccessibleName(m_affordable->text());
            m_affordable->show();
            m_affordable->setDefault(true);
        }
    } else {
        m_note->setText(tr("Credits are held now and charged only for contacts found."));
        m_enrich->setDefault(true);
    }
    if (!estimate.exact) {
        m_note->setText(m_note->text() + QLatin1Char('\n') +
                        tr("This server cannot say which of these leads are already enriched, "
                           "so every one is counted as new: the cost can only be lower."));
    }
    m_note->setAccessibleName(m_note->text());
}

void CreditEstimateDialog::setHiddenByFilters(qint64 hidden)
{
    if (hidden == 0) {
        m_hidden->hide();
        return;
    }
    m_hidden->setText(
        hidden > 0 ? tr("%Ln of the selected leads are hidden by the current filters; they are "
                        "enriched too.",
                        nullptr, countOf(hidden))
                   : tr("Some of the selected leads may be hidden by the current filters; they "
                        "are enriched too."));
    m_hidden->setAccessibleName(m_hidden->text());
    m_hidden->show();
}

QLabel *CreditEstimateDialog::addRow(QGridLayout *grid, const QString &label,
                                     const char *objectName, const QString &toolTip)
{
    const int row = grid->rowCount();
    auto *name = new QLabel(label, this);
    auto *number = new QLabel(this);
    number->setObjectName(QLatin1String(objectName));
    number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    number->setAccessibleName(label);
    number->setToolTip(toolTip);
    name->setToolTip(toolTip);
    name->setBuddy(number);
    grid->addWidget(name, row, 0);
    grid->addWidget(number, row, 1);
    return number;
}

} // namespace lance
