#pragma once

#include "credit_estimate.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;

namespace lance {

// What an enrichment will cost, before a credit is spent: the selection's
// new, already enriched and already pending leads, the price per found
// contact, the maximum cost and the balance after it. When the balance is
// short it says by how much, disables Enrich and offers to enrich only as
// many as the balance covers.
class CreditEstimateDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        Cancelled,
        EnrichAll,
        EnrichAffordable
    };

    explicit CreditEstimateDialog(const CreditEstimate &estimate, QWidget *parent = nullptr);

    // The estimate of the chosen way: with the skip option taken, the one
    // without the leads on file.
    const CreditEstimate &estimate() const { return skipsOnFile() ? m_withoutOnFile : m_estimate; }
    // Some selected leads already have the contact on file (estimate().onFile):
    // offers "Skip the N that already have one" (chosen at first) or "Enrich
    // them too", and shows the numbers of the chosen way.
    void setSkipOption(const CreditEstimate &withoutOnFile);
    bool skipsOnFile() const;
    // Picked leads the current filters hide, which are enriched too: said
    // above the buttons. -1: some may be (the server cannot tell); 0: none.
    void setHiddenByFilters(qint64 hidden);
    Choice choice() const { return m_choice; }

    // The buttons, for keyboard users' tests and accessibility tools.
    QPushButton *enrichButton() const { return m_enrich; }
    QPushButton *affordableButton() const { return m_affordable; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QLabel *addRow(QGridLayout *grid, const QString &label, const char *objectName,
                   const QString &toolTip = QString());
    // Puts the numbers, the note and the buttons of `e` on screen.
    void display(const CreditEstimate &e);

    CreditEstimate m_estimate;
    CreditEstimate m_withoutOnFile;
    Choice m_choice = Cancelled;
    QLabel *m_selected;
    QLabel *m_finished;
    QLabel *m_pending;
    QLabel *m_new;
    QLabel *m_costPerFound;
    QLabel *m_maxCost;
    QLabel *m_balance;
    QLabel *m_balanceAfter;
    QLabel *m_hidden;
    QLabel *m_onFile;
    QRadioButton *m_skipOnFile;
    QRadioButton *m_includeOnFile;
    QLabel *m_note;
    QPushButton *m_enrich;
    QPushButton *m_affordable;
    QPushButton *m_cancel;
};

} // namespace lance
