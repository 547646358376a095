#pragma once

#include "enrichment.h"

#include <QObject>

class QThread;

namespace lance {

class PendingStoreWorker;

// The poller's tracked enrichments in a small SQLite file, so an app
// restarted mid-enrichment resumes tracking where it was. All SQL runs on a
// worker thread with its own connection; calls return at once, and writes
// are applied in the order they were made.
class PendingStore : public QObject
{
    Q_OBJECT
public:
    explicit PendingStore(const QString &path, QObject *parent = nullptr);
    // Waits for every write made so far, then closes the file.
    ~PendingStore() override;

    void save(const QList<Enrichment> &pending);
    void remove(const QList<Enrichment> &finished);
    // Answers with loaded() (or failed()).
    void load();

signals:
    void loaded(const QList<lance::Enrichment> &pending);
    void failed(const QString &message);

private:
    // Queues an insert (or a delete) of `list` on the worker.
    void write(const QList<Enrichment> &list, bool insert);

    QThread *m_thread;
    PendingStoreWorker *m_worker;
};

} // namespace lance
