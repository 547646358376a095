#include "lead_table_view.h"

#include "lead_columns.h"
#include "lead_item_delegate.h"
#include "lead_table_model.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <iterator>

namespace lance {

LeadTableView::LeadTableView(LeadTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_empty(new QWidget(viewport()))
    , m_emptyText(new QLabel(m_empty))
    , m_clearFilters(new QPushButton(tr("&Clear filters"), m_empty))
    , m_frozen(new QTableView(this))
{
    setObjectName(QStringLiteral("leadTable"));
    setAccessibleName(tr("Leads"));
    setModel(model);
    // The view's own selection would forget rows on every reset and cannot
    // name rows that are not loaded; the delegate paints ticked rows as
    // selected instead.
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(false);
    // Fixed row heights let the view place a million rows without asking
    // each one its size.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setItemDelegate(new LeadItemDelegate(this));
    setUpColumns();
    setUpFrozenNames();

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // Shift+arrows extend the selection from the anchor, as in
                // any list; plain arrows only move.
                if (m_shiftNavigating && current.isValid() && m_anchorRow >= 0)
                    extendSelectionTo(current.row());
            });
    m_empty->setObjectName(QStringLiteral("emptyResult"));
    m_emptyText->setObjectName(QStringLiteral("emptyResultText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->setAccessibleName(tr("Clear filters"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    m_empty->hide();
    connect(m_clearFilters, &QPushButton::clicked, this, &LeadTableView::clearFiltersRequested);
    connect(model, &LeadTableModel::totalChanged, this, &LeadTableView::updateEmptyState);
    connect(model, &LeadTableModel::loadingChanged, this, &LeadTableView::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &LeadTableView::updateEmptyState);
    // A new filter or sort: rows mean other leads now.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_anchorRow = -1;
        setOfferAllMatching(false);
    });
}

void LeadTableView::setUpColumns()
{
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Default widths, in LeadTableModel::Column order; the user's own layout
    // (restored by the window) wins over them.
    // Name, title, company, country and the email status fit a 1366 px
    // laptop beside both docks.
    const int widths[] = {170, 180, 90, 130, 160, 150, 120, 110, 220, 150, 100, 100};
    static_assert(std::size(widths) == LeadTableModel::ColumnCount,
                  "one default width per lead table column");
    for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
        setColumnWidth(c, widths[c]);
    // What a rep qualifies a lead on first (who, what role, where), then
    // each status beside its data, then the rest. A layout the rep saved
    // replaces this order.
    const int order[] = {LeadTableModel::NameColumn,        LeadTableModel::JobTitleColumn,
                         LeadTableModel::CompanyColumn,     LeadTableModel::CountryColumn,
                         LeadTableModel::EmailStatusColumn, LeadTableModel::EmailsColumn,
                         LeadTableModel::PhoneStatusColumn, LeadTableModel::PhonesColumn,
                         LeadTableModel::SeniorityColumn,   LeadTableModel::DepartmentColumn,
                         LeadTableModel::IndustryColumn,    LeadTableModel::CityColumn};
    static_assert(std::size(order) == LeadTableModel::ColumnCount, "every column placed once");
    for (int visual = 0; visual < LeadTableModel::ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    connect(header, &QHeaderView::sectionClicked, this, &LeadTableView::sortByColumn);
    connect(header, &QHeaderView::customContextMenuRequested, this, &LeadTableView::showColumnMenu);
}

void LeadTableView::setUpFrozenNames()
{
    QTableView *f = m_frozen;
    f->setObjectName(QStringLiteral("frozenNameColumn"));
    f->setAccessibleName(tr("Lead names, kept in view"));
    f->setModel(m_model);
    f->setItemDelegate(new LeadItemDelegate(f));
    // Keyboard work stays in the table itself; this one only shows names
    // and takes clicks.
    f->setFocusPolicy(Qt::NoFocus);
    f->setSelectionMode(QAbstractItemView::NoSelection);
    f->setAlternatingRowColors(true);
    f->setWordWrap(false);
    f->setFrameShape(QFrame::NoFrame);
    f->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    f->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    f->setVerticalScrollMode(verticalScrollMode());
    f->verticalHeader()->hide();
    f->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    f->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    f->horizontalHeader()->setSectionsMovable(false);
    f->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
        f->setColumnHidden(c, c != LeadTableModel::NameColumn);
    // A line between the kept names and the columns scrolling under them.
    f->setStyleSheet(QStringLiteral("QTableView#frozenNameColumn { border: none; "
                                    "border-right: 1px solid palette(mid); }"));
    f->hide();
    f->viewport()->installEventFilter(this);

    connect(f->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(),
            &QScrollBar::setValue);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, f->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(f->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &LeadTableView::sortByColumn);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &LeadTableView::updateFrozenNames);
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &LeadTableView::updateFrozenNames);
    QHeaderView *header = horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &LeadTableView::updateFrozenNames);
    connect(header, &QHeaderView::sectionMoved, this, &LeadTableView::updateFrozenNames);
    connect(header, &QHeaderView::geometriesChanged, this, &LeadTableView::updateFrozenNames);
}

void LeadTableView::updateFrozenNames()
{
    QHeaderView *header = horizontalHeader();
    const int name = LeadTableModel::NameColumn;
    // Only while the table's own Name column is scrolled away from its
    // place at the left edge; a rep who moved or hid it asked for that.
    const bool keep = horizontalScrollBar()->value() > 0 && header->visualIndex(name) == 0 &&
                      !isColumnHidden(name);
    if (!keep) {
        m_frozen->hide();
        return;
    }
    m_frozen->setColumnWidth(name, columnWidth(name));
    m_frozen->horizontalHeader()->setFixedHeight(header->height());
    m_frozen->horizontalHeader()->setSortIndicatorShown(header->isSortIndicatorShown());
    m_frozen->horizontalHeader()->setSortIndicator(header->sortIndicatorSection(),
                                                   header->sortIndicatorOrder());
    m_frozen->setGeometry(viewport()->x(), header->y(), columnWidth(name) + 1,
                          header->height() + viewport()->height());
    m_frozen->verticalScrollBar()->setRange(verticalScrollBar()->minimum(),
                                            verticalScrollBar()->maximum());
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
    m_frozen->show();
    m_frozen->raise();
}

void LeadTableView::updateEmptyState()
{
    const bool empty = m_model->isTotalKnown() && m_model->total() == 0 && !m_model->isLoading();
    if (empty) {
        const bool filtered = !m_model->filters().isEmpty();
        m_emptyText->setText(filtered ? tr("No leads match these filters.")
                                      : tr("There are no leads here yet."));
        m_clearFilters->setVisible(filtered);
        m_empty->adjustSize();
        m_empty->move((viewport()->width() - m_empty->width()) / 2,
                      (viewport()->height() - m_empty->height()) / 3);
    }
    m_empty->setVisible(empty);
}

void LeadTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateEmptyState();
    updateFrozenNames();
}

void LeadTableView::showColumnMenu(const QPoint &at)
{
    // Show or hide columns; the header's saved state remembers it.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < LeadTableModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setObjectName(QStringLiteral("columnToggle_%1").arg(c));
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        // The name column carries the checkboxes: it always stays.
        a->setEnabled(c != LeadTableModel::NameColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
    }
    menu.exec(horizontalHeader()->mapToGlobal(at));
}

void LeadTableView::setServerSorts(bool sorts)
{
    m_model->setServerSorts(sorts);
    syncSortIndicator();
}

void LeadTableView::sortByColumn(int column)
{
    m_model->sortByColumn(column);
    // QHeaderView has moved its arrow to the clicked column already, sorted
    // or not.
    syncSortIndicator();
}

void LeadTableView::syncSortIndicator()
{
    QHeaderView *header = horizontalHeader();
    const int column = LeadColumns::columnOfSortKey(m_model->sortSpec().key);
    header->setSortIndicatorShown(column >= 0);
    if (column >= 0)
        header->setSortIndicator(column, m_model->sortSpec().descending ? Qt::DescendingOrder
                                                                        : Qt::AscendingOrder);
    updateFrozenNames();
}

const Lead *LeadTableView::currentLead() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->leadAt(current.row()) : nullptr;
}

void LeadTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        toggleCurrentRow();
        return;
    }
    const int key = event->key();
    const bool navigation = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
                            key == Qt::Key_PageDown || key == Qt::Key_Home || key == Qt::Key_End;
    if (!navigation || !(event->modifiers() & Qt::ShiftModifier))
        return QTableView::keyPressEvent(event);
    if (m_anchorRow < 0 && currentIndex().isValid())
        m_anchorRow = currentIndex().row();
    // The view moves the current row while handling this very event; the
    // flag marks that move as a Shift one.
    m_shiftNavigating = true;
    QTableView::keyPressEvent(event);
    m_shiftNavigating = false;
}

QModelIndex LeadTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Ctrl+Home / Ctrl+End go to the first / last lead and stay in the
    // column, as in a spreadsheet; QTableView would also jump to the first
    // or last column, far from the name.
    if ((action == MoveHome || action == MoveEnd) && (modifiers & Qt::ControlModifier) &&
        model()->rowCount() > 0) {
        const int column =
            currentIndex().isValid() ? currentIndex().column() : int(LeadTableModel::NameColumn);
        return model()->index(action == MoveHome ? 0 : model()->rowCount() - 1, column);
    }
    return QTableView::moveCursor(action, modifiers);
}

void LeadTableView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        rowPressed(event->position().toPoint(), event->modifiers());
    QTableView::mousePressEvent(event);
}

namespace {
// Whether a press at `at` (viewport coordinates) lands on the Name cell's
// checkbox, which toggles itself (the delegate's job): such a press is not
// also a click on the row.
bool onCheckBox(const QTableView *view, const QModelIndex &index, const QPoint &at)
{
    if (index.column() != LeadTableModel::NameColumn)
        return false;
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box =
        view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    return box.adjusted(-2, -2, 2, 2).contains(at);
}
} // namespace

bool LeadTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_frozen->viewport() && (event->type() == QEvent::MouseButtonPress ||
                                            event->type() == QEvent::MouseButtonDblClick)) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint at = mouse->position().toPoint();
        const QModelIndex index = m_frozen->indexAt(at);
        if (mouse->button() != Qt::LeftButton || !index.isValid() ||
            onCheckBox(m_frozen, index, at))
            return false; // the checkbox ticks through the frozen view's delegate
        // A press on a kept name is a press on that row of the table; the
        // current row moves without scrolling the table back to the left.
        setFocus(Qt::MouseFocusReason);
        const int column =
            currentIndex().isValid() ? currentIndex().column() : columnAt(m_frozen->width());
        selectionModel()->setCurrentIndex(m_model->index(index.row(), qMax(0, column)),
                                          QItemSelectionModel::NoUpdate);
        pressRow(index.row(), mouse->modifiers());
        return true;
    }
    return QTableView::eventFilter(watched, event);
}

void LeadTableView::rowPressed(const QPoint &at, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = indexAt(at);
    if (index.isValid() && !onCheckBox(this, index, at))
        pressRow(index.row(), modifiers);
}

void LeadTableView::pressRow(int row, Qt::KeyboardModifiers modifiers)
{
    const Lead *lead = m_model->leadAt(row);
    if (!lead)
        return;
    const bool allMatching = m_model->selection().mode() == Selection::Mode::AllMatching;
    if (modifiers & Qt::ShiftModifier) {
        if (m_anchorRow < 0)
            m_anchorRow = row;
        extendSelectionTo(row);
    } else if (modifiers & Qt::ControlModifier) {
        m_model->toggleSelected(lead->id);
        m_anchorRow = row;
    } else if (!allMatching) {
        // A plain click selects just this lead, as in any list. With "all
        // that match" selected it only moves the current row: one stray
        // click must not throw away a selection of thousands.
        setOfferAllMatching(false);
        m_model->clearSelection();
        m_model->setSelected({lead->id}, true);
        m_anchorRow = row;
    }
}

void LeadTableView::extendSelectionTo(int row)
{
    selectRows(qMin(m_anchorRow, row), qMax(m_anchorRow, row));
}

void LeadTableView::selectRows(int firstRow, int lastRow)
{
    m_model->resolveIds(firstRow, lastRow, [this](const QStringList &ids, const QString &error) {
        if (!error.isEmpty())
            emit selectionIncomplete(tr("Could not select every row: %1").arg(error));
        else
            m_model->setSelected(ids, true);
    });
}

void LeadTableView::toggleCurrentRow()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    if (const Lead *l = m_model->leadAt(current.row())) {
        m_model->toggleSelected(l->id);
        m_anchorRow = current.row();
    }
}

void LeadTableView::selectVisibleLeads()
{
    const int top = qMax(0, rowAt(0));
    int bottom = rowAt(viewport()->height() - 1);
    if (bottom < 0)
        bottom = m_model->rowCount() - 1;
    if (bottom < top)
        return;
    if (m_model->selection().mode() == Selection::Mode::AllMatching)
        return;
    setOfferAllMatching(true);
    m_anchorRow = top;
    selectRows(top, bottom);
}

void LeadTableView::clearLeadSelection()
{
    setOfferAllMatching(false);
    m_model->clearSelection();
}

void LeadTableView::focusLeads()
{
    setFocus(Qt::ShortcutFocusReason);
    if (!currentIndex().isValid() && m_model->rowCount() > 0)
        setCurrentIndex(m_model->index(0, LeadTableModel::NameColumn));
}

void LeadTableView::setOfferAllMatching(bool offer)
{
    if (offer == m_offerAllMatching)
        return;
    m_offerAllMatching = offer;
    emit offerChanged();
}

} // namespace lance
