#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace lance::engine {

// Creates believable demo leads — people with titles that fit their
// department and seniority, at thousands of companies with domains, cities
// and countries — the same ones for the same seed.
class DemoDataGenerator
{
public:
    explicit DemoDataGenerator(quint64 seed);
    // Appends `count` leads to table `leads` (schema.cpp) of an open database,
    // committing every 20,000 rows; progress(done, count) after each commit.
    bool generate(QSqlDatabase &db, int count, const std::function<void(int, int)> &progress,
                  QString *error);

private:
    quint64 m_seed;
};

// Contact data a simulated provider "finds" for a lead. Deterministic in its
// arguments; `variant` picks among plausible forms.
QString demoEmailFor(const QString &firstName, const QString &lastName,
                     const QString &companyDomain, quint64 variant);
QString demoPhoneFor(const QString &country, quint64 variant);

} // namespace lance::engine
