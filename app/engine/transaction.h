#pragma once

#include <QSqlDatabase>

namespace lance::engine {

// Rolls back unless committed: every early return of a request leaves the
// database as it was, which is what makes a 402 or 400 create nothing. A
// commit that fails rolls back too, so a half-applied transaction is never
// left open for the next statement to join.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace lance::engine
