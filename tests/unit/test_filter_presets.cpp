// Presets are what a rep keeps between runs: they must come back exactly as
// saved, in the format earlier versions wrote, and a damaged entry must not
// take the others down with it.
#include "filter_presets.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using lance::FilterPresets;
using lance::FilterSet;

namespace {

FilterSet makeFilters(std::initializer_list<std::pair<QString, QStringList>> entries)
{
    FilterSet f;
    for (const auto &e : entries)
        f.set(e.first, e.second);
    return f;
}

QString compactJson(const FilterSet &f)
{
    return QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestFilterPresets : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ini;
    const FilterSet m_berlin =
        makeFilters({{QStringLiteral("city"), {QStringLiteral("Berlin")}},
                     {QStringLiteral("job_title"),
                      {QStringLiteral("Data Engineer"), QStringLiteral("Data Analyst")}}});
    const FilterSet m_france =
        makeFilters({{QStringLiteral("country"), {QStringLiteral("France")}},
                     {QStringLiteral("has_email"), {QStringLiteral("true")}}});

    // What is in the file, read as any QSettings reader would.
    QStringList storedKeys() const
    {
        QSettings settings(m_ini, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("filterPresets"));
        return settings.childKeys();
    }
    QString storedValue(const QString &key) const
    {
        QSettings settings(m_ini, QSettings::IniFormat);
        return settings.value(QStringLiteral("filterPresets/") + key).toString();
    }

private slots:
    void init()
    {
        // A file of its own for every function: none depends on another.
        static int n = 0;
        m_ini = m_dir.filePath(QStringLiteral("presets-%1.ini").arg(++n));
    }

    void savedPresetIsListedAndStoredAsCompactJson()
    {
        FilterPresets presets(m_ini);
        QVERIFY(presets.names().isEmpty());
        QVERIFY(presets.save(QStringLiteral("Berlin data"), m_berlin));
        QCOMPARE(presets.names(), QStringList{QStringLiteral("Berlin data")});
        QVERIFY(presets.contains(QStringLiteral("Berlin data")));
        QCOMPARE(presets.filters(QStringLiteral("Berlin data")), m_berlin);
        QCOMPARE(storedKeys(), QStringList{QStringLiteral("Berlin data")});
        QCOMPARE(storedValue(QStringLiteral("Berlin data")), compactJson(m_berlin));
        QVERIFY(presets.filters(QStringLiteral("Nope")).isEmpty());
    }

    void savingUnderTheSameNameReplaces()
    {
        FilterPresets presets(m_ini);
        QVERIFY(presets.save(QStringLiteral("Mine"), m_berlin));
        // The name is trimmed, so this is the same preset.
        QVERIFY(presets.save(QStringLiteral("  Mine "), m_france));
        QCOMPARE(presets.names(), QStringList{QStringLiteral("Mine")});
        QCOMPARE(presets.filters(QStringLiteral("Mine")), m_france);
        QCOMPARE(storedValue(QStringLiteral("Mine")), compactJson(m_france));
    }

    void blankNameOrEmptyFiltersAreRefused()
    {
        FilterPresets presets(m_ini);
        QVERIFY(!presets.save(QString(), m_berlin));
        QVERIFY(!presets.save(QStringLiteral("   "), m_berlin));
        QVERIFY(!presets.save(QStringLiteral("Nothing"), FilterSet()));
        QVERIFY(presets.names().isEmpty());
        QVERIFY(storedKeys().isEmpty());
    }

    void deletedPresetIsGoneFromTheFile()
    {
        FilterPresets presets(m_ini);
        QVERIFY(presets.save(QStringLiteral("Berlin data"), m_berlin));
        QVERIFY(presets.save(QStringLiteral("France"), m_france));
        QVERIFY(presets.remove(QStringLiteral("Berlin data")));
        QCOMPARE(presets.names(), QStringList{QStringLiteral("France")});
        QCOMPARE(storedKeys(), QStringList{QStringLiteral("France")});
        QVERIFY(!presets.remove(QStringLiteral("Berlin data")));
        QVERIFY(!presets.remove(QStringLiteral("Never saved")));
        QCOMPARE(FilterPresets(m_ini).names(), QStringList{QStringLiteral("France")});
    }

    void presetsSurviveANewInstance()
    {
        {
            FilterPresets presets(m_ini);
            QVERIFY(presets.save(QStringLiteral("Berlin data"), m_berlin));
            // "/" would be a group to QSettings: it is stored encoded.
            QVERIFY(presets.save(QStringLiteral("EMEA / France"), m_france));
        }
        QVERIFY(storedKeys().contains(QStringLiteral("EMEA %2F France")));
        FilterPresets again(m_ini);
        QCOMPARE(again.names(),
                 (QStringList{QStringLiteral("Berlin data"), QStringLiteral("EMEA / France")}));
        QCOMPARE(again.filters(QStringLiteral("Berlin data")), m_berlin);
        QCOMPARE(again.filters(QStringLiteral("EMEA / France")), m_france);
        QVERIFY(again.remove(QStringLiteral("EMEA / France")));
        QCOMPARE(storedKeys(), QStringList{QStringLiteral("Berlin data")});
    }

    void exclusionsAreKept()
    {
        FilterSet notGermany = m_berlin;
        notGermany.exclude(QStringLiteral("country"), QStringLiteral("Germany"));
        notGermany.exclude(QStringLiteral("email_status"), QStringLiteral("found"));
        {
            FilterPresets presets(m_ini);
            QVERIFY(presets.save(QStringLiteral("Not Germany"), notGermany));
        }
        QVERIFY(storedValue(QStringLiteral("Not Germany")).contains(QStringLiteral("\"exclude\"")));
        FilterPresets again(m_ini);
        QCOMPARE(again.filters(QStringLiteral("Not Germany")), notGermany);
    }

    void presetsWrittenByEarlierVersionsAreRead()
    {
        {
            QSettings settings(m_ini, QSettings::IniFormat);
            settings.setValue(QStringLiteral("filterPresets/Berlin data"), compactJson(m_berlin));
            settings.setValue(QStringLiteral("filterPresets/EMEA %2F France"),
                              compactJson(m_france));
        }
        FilterPresets presets(m_ini);
        QCOMPARE(presets.filters(QStringLiteral("Berlin data")), m_berlin);
        QCOMPARE(presets.filters(QStringLiteral("EMEA / France")), m_france);
    }

    void corruptStoredValuesAreSkippedAndKept()
    {
        {
            QSettings settings(m_ini, QSettings::IniFormat);
            settings.beginGroup(QStringLiteral("filterPresets"));
            settings.setValue(QStringLiteral("Not JSON"), QStringLiteral("{\"city\": [\"Ber"));
            settings.setValue(QStringLiteral("An array"), QStringLiteral("[\"Berlin\"]"));
            settings.setValue(QStringLiteral("Unknown key"),
                              QStringLiteral("{\"planet\":[\"Mars\"]}"));
            settings.setValue(QStringLiteral("Not a list"),
                              QStringLiteral("{\"city\":\"Berlin\"}"));
            settings.setValue(QStringLiteral("Good"), compactJson(m_berlin));
        }
        FilterPresets presets(m_ini);
        QCOMPARE(presets.names(), QStringList{QStringLiteral("Good")});
        QCOMPARE(presets.filters(QStringLiteral("Good")), m_berlin);
        QVERIFY(!presets.remove(QStringLiteral("Not JSON")));
        // Saving another leaves them in the file for a version that reads them.
        QVERIFY(presets.save(QStringLiteral("France"), m_france));
        QCOMPARE(presets.names(), (QStringList{QStringLiteral("France"), QStringLiteral("Good")}));
        QCOMPARE(storedKeys().size(), 6);
        QCOMPARE(storedValue(QStringLiteral("Not JSON")), QStringLiteral("{\"city\": [\"Ber"));
    }
};

QTEST_GUILESS_MAIN(TestFilterPresets)
#include "test_filter_presets.moc"
