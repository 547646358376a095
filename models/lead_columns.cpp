#include "lead_columns.h"

#include "filter_set.h"
#include "lead_table_model.h"

namespace lance {

QString LeadColumns::title(int column)
{
    const QString key = sortKey(column);
    if (!key.isEmpty() && FilterSet::isKnownKey(key))
        return FilterSet::label(key);
    switch (column) {
    case LeadTableModel::NameColumn:
        return tr("Name");
    case LeadTableModel::EmailsColumn:
        return tr("Emails");
    case LeadTableModel::PhonesColumn:
        return tr("Phones");
    case LeadTableModel::EmailStatusColumn:
        return tr("Email status");
    case LeadTableModel::PhoneStatusColumn:
        return tr("Phone status");
    default:
        return {};
    }
}

QString LeadColumns::sortKey(int column)
{
    switch (column) {
    case LeadTableModel::NameColumn:
        return QStringLiteral("last_name");
    case LeadTableModel::JobTitleColumn:
        return QStringLiteral("job_title");
    case LeadTableModel::SeniorityColumn:
        return QStringLiteral("seniority");
    case LeadTableModel::DepartmentColumn:
        return QStringLiteral("department");
    case LeadTableModel::CompanyColumn:
        return QStringLiteral("company");
    case LeadTableModel::IndustryColumn:
        return QStringLiteral("industry");
    case LeadTableModel::CityColumn:
        return QStringLiteral("city");
    case LeadTableModel::CountryColumn:
        return QStringLiteral("country");
    default:
        return {};
    }
}

int LeadColumns::columnOfSortKey(const QString &key)
{
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        if (!key.isEmpty() && sortKey(column) == key)
            return column;
    }
    return -1;
}

QString LeadColumns::sortToolTip(int column, bool serverSorts)
{
    if (!serverSorts)
        return tr("This server cannot sort leads; they are shown in its own order");
    if (sortKey(column).isEmpty())
        return tr("This column cannot be sorted");
    return column == LeadTableModel::NameColumn ? tr("Sorts by last name")
                                                : tr("Sorts by this column");
}

} // namespace lance
