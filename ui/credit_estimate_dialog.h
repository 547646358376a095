#pragma once

#include "credit_estimate.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QPushButton;

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

    const CreditEstimate &estimate() const { return m_estimate; }
    // Picked leads the current filters hide, which are enriched too: said
    // above the buttons. -1: some may be (the server cannot tell); 0: none.
    void setHiddenByFilters(qint64 hidden);
    Choice choice() const { return m_choice; }

    // The buttons, for keyboard users' tests and accessibility tools.
    QPushButton *enrichButton() const { return m_enrich; }
    QPushButton *affordableButton() const { return m_affordable; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QLabel *addRow(QGridLayout *grid, const QString &label, const QString &value,
                   const char *objectName, const QString &toolTip = QString());

    CreditEstimate m_estimate;
    Choice m_choice = Cancelled;
    QPushButton *m_enrich;
    QPushButton *m_affordable;
    QPushButton *m_cancel;
    QLabel *m_hidden;
};

} // namespace lance
