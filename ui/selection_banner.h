#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lance {

class LeadTableView;

// The strip above the lead table that says how far a selection reaches:
// "All N leads that match are selected", or, after the visible rows were
// selected, the offer to select every lead that matches, as mail clients
// do. Its Clear selection button empties the selection.
class SelectionBanner : public QWidget
{
    Q_OBJECT
public:
    explicit SelectionBanner(LeadTableView *table, QWidget *parent = nullptr);

    // Shows or hides the banner for the model's selection and total.
    void refresh();

private:
    LeadTableView *m_table;
    QLabel *m_label;
    QPushButton *m_selectAll;
    QPushButton *m_clear;
};

} // namespace lance
