#pragma once

#include <QCoreApplication>
#include <QString>

namespace lance {

// What the lead table's columns are to a rep (LeadTableModel::Column):
// their titles, the sort key a click on each asks the server for, and what
// the header's tooltip says about sorting. Apart from the model, which is
// about rows: paging, live status and selection.
class LeadColumns
{
    Q_DECLARE_TR_FUNCTIONS(lance::LeadColumns)
public:
    // The column's title; a filter key's column carries that key's label.
    static QString title(int column);
    // The server's sort key for the column, or empty when it cannot sort
    // by it (the status and contact columns).
    static QString sortKey(int column);
    // The column sorted by `key`, or -1 (no sort, or none shown).
    static int columnOfSortKey(const QString &key);
    // What a click on the column's header does, before the rep tries it.
    static QString sortToolTip(int column, bool serverSorts);
};

} // namespace lance
