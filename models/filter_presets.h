#pragma once

#include "filter_set.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace lance {

// Named FilterSets the rep saves to come back to. Stored in QSettings, group
// "filterPresets", one key per preset holding the contract's filter JSON,
// compact; the key is the name, percent-encoded where QSettings would read a
// group in it. Widget-free, so the rules are testable without a display.
class FilterPresets
{
public:
    // The application's default QSettings.
    FilterPresets();
    // An ini file of its own (tests, or a portable setup).
    explicit FilterPresets(const QString &iniPath);

    // Every readable preset, in code-point order of the names.
    QStringList names() const { return m_presets.keys(); }
    bool contains(const QString &name) const { return m_presets.contains(name); }
    // The preset's filters; empty for an unknown name (a preset never is).
    FilterSet filters(const QString &name) const { return m_presets.value(name); }

    // Stores `filters` under the trimmed `name`, replacing one of that name.
    // Refuses (false) a blank name or empty filters: such a preset would
    // either have no name to choose or change nothing when chosen.
    bool save(const QString &name, const FilterSet &filters);
    bool remove(const QString &name);

private:
    std::unique_ptr<QSettings> openSettings() const;
    void reload();

    QString m_iniPath; // empty: the application's default settings
    QMap<QString, FilterSet> m_presets;
};

} // namespace lance
