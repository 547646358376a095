#pragma once

#include "facet_section.h"
#include "filter_presets.h"
#include "filter_set.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace lance {

class ChipArea;
class LanceClient;
struct ServerMeta;

// The search filters as a rep builds them: a FacetSection per exact key
// (its values with their counts, each included or excluded), one per
// outcome key when the server filters by outcome, free text, has-email /
// has-phone, a ChipArea for what is active, and named FilterPresets. It owns the
// FilterSet and tells the window each time the user changes it; it never
// searches by itself. Meant to live in a QDockWidget.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kFacetDebounceMs = FacetSection::kDebounceMs;
    // Free text changes the whole search; a little longer than a facet box
    // waits, so a pause between words does not search twice.
    static constexpr int kFreeTextDebounceMs = 200;
    static constexpr int kFacetPageSize = FacetSection::kPageSize;
    // Never narrower than this, and never narrower than its controls.
    static constexpr int kMinimumWidth = 220;

    explicit FilterPanel(LanceClient *client, QWidget *parent = nullptr);
    ~FilterPanel() override;

    const FilterSet &filters() const { return m_filters; }

    // Whether the server offers facet suggestions; false until
    // setServerMeta() says so. The panel never asks /meta itself.
    bool facetsAvailable() const { return m_facetSupport == FacetSupport::Yes; }

    // Presets are stored in QSettings, group "filterPresets" (FilterPresets).
    QStringList presetNames() const { return m_presets.names(); }
    // Saves the current filters under `name` (replacing one of that name).
    // Returns false for a blank name or empty filters.
    bool savePreset(const QString &name);
    // Applies a preset as one user change. Returns false when there is none.
    bool applyPreset(const QString &name);
    bool deletePreset(const QString &name);
    // "Delete preset": asks first, then deletes the chosen preset.
    void confirmDeletePreset();

    // How "Save preset…" asks for a name: gets a suggestion, returns the name
    // or an empty string for cancel. The default is a QInputDialog; tests and
    // embedders replace it so nothing blocks.
    using NamePrompt = std::function<QString(const QString &suggested)>;
    void setPresetNamePrompt(NamePrompt prompt) { m_namePrompt = std::move(prompt); }

public slots:
    // Shows `filters` without emitting filtersChanged: the caller already
    // knows, and echoing would loop.
    void setFilters(const lance::FilterSet &filters);
    // The total of the search the window runs with these filters; known=false
    // while it is being counted.
    void setMatchCount(qint64 total, bool known);
    // The count failed (the server is away) and is not being asked again.
    void setMatchCountUnavailable();
    // Tells the panel what the server offers (from LanceClient::meta(), at
    // every connection). Without "facets" the value boxes take exact values
    // typed by the user; until it is called they list nothing, and an Enter
    // waits for it. "facets_in_context" makes the counts follow the other
    // filters, "exclude" offers exclusions, "status_filters" the outcome
    // sections.
    void setServerMeta(const lance::ServerMeta &meta);
    // The server is back: sections whose suggestions failed ask again.
    void retryFailed();
    // Removes every filter, as one user change.
    void clearAll();
    // Puts `filters` in place of every filter, as one user change (the
    // selection banner's "Show them").
    void replaceFilters(const lance::FilterSet &filters);
    // "Save preset…": asks a name through the prompt, then saves.
    void savePresetInteractively();

signals:
    // Once per user change (a picked value, a removed chip, a preset, free
    // text after its pause), never for setFilters().
    void filtersChanged(const lance::FilterSet &filters);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void includeValue(const QString &key, const QString &value, bool include);
    void excludeValue(const QString &key, const QString &value, bool exclude);
    void applyFreeText();
    void setTriState(const QString &key, int index);
    void removeChip(const QString &key, const QString &value, bool excluded);

    // Every user change goes through here: stores, refreshes, emits once.
    void commit(const FilterSet &next);
    void syncWidgets();
    void rebuildChips();
    void updateTabOrder();
    void dropPresetName();
    void reloadPresetCombo(const QString &select = QString());
    void onPresetActivated(int index);
    void updatePresetButtons();

    QString chipText(const QString &key, const QString &value, bool excluded) const;
    QString chipValueText(const QString &key, const QString &value, bool excluded) const;

    FilterSet m_filters;
    FilterPresets m_presets;
    FacetSupport m_facetSupport = FacetSupport::Unknown;
    NamePrompt m_namePrompt;

    QLabel *m_matchCount;
    QLineEdit *m_freeText;
    QTimer *m_freeTextTimer;
    QComboBox *m_hasEmail;
    QComboBox *m_hasPhone;
    ChipArea *m_chips;
    QLabel *m_noFilters;
    QPushButton *m_clear;
    QComboBox *m_presetCombo;
    QPushButton *m_savePreset;
    QPushButton *m_deletePreset;
    QList<FacetSection *> m_sections;
    QScrollArea *m_scroll = nullptr;
};

} // namespace lance
