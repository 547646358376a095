#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lance::engine {

// The engine's SQLite schema, versioned with PRAGMA user_version and brought
// forward one step at a time; a database newer than this build is refused.
constexpr int kSchemaVersion = 2;

bool migrateSchema(QSqlDatabase &db, QString *error);
// Secondary indexes, the full-text index and lead_contacts (each email on
// file with its domain, for free text). Kept out of the migration so a
// freshly created database can bulk-load its demo leads first and index once,
// which is several times faster than maintaining indexes row by row.
bool ensureIndexes(QSqlDatabase &db, QString *error);

} // namespace lance::engine
