#include "facet_section.h"

#include "api_limits.h"
#include "counts.h"
#include "lance_client.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace lance {

namespace {

// The tool tip of a row's exclude mark, which the delegate shows when the
// pointer is on the mark rather than on the row.
constexpr int kMarkTipRole = FacetSection::StateRole + 1;
// Whether rows carry an exclude mark at all (the server can exclude).
constexpr int kMarkShownRole = FacetSection::StateRole + 2;
// "Show more" stops where one request can no longer hold every page: past
// that, typing finds a value faster than scrolling would.
constexpr int kMaxPages = api::kMaxFacetValues / FacetSection::kPageSize;

// Red enough to read as "not", dark enough to read on a light list.
QColor excludedColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

// Paints a row: the check box and value (elided) as the style draws them,
// the count right-aligned so counts line up, and the exclude mark (a
// circle with a slash) at the right edge, red and the value struck out
// when the value is excluded. It only paints: FacetSection handles clicks
// and keys, so the view never toggles a check box on its own.
class FacetRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const auto state = FacetSection::State(index.data(FacetSection::StateRole).toInt());
        const bool selected = opt.state & QStyle::State_Selected;
        const bool markShown = index.data(kMarkShownRole).toBool();

        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const QRect mark = markShown ? FacetSection::excludeRect(opt.rect) : QRect();
        const int right = markShown ? mark.left() : opt.rect.right() - 3;
        const QString count = index.data(FacetSection::CountTextRole).toString();
        const int countWidth = count.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(count);

        QStyleOptionViewItem text = opt;
        text.rect.setRight(right - (countWidth > 0 ? countWidth + 8 : 0));
        // A value no lead has under the other filters (an outcome nobody
        // reached yet): dimmed, so it never reads as if it would add leads.
        const bool none = index.data(FacetSection::CountRole).toLongLong() == 0;
        if (state == FacetSection::State::Excluded) {
            text.font.setStrikeOut(true);
            if (!selected)
                text.palette.setColor(QPalette::Text, excludedColor());
        } else if (none && !selected) {
            text.palette.setColor(QPalette::Text,
                                  opt.palette.color(QPalette::Disabled, QPalette::Text));
        }
        style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);

        painter->save();
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor ink =
            selected ? opt.palette.color(group, QPalette::HighlightedText)
                     : opt.palette.color(none ? QPalette::Disabled : group, QPalette::Text);
        if (countWidth > 0) {
            painter->setPen(ink);
            painter->setFont(opt.font);
            painter->drawText(
                QRect(right - 4 - countWidth, opt.rect.top(), countWidth, opt.rect.height()),
                Qt::AlignRight | Qt::AlignVCenter, count);
        }
        if (markShown) {
            // Faint until it matters: on every row so it can be found, red
            // on the values it excludes.
            QColor markColor = ink;
            if (state == FacetSection::State::Excluded)
                markColor = selected ? ink : excludedColor();
            else if (!(opt.state & QStyle::State_MouseOver) && !selected)
                markColor = opt.palette.color(group, QPalette::PlaceholderText);
            const int side = qMin(12, mark.height() - 4);
            const QRectF circle(mark.center().x() - side / 2.0 + 0.5,
                                mark.center().y() - side / 2.0 + 0.5, side, side);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(markColor, state == FacetSection::State::Excluded ? 2.0 : 1.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(circle);
            const qreal inset = side * 0.15;
            painter->drawLine(QPointF(circle.right() - inset, circle.top() + inset),
                              QPointF(circle.left() + inset, circle.bottom() - inset));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Tall enough to aim at with a trackpad, and for the check box to
        // breathe; the width is the list's, whatever the value's length.
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 6));
        size.setWidth(0);
        return size;
    }

    bool editorEvent(QEvent *, QAbstractItemModel *, const QStyleOptionViewItem &,
                     const QModelIndex &) override
    {
        return false; // the section decides what a click means, never the view
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip && index.data(kMarkShownRole).toBool() &&
            FacetSection::excludeRect(option.rect).contains(event->pos())) {
            QToolTip::showText(event->globalPos(), index.data(kMarkTipRole).toString(), view,
                               FacetSection::excludeRect(option.rect));
            return true;
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
};

} // namespace

FacetSection::FacetSection(LanceClient *client, const QString &key, const QString &title,
                           QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_key(key)
    , m_title(title)
    , m_outcome(FilterSet::statusKeys().contains(key))
    , m_header(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_edit(new QLineEdit(m_body))
    , m_status(new QLabel(m_body))
    , m_list(new QListWidget(m_body))
    , m_more(new QPushButton(tr("Show more"), m_body))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("facetSection_%1").arg(key));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);

    // A tool button rather than a group box: it takes focus, so Space folds
    // a section away from the keyboard too.
    m_header->setObjectName(QStringLiteral("section_%1").arg(key));
    m_header->setAccessibleName(title);
    m_header->setText(title);
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setAutoRaise(true);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setFocusPolicy(Qt::StrongFocus);
    outer->addWidget(m_header);

    m_body->setObjectName(QStringLiteral("sectionBody_%1").arg(key));
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(16, 0, 0, 4);
    layout->setSpacing(2);
    outer->addWidget(m_body);

    m_edit->setObjectName(QStringLiteral("facetSearch_%1").arg(key));
    m_edit->setAccessibleName(tr("%1 filter").arg(title));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    // Seven fixed outcomes need no search.
    m_edit->setVisible(!m_outcome);
    layout->addWidget(m_edit);

    m_status->setObjectName(QStringLiteral("facetStatus_%1").arg(key));
    m_status->setWordWrap(true);
    m_status->setEnabled(false); // greyed: a note, not a control
    m_status->hide();
    layout->addWidget(m_status);

    // An inline list rather than a popup: it stays in the tab chain, shows
    // counts, and a popup in a dock fights with the dock's focus.
    m_list->setObjectName(QStringLiteral("facetList_%1").arg(key));
    m_list->setAccessibleName(tr("Values of %1").arg(title));
    m_list->setItemDelegate(new FacetRowDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    // Wide enough for most values whole ("Director of Engineering"), with
    // the check box, a six-digit count and the exclude mark. The section
    // holds that width even while nothing is listed (folded, or before the
    // first answer): the panel, and the table beside it, keep their widths
    // when values arrive.
    const int listWidth =
        m_list->fontMetrics().horizontalAdvance(QStringLiteral("Director of Engineering 000,000")) +
        excludeRect(QRect()).width() + 48;
    m_list->setMinimumWidth(listWidth);
    setMinimumWidth(listWidth + layout->contentsMargins().left());
    m_list->hide();
    layout->addWidget(m_list);

    m_more->setObjectName(QStringLiteral("facetMore_%1").arg(key));
    m_more->setAccessibleName(tr("Show more values of %1").arg(title));
    m_more->setFlat(true);
    m_more->hide();
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_more);
    moreRow->addStretch();
    layout->addLayout(moreRow);

    m_timer->setObjectName(QStringLiteral("facetDebounce_%1").arg(key));
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);

    connect(m_header, &QToolButton::toggled, this, [this](bool open) {
        m_body->setVisible(open);
        m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        // Folded sections ask nothing; unfolding asks for what is missing.
        if (open && wantsAnswer())
            query();
    });
    connect(m_edit, &QLineEdit::textEdited, this, &FacetSection::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &FacetSection::onReturn);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (wantsAnswer())
            query();
    });
    connect(m_more, &QPushButton::clicked, this, &FacetSection::showMore);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &FacetSection::showContextMenu);
    applyHints();
    updateRows();
}

QList<QWidget *> FacetSection::tabChain() const
{
    return {m_header, m_edit, m_list, m_more};
}

QRect FacetSection::excludeRect(const QRect &row)
{
    constexpr int kWidth = 22; // a finger's width of a laptop trackpad, at least
    return QRect(row.right() - kWidth + 1, row.top(), kWidth, row.height());
}

bool FacetSection::isOpen() const
{
    return m_header->isChecked();
}

void FacetSection::setOpen(bool open)
{
    m_header->setChecked(open);
}

// ---- what the server offers, what the filters hold ------------------------

void FacetSection::setFeatures(const FacetFeatures &features)
{
    // Called at every connection: whatever is listed came from the last
    // server, and may name values this one does not have.
    m_features = features;
    ++m_sequence;
    m_inFlight = false;
    m_requested = false;
    m_asked = false;
    m_failed = false;
    m_noOutcomeCounts = false;
    m_answer.clear();
    m_askedText.clear();
    m_pinned.clear();
    pinActiveValues(-1);
    m_complete = false;
    m_pages = 1;
    applyHints();
    if (features.facets == FacetSupport::Yes) {
        if (isOpen())
            query(); // keeps m_pickOnArrival: the answer picks
    } else if (features.facets == FacetSupport::No && m_pickOnArrival) {
        m_pickOnArrival = false;
        const QString text = m_edit->text().trimmed();
        m_edit->clear();
        emit includeRequested(text, true);
    }
    updateRows();
}

void FacetSection::setFilters(const FilterSet &filters)
{
    m_filters = filters;
    // A value the filters gained (a preset, Enter in the box, the window's
    // "Show them") is listed at once, ticked, even before counts come.
    pinActiveValues(-1);
    updateHeader();
    updateRows();
    // After a pause: ticking three boxes in a row asks once.
    if (wantsAnswer())
        scheduleQuery();
}

void FacetSection::pinActiveValues(qint64 count)
{
    // Only those the listed text would find: the list answers the box.
    const QStringList active = m_filters.values(m_key) + m_filters.excluded(m_key);
    for (const QString &value : active) {
        const auto same = [&value](const Row &r) {
            return r.value.compare(value, Qt::CaseInsensitive) == 0;
        };
        if (std::none_of(m_answer.cbegin(), m_answer.cend(), same) &&
            std::none_of(m_pinned.cbegin(), m_pinned.cend(), same) &&
            (m_outcome || value.contains(m_askedText, Qt::CaseInsensitive)))
            m_pinned.append({value, count});
    }
}

FacetSection::State FacetSection::stateOf(const QString &value) const
{
    const auto holds = [&value](const QStringList &values) {
        for (const QString &v : values) {
            if (v.compare(value, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (holds(m_filters.values(m_key)))
        return State::Included;
    if (holds(m_filters.excluded(m_key)))
        return State::Excluded;
    return State::None;
}

QString FacetSection::displayText(const QString &value) const
{
    return m_outcome ? FilterSet::statusLabel(value) : value;
}

void FacetSection::updateHeader()
{
    const qsizetype count = m_filters.values(m_key).size() + m_filters.excluded(m_key).size();
    m_header->setText(count > 0 ? tr("%1 (%2)").arg(m_title).arg(count) : m_title);
}

void FacetSection::applyHints()
{
    const bool degraded = m_features.facets == FacetSupport::No;
    m_edit->setPlaceholderText(degraded ? tr("Type an exact value, then Enter")
                                        : tr("Find a value"));
    m_edit->setToolTip(degraded ? tr("Suggestions are unavailable on this server: type an "
                                     "exact value and press Enter to add it.")
                                : tr("Type any part of a value to list the values that "
                                     "contain it; Enter includes the best match, Down "
                                     "goes to the list."));
    QString counts;
    if (m_features.facets == FacetSupport::Yes) {
        counts = m_features.inContext
                     ? tr("Each count is the number of leads the value would match with "
                          "the other filters in place.")
                     : tr("Counts are over all leads: this server does not narrow them by "
                          "the other filters.");
    }
    const QString keys = m_features.exclude
                             ? tr("Click or Space includes a value; the ⊘ mark, Ctrl+click "
                                  "or Shift+Space excludes it.")
                             : tr("Click or Space includes a value.");
    m_header->setToolTip(counts);
    m_list->setToolTip(counts.isEmpty() ? keys : counts + QLatin1Char('\n') + keys);
    // Each row's own tool tip hides the list's: the keys go there too.
    m_rowHint = keys;
}

bool FacetSection::wantsAnswer() const
{
    if (m_features.facets != FacetSupport::Yes || !m_client || !m_client->hasServer() ||
        !isOpen() || (m_outcome && m_noOutcomeCounts))
        return false;
    const FilterSet context = m_features.inContext ? m_filters.without(m_key) : FilterSet();
    const QString text = m_outcome ? QString() : m_edit->text().trimmed();
    return !m_requested || m_requestedContext != context || m_requestedText != text;
}

// ---- asking -------------------------------------------------------------------

void FacetSection::onTextEdited()
{
    m_pickOnArrival = false;
    m_pages = 1; // new text, new list: its first page
    if (m_features.facets == FacetSupport::Yes)
        scheduleQuery();
}

void FacetSection::scheduleQuery()
{
    m_timer->start();
}

void FacetSection::retryIfFailed()
{
    if (m_failed && isOpen() && m_features.facets == FacetSupport::Yes)
        query();
}

void FacetSection::query()
{
    m_timer->stop();
    // Until the server's features are known, setFeatures() asks.
    if (m_features.facets != FacetSupport::Yes || !m_client || !m_client->hasServer() ||
        (m_outcome && m_noOutcomeCounts))
        return;
    const QString text = m_outcome ? QString() : m_edit->text().trimmed();
    // Without facets_in_context a server counts over all leads whatever it
    // is sent; sending nothing keeps a plain server from refusing the query.
    const FilterSet context = m_features.inContext ? m_filters.without(m_key) : FilterSet();
    const int size = m_outcome ? kPageSize : qMin(api::kMaxFacetValues, kPageSize * m_pages);
    const quint64 sequence = ++m_sequence;
    m_inFlight = true;
    m_requested = true;
    m_requestedText = text;
    m_requestedContext = context;
    updateStatus();
    m_client->facets(m_key, text, context, size, 0, this,
                     [this, sequence, text, context, size](const Result<QList<FacetValue>> &r) {
                         if (sequence != m_sequence)
                             return; // stale: the text or the filters changed since
                         m_inFlight = false;
                         m_asked = true;
                         m_askedText = text;
                         m_askedContext = context;
                         if (!r.ok()) {
                             onFailure(r.error->message, r.error->httpStatus == 400);
                             return;
                         }
                         onAnswer(size, *r.value);
                     });
}

void FacetSection::showMore()
{
    if (m_pages >= kMaxPages)
        return;
    const int firstNew = int(m_answer.size()) + int(m_pinned.size());
    ++m_pages;
    // One request for every page shown: when the filters change, the
    // counts of all of them are asked again in one go.
    // Once the answer is in, the first new value comes into view.
    m_scrollToRow = firstNew;
    query();
}

void FacetSection::onAnswer(int size, const QList<FacetValue> &values)
{
    m_failed = false;
    m_answer.clear();
    for (const FacetValue &v : values)
        m_answer.append({v.key, v.count});
    m_complete = values.size() < size;
    // The values the filters hold that this answer lacks: listed first,
    // with 0 when the answer is complete (none of those leads are left).
    m_pinned.clear();
    pinActiveValues(m_complete ? 0 : -1);
    updateRows();
    if (m_scrollToRow >= 0 && m_scrollToRow < m_list->count())
        m_list->scrollToItem(m_list->item(m_scrollToRow), QAbstractItemView::PositionAtTop);
    m_scrollToRow = -1;
    emit valuesListed();
    if (m_pickOnArrival)
        pickBest();
}

void FacetSection::onFailure(const QString &message, bool rejected)
{
    if (m_outcome && rejected) {
        // A server that filters by outcome but does not count them: the
        // values are listed without counts, and not asked for again.
        m_noOutcomeCounts = true;
        m_answer.clear();
        updateRows();
        emit valuesListed();
        return;
    }
    m_failed = true;
    m_failure = message;
    m_requested = false; // the next change of filters, or opening, asks again
    // The rows shown stay: their counts may be old, the values are real.
    updateRows();
    if (m_pickOnArrival) {
        m_pickOnArrival = false;
        const QString text = m_edit->text().trimmed();
        if (!text.isEmpty()) {
            m_edit->clear();
            emit includeRequested(text, true); // as typed, as on a plain server
        }
    }
}

// ---- the rows -------------------------------------------------------------------

QList<FacetSection::Row> FacetSection::rowsToShow() const
{
    QList<Row> rows;
    if (m_outcome) {
        // Always every outcome, in the order a rep reads them; a count only
        // where the server gave one (0 when its answer was complete).
        const bool counted = m_asked && !m_failed && !m_noOutcomeCounts;
        for (const QString &value : FilterSet::statusValues()) {
            qint64 count = counted && m_complete ? 0 : -1;
            for (const Row &r : m_answer) {
                if (r.value.compare(value, Qt::CaseInsensitive) == 0)
                    count = r.count;
            }
            rows.append({value, counted ? count : -1});
        }
        return rows;
    }
    rows = m_pinned;
    if (m_features.facets == FacetSupport::Yes)
        rows += m_answer;
    return rows;
}

void FacetSection::fillItem(QListWidgetItem *item, const Row &row) const
{
    const State state = stateOf(row.value);
    const QString text = displayText(row.value);
    const QString countText = row.count >= 0 ? QLocale().toString(row.count) : QString();
    item->setText(text);
    item->setData(ValueRole, row.value);
    item->setData(CountRole, row.count);
    item->setData(CountTextRole, countText);
    item->setData(StateRole, int(state));
    item->setData(kMarkShownRole, m_features.exclude);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(state == State::Included ? Qt::Checked : Qt::Unchecked);
    // What a screen reader says of the row (the check box state it reads
    // from the item): the value, whether it is excluded, and its count.
    QString spoken = text;
    if (state == State::Excluded)
        spoken = tr("%1, excluded").arg(spoken);
    if (row.count >= 0)
        spoken = tr("%1, %Ln leads", nullptr, countOf(row.count)).arg(spoken);
    item->setData(Qt::AccessibleTextRole, spoken);
    item->setToolTip(spoken + QLatin1Char('\n') + m_rowHint);
    item->setData(kMarkTipRole,
                  state == State::Excluded
                      ? tr("Stop excluding %1 (Shift+Space)").arg(text)
                      : tr("Exclude %1: leave its leads out (Shift+Space)").arg(text));
}

void FacetSection::updateRows()
{
    const QList<Row> rows = rowsToShow();
    bool sameValues = m_list->count() == rows.size();
    for (int i = 0; sameValues && i < rows.size(); ++i)
        sameValues = m_list->item(i)->data(ValueRole).toString() == rows.at(i).value;
    if (sameValues) {
        // Ticks and counts change in place: the row under the pointer or
        // the keyboard stays where it is.
        for (int i = 0; i < rows.size(); ++i)
            fillItem(m_list->item(i), rows.at(i));
    } else {
        const QListWidgetItem *current = m_list->currentItem();
        const QString currentValue = current ? current->data(ValueRole).toString() : QString();
        const int currentRow = m_list->currentRow();
        const int scroll = m_list->verticalScrollBar()->value();
        const QSignalBlocker block(m_list);
        m_list->clear();
        int keep = -1;
        for (int i = 0; i < rows.size(); ++i) {
            auto *item = new QListWidgetItem(m_list);
            fillItem(item, rows.at(i));
            if (!currentValue.isNull() && rows.at(i).value == currentValue)
                keep = i;
        }
        // The keyboard stays on its value, or near where it was.
        if (keep < 0 && currentRow >= 0 && !rows.isEmpty())
            keep = qMin(currentRow, int(rows.size()) - 1);
        if (keep >= 0)
            m_list->setCurrentRow(keep, QItemSelectionModel::ClearAndSelect);
        m_list->verticalScrollBar()->setValue(scroll);
    }
    const int visible = qBound(1, int(rows.size()), kVisibleRows);
    const int rowHeight = qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(rowHeight * visible + 2 * m_list->frameWidth());
    m_list->setVisible(!rows.isEmpty());
    m_more->setVisible(!m_outcome && m_features.facets == FacetSupport::Yes && m_asked &&
                       !m_failed && !m_complete && m_pages < kMaxPages);
    updateStatus();
}

void FacetSection::updateStatus()
{
    QString message;
    if (m_features.facets == FacetSupport::Yes) {
        if (m_failed)
            message = tr("Values are unavailable: %1").arg(m_failure);
        else if (!m_outcome && m_list->count() == 0 && m_asked && !m_inFlight)
            message = !m_askedText.isEmpty()
                          ? tr("No value contains “%1”.").arg(m_askedText)
                          : (m_features.inContext ? tr("No value is left with the other filters.")
                                                  : tr("No values."));
        else if (m_list->count() == 0 && m_inFlight)
            message = tr("Loading values…");
    }
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

// ---- the rep's gestures -----------------------------------------------------

void FacetSection::onReturn()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    // Nobody to ask: the typed value is all there is, as on a plain server.
    if (m_features.facets == FacetSupport::No || m_failed || !m_client || !m_client->hasServer()) {
        m_edit->clear();
        emit includeRequested(text, true);
        return;
    }
    const FilterSet context = m_features.inContext ? m_filters.without(m_key) : FilterSet();
    const bool current = !m_timer->isActive() && !m_inFlight && m_asked && m_askedText == text &&
                         m_askedContext == context;
    if (current) {
        pickBest();
        return;
    }
    // The list answers older text (or none yet): ask now and pick on arrival.
    m_pickOnArrival = true;
    query();
}

void FacetSection::pickBest()
{
    m_pickOnArrival = false;
    if (m_answer.isEmpty())
        return; // no value contains the text: the status line says so
    // The value typed in full when it is there, otherwise the first one (the
    // server puts values that start with the text first, then by count).
    const QString text = m_edit->text().trimmed();
    QString best = m_answer.first().value;
    for (const Row &r : std::as_const(m_answer)) {
        if (r.value.compare(text, Qt::CaseInsensitive) == 0) {
            best = r.value;
            break;
        }
    }
    // The box is ready for the next value, and the list for all of them.
    m_edit->clear();
    m_pages = 1;
    if (stateOf(best) != State::Included)
        emit includeRequested(best, true);
    if (wantsAnswer())
        query();
}

void FacetSection::toggleInclude(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const QString value = item->data(ValueRole).toString();
    emit includeRequested(value, stateOf(value) != State::Included);
}

void FacetSection::toggleExclude(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    if (!item || !m_features.exclude)
        return;
    const QString value = item->data(ValueRole).toString();
    emit excludeRequested(value, stateOf(value) != State::Excluded);
}

void FacetSection::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    QPoint at = pos;
    if (!item) {
        // The menu key: the row the keyboard is on.
        item = m_list->currentItem();
        if (!item)
            return;
        at = m_list->visualItemRect(item).center();
    }
    m_list->setCurrentItem(item);
    const QString value = item->data(ValueRole).toString();
    const QString text = item->text();
    const State state = stateOf(value);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("facetMenu_%1").arg(m_key));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The keys after a tab: a menu shows them in its shortcut column.
    QAction *include = menu->addAction(
        (state == State::Included ? tr("Remove “%1”") : tr("Include “%1”")).arg(text) +
        QLatin1Char('\t') + QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText));
    include->setObjectName(QStringLiteral("facetMenuInclude"));
    connect(include, &QAction::triggered, this,
            [this, value, state] { emit includeRequested(value, state != State::Included); });
    if (m_features.exclude) {
        QAction *exclude = menu->addAction(
            (state == State::Excluded ? tr("Stop excluding “%1”") : tr("Exclude “%1”")).arg(text) +
            QLatin1Char('\t') +
            QKeySequence(Qt::SHIFT | Qt::Key_Space).toString(QKeySequence::NativeText));
        exclude->setObjectName(QStringLiteral("facetMenuExclude"));
        connect(exclude, &QAction::triggered, this,
                [this, value, state] { emit excludeRequested(value, state != State::Excluded); });
    }
    menu->popup(m_list->viewport()->mapToGlobal(at));
}

// ---- mouse and keyboard -------------------------------------------------------

bool FacetSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick: {
            // A double click is two clicks: it ticks and unticks, as a check
            // box does.
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton)
                break;
            const QPoint pos = mouse->position().toPoint();
            QListWidgetItem *item = m_list->itemAt(pos);
            m_pressedRow = item ? m_list->row(item) : -1;
            m_pressedOnMark = item && m_features.exclude &&
                              excludeRect(m_list->visualItemRect(item)).contains(pos);
            break;
        }
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton)
                break;
            const QPoint pos = mouse->position().toPoint();
            QListWidgetItem *item = m_list->itemAt(pos);
            const int row = item ? m_list->row(item) : -1;
            const bool onMark = item && m_features.exclude &&
                                excludeRect(m_list->visualItemRect(item)).contains(pos);
            const int pressed = m_pressedRow;
            const bool pressedOnMark = m_pressedOnMark;
            m_pressedRow = -1;
            if (row < 0 || row != pressed || onMark != pressedOnMark)
                break; // pressed on one thing, released on another: no click
            // Ctrl+click excludes too, for reps who know it from other lists.
            if (onMark || (mouse->modifiers() & Qt::ControlModifier))
                toggleExclude(row);
            else
                toggleInclude(row);
            break;
        }
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_list) {
        switch (key->key()) {
        case Qt::Key_Space:
            if (key->modifiers() & Qt::ShiftModifier)
                toggleExclude(m_list->currentRow());
            else
                toggleInclude(m_list->currentRow());
            return true;
        case Qt::Key_Up:
            // Up from the first value goes back to the box, as in any type-ahead.
            if (m_list->currentRow() <= 0 && m_edit->isVisible()) {
                m_edit->setFocus(Qt::OtherFocusReason);
                return true;
            }
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_edit) {
        switch (key->key()) {
        case Qt::Key_Down:
            if (m_list->isVisible() && m_list->count() > 0) {
                if (m_list->currentRow() < 0)
                    m_list->setCurrentRow(0);
                m_list->setFocus(Qt::OtherFocusReason);
            } else if (m_features.facets == FacetSupport::Yes) {
                query(); // nothing listed yet: ask now rather than wait
            }
            return true;
        case Qt::Key_Escape:
            // Escape empties the box: the list shows the top values again.
            if (!m_edit->text().isEmpty()) {
                m_edit->clear();
                onTextEdited();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lance
