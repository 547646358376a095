#pragma once

#include <QTableView>

class QLabel;
class QPushButton;

namespace lance {

class LeadTableModel;
struct Lead;

// The lead table as the rep works it: its columns (default order and
// widths, the header menu that shows or hides them, a click that sorts on
// the server) and the selection gestures. The selection is the model's set
// of ids, not the view's: clicks, Ctrl/Shift-clicks, Shift+arrows, Space and
// "select visible" edit the ids, and rows not loaded yet are resolved by the
// model page by page.
class LeadTableView : public QTableView
{
    Q_OBJECT
public:
    explicit LeadTableView(LeadTableModel *model, QWidget *parent = nullptr);

    LeadTableModel *leadModel() const { return m_model; }
    // The lead of the current row, or nullptr while its page is not loaded.
    const Lead *currentLead() const;
    // Whether the server sorts: header clicks sort only then.
    void setServerSorts(bool sorts);
    // Puts the header's arrow on the order the rows are really in (the
    // model's sort), or hides it: after a click the model refused, after a
    // saved header state brought back an old arrow.
    void syncSortIndicator();

    // Ctrl+A: what the rep sees, never a million rows.
    void selectVisibleLeads();
    void clearLeadSelection();
    // After "select visible", the banner offers every lead that matches, as
    // mail clients do; not after every click.
    bool offersAllMatching() const { return m_offerAllMatching; }
    // F6: focus, and a current row to start from.
    void focusLeads();

signals:
    void offerChanged();
    // "Clear filters" on the empty table.
    void clearFiltersRequested();
    // A range could not be selected whole; `message` says why.
    void selectionIncomplete(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void setUpColumns();
    void showColumnMenu(const QPoint &at);
    void sortByColumn(int column);
    // Sets up the Name column that stays at the left edge while the table
    // is scrolled right (a second view over the same model, as in Qt's
    // frozen-column example), and keeps it in step.
    void setUpFrozenNames();
    void updateFrozenNames();
    void rowPressed(const QPoint &at, Qt::KeyboardModifiers modifiers);
    void pressRow(int row, Qt::KeyboardModifiers modifiers);
    void extendSelectionTo(int row);
    void selectRows(int firstRow, int lastRow);
    void toggleCurrentRow();
    void setOfferAllMatching(bool offer);

    // An empty result is said, not left a blank white table.
    void updateEmptyState();

    LeadTableModel *m_model;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_clearFilters;
    QTableView *m_frozen;
    int m_anchorRow = -1; // where Shift ranges start
    bool m_shiftNavigating = false;
    bool m_offerAllMatching = false;
};

} // namespace lance
