#include "pending_store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace lance {

// Lives on the store's thread; owns the connection.
class PendingStoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit PendingStoreWorker(const QString &path)
        : m_path(path)
    {}

    void open()
    {
        static std::atomic<int> counter{0};
        m_connection = QStringLiteral("lance-pending-%1").arg(counter.fetch_add(1));
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pending (key TEXT PRIMARY KEY, "
                                   "enrichment TEXT NOT NULL)"))) {
            m_error = db.lastError().text() + q.lastError().text();
        }
    }

    void close()
    {
        if (m_connection.isEmpty())
            return;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }

    bool write(const QList<Enrichment> &list, bool insert)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!m_error.isEmpty() || !db.transaction())
            return false;
        QSqlQuery q(db);
        q.prepare(
            insert ? QStringLiteral("INSERT OR REPLACE INTO pending(key, enrichment) VALUES (?, ?)")
                   : QStringLiteral("DELETE FROM pending WHERE key = ?"));
        for (const Enrichment &e : list) {
            q.bindValue(0, enrichmentKey(e.entityId, e.field));
            if (insert)
                q.bindValue(
                    1, QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)));
            if (!q.exec()) {
                db.rollback();
                return false;
            }
        }
        return db.commit();
    }

    QList<Enrichment> readAll(QString *error)
    {
        QList<Enrichment> out;
        if (!m_error.isEmpty()) {
            *error = m_error;
            return out;
        }
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(QStringLiteral("SELECT enrichment FROM pending"))) {
            *error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            Enrichment e;
            // A row that no longer decodes is dropped, not fatal.
            if (Enrichment::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(),
                                     &e))
                out.append(e);
        }
        return out;
    }

private:
    QString m_path;
    QString m_connection;
    QString m_error;
};

PendingStore::PendingStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new PendingStoreWorker(path))
{
    qRegisterMetaType<QList<lance::Enrichment>>();
    m_thread->setObjectName(QStringLiteral("lance-pending-store"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

PendingStore::~PendingStore()
{
    // Queued calls run in order, so this runs after every earlier write.
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->close();
            delete w;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void PendingStore::save(const QList<Enrichment> &pending)
{
    write(pending, true);
}

void PendingStore::remove(const QList<Enrichment> &finished)
{
    write(finished, false);
}

void PendingStore::write(const QList<Enrichment> &list, bool insert)
{
    if (list.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, list, insert] {
            if (!w->write(list, insert))
                QMetaObject::invokeMethod(this, [this] {
                    emit failed(tr("Could not save the enrichments being tracked."));
                });
        },
        Qt::QueuedConnection);
}

void PendingStore::load()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker] {
            QString error;
            const QList<Enrichment> pending = w->readAll(&error);
            QMetaObject::invokeMethod(this, [this, pending, error] {
                if (error.isEmpty())
                    emit loaded(pending);
                else
                    emit failed(error);
            });
        },
        Qt::QueuedConnection);
}

} // namespace lance

#include "pending_store.moc"
