#include "facet_section.h"

#include "lance_client.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lance {

namespace {
// A suggestion list taller than this pushes the next sections out of sight.
constexpr int kMaxVisibleSuggestions = 8;
} // namespace

FacetSection::FacetSection(LanceClient *client, const QString &key, const QString &title,
                           QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_key(key)
    , m_title(title)
    , m_header(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_edit(new QLineEdit(m_body))
    , m_status(new QLabel(m_body))
    , m_list(new QListWidget(m_body))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("facetSection_%1").arg(key));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

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
    outer->addWidget(m_body);

    m_edit->setObjectName(QStringLiteral("facetSearch_%1").arg(key));
    m_edit->setAccessibleName(tr("%1 filter").arg(title));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    m_status->setObjectName(QStringLiteral("facetStatus_%1").arg(key));
    m_status->setWordWrap(true);
    m_status->setEnabled(false);
    m_status->hide();
    layout->addWidget(m_status);

    // An inline list rather than a QCompleter popup: it stays in the tab
    // chain, shows counts, and a popup in a dock fights with the dock's focus.
    m_list->setObjectName(QStringLiteral("facetList_%1").arg(key));
    m_list->setAccessibleName(tr("Values of %1").arg(title));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->hide();
    layout->addWidget(m_list);

    m_timer->setObjectName(QStringLiteral("facetDebounce_%1").arg(key));
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);

    connect(m_header, &QToolButton::toggled, this, [this](bool open) {
        m_body->setVisible(open);
        m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_edit, &QLineEdit::textEdited, this, &FacetSection::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &FacetSection::onReturn);
    connect(m_timer, &QTimer::timeout, this, &FacetSection::queryFacets);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { pickRow(m_list->row(item)); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pickRow(m_list->row(item)); });
    applyHints();
}

QList<QWidget *> FacetSection::tabChain() const
{
    return {m_header, m_edit, m_list};
}

void FacetSection::setValueCount(qsizetype count)
{
    m_header->setText(count > 0 ? tr("%1 (%2)").arg(m_title).arg(count) : m_title);
}

// ---- server features --------------------------------------------------

void FacetSection::setFacetSupport(FacetSupport support)
{
    m_support = support;
    applyHints();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || support == FacetSupport::Unknown)
        return;
    if (support == FacetSupport::Yes) {
        queryFacets(); // keeps m_pickOnArrival: the answer picks
    } else {
        hideSuggestions();
        if (m_pickOnArrival)
            pick(text);
    }
}

void FacetSection::applyHints()
{
    const bool degraded = m_support == FacetSupport::No;
    m_edit->setPlaceholderText(degraded ? tr("Type an exact value, then Enter")
                                        : tr("Type to find values"));
    m_edit->setToolTip(degraded ? tr("Suggestions are unavailable on this server: type an "
                                     "exact value and press Enter to add it.")
                                : tr("Type the start of a value; pick one with the arrow "
                                     "keys and Enter, or click it."));
}

// ---- type-ahead -----------------------------------------------------------

void FacetSection::onTextEdited()
{
    m_pickOnArrival = false;
    m_failed = false;
    if (m_edit->text().trimmed().isEmpty()) {
        m_timer->stop();
        ++m_sequence; // whatever is in flight answers text that is gone
        m_inFlight = false;
        hideSuggestions();
        return;
    }
    if (m_support == FacetSupport::No)
        return; // nothing to suggest; Enter adds the typed value
    m_timer->start();
}

void FacetSection::retryIfFailed()
{
    if (m_failed && m_support == FacetSupport::Yes && !m_edit->text().trimmed().isEmpty())
        queryFacets();
}

void FacetSection::queryFacets()
{
    m_timer->stop();
    const QString text = m_edit->text().trimmed();
    // Until the server's features are known, setFacetSupport() asks again.
    if (text.isEmpty() || !m_client || !m_client->hasServer() || m_support != FacetSupport::Yes)
        return;
    const quint64 sequence = ++m_sequence;
    m_inFlight = true;
    m_client->facets(m_key, text, FilterSet(), kPageSize, 0, this,
                     [this, sequence, text](const Result<QList<FacetValue>> &r) {
                         if (sequence != m_sequence)
                             return; // stale: the rep typed on since
                         m_inFlight = false;
                         if (!r.ok()) {
                             m_failed = true;
                             hideSuggestions();
                             showStatus(
                                 tr("Suggestions are unavailable: %1").arg(r.error->message));
                             if (m_pickOnArrival)
                                 pick(text);
                             return;
                         }
                         showValues(text, *r.value);
                     });
}

void FacetSection::showValues(const QString &text, const QList<FacetValue> &values)
{
    m_list->clear();
    m_shownFor = text;
    m_failed = false;
    if (values.isEmpty()) {
        m_list->hide();
        showStatus(tr("No values start with “%1”.").arg(text));
        m_pickOnArrival = false; // nothing a lead has: adding it would match none
        return;
    }
    m_status->hide();
    const QLocale locale;
    // The highlighted row is what Enter picks: the value typed in full when
    // it is there, otherwise the most common one.
    int best = 0;
    for (int i = 0; i < values.size(); ++i) {
        const FacetValue &v = values.at(i);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(v.key, locale.toString(v.count)), m_list);
        item->setData(Qt::UserRole, v.key);
        item->setData(Qt::UserRole + 1, v.count);
        if (v.key.compare(text, Qt::CaseInsensitive) == 0)
            best = i;
    }
    m_list->setCurrentRow(best);
    const int rows = qMin(int(values.size()), kMaxVisibleSuggestions);
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth());
    m_list->show();
    if (m_pickOnArrival)
        pickRow(best);
}

void FacetSection::showStatus(const QString &message)
{
    m_status->setText(message);
    m_status->show();
}

void FacetSection::hideSuggestions()
{
    m_list->hide();
    m_status->hide();
    m_shownFor.clear();
}

void FacetSection::onReturn()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    // Nobody to ask: the typed value is all there is, as on a plain server.
    if (m_support == FacetSupport::No || m_failed || !m_client || !m_client->hasServer()) {
        pick(text);
        return;
    }
    const bool current = !m_timer->isActive() && !m_inFlight && m_shownFor == text;
    if (current) {
        if (!m_list->isHidden() && m_list->currentRow() >= 0)
            pickRow(m_list->currentRow());
        return; // no value starts with the text: the status line says so
    }
    // The list answers older text (or none yet): ask now and pick on arrival.
    m_pickOnArrival = true;
    queryFacets();
}

void FacetSection::moveSuggestion(int delta)
{
    if (m_list->isHidden()) {
        // Down on a box whose values were hidden (Escape) or not asked yet.
        if (!m_edit->text().trimmed().isEmpty() && m_support != FacetSupport::No)
            queryFacets();
        return;
    }
    const int row = qBound(0, m_list->currentRow() + delta, m_list->count() - 1);
    m_list->setCurrentRow(row);
    m_list->scrollToItem(m_list->item(row));
}

void FacetSection::pickRow(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    pick(item->data(Qt::UserRole).toString());
}

void FacetSection::pick(const QString &value)
{
    const bool focusInList = m_list->hasFocus();
    m_edit->clear();
    m_timer->stop();
    ++m_sequence;
    m_inFlight = false;
    m_pickOnArrival = false;
    m_failed = false;
    // Hidden, not cleared: a click also activates the same item right after,
    // and that second pick must find the item still there (it changes nothing).
    hideSuggestions();
    if (focusInList)
        m_edit->setFocus(Qt::OtherFocusReason);
    emit valuePicked(value);
}

// ---- keyboard -------------------------------------------------------------

bool FacetSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    // The arrows walk the suggestions while the caret stays in the box, as in
    // any type-ahead.
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Down:
        moveSuggestion(1);
        return true;
    case Qt::Key_Up:
        moveSuggestion(-1);
        return true;
    case Qt::Key_PageDown:
        moveSuggestion(kMaxVisibleSuggestions);
        return true;
    case Qt::Key_PageUp:
        moveSuggestion(-kMaxVisibleSuggestions);
        return true;
    case Qt::Key_Escape:
        if (!m_list->isHidden() || !m_status->isHidden()) {
            hideSuggestions();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lance
