#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace lance {

class HiddenSelection;
class LeadTableView;

// The strip above the lead table that says how far a selection reaches:
// "All N leads that match are selected"; after the visible rows were
// selected, the offer to select every lead that matches, as mail clients
// do; hand-picked leads the filters now hide ("3 of them hidden by the
// filters", with Show them and Untick them), so nobody spends credits on
// leads they cannot see without knowing; and, once, that a filter change
// ended "all that match". Clear selection empties the selection.
class SelectionBanner : public QWidget
{
    Q_OBJECT
public:
    SelectionBanner(LeadTableView *table, HiddenSelection *hidden, QWidget *parent = nullptr);

    // Shows or hides the banner for the model's selection and total.
    void refresh();
    // A filter change ended "all that match" of `count` leads: said until
    // the rep selects again or dismisses it.
    void noteAllMatchingEnded(qint64 count);

signals:
    // Show them: filter the table to these picked leads.
    void showPickedRequested(const QStringList &ids);

private:
    LeadTableView *m_table;
    HiddenSelection *m_hidden;
    QLabel *m_label;
    QPushButton *m_selectAll;
    QPushButton *m_show;
    QPushButton *m_untick;
    QPushButton *m_clear;
    QPushButton *m_dismiss;
    QString m_notice;
};

} // namespace lance
