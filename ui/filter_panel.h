#pragma once

#include "filter_set.h"

#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace lance {

class LanceClient;
struct FacetValue;
struct ServerMeta;

// The search filters as a rep builds them: type-ahead facet values with
// their counts, free text, has-email / has-phone, removable chips for what
// is active, and named presets. It owns the FilterSet and tells the window
// each time the user changes it; it never searches by itself. Meant to live
// in a QDockWidget.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    // Waits this long after the last keystroke before asking for facet values,
    // so typing "Software" costs one request, not eight.
    static constexpr int kFacetDebounceMs = 150;
    // Free text changes the whole search; a little longer, for the same reason.
    static constexpr int kFreeTextDebounceMs = 200;
    static constexpr int kFacetPageSize = 25;

    explicit FilterPanel(LanceClient *client, QWidget *parent = nullptr);
    ~FilterPanel() override;

    const FilterSet &filters() const { return m_filters; }

    // Whether the server offers facet suggestions; until the panel knows
    // (it asks /meta before the first suggestion), this is false.
    bool facetsAvailable() const { return m_facetSupport == FacetSupport::Yes; }

    // Presets are stored in QSettings, group "filterPresets", as compact JSON.
    QStringList presetNames() const;
    // Saves the current filters under `name` (replacing one of that name).
    // Returns false for a blank name or empty filters.
    bool savePreset(const QString &name);
    // Applies a preset as one user change. Returns false when there is none.
    bool applyPreset(const QString &name);
    bool deletePreset(const QString &name);

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
    // Tells the panel what the server offers (from LanceClient::meta()).
    // Without "facets" the value boxes take exact values typed by the user.
    void setServerMeta(const lance::ServerMeta &meta);
    // Forgets what the server offers and asks again (after a server change).
    void refreshServerFeatures();
    // Removes every filter, as one user change.
    void clearAll();
    // "Save preset…": asks a name through the prompt, then saves.
    void savePresetInteractively();

signals:
    // Once per user change (a picked value, a removed chip, a preset, free
    // text after its pause), never for setFilters().
    void filtersChanged(const lance::FilterSet &filters);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Section;
    enum class FacetSupport
    {
        Unknown,
        Asking,
        Yes,
        No
    };

    void buildSection(const QString &key);
    Section *sectionFor(const QObject *widget) const;
    void askServerFeatures();
    void applyFacetSupport(bool available);
    void applyFacetSupportHints();
    void onFacetTextEdited(Section *s);
    void queryFacets(Section *s);
    void showFacetValues(Section *s, const QString &text, const QList<FacetValue> &values);
    void showFacetStatus(Section *s, const QString &message);
    void hideSuggestions(Section *s);
    void onFacetReturn(Section *s);
    void moveSuggestion(Section *s, int delta);
    void pickRow(Section *s, int row);
    void addValue(Section *s, const QString &value);

    void applyFreeText();
    void setTriState(const QString &key, int index);
    void removeChip(const QString &key, const QString &value, int position);

    // Every user change goes through here: stores, refreshes, emits once.
    void commit(const FilterSet &next);
    void syncWidgets();
    void rebuildChips();
    void updateTabOrder();
    void reloadPresets(const QString &select = QString());
    void onPresetActivated(int index);
    void updatePresetButtons();

    QString titleFor(const QString &key) const;
    QString chipText(const QString &key, const QString &value) const;
    QString chipValueText(const QString &key, const QString &value) const;

    LanceClient *m_client;
    FilterSet m_filters;
    FacetSupport m_facetSupport = FacetSupport::Unknown;
    NamePrompt m_namePrompt;

    QLabel *m_matchCount;
    QLineEdit *m_freeText;
    QTimer *m_freeTextTimer;
    QComboBox *m_hasEmail;
    QComboBox *m_hasPhone;
    QWidget *m_chipArea;
    QLabel *m_noFilters;
    QPushButton *m_clear;
    QComboBox *m_presetCombo;
    QPushButton *m_savePreset;
    QPushButton *m_deletePreset;
    QList<QPointer<QToolButton>> m_chips;
    QMap<QString, FilterSet> m_presets; // as stored, by name
    std::vector<std::unique_ptr<Section>> m_sections;
};

} // namespace lance
