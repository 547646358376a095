#include "credit_estimate_dialog.h"

#include "counts.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lance {

CreditEstimateDialog::CreditEstimateDialog(const CreditEstimate &estimate, QWidget *parent)
    : QDialog(parent)
    , m_estimate(estimate)
    , m_enrich(new QPushButton(this))
    , m_affordable(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_hidden(new QLabel(this))
{
    setObjectName(QStringLiteral("creditEstimateDialog"));
    const bool emails = estimate.field == ContactField::Emails;
    setWindowTitle(emails ? tr("Enrich emails") : tr("Enrich phones"));
    const QLocale locale;
    auto n = [&locale](qint64 v) { return locale.toString(v); };
    auto credits = [](qint64 v) { return tr("%Ln credit(s)", nullptr, countOf(v)); };

    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    addRow(grid, tr("Leads selected"), n(estimate.selected), "estimateSelected");
    // An upper bound (a server without the engine's estimate, and too many
    // leads to look up one by one) does not know these two counts.
    const QString unknown = tr("unknown");
    addRow(grid, tr("Already enriched (free)"), estimate.exact ? n(estimate.finished) : unknown,
           "estimateFinished", tr("Finished earlier: you see their result again without paying."));
    addRow(grid, tr("Already pending (free)"), estimate.exact ? n(estimate.pending) : unknown,
           "estimatePending", tr("Already on their way: no second request is made."));
    addRow(grid, tr("New to enrich"), n(estimate.fresh), "estimateNew");
    addRow(grid, emails ? tr("Credits per email found") : tr("Credits per phone found"),
           n(estimate.costPerFound), "estimateCostPerFound");
    QLabel *maxCost = addRow(grid, tr("Maximum cost"), credits(estimate.maxCost), "estimateMaxCost",
                             tr("If every new lead is found. Leads not found, failed or "
                                "cancelled cost nothing."));
    QFont bold = maxCost->font();
    bold.setBold(true);
    maxCost->setFont(bold);
    addRow(grid, tr("Available balance"), credits(estimate.balance), "estimateBalance",
           estimate.held > 0 ? tr("%Ln credit(s) held for enrichments in progress, not counted "
                                  "as available.",
                                  nullptr, countOf(estimate.held))
                             : QString());
    // The worst case, which is also the floor: finds cost, misses do not.
    // Never below zero: a short balance is the shortfall note's to tell.
    addRow(grid, tr("Balance after, if every contact is found"),
           credits(qMax<qint64>(0, estimate.balanceAfterMax())), "estimateBalanceAfter",
           tr("Contacts not found cost nothing, so the balance after is at least this."));
    layout->addLayout(grid);

    m_hidden->setObjectName(QStringLiteral("estimateHidden"));
    m_hidden->setWordWrap(true);
    m_hidden->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_hidden->hide();
    layout->addWidget(m_hidden);

    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("estimateNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("estimateButtons"));
    m_enrich->setObjectName(QStringLiteral("confirmEnrich"));
    m_affordable->setObjectName(QStringLiteral("enrichAffordable"));
    m_cancel->setObjectName(QStringLiteral("cancelEnrich"));
    buttons->addButton(m_enrich, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_affordable, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    m_enrich->setText(estimate.fresh == 0
                          ? tr("&Track them")
                          : tr("&Enrich %Ln lead(s)", nullptr, int(estimate.fresh)));
    m_enrich->setAccessibleName(m_enrich->text().remove(QLatin1Char('&')));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_affordable->hide();
    if (estimate.fresh == 0) {
        note->setText(tr("Nothing new to enrich: every selected lead is already enriched or "
                         "pending. No credits will be used."));
    } else if (!estimate.isAffordable()) {
        // The numbers are exact, so is the shortfall; offering the part the
        // balance covers beats sending the rep away to top up first.
        note->setText(tr("Your balance is short by %Ln credit(s) for the maximum cost.", nullptr,
                         countOf(estimate.shortfall())));
        note->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        m_enrich->setEnabled(false);
        m_enrich->setToolTip(tr("Not enough credits for every new lead"));
        const qint64 afford = estimate.affordableCount();
        if (afford > 0 && afford <= estimate.newIds.size()) {
            m_affordable->setText(tr("Enrich the first %Ln I can afford", nullptr, int(afford)));
            m_affordable->setAccessibleName(m_affordable->text());
            m_affordable->show();
            m_affordable->setDefault(true);
        }
    } else {
        note->setText(tr("Credits are held now and charged only for contacts found."));
        m_enrich->setDefault(true);
    }
    if (!estimate.exact) {
        note->setText(note->text() + QLatin1Char('\n') +
                      tr("This server cannot say which of these leads are already enriched, so "
                         "every one is counted as new: the cost can only be lower."));
    }
    note->setAccessibleName(note->text());

    connect(m_enrich, &QPushButton::clicked, this, [this] {
        m_choice = EnrichAll;
        accept();
    });
    connect(m_affordable, &QPushButton::clicked, this, [this] {
        m_choice = EnrichAffordable;
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
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

QLabel *CreditEstimateDialog::addRow(QGridLayout *grid, const QString &label, const QString &value,
                                     const char *objectName, const QString &toolTip)
{
    const int row = grid->rowCount();
    auto *name = new QLabel(label, this);
    auto *number = new QLabel(value, this);
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
