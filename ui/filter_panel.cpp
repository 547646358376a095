#include "filter_panel.h"

#include "chip_area.h"
#include "counts.h"
#include "lance_client.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <utility>

namespace lance {

namespace {

const QString kHasEmail = QStringLiteral("has_email");
const QString kHasPhone = QStringLiteral("has_phone");
const QString kFreeText = QStringLiteral("q");
// Picked leads, by id: one chip for the whole list, never one per id.
const QString kPickedIds = QStringLiteral("ids");
const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

// A combo box that the wheel changes only once it has the focus: the panel
// scrolls under the pointer, and a box that slid under it would otherwise
// change a filter while the rep only meant to scroll (found on the tour).
class ScrollSafeComboBox : public QComboBox
{
public:
    explicit ScrollSafeComboBox(QWidget *parent)
        : QComboBox(parent)
    {
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore(); // goes on to the scroll area
    }
};

} // namespace

FilterPanel::FilterPanel(LanceClient *client, QWidget *parent)
    : QWidget(parent)
    , m_matchCount(new QLabel(this))
    , m_freeText(new QLineEdit(this))
    , m_freeTextTimer(new QTimer(this))
    , m_hasEmail(new ScrollSafeComboBox(this))
    , m_hasPhone(new ScrollSafeComboBox(this))
    , m_chips(new ChipArea(this))
    , m_noFilters(new QLabel(tr("No filters: every lead is shown."), this))
    , m_clear(new QPushButton(tr("C&lear all"), this))
    , m_presetCombo(new ScrollSafeComboBox(this))
    , m_savePreset(new QPushButton(tr("&Save preset…"), this))
    , m_deletePreset(new QPushButton(tr("&Delete preset"), this))
{
    setObjectName(QStringLiteral("filterPanel"));
    setAccessibleName(tr("Filters"));
    setMinimumWidth(kMinimumWidth);
    m_namePrompt = [this](const QString &suggested) {
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("presetNameDialog"));
        dialog.setWindowTitle(tr("Save filter preset"));
        dialog.setLabelText(tr("Preset name:"));
        dialog.setTextValue(suggested);
        // A window manager elides a title wider than its window ("Save
        // filt…"): room for the title and the title bar's buttons. On the
        // line edit, since the dialog's layout sets the dialog's own size.
        if (auto *edit = dialog.findChild<QLineEdit *>())
            edit->setMinimumWidth(dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) +
                                  160);
        return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
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
    // Never clipped: the panel is at least as wide as its widest row needs
    // (longer words in German, French, Spanish), and long texts wrap.
    m_scroll = scroll;
    content->installEventFilter(this);
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
    m_chips->setObjectName(QStringLiteral("activeFilters"));
    m_chips->setAccessibleName(tr("Active filters"));
    m_chips->setFocusFallback(m_freeText);
    connect(m_chips, &ChipArea::removeRequested, this, &FilterPanel::removeChip);
    layout->addWidget(m_chips);
    m_noFilters->setObjectName(QStringLiteral("noFilters"));
    m_noFilters->setEnabled(false); // greyed: a hint, not a control
    m_noFilters->setWordWrap(true);
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
    connect(m_deletePreset, &QPushButton::clicked, this, &FilterPanel::confirmDeletePreset);
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

    // Open at first: the keys reps narrow by most. The others fold, so the
    // panel fits a 1366×768 laptop with room to see what each one holds;
    // a folded section asks the server nothing.
    const QStringList openAtFirst{QStringLiteral("job_title"), QStringLiteral("seniority"),
                                  QStringLiteral("country")};
    for (const QString &key : FilterSet::exactKeys() + FilterSet::statusKeys()) {
        auto *section = new FacetSection(client, key, FilterSet::label(key), content);
        section->setOpen(openAtFirst.contains(key));
        connect(section, &FacetSection::includeRequested, this,
                [this, key](const QString &value, bool on) { includeValue(key, value, on); });
        connect(section, &FacetSection::excludeRequested, this,
                [this, key](const QString &value, bool on) { excludeValue(key, value, on); });
        // The outcome sections wait for a server that filters by outcome.
        section->setVisible(!section->isOutcome());
        m_sections.append(section);
        layout->addWidget(section);
    }
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    reloadPresetCombo();
    syncWidgets();
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::setServerMeta(const ServerMeta &meta)
{
    m_facetSupport = meta.has("facets") ? FacetSupport::Yes : FacetSupport::No;
    FacetFeatures features;
    features.facets = m_facetSupport;
    features.inContext = meta.has("facets_in_context");
    features.exclude = meta.has("exclude");
    const bool outcomes = meta.has("status_filters");
    for (FacetSection *section : std::as_const(m_sections)) {
        section->setFeatures(features);
        if (section->isOutcome())
            section->setVisible(outcomes);
    }
}

namespace {

// The spelling the filters hold for `value`, matched as the server matches
// (case-insensitively); `value` itself when they hold none.
QString heldSpelling(const QStringList &held, const QString &value)
{
    for (const QString &existing : held) {
        if (existing.compare(value, Qt::CaseInsensitive) == 0)
            return existing;
    }
    return value;
}

} // namespace

void FilterPanel::includeValue(const QString &key, const QString &value, bool include)
{
    FilterSet next = m_filters;
    const QString held = heldSpelling(next.values(key), value);
    if (include) {
        // Including an excluded value ends its exclusion; "sales" next to
        // "Sales" would add nothing.
        next.removeExcluded(key, heldSpelling(next.excluded(key), value));
        if (!next.values(key).contains(held))
            next.add(key, value);
    } else {
        next.remove(key, held);
    }
    commit(next);
}

void FilterPanel::excludeValue(const QString &key, const QString &value, bool exclude)
{
    FilterSet next = m_filters;
    const QString held = heldSpelling(next.excluded(key), value);
    if (exclude) {
        // Excluding an included value unticks it: a value is one or the other.
        next.remove(key, heldSpelling(next.values(key), value));
        if (!next.excluded(key).contains(held))
            next.exclude(key, value);
    } else {
        next.removeExcluded(key, held);
    }
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

void FilterPanel::removeChip(const QString &key, const QString &value, bool excluded)
{
    if (key == kFreeText) {
        m_freeTextTimer->stop(); // a pending pause would bring the text back
        m_freeText->clear();
    }
    FilterSet next = m_filters;
    if (key == kPickedIds)
        next.clear(key);
    else if (excluded)
        next.removeExcluded(key, value);
    else
        next.remove(key, value);
    commit(next);
}

void FilterPanel::rebuildChips()
{
    QStringList keys = FilterSet::allKeys();
    for (const QString &key : m_filters.keys() + m_filters.excludedKeys()) {
        if (!keys.contains(key))
            keys.append(key); // set through setFilters; still removable
    }
    QList<ChipArea::Chip> chips;
    for (const QString &key : std::as_const(keys)) {
        if (key == kPickedIds && m_filters.contains(key)) {
            const QString text = tr("%1 (%Ln)", nullptr, countOf(m_filters.values(key).size()))
                                     .arg(FilterSet::label(key));
            chips.append({key, QString(), text, tr("Remove filter %1").arg(text)});
            continue;
        }
        for (const QString &value : m_filters.values(key)) {
            chips.append({key, value, chipText(key, value, false),
                          tr("Remove filter %1: %2")
                              .arg(FilterSet::label(key), chipValueText(key, value, false))});
        }
        // After the key's included values, so a key's chips stay together.
        for (const QString &value : m_filters.excluded(key)) {
            chips.append({key, value, chipText(key, value, true),
                          tr("Remove filter %1: %2")
                              .arg(FilterSet::label(key), chipValueText(key, value, true)),
                          true});
        }
    }
    m_chips->setChips(chips);
    m_noFilters->setVisible(m_chips->isEmpty());
    m_clear->setEnabled(!m_filters.isEmpty());
}

QString FilterPanel::chipValueText(const QString &key, const QString &value, bool excluded) const
{
    if (key == kHasEmail)
        return value == kTrue ? tr("has email") : tr("no email");
    if (key == kHasPhone)
        return value == kTrue ? tr("has phone") : tr("no phone");
    const QString shown =
        FilterSet::statusKeys().contains(key) ? FilterSet::statusLabel(value) : value;
    return excluded ? tr("not %1", "an excluded filter value: leads without it").arg(shown) : shown;
}

QString FilterPanel::chipText(const QString &key, const QString &value, bool excluded) const
{
    QString text;
    if (key == kHasEmail)
        text = value == kTrue ? tr("Has email") : tr("No email");
    else if (key == kHasPhone)
        text = value == kTrue ? tr("Has phone") : tr("No phone");
    else
        text = tr("%1: %2").arg(FilterSet::label(key), chipValueText(key, value, excluded));
    return text;
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
    dropPresetName();
    m_filters = filters;
    syncWidgets();
}

bool FilterPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scroll && watched == m_scroll->widget() && event->type() == QEvent::LayoutRequest) {
        const int needed = m_scroll->widget()->minimumSizeHint().width() +
                           m_scroll->verticalScrollBar()->sizeHint().width();
        m_scroll->setMinimumWidth(needed);
        // The panel's own minimum follows, so the dock (whose width a
        // layout saved in a shorter language may have set) cannot clip it.
        const QMargins margins = layout()->contentsMargins();
        setMinimumWidth(qMax(kMinimumWidth, needed + margins.left() + margins.right()));
    }
    return QWidget::eventFilter(watched, event);
}

void FilterPanel::retryFailed()
{
    for (FacetSection *section : std::as_const(m_sections))
        section->retryIfFailed();
}

void FilterPanel::clearAll()
{
    replaceFilters(FilterSet());
}

void FilterPanel::replaceFilters(const FilterSet &filters)
{
    dropPresetName();
    m_freeTextTimer->stop();
    m_freeText->clear();
    commit(filters);
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
    // Each section ticks its values and, when the other keys changed,
    // asks its counts again after a pause.
    for (FacetSection *section : std::as_const(m_sections))
        section->setFilters(m_filters);
    rebuildChips();
    // The combo keeps naming the preset the rep started from while they
    // edit its filters, marked "(changed)" once they differ from it, so
    // Save preset… can update it; with no filters left it names none.
    {
        const QSignalBlocker block(m_presetCombo);
        if (m_filters.isEmpty())
            m_presetCombo->setCurrentIndex(-1);
        for (int i = 0; i < m_presetCombo->count(); ++i) {
            const QString name = m_presetCombo->itemData(i).toString();
            const bool changed =
                i == m_presetCombo->currentIndex() && m_presets.filters(name) != m_filters;
            m_presetCombo->setItemText(i, changed ? tr("%1 (changed)").arg(name) : name);
        }
    }
    updatePresetButtons();
    updateTabOrder();
}

void FilterPanel::setMatchCountUnavailable()
{
    m_matchCount->setText(tr("Count unavailable"));
}

void FilterPanel::setMatchCount(qint64 total, bool known)
{
    if (!known) {
        // "0 leads" before the count arrives would be a lie.
        m_matchCount->setText(tr("Counting…"));
        return;
    }
    if (total <= INT_MAX)
        // %Ln: locale digits and grouping ("12,430"), and plural forms for
        // languages that have more than one.
        m_matchCount->setText(tr("%Ln leads match", nullptr, int(total)));
    else
        m_matchCount->setText(tr("%L1 leads match", "more than 2^31: always plural").arg(total));
}

// ---- presets ------------------------------------------------------------

void FilterPanel::reloadPresetCombo(const QString &select)
{
    // A deleted preset is not found again, so the combo falls back to none.
    const QString keep = select.isNull() ? m_presetCombo->currentData().toString() : select;
    QStringList names = m_presets.names();
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

void FilterPanel::dropPresetName()
{
    // Filters put in place as a whole are not an edit of the preset shown.
    const QSignalBlocker block(m_presetCombo);
    m_presetCombo->setCurrentIndex(-1);
}

bool FilterPanel::savePreset(const QString &name)
{
    if (!m_presets.save(name, m_filters))
        return false;
    reloadPresetCombo(name.trimmed());
    return true;
}

bool FilterPanel::applyPreset(const QString &name)
{
    if (!m_presets.contains(name))
        return false;
    const FilterSet filters = m_presets.filters(name);
    {
        const QSignalBlocker block(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(name));
    }
    m_freeTextTimer->stop();
    commit(filters);
    return true;
}

void FilterPanel::confirmDeletePreset()
{
    if (m_presetCombo->currentIndex() < 0)
        return;
    const QString name = m_presetCombo->currentData().toString();
    // Asked, not done at once: a preset can hold a dozen values picked one
    // by one. Window-modal and open(), so the window keeps painting.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete preset"),
        tr("Delete the preset “%1”? The filters in use stay as they are.").arg(name),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeletePreset"));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeletePresetButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelDeletePresetButton"));
    box->setDefaultButton(remove);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *clicked) {
        if (clicked == remove)
            deletePreset(name);
    });
    box->open();
}

bool FilterPanel::deletePreset(const QString &name)
{
    if (!m_presets.remove(name))
        return false;
    reloadPresetCombo();
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
    order << m_chips->chipWidgets();
    order << m_clear << m_presetCombo << m_savePreset << m_deletePreset << m_hasEmail << m_hasPhone;
    for (const FacetSection *section : std::as_const(m_sections))
        order << section->tabChain();
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace lance
