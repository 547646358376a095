#include "filter_panel.h"

#include "lance_client.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <utility>

namespace lance {

namespace {

const QString kPresetGroup = QStringLiteral("filterPresets");
const QString kHasEmail = QStringLiteral("has_email");
const QString kHasPhone = QStringLiteral("has_phone");
const QString kFreeText = QStringLiteral("q");
const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");
const char *const kChipKey = "lanceFilterKey";
const char *const kChipValue = "lanceFilterValue";
const char *const kChipPosition = "lanceFilterPosition";
// A suggestion list taller than this pushes the next sections out of sight.
constexpr int kMaxVisibleSuggestions = 8;

// QSettings reads "/" and "\" in a key as groups; percent-encoding keeps any
// preset name a single key while leaving ordinary names readable in the file.
QString presetKey(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name, " -_.,()&'+!"));
}

QString presetNameFromKey(const QString &key)
{
    return QUrl::fromPercentEncoding(key.toLatin1());
}

// Chips flow left to right and wrap, so a dock of any width shows them all
// without a horizontal scroll bar. Qt ships no flow layout, only an example.
class FlowLayout : public QLayout
{
public:
    FlowLayout(QWidget *parent, int spacing)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
        setSpacing(spacing);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = FlowLayout::takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    // Places the items (when apply) and returns the height they need.
    int arrange(const QRect &rect, bool apply) const
    {
        const QMargins m = contentsMargins();
        const QRect area = rect.marginsRemoved(m);
        const int gap = qMax(0, spacing());
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue; // a hidden chip takes no room
            const QSize hint = item->sizeHint();
            if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
                x = area.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = qMax(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + m.bottom();
    }

    QList<QLayoutItem *> m_items;
};

} // namespace

// One exact-match key: its collapsible header, the type-ahead box and the
// suggestions the server gave for what is typed there.
struct FilterPanel::Section
{
    QString key;
    QToolButton *header = nullptr;
    QWidget *body = nullptr;
    QLineEdit *edit = nullptr;
    QLabel *status = nullptr;
    QListWidget *list = nullptr;
    QTimer *timer = nullptr;
    // Numbers the facet queries; an answer whose number is not the latest is
    // for text the user has already changed, and is dropped.
    quint64 sequence = 0;
    bool inFlight = false;
    // The text the listed values answer (trimmed); null when none are listed.
    QString shownFor;
    // Enter was pressed before the values for the current text arrived: pick
    // the best one when they do, rather than guess from stale values.
    bool pickOnArrival = false;
    // The latest suggestion request failed: Enter takes the text as typed.
    bool failed = false;
};

FilterPanel::FilterPanel(LanceClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_matchCount(new QLabel(this))
    , m_freeText(new QLineEdit(this))
    , m_freeTextTimer(new QTimer(this))
    , m_hasEmail(new QComboBox(this))
    , m_hasPhone(new QComboBox(this))
    , m_chipArea(new QWidget(this))
    , m_noFilters(new QLabel(tr("No filters: every lead is shown."), this))
    , m_clear(new QPushButton(tr("C&lear all"), this))
    , m_presetCombo(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("&Save preset…"), this))
    , m_deletePreset(new QPushButton(tr("&Delete preset"), this))
{
    setObjectName(QStringLiteral("filterPanel"));
    setAccessibleName(tr("Filters"));
    setMinimumWidth(220);
    m_namePrompt = [this](const QString &suggested) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save filter preset"), tr("Preset name:"), QLineEdit::Normal, suggested, &ok);
        return ok ? name : QString();
    };

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);

    // Outside the scroll area: the rep always sees what the filters amount to.
    m_matchCount->setObjectName(QStringLiteral("matchCount"));
    m_matchCount->setAccessibleName(tr("Leads matching the filters"));
    QFont bold = m_matchCount->font();
    bold.setBold(true);
    m_matchCount->setFont(bold);
    outer->addWidget(m_matchCount);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("filterScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("filterContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_freeText->setObjectName(QStringLiteral("freeText"));
    m_freeText->setAccessibleName(tr("Search name, title or company"));
    m_freeText->setPlaceholderText(tr("Search name, title or company"));
    m_freeText->setClearButtonEnabled(true);
    m_freeTextTimer->setObjectName(QStringLiteral("freeTextDebounce"));
    m_freeTextTimer->setSingleShot(true);
    m_freeTextTimer->setInterval(kFreeTextDebounceMs);
    connect(m_freeText, &QLineEdit::textEdited, m_freeTextTimer, qOverload<>(&QTimer::start));
    connect(m_freeTextTimer, &QTimer::timeout, this, &FilterPanel::applyFreeText);
    // Enter is the rep saying "now": no reason to wait out the pause.
    connect(m_freeText, &QLineEdit::returnPressed, this, [this] {
        m_freeTextTimer->stop();
        applyFreeText();
    });
    layout->addWidget(m_freeText);

    auto *activeTitle = new QLabel(tr("Active filters"), content);
    activeTitle->setObjectName(QStringLiteral("activeFiltersTitle"));
    layout->addWidget(activeTitle);
    m_chipArea->setObjectName(QStringLiteral("activeFilters"));
    m_chipArea->setAccessibleName(tr("Active filters"));
    new FlowLayout(m_chipArea, 4);
    layout->addWidget(m_chipArea);
    m_noFilters->setObjectName(QStringLiteral("noFilters"));
    m_noFilters->setEnabled(false); // greyed: a hint, not a control
    layout->addWidget(m_noFilters);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    m_clear->setToolTip(tr("Remove every filter"));
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clearAll);
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clear);
    clearRow->addStretch();
    layout->addLayout(clearRow);

    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setAccessibleName(tr("Filter presets"));
    m_presetCombo->setPlaceholderText(tr("Apply a preset…"));
    m_presetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presetCombo->setMinimumContentsLength(10);
    // activated, not currentIndexChanged: only the rep's own choice applies a
    // preset, never the panel resetting the combo.
    connect(m_presetCombo, &QComboBox::activated, this, &FilterPanel::onPresetActivated);
    m_savePreset->setObjectName(QStringLiteral("savePreset"));
    m_savePreset->setAccessibleName(tr("Save the filters as a preset"));
    connect(m_savePreset, &QPushButton::clicked, this, &FilterPanel::savePresetInteractively);
    m_deletePreset->setObjectName(QStringLiteral("deletePreset"));
    m_deletePreset->setAccessibleName(tr("Delete the chosen preset"));
    connect(m_deletePreset, &QPushButton::clicked, this, [this] {
        if (m_presetCombo->currentIndex() >= 0)
            deletePreset(m_presetCombo->currentData().toString());
    });
    auto *presetLabel = new QLabel(tr("&Presets"), content);
    presetLabel->setBuddy(m_presetCombo);
    layout->addWidget(presetLabel);
    layout->addWidget(m_presetCombo);
    auto *presetButtons = new QHBoxLayout;
    presetButtons->addWidget(m_savePreset);
    presetButtons->addWidget(m_deletePreset);
    presetButtons->addStretch();
    layout->addLayout(presetButtons);

    auto *contact = new QFormLayout;
    const auto setUpTriState = [this, contact](QComboBox *box, const QString &key,
                                               const QString &objectName, const QString &label,
                                               const QString &accessibleName, const QString &has,
                                               const QString &hasNot) {
        box->setObjectName(objectName);
        box->setAccessibleName(accessibleName);
        box->addItem(tr("Any"));
        box->addItem(has);
        box->addItem(hasNot);
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, key](int index) { setTriState(key, index); });
        contact->addRow(label, box);
    };
    setUpTriState(m_hasEmail, kHasEmail, QStringLiteral("hasEmail"), tr("E&mail:"),
                  tr("Filter by email"), tr("Has email"), tr("No email"));
    setUpTriState(m_hasPhone, kHasPhone, QStringLiteral("hasPhone"), tr("Pho&ne:"),
                  tr("Filter by phone"), tr("Has phone"), tr("No phone"));
    layout->addLayout(contact);

    for (const QString &key : FilterSet::exactKeys()) {
        buildSection(key);
        layout->addWidget(m_sections.back()->header);
        layout->addWidget(m_sections.back()->body);
    }
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    applyFacetSupportHints();
    reloadPresets();
    syncWidgets();
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::buildSection(const QString &key)
{
    auto s = std::make_unique<Section>();
    s->key = key;
    const QString title = titleFor(key);

    // A tool button rather than a group box: it takes focus, so Space folds
    // a section away from the keyboard too.
    s->header = new QToolButton(this);
    s->header->setObjectName(QStringLiteral("section_%1").arg(key));
    s->header->setAccessibleName(title);
    s->header->setText(title);
    s->header->setCheckable(true);
    s->header->setChecked(true);
    s->header->setAutoRaise(true);
    s->header->setArrowType(Qt::DownArrow);
    s->header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    s->header->setFocusPolicy(Qt::StrongFocus);

    s->body = new QWidget(this);
    s->body->setObjectName(QStringLiteral("sectionBody_%1").arg(key));
    auto *layout = new QVBoxLayout(s->body);
    layout->setContentsMargins(16, 0, 0, 4);

    s->edit = new QLineEdit(s->body);
    s->edit->setObjectName(QStringLiteral("facetSearch_%1").arg(key));
    s->edit->setAccessibleName(tr("%1 filter").arg(title));
    s->edit->setClearButtonEnabled(true);
    s->edit->installEventFilter(this);
    layout->addWidget(s->edit);

    s->status = new QLabel(s->body);
    s->status->setObjectName(QStringLiteral("facetStatus_%1").arg(key));
    s->status->setWordWrap(true);
    s->status->setEnabled(false);
    s->status->hide();
    layout->addWidget(s->status);

    // An inline list rather than a QCompleter popup: it stays in the tab
    // chain, shows counts, and a popup in a dock fights with the dock's focus.
    s->list = new QListWidget(s->body);
    s->list->setObjectName(QStringLiteral("facetList_%1").arg(key));
    s->list->setAccessibleName(tr("%1 values").arg(title));
    s->list->setSelectionMode(QAbstractItemView::SingleSelection);
    s->list->setUniformItemSizes(true);
    s->list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    s->list->hide();
    layout->addWidget(s->list);

    s->timer = new QTimer(this);
    s->timer->setObjectName(QStringLiteral("facetDebounce_%1").arg(key));
    s->timer->setSingleShot(true);
    s->timer->setInterval(kFacetDebounceMs);

    Section *raw = s.get();
    connect(s->header, &QToolButton::toggled, this, [raw](bool open) {
        raw->body->setVisible(open);
        raw->header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(s->edit, &QLineEdit::textEdited, this, [this, raw] { onFacetTextEdited(raw); });
    connect(s->edit, &QLineEdit::returnPressed, this, [this, raw] { onFacetReturn(raw); });
    connect(s->timer, &QTimer::timeout, this, [this, raw] { queryFacets(raw); });
    connect(s->list, &QListWidget::itemClicked, this,
            [this, raw](QListWidgetItem *item) { pickRow(raw, raw->list->row(item)); });
    connect(s->list, &QListWidget::itemActivated, this,
            [this, raw](QListWidgetItem *item) { pickRow(raw, raw->list->row(item)); });
    m_sections.push_back(std::move(s));
}

FilterPanel::Section *FilterPanel::sectionFor(const QObject *widget) const
{
    for (const auto &s : m_sections) {
        if (s->edit == widget || s->list == widget)
            return s.get();
    }
    return nullptr;
}

// ---- server features --------------------------------------------------

void FilterPanel::setServerMeta(const ServerMeta &meta)
{
    applyFacetSupport(meta.has("facets"));
}

void FilterPanel::refreshServerFeatures()
{
    m_facetSupport = FacetSupport::Unknown;
    askServerFeatures();
}

void FilterPanel::askServerFeatures()
{
    if (m_facetSupport == FacetSupport::Asking || !m_client || !m_client->hasServer())
        return;
    m_facetSupport = FacetSupport::Asking;
    m_client->meta(this, [this](const Result<ServerMeta> &r) {
        if (m_facetSupport != FacetSupport::Asking)
            return; // setServerMeta() answered first
        if (r.ok()) {
            applyFacetSupport(r.value->has("facets"));
            return;
        }
        // Not knowing is not "no": ask again with the next keystroke, and
        // meanwhile let Enter take the text as typed.
        m_facetSupport = FacetSupport::Unknown;
        for (const auto &s : m_sections) {
            const QString text = s->edit->text().trimmed();
            if (text.isEmpty())
                continue;
            s->failed = true;
            showFacetStatus(s.get(), tr("Suggestions are unavailable: %1").arg(r.error->message));
            if (s->pickOnArrival)
                addValue(s.get(), text);
        }
    });
}

void FilterPanel::applyFacetSupport(bool available)
{
    m_facetSupport = available ? FacetSupport::Yes : FacetSupport::No;
    applyFacetSupportHints();
    for (const auto &s : m_sections) {
        const QString text = s->edit->text().trimmed();
        if (text.isEmpty())
            continue;
        if (available) {
            queryFacets(s.get()); // keeps pickOnArrival: the answer picks
        } else {
            hideSuggestions(s.get());
            if (s->pickOnArrival)
                addValue(s.get(), text);
        }
    }
}

void FilterPanel::applyFacetSupportHints()
{
    const bool degraded = m_facetSupport == FacetSupport::No;
    for (const auto &s : m_sections) {
        s->edit->setPlaceholderText(degraded ? tr("Type an exact value, then Enter")
                                             : tr("Type to find values"));
        s->edit->setToolTip(degraded ? tr("Suggestions are unavailable on this server: type an "
                                          "exact value and press Enter to add it.")
                                     : tr("Type the start of a value; pick one with the arrow "
                                          "keys and Enter, or click it."));
    }
}

// ---- facet type-ahead -------------------------------------------------

void FilterPanel::onFacetTextEdited(Section *s)
{
    s->pickOnArrival = false;
    s->failed = false;
    if (s->edit->text().trimmed().isEmpty()) {
        s->timer->stop();
        ++s->sequence; // whatever is in flight answers text that is gone
        s->inFlight = false;
        hideSuggestions(s);
        return;
    }
    if (m_facetSupport == FacetSupport::No)
        return; // nothing to suggest; Enter adds the typed value
    s->timer->start();
}

void FilterPanel::queryFacets(Section *s)
{
    s->timer->stop();
    const QString text = s->edit->text().trimmed();
    if (text.isEmpty() || !m_client || !m_client->hasServer())
        return;
    if (m_facetSupport == FacetSupport::Unknown)
        askServerFeatures(); // its answer queries again
    if (m_facetSupport != FacetSupport::Yes)
        return;
    const quint64 sequence = ++s->sequence;
    s->inFlight = true;
    m_client->facets(s->key, text, kFacetPageSize, 0, this,
                     [this, s, sequence, text](const Result<QList<FacetValue>> &r) {
                         if (sequence != s->sequence)
                             return; // stale: the rep typed on since
                         s->inFlight = false;
                         if (!r.ok()) {
                             s->failed = true;
                             hideSuggestions(s);
                             showFacetStatus(
                                 s, tr("Suggestions are unavailable: %1").arg(r.error->message));
                             if (s->pickOnArrival)
                                 addValue(s, text);
                             return;
                         }
                         showFacetValues(s, text, *r.value);
                     });
}

void FilterPanel::showFacetValues(Section *s, const QString &text, const QList<FacetValue> &values)
{
    s->list->clear();
    s->shownFor = text;
    s->failed = false;
    if (values.isEmpty()) {
        s->list->hide();
        showFacetStatus(s, tr("No values start with “%1”.").arg(text));
        s->pickOnArrival = false; // nothing a lead has: adding it would match none
        return;
    }
    s->status->hide();
    const QLocale locale;
    // The highlighted row is what Enter picks: the value typed in full when
    // it is there, otherwise the most common one.
    int best = 0;
    for (int i = 0; i < values.size(); ++i) {
        const FacetValue &v = values.at(i);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(v.key, locale.toString(v.count)), s->list);
        item->setData(Qt::UserRole, v.key);
        item->setData(Qt::UserRole + 1, v.count);
        if (v.key.compare(text, Qt::CaseInsensitive) == 0)
            best = i;
    }
    s->list->setCurrentRow(best);
    const int rows = qMin(int(values.size()), kMaxVisibleSuggestions);
    s->list->setFixedHeight(s->list->sizeHintForRow(0) * rows + 2 * s->list->frameWidth());
    s->list->show();
    if (s->pickOnArrival)
        pickRow(s, best);
}

void FilterPanel::showFacetStatus(Section *s, const QString &message)
{
    s->status->setText(message);
    s->status->show();
}

void FilterPanel::hideSuggestions(Section *s)
{
    s->list->hide();
    s->status->hide();
    s->shownFor.clear();
}

void FilterPanel::onFacetReturn(Section *s)
{
    const QString text = s->edit->text().trimmed();
    if (text.isEmpty())
        return;
    // Nobody to ask: the typed value is all there is, as on a plain server.
    if (m_facetSupport == FacetSupport::No || s->failed || !m_client || !m_client->hasServer()) {
        addValue(s, text);
        return;
    }
    const bool current = !s->timer->isActive() && !s->inFlight && s->shownFor == text;
    if (current) {
        if (!s->list->isHidden() && s->list->currentRow() >= 0)
            pickRow(s, s->list->currentRow());
        return; // no value starts with the text: the status line says so
    }
    // The list answers older text (or none yet): ask now and pick on arrival.
    s->pickOnArrival = true;
    queryFacets(s);
}

void FilterPanel::moveSuggestion(Section *s, int delta)
{
    if (s->list->isHidden()) {
        // Down on a box whose values were hidden (Escape) or not asked yet.
        if (!s->edit->text().trimmed().isEmpty() && m_facetSupport != FacetSupport::No)
            queryFacets(s);
        return;
    }
    const int row = qBound(0, s->list->currentRow() + delta, s->list->count() - 1);
    s->list->setCurrentRow(row);
    s->list->scrollToItem(s->list->item(row));
}

void FilterPanel::pickRow(Section *s, int row)
{
    const QListWidgetItem *item = s->list->item(row);
    if (!item)
        return;
    addValue(s, item->data(Qt::UserRole).toString());
}

void FilterPanel::addValue(Section *s, const QString &value)
{
    const bool focusInList = s->list->hasFocus();
    s->edit->clear();
    s->timer->stop();
    ++s->sequence;
    s->inFlight = false;
    s->pickOnArrival = false;
    s->failed = false;
    // Hidden, not cleared: a click also activates the same item right after,
    // and that second pick must find the item still there (it changes nothing).
    hideSuggestions(s);
    if (focusInList)
        s->edit->setFocus(Qt::OtherFocusReason);
    FilterSet next = m_filters;
    // The match is case-insensitive: "sales" next to "Sales" would add nothing.
    for (const QString &existing : next.values(s->key)) {
        if (existing.compare(value, Qt::CaseInsensitive) == 0)
            return;
    }
    next.add(s->key, value);
    commit(next);
}

// ---- free text and contact tri-states ---------------------------------

void FilterPanel::applyFreeText()
{
    FilterSet next = m_filters;
    const QString text = m_freeText->text().trimmed();
    if (text.isEmpty())
        next.clear(kFreeText);
    else
        next.set(kFreeText, {text});
    commit(next);
}

void FilterPanel::setTriState(const QString &key, int index)
{
    FilterSet next = m_filters;
    if (index == 1)
        next.set(key, {kTrue});
    else if (index == 2)
        next.set(key, {kFalse});
    else
        next.clear(key);
    commit(next);
}

// ---- chips --------------------------------------------------------------

void FilterPanel::removeChip(const QString &key, const QString &value, int position)
{
    const QToolButton *chip = m_chips.value(position);
    const bool hadFocus = chip && chip->hasFocus();
    if (key == kFreeText) {
        m_freeTextTimer->stop(); // a pending pause would bring the text back
        m_freeText->clear();
    }
    FilterSet next = m_filters;
    next.remove(key, value);
    commit(next);
    if (!hadFocus)
        return;
    // Keep the keyboard where it was: on the chip that took this one's
    // place, or the one before it, or back at the search box.
    if (!m_chips.isEmpty())
        m_chips.at(qMin(position, int(m_chips.size()) - 1))->setFocus(Qt::OtherFocusReason);
    else
        m_freeText->setFocus(Qt::OtherFocusReason);
}

void FilterPanel::rebuildChips()
{
    auto *flow = m_chipArea->layout();
    for (const QPointer<QToolButton> &old : std::as_const(m_chips)) {
        if (!old)
            continue;
        // Later, not now: this may run inside the old chip's own click or key
        // handler. Renamed so findChild never finds a chip on its way out.
        flow->removeWidget(old);
        old->removeEventFilter(this);
        old->setObjectName(QString());
        old->hide();
        old->deleteLater();
    }
    m_chips.clear();

    QStringList keys = FilterSet::allKeys();
    for (const QString &key : m_filters.keys()) {
        if (!keys.contains(key))
            keys.append(key); // set through setFilters; still removable
    }
    for (const QString &key : std::as_const(keys)) {
        const QStringList values = m_filters.values(key);
        for (int i = 0; i < values.size(); ++i) {
            const QString &value = values.at(i);
            const int position = int(m_chips.size());
            auto *chip = new QToolButton(m_chipArea);
            chip->setObjectName(QStringLiteral("chip_%1_%2").arg(key).arg(i));
            chip->setText(chipText(key, value));
            chip->setAccessibleName(
                tr("Remove filter %1: %2").arg(titleFor(key), chipValueText(key, value)));
            chip->setToolTip(chip->accessibleName());
            chip->setFocusPolicy(Qt::StrongFocus);
            chip->setProperty(kChipKey, key);
            chip->setProperty(kChipValue, value);
            chip->setProperty(kChipPosition, position);
            chip->installEventFilter(this);
            connect(chip, &QToolButton::clicked, this,
                    [this, key, value, position] { removeChip(key, value, position); });
            flow->addWidget(chip);
            // Now rather than when the layout gets to it (a queued call): the
            // keyboard focus may have to move onto this chip right away.
            chip->show();
            m_chips.append(chip);
        }
    }
    m_noFilters->setVisible(m_chips.isEmpty());
    m_clear->setEnabled(!m_filters.isEmpty());
}

QString FilterPanel::titleFor(const QString &key) const
{
    if (key == QLatin1String("job_title"))
        return tr("Job title");
    if (key == QLatin1String("seniority"))
        return tr("Seniority");
    if (key == QLatin1String("department"))
        return tr("Department");
    if (key == QLatin1String("company"))
        return tr("Company");
    if (key == QLatin1String("industry"))
        return tr("Industry");
    if (key == QLatin1String("city"))
        return tr("City");
    if (key == QLatin1String("country"))
        return tr("Country");
    if (key == kFreeText)
        return tr("Search");
    if (key == kHasEmail)
        return tr("Email");
    if (key == kHasPhone)
        return tr("Phone");
    return key;
}

QString FilterPanel::chipValueText(const QString &key, const QString &value) const
{
    if (key == kHasEmail)
        return value == kTrue ? tr("has email") : tr("no email");
    if (key == kHasPhone)
        return value == kTrue ? tr("has phone") : tr("no phone");
    return value;
}

QString FilterPanel::chipText(const QString &key, const QString &value) const
{
    QString text;
    if (key == kHasEmail)
        text = value == kTrue ? tr("Has email") : tr("No email");
    else if (key == kHasPhone)
        text = value == kTrue ? tr("Has phone") : tr("No phone");
    else
        text = tr("%1: %2").arg(titleFor(key), value);
    return text + QStringLiteral("  \u00d7");
}

// ---- the FilterSet ------------------------------------------------------

void FilterPanel::commit(const FilterSet &next)
{
    if (next == m_filters)
        return; // e.g. a value picked twice: nothing changed, nothing to search
    m_filters = next;
    syncWidgets();
    emit filtersChanged(m_filters);
}

void FilterPanel::setFilters(const FilterSet &filters)
{
    // The caller's filters win over a pause still running in the search box.
    m_freeTextTimer->stop();
    m_filters = filters;
    syncWidgets();
}

void FilterPanel::clearAll()
{
    m_freeTextTimer->stop();
    m_freeText->clear();
    commit(FilterSet());
}

void FilterPanel::syncWidgets()
{
    // While a pause runs the box holds newer text than the filters: leave it,
    // or a chip removed mid-typing would wipe what the rep is writing.
    if (!m_freeTextTimer->isActive()) {
        const QString q = m_filters.values(kFreeText).value(0);
        if (m_freeText->text().trimmed() != q)
            m_freeText->setText(q);
    }
    const auto triIndex = [this](const QString &key) {
        const QStringList values = m_filters.values(key);
        if (values == QStringList{kTrue})
            return 1;
        if (values == QStringList{kFalse})
            return 2;
        return 0;
    };
    {
        const QSignalBlocker blockEmail(m_hasEmail);
        const QSignalBlocker blockPhone(m_hasPhone);
        m_hasEmail->setCurrentIndex(triIndex(kHasEmail));
        m_hasPhone->setCurrentIndex(triIndex(kHasPhone));
    }
    for (const auto &s : m_sections) {
        const qsizetype n = m_filters.values(s->key).size();
        const QString title = titleFor(s->key);
        // The count tells what a folded section holds.
        s->header->setText(n > 0 ? tr("%1 (%2)").arg(title).arg(n) : title);
    }
    rebuildChips();
    // The combo names a preset only while the filters are still that preset.
    if (m_presetCombo->currentIndex() >= 0 &&
        m_presets.value(m_presetCombo->currentData().toString()) != m_filters) {
        const QSignalBlocker block(m_presetCombo);
        m_presetCombo->setCurrentIndex(-1);
    }
    updatePresetButtons();
    updateTabOrder();
}

void FilterPanel::setMatchCount(qint64 total, bool known)
{
    if (!known) {
        // "0 leads" before the count arrives would be a lie.
        m_matchCount->setText(tr("Counting…"));
        return;
    }
    if (total == 1)
        m_matchCount->setText(tr("1 lead matches"));
    else if (total <= INT_MAX)
        // %Ln: locale digits and grouping ("12,430"), and plural forms for
        // languages that have more than one.
        m_matchCount->setText(tr("%Ln leads match", nullptr, int(total)));
    else
        m_matchCount->setText(tr("%L1 leads match").arg(total));
}

// ---- presets ------------------------------------------------------------

QStringList FilterPanel::presetNames() const
{
    return m_presets.keys();
}

void FilterPanel::reloadPresets(const QString &select)
{
    m_presets.clear();
    QSettings settings;
    settings.beginGroup(kPresetGroup);
    for (const QString &key : settings.childKeys()) {
        const QJsonDocument json = QJsonDocument::fromJson(settings.value(key).toString().toUtf8());
        FilterSet filters;
        QString why;
        // A preset the contract no longer accepts is skipped, not applied
        // half; it stays in the file in case a newer version reads it.
        if (json.isObject() && FilterSet::fromJson(json.object(), &filters, &why))
            m_presets.insert(presetNameFromKey(key), filters);
    }
    settings.endGroup();

    // A deleted preset is not found again, so the combo falls back to none.
    const QString keep = select.isNull() ? m_presetCombo->currentData().toString() : select;
    QStringList names = m_presets.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const QSignalBlocker block(m_presetCombo);
    m_presetCombo->clear();
    for (const QString &name : std::as_const(names))
        m_presetCombo->addItem(name, name);
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(keep));
    updatePresetButtons();
}

bool FilterPanel::savePreset(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || m_filters.isEmpty())
        return false;
    QSettings settings;
    settings.beginGroup(kPresetGroup);
    settings.setValue(
        presetKey(trimmed),
        QString::fromUtf8(QJsonDocument(m_filters.toJson()).toJson(QJsonDocument::Compact)));
    settings.endGroup();
    settings.sync();
    reloadPresets(trimmed);
    return true;
}

bool FilterPanel::applyPreset(const QString &name)
{
    const auto it = m_presets.constFind(name);
    if (it == m_presets.cend())
        return false;
    const FilterSet filters = it.value();
    {
        const QSignalBlocker block(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(name));
    }
    m_freeTextTimer->stop();
    commit(filters);
    return true;
}

bool FilterPanel::deletePreset(const QString &name)
{
    if (!m_presets.contains(name))
        return false;
    QSettings settings;
    settings.beginGroup(kPresetGroup);
    settings.remove(presetKey(name));
    settings.endGroup();
    settings.sync();
    reloadPresets();
    return true;
}

void FilterPanel::savePresetInteractively()
{
    if (m_filters.isEmpty() || !m_namePrompt)
        return;
    const QString name = m_namePrompt(m_presetCombo->currentData().toString());
    savePreset(name);
}

void FilterPanel::onPresetActivated(int index)
{
    if (index >= 0)
        applyPreset(m_presetCombo->itemData(index).toString());
}

void FilterPanel::updatePresetButtons()
{
    m_savePreset->setEnabled(!m_filters.isEmpty());
    m_deletePreset->setEnabled(m_presetCombo->currentIndex() >= 0);
    m_presetCombo->setEnabled(m_presetCombo->count() > 0);
}

// ---- keyboard -------------------------------------------------------------

void FilterPanel::updateTabOrder()
{
    // Chips are created after everything else, so the default chain (the
    // order of creation) would put them last; this is the on-screen order.
    QList<QWidget *> order{m_freeText};
    for (const QPointer<QToolButton> &chip : std::as_const(m_chips))
        order.append(chip);
    order << m_clear << m_presetCombo << m_savePreset << m_deletePreset << m_hasEmail << m_hasPhone;
    for (const auto &s : m_sections)
        order << s->header << s->edit << s->list;
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

bool FilterPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();

    if (auto *chip = qobject_cast<QToolButton *>(watched); chip && m_chips.contains(chip)) {
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeChip(chip->property(kChipKey).toString(), chip->property(kChipValue).toString(),
                       chip->property(kChipPosition).toInt());
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }

    Section *s = sectionFor(watched);
    if (s && watched == s->edit) {
        // The arrows walk the suggestions while the caret stays in the box,
        // as in any type-ahead.
        switch (key) {
        case Qt::Key_Down:
            moveSuggestion(s, 1);
            return true;
        case Qt::Key_Up:
            moveSuggestion(s, -1);
            return true;
        case Qt::Key_PageDown:
            moveSuggestion(s, kMaxVisibleSuggestions);
            return true;
        case Qt::Key_PageUp:
            moveSuggestion(s, -kMaxVisibleSuggestions);
            return true;
        case Qt::Key_Escape:
            if (!s->list->isHidden() || !s->status->isHidden()) {
                hideSuggestions(s);
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
