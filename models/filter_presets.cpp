#include "filter_presets.h"

#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

namespace lance {

namespace {

const QString kGroup = QStringLiteral("filterPresets");

// QSettings reads "/" and "\" in a key as groups; percent-encoding keeps any
// preset name a single key while leaving ordinary names readable in the file.
QString keyFor(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name, " -_.,()&'+!"));
}

QString nameFor(const QString &key)
{
    return QUrl::fromPercentEncoding(key.toLatin1());
}

} // namespace

FilterPresets::FilterPresets()
{
    reload();
}

FilterPresets::FilterPresets(const QString &iniPath)
    : m_iniPath(iniPath)
{
    reload();
}

std::unique_ptr<QSettings> FilterPresets::openSettings() const
{
    auto settings = m_iniPath.isEmpty()
                        ? std::make_unique<QSettings>()
                        : std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
    settings->beginGroup(kGroup);
    return settings;
}

void FilterPresets::reload()
{
    m_presets.clear();
    const auto settings = openSettings();
    for (const QString &key : settings->childKeys()) {
        const QJsonDocument json =
            QJsonDocument::fromJson(settings->value(key).toString().toUtf8());
        FilterSet filters;
        QString why;
        // A preset the contract no longer accepts is skipped, not applied
        // half; it stays in the file in case a newer version reads it.
        // With exclusions a preset is {"filters": …, "exclude": …}; without,
        // the filters object itself, as earlier versions wrote it.
        const bool wrapped = json.object().contains(QStringLiteral("filters"));
        if (json.isObject() && (wrapped ? FilterSet::fromRequest(json.object(), &filters, &why)
                                        : FilterSet::fromJson(json.object(), &filters, &why)))
            m_presets.insert(nameFor(key), filters);
    }
}

bool FilterPresets::save(const QString &name, const FilterSet &filters)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || filters.isEmpty())
        return false;
    {
        const auto settings = openSettings();
        QJsonObject stored;
        if (filters.hasExclusions())
            filters.writeTo(&stored);
        else
            stored = filters.toJson();
        settings->setValue(keyFor(trimmed),
                           QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
        settings->sync();
    }
    reload();
    return true;
}

bool FilterPresets::remove(const QString &name)
{
    if (!m_presets.contains(name))
        return false;
    {
        const auto settings = openSettings();
        settings->remove(keyFor(name));
        settings->sync();
    }
    reload();
    return true;
}

} // namespace lance
